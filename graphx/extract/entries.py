"""A live blog's entries, each under the clock time it was posted at (issue 15).

A live page tells a meeting as it goes: "11:41 p.m." on a line of its own, then "Roll call
is underway"; "11:52 p.m.", then "the council has approved the ordinance, 5-2". The stamp
dates what its entry tells with no time of its own: the day the page gives it (its
publication day, against which the clock time was read). One stamp alone may be a page's
furniture ("Posted\\n6:48 PM"); a live page has several.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from spacy.tokens import Token

from graphx.model import TimeExpression

__all__ = ["entry_of", "entry_stamps", "told_at_entry"]

# A live page has at least this many entries under their stamps.
_ENTRIES = 3


def entry_stamps(text: str, times: Sequence[TimeExpression]) -> list[tuple[int, TimeExpression]]:
    """Where each entry begins (the end of its stamp's line) and its stamp, in text order:
    the clock times read to a day that are alone on their line ("11:52 p.m.", "9:05 a.m.
    MDT"), when the page has several; else none."""
    stamps = sorted((_line_end(text, t.end), t) for t in times if _a_stamp(text, t))
    clocks = [t.value for _, t in stamps]
    newest_first = all(a >= b for a, b in zip(clocks, clocks[1:], strict=False))
    return stamps if len(stamps) >= _ENTRIES and newest_first else []


def entry_of(stamps: Sequence[tuple[int, TimeExpression]], start: int) -> TimeExpression | None:
    """The stamp of the entry a sentence starting at ``start`` is in, else None."""
    at = bisect_right([begins for begins, _ in stamps], start)
    return stamps[at - 1][1] if at else None


def told_at_entry(trigger: Token, stamp: TimeExpression | None) -> TimeExpression | None:
    """The stamp of the entry a trigger's sentence is in, when the trigger is its main verb
    told as news: in the past, the present perfect or the present ("has approved", "voted
    no", "tells council"), not the past perfect ("had been deported")."""
    if stamp is None or trigger.dep_ != "ROOT" or trigger.pos_ != "VERB":
        return None
    auxiliaries = (c.lower_ for c in trigger.children if c.dep_ in ("aux", "auxpass"))
    earlier = any(a in ("had", "'d") for a in auxiliaries)
    return None if earlier or trigger.tag_ in ("VB", "VBG") else stamp


def _a_stamp(text: str, time: TimeExpression) -> bool:
    if time.type != "TIME" or not time.date_start:
        return False
    line_start = text.rfind("\n", 0, time.start) + 1
    before = text[line_start : time.start].strip()
    after = text[time.end : _line_end(text, time.end)].strip()
    zone = after.isalpha() and after.isupper() and len(after) <= 4  # "MDT", "ET"
    return not before and (not after or zone)


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end
