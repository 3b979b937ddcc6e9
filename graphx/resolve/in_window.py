"""Times an article could not place, read against the days the corpus gives it to have
been written in (issue 15): "Friday", "March 21", "in January", "last fall", "since
Friday", "is filing". Each reading is marked uncertain and says how it was found.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol

from graphx.extract.aspect import TENSE_ONLY
from graphx.extract.since import SINCE
from graphx.extract.timex.normalise import find_time_expressions
from graphx.extract.timex.rules import words
from graphx.extract.timex.spans import (
    counted_from_writing,
    month_day_named,
    month_named,
    offset_in_words,
    span_of,
    weekday_named,
    weekdays_written,
)
from graphx.model import TimeExpression
from graphx.resolve.happenings import shift
from graphx.resolve.offsets import counted_in_window

__all__ = [
    "counted_from_writing_in_window",
    "day_of_reports",
    "month_day_before",
    "month_day_in_window",
    "month_in_window",
    "present_in_window",
    "read_in_window",
    "reread_from_below",
    "since_in_window",
    "weekday_in_window",
]


class Window(Protocol):
    """The first and last day an article can have been written; ``dates_article`` False
    when the window only bounds it from below (``resolve.published.Window``)."""

    @property
    def first(self) -> dt.date: ...
    @property
    def last(self) -> dt.date: ...
    @property
    def dates_article(self) -> bool: ...


def weekday_in_window(time: TimeExpression, window: Window) -> TimeExpression:
    """A weekday-only time ("Friday", ``XXXX-WXX-5``) read against a publication window:
    the days it can be (the most recent such weekday on or before any day of the window;
    in a window that only bounds the article from below, the first such weekday from its
    first day on)."""
    weekday = weekday_named(time.text, time.value)
    # placed already, unless only read against a month, a year or a lower bound (XXXX-WXX-5)
    if (time.date_start and not time.value.startswith("XXXX-WXX-")) or weekday is None:
        return time
    if time.precision == SINCE:
        return time  # "since Friday": since_in_window's
    counted = offset_in_words(time.text)
    if counted is not None and counted[0] == "L":  # "last Friday": before the day written
        first, last = (_last_before(day, weekday) for day in (window.first, window.last))
    else:
        first, last = _days_of_weekday(weekday, window)
    value = first.isoformat() if first == last else time.value
    return replace(
        time,
        value=value,
        date_start=first.isoformat(),
        date_end=last.isoformat(),
        uncertain=True,
        reading=f"'{time.text}' read against the publication date the corpus gives "
        f"({window.first} to {window.last})",
    )


def _days_of_weekday(weekday: int, window: Window) -> tuple[dt.date, dt.date]:
    """The first and last day a bare weekday can be for an article of the window."""
    first = shift(window.first, -dt.timedelta(days=(window.first.weekday() - weekday) % 7))
    ahead = shift(window.first, dt.timedelta(days=(weekday - window.first.weekday()) % 7))
    if not window.dates_article and ahead <= window.last:
        # The article tells a happening of the window's first day by its month and day ("On
        # Monday, June 9"): it names the day as past, so its other weekdays come after it.
        first = ahead
    last = max(d for d in (first, shift(first, dt.timedelta(days=7))) if d <= window.last)
    return first, last


def _last_before(day: dt.date, weekday: int) -> dt.date:
    """The last such weekday (Monday 0) before ``day``, two to eight days back: the day
    before is "yesterday", so "last Wednesday" told on a Thursday is a week before it."""
    return shift(day, -dt.timedelta(days=(day.weekday() - weekday - 2) % 7 + 2))


def month_day_in_window(time: TimeExpression, window: Window) -> TimeExpression:
    """A month and day its article could not give a year ("March 21", ``XXXX-03-21``) read
    against a publication window: the latest such day on or before its last day; in a
    window that only bounds the article from below, the first such day after its first day
    when that comes within ``_TOLD_SOON``."""
    named = month_day_named(time.value)
    if time.date_start or named is None or time.precision == SINCE:
        return time
    soon = _first_on_or_after(named, window.first)
    if not window.dates_article and soon and soon - window.first <= _TOLD_SOON:
        # Only a floor: the article may come weeks after it ("pleaded not guilty Nov. 20" in
        # a weekly not before an Oct. 16 raid is the November after it, not the one before);
        # a day further on is an older past ("signed its agreement on Feb. 3": a review)
        why = f"the earliest day the corpus allows the article ({window.first})"
        return _read_in_year_of(time, soon, why)
    when = _latest_on_or_before(named, window.last)
    if when is None:
        return time
    why = f"the publication date the corpus gives ({window.first} to {window.last})"
    return _read_in_year_of(time, when, why)


def month_day_before(time: TimeExpression, day: dt.date, why: str = "") -> TimeExpression | None:
    """A month and day with no year ("Tuesday, April 22", ``XXXX-04-22``) read as the latest
    such day on or before ``day``, the day its happening was first reported (or ``why``),
    when the weekday written with it, if any, falls on it; else None."""
    named = month_day_named(time.value)
    when = _latest_on_or_before(named, day) if named else None
    said = set(weekdays_written(time.text))
    if when is None or (said and when.weekday() not in said):
        return None
    return _read_in_year_of(time, when, why or f"its happening's first report ({day})")


def day_of_reports(
    time: TimeExpression | None, first_report: str, times: Sequence[TimeExpression]
) -> TimeExpression | None:
    """An event's time as all its reports' ``times`` give it: a month and day another report
    names with no year, in the month or year the event's time names ("In June" in one
    article, "Thursday, June 13" in an undated one: found in probe230), or, when no report
    dates it, in the year of its first report (``first_report``, its last day; found in a
    probe); else ``time``."""
    if time is not None and time.date_start:
        if time.precision in ("day", "time"):
            return time
        end, why = dt.date.fromisoformat(time.date_end), f"'{time.text}' ({time.value})"
        held = (month_day_before(t, end, why) for t in times)
        return next((d for d in held if d and d.date_start >= time.date_start), time)
    if not first_report:
        return time
    read = (month_day_before(t, dt.date.fromisoformat(first_report)) for t in times)
    return next(filter(None, read), time)


def reread_from_below(time: TimeExpression, window: Window) -> TimeExpression:
    """A month and day written with no year that the article's lower bound gave one ("not
    before December 2006": "Thursday, August 23" the first such Thursday after, 2007) read
    again against a window that dates the article (the latest such day on or before its
    last day, when the weekday written with it falls on it); else the time as it was."""
    read = len(time.value) == 10 and time.value[:4].isdigit()  # not "XXXX-12-12": unread
    if not (window.dates_article and time.uncertain and read):
        return time
    said = {w.strip(",.").lower() for w in time.text.split()}
    if any(w.isdigit() and len(w) == 4 for w in said) or not said & words()["months"].keys():
        return time
    unread = replace(time, value="XXXX" + time.value[4:], date_start="", date_end="")
    return month_day_before(unread, window.last) or time


# how long after the earliest day an article can have been written a day it tells by its
# month and day alone may be (a follow-up weeks later)
_TOLD_SOON = dt.timedelta(days=60)


def _first_on_or_after(month_day: tuple[int, int], first: dt.date) -> dt.date | None:
    """The first such month and day on or after ``first``, in its year or the next."""
    for year in (first.year, first.year + 1):
        try:
            when = dt.date(year, *month_day)
        except ValueError:  # February 29 outside a leap year
            continue
        if when >= first:
            return when
    return None


def _latest_on_or_before(month_day: tuple[int, int], last: dt.date) -> dt.date | None:
    """The latest such month and day on or before ``last``, in its year or the one before."""
    for year in (last.year, last.year - 1):
        try:
            when = dt.date(year, *month_day)
        except ValueError:  # February 29 outside a leap year
            continue
        if when <= last:
            return when
    return None


def _read_in_year_of(time: TimeExpression, when: dt.date, why: str) -> TimeExpression:
    """The time read as that day, uncertain, saying in whose year it was read."""
    day = when.isoformat()
    reading = f"'{time.text}' read in the year of {why}"
    return replace(time, value=day, date_start=day, date_end=day, uncertain=True, reading=reading)


def month_in_window(time: TimeExpression, window: Window) -> TimeExpression:
    """A month its article could not give a year ("in January", ``XXXX-01``) read against a
    publication window: the latest such month begun on or before its last day."""
    month = month_named(time.value)
    if time.date_start or month is None:
        return time
    year = window.last.year if dt.date(window.last.year, month, 1) <= window.last else None
    year = year or window.last.year - 1
    start, end = span_of(f"{year:04d}-{month:02d}")
    return replace(
        time,
        value=f"{year:04d}-{month:02d}",
        date_start=start,
        date_end=end,
        uncertain=True,
        reading=f"'{time.text}' read in the year of the publication date the corpus gives "
        f"({window.first} to {window.last})",
    )


def since_in_window(time: TimeExpression, window: Window) -> TimeExpression:
    """An act told as since a time its article could not close ("since then", "since
    Friday" in an undated article: ``extract.since.SINCE`` with no days), closed by the
    window: from that time (a weekday placed in the window) to the window's last day."""
    if time.date_start or time.precision != SINCE:
        return time
    if time.value.startswith("XXXX-WXX-"):
        first = weekday_in_window(replace(time, precision=""), window).date_start
    else:
        first = span_of(time.value)[0]
    if not first or first > window.last.isoformat():
        return time
    last = window.last.isoformat()
    return replace(
        time,
        value=f"{time.value}/{last}",
        date_start=first,
        date_end=last,
        uncertain=True,
        reading=f"{time.reading}, which the corpus puts at {window.first} to {window.last}",
    )


def present_in_window(time: TimeExpression, window: Window) -> TimeExpression:
    """A present progressive its article could not date ("is filing", ``PRESENT_REF`` with
    no days) read against a publication window: going on in the days of the window."""
    if time.date_start or time.value != TENSE_ONLY:
        return time
    return replace(
        time,
        date_start=window.first.isoformat(),
        date_end=window.last.isoformat(),
        uncertain=True,
        reading=f"'{time.text}', told as going on when the article was written: in the days "
        f"of the publication date the corpus gives ({window.first} to {window.last})",
    )


def counted_from_writing_in_window(time: TimeExpression, window: Window) -> TimeExpression:
    """A season or year counted from the day its article was written ("last fall", "two
    years ago") in an article of no date of its own, read again against the window's first
    and last days: the span of both readings."""
    if time.date_start or time.precision == SINCE:
        return time
    if not counted_from_writing(time.text, time.value):
        return time
    ends = [_read_on(time.text, day) for day in (window.first, window.last)]
    if ends[0] is None or ends[1] is None:
        return time
    same = ends[0].value == ends[1].value
    return replace(
        time,
        value=ends[0].value if same else time.value,
        date_start=min(ends[0].date_start, ends[1].date_start),
        date_end=max(ends[0].date_end, ends[1].date_end),
        uncertain=True,
        reading=f"'{time.text}' counted from the publication date the corpus gives "
        f"({window.first} to {window.last})",
    )


def _read_on(text: str, day: dt.date) -> TimeExpression | None:
    """``text`` alone read as written on ``day``, when it is one calendar time."""
    found = find_time_expressions(text, dct=day.isoformat(), dct_certain=False)
    if len(found) != 1 or (found[0].start, found[0].end) != (0, len(text)):
        return None
    return found[0] if found[0].date_start else None


def read_in_window(time: TimeExpression, window: Window) -> TimeExpression:
    """A time its article could not place read against the article's window: a "since",
    a weekday, a month and day, a month, a season or year counted from the day it was
    written, a present told as going on."""
    read = since_in_window(time, window)
    readings = (weekday_in_window, month_day_in_window, month_in_window, counted_in_window)
    for reading in (*readings, counted_from_writing_in_window, present_in_window):
        read = reading(read, window)
    return read
