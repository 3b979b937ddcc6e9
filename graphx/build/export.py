"""Serialise the graph: GraphML, GEXF, JSON and CSV, always valid, always atomic.

Text reaches the exports straight from scraped articles, so every string is
cleaned of what XML 1.0 cannot carry (control characters, lone surrogates)
before it is written; markup is escaped by the XML writer. Multi-valued
attributes, lists in memory, are written as JSON arrays in a string because
GraphML only takes scalars, and ``read_graph`` turns them back into lists
(``graphx/contract.py``).
Files are written to a temporary sibling and renamed, so a reader never sees
half a file and a crash never destroys the previous output.
"""

from __future__ import annotations

import csv
import io
import json
import logging
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any
from xml.sax.saxutils import escape, quoteattr

import networkx as nx

from graphx.build.values import attr_type, clean_text, safe_ids, sanitized, scalar
from graphx.contract import decode
from graphx.errors import GraphxError
from graphx.files import atomic_write

if TYPE_CHECKING:
    from graphx.build.provenance import Provenance

__all__ = [
    "FORMATS",
    "atomic_write",
    "attr_type",
    "clean_text",
    "csv_cell",
    "graphml_bytes",
    "read_graph",
    "sanitized",
    "write_sidecar",
    "write_graph",
    "write_graphml",
]

log = logging.getLogger(__name__)

_CR = {"\r": "&#13;"}  # \r would come back as \n after XML line-end normalisation
FORMATS = ("graphml", "gexf", "json", "csv")  # the formats of the graph itself; see exports/


def _declare(items: Iterable[dict[str, Any]], domain: str, keys: dict[Any, list[str]]) -> None:
    """GraphML key ids and types by (domain, name); mixed types fall back to string."""
    for data in items:
        for name, value in data.items():
            kind = "string" if type(value) is str else attr_type(value)
            found = keys.get((domain, name))
            if found is None:
                keys[(domain, name)] = [f"d{len(keys)}", kind]
            elif found[1] != kind:
                found[1] = "string"


def _element_text(value: Any) -> str:
    """A data value as GraphML element text: XML-safe and escaped.

    Most values are short printable ASCII strings, which need neither the
    invalid-character filter nor escaping: checking for that first made the
    writer about a third faster, which matters in every rebuild (issue 6).

    >>> _element_text("a < b\\r"), _element_text(True), _element_text(["x"])
    ('a &lt; b&#13;', 'true', '["x"]')
    """
    if type(value) is str:
        text = value if value.isascii() and value.isprintable() else clean_text(value)
    else:
        plain = scalar(value)
        text = ("true" if plain else "false") if isinstance(plain, bool) else str(plain)
    if "&" in text or "<" in text or ">" in text or "\r" in text:
        # \r would come back as \n after XML line-end normalisation: keep it as a reference.
        text = escape(text, _CR)
    return text


def _data(keys: dict[Any, list[str]], domain: str, data: dict[str, Any]) -> str:
    return "".join(
        f'<data key="{keys[(domain, name)][0]}">{_element_text(value)}</data>'
        for name, value in data.items()
    )


_GRAPHML_ROOT = (
    '<?xml version="1.0" encoding="utf-8"?>\n'
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
    'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
)


def _graphml_head(keys: dict[Any, list[str]], graph_data: dict[str, Any], desc: str) -> list[str]:
    """The GraphML root, the ``<key>`` declarations and the opening ``<graph>``."""
    head = [_GRAPHML_ROOT]
    for (domain, name), (key, kind) in keys.items():
        head.append(
            f'<key id="{key}" for="{domain}" attr.name={quoteattr(clean_text(name))} '
            f'attr.type="{kind}"/>\n'
        )
    desc_element = f"<desc>{_element_text(desc)}</desc>" if desc else ""
    head.append(f'<graph edgedefault="directed">{desc_element}{_data(keys, "graph", graph_data)}\n')
    return head


def _graphml_elements(G: nx.MultiDiGraph, keys: dict[Any, list[str]]) -> Iterator[str]:
    """The ``<node>`` then ``<edge>`` elements of G, one line each."""
    ids = safe_ids(G)
    for node, data in G.nodes(data=True):
        yield f"<node id={quoteattr(ids[node])}>{_data(keys, 'node', data)}</node>\n"
    for u, v, data in G.edges(data=True):
        yield (
            f"<edge source={quoteattr(ids[u])} target={quoteattr(ids[v])}>"
            f"{_data(keys, 'edge', data)}</edge>\n"
        )


def write_graphml(G: nx.MultiDiGraph, out: IO[bytes], *, desc: str = "") -> None:
    """Stream G as GraphML, valid XML whatever text it carries.

    ``desc`` becomes the graph's ``<desc>`` (an export's provenance, issue 18).
    List attributes are written as JSON arrays in strings.

    Written element by element rather than through networkx's writer, which
    builds the whole XML tree (and needs a sanitized copy of the graph) in
    memory first: on large graphs that doubled the build's peak memory.
    """
    graph_data = {k: v for k, v in G.graph.items() if k not in ("node_default", "edge_default")}
    keys: dict[Any, list[str]] = {}
    _declare([graph_data], "graph", keys)
    _declare((d for _, d in G.nodes(data=True)), "node", keys)
    _declare((d for _, _, d in G.edges(data=True)), "edge", keys)
    buffer = _graphml_head(keys, graph_data, desc)
    for element in _graphml_elements(G, keys):
        buffer.append(element)
        if len(buffer) > 2000:
            out.write("".join(buffer).encode("utf-8"))
            buffer.clear()
    buffer.append("</graph>\n</graphml>\n")
    out.write("".join(buffer).encode("utf-8"))


def graphml_bytes(G: nx.MultiDiGraph) -> bytes:
    """The graph as GraphML, valid XML whatever text it carries."""
    buffer = io.BytesIO()
    write_graphml(G, buffer)
    return buffer.getvalue()


def _json_bytes(G: nx.MultiDiGraph, provenance: Provenance | None = None) -> bytes:
    """Node-link JSON (networkx's ``node_link_graph`` reads it), with a ``provenance`` key."""
    data = nx.node_link_data(sanitized(G), edges="edges")
    if provenance is not None:
        data["provenance"] = provenance.as_dict()
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")


# A cell starting with one of these is a formula to a spreadsheet (OWASP "CSV
# injection"): "=HYPERLINK(...)" from an article title would be live (issue 12).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    """A CSV cell a spreadsheet shows as text: a leading ``'`` before a formula start.

    Numbers are left as numbers.

    >>> csv_cell("=1+2"), csv_cell("@SUM(A1)"), csv_cell("plain"), csv_cell(-3)
    ("'=1+2", "'@SUM(A1)", 'plain', -3)
    """
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def write_sidecar(path: Path, provenance: Provenance | None) -> list[Path]:
    """``<stem>.provenance.json`` beside a file that cannot carry its provenance (CSV)."""
    if provenance is None:
        return []
    sidecar = path.with_name(f"{path.stem}.provenance.json")
    with atomic_write(sidecar, "w") as f:
        f.write(provenance.sidecar_json())
    return [sidecar]


def _write_csv(G: nx.MultiDiGraph, path: Path) -> list[Path]:
    H = sanitized(G)
    node_keys = sorted({k for _, d in H.nodes(data=True) for k in d})
    edge_keys = sorted({k for _, _, d in H.edges(data=True) for k in d})
    nodes_path = path.with_name(f"{path.stem}-nodes.csv")
    edges_path = path.with_name(f"{path.stem}-edges.csv")
    with atomic_write(nodes_path, "w") as f:
        writer = csv.writer(f)
        writer.writerow(["id", *node_keys])
        for node, data in H.nodes(data=True):
            writer.writerow([csv_cell(c) for c in (node, *(data.get(k, "") for k in node_keys))])
    with atomic_write(edges_path, "w") as f:
        writer = csv.writer(f)
        writer.writerow(["source", "target", *edge_keys])
        for u, v, data in H.edges(data=True):
            writer.writerow([csv_cell(c) for c in (u, v, *(data.get(k, "") for k in edge_keys))])
    return [nodes_path, edges_path]


def _stream(G: nx.MultiDiGraph, out: IO[bytes], format: str, prov: Provenance | None) -> None:
    from graphx.build.gexf import write_gexf

    if format == "graphml":
        if prov is not None:
            G = nx.MultiDiGraph(G)  # a shallow copy: the caller's graph keeps its attributes
            G.graph.update(prov.as_graph_attributes())
        write_graphml(G, out, desc=prov.sentence() if prov else "")
    elif format == "gexf":
        write_gexf(G, out, provenance=prov)
    else:
        out.write(_json_bytes(G, prov))


def write_graph(
    G: nx.MultiDiGraph,
    path: str | Path,
    *,
    format: str = "graphml",
    provenance: Provenance | None = None,
) -> list[Path]:
    """Write G atomically; returns the files written (CSV writes two, and a sidecar).

    ``provenance`` is recorded in the file (GraphML ``<desc>`` and ``graphx_*``
    graph attributes, GEXF ``<meta>``, a JSON ``provenance`` key) or, for CSV,
    in a ``<stem>.provenance.json`` sidecar.

    Raises:
        GraphxError: an unknown format.
    """
    path = Path(path)
    if format == "csv":
        return _write_csv(G, path) + write_sidecar(path, provenance)
    if format not in FORMATS:
        raise GraphxError(f"unknown export format {format!r}; choose one of {', '.join(FORMATS)}")
    with atomic_write(path) as f:
        _stream(G, f, format, provenance)
    return [path]


def read_graph(path: str | Path) -> nx.MultiDiGraph:
    """Read a GraphML file written by graphx, its list attributes decoded back into lists.

    Raises:
        GraphxError: the file is missing or is not GraphML.
    """
    path = Path(path)
    try:
        G = nx.read_graphml(path, force_multigraph=True)
    except FileNotFoundError as e:
        raise GraphxError(f"graph file not found: {path} (run `graphx build` first)") from e
    except Exception as e:  # the XML parsers raise many unrelated types
        raise GraphxError(f"cannot read graph {path}: {e}") from e
    if not G.is_directed():
        G = nx.MultiDiGraph(G)
    return decode(G)
