"""Building the graph: a corpus folder in, ``graph.graphml`` and ``summary.json`` out.

``pipeline`` runs the stages in order; ``engines`` runs per-document
extraction in process, in worker processes or on Dask; ``cache`` keeps each
document's extraction keyed by everything that made it (``schema`` checks
what it reads back); ``graph`` assembles the networkx graph from entities,
events and documents; ``export`` writes and reads it, atomically.
"""

__all__: list[str] = []
