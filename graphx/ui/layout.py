"""The explorer's page: header with counts, filter sidebar, network, details and timeline.

Only builds the component tree, from ``sidebar``, ``cards`` and ``details``;
``build_layout`` can set the first view's properties so a page load shows
it at once. The renderers the callbacks use are re-exported here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from dash import dcc, html

from graphx.explore.data import ExplorerData
from graphx.ui import ids
from graphx.ui.cards import network_card, timeline_card
from graphx.ui.details import render_details, render_event_list, render_notices
from graphx.ui.query import LAYOUTS
from graphx.ui.review import review_panel
from graphx.ui.sidebar import export_more, sidebar

__all__ = [
    "LAYOUTS",
    "build_layout",
    "export_more",
    "render_details",
    "render_event_list",
    "render_notices",
]


def build_layout(
    data: ExplorerData,
    *,
    stylesheet: list[dict[str, Any]],
    initial: Mapping[str, Mapping[str, Any]] | None = None,
) -> html.Div:
    """The whole page: header with counts, filter sidebar, timeline, network and details.

    ``initial`` sets properties by component id (``{"timeline": {"figure": ...}}``),
    so the page can arrive with its first view drawn.
    """
    page = _page(data, stylesheet)
    if initial:
        _set_props(page, initial)
    return page


def _set_props(component: Any, initial: Mapping[str, Mapping[str, Any]]) -> None:
    """Set ``initial`` properties on the components of a tree, by id."""
    if isinstance(getattr(component, "id", None), str) and component.id in initial:
        for prop, value in initial[component.id].items():
            setattr(component, prop, value)
    children = getattr(component, "children", None)
    for child in children if isinstance(children, list | tuple) else [children]:
        if child is not None and hasattr(child, "to_plotly_json"):
            _set_props(child, initial)


def _page(data: ExplorerData, stylesheet: list[dict[str, Any]]) -> html.Div:
    return html.Div(
        [
            dcc.Location(id=ids.URL, refresh=False),
            dcc.Store(id=ids.SELECTION, data=None),
            dcc.Store(id=ids.TL_META, data=None),
            dcc.Store(id=ids.TL_RANGE, data=None),
            dcc.Store(id=ids.NETWORK_LIMIT, data=None),
            dcc.Store(id=ids.FITTED, data=None),
            _header(),
            html.Div(id=ids.NOTICE, role="status", className="gx-notices"),
            html.Div([sidebar(data), _main(data, stylesheet)], className="gx-body"),
            review_panel(),  # None unless python app.py --review (issue 19)
        ],
        className="gx-app",
    )


def _header() -> html.Header:
    """The title and the counts of the view's events and entities."""
    counts: list[Any] = [
        html.Span("0", id=ids.COUNT_EVENTS, className="gx-count"),
        " events · ",
        html.Span("0", id=ids.COUNT_ENTITIES, className="gx-count"),
        " entities",
        html.Span(id=ids.COUNTS, className="gx-count-note"),
    ]
    toggle = html.Button(
        "Hide filters", id=ids.SIDEBAR_TOGGLE, n_clicks=0, className="gx-toggle", type="button"
    )
    return html.Header(
        [toggle, html.H1("graphx explorer"), html.Div(counts, className="gx-counts")],
        className="gx-header",
    )


def _main(data: ExplorerData, stylesheet: list[dict[str, Any]]) -> html.Main:
    details = html.Div(
        [html.H2("Details"), html.Div(render_details(None), id=ids.DETAILS)],
        className="gx-card gx-details",
    )
    # Network and details first: at 1280x800 both are in the first view (issue 17: they
    # were below the fold, under the timeline).
    return html.Main(
        [
            html.Div(id=ids.EMPTY, className="gx-empty-state"),
            html.Div(
                [network_card(stylesheet, data.entity_type_names), details], className="gx-row"
            ),
            timeline_card(),
        ],
        className="gx-main",
    )
