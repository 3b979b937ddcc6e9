"""The graph contract: node types, attribute names and kinds, and their encoding in files.

One ``networkx.MultiDiGraph`` holds entity, event and document nodes (the
README's "Output contract"). In memory a multi-valued attribute is a list:
of strings (``aliases``, ``sources``...), or of JSON objects (``roles``,
``reports``). GraphML, GEXF and CSV cells take scalars only, so a list is
written as a JSON array in a string (:func:`encode_value`) and read back
(:func:`decode`) at the file boundary alone: the writers of
``build/export.py`` and ``exports/``, and ``read_graph``. Everything between
(the explorer, the scorers, the exports) reads lists.

>>> G = nx.MultiDiGraph()
>>> G.add_node("v:1", type=EVENT, sources=encode_value(["d1"]), label="[not a list]")
>>> decode(G).nodes["v:1"]
{'type': 'event', 'sources': ['d1'], 'label': '[not a list]'}
"""

from __future__ import annotations

import json
from typing import Any

import networkx as nx

from graphx.model import ENTITY_TYPES

__all__ = [
    "BOOLEAN_ATTRIBUTES",
    "DOCUMENT",
    "DOCUMENT_ATTRIBUTES",
    "EDGE_ATTRIBUTES",
    "ENTITY_ATTRIBUTES",
    "ENTITY_TYPES",
    "EVENT",
    "EVENT_ATTRIBUTES",
    "INTEGER_ATTRIBUTES",
    "NON_ENTITY",
    "OBJECT_LISTS",
    "STRUCTURAL",
    "as_bool",
    "as_int",
    "as_list",
    "decode",
    "encode_value",
    "is_entity",
    "list_attributes",
]

EVENT = "event"
DOCUMENT = "document"
NON_ENTITY = (EVENT, DOCUMENT)  # every other node type is an entity type (ENTITY_TYPES)

# Node attributes by node type, in the order the graph builder writes them.
ENTITY_ATTRIBUTES = (
    "type", "label", "aliases", "mentions", "doc_count", "level", "ambiguous", "evidence",
    "merged_because", "typed_because", "roles",
)  # fmt: skip
EVENT_ATTRIBUTES = (
    "type", "label", "aliases", "event_type", "trigger", "summary", "date", "date_start",
    "date_end", "date_precision", "date_text", "date_reading", "date_uncertain",
    "administration", "place", "evidence", "sources", "reported", "reported_basis", "reports",
    "conflicts",
)  # fmt: skip
DOCUMENT_ATTRIBUTES = (
    "type", "label", "aliases", "title", "url", "source", "author", "published",
    "published_basis", "published_note", "path", "extraction_error",
)  # fmt: skip
# Edge attributes: ``relation`` is an event role, ``place``, ``within``, ``part_of``,
# ``affiliated_with`` (with the ``role`` title), ``mentioned_in`` or ``reported_in``.
EDGE_ATTRIBUTES = ("relation", "role", "evidence", "doc_id")
STRUCTURAL = ("within", "part_of", "affiliated_with")

# The list attributes of each kind of node. ``evidence`` is a list on events
# (one quote per source) but one string on entities and edges.
_ENTITY_LISTS = frozenset({"aliases", "merged_because", "roles"})
_EVENT_LISTS = frozenset(
    {"aliases", "administration", "evidence", "sources", "reports", "conflicts"}
)
_DOCUMENT_LISTS = frozenset({"aliases"})
OBJECT_LISTS = frozenset({"roles", "reports"})  # lists of JSON objects, not of strings
BOOLEAN_ATTRIBUTES = frozenset({"ambiguous", "date_uncertain"})
INTEGER_ATTRIBUTES = frozenset({"mentions", "doc_count"})


def is_entity(kind: object) -> bool:
    """Whether a node ``type`` is an entity's (anything but an event or a document)."""
    return kind not in NON_ENTITY


def list_attributes(kind: object) -> frozenset[str]:
    """The attributes that are lists on a node of this ``type``.

    >>> sorted(list_attributes("document")), "roles" in list_attributes("person")
    (['aliases'], True)
    """
    if kind == EVENT:
        return _EVENT_LISTS
    if kind == DOCUMENT:
        return _DOCUMENT_LISTS
    return _ENTITY_LISTS


def encode_value(value: Any) -> str:
    """A list (or object) as the JSON text a file carries; sets are sorted first.

    >>> encode_value(["Núñez", {"doc_id": "d1"}]), encode_value({"b", "a"})
    ('["Núñez", {"doc_id": "d1"}]', '["a", "b"]')
    """
    if isinstance(value, set | frozenset):
        value = sorted(value)
    return json.dumps(value, ensure_ascii=False)


def _decoded(value: Any) -> Any:
    """A list attribute as read from a file: the list its JSON text holds, else unchanged."""
    if not (isinstance(value, str) and value.startswith("[")):
        return value
    try:
        items = json.loads(value)
    except ValueError:
        return value
    return items if isinstance(items, list) else value


def decode(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Turn the JSON-array attributes of a graph read from a file into lists, in place.

    Only the list attributes of each node's type are read, and only when they
    hold a JSON array: a label that happens to start with "[" stays text, and
    an unreadable value is left for the reader to judge. Returns G.
    """
    for _, data in G.nodes(data=True):
        for name in list_attributes(data.get("type")) & data.keys():
            data[name] = _decoded(data[name])
    return G


def as_list(value: Any) -> list[Any]:
    """A list attribute as a list, whatever a hand-made graph put there.

    A graph built by graphx or read by ``read_graph`` holds lists; one built by
    hand may still hold the JSON text of a file, or one bare string.

    >>> as_list(["a"]), as_list(None), as_list('["a", "b"]'), as_list("plain"), as_list('"x"')
    (['a'], [], ['a', 'b'], ['plain'], ['x'])
    """
    if isinstance(value, list | tuple):
        return list(value)
    if not value:
        return []
    try:
        decoded = json.loads(value)
    except (TypeError, ValueError):
        return [value]
    return decoded if isinstance(decoded, list) else [decoded]


def as_bool(value: Any) -> bool:
    """A boolean attribute, whether it was read typed or as text.

    >>> as_bool(True), as_bool("true"), as_bool("1"), as_bool(""), as_bool(None)
    (True, True, True, False, False)
    """
    return str(value).lower() in ("true", "1")


def as_int(value: Any) -> int:
    """A count attribute; 0 when missing or unreadable.

    >>> as_int(3), as_int("4"), as_int(""), as_int("many")
    (3, 4, 0, 0)
    """
    try:
        return int(value or 0)
    except (TypeError, ValueError):
        return 0
