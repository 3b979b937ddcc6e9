"""The review panel's callbacks: form -> decisions -> preview -> apply or undo (issue 19).

Imported by ``server.create_app`` only in review mode. Thin: the decisions
come from ``review.proposed``, the change from the session's ``preview`` (a
copy of the graph with them applied), and applying or undoing goes through
``ReviewSession``, which swaps the new graph in whole. The page then reloads
its own URL, so the view's filters and selection (the URL's state) survive.
"""

from __future__ import annotations

import logging
import time
from dataclasses import asdict
from typing import Any

import dash
from dash import ALL, ClientsideFunction, Input, Output, State, ctx, html, no_update

from graphx.errors import GraphxError
from graphx.resolve.ledger import Decision
from graphx.ui import ids
from graphx.ui.context import get_context
from graphx.ui.review import (
    ENTITY_ACTIONS,
    EVENT_ACTIONS,
    entity_card,
    entity_documents,
    event_sources,
    matches,
    proposed,
    render_change,
    subject_of,
)

__all__ = ["review_commit", "review_form", "review_preview", "review_search"]

log = logging.getLogger(__name__)


def _options(pairs: Any) -> list[dict[str, str]]:
    return [{"label": label, "value": value} for value, label in pairs]


@dash.callback(
    Output(ids.REVIEW_SUBJECT, "children"),
    Output(ids.REVIEW_ACTION, "options"),
    Output(ids.REVIEW_ACTION, "value"),
    Output(ids.REVIEW_SEARCH, "value"),
    Output(ids.REVIEW_OTHER, "value"),
    Output(ids.REVIEW_CHOICES, "options"),
    Output(ids.REVIEW_CHOICES, "value"),
    Input(ids.SELECTION, "data"),
)
def review_form(selection: Any) -> tuple[Any, ...]:
    """The actions for what is selected: an entity's four, an event's two."""
    data = get_context().data
    kind, node = subject_of(data, selection)
    if kind == "entity":
        row = data.entities[node]
        subject = (
            f"Entity: {row.label} ({row.type}). "
            "To split, tick the names that leave (each becomes an entity of its own), or the "
            "articles whose mentions are someone else (together they become one entity)."
        )
        choices = _options([*((a, a) for a in row.aliases), *entity_documents(data, node)])
        return subject, _options(ENTITY_ACTIONS), None, "", None, choices, []
    if kind == "event":
        subject = (
            f"Event: {data.events[node].label[:90]}. "
            "Not the same happening: tick the sources that leave."
        )
        choices = _options(event_sources(data, node))
        return subject, _options(EVENT_ACTIONS), None, "", None, choices, []
    return "Nothing selected.", [], None, "", None, [], []


@dash.callback(
    Output(ids.REVIEW_OTHER, "options"),
    Input(ids.REVIEW_SEARCH, "value"),
    State(ids.SELECTION, "data"),
)
def review_search(search: str | None, selection: Any) -> list[dict[str, str]]:
    """The entities (or events) the search names, to merge the selected one with."""
    data = get_context().data
    kind, node = subject_of(data, selection)
    return matches(data, kind, node, search) if kind else []


@dash.callback(
    Output(ids.REVIEW_PREVIEW, "children"),
    Output(ids.REVIEW_PENDING, "data"),
    Output(ids.REVIEW_APPLY, "disabled"),
    Input(ids.REVIEW_ACTION, "value"),
    Input(ids.REVIEW_OTHER, "value"),
    Input(ids.REVIEW_CHOICES, "value"),
    Input(ids.REVIEW_TYPE, "value"),
    Input(ids.REVIEW_REASON, "value"),
    State(ids.SELECTION, "data"),
    prevent_initial_call=True,
)
def review_preview(
    action: Any, other: Any, choices: Any, new_type: Any, reason: Any, selection: Any
) -> tuple[Any, list[dict[str, Any]], bool]:
    """The decisions the form describes and what they would change (applied to a copy)."""
    context = get_context()
    data, session = context.data, context.review
    form = {"action": action, "other": other, "choices": choices, "new_type": new_type}
    decisions = proposed(data, selection, {**form, "reason": reason})
    if not decisions or session is None:
        return html.Div(), [], True
    try:
        change = session.preview(decisions)
    except GraphxError as e:
        return html.Div(str(e), className="gx-notice"), [], True
    shown: list[Any] = []
    kind, node = subject_of(data, selection)
    if kind == "entity" and action == "merge":
        sides = [entity_card(data, node), entity_card(data, str(other))]
        shown.append(html.Div(sides, className="gx-review-compare"))
    shown.append(render_change(change, decisions))
    return html.Div(shown), [asdict(d) for d in decisions], False


def _decision(row: dict[str, Any]) -> Decision:
    fields = {k: tuple(v) if isinstance(v, list) else v for k, v in row.items()}
    return Decision(**fields)  # type: ignore[arg-type]


@dash.callback(
    Output(ids.REVIEW_RELOAD, "data"),
    Output(ids.REVIEW_STATUS, "children"),
    Input(ids.REVIEW_APPLY, "n_clicks"),
    Input({"type": ids.REVIEW_UNDO, "line": ALL}, "n_clicks"),
    State(ids.REVIEW_PENDING, "data"),
    prevent_initial_call=True,
)
def review_commit(_apply: Any, _undo: Any, pending: Any) -> tuple[Any, Any]:
    """Apply the previewed decisions, or undo a line; then the page reloads at its URL."""
    session, fired = get_context().review, ctx.triggered_id
    clicked = bool(ctx.triggered and ctx.triggered[0].get("value"))
    if session is None or not clicked:
        return no_update, no_update
    try:
        if fired == ids.REVIEW_APPLY and pending:
            session.apply([_decision(row) for row in pending])
        elif isinstance(fired, dict) and fired.get("type") == ids.REVIEW_UNDO:
            session.undo(int(fired["line"]))
        else:
            return no_update, no_update
    except (GraphxError, ValueError, TypeError) as e:
        log.warning("review decision refused: %s", e)
        return no_update, html.Div(str(e), className="gx-notice")
    return time.time(), "Applied."


# assets/review.js: a reload keeps the URL, so the view's filters and selection survive.
dash.clientside_callback(
    ClientsideFunction(namespace="graphx_review", function_name="reload"),
    Output(ids.REVIEW_STATUS, "title"),
    Input(ids.REVIEW_RELOAD, "data"),
    prevent_initial_call=True,
)
