"""Holidays: their dates in a given year, and the value rule for "last Christmas".

A holiday in ``resources/time_words.json`` is a fixed ``[month, day]``, an
``[month, weekday, n]`` (the n-th weekday of the month; n < 0 the last one;
n = 0 the Tuesday after the first Monday, US Election Day), or ``"easter"``
with an optional shift in days (``"easter-2"`` is Good Friday).
"""

from __future__ import annotations

import calendar
import datetime as dt

from graphx.extract.timex.anchoring import NO_VALUE, Context, Value, day_shift, words_of
from graphx.extract.timex.rules import Found, words

__all__ = ["easter", "holiday", "holiday_date"]

_W = words()


def easter(year: int) -> dt.date:
    """Easter Sunday (the anonymous Gregorian computus).

    >>> easter(2019), easter(2020)
    (datetime.date(2019, 4, 21), datetime.date(2020, 4, 12))
    """
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def holiday_date(rule: object, year: int) -> dt.date:
    """The day of a holiday rule of ``time_words.json`` in ``year``.

    >>> holiday_date([12, 25], 2019), holiday_date([11, 3, 4], 2019), holiday_date([11, 1, 0], 2020)
    (datetime.date(2019, 12, 25), datetime.date(2019, 11, 28), datetime.date(2020, 11, 3))
    """
    if isinstance(rule, str):  # "easter", or "easter-2": two days before (Good Friday)
        return easter(year) + dt.timedelta(days=int(rule[len("easter") :] or 0))
    parts = list(rule)  # type: ignore[call-overload]
    if len(parts) == 2:
        return dt.date(year, parts[0], parts[1])
    month, weekday, n = parts
    if n == 0:  # US Election Day: the Tuesday after the first Monday
        first_monday = dt.date(year, month, 1 + (0 - dt.date(year, month, 1).weekday()) % 7)
        return first_monday + dt.timedelta(days=1)
    if n < 0:
        last = dt.date(year, month, calendar.monthrange(year, month)[1])
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def holiday(f: Found, text: str, ctx: Context) -> Value:
    """Christmas, Thanksgiving, Election Day, "the day before Thanksgiving": the table in
    time_words.json."""
    rule = _W["holidays"][words_of(f.group("hol"))]
    shift = day_shift(f.group("shift"))  # "the day before Thanksgiving": a day off it
    if f.group("y"):
        day = holiday_date(rule, int(f.group("y"))) + shift
        return "DATE", ctx.saw_day(day, f.start).isoformat(), False
    if ctx.ref is None:
        return NO_VALUE
    rel = words_of(f.group("rel"))
    this = holiday_date(rule, ctx.ref.year)
    year = ctx.ref.year
    if rel in ("last", "this past") or (not rel and not ctx.future):
        year -= this > ctx.ref
    elif rel == "next" or ctx.future:
        year += this < ctx.ref
    return "DATE", ctx.saw_day(holiday_date(rule, year) + shift, f.start).isoformat(), True
