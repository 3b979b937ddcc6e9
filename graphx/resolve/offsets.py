"""Days counted from the day an article was written ("yesterday", "last week", "earlier
this month"), both ways: the days an article can have been written in when another
article dates what it tells that way, and the days such words cover once the corpus
gives the article a window (issue 15).

A unit is ``D`` (a day), ``W`` (a calendar week, Monday to Sunday), ``L`` (the seven days
before a day: "last Monday" is the Monday before the article's day, as the time expressions
of a dated article read it) or ``M`` (a month); the count is how many of them back (``-1``
for "last week", ``0`` for "this week"). The words and their counts live in
``resources/time_words.json`` (``publication_offsets``).
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import replace
from typing import Protocol

from graphx.extract.timex.anchoring import shift_month
from graphx.extract.timex.spans import publication_offset
from graphx.model import TimeExpression
from graphx.resolve.happenings import shift

__all__ = ["counted_in_window", "period", "written_within"]


class _Window(Protocol):
    @property
    def first(self) -> dt.date: ...
    @property
    def last(self) -> dt.date: ...


def period(day: dt.date, unit: str, count: int) -> tuple[dt.date, dt.date]:
    """The day, calendar week or month ``count`` units from the one ``day`` is in (held
    at the calendar's ends: a window near year 1 or 9999 crashes no merge).

    >>> period(dt.date(2024, 4, 10), "W", -1)
    (datetime.date(2024, 4, 1), datetime.date(2024, 4, 7))
    >>> period(dt.date(2024, 1, 31), "M", -1)
    (datetime.date(2023, 12, 1), datetime.date(2023, 12, 31))
    """
    if unit == "D":
        moved = shift(day, dt.timedelta(days=count))
        return moved, moved
    if unit == "W":
        monday = shift(day, dt.timedelta(days=7 * count - day.weekday()))
        return monday, shift(monday, dt.timedelta(days=6))
    if unit == "L":  # "last Monday": the seven days before the day but the one before it,
        # which is "yesterday" (after it: count > 0)
        sign = 1 if count > 0 else -1
        days = sorted((dt.timedelta(days=7 * count + sign), dt.timedelta(days=2 * sign)))
        return shift(day, days[0]), shift(day, days[1])
    year, month = shift_month(day.year, day.month, count)
    if not dt.MINYEAR <= year <= dt.MAXYEAR:  # a month before year 1 or after 9999
        return day, day
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def written_within(day: dt.date, unit: str, count: int) -> tuple[dt.date, dt.date]:
    """The days an article can have been written in when it tells a happening of ``day``
    ``count`` units back ("last week": the week after that day's), never before the day.

    >>> written_within(dt.date(2024, 4, 10), "W", -1)
    (datetime.date(2024, 4, 15), datetime.date(2024, 4, 21))
    >>> written_within(dt.date(2024, 4, 10), "M", 0)
    (datetime.date(2024, 4, 10), datetime.date(2024, 4, 30))
    """
    first, last = period(day, unit, -count)
    return max(first, day), last


def counted_in_window(time: TimeExpression, window: _Window) -> TimeExpression:
    """A time counted from the article's day its article could not date ("last week",
    ``XXXX-WXX``) read against a publication window: the days it covers for any day of
    the window, and none after the window ("earlier this month" has happened)."""
    counted = publication_offset(time.text, time.value)
    if time.date_start or counted is None:
        return time
    first = period(window.first, *counted)[0]
    last = min(period(window.last, *counted)[1], window.last)
    return replace(
        time,
        date_start=first.isoformat(),
        date_end=last.isoformat(),
        uncertain=True,
        reading=f"'{time.text}' read against the publication date the corpus gives "
        f"({window.first} to {window.last})",
    )
