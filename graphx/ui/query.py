"""The view in the URL: readable names in, names out, and a notice for names the graph lacks.

A link is something a reporter reads, edits and sends (issue 17), so the query
names things as the page shows them::

    ?jurisdiction=Illinois&administration=Biden&from=2018-01-01&to=2018-12-31
     &type=legal_action&q=albence&entity=Matthew%20Albence&lanes=agency

Names are matched without regard to case or accents; a name the graph does
not know is left out of the filter and reported (``Query.notices``), never
silently dropped. The id-style links the explorer wrote before (``j=jur_...``,
``a=``, ``vt=``, ``et=``, ``group=``) keep working. Pure functions of the
data, and ``page_query`` (the query of the page asking for its layout): no
Dash here.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from urllib.parse import parse_qs, quote, urlsplit

import flask

from graphx.explore.data import ExplorerData, fold
from graphx.explore.filters import FilterState
from graphx.ui.checks import MAX_CHOICES, MAX_QUERY, MAX_TEXT

__all__ = [
    "GROUPINGS",
    "LAYOUTS",
    "SIZES",
    "Query",
    "ViewState",
    "page_query",
    "read_query",
    "write_query",
]

GROUPINGS = ("event_type", "agency", "jurisdiction")
SIZES = ("degree", "centrality")
LAYOUTS = ("auto", "cose", "concentric", "breadthfirst", "circle", "grid")


@dataclass(frozen=True)
class ViewState:
    """How the data is drawn (not what is kept): lanes, node size, network layout."""

    group_by: str = "event_type"
    size_by: str = "degree"
    layout: str = "auto"


@dataclass(frozen=True)
class Query:
    """What a query string asks for, in the graph's ids, and what it named in vain."""

    state: FilterState = FilterState()
    view: ViewState = ViewState()
    entity: str = ""  # the selected entity's id
    notices: tuple[str, ...] = field(default=())


def _names(data: ExplorerData, kind: str) -> dict[str, list[str]]:
    """Folded label (and, for jurisdictions, the full "Cook County, Illinois") -> ids."""
    # Built once per graph and kind, and kept by the data (not in a module-global table
    # shared by the server's threads): a URL is read or written on every change.
    return data.remember(("names", kind), lambda: _build_names(data, kind), forever=True)


def _build_names(data: ExplorerData, kind: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)
    for node, row in data.entities.items():
        if kind == "entity" or row.type == kind:
            names = {fold(row.label)}
            if kind == "jurisdiction":
                names.add(fold(data.jurisdiction_label(node)))
            for name in names:
                found[name].append(node)
    return dict(found)


def _entity_name(data: ExplorerData, node: str, kind: str) -> str:
    """The name a link uses for an entity: its label, or its full place name when shared."""
    label = data.entities[node].label
    if len(_names(data, kind).get(fold(label), [])) <= 1:
        return label
    return data.jurisdiction_label(node) if kind == "jurisdiction" else node


def write_query(
    data: ExplorerData, state: FilterState, view: ViewState = ViewState(), *, entity: str = ""
) -> str:
    """The query string of a view, with names for ids; default values are left out.

    >>> from graphx.explore.data import ExplorerData
    >>> import networkx as nx
    >>> write_query(ExplorerData.from_graph(nx.MultiDiGraph()), FilterState(text="ice"))
    '?q=ice'
    """
    pairs: list[tuple[str, str]] = []
    for node in state.jurisdictions:
        name = _entity_name(data, node, "jurisdiction") if node in data.entities else node
        pairs.append(("jurisdiction", name))
    pairs += [("administration", a) for a in state.administrations]
    pairs += [("entity_type", t) for t in state.entity_types]
    pairs += [("type", t) for t in state.event_types]
    for key, value in (("from", state.date_from), ("to", state.date_to), ("q", state.text)):
        if value:
            pairs.append((key, value))
    if entity in data.entities:
        pairs.append(("entity", _entity_name(data, entity, "entity")))
    for key, value, default in (
        ("lanes", view.group_by, "event_type"),
        ("size", view.size_by, "degree"),
        ("layout", view.layout, "auto"),
    ):
        if value != default:
            pairs.append((key, value))
    # Spaces as %20 and brackets kept, as a reader types them ("Trump (1st term)").
    return "?" + "&".join(f"{k}={quote(v, safe='()')}" for k, v in pairs) if pairs else ""


def read_query(data: ExplorerData, search: str | None) -> Query:
    """Read a query string: names (any case or accents) or the ids of old links.

    >>> import networkx as nx
    >>> q = read_query(ExplorerData.from_graph(nx.MultiDiGraph()), "?jurisdiction=Atlantis")
    >>> q.state.jurisdictions, q.notices
    ((), ('No jurisdiction called “Atlantis” in this graph: that filter is not applied.',))
    """
    # The query comes from the browser: bounded like every callback input (issue 12).
    raw = _Raw(parse_qs((search or "")[:MAX_QUERY].lstrip("?"), keep_blank_values=False))
    notices: list[str] = []
    state = _read_state(data, raw, notices)
    entity = _lookup(raw.many("entity")[:1], _by_name(data, "entity"), "entity", notices)
    view = _read_view(raw, notices)
    return Query(state, view, entity[0] if entity else "", tuple(notices))


@dataclass(frozen=True)
class _Raw:
    """A parsed query string: values bounded in length and number."""

    values: dict[str, list[str]]

    def many(self, *keys: str) -> list[str]:
        return [v[:MAX_TEXT] for k in keys for v in self.values.get(k, [])][:MAX_CHOICES]

    def one(self, *keys: str) -> str:
        return (self.many(*keys) or [""])[0]


def _read_state(data: ExplorerData, raw: _Raw, notices: list[str]) -> FilterState:
    """The filters a query names, in ids; a notice for each name the graph lacks."""
    jurisdictions = _lookup(
        raw.many("jurisdiction", "j"), _by_name(data, "jurisdiction"), "jurisdiction", notices
    )
    administrations = _lookup(
        raw.many("administration", "a"), _administration(data), "administration", notices
    )
    event_types = _lookup(raw.many("type", "vt"), _event_type(data), "event type", notices)
    entity_types = _lookup(
        raw.many("entity_type", "et"), _among(data.entity_type_names), "entity type", notices
    )
    return FilterState(
        jurisdictions=jurisdictions,
        administrations=administrations,
        entity_types=entity_types,
        event_types=event_types,
        date_from=raw.one("from")[:10],
        date_to=raw.one("to")[:10],
        text=raw.one("q"),
    )


def _read_view(raw: _Raw, notices: list[str]) -> ViewState:
    """How a query asks to draw the data (unknown values: the defaults)."""
    lanes = raw.one("lanes", "group")
    if lanes and lanes not in GROUPINGS:
        notices.append(f"No lanes by “{lanes}”: lanes are by event type.")
    return ViewState(
        group_by=lanes if lanes in GROUPINGS else "event_type",
        size_by=raw.one("size") if raw.one("size") in SIZES else "degree",
        layout=raw.one("layout") if raw.one("layout") in LAYOUTS else "auto",
    )


def page_query() -> str:
    """The query string of the page asking for the layout ("" outside a request).

    Dash asks for the layout with a fetch from the page, so its Referer is the
    page's URL with the view's query.
    """
    if not flask.has_request_context():
        return ""
    return urlsplit(flask.request.referrer or "").query


Finder = Callable[[str], list[str]]


def _lookup(names: Iterable[str], find: Finder, what: str, notices: list[str]) -> list[str]:
    """The ids of the names, with a notice for each name nothing answers to."""
    found: list[str] = []
    for name in names:
        hits = find(name)
        if not hits:
            notices.append(
                f"No {what} called “{name}” in this graph: that filter is not applied."
                if what != "entity"
                else f"No entity called “{name}” in this graph: nothing is selected."
            )
        found += [h for h in hits if h not in found]
    return found


def _by_name(data: ExplorerData, kind: str) -> Finder:
    names = _names(data, kind)

    def find(name: str) -> list[str]:
        if name in data.entities and (kind == "entity" or data.entities[name].type == kind):
            return [name]  # an id, as old links carry them
        hits = names.get(fold(name), [])
        # One entity per name: the one in most events (its label is shared, its link is not).
        if kind == "entity" and len(hits) > 1:
            hits = [max(hits, key=lambda n: (len(data.entity_events.get(n, ())), n))]
        return hits

    return find


def _among(known: Iterable[str]) -> Finder:
    """Match against a fixed set of names, as typed or with spaces for underscores."""
    table = {fold(k): k for k in known} | {fold(k.replace("_", " ")): k for k in known}

    def find(name: str) -> list[str]:
        hit = table.get(fold(name))
        return [hit] if hit else []

    return find


def _event_type(data: ExplorerData) -> Finder:
    return _among(data.by_type)


def _administration(data: ExplorerData) -> Finder:
    """A term's name ("Trump (1st term)") or its president's name ("Biden", "Joe Biden")."""
    names = _among(t.name for t in data.terms)

    def find(name: str) -> list[str]:
        hits = names(name)
        if hits:
            return hits
        wanted = fold(name)
        return [
            t.name
            for t in data.terms
            if wanted and (wanted == fold(t.president) or fold(t.president).endswith(" " + wanted))
        ]

    return find
