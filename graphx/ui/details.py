"""The details panel, the lists of events apart from the chart, and the notices.

Rendered from the plain data of ``figures.event_details``/``entity_details``.
Article text is always passed to components as children strings (React
escapes it); links are ``html.A`` only for http(s) URLs (issue 7).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from dash import dcc, html

from graphx.ui import ids

__all__ = ["ROLE_WORDS", "render_details", "render_empty", "render_event_list", "render_notices"]

# What a participant did, in words a reader uses (issue 17: "agency, patient" was jargon).
ROLE_WORDS = {"agent": "did it", "patient": "it was done to", "other": "also named"}


def render_notices(notices: Sequence[str]) -> list[html.Div]:
    """What a link asked for in vain (unknown names), one visible line each."""
    return [html.Div(text, className="gx-notice") for text in notices]


def render_empty(text: str, without_text: str | None) -> list[Any]:
    """What the page says when the filters keep nothing, and links that clear them.

    ``without_text`` is the page's query without the search (None: no search
    was made). Links, so the URL, then the controls, follow (issue 17: a
    search without a match left a blank card).
    """
    clear = []
    if without_text is not None:
        clear.append(dcc.Link(f"Clear the search “{text}”", href=without_text or "?"))
    clear.append(dcc.Link("Clear all filters", href="?"))
    what = f"Nothing matches “{text}”" if without_text is not None else "Nothing matches"
    return [
        html.Div(
            [
                html.Strong(f"{what} with these filters."),
                html.Span(" No events and no entities are shown. "),
                *[html.Span([link, " "], className="gx-clear") for link in clear],
            ],
            className="gx-empty-message",
            role="status",
        )
    ]


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


SHOWN_EVENTS = 25  # listed at once; the rest behind "show all N" (issue 17: a silent cut)


def _event_items(events: list[dict[str, str]]) -> list[html.Li]:
    return [
        html.Li(
            [
                _link(ids.EVENT_LINK, e["id"], e["label"]),
                html.Span(f" {e['when']}", className="gx-hint"),
            ]
        )
        for e in events
    ]


def _events(title: str, events: list[dict[str, str]], count: int) -> list[Any]:
    """The first ``SHOWN_EVENTS`` events, then the others behind "Show all N events"."""
    rest = events[SHOWN_EVENTS:]
    more = (
        html.Details(
            [
                html.Summary(f"Show all {count} events", className="gx-show-all"),
                html.Ul(_event_items(rest), className="gx-list"),
            ]
        )
        if rest
        else None
    )
    return [
        html.Div(f"{title} ({count})", className="gx-label"),
        html.Ul(_event_items(events[:SHOWN_EVENTS]), className="gx-list"),
        more,
    ]


def _mentions(mentions: list[dict[str, Any]], total: int) -> list[Any]:
    """Every article naming the entity: title (linked), outlet, date, count, a sentence."""
    items = []
    for m in mentions:
        title = (
            html.A(m["title"], href=m["url"], target="_blank", rel="noopener noreferrer nofollow")
            if m["url"]
            else html.Span(m["title"])
        )
        times = f"{m['count']} mention" + ("s" if m["count"] != 1 else "")
        meta = " · ".join(filter(None, (m["publisher"], m["date"], times)))
        sentence = html.Div(m["sentence"], className="gx-quote") if m["sentence"] else None
        items.append(html.Li([title, html.Span(f" {meta}", className="gx-hint"), sentence]))
    head = f"Mentioned in {len(mentions)} article" + ("s" if len(mentions) != 1 else "")
    if total:
        head += f" ({total} mentions)"
    return [html.Div(head, className="gx-label"), html.Ul(items, className="gx-list gx-mentions")]


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
            "Click an entity or an edge in the network, or an event on the timeline.",
            className="gx-empty",
        )
    head = [
        html.H3(details["title"]),
        html.Span(details["type"].replace("_", " "), className=f"gx-badge gx-{details['kind']}"),
    ]
    kind = details["kind"]
    body = (
        _entity_body(details)
        if kind == "entity"
        else _edge_body(details)
        if kind == "edge"
        else _event_body(details)
    )
    return html.Div(
        [html.Div(head, className="gx-details-head"), *[b for b in body if b is not None]]
    )


def _entity_body(details: dict[str, Any]) -> list[Any]:
    """An entity's fields, its events (links that select them) and the articles naming it."""
    count = details["event_count"]
    return [
        _field("Aliases", ", ".join(details["aliases"])),
        _field("Roles", "; ".join(details["roles"])),
        _field("Level", details["level"]),
        _field("Within", details["where"]),
        _field("First seen", details["evidence"]),
        *_events("Events", details["events"], count),
        # Past the events sent, say so (issue 17: the list stopped at 25 silently).
        _more(count - len(details["events"]), details["title"]),
        *_mentions(details.get("mentions", []), details.get("mention_count", 0)),
    ]


def _edge_body(details: dict[str, Any]) -> list[Any]:
    """A clicked edge: its two entities (links) and the events they share."""
    ends = html.Ul(
        [html.Li(_link(ids.ENTITY_LINK, n["id"], n["label"])) for n in details["ends"]],
        className="gx-list",
    )
    return [
        html.Div("Between", className="gx-label"),
        ends,
        *_events("Shared events", details["events"], details["event_count"]),
    ]


def _event_body(details: dict[str, Any]) -> list[Any]:
    """An event's fields, participants, evidence and sources."""
    when = details["when"] + (" (uncertain)" if details["uncertain"] else "")
    reported = details.get("reported", "")
    if reported and details.get("reported_basis") == "not before":
        reported = f"not before {reported}"
    return [
        _field("In the article", details.get("sentence", "")),
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
