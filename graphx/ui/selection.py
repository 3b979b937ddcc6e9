"""The selection: what the user clicked last, and what it lights up (details, rings, nodes).

Each selection sends only what changed: it patches the timeline's last trace
and the network stylesheet instead of resending figures (issue 6).
"""

from __future__ import annotations

from typing import Any

import dash
from dash import ALL, Input, Output, Patch, State, ctx, no_update

from graphx.explore import figures
from graphx.explore.data import ExplorerData
from graphx.explore.filters import Subset, select
from graphx.ui import ids
from graphx.ui.context import get_context
from graphx.ui.details import render_details
from graphx.ui.inputs import FILTER_STATES, make_state, selection_of, text_of, texts_of

__all__ = ["highlight", "show_selection", "track_selection"]


def highlight(
    data: ExplorerData, selection: dict[str, str] | None, subset: Subset
) -> tuple[set[str], set[str], set[str]]:
    """What the selection lights up among the subset's events (nothing when none is made)."""
    kind, node = selection_of(selection)
    if not node:
        return set(), set(), set()
    return figures.highlight_for(data, kind, node, set(subset.events))


@dash.callback(
    Output(ids.SELECTION, "data"),
    Input(ids.CYTO, "tapNodeData"),
    Input(ids.TIMELINE, "clickData"),
    Input({"type": ids.EVENT_LINK, "id": ALL}, "n_clicks"),
    Input({"type": ids.ENTITY_LINK, "id": ALL}, "n_clicks"),
    Input(ids.RESET, "n_clicks"),
    Input(ids.CYTO, "tapEdgeData"),
    prevent_initial_call=True,
)
def track_selection(
    node: dict[str, Any] | None,
    click: dict[str, Any] | None,
    _events: list[int | None],
    _entities: list[int | None],
    _reset: int | None = None,
    edge: dict[str, Any] | None = None,
) -> Any:
    """What the user clicked last: an entity (network, details), an edge between two
    entities (network: its shared events), or an event (timeline, lists).

    "Clear filters" clears the selection too (issue 17).
    """
    trigger, prop = ctx.triggered_id, ctx.triggered[0]["prop_id"] if ctx.triggered else ""
    if trigger == ids.RESET:
        return {}  # not None, the store's value on page load, when nothing needs clearing
    if prop.endswith(".tapEdgeData"):
        return _edge_selection(edge)
    if trigger == ids.CYTO and isinstance(node, dict) and isinstance(node.get("id"), str):
        return {"kind": "entity", "id": node["id"]}
    if trigger == ids.TIMELINE and isinstance(click, dict):
        points = click.get("points")
        first = points[0] if isinstance(points, list) and points else None
        event = event_at(first.get("customdata")) if isinstance(first, dict) else ""
        return {"kind": "event", "id": event} if event else no_update
    if isinstance(trigger, dict) and any(t.get("value") for t in ctx.triggered):
        kind = "event" if trigger["type"] == ids.EVENT_LINK else "entity"
        return {"kind": kind, "id": trigger["id"]}
    return no_update


def _edge_selection(edge: Any) -> Any:
    """An edge as a selection of the pair it joins (``"a|b"``): a structural edge ("part of")
    drawn over a shared-events edge takes the click as often as not."""
    if not isinstance(edge, dict):
        return no_update
    ends = [end for end in (edge.get("source"), edge.get("target")) if isinstance(end, str)]
    if len(ends) == 2 and all(end and "|" not in end for end in ends):
        return {"kind": "edge", "id": "|".join(sorted(ends))}
    return no_update


def event_at(position: Any) -> str:
    """The event a timeline point stands for (points carry positions; the browser sends them)."""
    events = get_context().data.cols.ids
    if isinstance(position, int) and not isinstance(position, bool) and 0 <= position < len(events):
        return str(events[position])
    return ""


def _details(data: ExplorerData, kind: str, node: str, subset: Subset) -> dict[str, Any] | None:
    if kind == "entity" and node in data.entities:
        return figures.entity_details(data, node)
    if kind == "edge":
        return figures.edge_details(data, node, subset.events)
    return figures.event_details(data, node) if node in data.events else None


@dash.callback(
    Output(ids.DETAILS, "children"),
    Output(ids.TIMELINE, "figure", allow_duplicate=True),
    Output(ids.CYTO, "stylesheet"),
    Input(ids.SELECTION, "data"),
    State(ids.TL_META, "data"),
    *FILTER_STATES,
    prevent_initial_call=True,
)
def show_selection(
    selection: dict[str, str] | None, meta: dict[str, Any] | None, *filters: Any
) -> tuple[Any, ...]:
    """Details panel, timeline rings and network highlight for the selection (patches only)."""
    if selection is None:
        # Page load: nothing is selected and the page shows no rings already; patching the
        # timeline would redraw all its points. An emptied selection is {} (track_selection).
        return no_update, no_update, no_update
    context, (kind, node) = get_context(), selection_of(selection)
    data = context.data
    subset = select(data, make_state(*filters))
    lit, focus, near = highlight(data, selection, subset)
    details = _details(data, kind, node, subset)
    patch: Any = no_update
    if isinstance(meta, dict) and type(meta.get("n")) is int and meta["n"] > 0:
        patch = Patch()
        trace = figures.selection_trace(
            data,
            lit,
            group_by=text_of(meta.get("group_by"), 40),
            lanes=texts_of(meta.get("lanes")),
            webgl=bool(meta.get("webgl")),
        )
        patch["data"][meta["n"] - 1] = trace
    sheet = figures.network_stylesheet(context.stylesheet, focus=focus, neighbours=near)
    return render_details(details), patch, sheet
