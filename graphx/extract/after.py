"""Acts told as days or weeks before or after another time (issue 15).

"The development comes days after ICE sent similar subpoenas to Denver": the sending
has no date of its own, but the clause it is told in places it a few days before the
one it hangs on, here the day the article was written. News writing says "days" for
two days up to about two weeks, "a week" for about seven days. The span is a reading,
never a certainty: it is marked uncertain and says how it was found.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from graphx.extract.timex.rules import words
from graphx.model import TimeExpression

__all__ = ["read_before_after"]

_UNIT_DAYS = {"D": 1, "W": 7, "M": 30}
# how far off a counted span may be ("two weeks after": 11 to 17 days)
_SLACK_DAYS = {"D": 0, "W": 3, "M": 15}
# "days", "several weeks": from two of the unit to just short of the next unit
_UNCOUNTED = {"D": (2, 13), "W": (14, 56), "M": (60, 330)}

Days = tuple[dt.date, dt.date]


def _reach(amount: Token) -> tuple[int, int] | None:
    """The fewest and most days a "days", "a week", "two months" stands for."""
    unit = words()["units"].get(amount.lower_)
    if unit not in _UNIT_DAYS:
        return None
    counts = [c for c in amount.children if c.dep_ in ("nummod", "det")]
    n = _count(counts[0]) if counts else None
    if n is None:
        return _UNCOUNTED[unit]
    days, slack = n * _UNIT_DAYS[unit], _SLACK_DAYS[unit]
    return max(days - slack, 1), days + slack


def _count(word: Token) -> int | None:
    """ "two" -> 2, "a" -> 1, "10" -> 10; None for "several", "few" (no count)."""
    numbers: dict[str, int] = words()["numbers"]
    if word.text.isdigit():
        return int(word.text)
    return numbers.get(word.lower_)


def _amount(clause: Token, mark: Token) -> Token | None:
    """The "days" of "days after": the clause's own, or its head's just before the mark."""
    for token in (*clause.children, *clause.head.children):
        if token.dep_ == "npadvmod" and token.right_edge.i == mark.i - 1:
            return token
    return None


def _days(time: TimeExpression) -> Days | None:
    if not time.date_start or not time.date_end:
        return None
    return dt.date.fromisoformat(time.date_start), dt.date.fromisoformat(time.date_end)


def _reference(
    head: Token,
    attached: dict[int, TimeExpression],
    owned: dict[int, TimeExpression],
    now: Days | None,
) -> Days | None:
    """The days of the clause the act is told against: its date, else, told in the present
    ("the move comes days after"), the article's own days."""
    time = attached.get(head.i) or owned.get(head.i)
    if time is not None:
        return _days(time)
    return now if head.tag_ in ("VBZ", "VBP") else None


def read_before_after(
    doc: Doc,
    sent: Span,
    times: Sequence[TimeExpression],
    triggers: set[int],
    attached: dict[int, TimeExpression],
    now: Days | None,
) -> None:
    """Date, in place, each undated trigger that heads a clause "days after" or "a week
    before" a dated one."""
    sequence: dict[str, int] = words()["sequence_marks"]  # "after": -1 (back in time)
    owned: dict[int, TimeExpression] = {}
    for time in times:
        span = doc.char_span(time.start, time.end, alignment_mode="expand")
        if span is not None and time.date_start:
            owned.setdefault(span.root.head.i, time)
    for i in sorted(triggers - set(attached)):
        clause = doc[i]
        marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ in sequence]
        if clause.dep_ != "advcl" or not marks or not sent.start <= i < sent.end:
            continue
        amount = _amount(clause, marks[0])
        reach = _reach(amount) if amount is not None else None
        ref = _reference(clause.head, attached, owned, now)
        if reach is None or ref is None or amount is None:
            continue
        told = doc[amount.left_edge.i : marks[0].i + 1]  # "days after", "a week before"
        try:
            attached[i] = _moved(ref, reach, sequence[marks[0].lower_], told)
        except OverflowError:
            continue  # a clause dated at the calendar's edge: no day that far from it


def _moved(ref: Days, reach: tuple[int, int], direction: int, told: Span) -> TimeExpression:
    low, high = (dt.timedelta(days=d) for d in reach)
    if direction < 0:
        first, last = ref[0] - high, ref[1] - low
    else:
        first, last = ref[0] + low, ref[1] + high
    return TimeExpression(
        text=told.text,
        start=told.start_char,
        end=told.end_char,
        value=first.isoformat() if first == last else f"{first.isoformat()}/{last.isoformat()}",
        date_start=first.isoformat(),
        date_end=last.isoformat(),
        precision="day" if first == last else "range",
        uncertain=True,
        reading=f"'{told.text}' the clause it hangs on ({ref[0]} to {ref[1]}): {first} to {last}",
    )
