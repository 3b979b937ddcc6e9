"""What graphx was least sure of, as a queue for a reader to review (issue 19).

Each join, type and date that resolution decided on weak evidence leaves a
trace on the graph: ``merged_because`` (names joined by a fuzzy or guarded
rule), ``typed_because`` (a type set against the model by a word of the
sentence), ``ambiguous`` (a place name several places share), an event's
``conflicts`` (its sources disagree on the date), and an entity named only in
headlines. :func:`suggestions` lists them, most events touched first, so
that ten minutes of review fix the most visible mistakes. Pure: a graph in,
plain rows out.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import networkx as nx

__all__ = ["Suggestion", "suggestions"]

_NOT_ENTITIES = ("event", "document")


@dataclass(frozen=True, slots=True)
class Suggestion:
    """One thing to look at: the node, why, the action likely to fix it, events it touches."""

    kind: str
    node: str
    label: str
    node_type: str
    why: str
    action: str
    events: int

    def describe(self) -> str:
        """One line for a terminal."""
        return (
            f"{self.events}\t{self.kind}\t{self.label} ({self.node_type})\t{self.why}"
            f"\t-> {self.action}"
        )


def _events_touched(G: nx.MultiDiGraph, node: str) -> int:
    near = set(G.successors(node)) | set(G.predecessors(node))
    return sum(1 for n in near if G.nodes[n].get("type") == "event")


def _headline_only(G: nx.MultiDiGraph, node: str) -> bool:
    """Every sentence that names the entity is the title of its document."""
    said = [
        (str(d.get("evidence", "")).strip(), G.nodes[v].get("title", ""))
        for _, v, d in G.out_edges(node, data=True)
        if d.get("relation") == "mentioned_in"
    ]
    return bool(said) and all(text and text == str(title).strip() for text, title in said)


def _entity_doubts(
    G: nx.MultiDiGraph, node: str, data: dict[str, object]
) -> Iterator[tuple[str, str, str]]:
    """(kind, why, action) of each doubt about one entity."""
    for reason in data.get("merged_because") or []:  # type: ignore[attr-defined]
        yield "name join", str(reason), "split"
    if data.get("typed_because"):
        yield "type change", str(data["typed_because"]), "retype"
    if data.get("ambiguous"):
        yield "ambiguous place", "the name is shared by several places", "retype or split"
    if _headline_only(G, node):
        yield "headline only", "named only in headlines", "reject"


def suggestions(G: nx.MultiDiGraph) -> list[Suggestion]:
    """Every doubt of the graph, the ones touching most events first (then by label)."""
    out: list[Suggestion] = []
    for node, data in G.nodes(data=True):
        kind, label = str(data.get("type", "")), str(data.get("label", node))
        if kind == "event":
            for conflict in data.get("conflicts") or []:
                sources = len(data.get("sources") or [])
                why = f"{conflict} (of {sources} sources)"
                out.append(Suggestion("date conflict", node, label, kind, why, "split-event", 1))
        elif kind and kind not in _NOT_ENTITIES:
            touched = _events_touched(G, node)
            for doubt, why, action in _entity_doubts(G, node, data):
                out.append(Suggestion(doubt, node, label, kind, why, action, touched))
    return sorted(out, key=lambda s: (-s.events, s.label.casefold(), s.kind))
