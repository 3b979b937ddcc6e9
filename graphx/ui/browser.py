"""Callbacks of the page's own controls: "show more" entities, fit to the selection, sidebar.

Fitting and the sidebar run in the browser (``assets/graphx.js``): nothing
for the server to compute, and no round trip (issue 17).
"""

from __future__ import annotations

from typing import Any

import dash
from dash import ClientsideFunction, Input, Output, State, ctx

from graphx.ui import ids
from graphx.ui.context import get_context

__all__ = ["show_more"]


@dash.callback(
    Output(ids.NETWORK_LIMIT, "data"),
    Input(ids.SHOW_MORE, "n_clicks"),
    Input(ids.RESET, "n_clicks"),
    State(ids.NETWORK_LIMIT, "data"),
    prevent_initial_call=True,
)
def show_more(_clicks: int | None, _reset: int | None, current: Any) -> int:
    """Draw ``shown_nodes`` more entities (up to the cap); "Clear filters" goes back.

    Back is 0, not None: None is the store's value on page load, which redraws nothing.
    """
    context = get_context()
    if ctx.triggered_id == ids.RESET:
        return 0
    first = context.shown_nodes or context.max_nodes
    now = current if isinstance(current, int) and not isinstance(current, bool) else first
    return min(context.max_nodes, max(now, first) + first)


dash.clientside_callback(
    ClientsideFunction(namespace="graphx", function_name="fitSelection"),
    Output(ids.FITTED, "data"),
    Input(ids.SELECTION, "data"),
    prevent_initial_call=True,
)

dash.clientside_callback(
    ClientsideFunction(namespace="graphx", function_name="toggleSidebar"),
    Output(ids.SIDEBAR_TOGGLE, "children"),
    Input(ids.SIDEBAR_TOGGLE, "n_clicks"),
    prevent_initial_call=True,
)
