"""Two times told of one act in one clause, and which says when it was (issue 15):
"earlier this month, on June 5" is June 5; "One week ago today, on Tuesday, July 15", in an
article of no date, is July 15, in the words of both, for the count dates the article once
the corpus places the day (``resolve.published``). A wire dateline's day and a day the
sentence after it tells ("EASTON, Md., Oct. 15 — ... the sheriff said Tuesday"): Tuesday.
Days counted from another day and then the day they are ("Five days earlier, on March 13"):
March 13, for which day the count starts from is the reader's guess.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from spacy.tokens import Span

from graphx.extract.clauses import verb_of_time
from graphx.extract.taxonomy import load_taxonomy
from graphx.extract.timex.normalise import in_wire_dateline
from graphx.extract.timex.spans import (
    COUNTED_THEN_DAY,
    calendar_days,
    month_day_named,
    publication_offset,
    weekday_named,
)
from graphx.extract.tree import is_own_date
from graphx.model import TimeExpression

__all__ = ["folded", "one_time", "own_dates", "without_filing_days"]


def folded(said: TimeExpression | None, time: TimeExpression, text: str) -> TimeExpression:
    """The time a clause tells once a further time of it is read after ``said``: the first
    one, unless the later one says more precisely when ("earlier this month, on June 5",
    "last week, on Tuesday"; "Five days earlier, on March 13" in the year the count gives);
    in an article of no date, days counted from the day it was written and the day right
    after them, which no calendar places yet, as one time in the words of both ("One week
    ago today, on Tuesday, July 15": the count dates the article once the corpus places the
    day, ``resolve.published``; not "arrested yesterday under a warrant from Jan. 15").
    ``text``: the document's."""
    if said is None:
        return time
    if (day := _day_of_count(said, time, text)) is not None:
        return day
    if _counted_then_day(said, time, text):
        return replace(time, text=text[said.start : time.end], start=said.start)
    together = _TOLD_TOGETHER.fullmatch(text[said.end : time.start]) is not None
    if together and (day := _weekday_of_week(said, time) or _weekday_of_week(time, said)):
        return day
    if together and _weekday_then_its_date(said, time):
        return time  # "On Thursday night, Feb. 29": the date, whatever week the weekday falls in
    return time if _within(time, said) else said


# a week and a weekday told as one time: "Last week, on Tuesday", "Monday last week", not
# "Last week agents raided ..., and on Tuesday they returned" (a review)
_TOLD_TOGETHER = re.compile(r"\s*,?\s*(?:on\s+|of\s+)?", re.I)


def _weekday_then_its_date(weekday: TimeExpression, date: TimeExpression) -> bool:
    """A weekday told with its calendar date after it ("Friday night, August 16"): the date
    says which one, though the article was written weeks later."""
    named = weekday_named(weekday.text, weekday.value) is not None
    dated = date.precision == "day" and any(c.isdigit() for c in date.text)
    return named and not any(c.isdigit() for c in weekday.text) and dated


def _weekday_of_week(week: TimeExpression, weekday: TimeExpression) -> TimeExpression | None:
    """A bare weekday told with a week ("last week, on Tuesday", "on Monday last week"):
    that day of that week, not of the week the article was written in (a review)."""
    if not week.date_start or week.precision != "week" or any(c.isdigit() for c in weekday.text):
        return None
    day_of_week = weekday_named(weekday.text, weekday.value)
    first = dt.date.fromisoformat(week.date_start)
    if day_of_week is None or first.weekday() != 0:
        return None
    day = (first + dt.timedelta(days=day_of_week)).isoformat()
    why = f"'{weekday.text}' read in '{week.text}'"
    return replace(weekday, value=day, date_start=day, date_end=day, precision="day", reading=why)


def one_time(times: list[TimeExpression], text: str) -> TimeExpression | None:
    """The time a clause's times say together, in their order: the first, unless a later
    one says more precisely when ("Yesterday, Thursday, August 23")."""
    said: TimeExpression | None = None
    for time in times:
        said = folded(said, time, text)
    return said


def _within(time: TimeExpression, before: TimeExpression) -> bool:
    """A dated time within another's span, and not the same span."""
    if not (time.date_start and before.date_start) or (time.date_start, time.date_end) == (
        before.date_start,
        before.date_end,
    ):
        return False
    return before.date_start <= time.date_start and time.date_end <= before.date_end


def _counted_then_day(before: TimeExpression, time: TimeExpression, text: str) -> bool:
    """Days counted back that no calendar places, then, right after, the day they are."""
    a_day = time.date_start or month_day_named(time.value)
    counted = publication_offset(before.text, before.value) and not before.date_start
    if not (a_day and counted) or before.end > time.start:
        return False
    return COUNTED_THEN_DAY.fullmatch(text[before.end : time.start]) is not None


# "Five days earlier", "a week later", "the next day", "the day before": counted from a day
# the text told elsewhere.
_COUNTED_FROM_ANOTHER_DAY = re.compile(
    r".*\b(?:earlier|later|before|after)|(?:the\s+)?(?:next|following|previous|prior)\s+day",
    re.I,
)


def _day_of_count(before: TimeExpression, time: TimeExpression, text: str) -> TimeExpression | None:
    """The calendar day told right after days counted from another day ("Five days
    earlier, on March 13"; "The next day, March 21"; "A year later, on Jan. 9"), in the
    year the count gives: the nearest to the counted days; None when they are no such pair
    or the count gives no year."""
    numbered_day = time.precision == "day" and any(c.isdigit() for c in time.text)
    if not numbered_day or before.end > time.start:
        return None
    counted = _COUNTED_FROM_ANOTHER_DAY.fullmatch(before.text.strip()) is not None
    if not counted or COUNTED_THEN_DAY.fullmatch(text[before.end : time.start]) is None:
        return None
    if not (time.date_start and before.date_start) or _A_YEAR.search(time.text):
        return time  # no year to give it, or one of its own
    first, last = (dt.date.fromisoformat(d) for d in (before.date_start, before.date_end))
    told = dt.date.fromisoformat(time.date_start)
    days = [d for y in range(first.year - 1, last.year + 2) if (d := _on(y, told)) is not None]
    if (last - first).days > 366:
        return None  # "A decade earlier, on Feb. 15": the count's year is a guess
    # the nearest to the counted days ("A month later, on Aug. 30", from Aug. 3: that Aug. 30)
    day = min(days, key=lambda d: max(first - d, d - last, dt.timedelta(0)))
    iso, why = day.isoformat(), f"'{time.text}' read in the year '{before.text}' gives"
    return replace(time, value=iso, date_start=iso, date_end=iso, reading=why)


_A_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _on(year: int, day: dt.date) -> dt.date | None:
    try:
        return day.replace(year=year)
    except ValueError:  # February 29
        return None


def without_filing_days(
    text: str, dating: list[tuple[TimeExpression, Span]]
) -> list[tuple[TimeExpression, Span]]:
    """The times that date acts, without a wire dateline's day ("EASTON, Md., Oct. 15 —")
    where its sentence tells the day of a saying ("... Sheriff Tom Bakke said Tuesday"):
    the story was filed that day, what was said told on its own. Otherwise the filing day
    is the act's best date ("WHEATLAND, Wyo., June 12 — Agents arrested 12 people", "...,
    the second raid since 2019")."""
    taxonomy = load_taxonomy()

    def told_beside(span: Span) -> bool:
        return any(
            other.start != span.start
            and other.sent.start == span.sent.start
            and taxonomy.tells(verb_of_time(other).lemma_.lower())
            for _, other in dating
        )

    return [
        (time, span)
        for time, span in dating
        if not (in_wire_dateline(text, time.start, time.end) and told_beside(span))
    ]


def own_dates(
    dating: list[tuple[TimeExpression, Span]], attached: dict[int, TimeExpression]
) -> None:
    """A happening noun's own date wins over the time its clause gave it, when it says the
    day as precisely: "On Monday, Judge Ada Brill called Tuesday's ruling reckless" is
    Tuesday's ruling (a review); not "Last year's raid at the plant on Aug. 8" (Aug. 8)."""
    for time, span in dating:
        noun = span.root.head.i
        if is_own_date(span.root) and noun in attached and _as_precise(time, attached[noun]):
            attached[noun] = time


def _as_precise(time: TimeExpression, other: TimeExpression) -> bool:
    """A time no longer than the other; False when either covers no days it says."""
    days, others = calendar_days(time), calendar_days(other)
    if days is None or others is None:
        return False
    return days[1] - days[0] <= others[1] - others[0]
