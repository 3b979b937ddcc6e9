"""Events and entities as the explorer reads them from a graph that follows the contract.

One row per node, with the list attributes as tuples (``graphx/contract.py``),
unreadable date spans turned into undated events,
administrations derived from dates when the attribute is missing, and the
timeline's hover label escaped once at load.
"""

from __future__ import annotations

import html
import logging
import re
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

import networkx as nx

from graphx.administrations import Term, administrations_for
from graphx.contract import NON_ENTITY, as_bool, as_int, as_list
from graphx.explore.headlines import headline, names_of
from graphx.extract.timex.spans import span_of

__all__ = [
    "EntityRow",
    "EventRow",
    "entity_row",
    "event_row",
    "hover_text",
    "plain",
    "readable_dates",
    "when_phrase",
]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class EventRow:
    id: str
    label: str
    event_type: str
    date: str
    start: str
    end: str
    precision: str
    date_text: str
    date_reading: str
    uncertain: bool
    administrations: tuple[str, ...]
    place: str
    participants: tuple[tuple[str, str], ...]
    sources: tuple[str, ...]
    evidence: tuple[str, ...]
    reported: str = ""  # the earliest publication date of its sources
    reported_basis: str = ""
    reports: tuple[Mapping[str, Any], ...] = ()  # one per source: sentence, date as stated
    conflicts: tuple[str, ...] = ()
    # No date of its own: drawn at ``reported`` (place_start..place_end), marked as such.
    by_report: bool = False
    place_start: str = ""
    place_end: str = ""
    mid: str = ""  # the middle day of the span, where the timeline puts its point
    jitter: float = 0.0  # a stable offset in [-0.3, 0.3] so same-day events do not overlap
    hover: str = ""  # the timeline's hover label, escaped once at load (see hover_text)
    headline: str = ""  # who, trigger, whom (``headlines``); the label when it cannot say

    @property
    def dated(self) -> bool:
        return bool(self.start and self.end)

    @property
    def placed(self) -> bool:
        """Whether the timeline can draw it: a date of its own, or its report's date."""
        return bool(self.place_start and self.place_end)


@dataclass(frozen=True, slots=True)
class EntityRow:
    id: str
    type: str
    label: str
    aliases: tuple[str, ...]
    level: str
    roles: tuple[Mapping[str, str], ...]
    evidence: str
    mentions: int


def event_row(
    G: nx.MultiDiGraph, node: str, attrs: Mapping[str, Any], terms: tuple[Term, ...]
) -> EventRow:
    start, end = _own_span(node, attrs)
    place_start, place_end, by_report = _placement(start, end, attrs)
    admins = as_list(attrs.get("administration", ""))
    if not admins and ((start and end) or by_report):
        # Without a date of its own, counted by its first report's date, where the timeline
        # draws it (issue 17: Biden showed no Mayorkas, whose events had no date of their own).
        admins = administrations_for(place_start, place_end, terms)
    participants = _participants(G, node)
    row = EventRow(
        id=node,
        label=_event_label(attrs),
        event_type=str(attrs.get("event_type", "") or "other"),
        date=str(attrs.get("date", "")),
        start=start,
        end=end,
        precision=str(attrs.get("date_precision", "") or ""),
        date_text=str(attrs.get("date_text", "") or ""),
        date_reading=str(attrs.get("date_reading", "") or ""),
        uncertain=as_bool(attrs.get("date_uncertain", False)),
        administrations=tuple(str(a) for a in admins),
        place=str(attrs.get("place", "") or ""),
        participants=participants,
        sources=_sources(G, node, attrs),
        evidence=tuple(str(s) for s in as_list(attrs.get("evidence", ""))),
        reported=str(attrs.get("reported", "") or ""),
        reported_basis=str(attrs.get("reported_basis", "") or ""),
        reports=tuple(r for r in as_list(attrs.get("reports", "")) if isinstance(r, dict)),
        conflicts=tuple(str(c) for c in as_list(attrs.get("conflicts", ""))),
        by_report=by_report,
        place_start=place_start,
        place_end=place_end,
        mid=_midpoint(place_start, place_end),
        jitter=(zlib.crc32(node.encode("utf-8", "replace")) % 1000) / 1000 * 0.6 - 0.3,
    )
    return _with_words(G, row, attrs)


def _with_words(G: nx.MultiDiGraph, row: EventRow, attrs: Mapping[str, Any]) -> EventRow:
    """The row with its headline and hover card (both read by people, so made once here)."""
    people = row.participants
    title = headline(str(attrs.get("trigger", "") or ""), people, names_of(G, people), row.label)
    row = replace(row, headline=title)
    return replace(row, hover=hover_text(row))


def _own_span(node: str, attrs: Mapping[str, Any]) -> tuple[str, str]:
    """An event's own inclusive day span; ("", "") when it has none or it cannot be read."""
    start, end = str(attrs.get("date_start", "") or ""), str(attrs.get("date_end", "") or "")
    if not _midpoint(start, end) and (start or end):
        log.warning("event %s: unreadable date span %r..%r, listed as undated", node, start, end)
        return "", ""
    return start, end


def _placement(start: str, end: str, attrs: Mapping[str, Any]) -> tuple[str, str, bool]:
    """Where the timeline draws an event: (first day, last day, whether by its first report).

    >>> _placement("", "", {"reported": "2020-W04", "reported_basis": "sidecar"})
    ('2020-01-20', '2020-01-26', True)
    >>> _placement("", "", {"reported": "2019-11/..", "reported_basis": "not before"})
    ('', '', False)
    """
    if start and end:
        return start, end, False
    reported = str(attrs.get("reported", "") or "")
    # A lower bound ("not before") is no date to draw an event at.
    if not reported or attrs.get("reported_basis") == "not before":
        return "", "", False
    first, last = span_of(reported)
    return first, last, bool(first)


def _event_label(attrs: Mapping[str, Any]) -> str:
    """Never the node id: people read labels (issue 17)."""
    return str(
        attrs.get("label")
        or attrs.get("summary")
        or str(attrs.get("event_type") or "event").replace("_", " ")
    )


def _participants(G: nx.MultiDiGraph, node: str) -> tuple[tuple[str, str], ...]:
    """(entity, role) pairs of an event's incoming edges from entities, sorted."""
    return tuple(
        sorted(
            {
                (src, str(d.get("relation", "other")))
                for src, _, d in G.in_edges(node, data=True)
                if G.nodes[src].get("type") not in NON_ENTITY
            }
        )
    )


def _sources(G: nx.MultiDiGraph, node: str, attrs: Mapping[str, Any]) -> tuple[str, ...]:
    """An event's source documents as node ids: its ``sources``, else its ``reported_in`` edges."""
    sources = as_list(attrs.get("sources", "")) or sorted(
        dst for _, dst, d in G.out_edges(node, data=True) if d.get("relation") == "reported_in"
    )
    return tuple(_doc_node(G, str(s)) for s in sources)


def plain(name: str) -> str:
    """A type as people write it: "legal action", not ``legal_action``.

    >>> plain("legal_action")
    'legal action'
    """
    return name.replace("_", " ")


def _day(d: date) -> str:
    return f"{d.day} {d:%b %Y}"


def when_phrase(start: str, end: str) -> str:
    """An inclusive ISO day span as a reporter writes it ("" when either end is not a day).

    The span's shape says what was meant: a whole month is "January 2020", a
    week from a Monday "week of 20 Jan 2020", October to September a fiscal year
    (issue 17: the panel said "Precision: day" and "2020-W04").

    >>> when_phrase("2020-01-17", "2020-01-17"), when_phrase("2020-01-20", "2020-01-26")
    ('17 Jan 2020', 'week of 20 Jan 2020')
    >>> when_phrase("2020-01-01", "2020-01-31"), when_phrase("2018-01-01", "2018-12-31")
    ('January 2020', '2018')
    >>> when_phrase("2017-10-01", "2018-09-30")
    'fiscal year 2018 (Oct 2017 - Sep 2018)'
    >>> when_phrase("2019-04-01", "2019-06-30"), when_phrase("2010-01-01", "2019-12-31")
    ('Q2 2019 (Apr - Jun 2019)', 'the 2010s')
    >>> when_phrase("2019-03-01", "2019-06-30"), when_phrase("2019-03-05", "2019-03-09")
    ('Mar 2019 to Jun 2019', '5 Mar 2019 to 9 Mar 2019')
    """
    try:
        a, b = date.fromisoformat(start[:10]), date.fromisoformat(end[:10])
    except ValueError:
        return ""
    whole_months = a.day == 1 and (b + timedelta(days=1)).day == 1
    months = (b.year - a.year) * 12 + b.month - a.month + 1
    if a == b:
        return _day(a)
    if a.weekday() == 0 and b - a == timedelta(days=6):
        return f"week of {_day(a)}"
    if whole_months and months == 1:
        return f"{a:%B %Y}"
    if whole_months and months == 12 and a.month == 1:
        return str(a.year)
    if whole_months and months == 12 and a.month == 10:
        return f"fiscal year {b.year} ({a:%b %Y} - {b:%b %Y})"
    if whole_months and months == 3 and a.month % 3 == 1:
        return f"Q{a.month // 3 + 1} {a.year} ({a:%b} - {b:%b %Y})"
    if whole_months and months == 120 and a.month == 1 and a.year % 10 == 0:
        return f"the {a.year}s"
    if whole_months:
        return f"{a:%b %Y} to {b:%b %Y}"
    return f"{_day(a)} to {_day(b)}"


_WEEK_NOTE = re.compile(r"\s*\(week \d{4}-W\d\d\)")
_DATE_CODE = re.compile(r"\b\d{4}-W\d\d\b|\b\d{4}-\d\d-\d\d\b|\b\d{4}-\d\d\b(?!-)")


def readable_dates(text: str) -> str:
    """A sentence about dates with its ISO days and week codes in words.

    >>> readable_dates("'Last Friday' read against the publication date 2020-01-20 "
    ...                "(week 2020-W04), given as 2020-W04")
    "'Last Friday' read against the publication date 20 Jan 2020, given as week of 20 Jan 2020"
    >>> readable_dates("given as 2018-12")
    'given as December 2018'
    """
    text = _WEEK_NOTE.sub("", text)
    return _DATE_CODE.sub(lambda m: when_phrase(*span_of(m.group(0))) or m.group(0), text)


def hover_text(ev: EventRow) -> str:
    """The timeline hover label of an event: Plotly reads a few tags, so the text is escaped.

    Precomputed at load because escaping tens of thousands of labels on every
    filter change was a visible part of the timeline callback (issue 6).

    >>> hover_text(EventRow("v:1", "<b>x</b>", "legal_action", "2019", "2019-01-01",
    ...     "2019-12-31", "year", "", "", False, (), "", (), (), ()))
    '<b>&lt;b&gt;x&lt;/b&gt;</b><br>2019<br>legal action'
    """
    when = when_phrase(ev.start, ev.end)
    if ev.by_report:
        reported = when_phrase(ev.place_start, ev.place_end) or ev.reported
        when = f"no date of its own; first reported {reported}"
    flag = "<br><i>uncertain date</i>" if ev.uncertain else ""
    # A card: the headline, the sentence it comes from, when, what kind (issue 17).
    title = ev.headline or ev.label[:100]
    lines = _wrap(ev.label[:160]) if ev.headline and ev.headline != ev.label else []
    sentence = "".join(f"<br><i>{html.escape(line)}</i>" for line in lines)
    return (
        f"<b>{html.escape(title)}</b>{sentence}<br>{html.escape(when)}<br>"
        f"{html.escape(plain(ev.event_type))}{flag}"
    )


def _wrap(text: str, width: int = 60) -> list[str]:
    """Lines of at most about ``width`` characters (Plotly's hover box does not wrap)."""
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line]


def _midpoint(start: str, end: str) -> str:
    """The middle day of an inclusive ISO day span ("" when either end is not a date).

    >>> _midpoint("2019-05-01", "2019-05-31"), _midpoint("2019", "2019-12-31")
    ('2019-05-16', '')
    """
    try:
        a, b = date.fromisoformat(start[:10]), date.fromisoformat(end[:10])
    except ValueError:
        return ""
    if len(start) < 10 or len(end) < 10 or b < a:
        return ""
    return (a + (b - a) / 2).isoformat()


def _doc_node(G: nx.MultiDiGraph, doc: str) -> str:
    """A source as a document node id (sources may hold bare document ids)."""
    return doc if doc in G or f"d:{doc}" not in G else f"d:{doc}"


def entity_row(node: str, attrs: Mapping[str, Any]) -> EntityRow:
    roles = tuple(r for r in as_list(attrs.get("roles", "")) if isinstance(r, dict))
    mentions = as_int(attrs.get("mentions", 0))
    return EntityRow(
        id=node,
        type=str(attrs.get("type", "")),
        label=str(
            attrs.get("label") or next(iter(as_list(attrs.get("aliases", ""))), "") or "(unnamed)"
        ),
        aliases=tuple(str(a) for a in as_list(attrs.get("aliases", ""))),
        level=str(attrs.get("level", "") or ""),
        roles=roles,
        evidence=str(attrs.get("evidence", "") or ""),
        mentions=mentions,
    )
