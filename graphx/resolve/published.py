"""Publication dates that other articles' reports give an undated article (issue 15).

An article with no date of its own may say "ICE served subpoenas Friday". Once
that report has joined a happening another article dates (Friday 17 January
2020), the undated article cannot be older than that day, and news writing
names a bare weekday only within the week before publication: it came out
within six days after it. That interval is the inference, at the precision it
supports: a month when it lies within one, else "not before" its first day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from graphx.extract.timex.spans import weekday_named
from graphx.model import Document, Event

__all__ = ["dated_by_reports"]

WEEK_BACK = dt.timedelta(days=6)  # a bare "Friday" is at most six days before publication


def _certain_day(event: Event) -> dt.date | None:
    time = event.time
    if time is None or time.uncertain or not time.date_start or time.date_start != time.date_end:
        return None
    return dt.date.fromisoformat(time.date_start)


def _weekday_days(
    events: Sequence[Event], names: dict[str, str]
) -> dict[str, list[tuple[dt.date, str]]]:
    """Document id -> (day, how it was read) for each of its weekday-only reports that a
    dated happening places; ``names``: document id -> its file name."""
    found: dict[str, list[tuple[dt.date, str]]] = {}
    for event in events:
        day = _certain_day(event)
        if day is None:
            continue
        for report in event.reports:
            if not report.date_value.startswith("XXXX-WXX-"):
                continue
            if weekday_named(report.date_text, report.date_value) != day.weekday():
                continue
            dated_by = next((r.doc_id for r in event.reports if r.date_value[:1].isdigit()), "")
            source = f" in {names.get(dated_by, dated_by)}" if dated_by else ""
            found.setdefault(report.doc_id, []).append(
                (day, f"'{report.date_text}' is {day.isoformat()}, the day of a report{source}")
            )
    return found


def _inferred(days: list[tuple[dt.date, str]]) -> tuple[str, str]:
    """The publication date the placed weekdays allow, and the note that says why."""
    day, why = max(days)
    last = day + WEEK_BACK
    reason = f"{why}: the article is no older, and names the weekday at most six days back"
    if (day.year, day.month) == (last.year, last.month):
        return f"{day.year:04d}-{day.month:02d}", f"between {day} and {last}: {reason}"
    return day.isoformat(), f"not before {day.isoformat()}: {reason}"


def dated_by_reports(documents: Sequence[Document], events: Sequence[Event]) -> list[Document]:
    """The documents, each one with no publication date given one where its weekday
    reports were placed by the corpus (copies; the inputs are left as they are)."""
    placed = _weekday_days(events, {d.id: Path(d.path).name for d in documents})
    out = []
    for document in documents:
        days = placed.get(document.id)
        if days and not document.published and document.published_basis == "unknown":
            published, note = _inferred(days)
            document = replace(
                document, published=published, published_basis="inferred", published_note=note
            )
        out.append(document)
    return out
