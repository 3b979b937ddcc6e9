"""Assemble the corpus graph from documents, resolved entities and merged events.

The graph follows ``graphx/contract.py`` (the README's "Output contract"):
entity, event and document nodes in one ``networkx.MultiDiGraph``, with edges
for event roles, ``within``, ``part_of``, ``affiliated_with``,
``mentioned_in`` and ``reported_in``. Multi-valued attributes are lists here;
this module only arranges model objects into nodes and edges, and encoding
them for a file is ``export.py``'s job.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

import networkx as nx

from graphx.model import Document, Entity, Event, Failure

__all__ = ["build_graph", "doc_node"]

log = logging.getLogger(__name__)


def doc_node(doc_id: str) -> str:
    """The graph node id of a document.

    >>> doc_node("ab12")
    'd:ab12'
    """
    return f"d:{doc_id}"


def _entity_attrs(entity: Entity) -> dict[str, object]:
    return {
        "type": entity.type,
        "label": entity.label,
        "aliases": sorted(a for a in entity.aliases if a != entity.label),
        "mentions": entity.mentions,
        "doc_count": len(entity.doc_ids),
        "level": entity.level,
        "ambiguous": entity.ambiguous,
        "evidence": entity.evidence,
        "merged_because": list(entity.merged_because),
        "typed_because": entity.typed_because,
        "roles": [
            {"title": r.title, "organization": r.organization, "doc_id": r.doc_id}
            for r in entity.roles
        ],
    }


def _event_attrs(event: Event) -> dict[str, object]:
    time = event.time
    return {
        "type": "event",
        "label": event.summary,
        "aliases": [],
        "event_type": event.event_type,
        "trigger": event.trigger,
        "summary": event.summary,
        "date": time.value if time else "",
        "date_start": time.date_start if time else "",
        "date_end": time.date_end if time else "",
        "date_precision": time.precision if time else "",
        "date_text": time.text if time else "",
        "date_reading": time.reading if time else "",
        "date_uncertain": bool(time and time.uncertain),
        "administration": list(event.administrations),
        "place": event.place,
        "evidence": list(event.evidence),
        "sources": list(event.sources),
        "reported": event.reported,
        "reported_basis": event.reported_basis,
        "reports": [
            {
                "doc_id": r.doc_id,
                "sentence": r.sentence,
                "date_text": r.date_text,
                "date": r.date_value,
                "participants": list(r.participants),
            }
            for r in event.reports
        ],
        "conflicts": list(event.conflicts),
    }


def _document_attrs(doc: Document, error: str = "") -> dict[str, object]:
    return {
        "type": "document",
        "label": doc.title or doc.path,
        "aliases": [],
        "title": doc.title,
        "url": doc.url,
        "source": doc.source,
        "author": doc.author,
        # A lower bound is written as an open ISO 8601 interval, never as a date (issue 15).
        "published": f"{doc.published}/.." if doc.published_is_lower_bound else doc.published,
        "published_basis": doc.published_basis,
        "published_note": doc.published_note,
        "path": doc.path,
        "extraction_error": error,
    }


def _add_entity_edges(G: nx.MultiDiGraph, entities: dict[str, Entity]) -> None:
    for entity in entities.values():
        if entity.parent and entity.parent in entities:
            relation = "within" if entity.type == "jurisdiction" else "part_of"
            G.add_edge(entity.id, entity.parent, relation=relation, evidence="", doc_id="")
        for role in entity.roles:
            if role.organization in entities:
                G.add_edge(
                    entity.id,
                    role.organization,
                    relation="affiliated_with",
                    role=role.title,
                    evidence=entity.doc_evidence.get(role.doc_id, ""),
                    doc_id=role.doc_id,
                )
        for doc_id in sorted(entity.doc_ids):
            G.add_edge(
                entity.id,
                doc_node(doc_id),
                relation="mentioned_in",
                evidence=entity.doc_evidence.get(doc_id, ""),
                doc_id=doc_id,
            )


def _add_event_edges(G: nx.MultiDiGraph, event: Event) -> None:
    evidence = event.evidence[0] if event.evidence else ""
    doc_id = event.sources[0] if event.sources else ""
    for participant in event.participants:
        if participant.entity_id in G:
            G.add_edge(
                participant.entity_id,
                event.id,
                relation=participant.role,
                evidence=evidence,
                doc_id=doc_id,
            )
    if event.place and event.place in G:
        G.add_edge(event.place, event.id, relation="place", evidence=evidence, doc_id=doc_id)
    told = {r.doc_id: r.sentence for r in reversed(event.reports)}  # each source's first telling
    for source in event.sources:
        G.add_edge(
            event.id,
            doc_node(source),
            relation="reported_in",
            evidence=told.get(source, ""),
            doc_id=source,
        )


def build_graph(
    documents: Sequence[Document],
    entities: dict[str, Entity],
    events: Sequence[Event],
    *,
    failures: Sequence[Failure] = (),
) -> nx.MultiDiGraph:
    """Arrange documents, resolved entities and merged events into one graph.

    A document that a stage failed on is still a node, with what failed in
    its ``extraction_error`` attribute ("events: RecursionError: ...").
    """
    errors: dict[str, list[str]] = {}
    for f in failures:
        errors.setdefault(f.doc_id, []).append(f"{f.stage}: {f.error}")
    G = nx.MultiDiGraph()
    for doc in documents:
        G.add_node(doc_node(doc.id), **_document_attrs(doc, "; ".join(errors.get(doc.id, []))))
    for entity in entities.values():
        G.add_node(entity.id, **_entity_attrs(entity))
    for event in events:
        G.add_node(event.id, **_event_attrs(event))
    _add_entity_edges(G, entities)
    for event in events:
        _add_event_edges(G, event)
    return G
