"""What the explorer's callbacks read from the browser: control specs and bounded values.

Values come from the browser: anything but the expected type counts as
empty, and sizes are bounded as ``guard`` bounds them at the door (issue 12).
"""

from __future__ import annotations

from typing import Any

from dash import Input, State, ctx
from dash.exceptions import MissingCallbackContextException

from graphx.explore.filters import FilterState
from graphx.ui import ids
from graphx.ui.checks import MAX_CHOICES, MAX_TEXT
from graphx.ui.query import ViewState

__all__ = [
    "CONTROLS",
    "FILTER_INPUTS",
    "FILTER_STATES",
    "choices_of",
    "controls_of",
    "fired_by",
    "make_state",
    "period_of",
    "selection_of",
    "text_of",
    "texts_of",
]

FILTER_INPUTS = [
    Input(ids.SEARCH, "value"),
    Input(ids.JURISDICTION, "value"),
    Input(ids.ADMINISTRATION, "value"),
    Input(ids.ENTITY_TYPES, "value"),
    Input(ids.EVENT_TYPES, "value"),
    Input(ids.DATES, "start_date"),
    Input(ids.DATES, "end_date"),
]
FILTER_STATES = [State(i.component_id, i.component_property) for i in FILTER_INPUTS]
CONTROLS = [
    *FILTER_INPUTS,
    Input(ids.GROUP_BY, "value"),
    Input(ids.SIZE_BY, "value"),
    Input(ids.LAYOUT, "value"),
]


def make_state(
    text: str | None,
    jurisdictions: list[str] | None,
    administrations: list[str] | None,
    entity_types: list[str] | None,
    event_types: list[str] | None,
    date_from: str | None,
    date_to: str | None,
) -> FilterState:
    """The FilterState of the sidebar's values (Dash sends None for empty controls).

    Values come from the browser: anything but text (or a list of texts) counts as
    empty, and sizes are bounded as ``guard`` bounds them at the door (issue 12).

    >>> make_state("x" * 999, ["a", 7], None, "person", [], 20200101, None).text == "x" * 200
    True
    """
    return FilterState(
        text=text_of(text, MAX_TEXT),
        jurisdictions=choices_of(jurisdictions),
        administrations=choices_of(administrations),
        entity_types=choices_of(entity_types),
        event_types=choices_of(event_types),
        date_from=text_of(date_from, 10),
        date_to=text_of(date_to, 10),
    )


def text_of(value: Any, limit: int) -> str:
    """``value`` cut to ``limit`` characters when it is a text ("" when it is not)."""
    return value[:limit] if isinstance(value, str) else ""


def choices_of(values: Any) -> list[str]:
    """A control's choices: up to MAX_CHOICES texts of up to MAX_TEXT characters."""
    return [v[:MAX_TEXT] for v in texts_of([values] if isinstance(values, str) else values)][
        :MAX_CHOICES
    ]


def texts_of(values: Any) -> list[str]:
    """The texts in a list sent by the browser (nothing when it is not a list)."""
    return [v for v in values if isinstance(v, str)] if isinstance(values, list) else []


def controls_of(state: FilterState, view: ViewState) -> list[Any]:
    """The values of ``CONTROLS`` that show a filter state and a view."""
    return [
        state.text,
        list(state.jurisdictions),
        list(state.administrations),
        list(state.entity_types),
        list(state.event_types),
        state.date_from or None,
        state.date_to or None,
        view.group_by,
        view.size_by,
        view.layout,
    ]


def fired_by() -> set[str]:
    """The components whose inputs fired the callback (none when called directly)."""
    try:
        fired = ctx.triggered_prop_ids
    except (LookupError, MissingCallbackContextException):  # first_view: no context at all
        return set()
    return {p.rsplit(".", 1)[0] for p in fired} - {""}


def period_of(value: Any) -> list[str] | None:
    """A zoomed period from the range store (anything else from the browser is none)."""
    if isinstance(value, list) and len(value) == 2 and all(isinstance(v, str) for v in value):
        return [value[0][:10], value[1][:10]]
    return None


def selection_of(selection: Any) -> tuple[str, str]:
    """Kind and id of the selection store ("" for each when there is none or it is not one)."""
    if not isinstance(selection, dict):
        return "", ""
    return text_of(selection.get("kind"), 10), text_of(selection.get("id"), 1000)
