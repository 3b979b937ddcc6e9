"""The explorer's data: a built graph in, filtered subsets and figures out (no Dash here).

``data`` indexes the graph once (``ExplorerData``), with its event arrays in
``columns`` and its graph walks (PageRank, reachability) in ``ranking``;
``rows`` reads events and entities through the graph contract; ``filters``
selects the subset a filter state keeps (pure); ``figures`` draws a subset
as details and CSV, and re-exports ``network`` (Cytoscape elements) and
``timeline`` with ``timeline_traces`` (the Plotly timeline), all pure.
"""

__all__: list[str] = []
