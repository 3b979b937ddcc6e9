"""Publication dates that other articles' reports give an undated article (issue 15),
or one known only from below ("not before July 2017").

An article with no date of its own may say "ICE served subpoenas Friday". Once
that report has joined a happening another article dates (Friday 17 January
2020), the undated article cannot be older than that day, and news writing
names a bare weekday only within the week before publication: it came out
within six days after it. The same holds when the article tells that happening
without a date ("agents detained workers") and names its weekday elsewhere
("Mayor Bass visited Friday"), unless it gives the happening a date or weekday
of another reading. That window dates the article, at the precision it
supports (a month when it lies within one, else "not before" its first day),
and its other weekdays are read against it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import NamedTuple

from graphx.extract.aspect import TENSE_ONLY
from graphx.extract.since import SINCE
from graphx.extract.timex.normalise import find_time_expressions
from graphx.extract.timex.spans import (
    counted_from_writing,
    month_day_named,
    month_named,
    offset_in_words,
    publication_offset,
    span_of,
    weekday_named,
)
from graphx.ingest.pubdate import published_window
from graphx.model import Document, Event, Report, TimeExpression
from graphx.resolve.happenings import shift
from graphx.resolve.offsets import counted_in_window, written_within

__all__ = [
    "Window",
    "counted_from_writing_in_window",
    "dated_by_windows",
    "month_day_in_window",
    "present_in_window",
    "publication_windows",
    "read_in_window",
    "since_in_window",
    "weekday_in_window",
]

WEEK_BACK = dt.timedelta(days=6)  # a bare "Friday" is at most six days before publication


class Window(NamedTuple):
    """The first and last day an article can have been published, and why; one that only
    bounds it from below reads its times but gives it no publication date (``dates_article``
    False): its first day is no date of the article."""

    first: dt.date
    last: dt.date
    why: str
    dates_article: bool = True


def _certain_day(event: Event) -> dt.date | None:
    time = event.time
    if time is None or time.uncertain or not time.date_start or time.date_start != time.date_end:
        return None
    return dt.date.fromisoformat(time.date_start)


def _unplaced_weekday(report: Report) -> int | None:
    """The weekday a report names and its article could not place ("Friday":
    XXXX-WXX-5), else None; "Monday, March 2, 2015" dates itself and says nothing of
    when it was written."""
    if not report.date_value.startswith("XXXX-WXX-"):
        return None
    return weekday_named(report.date_text, report.date_value)


def _weekdays_named(events: Sequence[Event], undated: set[str]) -> dict[str, list[tuple[int, str]]]:
    """Document id -> (weekday, as written) of each unplaced weekday its reports name."""
    named: dict[str, list[tuple[int, str]]] = {}
    for event in events:
        for report in event.reports:
            if report.doc_id in undated and (day := _unplaced_weekday(report)) is not None:
                named.setdefault(report.doc_id, []).append((day, report.date_text))
    return named


def _dates_it_otherwise(event: Event, doc_id: str, day: dt.date) -> bool:
    """Whether the document gives the happening a date other than its weekday: a full date
    of its own ("on June 6": a later article names an older happening by its date, and
    its weekdays are other days), or another weekday."""
    for r in event.reports:
        if r.doc_id != doc_id:
            continue
        weekday = _unplaced_weekday(r)
        if weekday is not None and weekday != day.weekday():
            return True
        if weekday is None and span_of(r.date_value)[0] and not r.date_value.startswith("XXXX-"):
            return True
    return False


def _placed_weekdays(
    events: Sequence[Event], undated: set[str], names: dict[str, str]
) -> dict[str, list[Window]]:
    """Document id -> the windows its reports of dated happenings give, for each document
    with no publication date (``undated``); ``names``: document id -> file name.

    An article that reports a happening of Friday 6 June and says "Mayor Bass visited
    Friday" (in that report or another) was written in the week after it: news names a
    bare weekday only within the week before publication, and the article is no older
    than what it reports. One that tells it "last week" was written the week after.
    """
    named = _weekdays_named(events, undated)
    found: dict[str, list[Window]] = {}
    for event in events:
        day = _certain_day(event)
        if day is None:
            continue
        dated_by = next((r.doc_id for r in event.reports if r.doc_id not in undated), "")
        source = f" in {names.get(dated_by, dated_by)}" if dated_by else ""
        for doc_id in sorted({r.doc_id for r in event.reports if r.doc_id in undated}):
            windows = found.setdefault(doc_id, [])
            # "One week ago today, on Tuesday, July 15": counted back, whatever it names
            windows.extend(_counted_back(event, doc_id, day, source))
            if _dates_it_otherwise(event, doc_id, day):
                continue
            for weekday, text in _weekdays_of(event, doc_id, named):
                if weekday == day.weekday():
                    why = (
                        f"'{text}' is {day.isoformat()}, the day of a happening it reports"
                        f"{source}: the article is no older, and names the weekday at most "
                        "six days back"
                    )
                    windows.append(Window(day, shift(day, WEEK_BACK), why))
            windows.extend(_month_day_of(event, doc_id, day, source))
    return found


def _weekdays_of(
    event: Event, doc_id: str, named: dict[str, list[tuple[int, str]]]
) -> list[tuple[int, str]]:
    """The weekdays a document names that can be a happening's day: any it names, unless
    it names the happening by its month and day ("adopted 4-1 on Oct. 22"), as a later
    article names an older happening, whose weekdays elsewhere are other days: then only
    those it tells the happening by ("On Monday, June 9")."""
    told = [r for r in event.reports if r.doc_id == doc_id]
    if not any(month_day_named(r.date_value) for r in told):
        return named.get(doc_id, [])
    return [(w, r.date_text) for r in told if (w := _unplaced_weekday(r)) is not None]


# How long after the day of a happening told by its month and day alone ("On Monday, June
# 9") its article may be dated: it is no older, and later than a month says nothing.
MONTH_DAY_AFTER = dt.timedelta(days=31)


def _month_day_of(event: Event, doc_id: str, day: dt.date, source: str) -> list[Window]:
    """The window a document's "June 9" with no year gives, told of a happening of that
    day: not before it (a month on: "not before" the day, a lower bound)."""
    told = (r for r in event.reports if r.doc_id == doc_id)
    if not any(month_day_named(r.date_value) == (day.month, day.day) for r in told):
        return []
    why = f"it reports a happening of {day.isoformat()}{source} by its month and day"
    return [Window(day, shift(day, MONTH_DAY_AFTER), why, dates_article=False)]


def _counted_back(event: Event, doc_id: str, day: dt.date, source: str) -> list[Window]:
    """The windows a document's "last week", "yesterday" for a happening of ``day`` give,
    and its days counted back told with the day they are ("One week ago today, on Tuesday,
    July 15")."""
    windows = []
    for report in (r for r in event.reports if r.doc_id == doc_id):
        counted = publication_offset(report.date_text, report.date_value)
        count, comma, day_told = report.date_text.partition(",")
        if counted is None and comma and day_told.strip():
            counted = offset_in_words(count)
        if counted is not None:
            first, last = written_within(day, *counted)
            why = (
                f"'{report.date_text}' is {day.isoformat()}, the day of a happening it "
                f"reports{source}, counted back from the day the article was written"
            )
            windows.append(Window(first, last, why))
    return windows


def publication_windows(
    documents: Sequence[Document], events: Sequence[Event]
) -> dict[str, Window]:
    """Document id -> the days it can have been published, for each document with no
    publication date, or only a lower bound ("not before 2017-07"), whose reports of a
    dated happening name its weekday or count back to it ("last week")."""
    undated = {d.id for d in documents if _unplaced(d)}
    placed = _placed_weekdays(events, undated, {d.id: Path(d.path).name or d.id for d in documents})
    windows = {}
    for document in documents:
        placed_by = placed.get(document.id)
        if not placed_by:
            continue
        best = max(placed_by, key=lambda w: (w.dates_article, w))
        if document.published_is_lower_bound:
            bound = _first_day(document.published)
            if bound is None or bound > best.last:
                continue  # the happening is older than the article can be: no window
            best = best._replace(first=max(best.first, bound))
        windows[document.id] = best
    return windows


def _unplaced(document: Document) -> bool:
    """No publication date, or only a lower bound: a weekday it names is in no known week."""
    unknown = not document.published and document.published_basis == "unknown"
    return unknown or document.published_is_lower_bound


def _first_day(value: str) -> dt.date | None:
    start = span_of(value)[0] if value else ""
    return dt.date.fromisoformat(start) if start else None


def weekday_in_window(time: TimeExpression, window: Window) -> TimeExpression:
    """A weekday-only time ("Friday", ``XXXX-WXX-5``) read against a publication window:
    the days it can be (the most recent such weekday on or before any day of the window;
    in a window that only bounds the article from below, the first such weekday from its
    first day on)."""
    weekday = weekday_named(time.text, time.value)
    # placed already, unless only read against a month, a year or a lower bound (XXXX-WXX-5)
    if (time.date_start and not time.value.startswith("XXXX-WXX-")) or weekday is None:
        return time
    if time.precision == SINCE:
        return time  # "since Friday": since_in_window's
    first = shift(window.first, -dt.timedelta(days=(window.first.weekday() - weekday) % 7))
    ahead = shift(window.first, dt.timedelta(days=(weekday - window.first.weekday()) % 7))
    if not window.dates_article and ahead <= window.last:
        # The article tells a happening of the window's first day by its month and day ("On
        # Monday, June 9"): it names the day as past, so its other weekdays come after it.
        first = ahead
    last = max(d for d in (first, shift(first, dt.timedelta(days=7))) if d <= window.last)
    value = first.isoformat() if first == last else time.value
    return replace(
        time,
        value=value,
        date_start=first.isoformat(),
        date_end=last.isoformat(),
        uncertain=True,
        reading=f"'{time.text}' read against the publication date the corpus gives "
        f"({window.first} to {window.last})",
    )


def month_day_in_window(time: TimeExpression, window: Window) -> TimeExpression:
    """A month and day its article could not give a year ("March 21", ``XXXX-03-21``) read
    against a publication window: the latest such day on or before its last day."""
    named = month_day_named(time.value)
    if time.date_start or named is None or time.precision == SINCE:
        return time
    month, day = named
    for year in (window.last.year, window.last.year - 1):
        try:
            when = dt.date(year, month, day)
        except ValueError:  # February 29 outside a leap year
            continue
        if when <= window.last:
            return replace(
                time,
                value=when.isoformat(),
                date_start=when.isoformat(),
                date_end=when.isoformat(),
                uncertain=True,
                reading=f"'{time.text}' read in the year of the publication date the corpus "
                f"gives ({window.first} to {window.last})",
            )
    return time


def month_in_window(time: TimeExpression, window: Window) -> TimeExpression:
    """A month its article could not give a year ("in January", ``XXXX-01``) read against a
    publication window: the latest such month begun on or before its last day."""
    month = month_named(time.value)
    if time.date_start or month is None:
        return time
    year = window.last.year if dt.date(window.last.year, month, 1) <= window.last else None
    year = year or window.last.year - 1
    start, end = span_of(f"{year:04d}-{month:02d}")
    return replace(
        time,
        value=f"{year:04d}-{month:02d}",
        date_start=start,
        date_end=end,
        uncertain=True,
        reading=f"'{time.text}' read in the year of the publication date the corpus gives "
        f"({window.first} to {window.last})",
    )


def since_in_window(time: TimeExpression, window: Window) -> TimeExpression:
    """An act told as since a time its article could not close ("since then", "since
    Friday" in an undated article: ``extract.since.SINCE`` with no days), closed by the
    window: from that time (a weekday placed in the window) to the window's last day."""
    if time.date_start or time.precision != SINCE:
        return time
    if time.value.startswith("XXXX-WXX-"):
        first = weekday_in_window(replace(time, precision=""), window).date_start
    else:
        first = span_of(time.value)[0]
    if not first or first > window.last.isoformat():
        return time
    last = window.last.isoformat()
    return replace(
        time,
        value=f"{time.value}/{last}",
        date_start=first,
        date_end=last,
        uncertain=True,
        reading=f"{time.reading}, which the corpus puts at {window.first} to {window.last}",
    )


def present_in_window(time: TimeExpression, window: Window) -> TimeExpression:
    """A present progressive its article could not date ("is filing", ``PRESENT_REF`` with
    no days) read against a publication window: going on in the days of the window."""
    if time.date_start or time.value != TENSE_ONLY:
        return time
    return replace(
        time,
        date_start=window.first.isoformat(),
        date_end=window.last.isoformat(),
        uncertain=True,
        reading=f"'{time.text}', told as going on when the article was written: in the days "
        f"of the publication date the corpus gives ({window.first} to {window.last})",
    )


def counted_from_writing_in_window(time: TimeExpression, window: Window) -> TimeExpression:
    """A season or year counted from the day its article was written ("last fall", "two
    years ago") in an article of no date of its own, read again against the window's first
    and last days: the span of both readings."""
    if time.date_start or time.precision == SINCE:
        return time
    if not counted_from_writing(time.text, time.value):
        return time
    ends = [_read_on(time.text, day) for day in (window.first, window.last)]
    if ends[0] is None or ends[1] is None:
        return time
    same = ends[0].value == ends[1].value
    return replace(
        time,
        value=ends[0].value if same else time.value,
        date_start=min(ends[0].date_start, ends[1].date_start),
        date_end=max(ends[0].date_end, ends[1].date_end),
        uncertain=True,
        reading=f"'{time.text}' counted from the publication date the corpus gives "
        f"({window.first} to {window.last})",
    )


def _read_on(text: str, day: dt.date) -> TimeExpression | None:
    """``text`` alone read as written on ``day``, when it is one calendar time."""
    found = find_time_expressions(text, dct=day.isoformat(), dct_certain=False)
    if len(found) != 1 or (found[0].start, found[0].end) != (0, len(text)):
        return None
    return found[0] if found[0].date_start else None


def read_in_window(time: TimeExpression, window: Window) -> TimeExpression:
    """A time its article could not place read against the article's window: a "since",
    a weekday, a month and day, a month, a season or year counted from the day it was
    written, a present told as going on."""
    read = since_in_window(time, window)
    readings = (weekday_in_window, month_day_in_window, month_in_window, counted_in_window)
    for reading in (*readings, counted_from_writing_in_window, present_in_window):
        read = reading(read, window)
    return read


def _dated(document: Document, window: Window) -> Document:
    published, note = published_window(window.first, window.last, window.why)
    return replace(document, published=published, published_basis="inferred", published_note=note)


def dated_by_windows(documents: Sequence[Document], windows: dict[str, Window]) -> list[Document]:
    """The documents, each one with a window dated by it (copies; the inputs are left as
    they are)."""
    dating = {i: w for i, w in windows.items() if w.dates_article}
    return [_dated(d, dating[d.id]) if d.id in dating else d for d in documents]
