"""The explorer's callbacks: inputs -> FilterState -> filters -> figures.

Registered with ``dash.callback`` so this module never imports the app; the
data comes from ``graphx.ui.context.get_context()``. Each interaction sends only what
changed: a selection patches one timeline trace and the network stylesheet
instead of resending figures (issue 6).
"""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import replace
from typing import Any

import dash
from dash import Input, Output, State, ctx, no_update

from graphx.explore import figures
from graphx.explore.data import ExplorerData, Index
from graphx.explore.filters import FilterState, select
from graphx.explore.network import NetworkView
from graphx.ui import ids
from graphx.ui.context import get_context
from graphx.ui.details import render_empty, render_event_list, render_notices
from graphx.ui.downloads import export_href
from graphx.ui.inputs import (
    CONTROLS,
    FILTER_INPUTS,
    controls_of,
    fired_by,
    make_state,
    period_of,
    selection_of,
)
from graphx.ui.query import ViewState, read_query, write_query
from graphx.ui.selection import highlight, show_selection, track_selection
from graphx.ui.sidebar import export_more

__all__ = [
    "MORE_EXPORTS",
    "export_links",
    "export_png",
    "first_view",
    "get_context",
    "make_state",
    "network_limit",
    "show_selection",
    "store_range",
    "sync_url",
    "track_selection",
    "update_network",
    "update_timeline",
]

log = logging.getLogger(__name__)

_TIMELINE_OUTPUTS = (
    (ids.TIMELINE, "figure"),
    (ids.TL_META, "data"),
    (ids.UNDATED, "children"),
    (ids.COUNT_EVENTS, "children"),
    (ids.COUNTS, "children"),
    (ids.EMPTY, "children"),
)
_EXPORT_LINKS = (
    (ids.EXPORT_GRAPHML, "href"),
    (ids.EXPORT_CSV, "href"),
    (ids.EXPORT_MORE, "children"),
)
_NETWORK_OUTPUTS = (
    (ids.CYTO, "elements"),
    (ids.CYTO, "layout"),
    (ids.NETWORK_NOTE, "children"),
    (ids.COUNT_ENTITIES, "children"),
    (ids.SHOW_MORE, "children"),
    (ids.SHOW_MORE, "style"),
)


# kind of the export route, link text, file name (issue 18)
MORE_EXPORTS = (
    ("gexf", "GEXF (Gephi, with time)", "graphx-view.gexf"),
    ("json", "JSON", "graphx-view.json"),
    ("events", "events table with sources", "graphx-events-published.csv"),
    ("network.svg", "network SVG", "graphx-network.svg"),
    ("timeline.svg", "timeline SVG", "graphx-timeline.svg"),
)


def first_view(search: str | None) -> dict[str, dict[str, Any]]:
    """Component properties of the page as first drawn for a query string.

    ``server`` puts them in the layout it sends, so a page load shows both
    views without waiting for a round of callbacks; ``sync_url`` then finds
    the controls already set and changes nothing (issue 6). A link's
    ``entity`` is the first selection, and its unknown names are noticed.
    """
    query = read_query(get_context().data, search)
    controls = controls_of(query.state, query.view)
    props: dict[str, dict[str, Any]] = defaultdict(dict)
    for spec, value in zip(CONTROLS, controls, strict=True):
        props[str(spec.component_id)][spec.component_property] = value
    filters = controls[:7]
    selection = {"kind": "entity", "id": query.entity} if query.entity else None
    timeline = update_timeline(*filters, query.view.group_by, None, selection)
    network = update_network(*filters, query.view.size_by, query.view.layout)
    for (component, prop), value in [
        *zip(_TIMELINE_OUTPUTS, timeline, strict=True),
        *zip(_NETWORK_OUTPUTS, network, strict=True),
        *zip(_EXPORT_LINKS, export_links(search), strict=True),
    ]:
        props[component][prop] = value
    props[ids.NOTICE]["children"] = render_notices(query.notices)
    if selection:
        # Drawn here like the rest: the page's own first round of callbacks leaves a store
        # set in the layout alone.
        details, _patch, sheet = show_selection(selection, None, *filters)
        props[ids.SELECTION]["data"] = selection
        props[ids.DETAILS]["children"] = details
        props[ids.CYTO]["stylesheet"] = sheet
    return dict(props)


@dash.callback(
    [Output(i.component_id, i.component_property) for i in CONTROLS],
    Output(ids.URL, "search"),
    Output(ids.NOTICE, "children"),
    Input(ids.URL, "search"),
    Input(ids.RESET, "n_clicks"),
    Input(ids.TL_RANGE, "data"),
    Input(ids.SELECTION, "data"),
    *CONTROLS,
)
def sync_url(
    search: str | None, _reset: int | None, dragged: Any, selection: Any, *values: Any
) -> list[Any]:
    """Keep the controls, the selected entity and the query string in step (one callback).

    A period dragged on the timeline is the date box's period: it sets the
    dates, so the network, the counts, the URL and the exports follow it as
    they follow a typed period (issue 17). The query names things (see
    ``query``); names a link gives that the graph lacks are shown as notices.
    """
    data, fired = get_context().data, fired_by()
    kind, node = selection_of(selection)
    entity = node if kind == "entity" else ""
    # "Clear filters" also empties the range store and the selection; Dash may report all.
    if ids.RESET in fired:
        view = ViewState(*values[-3:])
        return [*controls_of(FilterState(), view), write_query(data, FilterState(), view), []]
    if fired == {ids.TL_RANGE}:
        # Only the store: on page load Dash reports it with the URL, which then rules.
        dates = period_of(dragged)
        period = [dates[0], dates[1]] if dates else [None, None]
        values = (*values[:5], *period, *values[7:])
        state, view = make_state(*values[:7]), ViewState(*values[7:])
        return [*controls_of(state, view), write_query(data, state, view, entity=entity), []]
    if not fired or ids.URL in fired:
        query = read_query(data, search)
        controls = controls_of(query.state, query.view)
        notices = render_notices(query.notices)
        if controls == list(values):
            # The page was drawn for this query already (first_view), or the controls
            # show it: setting them again would redraw both views (issue 6).
            return [*[no_update] * (len(CONTROLS) + 1), notices]
        return [*controls, no_update, notices]
    wanted = write_query(data, make_state(*values[:7]), ViewState(*values[7:]), entity=entity)
    if wanted == (search or ""):
        return [no_update] * (len(CONTROLS) + 2)
    return [*[no_update] * len(CONTROLS), wanted, []]


@dash.callback(
    *[Output(component, prop) for component, prop in _TIMELINE_OUTPUTS],
    *FILTER_INPUTS,
    Input(ids.GROUP_BY, "value"),
    Input(ids.TL_RANGE, "data"),
    State(ids.SELECTION, "data"),
    State(ids.TL_META, "data"),
    prevent_initial_call=True,  # the page comes with the first view drawn (first_view)
)
def update_timeline(*args: Any) -> tuple[Any, ...]:
    """Filters -> timeline figure, undated/uncertain lists, counts.

    A dragged period arrives as the date box's dates (``sync_url``), so the
    range store's own report changes nothing here.
    """
    data = get_context().data
    state, group_by = make_state(*args[:7]), args[7] or "event_type"
    if fired_by() == {ids.TL_RANGE}:
        return (no_update,) * len(_TIMELINE_OUTPUTS)
    period = [state.date_from, state.date_to] if state.date_from and state.date_to else None
    subset = select(data, state)
    lit = highlight(data, args[9], subset)[0]
    fig = figures.timeline_figure(
        data, subset.event_index, group_by=group_by, highlight=lit, period=period
    )
    index, cols = subset.event_index, data.cols
    undated = index[~cols.dated[index]]
    note = f" (of {len(data.events)}; {len(undated)} undated, {len(data.documents)} documents)"
    empty = _empty(data, state, group_by) if not subset.events and not subset.entities else []
    meta, apart = _timeline_meta(fig, group_by), _apart(data, index)
    return fig, meta, apart, str(len(index)), note, empty


def _empty(data: ExplorerData, state: FilterState, group_by: str) -> list[Any]:
    """The empty state: what matched nothing, and links that clear it."""
    if not state.text:
        return render_empty("", None)
    rest = replace(state, text="")
    return render_empty(state.text, write_query(data, rest, ViewState(group_by=group_by)))


def _apart(data: ExplorerData, index: Index) -> list[Any]:
    """The events among ``index`` with no date to draw them at, listed apart from the chart.

    Uncertain dates are shown one way only: hollow on the chart, with "uncertain
    date" on their card (issue 17: they were also listed here).
    """
    cols = data.cols
    undated = index[~cols.dated[index]]
    return [
        # Those with a first report are drawn there as diamonds: "not on the timeline"
        # was wrong for them (issue 17).
        render_event_list(
            "No date of their own"
            + (" (diamonds, at their first report)" if cols.by_report[undated].all() else ""),
            [(e, data.events[e].headline or data.events[e].label) for e in cols.ids[undated]],
        ),
    ]


def _timeline_meta(fig: Any, group_by: str) -> dict[str, Any]:
    """What a selection needs to patch the drawn timeline (its last trace, lanes, WebGL)."""
    drawn = fig.layout.meta or {}
    return {
        "n": len(fig.data),
        "lanes": list(drawn.get("lanes", [])),
        "group_by": group_by,
        "webgl": bool(drawn.get("webgl")),
        "binned": bool(drawn.get("binned")),
        "period": drawn.get("period"),
    }


@dash.callback(
    Output(ids.TL_RANGE, "data"),
    Input(ids.TIMELINE, "relayoutData"),
    Input(ids.RESET, "n_clicks"),
    State(ids.TL_RANGE, "data"),
    prevent_initial_call=True,
)
def store_range(
    relayout: dict[str, Any] | None, _reset: int | None = None, current: list[str] | None = None
) -> Any:
    """The period the user dragged on the timeline (None after a reset; unchanged: no update).

    "Clear filters" forgets it too, so the same period dragged again is a change.
    """
    if ctx.triggered_id == ids.RESET:
        return None
    if not isinstance(relayout, dict) or not relayout:
        return no_update
    if relayout.get("xaxis.autorange"):  # a double-click
        return None if current else no_update
    both = relayout.get("xaxis.range")
    both = both if isinstance(both, list) and len(both) == 2 else [None, None]
    lo = relayout.get("xaxis.range[0]") or both[0]
    hi = relayout.get("xaxis.range[1]") or both[1]
    # plotly sends dates as text (or epoch numbers); anything else is no range.
    if isinstance(lo, str | int | float) and isinstance(hi, str | int | float) and lo and hi:
        return [str(lo)[:10], str(hi)[:10]]
    return no_update


@dash.callback(
    *[Output(component, prop) for component, prop in _NETWORK_OUTPUTS],
    *FILTER_INPUTS,
    Input(ids.SIZE_BY, "value"),
    Input(ids.LAYOUT, "value"),
    Input(ids.NETWORK_LIMIT, "data"),
    prevent_initial_call=True,  # the page comes with the first view drawn (first_view)
)
def update_network(*args: Any) -> tuple[Any, ...]:
    """Filters (a dragged period is the date box's) -> the most central entities, a note,
    and a "show more" button while some are hidden (issue 17)."""
    context = get_context()
    if fired_by() == {ids.NETWORK_LIMIT} and args[9] is None:
        # The store reports its empty value on page load: first_view drew that already.
        return (no_update,) * len(_NETWORK_OUTPUTS)
    state, size_by, layout = make_state(*args[:7]), args[7], args[8] or "auto"
    limit = network_limit(args[9] if len(args) > 9 else None)
    subset = select(context.data, state)
    events = context.data.event_mask(subset.event_index)
    view = figures.network_elements(
        context.data,
        subset.entity_index,
        events,
        size_by=size_by or "degree",
        max_nodes=limit,
        positions=context.positions,
    )
    note = _network_note(view, bool(subset.entities), context.max_nodes)
    first = view.elements[0]["data"]["id"] if view.elements else ""
    key = f"{view.shown}:{len(view.elements)}:{first}"
    cy_layout = figures.network_layout(layout, view.shown, preset=bool(context.positions), key=key)
    more = min(context.shown_nodes or view.hidden, view.hidden, context.max_nodes - view.shown)
    button = (f"Show {more} more", {} if more > 0 else {"display": "none"})
    return view.elements, cy_layout, note, str(len(subset.entities)), *button


def network_limit(stored: Any) -> int:
    """How many entities the network draws: the stored "show more" count, within the cap."""
    context = get_context()
    wanted = stored if isinstance(stored, int) and not isinstance(stored, bool) else 0
    first = context.shown_nodes or context.max_nodes
    return max(1, min(context.max_nodes, max(wanted, first)))


def _network_note(view: NetworkView, any_entity: bool, max_nodes: int) -> list[str]:
    """What the network shows of the entities and edges the filters keep."""
    note = []
    if not any_entity:
        note.append("No entities match the filters.")
    elif view.hidden:
        note.append(
            f"Showing the {view.shown} most central of {view.shown + view.hidden} "
            f"entities; {view.hidden} hidden (cap {max_nodes})."
        )
    else:
        note.append(f"All {view.shown} entities shown; edges are weighted by shared events.")
    if view.hidden_edges:
        note.append(f" {view.hidden_edges} lighter edges hidden.")
    return note


@dash.callback(
    Output(ids.EXPORT_GRAPHML, "href"),
    Output(ids.EXPORT_CSV, "href"),
    Output(ids.EXPORT_MORE, "children"),
    Input(ids.URL, "search"),
    prevent_initial_call=True,  # the page comes with the links of its query (first_view)
)
def export_links(search: str | None) -> tuple[str, str, list[Any]]:
    """The export links of the view in the URL (the route writes the file; issue 12).

    Besides the GraphML and CSV buttons, small links to the publishable formats of
    issue 18: GEXF with time for Gephi, node-link JSON, the events table with its
    sources, and the two views as SVG.
    """
    data = get_context().data
    query = write_query(data, read_query(data, search).state)
    more = export_more(
        [(label, export_href(kind, query), name) for kind, label, name in MORE_EXPORTS]
    )
    return export_href("graphml", query), export_href("csv", query), more


@dash.callback(
    Output(ids.CYTO, "generateImage"),
    Input(ids.EXPORT_PNG, "n_clicks"),
    prevent_initial_call=True,
)
def export_png(n_clicks: int | None) -> Any:
    """Ask Cytoscape to download the network as PNG (drawn in the browser)."""
    if not n_clicks:
        return no_update
    return {
        "type": "png",
        "action": "download",
        "filename": "graphx-network",
        "options": {"full": True, "bg": "#ffffff", "scale": 2},
    }
