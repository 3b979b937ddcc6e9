"""Building the graph: a corpus folder in, ``graph.graphml`` and ``summary.json`` out.

``pipeline`` runs the stages in order; ``engines`` runs per-document
extraction in process, in worker processes or on Dask; ``cache`` keeps each
document's extraction keyed by everything that made it; ``graph`` assembles
the networkx graph from entities, events and documents. The graph's files:
``export`` writes and reads GraphML, JSON and CSV, ``gexf`` dynamic GEXF,
``neo4j`` Neo4j import files, each with its ``provenance``, and ``values``
makes any value safe for them.
"""

__all__: list[str] = []
