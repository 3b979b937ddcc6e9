"""What the explorer keeps: a frozen filter state, and the subset of events and entities it selects.

``filter_events``/``select`` answer a ``FilterState`` from the indexes that
``ExplorerData`` (``explorer.py``) built at load, as boolean masks over the
events and entities, so a filter change costs the same few vector
operations whether it keeps ten events or forty thousand (issue 6).
``filter_graph`` cuts the graph down to the same subset for export. Nothing
here imports Dash.

>>> FilterState(administrations=["Biden"]).restricts_dates
True
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields

import networkx as nx
import numpy as np
import numpy.typing as npt

from graphx.explore.data import ExplorerData, Mask, fold

__all__ = [
    "FilterState",
    "Subset",
    "event_mask",
    "filter_events",
    "filter_graph",
    "select",
]

log = logging.getLogger(__name__)


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
        """Date and administration filters keep no event the timeline cannot place."""
        return bool(self.date_from or self.date_to or self.administrations)


@dataclass(frozen=True, slots=True)
class Subset:
    """What a filter state keeps: events in date order (undated last), and entities.

    ``event_index``/``entity_index`` are the same as positions into
    ``ExplorerData.events``/``entities``, which is what the figures draw from.
    """

    events: tuple[str, ...]
    entities: tuple[str, ...]
    event_index: npt.NDArray[np.int64] = field(
        default_factory=lambda: np.array([], np.int64), compare=False, repr=False
    )
    entity_index: npt.NDArray[np.int64] = field(
        default_factory=lambda: np.array([], np.int64), compare=False, repr=False
    )


def event_mask(data: ExplorerData, state: FilterState) -> Mask:
    """The events a state keeps, as a mask over ``data.events``.

    Jurisdictions include everything ``within`` them, and events whose
    participants belong there (an office part of a county's government);
    administrations match by date overlap (an event with no date of its own, by
    its first report's date); an entity-type choice keeps events with a participant of that
    type; text keeps events whose summary or a participant's name or alias
    matches. Date and administration filters leave undated events out.
    """
    keep = np.ones(len(data.events), dtype=bool)
    cols = data.cols
    if state.event_types:
        wanted = [i for i, t in enumerate(cols.type_names) if t in state.event_types]
        keep &= np.isin(cols.type_code, wanted)
    if state.administrations:
        keep &= _any_of(len(data.events), (data.admin_events.get(a) for a in state.administrations))
    if state.jurisdictions:
        places = {p for j in state.jurisdictions for p in data.descendants.get(j, {j})}
        keep &= _any_of(len(data.events), (data.place_events.get(p) for p in places))
    if state.date_from or state.date_to:
        keep &= data.dates_mask(state.date_from, state.date_to)
    if state.entity_types:
        wanted = [i for i, t in enumerate(data.entity_type_names) if t in state.entity_types]
        keep &= data.events_of_entities(np.isin(data.entity_type_code, wanted))
    if state.text:
        needle = fold(state.text)
        named = data.events_of_entities(data.entity_mask(data.matching_entities(state.text)))
        keep &= named | np.array([needle in label for label in cols.labels_folded], dtype=bool)
    return keep


def _any_of(size: int, indexes: Iterable[npt.NDArray[np.int64] | None]) -> Mask:
    mask = np.zeros(size, dtype=bool)
    for index in indexes:
        if index is not None:
            mask[index] = True
    return mask


def filter_events(data: ExplorerData, state: FilterState) -> tuple[str, ...]:
    """The ids of the events a state keeps: dated ones by start date, then the undated ones."""
    return tuple(data.cols.ids[event_mask(data, state)].tolist())


def select(data: ExplorerData, state: FilterState) -> Subset:
    """The events and entities a state keeps.

    Without event filters every entity (of the chosen types) is kept; with
    them, the participants of the kept events plus the entities whose names
    match the search text.
    """
    # The timeline and the network callbacks ask for the same selection on every
    # filter change; ``data`` keeps the last few answers (thread-safe, and never
    # shared with another graph).
    return data.remember(("select", state), lambda: _select(data, state))


def _select(data: ExplorerData, state: FilterState) -> Subset:
    events = event_mask(data, state)
    if state.restricts_events:
        people = data.entities_of_events(events) | data.entity_mask(
            data.matching_entities(state.text)
        )
    else:
        people = np.ones(len(data.entities), dtype=bool)
    if state.entity_types:
        wanted = [i for i, t in enumerate(data.entity_type_names) if t in state.entity_types]
        people &= np.isin(data.entity_type_code, wanted)
    event_index, entity_index = np.flatnonzero(events), np.flatnonzero(people)
    return Subset(
        events=tuple(data.cols.ids[event_index].tolist()),
        entities=tuple(data.entity_ids[entity_index].tolist()),
        event_index=event_index,
        entity_index=entity_index,
    )


def filter_graph(G: nx.MultiDiGraph | ExplorerData, state: FilterState) -> nx.MultiDiGraph:
    """The subgraph of the filtered view: kept events, kept entities, their documents.

    Without an event filter every document is kept, with or without events;
    with one, the documents of the kept events.

    Edges are those of the full graph between kept nodes, so the result
    follows the same contract and exports like the whole graph.
    """
    data = G if isinstance(G, ExplorerData) else ExplorerData.from_graph(G)
    subset = select(data, state)
    nodes = set(subset.events) | set(subset.entities)
    if state.restricts_events:
        nodes |= {d for e in subset.events for d in data.events[e].sources if d in data.G}
    else:
        # No event is left out, so no document is: one that reports no event still
        # says who it mentions (the unfiltered export dropped it, issue 12 F5).
        nodes |= set(data.documents)
    # In the full graph's order, not the set's: the same view is the same file on every run
    # (a subgraph view iterates a small node set in its hash order).
    H = nx.MultiDiGraph()
    H.add_nodes_from((n, attrs) for n, attrs in data.G.nodes(data=True) if n in nodes)
    H.add_edges_from(
        (u, v, key, attrs)
        for u, v, key, attrs in data.G.edges(keys=True, data=True)
        if u in nodes and v in nodes
    )
    # GraphML readers leave dict-valued node_default/edge_default graph attributes; they are
    # reader bookkeeping, not data, and the GraphML writer cannot serialise them as scalars.
    H.graph = {k: v for k, v in data.G.graph.items() if not isinstance(v, dict)}
    return H
