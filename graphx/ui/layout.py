"""The explorer's component tree, and the details panel rendered from plain data.

Only builds components: options come from the precomputed ``ExplorerData``.
Article text is always passed to components as children strings (React
escapes it); links are ``html.A`` only for http(s) URLs (issue 7).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import dash_cytoscape as cyto
from dash import dcc, html

from graphx.explore.data import ExplorerData
from graphx.explore.figures import network_legend
from graphx.ui import ids
from graphx.ui.checks import MAX_TEXT
from graphx.ui.query import LAYOUTS

__all__ = [
    "LAYOUTS",
    "build_layout",
    "export_more",
    "render_details",
    "render_event_list",
    "render_notices",
]

# What a participant did, in words a reader uses (issue 17: "agency, patient" was jargon).
ROLE_WORDS = {"agent": "did it", "patient": "it was done to", "other": "also named"}

GROUPINGS = (("event_type", "Event type"), ("agency", "Agency"), ("jurisdiction", "Jurisdiction"))


def _section(title: str, *children: Any) -> html.Div:
    return html.Div([html.Div(title, className="gx-label"), *children], className="gx-section")


def _jurisdiction_options(data: ExplorerData) -> list[dict[str, str]]:
    rows = [r for r in data.entities.values() if r.type == "jurisdiction"]
    options = [{"label": data.jurisdiction_label(r.id), "value": r.id} for r in rows]
    return sorted(options, key=lambda o: o["label"].split(", ")[::-1])


def _filters(data: ExplorerData) -> html.Div:
    entity_types = sorted({r.type for r in data.entities.values()})
    present = {a for ev in data.events.values() for a in ev.administrations}
    admins = [t.name for t in data.terms if t.name in present]
    lo, hi = data.date_bounds()
    return html.Div(
        [
            _section(
                "Search names and aliases (any case or accents)",
                dcc.Input(
                    id=ids.SEARCH,
                    type="search",
                    # Live, once typing pauses (issue 17: it searched only on Enter).
                    debounce=0.4,
                    placeholder="e.g. ICE",
                    className="gx-input",
                    maxLength=MAX_TEXT,
                    value="",
                ),
            ),
            _section(
                "Jurisdiction",
                dcc.Dropdown(
                    id=ids.JURISDICTION,
                    options=_jurisdiction_options(data),
                    multi=True,
                    placeholder="Any",
                    value=[],
                ),
                html.Div("A state includes its counties and cities.", className="gx-hint"),
            ),
            _section(
                "Administration",
                dcc.Dropdown(
                    id=ids.ADMINISTRATION,
                    options=[{"label": a, "value": a} for a in admins],
                    multi=True,
                    placeholder="Any",
                    value=[],
                ),
            ),
            _section(
                "Date range",
                dcc.DatePickerRange(
                    id=ids.DATES,
                    min_date_allowed=lo or None,
                    max_date_allowed=hi or None,
                    initial_visible_month=lo or None,
                    clearable=True,
                    display_format="YYYY-MM-DD",
                    start_date_placeholder_text="from",
                    end_date_placeholder_text="to",
                ),
            ),
            _section(
                "Event type",
                dcc.Checklist(
                    id=ids.EVENT_TYPES,
                    options=[
                        {"label": t.replace("_", " "), "value": t} for t in sorted(data.by_type)
                    ],
                    value=[],
                    className="gx-checks",
                ),
            ),
            _section(
                "Entity type",
                dcc.Checklist(
                    id=ids.ENTITY_TYPES,
                    options=[{"label": t, "value": t} for t in entity_types],
                    value=[],
                    className="gx-checks",
                ),
            ),
            html.Button("Clear filters", id=ids.RESET, className="gx-button gx-secondary"),
            _section(
                "Export this view",
                html.Div(
                    [
                        # Links to the export route, set to the view's query by the callbacks:
                        # the file streams from disk instead of riding in a callback (issue 12).
                        html.A(
                            "GraphML",
                            id=ids.EXPORT_GRAPHML,
                            href="/_graphx/export/graphml",
                            download="graphx-view.graphml",
                            className="gx-button",
                            style={"textDecoration": "none"},
                        ),
                        html.A(
                            "Events CSV",
                            id=ids.EXPORT_CSV,
                            href="/_graphx/export/csv",
                            download="graphx-events.csv",
                            className="gx-button",
                            style={"textDecoration": "none"},
                        ),
                        html.Button("Network PNG", id=ids.EXPORT_PNG, className="gx-button"),
                    ],
                    className="gx-buttons",
                ),
                html.Div(id=ids.EXPORT_MORE, className="gx-export-more"),
                html.Div("Timeline PNG: camera icon on the chart.", className="gx-hint"),
            ),
        ],
        className="gx-sidebar",
    )


def _timeline_card() -> html.Div:
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


def _network_card(stylesheet: list[dict[str, Any]], types: Sequence[str]) -> html.Div:
    controls = html.Div(
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
    return html.Div(
        [
            html.Div([html.H2("Network"), controls], className="gx-card-head"),
            html.Div(id=ids.NETWORK_NOTE, className="gx-hint"),
            _legend(network_legend(stylesheet, types)),
            dcc.Loading(
                cyto.Cytoscape(
                    id=ids.CYTO,
                    elements=[],
                    stylesheet=stylesheet,
                    layout={"name": "concentric"},
                    minZoom=0.1,
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
    header = html.Header(
        [
            html.H1("graphx explorer"),
            html.Div(
                [
                    html.Span("0", id=ids.COUNT_EVENTS, className="gx-count"),
                    " events · ",
                    html.Span("0", id=ids.COUNT_ENTITIES, className="gx-count"),
                    " entities",
                    html.Span(id=ids.COUNTS, className="gx-count-note"),
                ],
                className="gx-counts",
            ),
        ],
        className="gx-header",
    )
    details = html.Div(
        [html.H2("Details"), html.Div(render_details(None), id=ids.DETAILS)],
        className="gx-card gx-details",
    )
    return html.Div(
        [
            dcc.Location(id=ids.URL, refresh=False),
            dcc.Store(id=ids.SELECTION, data=None),
            dcc.Store(id=ids.TL_META, data=None),
            dcc.Store(id=ids.TL_RANGE, data=None),
            header,
            html.Div(id=ids.NOTICE, role="status", className="gx-notices"),
            html.Div(
                [
                    _filters(data),
                    # Network and details first: at 1280x800 both are in the first view
                    # (issue 17: they were below the fold, under the timeline).
                    html.Main(
                        [
                            html.Div(
                                [_network_card(stylesheet, data.entity_type_names), details],
                                className="gx-row",
                            ),
                            _timeline_card(),
                        ],
                        className="gx-main",
                    ),
                ],
                className="gx-body",
            ),
        ],
        className="gx-app",
    )


def render_notices(notices: Sequence[str]) -> list[html.Div]:
    """What a link asked for in vain (unknown names), one visible line each."""
    return [html.Div(text, className="gx-notice") for text in notices]


def _link(kind: str, node: str, text: str) -> html.Button:
    return html.Button(text, id={"type": kind, "id": node}, className="gx-link", n_clicks=0)


def render_event_list(title: str, rows: list[tuple[str, str]], *, limit: int = 40) -> html.Div:
    """A titled list of event buttons (undated or uncertain events, listed apart)."""
    if not rows:
        return html.Div()
    items = [
        html.Li(_link(ids.EVENT_LINK, node, text[:90]), title=text) for node, text in rows[:limit]
    ]
    if len(rows) > limit:
        items.append(html.Li(f"… and {len(rows) - limit} more", className="gx-hint"))
    return html.Div(
        [
            html.Div(f"{title} ({len(rows)})", className="gx-label"),
            html.Ul(items, className="gx-chips"),
        ],
        className="gx-apart-block",
    )


def _more(hidden: int, name: str) -> html.Div | None:
    if hidden <= 0:
        return None
    return html.Div(
        f"… and {hidden} more: search for “{name}” to see them all on the timeline.",
        className="gx-hint",
    )


def _field(name: str, value: Any) -> html.Div | None:
    if not value:
        return None
    return html.Div(
        [html.Span(name, className="gx-key"), html.Span(str(value))], className="gx-field"
    )


def _sources(sources: list[dict[str, str]]) -> html.Ul:
    items = []
    for src in sources:
        title = (
            html.A(
                src["title"], href=src["url"], target="_blank", rel="noopener noreferrer nofollow"
            )
            if src["url"]
            else html.Span(src["title"])
        )
        meta = " · ".join(filter(None, (src["publisher"], src["date"])))
        told = []
        if src.get("sentence"):
            told.append(html.Div(src["sentence"], className="gx-quote"))
        if src.get("date_as_stated"):
            told.append(html.Div(f"Its date: “{src['date_as_stated']}”", className="gx-hint"))
        items.append(
            html.Li([title, html.Span(f" {meta}" if meta else "", className="gx-hint"), *told])
        )
    return html.Ul(items, className="gx-list")


def render_details(details: dict[str, Any] | None) -> html.Div:
    """The details panel for ``figures.event_details``/``entity_details`` output."""
    if not details:
        return html.Div(
            "Click an entity in the network or an event on the timeline.", className="gx-empty"
        )
    head = [
        html.H3(details["title"]),
        html.Span(details["type"].replace("_", " "), className=f"gx-badge gx-{details['kind']}"),
    ]
    if details["kind"] == "entity":
        body = [
            _field("Aliases", ", ".join(details["aliases"])),
            _field("Roles", "; ".join(details["roles"])),
            _field("Level", details["level"]),
            _field("Within", details["where"]),
            _field("First seen", details["evidence"]),
            html.Div(f"Events ({details['event_count']})", className="gx-label"),
            html.Ul(
                [
                    html.Li(
                        [
                            _link(ids.EVENT_LINK, e["id"], e["label"]),
                            html.Span(f" {e['when']}", className="gx-hint"),
                        ]
                    )
                    for e in details["events"]
                ],
                className="gx-list",
            ),
            # The list stopped at 25 without saying so (issue 17).
            _more(details["event_count"] - len(details["events"]), details["title"]),
        ]
    else:
        when = details["when"] + (" (uncertain)" if details["uncertain"] else "")
        reported = details.get("reported", "")
        if reported and details.get("reported_basis") == "not before":
            reported = f"not before {reported}"
        body = [
            _field("When", when),
            _field("First reported", reported),
            _field("Sources disagree", "; ".join(details.get("conflicts", []))),
            _field("Date words", details["date_text"]),
            _field("How read", details["date_reading"]),
            _field("Administration", ", ".join(details["administrations"])),
            _field("Place", details["place"]),
            html.Div("Participants", className="gx-label"),
            html.Ul(
                [
                    html.Li(
                        [
                            _link(ids.ENTITY_LINK, p["id"], p["label"]),
                            html.Span(
                                f" {p['type']}, {ROLE_WORDS.get(p['role'], p['role'])}",
                                className="gx-hint",
                            ),
                        ]
                    )
                    for p in details["participants"]
                ],
                className="gx-list",
            ),
            html.Div("Evidence", className="gx-label"),
            html.Ul(
                [html.Li(s, className="gx-quote") for s in details["evidence"]], className="gx-list"
            ),
            html.Div(f"Sources ({len(details['sources'])})", className="gx-label"),
            _sources(details["sources"]),
        ]
    return html.Div(
        [html.Div(head, className="gx-details-head"), *[b for b in body if b is not None]]
    )


def export_more(links: list[tuple[str, str, str]]) -> list[Any]:
    """Small links to the other export formats: (text, href, file name) each."""
    return [
        html.A(text, href=href, download=name, className="gx-link", style={"marginRight": "8px"})
        for text, href, name in links
    ]
