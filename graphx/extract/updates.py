"""An update's own day (issue 15).

A page that changes after it comes out often opens what it adds with a label: "UPDATE:
Rodrigo Palacios was released from the county jail on Friday morning" on a TV station's
story of Thursday, stamped "Updated: Sep. 13, 2019". That paragraph was written on the day
of the update, so its "Friday", "today" and "this morning" are read against that day, not
against the day the page came out (which made the release a week early).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from graphx.extract.timex.spans import span_of
from graphx.ingest.stamps import changed_on
from graphx.model import Document, TimeExpression

__all__ = ["read_on_update_day", "update_paragraphs", "written_through_update"]

# "UPDATE:", "UPDATED (10:15 a.m.):", "Update, Sept. 13 —": a label that opens a paragraph
_UPDATE_OPENS = re.compile(
    r"^[^\S\n]*(?:UPDATED?|Updated?)\b[^:\n\u2014]{0,40}(?::|\u2014|--)", re.MULTILINE
)
# an update of the following days, not a page corrected years on
_UPDATED_WITHIN = dt.timedelta(days=30)

Read = Callable[[str], list[TimeExpression]]


def update_paragraphs(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of each paragraph a text opens with an update's label.

    >>> update_paragraphs("Judge rules\\nUPDATE: He was freed Friday.\\nThe judge ruled.")
    [(12, 38)]
    """
    spans = []
    for label in _UPDATE_OPENS.finditer(text):
        end = text.find("\n", label.end())
        spans.append((label.start(), len(text) if end < 0 else end))
    return spans


def read_on_update_day(
    text: str, times: Sequence[TimeExpression], document: Document, read: Read
) -> list[TimeExpression]:
    """The times, those of a paragraph the page opens with an update's label read by
    ``read`` against the day of the page's "Updated" stamp, when that day is after the day
    the page came out and within 30 days of it."""
    day = _update_day(document)
    paragraphs = update_paragraphs(text) if day else []
    if not paragraphs:
        return list(times)

    def within(time: TimeExpression) -> bool:
        return any(start <= time.start < end for start, end in paragraphs)

    again = {t.start: t for t in read(day) if within(t)}
    return [_on_update(t, again[t.start], day) if t.start in again else t for t in times]


def written_through_update(
    text: str, document: Document, written: tuple[dt.date, dt.date] | None
) -> tuple[dt.date, dt.date] | None:
    """The days a page was written in (``aspect.days_written``), through the day of its
    update when the page opens a paragraph with an update's label: what that paragraph
    tells done by then is done, not looked forward to."""
    day = _update_day(document)
    if written is None or not day or not update_paragraphs(text):
        return written
    return written[0], dt.date.fromisoformat(day)


def _update_day(document: Document) -> str:
    """The day of the page's update, when it is after its known publication day and soon."""
    updated = changed_on(document.furniture)
    on_page = document.published_is_known or document.published_on_page
    first, last = span_of(document.published) if on_page else ("", "")
    if not updated or not first or first != last:
        return ""
    gap = dt.date.fromisoformat(updated) - dt.date.fromisoformat(first)
    return updated if dt.timedelta(0) < gap <= _UPDATED_WITHIN else ""


def _on_update(time: TimeExpression, again: TimeExpression, day: str) -> TimeExpression:
    if again.value == time.value:
        return time
    why = f"'{again.text}' read against the day of the page's update ({day}), which it opens"
    return replace(again, reading=f"{again.reading}; {why}" if again.reading else why)
