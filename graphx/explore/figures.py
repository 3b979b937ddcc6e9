"""Pure figure builders: a filtered subset in, Cytoscape elements, details or CSV out.

Nothing here imports Dash or reads module state; every input is an argument
(``spacy/displacy`` style: extract the data, then render). The timeline
lives in ``timeline.py`` and is re-exported here, so the UI has one module
of figure builders. Cytoscape draws labels on a canvas, so they need no
escaping.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from graphx.build.export import csv_cell
from graphx.explore.data import ExplorerData
from graphx.explore.rows import EventRow, plain, readable_dates, when_phrase
from graphx.explore.timeline import (
    DETAIL_LIMIT,
    WEBGL_THRESHOLD,
    selection_trace,
    timeline_figure,
    type_colors,
)
from graphx.extract.timex.spans import span_of
from graphx.ingest.urls import safe_url

__all__ = [
    "DETAIL_LIMIT",
    "INTERNAL_ID",
    "WEBGL_THRESHOLD",
    "NetworkView",
    "entity_details",
    "event_details",
    "events_csv",
    "highlight_for",
    "network_elements",
    "network_layout",
    "network_legend",
    "network_stylesheet",
    "safe_url",
    "selection_trace",
    "timeline_figure",
    "type_colors",
]

# What graphx's node ids look like (``per_5e7685c5d1ae``, ``v:…``, ``d:…``): never shown.
INTERNAL_ID = re.compile(
    r"\b(?:per|age|org|jur|med|adm|prg|law)_[0-9a-f]{8,}\b|\bv:[0-9a-f]{8,}|\bd:[0-9a-f]{8,}"
)

_CSV_FIELDS = (
    "id",
    "label",
    "event_type",
    "date",
    "date_start",
    "date_end",
    "date_precision",
    "date_uncertain",
    "date_text",
    "administrations",
    "place",
    "participants",
    "sources",
)


@dataclass(frozen=True, slots=True)
class NetworkView:
    """Cytoscape elements plus how many entities and edges the caps left out."""

    elements: list[dict[str, Any]]
    shown: int
    hidden: int
    hidden_edges: int = 0


def network_elements(
    data: ExplorerData,
    entity_ids: Sequence[str] | npt.NDArray[np.int64],
    event_ids: Iterable[str] | npt.NDArray[np.bool_],
    *,
    size_by: str = "degree",
    max_nodes: int = 300,
    max_edges: int | None = None,
) -> NetworkView:
    """Nodes for the most central ``max_nodes`` entities, edges weighted by shared events.

    At most ``max_edges`` shared-event edges are drawn (default four per node),
    the heaviest first: 300 busy nodes can share tens of thousands of edges,
    which the browser takes seconds to lay out (measured on a 10,000-article graph).

    Structural relations among the drawn entities (``within``, ``part_of``,
    ``affiliated_with``) are drawn as dashed edges. Entities and events may be
    given as ids, or as positions and a mask (``Subset.entity_index``, a mask
    from ``filters.event_mask``).
    """
    metric = data.centrality if size_by == "centrality" else data.degree
    order = data.ranking(size_by)
    ranked = order[data.entity_mask(entity_ids)[order]]
    kept = ranked[:max_nodes]
    a, b, weights = data.co_occurrence(data.event_mask(event_ids), kept)
    names = data.entity_ids
    top = max((metric.get(n, 0.0) for n in names[kept]), default=0.0) or 1.0
    elements: list[dict[str, Any]] = []
    for n in names[kept]:
        row = data.entities[n]
        size = 18 + 46 * math.sqrt(max(metric.get(n, 0.0), 0.0) / top)
        elements.append(
            {
                "data": {
                    "id": n,
                    "label": row.label[:40],
                    "type": row.type,
                    "size": round(size, 1),
                },
                "classes": row.type,
            }
        )
    cap = 4 * max_nodes if max_edges is None else max_edges
    drawn = list(zip(names[a[:cap]], names[b[:cap]], weights[:cap].tolist(), strict=True))
    wmax = max((w for _, _, w in drawn), default=1)
    for src, dst, weight in drawn:
        elements.append(
            {
                "data": {
                    "id": f"{src}|{dst}",
                    "source": src,
                    "target": dst,
                    "weight": weight,
                    "width": round(1 + 5 * weight / wmax, 2),
                },
                "classes": "shared",
            }
        )
    shown = set(names[kept].tolist())
    for src, dst, relation in data.structure:
        if src in shown and dst in shown:
            elements.append(
                {
                    "data": {
                        "id": f"{src}>{dst}:{relation}",
                        "source": src,
                        "target": dst,
                        "relation": relation,
                    },
                    "classes": "structural",
                }
            )
    return NetworkView(
        elements=elements,
        shown=len(kept),
        hidden=len(ranked) - len(kept),
        hidden_edges=len(a) - len(drawn),
    )


COSE_NODES = 120  # above this, force-directed layout costs seconds in the browser


def network_layout(name: str, nodes: int) -> dict[str, Any]:
    """Cytoscape layout options; "auto" is cose for small networks, concentric for large ones.

    cose is quadratic in the nodes per iteration (11 s for 300 nodes in headless
    Chromium), so its iterations are cut as the network grows.

    >>> network_layout("auto", 50)["name"], network_layout("auto", 300)["name"]
    ('cose', 'concentric')
    >>> network_layout("cose", 300)["numIter"] < network_layout("cose", 50)["numIter"]
    True
    """
    if name == "auto":
        name = "cose" if nodes <= COSE_NODES else "concentric"
    options: dict[str, Any] = {"name": name, "animate": False}
    if name == "cose":
        options["numIter"] = max(150, min(1000, int(1000 * (COSE_NODES / max(nodes, 1)) ** 2)))
    elif name == "concentric":
        options.update(minNodeSpacing=8, equidistant=False)
    return options


_TYPE_RULE = re.compile(r'^node\[type = "([^"]+)"\]$')


def network_legend(
    stylesheet: Sequence[Mapping[str, Any]], types: Iterable[str]
) -> list[dict[str, str]]:
    """One legend entry per entity type: its colour and shape, read from the stylesheet.

    Read from the same rules Cytoscape draws with, so the legend cannot drift
    from the network (issue 17: there was no legend for colours and shapes).

    >>> sheet = [{"selector": "node", "style": {"background-color": "#999"}},
    ...          {"selector": 'node[type = "person"]', "style": {"background-color": "#4C78A8"}}]
    >>> network_legend(sheet, ["person", "law"])
    [{'type': 'law', 'label': 'law', 'color': '#999', 'shape': 'ellipse'}, \
{'type': 'person', 'label': 'person', 'color': '#4C78A8', 'shape': 'ellipse'}]
    """
    base: dict[str, Any] = {}
    by_type: dict[str, dict[str, Any]] = {}
    for rule in stylesheet:
        selector, style = str(rule.get("selector", "")), rule.get("style", {})
        if selector == "node":
            base = dict(style)
        elif m := _TYPE_RULE.match(selector):
            by_type[m.group(1)] = dict(style)
    entries = []
    for kind in sorted(set(types)):
        style = {**base, **by_type.get(kind, {})}
        entries.append(
            {
                "type": kind,
                "label": plain(kind),
                "color": str(style.get("background-color", "#999")),
                "shape": str(style.get("shape", "ellipse")),
            }
        )
    return entries


def _selector(kind: str, ids: Iterable[str]) -> str:
    return ", ".join(f"{kind}[id = {json.dumps(i)}]" for i in sorted(ids))


def network_stylesheet(
    base: Sequence[Mapping[str, Any]],
    *,
    focus: Collection[str] = (),
    neighbours: Collection[str] = (),
) -> list[dict[str, Any]]:
    """The base stylesheet, plus (when something is selected) faded others and outlined focus."""
    sheet = [dict(rule) for rule in base]
    if not focus and not neighbours:
        return sheet
    sheet.append({"selector": "node", "style": {"opacity": 0.2}})
    sheet.append({"selector": "edge", "style": {"opacity": 0.08}})
    lit = set(focus) | set(neighbours)
    sheet.append({"selector": _selector("node", lit), "style": {"opacity": 1}})
    if focus:
        sheet.append(
            {
                "selector": _selector("node", focus),
                "style": {"border-width": 4, "border-color": "#111", "opacity": 1},
            }
        )
        ends = ", ".join(
            f"edge[source = {json.dumps(a)}], edge[target = {json.dumps(a)}]" for a in sorted(focus)
        )
        sheet.append({"selector": ends, "style": {"opacity": 0.9}})
    return sheet


def highlight_for(
    data: ExplorerData, kind: str, node: str, events: Collection[str]
) -> tuple[set[str], set[str], set[str]]:
    """(events, focus entities, neighbour entities) to highlight for a selection.

    An entity lights up its events (among ``events``) and the entities that
    share them; an event lights up its participants.
    """
    if kind == "entity" and node in data.entities:
        mine = {e for e in data.entity_events.get(node, ()) if e in events}
        near = {n for e in mine for n, _ in data.events[e].participants} - {node}
        near |= {b if a == node else a for a, b, _ in data.structure if node in (a, b)}
        return mine, {node}, near
    if kind == "event" and node in data.events:
        return {node}, {n for n, _ in data.events[node].participants}, set()
    return set(), set(), set()


def _source(data: ExplorerData, doc: str) -> dict[str, str]:
    meta = data.documents.get(doc, {})
    return {
        "id": doc,
        # Never the document's id: people read this (issue 17).
        "title": meta.get("title") or meta.get("label") or meta.get("source") or "untitled article",
        "publisher": meta.get("source", ""),
        "date": readable_dates(meta.get("published", "")),
        "url": safe_url(meta.get("url", "")),
        "raw_url": meta.get("url", ""),
    }


def event_details(data: ExplorerData, node: str) -> dict[str, Any]:
    """Everything the details panel shows for an event (plain strings, rendered as text)."""
    ev = data.events[node]
    people = [
        {"id": n, "label": data.entities[n].label, "type": data.entities[n].type, "role": role}
        for n, role in ev.participants
        if n in data.entities
    ]
    # In words ("week of 20 Jan 2020"), not ISO days and a precision code (issue 17).
    when = when_phrase(ev.start, ev.end) if ev.dated else ""
    return {
        "kind": "event",
        "id": node,
        "title": ev.label,
        "type": ev.event_type,
        "when": when or "undated",
        "precision": ev.precision,
        "date_text": ev.date_text,
        "date_reading": readable_dates(ev.date_reading),
        "uncertain": ev.uncertain,
        "administrations": list(ev.administrations),
        "place": data.jurisdiction_label(ev.place) if ev.place else "",
        "participants": people,
        "evidence": list(ev.evidence),
        "sources": _reported_sources(data, ev),
        "reported": when_phrase(*span_of(ev.reported)) or ev.reported,
        "reported_basis": ev.reported_basis,
        "conflicts": list(ev.conflicts),
    }


def _reported_sources(data: ExplorerData, ev: EventRow) -> list[dict[str, str]]:
    """Each source with how it tells the event: its sentence and the date as it states it."""
    told = {f"d:{r.get('doc_id', '')}": r for r in ev.reports}
    sources = []
    for doc in ev.sources:
        source = _source(data, doc)
        report = told.get(doc, {})
        source["sentence"] = str(report.get("sentence", ""))
        source["date_as_stated"] = str(report.get("date_text", ""))
        sources.append(source)
    return sources


def entity_details(data: ExplorerData, node: str, *, max_events: int = 25) -> dict[str, Any]:
    """Everything the details panel shows for an entity (plain strings, rendered as text)."""
    row = data.entities[node]
    events = [data.events[e] for e in data.events if e in data.entity_events.get(node, ())]
    roles = [
        " — ".join(filter(None, (str(r.get("title", "")), _name(data, r.get("organization")))))
        for r in row.roles
    ]
    return {
        "kind": "entity",
        "id": node,
        "title": row.label,
        "type": row.type,
        "aliases": list(row.aliases),
        "roles": sorted(set(filter(None, roles))),
        "level": row.level,
        "evidence": row.evidence,
        "where": data.jurisdiction_label(node) if row.type == "jurisdiction" else "",
        "event_count": len(events),
        "events": [
            {"id": e.id, "label": e.label, "when": when_phrase(e.start, e.end) or "undated"}
            for e in events[:max_events]
        ],
    }


def _name(data: ExplorerData, node: Any) -> str:
    """An entity's name for people to read ("" for what the graph does not hold).

    Roles name their organisation by id; showing the id ("Mayor — jur_ad59ca095c22")
    told a reader nothing (issue 17).
    """
    if not isinstance(node, str):
        return ""
    row = data.entities.get(node)
    # A name given as text (older graphs) is shown; an id the graph lacks is not.
    return row.label if row else "" if INTERNAL_ID.search(node) else node


def events_csv(data: ExplorerData, event_ids: Iterable[str]) -> str:
    """The events as CSV, one row per event, multi-valued cells joined with "; "."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(_CSV_FIELDS)
    for e in event_ids:
        ev = data.events[e]
        names = "; ".join(
            f"{data.entities[n].label} ({r})" for n, r in ev.participants if n in data.entities
        )
        titles = "; ".join(_source(data, d)["title"] for d in ev.sources)
        place = data.entities[ev.place].label if ev.place in data.entities else ""
        row = (
            ev.id,
            ev.label,
            ev.event_type,
            ev.date,
            ev.start,
            ev.end,
            ev.precision,
            str(ev.uncertain).lower(),
            ev.date_text,
            "; ".join(ev.administrations),
            place,
            names,
            titles,
        )
        writer.writerow([csv_cell(str(v)) for v in row])
    return out.getvalue()
