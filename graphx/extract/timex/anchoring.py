"""Anchor relative time expressions on the publication date (the dct).

A :class:`Context` carries the anchor day and what the text has said so far
(the last year, month, day and quarter), so that "last Friday", "in
November", "that year" and "the quarter" resolve the same way on every run.
The functions here are the calendar arithmetic the value rules share.
Relative expressions are anchored on the dct; a week dct (``2020-W04``) is
anchored on its Monday, a month or year dct on its first day. A bare weekday
or month is read as the most recent one (today included) unless the
sentence looks ahead, then as the coming one.
"""

from __future__ import annotations

import calendar
import datetime as dt
import logging
import re
from dataclasses import dataclass, field

from graphx.extract.timex.rules import words

__all__ = [
    "NO_VALUE",
    "Context",
    "Value",
    "choose_year",
    "day_shift",
    "iso_week",
    "name_number",
    "number",
    "parse_dct",
    "rel_offset",
    "safe_date",
    "shift_month",
    "unit_value",
    "weekday_near",
    "words_of",
    "year_value",
]

log = logging.getLogger(__name__)

# what a value rule returns: (TimeML type, value, anchored); value "" when unresolved
Value = tuple[str, str, bool]
NO_VALUE: Value = ("DATE", "", False)  # a match no rule could normalise

_W = words()
_NEAR_DAYS, _NEAR_MONTHS = 60, 2
_PAST_RELS = frozenset(
    {"last", "the last", "previous", "the previous", "past", "this past"}
    | {"latest", "the latest", "the most recent"}
)
_NEXT_RELS = frozenset({"next", "the next", "coming", "the coming", "the following", "this coming"})
_THIS_RELS = frozenset({"this", "current", "the current", "the entire", "the whole"})
_UNRESOLVED_UNIT = {
    "week": "XXXX-WXX",
    "weekend": "XXXX-WXX-WE",
    "month": "XXXX-XX",
    "quarter": "XXXX-QX",
    "decade": "XXX",
    "century": "XX",
}


# The days before the publication date a story's own happenings are told in (a follow-up or
# a weekly tells the month before; someone's past, "came to the United States in 2004", not).
_STORY_DAYS = dt.timedelta(days=60)


@dataclass(slots=True)
class Context:
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
    whole_sentence_start: int = 0  # not cut at an initial's full stop ("U.S. District Court")
    previous_sentence_start: int = 0
    # the last hour told with its day (day, minutes after midnight, where): "at 4:35 a.m.
    # March 11. ... pronounced dead at 5:22 a.m." is a later hour of that day
    clock_day: tuple[dt.date, int, int] | None = None
    # the first day of a publication date known only from below ("not before 2018"): no
    # anchor for "this week" or a month and day, only a floor
    bound: dt.date | None = None
    bound_precision: str = ""  # "day" for a bound known to the day, "year" for one of a year
    # a weekday the text named and could not place (Monday 0), and where: "Two days later"
    # after it is a weekday too, placed with it once the corpus dates the article
    last_weekday: tuple[int, int] | None = None
    # the same for a month and day of no known year (month, day, where): "arrested on
    # March 11 ... Two days later" is March 13 of that year, whichever it is
    last_month_day: tuple[int, int, int] | None = None
    # the last month named with no day (value, where): "filed suit Monday ... arrested in
    # early March and picked up two days later" counts from March, not from Monday
    month_named: tuple[str, int] | None = None
    # the expression follows "since": a day gone by, never one after the anchor
    gone_by: bool = False
    # the years read for each month and day written without one: "the March 10 meeting"
    # after "on Monday, March 10" (2025, by its weekday) in an article of no known year
    days_named: dict[tuple[int, int], dt.date] = field(default_factory=dict)

    def saw_day(self, day: dt.date, at: int) -> dt.date:
        """Remember a full date the text mentioned at offset ``at``; returns it."""
        self.last_year, self.last_month, self.last_day, self.last_day_at = (
            day.year,
            day.month,
            day,
            at,
        )
        return day

    def saw_weekday(self, weekday: int, at: int) -> None:
        """Remember a weekday the text named at offset ``at`` with no day to place it."""
        self.last_weekday = (weekday, at)

    def counts_from_told_day(self) -> bool:
        """Whether "the next Tuesday" counts from the last day the text told: in a clause of
        the past, or in one to come when that day is still to come ("The board meets Jan.
        21 and votes the next Tuesday"); not from a day gone by in a clause to come ("voted
        on March 4 to delay it. Members will take it up again the next Tuesday": the page's,
        a review). "The following" counts from it always: "was scheduled to be flown to
        Guatemala the following Tuesday" is of the story's week (a review)."""
        if self.last_day is None:
            return False
        return not self.future or (self.ref is not None and self.last_day > self.ref)

    def weekday_after_day(self) -> int | None:
        """The unplaced weekday the text named last, when named after its last full date."""
        if self.last_weekday is None or self.last_weekday[1] < self.last_day_at:
            return None
        return self.last_weekday[0]

    def month_day_after_day(self) -> tuple[int, int] | None:
        """The month and day of no year the text named last, when named after its last full
        date and its last unplaced weekday."""
        told = self.last_month_day
        if told is None or told[2] < self.last_day_at:
            return None
        if self.last_weekday is not None and self.last_weekday[1] > told[2]:
            return None
        return told[0], told[1]

    def counts_from_month(self) -> bool:
        """Whether the current sentence named a month with no day, and the last day or
        weekday was named in an earlier one, not in that month: a count of days there ("two
        days later", "the next day") counts from the month, a time the text gives no day of
        ("filed suit Monday. He was arrested in early March and picked up two days later");
        not when the sentence names its own day first ("On March 4, the judge blocked the
        rule, which took effect in February, and two days later ...")."""
        if self.month_named is None:
            return False
        value, told_at = self.month_named
        since = (
            self.last_day_at,
            self.last_weekday[1] if self.last_weekday else -1,
            self.last_month_day[2] if self.last_month_day else -1,
        )
        if told_at < self.whole_sentence_start or max(since) >= self.whole_sentence_start:
            return False
        day = self.last_day
        return day is None or value.replace("XXXX", str(day.year)) != day.isoformat()[:7]

    def day_in_sentence(self) -> dt.date | None:
        """The last full date of the current sentence, else of the one before when it is the
        story's day so far, else the anchor: "his family paid it Thursday morning. ICE
        released him about 9 p.m." is Thursday's 9 p.m.; not after a day of someone's past,
        months back ("came to the United States on June 3, 2004. Agents arrested him at 6
        a.m."), nor for a time to come ("A vigil is planned for 5 p.m."). An anchor known
        only to its month or week is no day: the month's first is not the hour's."""
        anchor = self.ref if self.ref_precision == "day" else None
        if self.last_day_at >= self.sentence_start:
            return self.last_day
        if self.last_day_at < self.previous_sentence_start or self.last_day is None:
            return anchor
        # not a day still to come ("will appear in court Saturday. Agents arrested ... at 7")
        recent = self.ref is None or self.ref - _STORY_DAYS <= self.last_day <= self.ref_end()
        return self.last_day if recent and not self.future else anchor

    def ref_end(self) -> dt.date:
        """The last day of the anchor's period (a month's approximately)."""
        assert self.ref is not None
        return self.ref + dt.timedelta(days={"month": 30, "week": 6}.get(self.ref_precision, 0))


def parse_dct(dct: str) -> tuple[dt.date | None, str]:
    """The anchor day of a publication date and its precision.

    >>> parse_dct("2020-W04")
    (datetime.date(2020, 1, 20), 'week')
    """
    dct = dct.strip()[:10]
    if re.match(r"\d{4}", dct) and not dt.MINYEAR < int(dct[:4]) < dt.MAXYEAR:
        # Year 1 or 9999 is a placeholder ("0001-01-01": no date), and relative dates
        # read against it would run off the calendar.
        log.warning(
            "publication date %r at the calendar's end: relative dates left unresolved", dct
        )
        return None, ""
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


def words_of(group: str) -> str:
    """A matched phrase lower-cased with single spaces ("This  Past" -> "this past")."""
    return re.sub(r"\s+", " ", group.lower())


def name_number(table: str, word: str) -> int:
    """The number of a month or weekday name in ``time_words.json`` ("Jan." -> 1)."""
    return int(_W[table][word.lower().rstrip(".")])


def number(word: str) -> float | None:
    """A number written in digits or words ("12", "three", "twenty-five"), else None.

    >>> number("twenty-five"), number("1.5"), number("umpteen")
    (25.0, 1.5, None)
    """
    word = word.lower().replace("-", " ")
    if re.fullmatch(r"\d+(\.\d+)?", word):
        return float(word)
    if word in _W["numbers"]:
        return float(_W["numbers"][word])
    parts = word.split()
    if len(parts) == 2 and all(p in _W["numbers"] for p in parts):
        return float(_W["numbers"][parts[0]] + _W["numbers"][parts[1]])
    return None


def day_shift(told: str) -> dt.timedelta:
    """The days a "the day before" or "the night after" before a weekday or a holiday moves
    it ("" moves nothing).

    >>> day_shift("the day before"), day_shift("the night after"), day_shift("")
    (datetime.timedelta(days=-1), datetime.timedelta(days=1), datetime.timedelta(0))
    """
    if not told:
        return dt.timedelta(0)
    return dt.timedelta(days=1 if told.lower().endswith("after") else -1)


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    """The (year, month) ``delta`` months away.

    >>> shift_month(2020, 1, -1)
    (2019, 12)
    """
    index = year * 12 + month - 1 + delta
    return index // 12, index % 12 + 1


def iso_week(day: dt.date) -> str:
    """The TimeML week of a day.

    >>> iso_week(dt.date(2020, 1, 17))
    '2020-W03'
    """
    y, w, _ = day.isocalendar()
    return f"{y}-W{w:02d}"


def safe_date(year: int, month: int, day: int) -> dt.date:
    """A date, with the day clipped to the month's last (Feb 29 in 2019 -> Feb 28)."""
    return dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))


def year_value(ctx: Context, y: int) -> str:
    """A year the text states, remembered for "that year"."""
    ctx.last_year = y
    return str(y)


def _year_ahead(ref: dt.date, month: int, day: int, rel: str) -> int:
    """The year of a month (or day) said to come: the coming one, today included."""
    here = (month, day) if day else (month, 1)
    now = (ref.month, ref.day if day else 1)
    if day and not rel and 0 <= (ref - safe_date(ref.year, month, day)).days <= 7:
        return ref.year  # a date of the past few days: the future cue was about something else
    return ref.year if here >= now else ref.year + 1


def _nearest_year(ref: dt.date, month: int, day: int, ctx: Context) -> int | None:
    """The year putting a day of month nearest the dateline, unless a past cue says otherwise.

    A day of month is usually close to the dateline: the nearest reading wins
    within two months, or whenever no past-tense cue says otherwise.
    """
    years = [y for y in (ref.year - 1, ref.year, ref.year + 1) if dt.MINYEAR <= y <= dt.MAXYEAR]
    if ctx.gone_by:  # "since May 3": not a May to come
        years = [y for y in years if safe_date(y, month, day) <= ref] or years
    nearest = min(years, key=lambda y: abs((safe_date(y, month, day) - ref).days))
    if not ctx.past or abs((safe_date(nearest, month, day) - ref).days) <= _NEAR_DAYS:
        return nearest
    return None


def choose_year(ctx: Context, month: int, day: int = 1, rel: str = "") -> int | None:
    """Year of a month (or month-day) given without one, read against the anchor.

    >>> ctx = Context(dt.date(2020, 1, 17), "day", False)
    >>> choose_year(ctx, 11, 0), choose_year(ctx, 3, 0, "next"), choose_year(ctx, 1, 20)
    (2019, 2020, 2020)
    """
    if ctx.ref is None:
        return None
    ref = ctx.ref
    here = (month, day) if day else (month, 1)
    now = (ref.month, ref.day if day else 1)
    if rel in ("last", "this past"):
        return ref.year if here < now else ref.year - 1
    if rel in ("next", "this coming") or (ctx.future and not rel):
        return _year_ahead(ref, month, day, rel)
    if day and not rel and (nearest := _nearest_year(ref, month, day, ctx)) is not None:
        return nearest
    if not rel and not ctx.past and 0 < (month - ref.month) % 12 <= _NEAR_MONTHS:
        return ref.year + (month < ref.month)  # "in November", said in late October
    return ref.year if here <= now or rel == "this" else ref.year - 1


def weekday_near(ctx: Context, target: int, rel: str) -> dt.date | None:
    """The day of weekday ``target`` (Monday 0) meant by ``rel`` ("last", "next", "")."""
    if ctx.ref is None:
        return None
    back = (ctx.ref.weekday() - target) % 7
    ahead = (target - ctx.ref.weekday()) % 7
    if rel in ("last", "past", "this past"):
        # the day before is "yesterday": "last Wednesday" told on a Thursday is a week
        # before it ("this past Wednesday" is the day before)
        week_before = rel == "last" and back == 1
        return ctx.ref - dt.timedelta(days=back + 7 if week_before or not back else back)
    if rel in ("next", "coming", "this coming"):
        return ctx.ref + dt.timedelta(days=ahead or 7)
    if rel == "this" or ctx.future:
        return ctx.ref + dt.timedelta(days=ahead)
    return ctx.ref - dt.timedelta(days=back)


def rel_offset(rel: str) -> int | None:
    """-1, 0 or 1 for a relative word ("last", "this", "the coming"), else None.

    >>> rel_offset("the  previous"), rel_offset("this"), rel_offset("the following")
    (-1, 0, 1)
    """
    rel = re.sub(r"\s+", " ", rel.lower())
    if rel in _PAST_RELS:
        return -1
    if rel in _NEXT_RELS:
        return 1
    if rel in _THIS_RELS:
        return 0
    return None


def unit_value(ctx: Context, unit: str, offset: int) -> str:
    """The calendar unit (week, month, quarter...) ``offset`` units from the anchor.

    >>> ctx = Context(dt.date(2020, 1, 17), "day", False)
    >>> [unit_value(ctx, u, -1) for u in ("week", "month", "quarter", "decade", "year")]
    ['2020-W02', '2019-12', '2019-Q4', '201', '2019']
    """
    ref = ctx.ref
    if ref is None:
        return _UNRESOLVED_UNIT.get(unit, "XXXX")
    if unit in ("week", "weekend"):
        value = iso_week(ref + dt.timedelta(weeks=offset))
        return value + ("-WE" if unit == "weekend" else "")
    if unit == "month":
        y, m = shift_month(ref.year, ref.month, offset)
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
