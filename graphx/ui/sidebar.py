"""The filter sidebar: the controls a FilterState is read from, and the export links.

Only builds components: options come from the precomputed ``ExplorerData``.
"""

from __future__ import annotations

from typing import Any

from dash import dcc, html

from graphx.explore.data import ExplorerData
from graphx.ui import ids
from graphx.ui.checks import MAX_TEXT

__all__ = ["export_more", "section", "sidebar"]


def section(title: str, *children: Any) -> html.Div:
    """A titled block of the sidebar."""
    return html.Div([html.Div(title, className="gx-label"), *children], className="gx-section")


def _jurisdiction_options(data: ExplorerData) -> list[dict[str, str]]:
    """Jurisdictions by their full names, sorted country first ("…, Illinois, United States")."""
    rows = [r for r in data.entities.values() if r.type == "jurisdiction"]
    options = [{"label": data.jurisdiction_label(r.id), "value": r.id} for r in rows]
    return sorted(options, key=lambda o: o["label"].split(", ")[::-1])


def sidebar(data: ExplorerData) -> html.Div:
    """The filter sidebar: search, jurisdiction, administration, dates, types, exports."""
    return html.Div(
        [
            _search(),
            _jurisdictions(data),
            _administrations(data),
            _dates(data),
            _event_types(data),
            _entity_types(data),
            html.Button("Clear filters", id=ids.RESET, className="gx-button gx-secondary"),
            _exports(),
        ],
        className="gx-sidebar",
    )


def _search() -> html.Div:
    return section(
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
    )


def _jurisdictions(data: ExplorerData) -> html.Div:
    return section(
        "Jurisdiction",
        dcc.Dropdown(
            id=ids.JURISDICTION,
            options=_jurisdiction_options(data),
            multi=True,
            placeholder="Any",
            value=[],
        ),
        html.Div("A state includes its counties and cities.", className="gx-hint"),
    )


def _administrations(data: ExplorerData) -> html.Div:
    """The administrations of the graph's events, in the order of their terms."""
    present = {a for ev in data.events.values() for a in ev.administrations}
    admins = [t.name for t in data.terms if t.name in present]
    return section(
        "Administration",
        dcc.Dropdown(
            id=ids.ADMINISTRATION,
            options=[{"label": a, "value": a} for a in admins],
            multi=True,
            placeholder="Any",
            value=[],
        ),
    )


def _dates(data: ExplorerData) -> html.Div:
    lo, hi = data.date_bounds()
    return section(
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
    )


def _event_types(data: ExplorerData) -> html.Div:
    return section(
        "Event type",
        dcc.Checklist(
            id=ids.EVENT_TYPES,
            options=[{"label": t.replace("_", " "), "value": t} for t in sorted(data.by_type)],
            value=[],
            className="gx-checks",
        ),
    )


def _entity_types(data: ExplorerData) -> html.Div:
    entity_types = sorted({r.type for r in data.entities.values()})
    return section(
        "Entity type",
        dcc.Checklist(
            id=ids.ENTITY_TYPES,
            options=[{"label": t, "value": t} for t in entity_types],
            value=[],
            className="gx-checks",
        ),
    )


def _exports() -> html.Div:
    # Links to the export route, set to the view's query by the callbacks: the file
    # streams from disk instead of riding in a callback (issue 12).
    buttons = [
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
    ]
    return section(
        "Export this view",
        html.Div(buttons, className="gx-buttons"),
        html.Div(id=ids.EXPORT_MORE, className="gx-export-more"),
        html.Div("Timeline PNG: camera icon on the chart.", className="gx-hint"),
    )


def export_more(links: list[tuple[str, str, str]]) -> list[Any]:
    """Small links to the other export formats: (text, href, file name) each."""
    return [
        html.A(text, href=href, download=name, className="gx-link", style={"marginRight": "8px"})
        for text, href, name in links
    ]
