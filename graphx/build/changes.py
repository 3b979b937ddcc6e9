"""What a review decision would change, computed by applying it to a copy (issue 19).

``preview`` resolves the cached extractions twice, with the ledger as it is
and with the proposed decisions added, and ``graph_changes`` compares the two
graphs: entities, events and edges that appear, disappear or change. Nothing
is written; the reader sees the change before confirming it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

import networkx as nx

from graphx.build.cached import Cached
from graphx.build.pipeline import resolve_graph
from graphx.resolve.ledger import Decision
from graphx.settings import Settings

__all__ = ["Change", "graph_changes", "preview"]

# What makes a node "changed" for a reader: its name, kind, names, size and sources.
_COMPARED = ("label", "type", "aliases", "mentions", "doc_count", "sources", "event_type", "date")
_EXAMPLES = 8


@dataclass(slots=True)
class Change:
    """Nodes (id, kind, label) and edges (source label, relation, target label) that differ."""

    added: list[tuple[str, str, str]] = field(default_factory=list)
    removed: list[tuple[str, str, str]] = field(default_factory=list)
    changed: list[tuple[str, str, str]] = field(default_factory=list)
    edges_added: list[tuple[str, str, str]] = field(default_factory=list)
    edges_removed: list[tuple[str, str, str]] = field(default_factory=list)
    events: tuple[int, int] = (0, 0)  # events before, after

    def is_empty(self) -> bool:
        """True when the decision would change nothing in the graph."""
        return not (
            self.added or self.removed or self.changed or self.edges_added or self.edges_removed
        )

    def lines(self) -> list[str]:
        """The change in words, a line per kind of change, with a few examples each."""
        out = [f"events: {self.events[0]} -> {self.events[1]}"]
        for title, rows in (
            ("new", self.added),
            ("gone", self.removed),
            ("changed", self.changed),
        ):
            if rows:
                names = "; ".join(f"{label} ({kind})" for _, kind, label in rows[:_EXAMPLES])
                more = f" and {len(rows) - _EXAMPLES} more" if len(rows) > _EXAMPLES else ""
                out.append(f"{title} nodes ({len(rows)}): {names}{more}")
        for title, edges in (("new", self.edges_added), ("gone", self.edges_removed)):
            if edges:
                shown = "; ".join(f"{a} -{r}- {b}" for a, r, b in edges[:_EXAMPLES])
                more = f" and {len(edges) - _EXAMPLES} more" if len(edges) > _EXAMPLES else ""
                out.append(f"{title} edges ({len(edges)}): {shown}{more}")
        return out if not self.is_empty() else ["nothing in the graph would change"]


def _node(G: nx.MultiDiGraph, node: str) -> tuple[str, str, str]:
    data = G.nodes[node]
    return node, str(data.get("type", "")), str(data.get("label", node))


def _edges(G: nx.MultiDiGraph) -> Counter[tuple[str, str, str]]:
    label = {n: str(d.get("label", n)) for n, d in G.nodes(data=True)}
    return Counter(
        (label[u], str(d.get("relation", "")), label[v]) for u, v, d in G.edges(data=True)
    )


def _events(G: nx.MultiDiGraph) -> int:
    return sum(1 for _, d in G.nodes(data=True) if d.get("type") == "event")


def graph_changes(before: nx.MultiDiGraph, after: nx.MultiDiGraph) -> Change:
    """The nodes and edges that differ between two graphs (nodes by id, edges by label)."""
    change = Change(events=(_events(before), _events(after)))
    change.added = [_node(after, n) for n in after.nodes if n not in before]
    change.removed = [_node(before, n) for n in before.nodes if n not in after]
    change.changed = [
        _node(after, n)
        for n in after.nodes
        if n in before and any(before.nodes[n].get(k) != after.nodes[n].get(k) for k in _COMPARED)
    ]
    old, new = _edges(before), _edges(after)
    change.edges_added = sorted((new - old).elements())
    change.edges_removed = sorted((old - new).elements())
    return change


def preview(
    cached: Cached,
    settings: Settings,
    decisions: Sequence[Decision],
    proposed: Sequence[Decision],
) -> Change:
    """What ``proposed`` would change in the graph resolved with ``decisions``; writes nothing."""

    def graph(with_decisions: Sequence[Decision]) -> nx.MultiDiGraph:
        return resolve_graph(
            list(cached.extractions),
            cached.documents,
            settings,
            list(cached.failures),
            list(with_decisions),
        ).graph

    return graph_changes(graph(decisions), graph([*decisions, *proposed]))
