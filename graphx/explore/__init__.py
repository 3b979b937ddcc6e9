"""The explorer's data: a built graph in, filtered subsets and figures out (no Dash here).

``data`` indexes the graph once (``ExplorerData``); ``rows`` reads events
and entities through the graph contract; ``filters`` selects the subset a
filter state keeps (pure); ``figures`` and ``timeline`` draw a subset as
Cytoscape elements, details, CSV and the Plotly timeline (pure).
"""
