"""The details panel, the lists of events apart from the chart, and the notices.

Rendered from the plain data of ``figures.event_details``/``entity_details``.
Article text is always passed to components as children strings (React
escapes it); links are ``html.A`` only for http(s) URLs (issue 7).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from dash import html

from graphx.ui import ids

__all__ = ["ROLE_WORDS", "render_details", "render_event_list", "render_notices"]

# What a participant did, in words a reader uses (issue 17: "agency, patient" was jargon).
ROLE_WORDS = {"agent": "did it", "patient": "it was done to", "other": "also named"}


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
    body = _entity_body(details) if details["kind"] == "entity" else _event_body(details)
    return html.Div(
        [html.Div(head, className="gx-details-head"), *[b for b in body if b is not None]]
    )


def _entity_body(details: dict[str, Any]) -> list[Any]:
    """An entity's fields and its events (links that select them)."""
    events = [
        html.Li(
            [
                _link(ids.EVENT_LINK, e["id"], e["label"]),
                html.Span(f" {e['when']}", className="gx-hint"),
            ]
        )
        for e in details["events"]
    ]
    return [
        _field("Aliases", ", ".join(details["aliases"])),
        _field("Roles", "; ".join(details["roles"])),
        _field("Level", details["level"]),
        _field("Within", details["where"]),
        _field("First seen", details["evidence"]),
        html.Div(f"Events ({details['event_count']})", className="gx-label"),
        html.Ul(events, className="gx-list"),
        # The list stopped at 25 without saying so (issue 17).
        _more(details["event_count"] - len(details["events"]), details["title"]),
    ]


def _event_body(details: dict[str, Any]) -> list[Any]:
    """An event's fields, participants, evidence and sources."""
    when = details["when"] + (" (uncertain)" if details["uncertain"] else "")
    reported = details.get("reported", "")
    if reported and details.get("reported_basis") == "not before":
        reported = f"not before {reported}"
    return [
        _field("When", when),
        _field("First reported", reported),
        _field("Sources disagree", "; ".join(details.get("conflicts", []))),
        _field("Date words", details["date_text"]),
        _field("How read", details["date_reading"]),
        _field("Administration", ", ".join(details["administrations"])),
        _field("Place", details["place"]),
        html.Div("Participants", className="gx-label"),
        _participants(details["participants"]),
        html.Div("Evidence", className="gx-label"),
        html.Ul(
            [html.Li(s, className="gx-quote") for s in details["evidence"]], className="gx-list"
        ),
        html.Div(f"Sources ({len(details['sources'])})", className="gx-label"),
        _sources(details["sources"]),
    ]


def _participants(people: list[dict[str, str]]) -> html.Ul:
    """Participants as links, each with its type and what it did, in words."""
    return html.Ul(
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
            for p in people
        ],
        className="gx-list",
    )
