"""Acts told a count of days before or after a day the page does not place (issue 15).

"On Friday, two days after the council voted on the plan, residents protested" in a page
with no date: the vote is on a Wednesday of the same unknown week, which the corpus may
place later. "Seven days after agents raided the plant, she still does not know" in such a
page: the raid is seven days before the day it was written, which the corpus may place.
``graphx.extract.after`` reads the clause; this module moves the day.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from spacy.tokens import Span

from graphx.extract.timex.spans import month_day_named, weekday_named
from graphx.model import TimeExpression

__all__ = ["from_month_day", "from_weekday", "from_writing"]


def _within_a_day(reach: tuple[int, int] | None) -> bool:
    """Hours or minutes away: "Wednesday evening, eleven hours after agents began detaining
    workers", "Monday morning, minutes before they approved", in an article of no known
    date, are on that weekday (or, for hours, perhaps the day before), placed with it."""
    return reach is not None and reach[1] <= 1


def from_weekday(
    weekday: TimeExpression, reach: tuple[int, int], direction: int
) -> TimeExpression | None:
    """The weekday of no known week an act is told before or after: the same one for hours
    or minutes away (``_within_a_day``); the weekday an exact count of days under a week
    gives ("On Friday, two days after the council voted": Wednesday; such an act of a page
    with no date had been dropped, found in probe240); else None."""
    if _within_a_day(reach):
        return weekday
    named = weekday_named(weekday.text, weekday.value)
    if named is None or reach[0] != reach[1] or not 0 < reach[0] < 7:
        return None
    day = (named + direction * reach[0]) % 7
    reading = f"{reach[0]} days {'after' if direction < 0 else 'before'} '{weekday.text}'"
    return dataclasses.replace(
        weekday, value=f"XXXX-WXX-{day + 1}", uncertain=True, reading=reading
    )


def from_writing(
    told: Span, reach: tuple[int, int] | None, trigger: int
) -> dict[int, TimeExpression]:
    """The trigger's time when its act is an exact count of days under two weeks before the
    present of a page of no date ("Seven days after"), as a time counted back from the day
    it was written (``PAST_REF``), which a publication window places; none for a count of
    no one day ("days after", "two weeks after")."""
    if reach is None or reach[0] != reach[1] or reach[0] > 13:
        return {}
    time = TimeExpression(
        text=told.text,
        start=told.start_char,
        end=told.end_char,
        value="PAST_REF",
        uncertain=True,
        reading=f"'{told.text}' its present: counted back from the day the article was "
        "written, which it does not give",
    )
    return {trigger: time}


def from_month_day(
    time: TimeExpression, reach: tuple[int, int], direction: int, told: Span
) -> TimeExpression | None:
    """ "Tzul was arrested May 10 ... Three days after the arrest, supporters rallied" in an
    article of no known year: an exact count of days from a month and day is a month and
    day too (May 13), which the corpus places when it dates the article."""
    named = month_day_named(time.value)
    if named is None or reach[0] != reach[1]:
        return None
    # a leap year, so that "Feb. 29" counts; the year itself is not said
    day = dt.date(2000, *named) + dt.timedelta(days=reach[0] * (1 if direction > 0 else -1))
    return TimeExpression(
        text=told.text,
        start=told.start_char,
        end=told.end_char,
        value=f"XXXX-{day.month:02d}-{day.day:02d}",
        precision="day",
        uncertain=True,
        reading=f"'{told.text}' {time.text}, of no known year: {day:%B} {day.day}",
    )
