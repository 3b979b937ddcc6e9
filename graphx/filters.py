"""What the explorer shows: a frozen filter state, the indexes it needs, the subset it selects.

``ExplorerData.from_graph`` reads the graph once at load and precomputes
everything a filter change needs (issue 6): the events and entities as rows,
the jurisdiction hierarchy (``within`` edges, so picking a state includes its
counties and cities), events per type, administration and jurisdiction, the
date order, a search index over names and aliases, degree and centrality.
``filter_events``/``select`` then answer a ``FilterState`` with set
operations, and ``filter_graph`` cuts the graph down to the same subset for
export. Nothing here imports Dash.
"""

from __future__ import annotations

import bisect
import html
import json
import logging
import re
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import date
from typing import Any

import networkx as nx
import numpy as np

from .administrations import Term, administrations_for, load_terms

__all__ = [
    "EntityRow",
    "EventRow",
    "ExplorerData",
    "FilterState",
    "Subset",
    "filter_events",
    "filter_graph",
    "hover_text",
    "select",
]

log = logging.getLogger(__name__)

STRUCTURAL = ("within", "part_of", "affiliated_with")
NON_ENTITY = ("event", "document")


def _json_list(value: Any) -> list[Any]:
    """Decode a JSON-array attribute; tolerate plain strings and missing values."""
    if isinstance(value, list | tuple):
        return list(value)
    if not value:
        return []
    try:
        decoded = json.loads(value)
    except (TypeError, ValueError):
        return [value]
    return decoded if isinstance(decoded, list) else [decoded]


def _tuple(values: Iterable[str] | str | None) -> tuple[str, ...]:
    if values is None:
        return ()
    if isinstance(values, str):
        values = [values]
    return tuple(sorted({str(v) for v in values if v}))


@dataclass(frozen=True)
class FilterState:
    """Everything the user filtered on; empty fields filter nothing.

    Sequences are normalised to sorted tuples, so equal choices compare equal.

    >>> FilterState(event_types=["release", "policy"]).event_types
    ('policy', 'release')
    >>> FilterState().is_empty
    True
    """

    jurisdictions: Sequence[str] = ()
    administrations: Sequence[str] = ()
    entity_types: Sequence[str] = ()
    event_types: Sequence[str] = ()
    date_from: str = ""
    date_to: str = ""
    text: str = ""

    def __post_init__(self) -> None:
        for name in ("jurisdictions", "administrations", "entity_types", "event_types"):
            object.__setattr__(self, name, _tuple(getattr(self, name)))
        for name in ("date_from", "date_to", "text"):
            object.__setattr__(self, name, (getattr(self, name) or "").strip())

    @property
    def is_empty(self) -> bool:
        return not any(getattr(self, f.name) for f in fields(self))

    @property
    def restricts_events(self) -> bool:
        """True when some events are left out (so only their participants are shown)."""
        return bool(
            self.jurisdictions
            or self.administrations
            or self.event_types
            or self.date_from
            or self.date_to
            or self.text
        )

    @property
    def restricts_dates(self) -> bool:
        """Date and administration filters cannot keep an undated event."""
        return bool(self.date_from or self.date_to or self.administrations)


@dataclass(frozen=True, slots=True)
class EventRow:
    id: str
    label: str
    event_type: str
    date: str
    start: str
    end: str
    precision: str
    date_text: str
    date_reading: str
    uncertain: bool
    administrations: tuple[str, ...]
    place: str
    participants: tuple[tuple[str, str], ...]
    sources: tuple[str, ...]
    evidence: tuple[str, ...]
    mid: str = ""  # the middle day of the span, where the timeline puts its point
    jitter: float = 0.0  # a stable offset in [-0.3, 0.3] so same-day events do not overlap
    hover: str = ""  # the timeline's hover label, escaped once at load (see hover_text)

    @property
    def dated(self) -> bool:
        return bool(self.start and self.end)


@dataclass(frozen=True, slots=True)
class EntityRow:
    id: str
    type: str
    label: str
    aliases: tuple[str, ...]
    level: str
    roles: tuple[Mapping[str, str], ...]
    evidence: str
    mentions: int


@dataclass(frozen=True, slots=True)
class Subset:
    """The ids a filter state keeps: events in date order (undated last), entities."""

    events: tuple[str, ...]
    entities: tuple[str, ...]


@dataclass
class ExplorerData:
    """The graph plus every index the explorer needs, built once at load."""

    G: nx.MultiDiGraph
    events: dict[str, EventRow]
    entities: dict[str, EntityRow]
    documents: dict[str, dict[str, str]]
    terms: tuple[Term, ...]
    descendants: dict[str, frozenset[str]] = field(default_factory=dict)
    parent: dict[str, str] = field(default_factory=dict)
    entity_events: dict[str, frozenset[str]] = field(default_factory=dict)
    by_type: dict[str, frozenset[str]] = field(default_factory=dict)
    by_admin: dict[str, frozenset[str]] = field(default_factory=dict)
    by_jurisdiction: dict[str, frozenset[str]] = field(default_factory=dict)
    structure: tuple[tuple[str, str, str], ...] = ()
    degree: dict[str, float] = field(default_factory=dict)
    centrality: dict[str, float] = field(default_factory=dict)
    _starts: list[str] = field(default_factory=list)
    _dated: list[str] = field(default_factory=list)
    _search: list[tuple[str, str]] = field(default_factory=list)
    _lanes: dict[str, dict[str, str]] = field(default_factory=dict)

    @classmethod
    def from_graph(
        cls, G: nx.MultiDiGraph, *, terms: tuple[Term, ...] | None = None
    ) -> ExplorerData:
        """Index a graph that follows the graph contract."""
        terms = load_terms() if terms is None else terms
        data = cls(G=G, events={}, entities={}, documents={}, terms=terms)
        for node, attrs in G.nodes(data=True):
            kind = attrs.get("type", "")
            if kind == "event":
                data.events[node] = _event_row(G, node, attrs, terms)
            elif kind == "document":
                data.documents[node] = {
                    k: str(attrs.get(k, "") or "")
                    for k in ("title", "url", "source", "published", "author", "label")
                }
            elif kind:
                data.entities[node] = _entity_row(node, attrs)
        data._index()
        log.info(
            "indexed %d events, %d entities, %d documents",
            len(data.events),
            len(data.entities),
            len(data.documents),
        )
        return data

    def _index(self) -> None:
        dated = sorted((e for e in self.events.values() if e.dated), key=lambda e: (e.start, e.id))
        self._dated = [e.id for e in dated]
        self._starts = [e.start for e in dated]
        self.events = {
            **{e.id: self.events[e.id] for e in dated},
            **{k: v for k, v in self.events.items() if not v.dated},
        }
        ent_ev: dict[str, set[str]] = defaultdict(set)
        types: dict[str, set[str]] = defaultdict(set)
        admins: dict[str, set[str]] = defaultdict(set)
        places: dict[str, set[str]] = defaultdict(set)
        for ev in self.events.values():
            types[ev.event_type].add(ev.id)
            for name in ev.administrations:
                admins[name].add(ev.id)
            for entity, _role in ev.participants:
                ent_ev[entity].add(ev.id)
                if self.entities.get(entity) and self.entities[entity].type == "jurisdiction":
                    places[entity].add(ev.id)
            if ev.place:
                places[ev.place].add(ev.id)
        self.entity_events = {k: frozenset(v) for k, v in ent_ev.items()}
        self.by_type = {k: frozenset(v) for k, v in types.items()}
        self.by_admin = {k: frozenset(v) for k, v in admins.items()}
        self.by_jurisdiction = {k: frozenset(v) for k, v in places.items()}
        self._index_structure()
        self._search = [
            (e.id, "\n".join((e.label, *e.aliases)).casefold()) for e in self.entities.values()
        ]
        self._index_centrality()

    def _index_structure(self) -> None:
        children: dict[str, set[str]] = defaultdict(set)
        structure = set()
        for src, dst, attrs in self.G.edges(data=True):
            relation = attrs.get("relation", "")
            if relation in STRUCTURAL and src in self.entities and dst in self.entities:
                structure.add((src, dst, relation))
                if relation == "within":
                    children[dst].add(src)
                    self.parent.setdefault(src, dst)
        self.structure = tuple(sorted(structure))
        for node, row in self.entities.items():
            if row.type == "jurisdiction":
                self.descendants[node] = frozenset(_reachable(node, children))

    def _index_centrality(self) -> None:
        P = self.projection(self.events)
        self.degree = {n: float(P.degree(n)) for n in P}
        self.centrality = _pagerank(P)

    def projection(
        self, event_ids: Iterable[str], entity_ids: Iterable[str] | None = None
    ) -> nx.Graph:
        """Entity-entity graph; edge weight = number of the given events both take part in.

        Only the events of the kept entities are visited: drawing 300 entities
        of a 40,000-event view must not walk every event (issue 6).
        """
        keep = set(self.entities if entity_ids is None else entity_ids)
        wanted = event_ids if isinstance(event_ids, set | frozenset) else set(event_ids)
        visit = {e for n in keep for e in self.entity_events.get(n, ()) if e in wanted}
        weights: Counter[tuple[str, str]] = Counter()
        for event_id in visit:
            members = sorted({e for e, _ in self.events[event_id].participants if e in keep})
            for i, a in enumerate(members):
                for b in members[i + 1 :]:
                    weights[(a, b)] += 1
        P = nx.Graph()
        P.add_nodes_from(keep)
        P.add_weighted_edges_from((a, b, w) for (a, b), w in weights.items())
        return P

    def matching_entities(self, text: str) -> frozenset[str]:
        """Entities whose name or an alias has a word starting with ``text`` (case-insensitive)."""
        if not text.strip():
            return frozenset()
        pattern = re.compile(r"(?<!\w)" + re.escape(text.strip().casefold()))
        return frozenset(node for node, hay in self._search if pattern.search(hay))

    def events_between(self, date_from: str, date_to: str) -> frozenset[str]:
        """Dated events whose inclusive span overlaps [date_from, date_to] (open ends allowed)."""
        stop = bisect.bisect_right(self._starts, date_to + "~") if date_to else len(self._dated)
        return frozenset(
            e for e in self._dated[:stop] if not date_from or self.events[e].end >= date_from
        )

    def date_bounds(self) -> tuple[str, str]:
        """The first start and last end of the dated events ("" when none is dated)."""
        if not self._dated:
            return "", ""
        return self._starts[0], max(self.events[e].end for e in self._dated)

    def lanes(self, group_by: str) -> dict[str, str]:
        """Every event's lane under a grouping, computed once per grouping and kept."""
        if group_by not in self._lanes:
            self._lanes[group_by] = {e: self.lane(e, group_by) for e in self.events}
        return self._lanes[group_by]

    def lane(self, event_id: str, group_by: str) -> str:
        """The timeline lane of an event under a grouping (event_type, agency or jurisdiction)."""
        ev = self.events[event_id]
        if group_by in ("agency", "jurisdiction"):
            ids = [ev.place] if group_by == "jurisdiction" and ev.place else []
            ids += [e for e, _ in ev.participants]
            for entity in ids:
                row = self.entities.get(entity)
                if row and row.type == group_by:
                    return row.label
            return f"(no {group_by})"
        return ev.event_type or "other"

    def jurisdiction_label(self, node: str) -> str:
        """A jurisdiction with its ancestors: "Cook County, Illinois, United States"."""
        names, seen = [], set()
        while node and node not in seen and node in self.entities:
            seen.add(node)
            names.append(self.entities[node].label)
            node = self.parent.get(node, "")
        return ", ".join(names)


def _reachable(node: str, children: Mapping[str, set[str]]) -> set[str]:
    seen, stack = {node}, [node]
    while stack:
        for child in children.get(stack.pop(), ()):
            if child not in seen:
                seen.add(child)
                stack.append(child)
    return seen


def _pagerank(P: nx.Graph, *, damping: float = 0.85, rounds: int = 60) -> dict[str, float]:
    """Weighted PageRank by power iteration over edge arrays.

    networkx's ``pagerank`` needs scipy, which graphx does not ship; a pure
    Python loop took 30 s on a 30,000-event graph, this takes well under one.
    """
    nodes = list(P)
    n = len(nodes)
    if not n:
        return {}
    index = {v: i for i, v in enumerate(nodes)}
    pairs = [(index[a], index[b], float(d.get("weight", 1))) for a, b, d in P.edges(data=True)]
    src = np.array([p[0] for p in pairs] + [p[1] for p in pairs], dtype=np.int64)
    dst = np.array([p[1] for p in pairs] + [p[0] for p in pairs], dtype=np.int64)
    weight = np.array([p[2] for p in pairs] * 2, dtype=float)
    strength = np.bincount(src, weights=weight, minlength=n)
    share = np.divide(weight, strength[src], out=np.zeros_like(weight), where=strength[src] > 0)
    rank = np.full(n, 1.0 / n)
    for _ in range(rounds):
        dangling = rank[strength == 0].sum()
        rank = (1 - damping) / n + damping * (
            dangling / n + np.bincount(dst, weights=rank[src] * share, minlength=n)
        )
    return {v: float(rank[i]) for v, i in index.items()}


def _event_row(
    G: nx.MultiDiGraph, node: str, attrs: Mapping[str, Any], terms: tuple[Term, ...]
) -> EventRow:
    start, end = str(attrs.get("date_start", "") or ""), str(attrs.get("date_end", "") or "")
    mid = _midpoint(start, end)
    if not mid and (start or end):
        log.warning("event %s: unreadable date span %r..%r, listed as undated", node, start, end)
        start = end = ""
    admins = _json_list(attrs.get("administration", ""))
    if not admins and start and end:
        admins = administrations_for(start, end, terms)
    participants = tuple(
        sorted(
            {
                (src, str(d.get("relation", "other")))
                for src, _, d in G.in_edges(node, data=True)
                if G.nodes[src].get("type") not in NON_ENTITY
            }
        )
    )
    sources = _json_list(attrs.get("sources", "")) or sorted(
        dst for _, dst, d in G.out_edges(node, data=True) if d.get("relation") == "reported_in"
    )
    row = EventRow(
        id=node,
        label=str(attrs.get("label") or attrs.get("summary") or node),
        event_type=str(attrs.get("event_type", "") or "other"),
        date=str(attrs.get("date", "")),
        start=start,
        end=end,
        precision=str(attrs.get("date_precision", "") or ""),
        date_text=str(attrs.get("date_text", "") or ""),
        date_reading=str(attrs.get("date_reading", "") or ""),
        uncertain=str(attrs.get("date_uncertain", False)).lower() in ("true", "1"),
        administrations=tuple(str(a) for a in admins),
        place=str(attrs.get("place", "") or ""),
        participants=participants,
        sources=tuple(_doc_node(G, str(s)) for s in sources),
        evidence=tuple(str(s) for s in _json_list(attrs.get("evidence", ""))),
        mid=mid,
        jitter=(zlib.crc32(node.encode("utf-8", "replace")) % 1000) / 1000 * 0.6 - 0.3,
    )
    return replace(row, hover=hover_text(row))


def hover_text(ev: EventRow) -> str:
    """The timeline hover label of an event: Plotly reads a few tags, so the text is escaped.

    Precomputed at load because escaping tens of thousands of labels on every
    filter change was a visible part of the timeline callback (issue 6).

    >>> hover_text(EventRow("v:1", "<b>x</b>", "release", "2019", "2019-01-01", "2019-12-31",
    ...     "year", "", "", False, (), "", (), (), ()))
    '<b>&lt;b&gt;x&lt;/b&gt;</b><br>2019-01-01 to 2019-12-31 (year)<br>release'
    """
    when = ev.start if ev.start == ev.end else f"{ev.start} to {ev.end} ({ev.precision or 'span'})"
    flag = "<br><i>uncertain date</i>" if ev.uncertain else ""
    return (
        f"<b>{html.escape(ev.label[:100])}</b><br>{html.escape(when)}<br>"
        f"{html.escape(ev.event_type)}{flag}"
    )


def _midpoint(start: str, end: str) -> str:
    """The middle day of an inclusive ISO day span ("" when either end is not a date).

    >>> _midpoint("2019-05-01", "2019-05-31"), _midpoint("2019", "2019-12-31")
    ('2019-05-16', '')
    """
    try:
        a, b = date.fromisoformat(start[:10]), date.fromisoformat(end[:10])
    except ValueError:
        return ""
    if len(start) < 10 or len(end) < 10 or b < a:
        return ""
    return (a + (b - a) / 2).isoformat()


def _doc_node(G: nx.MultiDiGraph, doc: str) -> str:
    """A source as a document node id (sources may hold bare document ids)."""
    return doc if doc in G or f"d:{doc}" not in G else f"d:{doc}"


def _entity_row(node: str, attrs: Mapping[str, Any]) -> EntityRow:
    roles = tuple(r for r in _json_list(attrs.get("roles", "")) if isinstance(r, dict))
    try:
        mentions = int(attrs.get("mentions", 0) or 0)
    except (TypeError, ValueError):
        mentions = 0
    return EntityRow(
        id=node,
        type=str(attrs.get("type", "")),
        label=str(attrs.get("label") or node),
        aliases=tuple(str(a) for a in _json_list(attrs.get("aliases", ""))),
        level=str(attrs.get("level", "") or ""),
        roles=roles,
        evidence=str(attrs.get("evidence", "") or ""),
        mentions=mentions,
    )


def filter_events(data: ExplorerData, state: FilterState) -> tuple[str, ...]:
    """The events a state keeps: dated ones by start date, then the undated ones.

    Jurisdictions include everything ``within`` them; administrations match by
    date overlap; an entity-type choice keeps events with a participant of that
    type; text keeps events whose summary or a participant's name or alias
    matches. Date and administration filters leave undated events out.
    """
    keep: set[str] | None = None

    def narrow(ids: Iterable[str]) -> None:
        nonlocal keep
        keep = set(ids) if keep is None else keep & set(ids)

    if state.event_types:
        narrow(e for t in state.event_types for e in data.by_type.get(t, ()))
    if state.administrations:
        narrow(e for a in state.administrations for e in data.by_admin.get(a, ()))
    if state.jurisdictions:
        places = {p for j in state.jurisdictions for p in data.descendants.get(j, {j})}
        narrow(e for p in places for e in data.by_jurisdiction.get(p, ()))
    if state.date_from or state.date_to:
        narrow(data.events_between(state.date_from, state.date_to))
    if state.entity_types:
        types = set(state.entity_types)
        narrow(
            e
            for n, row in data.entities.items()
            if row.type in types
            for e in data.entity_events.get(n, ())
        )
    if state.text:
        needle = state.text.casefold()
        hits = {
            e for n in data.matching_entities(state.text) for e in data.entity_events.get(n, ())
        }
        narrow(hits | {e.id for e in data.events.values() if needle in e.label.casefold()})
    return tuple(e for e in data.events if keep is None or e in keep)


# The timeline and the network callbacks ask for the same selection on every
# filter change; the last few answers are kept (with their data, so an id is
# never reused for another graph).
_RECENT: dict[tuple[int, FilterState], tuple[ExplorerData, Subset]] = {}
_RECENT_SIZE = 16


def select(data: ExplorerData, state: FilterState) -> Subset:
    """The events and entities a state keeps.

    Without event filters every entity (of the chosen types) is kept; with
    them, the participants of the kept events plus the entities whose names
    match the search text.
    """
    hit = _RECENT.get((id(data), state))
    if hit is not None and hit[0] is data:
        return hit[1]
    subset = _select(data, state)
    if len(_RECENT) >= _RECENT_SIZE:
        _RECENT.pop(next(iter(_RECENT)), None)
    _RECENT[(id(data), state)] = (data, subset)
    return subset


def _select(data: ExplorerData, state: FilterState) -> Subset:
    events = filter_events(data, state)
    types = set(state.entity_types)
    if state.restricts_events:
        pool = {n for e in events for n, _ in data.events[e].participants}
        pool |= data.matching_entities(state.text)
    else:
        pool = set(data.entities)
    entities = tuple(
        n for n in data.entities if n in pool and (not types or data.entities[n].type in types)
    )
    return Subset(events=events, entities=entities)


def filter_graph(G: nx.MultiDiGraph | ExplorerData, state: FilterState) -> nx.MultiDiGraph:
    """The subgraph of the filtered view: kept events, kept entities, their documents.

    Edges are those of the full graph between kept nodes, so the result
    follows the same contract and exports like the whole graph.
    """
    data = G if isinstance(G, ExplorerData) else ExplorerData.from_graph(G)
    subset = select(data, state)
    nodes = set(subset.events) | set(subset.entities)
    nodes |= {d for e in subset.events for d in data.events[e].sources if d in data.G}
    H = nx.MultiDiGraph(data.G.subgraph(nodes))
    # GraphML readers leave dict-valued node_default/edge_default graph attributes; they are
    # reader bookkeeping, not data, and the GraphML writer cannot serialise them as scalars.
    H.graph = {k: v for k, v in data.G.graph.items() if not isinstance(v, dict)}
    return H
