"""The explorer's view of a graph: rows for events and entities, and every index built once.

``ExplorerData.from_graph`` reads the graph once at load and precomputes
what a filter change needs (issue 6): events and entities as rows, the
jurisdiction hierarchy (a state includes its counties and cities), events
per type, administration and jurisdiction, degree and centrality, a search
index, and numpy columns (``columns.EventColumns``, the participation pairs)
so a filter change on 40,000 events is a few vector operations. It also
keeps the answers callbacks share (``remember``). Nothing here imports Dash.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict, defaultdict
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from typing import Any, TypeVar

import networkx as nx
import numpy as np
import numpy.typing as npt

from graphx.administrations import Term, load_terms
from graphx.explore.columns import EventColumns, Index, Mask, fold, iso_day, noon_ms, starts_a_word
from graphx.explore.ranking import pagerank, reachable
from graphx.explore.rows import EntityRow, EventRow, entity_row, event_row

__all__ = [
    "EntityRow",
    "EventColumns",
    "EventRow",
    "ExplorerData",
    "Index",
    "Mask",
    "fold",
    "iso_day",
    "noon_ms",
]

log = logging.getLogger(__name__)

STRUCTURAL = ("within", "part_of", "affiliated_with")
GROUPINGS = ("event_type", "agency", "jurisdiction")  # the timeline's lanes
RECENT_ANSWERS = 16  # how many answers ``remember`` keeps

T = TypeVar("T")


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
    # The jurisdictions an entity belongs to, itself included: up its within, part_of and
    # affiliated_with edges (Sheriff's Office -> Cook County -> Illinois -> United States).
    homes: dict[str, frozenset[str]] = field(default_factory=dict)
    entity_events: dict[str, frozenset[str]] = field(default_factory=dict)
    by_type: dict[str, frozenset[str]] = field(default_factory=dict)
    structure: tuple[tuple[str, str, str], ...] = ()
    degree: dict[str, float] = field(default_factory=dict)
    centrality: dict[str, float] = field(default_factory=dict)
    columns: EventColumns | None = None
    event_position: dict[str, int] = field(default_factory=dict)
    entity_ids: npt.NDArray[np.object_] = field(default_factory=lambda: np.array([], object))
    entity_position: dict[str, int] = field(default_factory=dict)
    entity_type_code: npt.NDArray[np.int32] = field(default_factory=lambda: np.array([], np.int32))
    entity_type_names: tuple[str, ...] = ()
    # Who takes part in what, one pair per (event, entity), sorted by event position.
    pair_event: Index = field(default_factory=lambda: np.array([], np.int64))
    pair_entity: Index = field(default_factory=lambda: np.array([], np.int64))
    admin_events: dict[str, Index] = field(default_factory=dict)
    place_events: dict[str, Index] = field(default_factory=dict)
    _search: list[tuple[str, str]] = field(default_factory=list)
    _lane_codes: dict[str, tuple[npt.NDArray[np.int32], tuple[str, ...]]] = field(
        default_factory=dict
    )
    _ranking: dict[str, Index] = field(default_factory=dict)
    # Answers to ``remember``: the server answers callbacks on several threads, so
    # the caches belong to the data and are guarded by a lock (issue 14).
    _recent: OrderedDict[Hashable, Any] = field(
        default_factory=OrderedDict, repr=False, compare=False
    )
    _kept: dict[Hashable, Any] = field(default_factory=dict, repr=False, compare=False)
    _recent_lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

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
                data.events[node] = event_row(G, node, attrs, terms)
            elif kind == "document":
                data.documents[node] = {
                    k: str(attrs.get(k, "") or "")
                    for k in ("title", "url", "source", "published", "author", "label")
                }
            elif kind:
                data.entities[node] = entity_row(node, attrs)
        data._index()
        counts = len(data.events), len(data.entities), len(data.documents)
        log.info("indexed %d events, %d entities, %d documents", *counts)
        return data

    @property
    def cols(self) -> EventColumns:
        """The event columns (raises ValueError before ``from_graph`` has indexed them)."""
        if self.columns is None:
            raise ValueError("ExplorerData was not indexed; build it with from_graph")
        return self.columns

    def _index(self) -> None:
        dated = sorted((e for e in self.events.values() if e.dated), key=lambda e: (e.start, e.id))
        self.events = {
            **{e.id: self.events[e.id] for e in dated},
            **{k: v for k, v in self.events.items() if not v.dated},
        }
        self.columns = EventColumns.of(self.events.values())
        self.event_position = {e: i for i, e in enumerate(self.events)}
        self.entity_ids = np.array(list(self.entities), dtype=object)
        self.entity_position = {n: i for i, n in enumerate(self.entities)}
        self.entity_type_names = tuple(sorted({r.type for r in self.entities.values()}))
        codes = {t: i for i, t in enumerate(self.entity_type_names)}
        self.entity_type_code = np.array(
            [codes[r.type] for r in self.entities.values()], dtype=np.int32
        )
        self._index_structure()
        self._index_events()
        self._search = [
            (e.id, fold("\n".join((e.label, *e.aliases)))) for e in self.entities.values()
        ]
        self._index_centrality()
        # Computed here, not on the first change of grouping or node size, so no
        # filter change pays for them (issue 6).
        for group_by in GROUPINGS:
            self.lane_codes(group_by)
        for size_by in ("degree", "centrality"):
            self.ranking(size_by)

    def _index_events(self) -> None:
        ent_ev: dict[str, set[str]] = defaultdict(set)
        types: dict[str, set[str]] = defaultdict(set)
        admins: dict[str, set[str]] = defaultdict(set)
        places: dict[str, set[str]] = defaultdict(set)
        pair_event: list[int] = []
        pair_entity: list[int] = []
        for i, ev in enumerate(self.events.values()):
            types[ev.event_type].add(ev.id)
            for name in ev.administrations:
                admins[name].add(ev.id)
            members = {e for e, _role in ev.participants if e in self.entity_position}
            for entity in sorted(members, key=self.entity_position.__getitem__):
                ent_ev[entity].add(ev.id)
                pair_event.append(i)
                pair_entity.append(self.entity_position[entity])
                # A participant's places count: the Cook County Sheriff's Office puts its
                # events in Cook County, so in Illinois (issue 17).
                for place in self.homes.get(entity, ()):
                    places[place].add(ev.id)
            if ev.place:
                places[ev.place].add(ev.id)
        self.entity_events = {k: frozenset(v) for k, v in ent_ev.items()}
        self.by_type = {k: frozenset(v) for k, v in types.items()}
        self.pair_event = np.array(pair_event, dtype=np.int64)
        self.pair_entity = np.array(pair_entity, dtype=np.int64)
        self.admin_events = {k: self.event_index(v) for k, v in admins.items()}
        self.place_events = {k: self.event_index(v) for k, v in places.items()}

    def _index_structure(self) -> None:
        children: dict[str, set[str]] = defaultdict(set)
        up: dict[str, set[str]] = defaultdict(set)
        structure = set()
        for src, dst, attrs in self.G.edges(data=True):
            relation = attrs.get("relation", "")
            if relation in STRUCTURAL and src in self.entities and dst in self.entities:
                structure.add((src, dst, relation))
                up[src].add(dst)
                if relation == "within":
                    children[dst].add(src)
                    self.parent.setdefault(src, dst)
        self.structure = tuple(sorted(structure))
        for node, row in self.entities.items():
            if row.type == "jurisdiction":
                self.descendants[node] = frozenset(reachable(node, children))
            homes = {n for n in reachable(node, up) if self.entities[n].type == "jurisdiction"}
            if homes:
                self.homes[node] = frozenset(homes)

    def _index_centrality(self) -> None:
        every = np.arange(len(self.entities), dtype=np.int64)
        a, b, weight = self.co_occurrence(np.ones(len(self.events), dtype=bool), every)
        degree = np.bincount(np.concatenate([a, b]), minlength=len(every))
        self.degree = {n: float(degree[i]) for i, n in enumerate(self.entities)}
        rank = pagerank(len(every), a, b, weight.astype(float))
        self.centrality = {n: float(rank[i]) for i, n in enumerate(self.entities)}

    def remember(self, key: Hashable, compute: Callable[[], T], *, forever: bool = False) -> T:
        """``compute()``, or its answer for ``key`` when it is among the last few asked.

        The oldest answer is dropped first; ``forever`` answers (tables built once
        per graph) are never dropped. ``compute`` runs outside the lock, so two threads
        asking for the same new key may both compute it; both get equal answers.
        """
        with self._recent_lock:
            if key in self._kept or key in self._recent:
                hit: T = self._kept[key] if key in self._kept else self._recent[key]
                return hit
        answer = compute()
        with self._recent_lock:
            if forever:
                self._kept[key] = answer
                return answer
            if key not in self._recent and len(self._recent) >= RECENT_ANSWERS:
                self._recent.popitem(last=False)
            self._recent[key] = answer
        return answer

    # -- ids <-> positions ------------------------------------------------------------

    def event_index(self, event_ids: Iterable[str] | npt.NDArray[Any]) -> Index:
        """Positions of events (ids, or positions already); unknown ids are left out."""
        if isinstance(event_ids, np.ndarray) and event_ids.dtype.kind in "iu":
            return event_ids.astype(np.int64, copy=False)
        where = self.event_position
        return np.array(sorted(where[e] for e in event_ids if e in where), dtype=np.int64)

    def event_mask(self, event_ids: Iterable[str] | npt.NDArray[Any]) -> Mask:
        """A mask over the events (from ids, positions, or a mask already)."""
        if isinstance(event_ids, np.ndarray) and event_ids.dtype == bool:
            return event_ids
        mask = np.zeros(len(self.events), dtype=bool)
        mask[self.event_index(event_ids)] = True
        return mask

    def entity_mask(self, entity_ids: Iterable[str] | npt.NDArray[Any]) -> Mask:
        mask = np.zeros(len(self.entities), dtype=bool)
        if isinstance(entity_ids, np.ndarray) and entity_ids.dtype.kind in "iu":
            mask[entity_ids] = True
        else:
            where = self.entity_position
            mask[[where[n] for n in entity_ids if n in where]] = True
        return mask

    def events_of_entities(self, entities: Mask) -> Mask:
        """Events with at least one participant among ``entities``."""
        mask = np.zeros(len(self.events), dtype=bool)
        mask[self.pair_event[entities[self.pair_entity]]] = True
        return mask

    def entities_of_events(self, events: Mask) -> Mask:
        """Entities taking part in at least one of ``events``."""
        mask = np.zeros(len(self.entities), dtype=bool)
        mask[self.pair_entity[events[self.pair_event]]] = True
        return mask

    # -- questions the filters and figures ask ----------------------------------------

    def co_occurrence(self, events: Mask, kept: Index) -> tuple[Index, Index, Index]:
        """Entity pairs among ``kept`` sharing events in ``events``, with how many they share.

        Returns entity positions ``(a, b, weight)``, ``a``'s id sorting before
        ``b``'s, heaviest pairs first, ties in id order. Vectorised over the
        participation pairs, so a 300-entity view of 40,000 events costs
        milliseconds (it was a quarter of a second as a Python loop, issue 6).
        """
        rank = np.full(len(self.entities), -1, dtype=np.int64)
        rank[kept] = np.arange(len(kept))
        take = events[self.pair_event] & (rank[self.pair_entity] >= 0)
        ev, en = self.pair_event[take], rank[self.pair_entity[take]]
        firsts, seconds = [], []
        for gap in range(1, len(ev)):
            same = ev[:-gap] == ev[gap:]
            if not same.any():
                break
            firsts.append(en[:-gap][same])
            seconds.append(en[gap:][same])
        if not firsts:
            none = np.array([], np.int64)
            return none, none, none
        x, y = np.concatenate(firsts), np.concatenate(seconds)
        by_id = self._id_rank()[kept]
        lo = np.where(by_id[x] < by_id[y], x, y)
        hi = np.where(by_id[x] < by_id[y], y, x)
        pairs, weight = np.unique(lo * len(kept) + hi, return_counts=True)
        a, b = kept[pairs // len(kept)], kept[pairs % len(kept)]
        order = np.lexsort((self._id_rank()[b], self._id_rank()[a], -weight))
        return a[order], b[order], weight[order].astype(np.int64)

    def _id_rank(self) -> Index:
        if "id" not in self._ranking:
            order = np.argsort(self.entity_ids.astype(str), kind="stable")
            rank = np.empty(len(order), dtype=np.int64)
            rank[order] = np.arange(len(order))
            self._ranking["id"] = rank
        return self._ranking["id"]

    def ranking(self, size_by: str) -> Index:
        """Entity positions, most central first (ties by label, then id), per metric, kept."""
        size_by = "centrality" if size_by == "centrality" else "degree"
        if size_by not in self._ranking:
            metric = self.centrality if size_by == "centrality" else self.degree
            order = sorted(
                self.entity_position,
                key=lambda n: (-metric.get(n, 0.0), self.entities[n].label, n),
            )
            self._ranking[size_by] = np.array(
                [self.entity_position[n] for n in order], dtype=np.int64
            )
        return self._ranking[size_by]

    def matching_entities(self, text: str) -> frozenset[str]:
        """Entities whose name or an alias has a word starting with ``text``.

        Case and accents do not count: "nunez" finds "Núñez" (issue 17).
        """
        needle = fold(text.strip())
        if not needle:
            return frozenset()
        # Plain search, not a regex of the user's text: every distinct text compiled
        # stayed in re's cache (512 patterns; 12 MB for one 900 KB search; issue 12).
        return frozenset(node for node, hay in self._search if starts_a_word(needle, hay))

    def dates_mask(self, date_from: str, date_to: str) -> Mask:
        """Drawn events whose inclusive span overlaps [date_from, date_to] (open ends allowed).

        An event with no date of its own counts at its report's date, where the
        timeline draws it (issue 15).
        """
        cols = self.cols
        mask = cols.placed.copy()
        if date_from:
            mask &= cols.end >= date_from
        if date_to:
            mask &= cols.start <= date_to
        return mask

    def date_bounds(self) -> tuple[str, str]:
        """The first start and last end of the drawn events ("" when none is drawn)."""
        cols = self.cols
        if not cols.placed.any():
            return "", ""
        return iso_day(np.nanmin(cols.start_ms)), iso_day(np.nanmax(cols.end_ms))

    def lane_codes(self, group_by: str) -> tuple[npt.NDArray[np.int32], tuple[str, ...]]:
        """Every event's lane as a code into a tuple of lane names (kept per grouping)."""
        # The grouping comes from the browser: unknown names share one entry, not one each.
        group_by = group_by if group_by in GROUPINGS else "event_type"
        if group_by not in self._lane_codes:
            lanes = [self.lane(e, group_by) for e in self.events]
            names = tuple(sorted(set(lanes)))
            code = {name: i for i, name in enumerate(names)}
            codes = np.array([code[lane] for lane in lanes], dtype=np.int32)
            self._lane_codes[group_by] = (codes, names)
        return self._lane_codes[group_by]

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
