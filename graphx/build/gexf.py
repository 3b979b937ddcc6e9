"""Dynamic GEXF 1.3 for Gephi: the network plays over time in Gephi's Timeline.

The graph is ``mode="dynamic"`` with ``timeformat="date"`` (issue 18). An
event node carries its span as ``start``/``end`` (inclusive ISO days; an
event with no date of its own sits at its first report's date, as in the
explorer). Every other node, and every edge that touches an event, carries
``<spells>``: the spans of the events it takes part in, overlapping ones
merged. Nodes and edges with no event (structure edges such as ``within``)
have no time and so are shown at every moment, which is what Gephi does with
an element without an interval. Static attributes are written as in the
GraphML export (lists as JSON arrays in strings); the provenance goes in ``<meta>``.

Written element by element, like the GraphML writer, so memory does not
grow with a second copy of the graph.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from typing import IO, Any
from xml.sax.saxutils import escape, quoteattr

import networkx as nx

from graphx.build.provenance import Provenance
from graphx.build.values import attr_type, clean_text, safe_ids, scalar
from graphx.contract import EVENT
from graphx.extract.timex.spans import span_of

__all__ = ["event_span", "merge_spans", "spells", "write_gexf"]

NS = "http://gexf.net/1.3"
Span = tuple[str, str]
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
# Relations through which a node or edge "takes part" in an event.
_EVENT_RELATIONS = frozenset({"agent", "patient", "other", "place", "reported_in"})


def _is_day(text: str) -> bool:
    try:
        return bool(_DAY.fullmatch(text)) and bool(dt.date.fromisoformat(text))
    except ValueError:
        return False


def event_span(attrs: Mapping[str, Any]) -> Span | None:
    """An event's time in the GEXF: its own span, else its first report's date.

    A report date known only from below ("not before", ``2019-11/..``) is no
    time to put an event at, as in the explorer.

    >>> event_span({"date_start": "2019-05-01", "date_end": "2019-05-31"})
    ('2019-05-01', '2019-05-31')
    >>> event_span({"date_start": "", "reported": "2020-W04", "reported_basis": "sidecar"})
    ('2020-01-20', '2020-01-26')
    >>> event_span({"reported": "2019-11/..", "reported_basis": "not before"}) is None
    True
    """
    start, end = str(attrs.get("date_start") or ""), str(attrs.get("date_end") or "")
    if _is_day(start) and _is_day(end) and start <= end:
        return start, end
    reported = str(attrs.get("reported") or "")
    if not reported or attrs.get("reported_basis") == "not before" or "/" in reported:
        return None
    first, last = span_of(reported)
    return (first, last) if first else None


def merge_spans(spans: Iterable[Span]) -> list[Span]:
    """Spans sorted, with overlapping or touching ones merged.

    >>> merge_spans([("2019-05-01", "2019-05-31"), ("2019-01-01", "2019-01-01"),
    ...              ("2019-06-01", "2019-06-02"), ("2019-05-10", "2019-05-12")])
    [('2019-01-01', '2019-01-01'), ('2019-05-01', '2019-06-02')]
    """
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged:
            last_start, last_end = merged[-1]
            after = (dt.date.fromisoformat(last_end) + dt.timedelta(days=1)).isoformat()
            if start <= after:
                merged[-1] = (last_start, max(last_end, end))
                continue
        merged.append((start, end))
    return merged


def spells(G: nx.MultiDiGraph) -> tuple[dict[Any, Span], dict[Any, list[Span]], dict[Any, Span]]:
    """The time of each element: (event spans, other nodes' spells, edge spans by edge key)."""
    events = {
        n: s
        for n, d in G.nodes(data=True)
        if d.get("type") == EVENT and (s := event_span(d)) is not None
    }
    others: dict[Any, list[Span]] = {}
    edges: dict[Any, Span] = {}
    for u, v, k, d in G.edges(keys=True, data=True):
        if d.get("relation") not in _EVENT_RELATIONS:
            continue
        event, other = (v, u) if v in events else (u, v)
        if event not in events:
            continue
        edges[(u, v, k)] = events[event]
        if other not in events:
            others.setdefault(other, []).append(events[event])
    return events, {n: merge_spans(s) for n, s in others.items()}, edges


def _declare(items: Iterable[Mapping[str, Any]], skip: frozenset[str]) -> dict[str, list[str]]:
    """Attribute ids and types by name; mixed types fall back to string."""
    keys: dict[str, list[str]] = {}
    for data in items:
        for name, value in data.items():
            if name in skip:
                continue
            kind = attr_type(value)
            found = keys.get(name)
            if found is None:
                keys[name] = [str(len(keys)), kind]
            elif found[1] != kind:
                found[1] = "string"
    return keys


def _value(value: Any) -> str:
    plain = scalar(value)
    if isinstance(plain, bool):
        return "true" if plain else "false"
    return str(plain)


def _attvalues(keys: dict[str, list[str]], data: Mapping[str, Any]) -> str:
    cells = "".join(
        f'<attvalue for="{keys[name][0]}" value={quoteattr(_value(value))}/>'
        for name, value in data.items()
        if name in keys
    )
    return f"<attvalues>{cells}</attvalues>" if cells else ""


def _spells(spans: list[Span]) -> str:
    if not spans:
        return ""
    inner = "".join(f'<spell start="{s}" end="{e}"/>' for s, e in spans)
    return f"<spells>{inner}</spells>"


def _attributes(cls: str, keys: dict[str, list[str]]) -> str:
    rows = "".join(
        f'<attribute id="{key}" title={quoteattr(name)} type="{kind}"/>'
        for name, (key, kind) in keys.items()
    )
    return f'<attributes class="{cls}" mode="static">{rows}</attributes>\n'


def _meta(provenance: Provenance | None) -> str:
    today = dt.datetime.now(dt.UTC).date().isoformat()
    if provenance is None:
        return f'<meta lastmodifieddate="{today}"><creator>graphx</creator></meta>\n'
    text = escape(provenance.sentence())
    return (
        f'<meta lastmodifieddate="{provenance.exported or today}">'
        f"<creator>graphx {escape(provenance.graphx_version)}</creator>"
        f"<description>{text}</description></meta>\n"
    )


def write_gexf(G: nx.MultiDiGraph, out: IO[bytes], *, provenance: Provenance | None = None) -> None:
    """Stream G as dynamic GEXF 1.3, valid XML whatever text it carries."""
    events, others, edge_spans = spells(G)
    ids = safe_ids(G)
    node_keys = _declare((d for _, d in G.nodes(data=True)), frozenset({"label"}))
    edge_keys = _declare((d for _, _, d in G.edges(data=True)), frozenset())
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>\n',
        f'<gexf xmlns="{NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        f'xsi:schemaLocation="{NS} {NS}/gexf.xsd" version="1.3">\n',
        _meta(provenance),
        '<graph defaultedgetype="directed" mode="dynamic" timeformat="date">\n',
        _attributes("node", node_keys),
        _attributes("edge", edge_keys),
        f'<nodes count="{G.number_of_nodes()}">\n',
    ]
    for node, data in G.nodes(data=True):
        label = quoteattr(clean_text(str(data.get("label", node))))
        span = events.get(node)
        when = f' start="{span[0]}" end="{span[1]}"' if span else ""
        parts.append(
            f"<node id={quoteattr(ids[node])} label={label}{when}>"
            f"{_attvalues(node_keys, data)}{_spells(others.get(node, []))}</node>\n"
        )
        _flush(parts, out)
    parts.append(f'</nodes>\n<edges count="{G.number_of_edges()}">\n')
    for n, (u, v, k, data) in enumerate(G.edges(keys=True, data=True)):
        span = edge_spans.get((u, v, k))
        when = f' start="{span[0]}" end="{span[1]}"' if span else ""
        label = quoteattr(clean_text(str(data.get("relation", ""))))
        parts.append(
            f'<edge id="{n}" source={quoteattr(ids[u])} target={quoteattr(ids[v])} '
            f"label={label}{when}>{_attvalues(edge_keys, data)}</edge>\n"
        )
        _flush(parts, out)
    parts.append("</edges>\n</graph>\n</gexf>\n")
    _flush(parts, out, force=True)


def _flush(parts: list[str], out: IO[bytes], *, force: bool = False) -> None:
    if force or len(parts) > 2000:
        out.write("".join(parts).encode("utf-8"))
        parts.clear()
