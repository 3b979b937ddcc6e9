"""A live blog's entries, each under the clock time it was posted at (issue 15).

A live page tells a meeting as it goes: "11:41 p.m." on a line of its own, then "Roll call
is underway"; "11:52 p.m.", then "the council has approved the ordinance, 5-2". The stamp
dates what its entry tells with no time of its own: the day the page gives it (its
publication day, against which the clock time was read). One stamp alone may be a page's
furniture ("Posted\\n6:48 PM"); a live page has several. A stamp may also open its entry's
line ("3:50 p.m. Agents have taken 17 workers into custody"), and a day's header above it
("Tuesday, March 3, 2026") gives its day, in the stamp's year when it names none.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from graphx.extract.rule_setters import told_by_saying
from graphx.extract.timex.normalise import normalize
from graphx.model import TimeExpression

__all__ = ["entry_of", "entry_stamps", "told_at_entry", "unstamped"]

# A live page has at least this many entries under their stamps.
_ENTRIES = 3
_SHORT_LINE = re.compile(r"^[^\n]{6,40}$", re.MULTILINE)
_YEARLESS = re.compile(r"XXXX-\d\d-\d\d")


def entry_stamps(text: str, times: Sequence[TimeExpression]) -> list[tuple[int, TimeExpression]]:
    """Where each entry begins and its stamp, in text order: the clock times read to a day
    that are alone on their line ("11:52 p.m.", "9:05 a.m. MDT": the entry begins at the
    line's end) or open it ("3:50 p.m. Agents have taken": at the stamp), each on the day
    of the header above it, when the page has several; else none."""
    found = [t for t in times if _a_stamp(text, t)]
    if len(found) < _ENTRIES:
        return []  # no live page: its lines are not read for days' headers
    headers = _day_headers(text)
    stamps = sorted((_entry_begins(text, t), _on_its_day(t, headers)) for t in found)
    stamps = [(begins, stamp) for begins, stamp in stamps if stamp.date_start]
    clocks = [t.value for _, t in stamps]
    newest_first = all(a >= b for a, b in zip(clocks, clocks[1:], strict=False))
    return stamps if len(stamps) >= _ENTRIES and newest_first else []


def unstamped(
    times: Sequence[TimeExpression], stamps: Sequence[tuple[int, TimeExpression]]
) -> list[TimeExpression]:
    """The times that are not an entry's stamp: when an entry was posted is not when what it
    tells was done ("3:10 p.m. Agents arrived shortly after 2 p.m.")."""
    posted = {stamp.start for _, stamp in stamps}
    return [t for t in times if t.start not in posted]


def entry_of(stamps: Sequence[tuple[int, TimeExpression]], start: int) -> TimeExpression | None:
    """The stamp of the entry a sentence starting at ``start`` is in, else None."""
    at = bisect_right([begins for begins, _ in stamps], start)
    return stamps[at - 1][1] if at else None


def told_at_entry(trigger: Token, stamp: TimeExpression | None) -> TimeExpression | None:
    """The stamp of the entry a trigger's sentence is in, when the trigger is its main verb
    told as news: in the past, the present perfect or the present ("has approved", "voted
    no", "tells council"), not the past perfect ("had been deported"); not what a saying
    after it tells, which may be of any time ("his wife says he was deported once before":
    a review), but what it tells before it ("Agents have taken 17 workers, ICE says")."""
    # "Agents have taken 17 workers into custody, ICE says": the news before its source
    fronted = trigger.dep_ == "ccomp" and trigger.i < trigger.head.i and trigger.head.dep_ == "ROOT"
    main = trigger.dep_ == "ROOT" or (fronted and told_by_saying(trigger))
    if stamp is None or not main or trigger.pos_ != "VERB":
        return None
    auxiliaries = (c.lower_ for c in trigger.children if c.dep_ in ("aux", "auxpass"))
    earlier = any(a in ("had", "'d") for a in auxiliaries)
    return None if earlier or trigger.tag_ in ("VB", "VBG") else stamp


def _a_stamp(text: str, time: TimeExpression) -> bool:
    if time.type != "TIME":
        return False
    line_start = text.rfind("\n", 0, time.start) + 1
    before = text[line_start : time.start].strip()
    after = text[time.end : _line_end(text, time.end)].strip()
    zone = after.isalpha() and after.isupper() and len(after) <= 4  # "MDT", "ET"
    return not before and (not after or zone or _opens_entry(after))


def _opens_entry(after: str) -> bool:
    """Whether the rest of a stamp's line is its entry: a sentence begun ("Agents have"), not
    what the clock time is part of ("3:50 p.m. is when", "10 a.m. to noon")."""
    words = after.lstrip("—–-:| ").split()
    return len(words) >= 3 and (words[0][0].isupper() or words[0][0] in '"“')


def _day_headers(text: str) -> list[tuple[int, TimeExpression]]:
    """The days a page's lines of a full date alone head ("Monday, March 17, 2025"), each
    with where its line begins."""
    headers = []
    for line in _SHORT_LINE.finditer(text):
        day = normalize(line[0]) if any(c.isdigit() for c in line[0]) else None
        dated = day is not None and (day.date_start or _YEARLESS.fullmatch(day.value))
        if day is not None and day.type == "DATE" and day.precision == "day" and dated:
            headers.append((line.start(), day))
    return headers


def _on_its_day(
    stamp: TimeExpression, headers: Sequence[tuple[int, TimeExpression]]
) -> TimeExpression:
    """A clock time read on the day of the header above it, if any."""
    at = bisect_right([begins for begins, _ in headers], stamp.start)
    if not at:
        return stamp
    header = headers[at - 1][1]
    if not header.date_start and not stamp.date_start:
        return stamp
    # "Tuesday, Aug. 22" with no year: the year the stamp was read in (a review)
    day = header.date_start or f"{stamp.date_start[:4]}{header.value[4:]}"
    clock = stamp.value.partition("T")[2]
    reading = f"{stamp.text!r} posted under the header {header.text!r}"
    return replace(stamp, value=f"{day}T{clock}", date_start=day, date_end=day, reading=reading)


def _entry_begins(text: str, stamp: TimeExpression) -> int:
    after = text[stamp.end : _line_end(text, stamp.end)].strip()
    return stamp.start if _opens_entry(after) else _line_end(text, stamp.end)


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end
