"""The timeline and network cards: each view with its controls (and the network's legend).

Only builds components; the callbacks fill in figures and elements.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import dash_cytoscape as cyto
from dash import dcc, html

from graphx.explore.figures import network_legend
from graphx.ui import ids
from graphx.ui.query import LAYOUTS

__all__ = ["GROUPINGS", "network_card", "timeline_card"]

GROUPINGS = (("event_type", "Event type"), ("agency", "Agency"), ("jurisdiction", "Jurisdiction"))


def timeline_card() -> html.Div:
    """The timeline card: lanes control, hint, chart, and the events listed apart."""
    controls = html.Div(
        [
            html.Span("Lanes by", className="gx-inline-label"),
            dcc.RadioItems(
                id=ids.GROUP_BY,
                options=[{"label": b, "value": a} for a, b in GROUPINGS],
                value="event_type",
                inline=True,
                className="gx-radios",
            ),
        ],
        className="gx-card-controls",
    )
    return html.Div(
        [
            html.Div([html.H2("Timeline"), controls], className="gx-card-head"),
            html.Div(
                "Drag across the chart to filter everything to that period (as the date "
                "range does); double-click to drop it.",
                className="gx-hint",
            ),
            dcc.Loading(
                dcc.Graph(
                    id=ids.TIMELINE,
                    config={
                        "displaylogo": False,
                        "toImageButtonOptions": {"filename": "graphx-timeline"},
                        "modeBarButtonsToRemove": ["lasso2d", "select2d"],
                    },
                ),
                delay_show=250,
            ),
            html.Div(id=ids.UNDATED, className="gx-apart"),
        ],
        className="gx-card gx-timeline",
    )


# Cytoscape's node shapes as CSS, for the legend's swatches.
_SHAPES = {
    "ellipse": {"borderRadius": "50%"},
    "round-rectangle": {"borderRadius": "3px"},
    "diamond": {"clipPath": "polygon(50% 0, 100% 50%, 50% 100%, 0 50%)"},
    "hexagon": {"clipPath": "polygon(25% 0, 75% 0, 100% 50%, 75% 100%, 25% 100%, 0 50%)"},
    "star": {
        "clipPath": "polygon(50% 0, 61% 35%, 98% 35%, 68% 57%, 79% 91%, 50% 70%, 21% 91%, "
        "32% 57%, 2% 35%, 39% 35%)"
    },
    "triangle": {"clipPath": "polygon(50% 0, 100% 100%, 0 100%)"},
    "vee": {"clipPath": "polygon(0 0, 50% 40%, 100% 0, 50% 100%)"},
}


def _legend(entries: list[dict[str, str]]) -> html.Div:
    """What the network's colours, shapes and edge styles mean (issue 17)."""
    nodes = [
        html.Span(
            [
                html.Span(
                    className="gx-swatch",
                    style={"background": e["color"], **_SHAPES.get(e["shape"], {})},
                ),
                e["label"],
            ],
            className="gx-legend-item",
        )
        for e in entries
    ]
    edges = [
        html.Span(
            [html.Span(className="gx-edge gx-edge-shared"), "shared events (thicker: more)"],
            className="gx-legend-item",
        ),
        html.Span(
            [html.Span(className="gx-edge gx-edge-structural"), "part of, within, affiliated with"],
            className="gx-legend-item",
        ),
    ]
    return html.Div([*nodes, *edges], id=ids.LEGEND, className="gx-legend")


def network_card(stylesheet: list[dict[str, Any]], types: Sequence[str]) -> html.Div:
    """The network card: size and layout controls, the note, the legend and Cytoscape."""
    return html.Div(
        [
            html.Div([html.H2("Network"), _network_controls()], className="gx-card-head"),
            html.Div(
                [
                    html.Span(id=ids.NETWORK_NOTE),
                    html.Button(
                        "Show more",
                        id=ids.SHOW_MORE,
                        n_clicks=0,
                        type="button",
                        className="gx-button gx-show-more",
                        style={"display": "none"},
                    ),
                ],
                className="gx-hint gx-network-note",
            ),
            _legend(network_legend(stylesheet, types)),
            dcc.Loading(
                cyto.Cytoscape(
                    id=ids.CYTO,
                    elements=[],
                    stylesheet=stylesheet,
                    layout={"name": "concentric"},
                    minZoom=0.05,
                    maxZoom=4,
                    # The view's height less the header, the card's head, note and legend.
                    style={"width": "100%", "height": "max(300px, calc(100vh - 250px))"},
                    boxSelectionEnabled=False,
                ),
                delay_show=250,
            ),
        ],
        className="gx-card gx-network",
    )


def _network_controls() -> html.Div:
    return html.Div(
        [
            html.Span("Size by", className="gx-inline-label"),
            dcc.RadioItems(
                id=ids.SIZE_BY,
                options=[
                    {"label": "Degree", "value": "degree"},
                    {"label": "Centrality", "value": "centrality"},
                ],
                value="degree",
                inline=True,
                className="gx-radios",
            ),
            dcc.Dropdown(
                id=ids.LAYOUT,
                options=[{"label": n, "value": n} for n in LAYOUTS],
                value="auto",
                clearable=False,
                searchable=False,
                className="gx-layout",
            ),
        ],
        className="gx-card-controls",
    )
