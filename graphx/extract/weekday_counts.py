"""Acts told a count of days before or after a weekday of no known week (issue 15).

"On Friday, two days after the council voted on the plan, residents protested" in a page
with no date: the vote is on a Wednesday of the same unknown week, which the corpus may
place later. ``graphx.extract.after`` reads the clause; this module moves the weekday.
"""

from __future__ import annotations

import dataclasses

from graphx.extract.timex.spans import weekday_named
from graphx.model import TimeExpression

__all__ = ["from_weekday"]


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
