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
and its other weekdays are read against it. One that tells the happening by its month
and day with no year ("June 9") is no older than it: "not before" that month.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import NamedTuple

from graphx.extract.spoken import spoken_weekday
from graphx.extract.timex.spans import (
    counted_before_day,
    month_day_named,
    offset_in_words,
    publication_offset,
    span_of,
    weekday_named,
)
from graphx.ingest.pubdate import looks_ahead, published_window
from graphx.model import Document, Event, TimeExpression
from graphx.resolve.happenings import shift
from graphx.resolve.offsets import written_within

__all__ = ["Window", "dated_by_windows", "publication_windows"]

WEEK_BACK = dt.timedelta(days=6)  # a bare "Friday" is at most six days before publication


class Window(NamedTuple):
    """The first and last day an article can have been published, and why; one that only
    bounds it from below reads its times but gives it no publication date (``dates_article``
    False): its first day is no date of the article."""

    first: dt.date
    last: dt.date
    why: str
    dates_article: bool = True
    on_page: bool = False  # the page's own day ("Updated" stamp), not another article's


def _certain_day(event: Event) -> dt.date | None:
    time = event.time
    if time is None or time.uncertain or not time.date_start or time.date_start != time.date_end:
        return None
    return dt.date.fromisoformat(time.date_start)


def _unplaced_weekday(text: str, value: str) -> int | None:
    """The weekday a time expression names and its article could not place ("Friday":
    XXXX-WXX-5), else None; "Monday, March 2, 2015" dates itself and says nothing of
    when it was written."""
    if not value.startswith("XXXX-WXX-") or offset_in_words(text):
        return None  # "last Friday": counted back (``_counted_back``), no bare weekday
    return weekday_named(text, value)


def _weekdays_named(events: Sequence[Event], undated: set[str]) -> dict[str, list[tuple[int, str]]]:
    """Document id -> (weekday, as written) of each unplaced weekday its reports name."""
    named: dict[str, list[tuple[int, str]]] = {}
    for event in events:
        for report in event.reports:
            day = _unplaced_weekday(report.date_text, report.date_value)
            if report.doc_id in undated and day is not None:
                named.setdefault(report.doc_id, []).append((day, report.date_text))
    return named


def _other_weekdays(times: Sequence[TimeExpression], text: str) -> list[tuple[int, str]]:
    """The unplaced weekdays a document names in its other time expressions, such as a clause
    that tells no happening: "were celebrating Wednesday night after a federal judge sided
    with them" (found in probe219); not a day to come ("Nearly two months later ... The council
    will vote Tuesday") nor a habit's ("every Tuesday": a review)."""
    return [
        (day, t.text)
        for t in times
        if t.type == "DATE"
        and (day := _unplaced_weekday(t.text, t.value)) is not None
        and not looks_ahead(text, t.start)
    ]


def _dates_it_otherwise(event: Event, doc_id: str, day: dt.date) -> bool:
    """Whether the document gives the happening a date other than its weekday: a full date
    of its own ("on June 6": a later article names an older happening by its date, and
    its weekdays are other days), or another weekday."""
    for r in event.reports:
        if r.doc_id != doc_id:
            continue
        weekday = _unplaced_weekday(r.date_text, r.date_value)
        if weekday is not None and weekday != day.weekday():
            return True
        if weekday is None and span_of(r.date_value)[0] and not r.date_value.startswith("XXXX-"):
            return True
    return False


def _placed_weekdays(
    events: Sequence[Event],
    undated: set[str],
    names: dict[str, str],
    others: Mapping[str, list[tuple[int, str]]],
) -> dict[str, list[Window]]:
    """Document id -> the windows its reports of dated happenings give, for each document
    with no publication date (``undated``); ``names``: document id -> file name; ``others``:
    document id -> the weekdays its other time expressions name (``_other_weekdays``).

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
            # "One week ago today, on Tuesday, July 15": counted back, whatever it names;
            # then its weekdays elsewhere are of the week it was written in ("filed last
            # week ... said at Tuesday's meeting")
            counted = _counted_back(event, doc_id, day, source)
            windows.extend(counted)
            if counted or _dates_it_otherwise(event, doc_id, day):
                continue
            for weekday, text in _weekdays_of(event, doc_id, named) + others.get(doc_id, []):
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
    """The weekdays a document names that can be a happening's day; only those it tells
    the happening by when it names it by its month and day too ("adopted on Oct. 22"): a
    later article's background, whose weekdays elsewhere are other days."""
    told = [r for r in event.reports if r.doc_id == doc_id]
    if not any(month_day_named(r.date_value) for r in told):
        return named.get(doc_id, [])
    weekdays = ((_unplaced_weekday(r.date_text, r.date_value), r.date_text) for r in told)
    return [(w, text) for w, text in weekdays if w is not None]


# how long after a happening told by its month and day alone an article may be dated
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
    """The windows a document's "last week", "yesterday", "One week ago today, on Tuesday,
    July 15" for a happening of ``day`` give."""
    windows = []
    for report in (r for r in event.reports if r.doc_id == doc_id):
        counted = publication_offset(report.date_text, report.date_value)
        counted = counted or counted_before_day(report.date_text)
        if counted is not None:
            why = (
                f"'{report.date_text}' is {day.isoformat()}, the day of a happening it "
                f"reports{source}, counted back from the day the article was written"
            )
            windows.append(Window(*written_within(day, *counted), why))
    return windows


def publication_windows(
    documents: Sequence[Document],
    events: Sequence[Event],
    times: Mapping[str, Sequence[TimeExpression]] | None = None,
) -> dict[str, Window]:
    """Document id -> the days it can have been published, for each document with no
    publication date, or only a lower bound ("not before 2017-07"), that reports a dated
    happening and names its weekday (in the report, or in its other ``times``: document
    id -> its time expressions) or counts back to it ("last week"); else, for a page with
    an "Updated" stamp, the stamp's day (the page came out no later)."""
    undated = {d.id for d in documents if _unplaced(d)}
    names = {d.id: Path(d.path).name or d.id for d in documents}
    others = {
        d.id: _other_weekdays((times or {}).get(d.id, ()), d.text)
        for d in documents
        if d.id in undated
    }
    placed = _placed_weekdays(events, undated, names, others)
    windows = {}
    for document in documents:
        placed_by = placed.get(document.id)
        if not placed_by:
            if document.updated and _unplaced(document):
                windows[document.id] = _updated(document.updated)
            continue
        best = _agreed(placed_by)
        if document.updated:  # no page came out after its update
            updated = dt.date.fromisoformat(document.updated)
            last = min(best.last, updated)
            best = _updated(document.updated) if best.first > updated else best._replace(last=last)
        if document.published_is_lower_bound:
            bound = _first_day(document.published)
            if bound is None or bound > best.last:
                continue  # the happening is older than the article can be: no window
            best = best._replace(first=max(best.first, bound))
        windows[document.id] = _on_its_spoken_day(best, document.text)
    return windows


def _on_its_spoken_day(window: Window, text: str) -> Window:
    """The window's days of the weekday the text says it speaks on ("HOST: It's Wednesday"),
    when it has any: a transcript's week, known from what it reports, gives its day."""
    weekday = spoken_weekday(text)
    if weekday is None or not window.dates_article:
        return window
    first = window.first + dt.timedelta(days=(weekday - window.first.weekday()) % 7)
    if first > window.last:
        return window
    last = window.last - dt.timedelta(days=(window.last.weekday() - weekday) % 7)
    why = f"{window.why}; it speaks on a {calendar.day_name[weekday]}"
    return window._replace(first=first, last=last, why=why)


def _updated(day: str) -> Window:
    """The day of a page's "Updated" stamp as its publication date, when no other
    article's report dates it sooner."""
    when = dt.date.fromisoformat(day)
    why = f"from the page's 'Updated' stamp ({day}), its only day"
    return Window(when, when, why, on_page=True)


def _agreed(windows: list[Window]) -> Window:
    """The days every window that dates the article allows ("last Monday", "yesterday");
    when they cannot all be true, the one that starts latest, for an article is no older
    than any happening it reports; with none, the latest lower bound."""
    dating = [w for w in windows if w.dates_article]
    if not dating:
        return max(windows)
    first, last = max(w.first for w in dating), min(w.last for w in dating)
    if first > last:
        return max(dating)
    opens = next(w.why for w in dating if w.first == first)
    closes = next(w.why for w in dating if w.last == last)
    whys = dict.fromkeys((opens, closes))  # the reasons of the first and the last day
    return Window(first, last, "; ".join(whys))


def _unplaced(document: Document) -> bool:
    """No publication date, or only a lower bound: a weekday it names is in no known week."""
    unknown = not document.published and document.published_basis == "unknown"
    return unknown or document.published_is_lower_bound


def _first_day(value: str) -> dt.date | None:
    start = span_of(value)[0] if value else ""
    return dt.date.fromisoformat(start) if start else None


def _dated(document: Document, window: Window) -> Document:
    published, note = published_window(window.first, window.last, window.why)
    note = window.why if window.on_page else note
    return replace(document, published=published, published_basis="inferred", published_note=note)


def dated_by_windows(documents: Sequence[Document], windows: dict[str, Window]) -> list[Document]:
    """The documents, each one with a window dated by it (copies; the inputs are left as
    they are); one a window only bounds from below ("Aug. 22" of a happening of 22 August
    2019) is "not before" its first day's month (the day is in the note: the article may
    come weeks later), when it knew no later bound of its own."""
    return [_bounded_or_dated(d, w) if (w := windows.get(d.id)) else d for d in documents]


def _bounded_or_dated(document: Document, window: Window) -> Document:
    if window.dates_article:
        return _dated(document, window)
    month = window.first.replace(day=1)
    known = _first_day(document.published) if document.published_is_lower_bound else None
    if document.published and (known is None or known >= month):
        return document  # a day of its own, or a later bound
    note = f"not before {window.first}: {window.why}"
    return replace(
        document,
        published=month.isoformat()[:7],
        published_basis="inferred",
        published_note=note,
    )
