"""An update's own day (issue 15).

A page that changes after it comes out often opens what it adds with a label: "UPDATE:
Rodrigo Palacios was released from the county jail on Friday morning" on a TV station's
story of Thursday, stamped "Updated: Sep. 13, 2019". That paragraph was written on the day
of the update, so its "Friday", "today" and "this morning" are read against that day, and
what it tells done by then is done; the rest of the page keeps the day it came out. The
day is the label's own ("UPDATE (Sept. 13):"), else the stamp's when it comes within three
days of the page: a later stamp may be of a later edit than the paragraph's. An editor's note
that tells what the update added ("Editor's note: This story has been updated to add that he
was released Wednesday afternoon") is such a paragraph too, its own sentence only.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from graphx.extract.timex.normalise import normalize
from graphx.extract.timex.rules import words
from graphx.extract.timex.spans import span_of
from graphx.ingest.stamps import changed_on
from graphx.model import Document, TimeExpression

__all__ = ["read_on_update_day", "update_paragraphs", "written_later"]

_SPACE = r"[^\S\n]"
# "UPDATE:", "UPDATED (10:15 a.m.):", "Update, Sept. 13 —", "UPDATE, Thursday:" (found in
# probe291, read): a label that opens a paragraph, with no words of a sentence ("Updated
# guidance from the attorney general: ...")
_UPDATE_OPENS = re.compile(
    rf"^{_SPACE}*(?:UPDATED?|Updated?)(?P<when>{_SPACE}*\([^)\n]{{1,30}}\)"
    rf"|,?{_SPACE}+[A-Z][a-z]{{2,8}}\.?{_SPACE}+\d{{1,2}}(?:,{_SPACE}*\d{{4}})?"
    rf"|,?{_SPACE}+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    rf"|,?{_SPACE}+\d{{1,2}}(?::\d\d)?{_SPACE}*[ap]\.?m\.?)?{_SPACE}*(?::|\u2014|--)",
    re.MULTILINE,
)
# an editor's note that the page was updated with what it adds: "Editor's note: This story
# has been updated to add that he was released Wednesday afternoon" (found in probe293, read)
_NOTE_OPENS = re.compile(
    rf"^{_SPACE}*(?:Editor['\u2019]s{_SPACE}+[Nn]ote:{_SPACE}*)?This{_SPACE}+"
    rf"(?:story|article|post|page){_SPACE}+(?:has{_SPACE}+been|was){_SPACE}+updated\b",
    re.MULTILINE,
)
_STAMP_WITHIN = dt.timedelta(days=3)  # a stamp's day, for an update of the next days
_LABEL_WITHIN = dt.timedelta(days=30)  # a label's own day, not a page corrected years on

Read = Callable[[str], list[TimeExpression]]
Later = tuple[int, int, tuple[dt.date, dt.date]]


def update_paragraphs(text: str) -> list[tuple[int, int, str]]:
    """The (start, end, the label's words of when) of each paragraph a text opens with an
    update's label, or with an editor's note that the page was updated.

    >>> update_paragraphs("Judge rules\\nUPDATE: He was freed Friday.\\nThe judge ruled.")
    [(12, 40, '')]
    """
    spans = []
    for label in _UPDATE_OPENS.finditer(text):
        end = text.find("\n", label.end())
        when = (label["when"] or "").strip(" ,()")
        spans.append((label.start(), len(text) if end < 0 else end, when))
    for note in _NOTE_OPENS.finditer(text):
        # the note's own sentence: the lead that may follow it on its line is the page's own
        # ("This story has been updated. Police said today that ...": a review)
        told = _SENTENCE_END.search(text, note.end())
        stop = len(text) if told is None else told.end() if told[0] == "." else told.start()
        spans.append((note.start(), stop, ""))
    return sorted(spans)


# the end of a note's sentence: a full stop after a word or a number (not "Lt." nor "p.m.")
# before a space, or the end of its line
_SENTENCE_END = re.compile(r"(?:(?<=[a-z]{2})|(?<=\d))\.(?=\s)|\n|$")


def written_later(text: str, document: Document) -> list[Later]:
    """Each update paragraph of the page whose day is known, with the days it was written
    in: from the page's publication day through the update's."""
    published = _published_day(document)
    if published is None:
        return []
    stamped = changed_on(document.furniture)
    later = []
    for start, end, when in update_paragraphs(text):
        day = _label_day(when, document.published, published) or _soon(stamped, published)
        if day is not None:
            later.append((start, end, (published, day)))
    return later


def read_on_update_day(
    times: Sequence[TimeExpression], later: Sequence[Later], read: Read
) -> list[TimeExpression]:
    """The times, those of each update paragraph (``written_later``) read by ``read``
    against the paragraph's day."""
    again: dict[int, TimeExpression] = {}
    for start, end, (_, day) in later:
        again.update((t.start, t) for t in read(day.isoformat()) if start <= t.start < end)
    return [_on_update(t, again[t.start]) if t.start in again else t for t in times]


def _published_day(document: Document) -> dt.date | None:
    """The page's publication day, when the page or its metadata gives one."""
    if not (document.published_is_known or document.published_on_page):
        return None
    first, last = span_of(document.published)
    return dt.date.fromisoformat(first) if first and first == last else None


def _label_day(when: str, dct: str, published: dt.date) -> dt.date | None:
    """The day a label names ("Sept. 13"), when it is after the page's and soon; a weekday's
    ("UPDATE, Thursday:") is the first such day from the page's on."""
    weekday = words()["weekdays"].get(when.lower()) if when.lower().endswith("day") else None
    if weekday is not None:
        days = (weekday - published.weekday()) % 7
        return published + dt.timedelta(days=days)
    time = normalize(when, dct=dct) if when else None
    if time is None or not time.date_start or time.date_start != time.date_end:
        return None
    return _soon(time.date_start, published, _LABEL_WITHIN)


def _soon(day: str, published: dt.date, within: dt.timedelta = _STAMP_WITHIN) -> dt.date | None:
    told = dt.date.fromisoformat(day) if day else None
    return told if told is not None and dt.timedelta(0) < told - published <= within else None


def _on_update(time: TimeExpression, again: TimeExpression) -> TimeExpression:
    if again.value == time.value:
        return time
    why = f"'{again.text}' read against the day of the update its paragraph opens with"
    return replace(again, reading=f"{again.reading}; {why}" if again.reading else why)
