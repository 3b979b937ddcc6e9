"""Value rules for relative expressions: "last week", "two years ago", "that day" (a weekday's
is in ``weekdays``).

Each function takes a match, the text and the :class:`Context` and returns
``(type, value, anchored)``. Relative expressions are read against the
publication date; anaphora ("that year", "the same month", "the quarter")
take the last date the text stated before them.
"""

from __future__ import annotations

import datetime as dt
import re

from graphx.extract.timex.amounts import duration_value
from graphx.extract.timex.anchoring import (
    NO_VALUE,
    Context,
    Value,
    iso_week,
    number,
    rel_offset,
    shift_month,
    unit_value,
    words_of,
)
from graphx.extract.timex.rules import Found, words
from graphx.extract.timex.spans import FY_MONTH

__all__ = [
    "ago",
    "anaphor",
    "deictic",
    "edge_unit",
    "fiscal_year_relative",
    "month_day",
    "within_unit",
    "relative_unit",
    "same_period",
    "vague_ref",
    "year_ago",
]

_W = words()
_THAT = ("that", "the same", "that same")
_DEICTIC_DAYS = {
    "today": 0,
    "yesterday": -1,
    "tomorrow": 1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
    "tonight": 0,
}
_AGO_UNITS = {"M": "month", "Y": "year", "DE": "decade", "CE": "century"}


def _day_value(day: dt.date | None) -> Value:
    return ("DATE", day.isoformat(), True) if day else NO_VALUE


def edge_unit(f: Found, text: str, ctx: Context) -> Value:
    """ "the end of the year", "early this month", "midday" (noon of the day in question)."""
    unit = f.group("unit").lower()
    if unit != "day":
        return "DATE", unit_value(ctx, unit, 0), True
    back = ctx.last_day or ctx.ref
    if f.group("mod").lower().startswith("mid"):  # "midday" is noon, a time of day
        return ("TIME", f"{back.isoformat()}T12:00", True) if back else ("TIME", "", False)
    return _day_value(back)


def fiscal_year_relative(f: Found, text: str, ctx: Context) -> Value:
    """ "the last fiscal year": fiscal years start in ``fiscal_year.start_month``."""
    off = rel_offset(f.group("rel")) or 0
    if ctx.ref is None:
        return "DATE", "FYXXXX", True
    current = ctx.ref.year + (1 if ctx.ref.month >= FY_MONTH else 0)
    return "DATE", f"FY{current + off}", True


def _following(unit: str, ctx: Context) -> Value | None:
    """ "the following year/month/week": the one after the year, month or day the text
    last named."""
    if unit == "week" and ctx.last_day is not None:
        return "DATE", iso_week(ctx.last_day + dt.timedelta(days=7)), False
    if unit not in ("year", "month") or not ctx.last_year:
        return None
    if unit == "year":
        return "DATE", str(ctx.last_year + 1), False
    if ctx.last_month:
        y, m = shift_month(ctx.last_year, ctx.last_month, 1)
        return "DATE", f"{y}-{m:02d}", False
    return None


def _next_to_told(rel: str, ctx: Context) -> Value | None:
    """ "the next day", "the following day", "the previous day": the day after (or before)
    the last day the text named. With none named, a day after the publication date is
    only right in a clause that looks ahead; otherwise the day is unknown."""
    step = {"the next": 1, "the following": 1, "the previous": -1}.get(rel)
    if step is None:
        return None
    if ctx.counts_from_month():
        return NO_VALUE
    if (weekday := ctx.weekday_after_day()) is not None:
        # "ended the deal Monday ... the next day": Tuesday, of a week not yet known
        return "DATE", f"XXXX-WXX-{(weekday + step) % 7 + 1}", True
    if (told := ctx.month_day_after_day()) is not None:
        return _from_month_day(told, step) or NO_VALUE
    if ctx.last_day is not None:
        return _day_value(ctx.last_day + dt.timedelta(days=step))
    return None if ctx.future or step < 0 else NO_VALUE


def _said_before(rel: str, unit: str, ctx: Context) -> Value | None:
    """ "that day", "that same year", "the whole month", "the next day": the unit the text
    last named, or the one next to it."""
    if unit == "day" and rel in _THAT:
        return _day_value(ctx.last_day or ctx.ref)
    if unit == "day" and (told := _next_to_told(rel, ctx)) is not None:
        return told
    if rel in (*_THAT, "the entire", "the whole"):
        if unit == "year" and ctx.last_year:
            return "DATE", str(ctx.last_year), False
        if unit == "month" and ctx.last_year and ctx.last_month:
            return "DATE", f"{ctx.last_year}-{ctx.last_month:02d}", False
        if rel.startswith("that") or rel == "the same":
            return NO_VALUE
    if rel == "the following":
        return _following(unit, ctx)
    return None


def relative_unit(f: Found, text: str, ctx: Context) -> Value:
    """ "last week", "this month", "the past year", "the next three years" (a duration)."""
    rel = words_of(f.group("rel"))
    unit = f.group("unit").lower()
    if f.group("n") or (unit.endswith("s") and unit not in ("days",)) or unit in ("days", "hours"):
        return "DURATION", duration_value(f.group("n") or "X", unit), False
    if unit == "day" and rel in ("last", "the last", "past", "the past"):
        # "the last day of the trial", "his last day in office", "over the past day": no
        # yesterday (found in probe325: "on the last day of March" had been one)
        return "DURATION", "P1D", False
    if (said := _said_before(rel, unit, ctx)) is not None:
        return said
    if rel in ("the past", "the next", "the coming", "the following"):
        # as the TimeML corpora read them: "the past year" is the year before this one
        rel = "last" if rel == "the past" else "next"
    off = rel_offset(rel)
    if off is None:
        return NO_VALUE
    if unit in ("week", "weekend") and ctx.ref_precision in ("month", "year"):
        # against a month of publication "this week" ("this weekend") is a week of it, not
        # its first (found in probe165: "should read this weekend" on Aug. 3-4)
        return "DATE", "XXXX-WXX" + ("-WE" if unit == "weekend" else ""), True
    return "DATE", unit_value(ctx, unit, off), True


def _from_told(offset: int, unit: str, at: int, ctx: Context) -> Value | None:
    """``offset`` days, weeks, months or years from the last date the text named, or None
    when it named none of that precision, or a month since (NO_VALUE)."""
    if unit in ("D", "W") and ctx.counts_from_month():
        return NO_VALUE
    weekday = ctx.weekday_after_day()
    if unit == "D" and weekday is not None:
        # "On Monday ... Two days later": Wednesday, of a week the article does not give
        return ("DATE", f"XXXX-WXX-{(weekday + offset) % 7 + 1}", True) if abs(offset) < 7 else None
    if unit in ("D", "W") and (told := ctx.month_day_after_day()) is not None:
        return _from_month_day(told, offset * (7 if unit == "W" else 1)) or NO_VALUE
    if unit in ("D", "W") and ctx.last_day is not None:
        day = ctx.last_day + dt.timedelta(days=offset * (7 if unit == "W" else 1))
        if _the_present_told(day, ctx):
            return "DATE", day.isoformat(), True
        return "DATE", ctx.saw_day(day, at).isoformat(), True
    if unit == "M" and ctx.last_year and ctx.last_month:
        y, m = shift_month(ctx.last_year, ctx.last_month, offset)
        return "DATE", f"{y}-{m:02d}", True
    if unit == "Y" and ctx.last_year:
        return "DATE", str(ctx.last_year + offset), True
    return None


def _the_present_told(day: dt.date, ctx: Context) -> bool:
    """A count that lands on the days the article was written, in a sentence of the present
    ("Six days later, the picking rows are quiet"): the story's now, which a later "the
    same day" does not mean (found in probe159: "said in a news release the same day" after
    it is the raid's day)."""
    if ctx.ref is None or ctx.ref_precision != "day" or ctx.past or ctx.future:
        return False
    return ctx.ref - dt.timedelta(days=1) <= day <= ctx.ref


def _from_month_day(told: tuple[int, int], days: int) -> Value | None:
    """A count of days from a month and day of no known year ("arrested on March 11 ...
    Two days later": March 13); None across the end of February, where the year decides."""
    if told == (2, 29):
        return None
    start = dt.date(2001, *told)  # any year with no Feb. 29
    day = start + dt.timedelta(days=days)
    if (start.month <= 2) != (day.month <= 2) or start.year != day.year:
        return None
    return "DATE", f"XXXX-{day.month:02d}-{day.day:02d}", True


def ago(f: Found, text: str, ctx: Context) -> Value:
    """ "two years ago" (from the publication date); "three days earlier", "a week later"
    (from the last date the text named, as TimeML anchors them: "He was arrested on
    March 2. Two days later ..." is March 4); "a year ago" after a quarter."""
    n = number(f.group("n"))
    unit = _W["units"][f.group("unit").lower()]
    direction = f.group("dir").lower()
    if unit == "Y" and ctx.last_quarter and f.group("n").lower() in ("a", "one"):
        # earnings news: "a year ago" after a quarter is that quarter a year before
        return "DATE", f"{ctx.last_quarter[0] - 1}-Q{ctx.last_quarter[1]}", False
    if direction != "ago" and n is not None and not unit.startswith("T"):
        step = int(n) if direction == "later" else -int(n)
        if (told := _from_told(step, unit, f.start, ctx)) is not None:
            return told
        if direction == "later":
            return NO_VALUE  # later than a date the text never named
    if n is None or unit.startswith("T") or ctx.ref is None:
        return "DATE", "PAST_REF", False
    if unit in ("D", "W"):
        days = int(n) * (7 if unit == "W" else 1)
        back = _last_weekday(ctx.ref, f.group("agowd")) - dt.timedelta(days=days)
        return "DATE", ctx.saw_day(back, f.start).isoformat(), True
    if unit == "Y" and f.group("agowd"):
        # "ten years ago Monday": an anniversary, that many years before this week's Monday
        return "DATE", _years_before(_last_weekday(ctx.ref, f.group("agowd")), int(n)), True
    return "DATE", unit_value(ctx, _AGO_UNITS[unit], -int(n)), True


def _years_before(day: dt.date, years: int) -> str:
    """The same day that many years before; Feb. 29 falls back to Feb. 28."""
    try:
        return day.replace(year=day.year - years).isoformat()
    except ValueError:
        return day.replace(year=day.year - years, day=28).isoformat()


def _last_weekday(day: dt.date, weekday: str | None) -> dt.date:
    """The day itself ("six years ago today"), or for "a week ago Friday" the last Friday on
    or before it."""
    if not weekday or weekday.lower() == "today":
        return day
    back = (day.weekday() - _W["weekdays"][weekday.lower()]) % 7
    return day - dt.timedelta(days=back)


def month_day(f: Found, text: str, ctx: Context) -> Value:
    """ "on the 9th": that day of the publication month, or of the month before when the
    day is still to come and the clause does not look ahead (the coming one when it does)."""
    day = int(f.group("d"))
    if ctx.ref is None or ctx.ref_precision != "day":
        return "DATE", f"XXXX-XX-{day:02d}", True
    ahead = ctx.future and day < ctx.ref.day  # this month's has passed: next month's
    back = not ctx.future and day > ctx.ref.day  # this month's is to come: last month's
    y, m = shift_month(ctx.ref.year, ctx.ref.month, 1 if ahead else -1 if back else 0)
    try:
        when = dt.date(y, m, day)
    except ValueError:
        return NO_VALUE
    return "DATE", ctx.saw_day(when, f.start).isoformat(), True


def within_unit(f: Found, text: str, ctx: Context) -> Value:
    """ "earlier in the week", "later in the month": the week or month of the last day the
    text named, else of the publication date."""
    day = ctx.last_day or ctx.ref
    if day is None:
        return NO_VALUE
    if f.group("unit").lower() == "week":
        return "DATE", iso_week(day), True
    return "DATE", f"{day.year}-{day.month:02d}", True


def deictic(f: Found, text: str, ctx: Context) -> Value:
    """ "today", "the day after tomorrow", "tonight", "last night", "this morning"."""
    word = words_of(f.group("deixis"))
    if ctx.ref is not None and ctx.ref_precision in ("month", "year"):
        # against a month of publication "today" is a day of it, not its first
        return "DATE", ctx.ref.isoformat()[: 7 if ctx.ref_precision == "month" else 4], True
    if word in _DEICTIC_DAYS:
        if ctx.ref is None:
            return "DATE", "XXXX-XX-XX", True
        day = ctx.saw_day(ctx.ref + dt.timedelta(days=_DEICTIC_DAYS[word]), -1).isoformat()
        return ("TIME", day + "TNI", True) if word == "tonight" else ("DATE", day, True)
    first, part = word.split()
    day_ = ctx.ref - dt.timedelta(days=1 if first == "last" else 0) if ctx.ref else None
    code = _W["parts_of_day"].get(part, "")
    return "TIME", (day_.isoformat() if day_ else "XXXX-XX-XX") + "T" + code, True


def vague_ref(f: Found, text: str, ctx: Context) -> Value:
    """ "now" -> PRESENT_REF, "in the past" -> PAST_REF, "in the future" -> FUTURE_REF."""
    return "DATE", f"{f.rule.upper()}_REF", False


def same_period(f: Found, text: str, ctx: Context) -> Value:
    """ "the same period last year": the month or quarter just mentioned, a year back."""
    if m := re.fullmatch(r"(\d{4})(-(?:\d\d|Q\d))", ctx.last_period):
        return "DATE", f"{int(m[1]) - 1}{m[2]}", False
    return ("DATE", str(ctx.ref.year - 1), True) if ctx.ref else NO_VALUE


def year_ago(f: Found, text: str, ctx: Context) -> Value:
    """ "the year-ago quarter", "year-earlier": the same quarter (or year) a year before."""
    if ctx.last_quarter is not None:
        year_, q = ctx.last_quarter
    elif ctx.ref is not None:
        year_, q = ctx.ref.year, 0
    else:
        return NO_VALUE
    if f.group("ord"):
        q = _W["ordinals"][f.group("ord").lower()]
    return ("DATE", f"{year_ - 1}-Q{q}", True) if q else ("DATE", str(year_ - 1), True)


# the parts of a day told of a day named before ("that night", "that same afternoon")
_DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night"})


def anaphor(f: Found, text: str, ctx: Context) -> Value:
    """ "the day", "that day", "the weekend": the last full date of the sentence, else the dct;
    "that night", "in the afternoon": that part of the last day told."""
    ana = words_of(f.group("ana"))
    if ana == "the quarter":
        if ctx.last_quarter:
            return "DATE", "{}-Q{}".format(*ctx.last_quarter), False
        return "DATE", unit_value(ctx, "quarter", -1), True
    if ana in ("the day before", "the day after"):  # as "the previous day", "the next day"
        told = _next_to_told("the previous" if ana.endswith("before") else "the next", ctx)
        return told or NO_VALUE
    day = ctx.last_day or ctx.ref
    if day is None or ctx.ref is None:
        return NO_VALUE
    part = ana.split()[-1]
    if part in _DAY_PARTS and ctx.last_day is None:
        return NO_VALUE  # "that night" of no day told: not the article's own night
    if part in _DAY_PARTS:  # "that night", "in the afternoon": that part of the day told
        return "TIME", f"{day.isoformat()}T{_W['parts_of_day'][part]}", True
    if ana == "the weekend":
        # the weekend just past, unless the publication day is in it or the clause looks ahead
        ref = ctx.ref
        if ref.weekday() < 5 and not ctx.future:
            ref -= dt.timedelta(days=ref.weekday() + 1)
        return "DATE", iso_week(ref) + "-WE", True
    return "DATE", day.isoformat(), True
