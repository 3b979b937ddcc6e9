"""Values any graph file can carry: XML-safe text and ids, scalar attributes, their types.

Text reaches the files straight from scraped articles, so control characters
and lone surrogates are dropped here, once, for GraphML, GEXF, JSON and CSV.
"""

from __future__ import annotations

import re
from typing import Any

import networkx as nx

from graphx.contract import encode_value

__all__ = ["attr_type", "clean_text", "safe_ids", "sanitized", "scalar"]

# Characters XML 1.0 forbids, plus lone surrogates (which no encoder accepts).
_XML_INVALID = re.compile("[^\x09\x0a\x0d\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def clean_text(text: str) -> str:
    """Drop the characters that XML 1.0 cannot represent.

    >>> clean_text("a\\x00b\\x1bc\\ud800d")
    'abcd'
    """
    return _XML_INVALID.sub("", text)


def scalar(value: Any) -> str | int | float | bool:
    if isinstance(value, bool | int | float):
        return value
    if value is None:
        return ""
    if isinstance(value, list | tuple | dict | set | frozenset):
        return clean_text(encode_value(value))
    return clean_text(str(value))


def safe_ids(G: nx.MultiDiGraph) -> dict[Any, str]:
    """XML-safe node ids, still one per node.

    Dropping unrepresentable characters could make two ids equal ("a" and
    "a\\x00") or empty, which GraphML forbids; such ids get a ``~N`` suffix.

    >>> G = nx.MultiDiGraph(); G.add_nodes_from(["a", "a\\x00", ""])
    >>> sorted(safe_ids(G).values())
    ['_', 'a', 'a~1']
    """
    used: set[str] = set()
    ids: dict[Any, str] = {}
    for node in G.nodes:
        base = clean_text(str(node)) or "_"
        new, n = base, 0
        while new in used:
            n += 1
            new = f"{base}~{n}"
        used.add(new)
        ids[node] = new
    return ids


def sanitized(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of G whose ids and attributes are XML-safe scalars."""
    H = nx.MultiDiGraph()
    # read_graphml leaves its per-key defaults in G.graph; they are the writer's business.
    skip = {"node_default", "edge_default"}
    H.graph.update({k: scalar(v) for k, v in G.graph.items() if k not in skip})
    ids = safe_ids(G)
    for node, data in G.nodes(data=True):
        H.add_node(ids[node], **{k: scalar(v) for k, v in data.items()})
    for u, v, data in G.edges(data=True):
        H.add_edge(ids[u], ids[v], **{k: scalar(x) for k, x in data.items()})
    return H


def attr_type(value: Any) -> str:
    """The GraphML/GEXF attribute type of a value (the two formats share these names).

    >>> [attr_type(v) for v in (True, 3, 0.5, "x")]
    ['boolean', 'long', 'double', 'string']
    """
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "long"
    if isinstance(value, float):
        return "double"
    return "string"
