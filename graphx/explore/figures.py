"""Pure figure builders: a filtered subset in, Cytoscape elements, details or CSV out.

Nothing here imports Dash or reads module state; every input is an argument
(``spacy/displacy`` style: extract the data, then render). The timeline
(``timeline.py``) and the network (``network.py``) are re-exported here, so
the UI has one module of figure builders.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Mapping
from typing import Any

from graphx.build.export import csv_cell
from graphx.explore.data import ExplorerData
from graphx.explore.network import (
    NetworkView,
    highlight_for,
    network_elements,
    network_layout,
    network_legend,
    network_stylesheet,
    shared_events,
)
from graphx.explore.rows import EventRow, readable_dates, when_phrase
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
    "edge_details",
    "entity_details",
    "entity_mentions",
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
        "title": ev.headline or ev.label,
        "sentence": ev.label if ev.headline and ev.headline != ev.label else "",
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
    """Each source with how it tells the event: its sentence and the date as it states it
    (of a source that tells it twice, the first report that states a date)."""
    told: dict[str, Mapping[str, Any]] = {}
    for report in ev.reports:
        doc = f"d:{report.get('doc_id', '')}"
        if doc not in told or (report.get("date_text") and not told[doc].get("date_text")):
            told[doc] = report
    sources = []
    for doc in ev.sources:
        source = _source(data, doc)
        report = told.get(doc, {})
        source["sentence"] = str(report.get("sentence", ""))
        source["date_as_stated"] = str(report.get("date_text", ""))
        sources.append(source)
    return sources


def _event_items(data: ExplorerData, events: Iterable[str]) -> list[dict[str, str]]:
    return [
        {
            "id": e,
            "label": data.events[e].headline or data.events[e].label,
            "when": when_phrase(data.events[e].start, data.events[e].end) or "undated",
        }
        for e in events
    ]


def edge_details(data: ExplorerData, edge: str, events: Iterable[str]) -> dict[str, Any]:
    """What the details panel shows for a clicked edge: the events its two entities share."""
    a, _, b = edge.partition("|")
    names = [data.entities[n].label for n in (a, b) if n in data.entities]
    shared = shared_events(data, edge, set(events))
    return {
        "kind": "edge",
        "id": edge,
        "title": " and ".join(names),
        "type": "shared events",
        "ends": [{"id": n, "label": data.entities[n].label} for n in (a, b) if n in data.entities],
        "event_count": len(shared),
        "events": _event_items(data, shared),
    }


def entity_mentions(data: ExplorerData, node: str) -> list[dict[str, Any]]:
    """Each article naming an entity: title, outlet, date, link, how often, and a sentence.

    Newest first; read from the graph's ``mentioned_in`` edges when asked (one
    click), not indexed at load.
    """
    by_doc: dict[str, list[str]] = {}
    for _, doc, d in data.G.out_edges(node, data=True):
        if d.get("relation") == "mentioned_in" and doc in data.documents:
            by_doc.setdefault(doc, []).append(str(d.get("evidence", "") or ""))
    mentions = []
    for doc, sentences in by_doc.items():
        source: dict[str, Any] = dict(_source(data, doc))
        source["count"] = len(sentences)
        source["sentence"] = next((s.strip() for s in sentences if s.strip()), "")
        source["published"] = data.documents[doc].get("published", "")
        mentions.append(source)
    return sorted(mentions, key=lambda m: (m["published"], m["title"]), reverse=True)


def entity_details(data: ExplorerData, node: str, *, max_events: int = 500) -> dict[str, Any]:
    """Everything the details panel shows for an entity (plain strings, rendered as text).

    Its events up to ``max_events`` (the panel shows 25 and "show all N"), and
    every article that names it (issue 17: provenance).
    """
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
        "events": _event_items(data, [e.id for e in events[:max_events]]),
        "mentions": entity_mentions(data, node),
        "mention_count": row.mentions,
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
