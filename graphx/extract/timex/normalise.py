"""Normalize time expressions to TimeML values anchored on the publication date.

``find_time_expressions`` runs the rules of ``graphx.extract.timex.rules`` over a text and
turns each match into a :class:`~graphx.model.TimeExpression`: a TimeML value
at the precision the text supports (``2018``, ``2019-03``, ``2020-01-17``,
``2021-W13``, ``2019-Q4``, ``2012-SU``, ``199`` for the 1990s, ``PRESENT_REF``,
``P3Y``, ``XXXX-WXX-1``...), plus the inclusive ISO days it covers.

Conventions worth knowing:

* US federal fiscal years get the value ``FY2019`` (not TimeML, which has no
  fiscal years) and the span 2018-10-01..2019-09-30 (``resources/time_words.json``).
* Relative expressions are anchored on ``dct``; a week ``dct`` (``2020-W04``)
  is anchored on its Monday, a month or year ``dct`` on its first day. A bare
  weekday or month is read as the most recent one (today included) unless the
  sentence looks ahead ("will", "scheduled", "next"...), then as the coming one.
  "that year" / "the same month" take the last explicit date before them.
* With ``dct_certain=False`` (an inferred publication date), or a ``dct`` less
  precise than the expression, anchored values are ``uncertain``; with no
  ``dct`` they stay unresolved (``XXXX-07``).
* ``PRESENT_REF`` gets the publication day as its span when it is known.
* A dateline (a line of a multi-line text holding nothing but a full date,
  such as "March 01, 2008" under a headline) is publication metadata, not a
  time expression of the text, and is not returned (TimeML's CREATION_TIME).
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass

from graphx.extract.timex.rules import Found, scan, words
from graphx.model import TimeExpression, date_precision

__all__ = ["find_time_expressions", "normalize", "span_of"]

log = logging.getLogger(__name__)

_W = words()
_FUTURE = re.compile(_W["future_cues"], re.I)
_PAST = re.compile(_W["past_cues"], re.I)
_FUTURE_PREP = re.compile(_W["future_prepositions"], re.I)
_FUTURE_BEFORE = re.compile(_W["future_before_cues"], re.I)
_CLAUSE_VERB_AFTER = re.compile(_W["clause_verb_after"], re.I)
_PRESENT = re.compile(r"\b(?:is|are|am)\b(?!\s+(?:to|going|expected|scheduled|due|set)\b)", re.I)
_REPORTED_ON = re.compile(_W["reported_on"], re.I)
_SENTENCE_START = re.compile(r"[.!?]\s|\n")
_FY_MONTH = int(_W["fiscal_year"]["start_month"])
_NEAR_DAYS, _NEAR_MONTHS = 60, 2
_WIRE_PLACE = re.compile(r"[A-Z][A-Z .'-]+(?:, [A-Z][\w .'-]*)?,\s*")
_WIRE_AGENCY = re.compile(r"\s*(?:\([^)\n]{1,40}\))?\s*(?:--|-|_|\u2014|\u2013|:)?\s*")
_EARLIEST = str(_W["date_bounds"]["earliest"])
_YEARS_AHEAD = int(_W["date_bounds"]["years_after_publication"])
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


@dataclass(slots=True)
class _Context:
    """What a rule needs besides its groups: the anchor and the discourse so far."""

    ref: dt.date | None
    ref_precision: str
    future: bool
    past: bool = False
    last_year: int | None = None
    last_month: int | None = None
    last_day: dt.date | None = None
    last_quarter: tuple[int, int] | None = None
    last_period: str = ""
    last_day_at: int = -1
    sentence_start: int = 0

    def saw_day(self, day: dt.date, at: int) -> dt.date:
        self.last_year, self.last_month, self.last_day, self.last_day_at = (
            day.year,
            day.month,
            day,
            at,
        )
        return day

    def day_in_sentence(self) -> dt.date | None:
        """The last full date of the current sentence, else the anchor."""
        return self.last_day if self.last_day_at >= self.sentence_start else self.ref


def _parse_dct(dct: str) -> tuple[dt.date | None, str]:
    """The anchor day of a publication date and its precision.

    >>> _parse_dct("2020-W04")
    (datetime.date(2020, 1, 20), 'week')
    """
    dct = dct.strip()[:10]
    try:
        if m := re.fullmatch(r"(\d{4})-W(\d\d)", dct):
            return dt.date.fromisocalendar(int(m[1]), int(m[2]), 1), "week"
        if re.fullmatch(r"\d{4}", dct):
            return dt.date(int(dct), 1, 1), "year"
        if re.fullmatch(r"\d{4}-\d\d", dct):
            return dt.date(int(dct[:4]), int(dct[5:7]), 1), "month"
        return dt.date.fromisoformat(dct), "day"
    except ValueError:
        if dct:
            log.warning("unreadable publication date %r: relative dates left unresolved", dct)
        return None, ""


def _name(table: str, word: str) -> int:
    return int(_W[table][word.lower().rstrip(".")])


def _number(word: str) -> float | None:
    word = word.lower().replace("-", " ")
    if re.fullmatch(r"\d+(\.\d+)?", word):
        return float(word)
    if word in _W["numbers"]:
        return float(_W["numbers"][word])
    parts = word.split()
    if len(parts) == 2 and all(p in _W["numbers"] for p in parts):
        return float(_W["numbers"][parts[0]] + _W["numbers"][parts[1]])
    return None


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + delta
    return index // 12, index % 12 + 1


def _week(day: dt.date) -> str:
    y, w, _ = day.isocalendar()
    return f"{y}-W{w:02d}"


def _choose_year(ctx: _Context, month: int, day: int = 1, rel: str = "") -> int | None:
    """Year of a month (or month-day) given without one, read against the anchor."""
    if ctx.ref is None:
        return None
    ref = ctx.ref
    here = (month, day) if day else (month, 1)
    now = (ref.month, ref.day if day else 1)
    if rel in ("last", "this past"):
        return ref.year if here < now else ref.year - 1
    if rel in ("next", "this coming") or (ctx.future and not rel):
        if day and not rel and 0 <= (ref - _safe_date(ref.year, month, day)).days <= 7:
            return ref.year  # a date of the past few days: the future cue was about something else
        return ref.year if here >= now else ref.year + 1
    if day and not rel:
        # a day of month is usually close to the dateline: the nearest reading
        # wins within two months, or whenever no past-tense cue says otherwise
        nearest = min(
            (ref.year - 1, ref.year, ref.year + 1),
            key=lambda y: abs((_safe_date(y, month, day) - ref).days),
        )
        if not ctx.past or abs((_safe_date(nearest, month, day) - ref).days) <= _NEAR_DAYS:
            return nearest
    if not rel and not ctx.past and 0 < (month - ref.month) % 12 <= _NEAR_MONTHS:
        return ref.year + (month < ref.month)  # "in November", said in late October
    return ref.year if here <= now or rel == "this" else ref.year - 1


def _safe_date(year: int, month: int, day: int) -> dt.date:
    return dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))


def _weekday(ctx: _Context, target: int, rel: str) -> dt.date | None:
    if ctx.ref is None:
        return None
    back = (ctx.ref.weekday() - target) % 7
    ahead = (target - ctx.ref.weekday()) % 7
    if rel in ("last", "past", "this past"):
        return ctx.ref - dt.timedelta(days=back or 7)
    if rel in ("next", "coming", "this coming"):
        return ctx.ref + dt.timedelta(days=ahead or 7)
    if rel == "this" or ctx.future:
        return ctx.ref + dt.timedelta(days=ahead)
    return ctx.ref - dt.timedelta(days=back)


def _rel_offset(rel: str) -> int | None:
    rel = re.sub(r"\s+", " ", rel.lower())
    if rel in (
        "last",
        "the last",
        "previous",
        "the previous",
        "past",
        "this past",
        "latest",
        "the latest",
        "the most recent",
    ):
        return -1
    if rel in ("next", "the next", "coming", "the coming", "the following", "this coming"):
        return 1
    if rel in ("this", "current", "the current", "the entire", "the whole"):
        return 0
    return None


def _unit_value(ctx: _Context, unit: str, offset: int) -> str:
    ref = ctx.ref
    if ref is None:
        return {
            "week": "XXXX-WXX",
            "weekend": "XXXX-WXX-WE",
            "month": "XXXX-XX",
            "quarter": "XXXX-QX",
            "decade": "XXX",
            "century": "XX",
        }.get(unit, "XXXX")
    if unit in ("week", "weekend"):
        value = _week(ref + dt.timedelta(weeks=offset))
        return value + ("-WE" if unit == "weekend" else "")
    if unit == "month":
        y, m = _shift_month(ref.year, ref.month, offset)
        return f"{y}-{m:02d}"
    if unit == "quarter":
        index = ref.year * 4 + (ref.month - 1) // 3 + offset
        return f"{index // 4}-Q{index % 4 + 1}"
    if unit == "decade":
        return str(ref.year // 10 + offset)
    if unit == "century":
        return str(ref.year // 100 + offset)
    if unit == "day":
        return (ref + dt.timedelta(days=offset)).isoformat()
    return str(ref.year + offset)


def _duration(n: str, unit: str) -> str:
    code = _W["units"].get(unit.lower(), "")
    number = _number(n) if n else 1.0
    if not code:
        return ""
    amount = "X" if number is None else f"{number:g}"
    if code in ("DE", "CE") and number is not None:
        amount, code = f"{number * (10 if code == 'DE' else 100):g}", "Y"
    return f"PT{amount}{code[1]}" if code.startswith("T") else f"P{amount}{code}"


def _fy(found: Found) -> str:
    raw = found.group("y") or found.group("y2") or found.group("y3")
    year = int(raw) + (2000 if len(raw) == 2 else 0)
    return f"FY{year}"


def _year_value(ctx: _Context, y: int) -> str:
    ctx.last_year = y
    return str(y)


def _value(f: Found, text: str, ctx: _Context) -> tuple[str, str, bool]:
    """(type, value, anchored) for one match; value "" when it cannot be normalized."""
    g = f.group
    rule = f.rule
    if rule in ("iso", "numeric", "mdy", "dmy"):
        month = int(g("m")) if g("m") else _name("months", g("mon"))
        day = int(g("d"))
        raw = g("y")
        if raw:
            year: int | None = int(raw) + (
                0 if len(raw) == 4 else (1900 if int(raw) > 50 else 2000)
            )
        else:
            year = _choose_year(ctx, month, day, re.sub(r"\s+", " ", g("rel").lower()))
        if year is None:
            return "DATE", f"XXXX-{month:02d}-{day:02d}", True
        try:
            dt.date(year, month, day)
        except ValueError:
            return "DATE", "", False
        ctx.saw_day(dt.date(year, month, day), f.start)
        return "DATE", f"{year}-{month:02d}-{day:02d}", not raw
    if rule in ("my", "month"):
        month = _name("months", g("mon"))
        rel = re.sub(r"\s+", " ", g("rel").lower())
        y = int(g("y")) if g("y") else _choose_year(ctx, month, 0, rel)
        if g("yrel") and ctx.ref is not None:
            y = ctx.ref.year + (_rel_offset(g("yrel")) or 0)
        if y is None:
            return "DATE", f"XXXX-{month:02d}", True
        ctx.last_year, ctx.last_month = y, month
        return "DATE", f"{y}-{month:02d}", not g("y")
    if rule == "week_of":
        return _week_of(f, ctx)
    if rule == "spelled_year":
        return _spelled_year(f, ctx)
    if rule == "edge_unit":
        unit = g("unit").lower()
        if unit == "day":
            back = ctx.last_day or ctx.ref
            if g("mod").lower().startswith("mid"):  # "midday" is noon, a time of day
                return ("TIME", f"{back.isoformat()}T12:00", True) if back else ("TIME", "", False)
            return ("DATE", back.isoformat(), True) if back else ("DATE", "", False)
        return "DATE", _unit_value(ctx, unit, 0), True
    if rule == "fy":
        return "DATE", _fy(f), False
    if rule == "fy_rel":
        off = _rel_offset(g("rel")) or 0
        if ctx.ref is None:
            return "DATE", "FYXXXX", True
        current = ctx.ref.year + (1 if ctx.ref.month >= _FY_MONTH else 0)
        return "DATE", f"FY{current + off}", True
    if rule in ("quarter", "qnum"):
        q = int(g("q") or g("q2") or 0) or _W["ordinals"][g("ord").lower()]
        if g("y") or g("y2"):
            ctx.last_quarter = (int(g("y") or g("y2")), q)
            return "DATE", _year_value(ctx, int(g("y") or g("y2"))) + f"-Q{q}", False
        if g("ord").lower() == "last" and not g("qrel"):
            return "DATE", _unit_value(ctx, "quarter", -1), True
        off = {"last": -1, "next": 1}.get(g("qrel").lower(), 0)
        base = ctx.last_year if g("qrel").lower() == "the" and ctx.last_year else None
        if base is None and ctx.ref is None:
            return "DATE", f"XXXX-Q{q}", True
        if base is None and ctx.ref is not None:
            base = ctx.ref.year
            now = (ctx.ref.month - 1) // 3 + 1
            if not g("qrel") and q > now and (ctx.past or q - now > 2) and not ctx.future:
                base -= 1  # "the fourth quarter" said in March is the one just past
        ctx.last_quarter = (base + off, q)  # type: ignore[operator]
        return "DATE", f"{base + off}-Q{q}", True  # type: ignore[operator]
    if rule == "season":
        code = _W["seasons"][g("s").lower()]
        if g("y"):
            return "DATE", f"{_year_value(ctx, int(g('y')))}-{code}", False
        if ctx.ref is None:
            return "DATE", f"XXXX-{code}", True
        rel = re.sub(r"\s+", " ", g("rel").lower())
        start = _SEASON_MONTHS[code][0]
        y = (
            ctx.ref.year
            if rel == "this"
            else _choose_year(ctx, start, 0, rel if rel in ("last", "next", "this past") else "")
        )
        return "DATE", f"{y}-{code}", True
    if rule == "decade":
        if g("dw"):
            return "DATE", f"19{_W['decade_words'][g('dw').lower()]}", False
        dec = g("dec") or ("19" + (g("d2") or g("d3") or g("d4")))
        return "DATE", dec[:3], False
    if rule == "century":
        return "DATE", f"{int(g('c')) - 1:02d}", False
    if rule == "year":
        return "DATE", _year_value(ctx, int(g("y"))), False
    if rule == "rel_unit":
        return _rel_unit(f, ctx)
    if rule == "ago":
        n = _number(g("n"))
        unit = _W["units"][g("unit").lower()]
        if n is None or unit.startswith("T") or ctx.ref is None:
            return "DATE", "PAST_REF", False
        if unit == "Y" and ctx.last_quarter and g("n").lower() in ("a", "one"):
            # earnings news: "a year ago" after a quarter is that quarter a year before
            return "DATE", f"{ctx.last_quarter[0] - 1}-Q{ctx.last_quarter[1]}", False
        if unit in ("D", "W"):
            days = int(n) * (7 if unit == "W" else 1)
            back = ctx.ref - dt.timedelta(days=days)
            return "DATE", ctx.saw_day(back, f.start).isoformat(), True
        name = {"M": "month", "Y": "year", "DE": "decade", "CE": "century"}[unit]
        return "DATE", _unit_value(ctx, name, -int(n)), True
    if rule == "deictic":
        return _deictic(g("deixis").lower(), ctx)
    if rule == "weekday":
        when = _weekday(ctx, _name("weekdays", g("wd")), re.sub(r"\s+", " ", g("rel").lower()))
        part = _W["parts_of_day"].get(g("part").lower(), "")
        if when is None:
            return "DATE", f"XXXX-WXX-{_name('weekdays', g('wd')) + 1}", True
        if g("shift"):  # "the day before last Tuesday"
            when += dt.timedelta(days=1 if g("shift").lower().endswith("after") else -1)
        ctx.saw_day(when, f.start)
        iso = when.isoformat()
        return ("TIME", f"{iso}T{part}", True) if part else ("DATE", iso, True)
    if rule in ("present", "past", "future"):
        return "DATE", f"{rule.upper()}_REF", False
    if rule == "holiday":
        return _holiday(f, ctx)
    if rule == "same_period":
        # "the same period last year": the month or quarter just mentioned, a year back
        if m := re.fullmatch(r"(\d{4})(-(?:\d\d|Q\d))", ctx.last_period):
            return "DATE", f"{int(m[1]) - 1}{m[2]}", False
        return ("DATE", str(ctx.ref.year - 1), True) if ctx.ref else ("DATE", "", False)
    if rule == "year_ago":
        return _year_ago(f, ctx)
    if rule == "anaphor":
        return _anaphor(f, ctx)
    if rule == "duration":
        if re.match(r"an?\s+seconds?\b", text[f.start : f.end], re.I):
            return "DURATION", "", False  # "a second attempt"
        if re.match(r"an?\s", text[f.start : f.end], re.I) and not re.search(
            r"\b(?:for|in|within|over|after|about|nearly|than|almost|once|twice)\s+$",
            text[max(0, f.start - 10) : f.start],
            re.I,
        ):
            return "DURATION", "", False
        if re.match(r"(?:a|per)\s", text[f.start : f.end], re.I) and re.search(
            r"\d\s*$", text[max(0, f.start - 8) : f.start]
        ):
            return "SET", _duration("1", g("unit")), False
        return "DURATION", _duration(g("n"), g("unit")), False
    if rule == "set":
        return "SET", _set_value(f, text), False
    if rule == "time":
        return _time(f, ctx)
    return "DATE", "", False


def _rel_unit(f: Found, ctx: _Context) -> tuple[str, str, bool]:
    rel = re.sub(r"\s+", " ", f.group("rel").lower())
    unit = f.group("unit").lower()
    if f.group("n") or (unit.endswith("s") and unit not in ("days",)) or unit in ("days", "hours"):
        return "DURATION", _duration(f.group("n") or "X", unit), False
    if unit == "day" and rel in ("that", "the same", "that same"):
        day = ctx.last_day or ctx.ref
        return ("DATE", day.isoformat(), True) if day else ("DATE", "", False)
    if rel in ("that", "the same", "that same", "the entire", "the whole"):
        if unit == "year" and ctx.last_year:
            return "DATE", str(ctx.last_year), False
        if unit == "month" and ctx.last_year and ctx.last_month:
            return "DATE", f"{ctx.last_year}-{ctx.last_month:02d}", False
        if rel.startswith("that") or rel == "the same":
            return "DATE", "", False
    if rel == "the following" and unit in ("year", "month") and ctx.last_year:
        if unit == "year":
            return "DATE", str(ctx.last_year + 1), False
        if ctx.last_month:
            y, m = _shift_month(ctx.last_year, ctx.last_month, 1)
            return "DATE", f"{y}-{m:02d}", False
    if rel in ("the past", "the next", "the coming", "the following"):
        # as the TimeML corpora read them: "the past year" is the year before this one
        rel = "last" if rel == "the past" else "next"
    off = _rel_offset(rel)
    if off is None:
        return "DATE", "", False
    return "DATE", _unit_value(ctx, unit, off), True


def _week_of(f: Found, ctx: _Context) -> tuple[str, str, bool]:
    """ "the last week of March": the n-th ISO week from the 1st, or the last one ending in it."""
    month = _name("months", f.group("mon"))
    year = int(f.group("y")) if f.group("y") else _choose_year(ctx, month, 0)
    if year is None:
        return "DATE", "", False
    if f.group("d"):  # "the week of March 6": the year of that day, not of the month
        day_of = int(f.group("d"))
        year = int(f.group("y")) if f.group("y") else _choose_year(ctx, month, day_of)
        if year is None:
            return "DATE", "", False
        return "DATE", _week(_safe_date(year, month, day_of)), not f.group("y")
    if not f.group("ord"):
        return "DATE", "", False
    n = _W["ordinals"][f.group("ord").lower()]
    if f.group("ord").lower() in ("last", "final"):
        end = dt.date(year, month, calendar.monthrange(year, month)[1])
        day = end - dt.timedelta(days=(end.weekday() + 1) % 7)  # last full week ends on a Sunday
    else:
        day = dt.date(year, month, 1) + dt.timedelta(weeks=n - 1)
    return "DATE", _week(day), not f.group("y")


def _spelled_year(f: Found, ctx: _Context) -> tuple[str, str, bool]:
    """ "nineteen ninety-six", "the year two thousand" (broadcast transcripts)."""
    head = f.group("sy").lower()
    tail = f.group("sy2").lower().replace("-", " ")
    if head == "nineteen":
        if not tail:
            return "DATE", "", False
        rest = 0 if tail == "hundred" else _number(tail)
        return (
            ("DATE", _year_value(ctx, 1900 + int(rest)), False)
            if rest is not None
            else ("DATE", "", False)
        )
    rest = _number(tail) if tail else 0
    return (
        ("DATE", _year_value(ctx, 2000 + int(rest)), False)
        if rest is not None
        else ("DATE", "", False)
    )


def _holiday_date(rule: object, year: int) -> dt.date:
    if isinstance(rule, str):  # "easter" or "easter-2" (anonymous Gregorian computus)
        a, b, c = year % 19, year // 100, year % 100
        d, e = b // 4, b % 4
        g = (8 * b + 13) // 25
        h = (19 * a + b - d - g + 15) % 30
        i, k = c // 4, c % 4
        l_ = (32 + 2 * e + 2 * i - h - k) % 7
        m = (a + 11 * h + 22 * l_) // 451
        month, day = divmod(h + l_ - 7 * m + 114, 31)
        shift = int(rule[6:] or 0) if "-" in rule else 0
        return dt.date(year, month, day + 1) - dt.timedelta(days=shift)
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


def _holiday(f: Found, ctx: _Context) -> tuple[str, str, bool]:
    """Christmas, Thanksgiving, Election Day...: the table in time_words.json."""
    rule = _W["holidays"][re.sub(r"\s+", " ", f.group("hol").lower())]
    if f.group("y"):
        return (
            "DATE",
            ctx.saw_day(_holiday_date(rule, int(f.group("y"))), f.start).isoformat(),
            False,
        )
    if ctx.ref is None:
        return "DATE", "", False
    rel = re.sub(r"\s+", " ", f.group("rel").lower())
    this = _holiday_date(rule, ctx.ref.year)
    year = ctx.ref.year
    if rel in ("last", "this past") or (not rel and not ctx.future):
        year -= this > ctx.ref
    elif rel == "next" or ctx.future:
        year += this < ctx.ref
    return "DATE", ctx.saw_day(_holiday_date(rule, year), f.start).isoformat(), True


def _year_ago(f: Found, ctx: _Context) -> tuple[str, str, bool]:
    """ "the year-ago quarter", "year-earlier": the same quarter (or year) a year before."""
    if ctx.last_quarter is None and ctx.ref is None:
        return "DATE", "", False
    year, q = ctx.last_quarter or (ctx.ref.year, 0)  # type: ignore[union-attr]
    if f.group("ord"):
        q = _W["ordinals"][f.group("ord").lower()]
    return ("DATE", f"{year - 1}-Q{q}", True) if q else ("DATE", str(year - 1), True)


def _anaphor(f: Found, ctx: _Context) -> tuple[str, str, bool]:
    """ "the day", "that day", "the weekend": the last full date of the sentence, else the dct."""
    ana = re.sub(r"\s+", " ", f.group("ana").lower())
    if ana == "the quarter":
        if ctx.last_quarter:
            return "DATE", "{}-Q{}".format(*ctx.last_quarter), False
        return "DATE", _unit_value(ctx, "quarter", -1), True
    day = ctx.last_day or ctx.ref
    if day is None or ctx.ref is None:
        return "DATE", "", False
    if ana == "the weekend":
        # the weekend just past, unless the publication day is in it or the clause looks ahead
        ref = ctx.ref
        if ref.weekday() < 5 and not ctx.future:
            ref -= dt.timedelta(days=ref.weekday() + 1)
        return "DATE", _week(ref) + "-WE", True
    return "DATE", day.isoformat(), True


def _deictic(word: str, ctx: _Context) -> tuple[str, str, bool]:
    word = re.sub(r"\s+", " ", word)
    offsets = {
        "today": 0,
        "yesterday": -1,
        "tomorrow": 1,
        "the day before yesterday": -2,
        "the day after tomorrow": 2,
        "tonight": 0,
    }
    if word in offsets:
        if ctx.ref is None:
            return "DATE", "XXXX-XX-XX", True
        day = ctx.saw_day(ctx.ref + dt.timedelta(days=offsets[word]), -1).isoformat()
        return ("TIME", day + "TNI", True) if word == "tonight" else ("DATE", day, True)
    first, part = word.split()
    day_ = ctx.ref - dt.timedelta(days=1 if first == "last" else 0) if ctx.ref else None
    code = _W["parts_of_day"].get(part, "")
    return "TIME", (day_.isoformat() if day_ else "XXXX-XX-XX") + "T" + code, True


def _set_value(f: Found, text: str) -> str:
    phrase = re.sub(r"\s+", " ", text[f.start : f.end].lower())
    if phrase in _W["sets"]:
        return str(_W["sets"][phrase])
    if f.group("wd"):
        return f"XXXX-WXX-{_name('weekdays', f.group('wd')) + 1}"
    n = {"other": "2"}.get(f.group("n").lower(), f.group("n"))
    return _duration(n, f.group("unit"))


def _time(f: Found, ctx: _Context) -> tuple[str, str, bool]:
    hour = int(f.group("h") or f.group("h2"))
    minute = int(f.group("mi") or 0)
    ampm = (f.group("ampm") or f.group("ampm2")).lower()
    if ampm.startswith("p") and hour < 12:
        hour += 12
    if ampm.startswith("a") and hour == 12:
        hour = 0
    zone = "Z" if (f.group("tz") or f.group("tz2")).upper() in ("UTC", "GMT") else ""
    said = (f.group("tday") or f.group("tday2")).lower().rstrip(".")
    when = ctx.day_in_sentence()
    if said in _W["weekdays"]:
        when = _weekday(ctx, _W["weekdays"][said], "")
    elif said and ctx.ref:
        when = ctx.ref + dt.timedelta(days={"yesterday": -1, "tomorrow": 1}.get(said, 0))
    day = when.isoformat() if when else "XXXX-XX-XX"
    return "TIME", f"{day}T{hour:02d}:{minute:02d}{zone}", True


def span_of(value: str) -> tuple[str, str]:
    """Inclusive ISO days covered by a TimeML calendar value; ("", "") otherwise.

    >>> span_of("2021-W13"), span_of("FY2019"), span_of("2019-Q4")
    (('2021-03-29', '2021-04-04'), ('2018-10-01', '2019-09-30'), ('2019-10-01', '2019-12-31'))
    """
    try:
        return _span(value)
    except ValueError:
        return "", ""


def _span(value: str) -> tuple[str, str]:
    if m := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)(?:T.*)?", value):
        day = dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        return day, day
    if m := re.fullmatch(r"(\d{4})-(\d\d)", value):
        y, mo = int(m[1]), int(m[2])
        return f"{y}-{mo:02d}-01", f"{y}-{mo:02d}-{calendar.monthrange(y, mo)[1]:02d}"
    if m := re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", value):
        monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        first = monday + dt.timedelta(days=5 if m[3] else 0)
        return first.isoformat(), (monday + dt.timedelta(days=6)).isoformat()
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
        y, q = int(m[1]), int(m[2])
        return _months(y, 3 * q - 2, y, 3 * q)
    if m := re.fullmatch(r"(\d{4})-H([12])", value):
        return _months(int(m[1]), 6 * int(m[2]) - 5, int(m[1]), 6 * int(m[2]))
    if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value):
        m1, m2 = _SEASON_MONTHS[m[2]]
        y = int(m[1])
        return _months(y, m1, y + (m2 - 1) // 12, (m2 - 1) % 12 + 1)
    if m := re.fullmatch(r"FY(\d{4})", value):
        y = int(m[1])
        return _months(y - 1, _FY_MONTH, y, (_FY_MONTH - 2) % 12 + 1)
    if re.fullmatch(r"\d{2,4}", value):
        width = 10 ** (4 - len(value))
        return f"{int(value) * width:04d}-01-01", f"{int(value) * width + width - 1:04d}-12-31"
    return "", ""


def _months(y1: int, m1: int, y2: int, m2: int) -> tuple[str, str]:
    return f"{y1:04d}-{m1:02d}-01", f"{y2:04d}-{m2:02d}-{calendar.monthrange(y2, m2)[1]:02d}"


def _precision(value: str) -> str:
    """``date_precision`` plus the calendar units it does not name.

    >>> [_precision(v) for v in ("FY2019", "199", "19", "2012-SU", "2019-H1", "2020-01-17T10:30")]
    ['year', 'decade', 'century', 'season', 'half', 'time']
    """
    if value.startswith("FY"):
        return "year"
    if "T" in value and value[:1].isdigit():
        return "time"
    if re.fullmatch(r"\d{4}-(SP|SU|FA|WI)", value):
        return "season"
    if re.fullmatch(r"\d{4}-H[12]", value):
        return "half"
    return (
        {3: "decade", 2: "century"}.get(len(value), "")
        if value.isdigit() and len(value) < 4
        else (date_precision(value))
    )


def _reading(text: str, anchored: bool, dct: str, ref: dt.date | None) -> str:
    if not anchored:
        return f"'{text}' states its date explicitly"
    if ref is None:
        return f"'{text}' is relative and the publication date is unknown"
    return f"'{text}' read against the publication date {ref.isoformat()} (week {_week(ref)})" + (
        f", given as {dct}" if dct[:10] != ref.isoformat() else ""
    )


def _build(f: Found, text: str, ctx: _Context, dct: str, certain: bool) -> TimeExpression | None:
    kind, value, anchored = _value(f, text, ctx)
    if not value:
        return None
    if kind == "DATE" and re.fullmatch(r"\d{4}-(?:\d\d|Q\d)", value):
        ctx.last_period = value
    span = text[f.start : f.end]
    first, last = span_of(value) if kind == "DATE" or "T" in value else ("", "")
    if value == "PRESENT_REF" and ctx.ref is not None and ctx.ref_precision == "day":
        first = last = ctx.ref.isoformat()
    needs = date_precision(value[:10]) if "-W" not in value else "week"
    coarse = (
        anchored
        and ctx.ref_precision not in ("day", needs)
        and (ctx.ref_precision != "week" or needs in ("day",))
    )
    uncertain = anchored and (ctx.ref is None or not certain or bool(coarse))
    return TimeExpression(
        text=span,
        start=f.start,
        end=f.end,
        type=kind,
        value=value,
        date_start=first,
        date_end=last,
        precision=_precision(value),
        uncertain=uncertain,
        reading=_reading(span, anchored, dct, ctx.ref),
    )


def find_time_expressions(
    text: str,
    *,
    dct: str = "",
    dct_certain: bool = True,
    candidates: Sequence[tuple[int, int]] = (),
    bounded: bool = True,
) -> list[TimeExpression]:
    """Find and normalize every time expression in ``text``.

    Args:
        text: a sentence or a whole document.
        dct: the publication date (``2020-01-17``, ``2020-W04``, ``2019-05``, ``2018``, ``""``).
        dct_certain: False when ``dct`` is only inferred; anchored values become uncertain.
        candidates: optional DATE/TIME spans from a statistical tagger, used as hints only.
        bounded: drop calendar values before 1800 or more than two years after ``dct``
            (``date_bounds`` in ``resources/time_words.json``), which date no event of a
            news text; False keeps every value TimeML annotates (maturities, targets),
            as the TimeML evaluation does.

    Returns:
        The expressions in text order.

    >>> [(t.text, t.value) for t in find_time_expressions("Last Friday", dct="2020-W04")]
    [('Last Friday', '2020-01-17')]
    """
    ref, precision = _parse_dct(dct)
    ctx = _Context(ref, precision, False)
    out = []
    starts = [0] + [m.end() for m in _SENTENCE_START.finditer(text)]
    for f in scan(text, candidates=candidates):
        i = bisect.bisect_right(starts, f.start)
        ctx.sentence_start = starts[i - 1]
        tense = _tense(
            text,
            max(ctx.sentence_start, f.start - 150),
            f.start,
            mention_end=f.end,
            stop=starts[i] if i < len(starts) else None,
        )
        ctx.future, ctx.past = tense == "future", tense == "past"
        t = _build(f, text, ctx, dct, dct_certain)  # a dateline still sets the context
        if t is None or (bounded and not _in_bounds(t, ctx.ref)):
            continue
        if not _is_dateline(text, f):
            out.append(t)
    return out


def _in_bounds(t: TimeExpression, ref: dt.date | None) -> bool:
    """Whether a calendar value starts in the plausible range of a news text.

    Nothing before ``date_bounds.earliest`` (1800) and nothing starting more
    than ``years_after_publication`` years after the publication date: a
    station's "1010" or a target year "by 2050" dates no event (issue 11).
    Values without a span (durations, ``PRESENT_REF``) always pass.

    >>> t = normalize("in 2030")
    >>> _in_bounds(t, dt.date(2020, 1, 17)), _in_bounds(t, dt.date(2029, 1, 1)), _in_bounds(t, None)
    (False, True, True)
    """
    if not t.date_start:
        return True
    if t.date_start < _EARLIEST:
        return False
    if ref is None:
        return True
    latest = _safe_date(ref.year + _YEARS_AHEAD, ref.month, ref.day)
    return t.date_start <= latest.isoformat()


def _is_dateline(text: str, f: Found) -> bool:
    """A full date alone on its line of a multi-line text (see the module docstring)."""
    if f.rule not in ("mdy", "dmy", "iso", "numeric") or "\n" not in text:
        return False
    line_start = text.rfind("\n", 0, f.start) + 1
    line_end = text.find("\n", f.end)
    before = text[line_start : f.start]
    after = text[f.end : line_end if line_end >= 0 else len(text)]
    if not (before + after).strip(" \t\r.,;:|-\u2013\u2014()"):
        return True
    # a wire dateline: "NAIROBI, August 21 (Xinhua) --"
    return bool(_WIRE_PLACE.fullmatch(before) and _WIRE_AGENCY.fullmatch(after))


def _tense(
    text: str, start: int, end: int, *, mention_end: int | None = None, stop: int | None = None
) -> str:
    """ "future" or "past" from the tense cues around a mention, else "".

    Tried in order: a preposition that looks ahead ("by Friday"); a reporting
    verb just before ("officials said Friday"); the verb right after a mention
    that is the subject of its clause ("Saturday was cancelled"); the closest
    cue before it ("will", "planned", "was", a past participle), where a
    present-tense "is"/"are" after the last past or future cue leaves the
    direction open ("had filed, and the case is heard in March"); else the
    first cue after it, up to ``stop`` (the end of the sentence). ``end`` is
    where the mention starts, ``mention_end`` where it ends.

    >>> _tense("The team planned to leave on Thursday", 0, 29)
    'future'
    >>> _tense("On Thursday the team planned to leave", 0, 3, mention_end=11)
    ''
    >>> _tense("A visit planned for Saturday was cancelled", 0, 20, mention_end=28)
    'past'
    """
    if _FUTURE_PREP.search(text, max(0, end - 14), end):
        return "future"
    if _REPORTED_ON.search(text, max(0, end - 24), end):  # "officials said Friday"
        return "past"
    if mention_end is not None and (verb := _CLAUSE_VERB_AFTER.match(text, mention_end)):
        return "past" if verb.group("past") else "future"
    future = max((m.end() for m in _FUTURE.finditer(text, start, end)), default=-1)
    future = max(
        future, max((m.end() for m in _FUTURE_BEFORE.finditer(text, start, end)), default=-1)
    )
    past = max((m.end() for m in _PAST.finditer(text, start, end)), default=-1)
    present = max((m.end() for m in _PRESENT.finditer(text, start, end)), default=-1)
    if present > max(future, past) >= 0:
        return ""
    if future < 0 and past < 0:  # "Thursday, officials will meet": look just after
        after = text[end : min(end + 100, len(text) if stop is None else stop)]
        after = after.split(" that ", 1)[0]  # not into a reported clause
        first_future = _FUTURE.search(after)
        first_past = _PAST.search(after)
        if first_future and (not first_past or first_future.start() < first_past.start()):
            return "future"
        return "past" if first_past else ""
    return "future" if future >= past else "past"


def normalize(text: str, *, dct: str = "", dct_certain: bool = True) -> TimeExpression | None:
    """Normalize one expression already found (the longest match in ``text``).

    >>> normalize("fiscal year 2018").date_start
    '2017-10-01'
    """
    # the caller vouches that ``text`` is a time expression: ambiguous words count
    found = find_time_expressions(
        text, dct=dct, dct_certain=dct_certain, candidates=[(0, len(text))]
    )
    if not found:
        return None
    best = max(found, key=lambda t: t.end - t.start)
    return best if (best.end - best.start) * 2 >= len(text.strip()) else None
