"""Publication dates: normalise metadata values, infer a bound from the text.

Metadata dates (a sidecar cell, a JSON ``date`` field, a CSV column) become
ISO prefixes whose length is their precision (``2018``, ``2020-01``,
``2019-05-07``) or an ISO week (``2020-W04``); full datetimes are cut to the
day. When nothing gives a date, :func:`infer_published` reads the explicit
dates an article mentions: the latest of them is a lower bound of the
publication date, never the date itself, and is labelled as such.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from email.utils import parsedate_to_datetime

from graphx.ingest import no_bound
from graphx.ingest.dateline import DAY as _DAY
from graphx.ingest.dateline import MONTH as _MONTH
from graphx.ingest.dateline import MONTHS as _MONTHS
from graphx.ingest.dateline import WEEKDAY as _WEEKDAY
from graphx.ingest.dateline import YEAR as _YEAR
from graphx.ingest.dateline import head_date, wire_dateline_day
from graphx.ingest.urls import url_date
from graphx.lexicon import Lexicon, shipped

__all__ = [
    "explicit_dates",
    "infer_published",
    "looks_ahead",
    "normalise_date",
    "published_window",
    "url_date",
]

log = logging.getLogger(__name__)

_ISO = re.compile(
    r"^(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$"
)
_WEEK = re.compile(r"^(?P<y>\d{4})-?W(?P<w>\d{2})$", re.IGNORECASE)
_TEXT_DATES = [
    re.compile(rf"\b{_MONTH} {_DAY},? {_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_DAY} {_MONTH},? {_YEAR}\b", re.IGNORECASE),
    re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<mnum>\d{2})-(?P<day>\d{2})\b"),
    re.compile(r"\b(?P<mnum>\d{1,2})/(?P<day>\d{1,2})/(?P<year>(?:19|20)\d{2})\b"),
    # "Published: 09.14.2011" (found in probe184); two figures each, as no version number
    # ("version 3.5.2019") or code section is written
    re.compile(r"\b(?P<mnum>\d{2})\.(?P<day>\d{2})\.(?P<year>(?:19|20)\d{2})\b"),
    re.compile(rf"\b{_MONTH},? {_YEAR}\b", re.IGNORECASE),
    re.compile(r"(?<![\d,.$/-])(?P<year>(?:19|20)\d{2})(?![\d%/-]|,\d)"),
]
# "As of Feb. 2": a month and day with no year (not followed by one).
_YEARLESS = re.compile(rf"\b{_MONTH} {_DAY}\b(?!,? *(?:19|20)\d\d)", re.IGNORECASE)
# ... nor one set ahead: "scheduled for Feb. 20", "due by March 1".
_AHEAD = re.compile(
    r"\b(by|until|till|before|for|scheduled|set|due|expected|will|next)\s*(?:on\s*)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?$",
    re.I,
)
_NEAR_AFTER = dt.timedelta(days=92)  # a yearless date this far after the text's latest
# "As of Feb. 2, the city has not complied": the date of the article's present, when what
# follows is told in the present (not "as of 2019 it had ...").
_AS_OF = re.compile(rf"\bas of\s+{_WEEKDAY}{_MONTH} {_DAY}(?:,? *{_YEAR})?\b", re.IGNORECASE)
_PRESENT = re.compile(r"\b(?:has|have|is|are|remains?|stands?)\b", re.IGNORECASE)
# told in the past, or ahead ("As of Jan. 1, the minimum wage will be", "takes effect")
_NOT_NOW = re.compile(r"\b(?:had|was|were|would|will|effect|effective)\b", re.IGNORECASE)
# a sentence's end: not an initial's ("U.S. attorney"), a shortened word's before a name ("St.
# Michael's", "Gov. Lee"; "Main St. On May 2" ends one), nor "6 p.m." before its day's name
_OPENS = r"(?!\.\s+(?:On|In|At|The|A|An|It|He|She|They|We|But|And|As|By|For)\b)"
_SHORTENED = "".join(rf"(?<!\b{w}{_OPENS})" for w in "St Mt Ft Dr Mr Ms Mrs Lt Gov Sen Rep".split())
_SENTENCE_END = re.compile(
    rf"(?<![A-Z]){_SHORTENED}(?<![ap]\.m)[.!?](?=\s)|(?<=[ap]\.m\.)(?=\s+(?!(?i:{_MONTH}))\S)|\n"
)
_AS_OF_WEEK = dt.timedelta(days=6)  # written within the week the present is dated in


def _iso(year: int, month: int = 0, day: int = 0) -> str:
    """ISO prefix of a valid date, at the precision of the parts given."""
    if day:
        return dt.date(year, month, day).isoformat()
    if month:
        dt.date(year, month, 1)
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}"


def normalise_date(value: str) -> str:
    """An ISO prefix (or ISO week) for a metadata date; ValueError if unusable.

    >>> [normalise_date(v) for v in ("2019-05-07", "2020-01", "2018", "2020-w04")]
    ['2019-05-07', '2020-01', '2018', '2020-W04']
    >>> normalise_date("2017-08-15T12:15:20")
    '2017-08-15'
    """
    text = value.strip()
    m = _ISO.match(text)
    if m:
        return _iso(int(m["y"]), int(m["m"] or 0), int(m["d"] or 0))
    m = _WEEK.match(text)
    if m:
        week = int(m["w"])
        dt.date.fromisocalendar(int(m["y"]), week, 1)
        return f"{int(m['y']):04d}-W{week:02d}"
    for found in _mentions(text):
        if found[1] == 0 and found[0] == text:
            return found[2]
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError) as e:
        raise ValueError(f"unrecognised date {value!r}") from e


def _mentions(text: str) -> list[tuple[str, int, str]]:
    """(matched text, offset, ISO value) for every explicit date in the text."""
    found: list[tuple[str, int, str]] = []
    taken: list[tuple[int, int]] = []
    for rx in _TEXT_DATES:
        for m in rx.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            parts = m.groupdict()
            month = _MONTHS.get((parts.get("month") or "").lower(), 0) or int(
                parts.get("mnum") or 0
            )
            try:
                value = _iso(int(parts["year"]), month, int(parts.get("day") or 0))
            except ValueError:
                continue
            taken.append((m.start(), m.end()))
            found.append((m.group(0), m.start(), value))
    return sorted(found, key=lambda f: f[1])


def explicit_dates(text: str, *, today: dt.date | None = None) -> list[tuple[str, str]]:
    """Explicit calendar dates in a text, as (matched text, ISO value), in order.

    Bare years after "by", "until", "before" (deadlines), a motto's founding year ("Free
    Weekly Since 1996"), fiscal years and years after ``today`` are left out: they do not
    bound the publication date; a page's "Updated" day and the day of what a list announces
    bound it only by their year (:mod:`graphx.ingest.no_bound`).

    >>> explicit_dates("On March 3, 2019 and in 2018, but not by 2030.")
    [('March 3, 2019', '2019-03-03'), ('2018', '2018')]
    >>> explicit_dates("In 2019 it adopted a budget for fiscal 2022 and the 2023 fiscal year.")
    [('2019', '2019')]
    >>> explicit_dates("In 2019 it held hearings on its 2020 budget.")
    [('2019', '2019')]
    """
    limit = (today or dt.date.today()).isoformat()
    kept = []
    for matched, offset, value in _mentions(text):
        if value[:4] > limit[:4] or value > limit:
            continue
        if len(value) == 4 and no_bound.forward(text[max(0, offset - 24) : offset]):
            continue
        if len(value) == 4 and no_bound.founded(text, offset, len(matched)):
            continue
        if len(value) == 4 and no_bound.fiscal(text, offset, len(matched)):
            continue
        if looks_ahead(text, offset):
            continue
        # a page's change or a listed day to come is close after the writing: its year only
        kept.append((matched, value[:4] if no_bound.changed_or_listed(text, offset) else value))
    return kept


def looks_ahead(text: str, start: int) -> bool:
    """Whether the words before a date in its sentence look ahead ("the ordinance takes
    effect May 1", "at its next meeting on March 26"): a day to come bounds no publication
    date. The cue words are ``ahead_cues`` and ``past_cues`` of ``time_words.json`` (fewer
    than the time expressions' ``future_cues``: "due to weather on March 3" is past); the
    nearest one before the date decides."""
    window = text[max(0, start - 150) : start]
    # the window's part in the date's sentence (read from the window alone: a long text
    # has many dates, and searching it from its start for each one is quadratic)
    window = window[max((m.end() for m in _SENTENCE_END.finditer(window)), default=0) :]
    ahead, back = _tense_cues()
    last_ahead = max((m.end() for m in ahead.finditer(window)), default=-1)
    last_back = max((m.end() for m in back.finditer(window)), default=-1)
    return last_ahead > last_back


def _tense_cues(lexicon: Lexicon | None = None) -> tuple[re.Pattern[str], re.Pattern[str]]:
    return (lexicon or shipped()).derived(_read_tense_cues)


def _read_tense_cues(lexicon: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = lexicon.json("time_words.json")
    return re.compile(words["ahead_cues"], re.I), re.compile(words["past_cues"], re.I)


def _yearless_after(text: str, anchor: str, today: dt.date = dt.date.max) -> str:
    """The latest month-and-day without a year ("As of Feb. 2") that falls after ``anchor``
    (the latest full date the text gives) when read in the year nearest to it, within
    three months after it, or after one so read ("Dec. 4, 2024", then "Jan. 30", "March
    11", "March 18": a story's days told one after another); "" when none does. A date set
    ahead is no bound."""
    latest = ""
    for _ in range(_STEPS):
        found = _yearless_after_day(text, dt.date.fromisoformat(latest or anchor), today)
        if not found or found <= latest:
            break
        latest = found
    return latest


_STEPS = 6  # how many times a yearless day read after the last one may carry the year on


def _yearless_after_day(text: str, base: dt.date, today: dt.date) -> str:
    latest = ""
    for m in _YEARLESS.finditer(text):
        # A month is written with a capital ("may 2" is a verb and a number).
        if not m[0][0].isupper() or _AHEAD.search(text[max(0, m.start() - 32) : m.start()]):
            continue
        if looks_ahead(text, m.start()):
            continue
        nearest = _nearest(_MONTHS[m["month"].lower()], int(m["day"]), base)
        if nearest is None or nearest > today:
            continue  # an article is not written after today
        if base < nearest and (nearest - base) <= _NEAR_AFTER and nearest.isoformat() > latest:
            latest = nearest.isoformat()
    return latest


def _nearest(month: int, day: int, base: dt.date) -> dt.date | None:
    """The month and day in the year nearest to ``base``."""
    readings = []
    for year in (base.year - 1, base.year, base.year + 1):
        try:
            readings.append(dt.date(year, month, day))
        except ValueError:
            continue
    return min(readings, key=lambda d: abs(d - base)) if readings else None


def _as_of(text: str, latest: str, today: dt.date) -> tuple[dt.date, str] | None:
    """The day an "As of Feb. 2, the city has not complied" dates the article's present,
    with its words: the latest such day no earlier than ``latest`` (the latest full date
    the text gives; a yearless day is read in the year nearest to it) nor after today."""
    found = None
    for m in _AS_OF.finditer(text):
        rest = _SENTENCE_END.split(text[m.end() :], maxsplit=1)[0]
        if not _PRESENT.search(rest) or _NOT_NOW.search(rest):
            continue
        month, day = _MONTHS[m["month"].lower()], int(m["day"])
        try:
            when = dt.date(int(m["year"]), month, day) if m["year"] else None
        except ValueError:
            continue
        if when is None and latest:
            when = _nearest(month, day, dt.date.fromisoformat(latest))
        if when is None or when.isoformat() < latest or when > today:
            continue
        if found and when <= found[0]:
            continue
        found = (when, m[0])
    return found


# "This story appears in the March 13, 2025 print edition", "A version of this article
# appears in print on March 13, 2025, Section A, Page 18": the day of the paper it ran in
_IN_PRINT = re.compile(
    r"\b(?:a\s+version\s+of\s+)?this\s+(?:story|article|column|editorial|report|piece)\s+"
    r"(?:appears?|appeared|ran|runs|was\s+published)\s+in\s+(?:the\s+)?(?:.{0,40}?\s)?print\b"
    r".*?(?:\.(?=\s+[A-Z]|\s*$)|$)",  # to its sentence's end, not "Jan. 4"'s dot
    re.IGNORECASE | re.MULTILINE,
)


def _print_day(text: str, today: dt.date | None) -> str:
    """The one day the sentence that tells the print edition the text itself ran in names
    ("This story appears in the ... print edition"), else ""; not another story's."""
    for m in _IN_PRINT.finditer(text):
        days = {v for _, v in explicit_dates(m[0], today=today) if len(v) == 10}
        if len(days) == 1:
            return days.pop()
    return ""


def _printed_or_wired(
    text: str, dates: list[tuple[str, str]], latest: str, today: dt.date | None
) -> tuple[str, str] | None:
    """The day of the print edition the text ran in, else of its dateline, when the text
    tells no later day."""
    printed = _print_day(text, today)
    if printed and not latest > printed:
        return printed, f"from the print edition it appeared in ({printed})"
    wired = wire_dateline_day(text)
    if wired and not any(v + "-01-01"[len(v) - 4 :] > wired for _, v in dates):
        return wired, f"from the dateline ({wired})"
    return None


def published_window(first: dt.date, last: dt.date, why: str) -> tuple[str, str]:
    """A publication date known to lie between two days, as the value and note a document
    records: the day when they are one ("the day after"), the month when both days are in
    one ("2020-01", "between 2020-01-17 and 2020-01-23: why"), else "not before" the first
    day (a lower bound).

    >>> published_window(dt.date(2020, 1, 30), dt.date(2020, 2, 5), "why")
    ('2020-01-30', 'not before 2020-01-30: why')
    >>> published_window(dt.date(2020, 1, 30), dt.date(2020, 1, 30), "why")
    ('2020-01-30', 'on 2020-01-30: why')
    """
    if first == last:
        return first.isoformat(), f"on {first}: {why}"
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.year:04d}-{first.month:02d}", f"between {first} and {last}: {why}"
    return first.isoformat(), f"not before {first}: {why}"


def infer_published(
    text: str, *, url: str = "", today: dt.date | None = None, captions: str = ""
) -> tuple[str, str] | None:
    """The publication date from the article's URL, else a lower bound from its text.

    A date in the URL is the publication date (a site's own archive path),
    unless the text mentions a later day, which is then the lower bound. The
    text alone only bounds the date: the latest explicit date it mentions. A date
    line under the headline is the date when the text or the photo ``captions`` bear
    it out (:func:`graphx.ingest.dateline.head_date`).

    Returns:
        ``(value, note)``; the note says where the value comes from and, for
        a lower bound, that it is one; None when nothing gives a date.

    >>> infer_published("It began in 2018. On May 7, 2019 it ended.")
    ('2019-05-07', 'not before 2019-05-07: latest date mentioned in the text')
    >>> infer_published("On May 7, 2019 it ended.", url="https://x.org/2019/05/09/end")
    ('2019-05-09', 'from the URL (2019-05-09)')
    >>> infer_published("On Dec. 30, 2019 it began. As of Jan. 4, it has not ended.")[0]
    '2020-01'
    """
    dates = explicit_dates(text, today=today)
    in_url = url_date(url, today=today) if url else ""
    latest = max((v for _, v in dates if len(v) == 10), default="")
    head, rest = head_date(
        text, lambda t: explicit_dates(t, today=today), captions=captions, ahead=looks_ahead
    )
    if in_url and not latest > in_url + "-31"[: 10 - len(in_url)]:
        if head.startswith(in_url) and len(head) > len(in_url):  # the day of the URL's month
            return head, f"from the date line under the headline ({head}), in the URL's month"
        return in_url, f"from the URL ({in_url})"
    if head:
        return head, f"from the date line under the headline ({head})"
    if printed := _printed_or_wired(text, dates, latest, today):
        return printed
    if rest != text:  # a masthead's day taken out
        text, dates = rest, explicit_dates(rest, today=today)
        latest = max((v for _, v in dates if len(v) == 10), default="")
    if not dates:
        return None
    # Latest start wins; at equal start the more precise value is kept.
    value = max((v for _, v in dates), key=lambda v: (v + "-01-01"[len(v) - 4 :], len(v)))
    present = _as_of(text, latest, today or dt.date.today())
    if present and present[0].isoformat() >= value[:10]:
        day, words = present
        why = f"'{words}' dates the article's present: written within the week after it"
        return published_window(day, day + _AS_OF_WEEK, why)
    if (
        latest
        and (later := _yearless_after(text, latest, today or dt.date.today()))
        and later > value
    ):
        return (
            later,
            f"not before {later}: latest date mentioned in the text, in the year of {latest}",
        )
    return value, f"not before {value}: latest date mentioned in the text"
