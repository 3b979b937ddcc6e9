"""The value rule of a weekday: "Friday", "last Tuesday", "the following Tuesday", "the
last Wednesday of February", "Sunday night".

A weekday is read against the publication date (the most recent one, today included,
unless a word or the clause's tense looks ahead); "the following Tuesday" counts from the
last day the text told, and so does "the next Tuesday" but in a clause to come after a day
gone by (``Context.counts_from_told_day``); "the last Wednesday of February" is of that
month.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from graphx.extract.timex.anchoring import (
    Context,
    Value,
    day_shift,
    name_number,
    weekday_near,
    words_of,
)
from graphx.extract.timex.rules import Found, words

__all__ = ["weekday"]

_W = words()


def weekday(f: Found, text: str, ctx: Context) -> Value:
    """ "Friday", "last Tuesday", "the day before next Monday", "Sunday night"."""
    target = name_number("weekdays", f.group("wd"))
    of = _OF_A_MONTH.match(text, f.end) if words_of(f.group("rel")) == "last" else None
    if of is not None and (told := _last_of_month(target, of, ctx)) is not None:
        return told  # "the last Wednesday of February"
    # Against a month or a year of publication, "Wednesday" is any Wednesday of it: the
    # last one before its first day would be a guess (``normalise`` gives the span).
    coarse = ctx.ref_precision in ("month", "year")
    rel = words_of(f.group("rel"))
    counted = rel == "the following" or (rel == "the next" and ctx.counts_from_told_day())
    when = _after_the_told_day(ctx, target) if counted else None
    if when is None and not coarse:
        when = weekday_near(ctx, target, rel.removeprefix("the "))
    part = _W["parts_of_day"].get(f.group("part").lower(), "")
    if when is None:
        ctx.saw_weekday(target, f.start)
        return "DATE", f"XXXX-WXX-{target + 1}", True
    when += day_shift(f.group("shift"))  # "the day before last Tuesday"
    ctx.saw_day(when, f.start)
    iso = when.isoformat()
    return ("TIME", f"{iso}T{part}", True) if part else ("DATE", iso, True)


# "On Thursday, Oct. 4, a supervisor told them ... The following Tuesday, the agents came":
# the first such weekday after the day the text told last, not one of the page's week
def _after_the_told_day(ctx: Context, target: int) -> dt.date | None:
    """The first weekday ``target`` (Monday 0) after the last day the text named, else None."""
    if ctx.last_day is None:
        return None
    return ctx.last_day + dt.timedelta(days=(target - ctx.last_day.weekday() - 1) % 7 + 1)


# "... of each month", "... of February", "... of March 2024": a weekday of a month, not
# the one before the article (found by a review: "meets on the last Wednesday of each month")
_OF_A_MONTH = re.compile(
    r"\s+of\s+(?:(?:each|every|the)\s+month\b|(?P<month>[A-Z][a-z]+)\.?(?:,?\s+(?P<year>\d{4}))?)"
)


def _last_of_month(target: int, of: re.Match[str], ctx: Context) -> Value | None:
    """The last such weekday of the month named, in its year or the latest before the
    article; for "each month", every one (a set); None for a name of no month."""
    if not of.group("month"):
        return "SET", f"XXXX-WXX-{target + 1}", False
    named = _W["months"].get(of.group("month").lower())
    if not named:
        return None
    month = int(named)
    year = int(of.group("year")) if of.group("year") else None
    if year is None and ctx.ref is not None:
        year = ctx.ref.year - (1 if month > ctx.ref.month else 0)
    if year is None:
        return "DATE", f"XXXX-{month:02d}", True
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    day = last - dt.timedelta(days=(last.weekday() - target) % 7)
    return "DATE", day.isoformat(), of.group("year") is None
