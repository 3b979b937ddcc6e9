"""Dates in plain language, for files people read rather than parse.

A span of inclusive ISO days reads as the reader would say it: "17 January
2020", "July 2017", "2018", "fiscal year 2018 (1 October 2017 to 30
September 2018)"; a publication date known only from below
(``2018-12/..``) reads "not before December 2018".
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from graphx.extract.timex.spans import span_of

__all__ = ["published_in_words", "span_in_words"]

_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def _day(iso: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(iso) if _DAY.fullmatch(iso) else None
    except ValueError:
        return None


def _long(day: dt.date) -> str:
    return f"{day.day} {calendar.month_name[day.month]} {day.year}"


def _whole(first: dt.date, last: dt.date) -> str:
    """A span as one unit when it is one (a day, a month, a year), else "A to B"."""
    if first == last:
        return _long(first)
    month_end = calendar.monthrange(last.year, last.month)[1]
    if first.day == 1 and last.day == month_end:
        if (first.month, last.month) == (1, 12) and first.year == last.year:
            return str(first.year)
        if (first.year, first.month) == (last.year, last.month):
            return f"{calendar.month_name[first.month]} {first.year}"
        if first.year == last.year:
            months = f"{calendar.month_name[first.month]} to {calendar.month_name[last.month]}"
            return f"{months} {last.year}"
    return f"{_long(first)} to {_long(last)}"


def span_in_words(start: str, end: str, *, precision: str = "", uncertain: bool = False) -> str:
    """An event's span of inclusive ISO days in words; "no date" without one.

    >>> span_in_words("2020-01-17", "2020-01-17")
    '17 January 2020'
    >>> span_in_words("2017-07-01", "2017-07-31"), span_in_words("2018-01-01", "2018-12-31")
    ('July 2017', '2018')
    >>> span_in_words("2017-10-01", "2018-09-30", precision="fiscal_year", uncertain=True)
    'about fiscal year 2018 (1 October 2017 to 30 September 2018)'
    >>> span_in_words("", "")
    'no date'
    """
    first, last = _day(start), _day(end)
    if first is None or last is None:
        return "no date"
    text = _whole(first, last)
    if precision == "fiscal_year":
        text = f"fiscal year {last.year} ({text})"
    return f"about {text}" if uncertain else text


def published_in_words(value: str) -> str:
    """A publication date as written in the graph (an ISO prefix, a week, ``X/..``) in words.

    >>> published_in_words("2018-12/.."), published_in_words("2020-W04")
    ('not before December 2018', '20 January 2020 to 26 January 2020')
    >>> published_in_words("2019-05-07"), published_in_words("")
    ('7 May 2019', 'unknown')
    """
    value = value.strip()
    if not value:
        return "unknown"
    if value.endswith("/.."):
        return f"not before {published_in_words(value[:-3])}"
    first, last = span_of(value)
    return span_in_words(first, last) if first else value
