"""Whether two reports' dates can both be true, and how much they agree (issue 15).

Part of the evidence that two event mentions report one happening
(``happenings.same_happening``): the same day, overlapping spans, a weekday or a month
and day read without a year that fall on the other's day, one night two outlets tell as a
late day and the early next ("late Friday", "early Saturday"), or, for two undated reports,
how far apart their articles were published. NEVER when the dates cannot both be true.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from graphx.resolve.happenings import Occurrence

__all__ = [
    "APART",
    "MONTH_DAY",
    "NEVER",
    "SLACK",
    "WEEKDAY",
    "Span",
    "certain_day",
    "date_evidence",
    "days_of_week",
    "holds_month_day",
    "one_day_told",
    "overlap",
    "overnight",
    "shift",
    "spans_joined",
    "told_one_day",
    "weekday_only",
    "widened",
]

SLACK = dt.timedelta(days=7)  # how far a date read against an inferred publication date may be off
NEVER = float("-inf")
WEEKDAY = 0.5  # two reports name one weekday by chance one time in seven
MONTH_DAY = 1.0  # a month and day agree by chance one time in 365, but in any year
APART = -1.0  # two undated reports in articles published over a MONTH apart
MONTH = dt.timedelta(days=31)
WIDE = MONTH + 2 * SLACK  # a span wider than a month, even read loosely, is no date to agree on
BROAD = 0.25  # the weight of two dates that overlap only within a span that wide
_DAY = dt.timedelta(days=1)

Span = tuple[dt.date, dt.date]


def shift(day: dt.date, by: dt.timedelta) -> dt.date:
    """``day + by``, held at the calendar's ends (a date of 0001 or 9999 is allowed in)."""
    try:
        return day + by
    except OverflowError:
        return dt.date.max if by > dt.timedelta(0) else dt.date.min


def widened(o: Occurrence) -> Span | None:
    if o.span is None:
        return None
    return (shift(o.span[0], -SLACK), shift(o.span[1], SLACK)) if o.uncertain else o.span


def overlap(a: Span, b: Span) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def certain_day(o: Occurrence) -> dt.date | None:
    if o.span is None or o.uncertain or o.span[0] != o.span[1]:
        return None
    return o.span[0]


# a group of reports' days, and the months and days of no year its reports told
Told = tuple[Span | None, frozenset[tuple[int, int]]]


def told_one_day(a: Occurrence, b: Occurrence) -> bool:
    """Whether two reports name one day: the same date, or a month and day of no year and
    a date on it (``one_day_told`` of each report's certain day and month and day)."""
    return one_day_told(_told_days(a), _told_days(b))


def _told_days(o: Occurrence) -> Told:
    day = certain_day(o)
    return (day, day) if day else None, frozenset({o.month_day} if o.month_day else ())


def _on_the_day(day: dt.date | None, month_day: tuple[int, int] | None) -> bool:
    return day is not None and (day.month, day.day) == month_day


def one_day_told(a: Told, b: Told) -> bool:
    """Whether two groups of reports tell one day: one date, or a date and a month and day
    of no year on it."""
    day_a, day_b = _the_day(a[0]), _the_day(b[0])
    if day_a is not None and day_b is not None:
        return day_a == day_b
    return any(_on_the_day(day_a, told) for told in b[1]) or any(
        _on_the_day(day_b, told) for told in a[1]
    )


def _the_day(span: Span | None) -> dt.date | None:
    return span[0] if span is not None and span[0] == span[1] else None


def weekday_only(o: Occurrence) -> bool:
    """Dated by a weekday it could not place in a week ("Friday", no publication date)."""
    return o.weekday is not None and (o.span is None or o.uncertain)


def days_of_week(span: Span) -> frozenset[int]:
    """The days of the week a span of days holds (all seven from a week on)."""
    if (span[1] - span[0]).days >= 6:
        return frozenset(range(7))
    return frozenset((span[0].weekday() + k) % 7 for k in range((span[1] - span[0]).days + 1))


def _weekday_evidence(a: Occurrence, b: Occurrence) -> float:
    """A report dated only by its weekday against the other's date: NEVER when the other's
    certain days hold no such weekday, half a point when the other is that very day, even
    an uncertain one ("gathered Saturday" on a page of no known week, and "the protest came
    four days after the June 19 vote": a Saturday, the year read from the page)."""
    for named, other in ((a, b), (b, a)):
        if not weekday_only(named):
            continue
        if weekday_only(other) or other.span is None:
            if other.weekday is None:
                return 0.0
            return WEEKDAY if other.weekday == named.weekday else NEVER
        if other.uncertain:
            one_day = other.span[0] == other.span[1]
            return WEEKDAY if one_day and other.span[0].weekday() == named.weekday else 0.0
        if named.weekday not in days_of_week(other.span):
            return NEVER
        return WEEKDAY if other.span[0] == other.span[1] else 0.0
    return 0.0


def _span_evidence(a: Occurrence, b: Occurrence) -> float:
    """Agreement of the dates' spans, or NEVER when they cannot both be true."""
    wa, wb = widened(a), widened(b)
    if wa is not None and wb is not None:
        if not overlap(wa, wb):
            return 1.0 if a.doc_id != b.doc_id and overnight(a, b) else NEVER
        if dt.date.max in (wa[1], wb[1]):
            return 0.0  # a date open towards the future can be true, but agrees with nothing
        same_day = a.span == b.span and a.span is not None and a.span[0] == a.span[1]
        if same_day:
            return 1.5
        # two acts of one kind in one year are common: a year agrees with little
        return 1.0 if max(wa[1] - wa[0], wb[1] - wb[0]) <= WIDE else BROAD
    if wa is None and wb is None:
        return _publications_apart(a, b)
    dated, undated = (a, b) if wa is not None else (b, a)
    if dated.span is None or undated.published is None:
        return 0.0
    lag = undated.published - dated.span[1]
    if undated.published < shift(dated.span[0], -SLACK):
        return NEVER  # reported before it happened
    return 0.5 if dt.timedelta(0) <= lag <= SLACK else 0.0


def overnight(a: Occurrence, b: Occurrence) -> bool:
    """One night told by two outlets: one report's day told late or at night ("late
    Friday"), the other's the next day told early or in the morning ("early Saturday")."""
    for late, early in ((a, b), (b, a)):
        day, next_day = certain_day(late), certain_day(early)
        if day is None or next_day is None:
            continue
        if late.night == "late" and early.night == "early" and next_day - day == _DAY:
            return True
    return False


# a group's days, and the days its reports told late or at night and early or in the morning
Dated = tuple[Span | None, frozenset[tuple[dt.date, str]]]


def spans_joined(a: Dated, b: Dated) -> tuple[bool, Span | None]:
    """Whether two groups' dates can be one happening's, and the days both leave: where
    they overlap, or the night and the morning after of one overnight act."""
    first, second = a[0], b[0]
    if first is None or second is None:
        return True, first or second
    if overlap(first, second):
        return True, (max(first[0], second[0]), min(first[1], second[1]))
    if _one_night(a, b) or _one_night(b, a):
        return True, (min(first[0], second[0]), max(first[1], second[1]))
    return False, None


def _one_night(late: Dated, early: Dated) -> bool:
    """One day told late or at night, and the next told early or in the morning."""
    (late_span, late_nights), (early_span, early_nights) = late, early
    if late_span is None or early_span is None or early_span[0] != early_span[1]:
        return False
    day = early_span[0] - _DAY
    told = (day, "late") in late_nights and (early_span[0], "early") in early_nights
    return late_span == (day, day) and told


def _publications_apart(a: Occurrence, b: Occurrence) -> float:
    """Two undated reports in articles published more than a month apart: news tells a
    recent act without a date, so they are more likely two acts of one kind (a lawsuit in
    March, another in July) than one told twice."""
    if a.published is None or b.published is None:
        return 0.0
    return APART if abs(a.published - b.published) > MONTH else 0.0


def _month_day_evidence(a: Occurrence, b: Occurrence) -> float | None:
    """A report dated by a month and day its article gave no year against the other's date:
    MONTH_DAY on that day (of any year), NEVER when the other's days hold no such day, 0
    when the other has none; None when neither report is one."""
    for named, other in ((a, b), (b, a)):
        if named.month_day is None:
            continue
        if other.month_day is not None:
            return MONTH_DAY if other.month_day == named.month_day else NEVER
        days = widened(other)
        if days is None:
            return 0.0
        if certain_day(other) is not None:
            return MONTH_DAY if (days[0].month, days[0].day) == named.month_day else NEVER
        return 0.0 if holds_month_day(days, named.month_day) else NEVER
    return None


def holds_month_day(span: Span, month_day: tuple[int, int]) -> bool:
    """Whether some day of the span falls on that month and day."""
    if span[1] - span[0] >= dt.timedelta(days=366):
        return True
    for year in {span[0].year, span[1].year}:
        try:
            day = dt.date(year, *month_day)
        except ValueError:  # February 29 outside a leap year
            continue
        if span[0] <= day <= span[1]:
            return True
    return False


def date_evidence(a: Occurrence, b: Occurrence) -> float:
    """Agreement of the dates, or NEVER when they cannot both be true."""
    month_day = _month_day_evidence(a, b)
    if month_day is not None:
        return month_day
    if a.weekday is None and b.weekday is None:
        return _span_evidence(a, b)
    weekdays = _weekday_evidence(a, b)
    spans = _span_evidence(a, b) if weekdays != NEVER else NEVER
    return spans if spans == NEVER else max(spans, weekdays)
