"""The date line of a page's head: the day a line under the headline gives by itself
("April 9, 2024 5:02 a.m."), when the text bears it out, and the masthead that gives the
day the page was saved, which dates nothing (issue 15). Also the pieces of a written date
that publication-date inference reads with (``graphx.ingest.pubdate``).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Sequence

__all__ = [
    "DAY",
    "MONTH",
    "MONTHS",
    "WEEKDAY",
    "YEAR",
    "DatesOf",
    "head_date",
    "value_days",
    "wire_dateline_day",
]

# The explicit dates a text mentions, as (words, ISO prefix): ``pubdate.explicit_dates``.
DatesOf = Callable[[str], Sequence[tuple[str, str]]]
LooksAhead = Callable[[str, int], bool]  # whether the words before an offset look ahead

MONTHS = {name.lower(): n for n, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): n for n, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
YEAR = r"(?P<year>(?:19|20)\d{2})"
DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
WEEKDAY = r"(?P<weekday>(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
_CLOCK = r"\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm)(?:\s*[A-Z]{2,4})?"  # "5:02 p.m. EST"
_TIME_OF_DAY = rf"(?:,?\s*(?:at\s+)?{_CLOCK})?"
# a press release's label before its day: "FOR IMMEDIATE RELEASE — April 16, 2021",
# "NEWS RELEASE     09/13/2022" (found in probe153)
_LINK_WORDS = r"subscribe|e-edition|sign in|log in|digital|today's paper"
_RELEASE_KIND = r"(?:for\s+immediate|for|immediate|news|press|media)"
# "Date: 08/22/2014" (found in probe155)
_LABEL = rf"(?:{_RELEASE_KIND}\s+release|(?:release\s+)?dated?)"
_RELEASE = rf"(?:{_LABEL}\s*[—–:|-]?\s*)?"
# ... alone on its line, which is no line of the head's five as the site's links are not
_LABEL_LINE = re.compile(rf"\s*{_LABEL}\s*:?\s*", re.IGNORECASE)
# a release's own label, without which a bare "Date:" is an event's or a timeline's
_RELEASED = re.compile(rf"\s*(?:{_RELEASE_KIND}\s+)?release\b", re.IGNORECASE)
_DATED = re.compile(r"\s*dated?\b", re.IGNORECASE)
_DATE_LINES = [
    re.compile(rf"\s*{_RELEASE}{WEEKDAY}{MONTH} {DAY},? {YEAR}{_TIME_OF_DAY}\s*", re.IGNORECASE),
    re.compile(rf"\s*{_RELEASE}{WEEKDAY}{DAY} {MONTH},? {YEAR}{_TIME_OF_DAY}\s*", re.IGNORECASE),
    re.compile(r"\s*(?P<year>(?:19|20)\d{2})-(?P<mnum>\d{2})-(?P<day>\d{2})\s*"),  # a release's
    # "9/13/2022"
    re.compile(rf"\s*{_RELEASE}(?P<mnum>\d{{1,2}})/(?P<day>\d{{1,2}})/{YEAR}\s*", re.I),
    # a blog's head: the day, its author, its category ("November 19, 2019 / Staff / News";
    # found in probe154), not the site's links, nor an event's hour and hall ("March 21,
    # 2024 / 6 p.m. / Central Library": a review)
    re.compile(
        rf"\s*{MONTH} {DAY},? {YEAR}"
        rf"(?:\s*/(?!\s*(?:{_LINK_WORDS}))(?![^/]*{_CLOCK})\s*[^/|•·]{{1,40}}){{1,3}}",
        re.IGNORECASE,
    ),
    # a weekly's issue, with its towns or links: "Week of March 20, 2025 • Lake Mills"
    re.compile(rf"\s*(?:the\s+)?week\s+of\s+{MONTH} {DAY},? {YEAR}(?:\s*[|•·].*)?", re.I),
]
# A masthead: the day with its weekday, then the site's links ("Saturday, March 2, 2024
# Subscribe | e-Edition", "Friday, January 17, 2025 | ESPAÑOL | ENGLISH")
_MASTHEAD = re.compile(
    rf"\s*(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+{MONTH} {DAY},? {YEAR}"
    rf"(?!\s*(?:at\s+)?{_CLOCK}\s*$)"
    r"(?:\s{2,}\S.*|\s*[|•·].*|\s+\S[^|•·]*[|•·].*)",
    re.IGNORECASE,
)  # not the time of day a date line gives ("Monday, March 4, 2024  5:02 p.m.")
# ... also after the site's name, among its links ("The Harbor Ledger | Wednesday, January
# 15, 2025 | Subscribe | Log In": found in probe204); not after a byline ("By Ana Ruiz |")
_NAMED_MASTHEAD = re.compile(
    rf"\s*(?!by\s)[^|•·\n]{{2,60}}[|•·]\s*(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+"
    rf"{MONTH} {DAY},? {YEAR}\s*[|•·].*",
    re.IGNORECASE,
)
_YEAR_END = re.compile(r"\b(?:19|20)\d\d\b")
# ... or after the site's name, a name's words, as a page's head sets it out
_NAME_WORD = r"(?:[A-Z][\w.&'’-]*|of|the|and|de|del|la|el)"
_NAME_THEN_DAY = re.compile(
    rf"\s*(?!(?i:by|updated|last updated|modified)\s){_NAME_WORD}(?: {_NAME_WORD}){{0,6}}"
    r"(?:\s*[|•·]\s*|\s+)(?P<day>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+\S.*)"
)
# ... unless it is a printed edition's ("TUESDAY, MARCH 18, 2025 · VOL. 44, NO. 11",
# "Thursday, July 10, 2014 • Elkins, West Virginia • 75 cents"): the day of the issue
_EDITION = re.compile(
    r"\b(?:vol\.?|volume)\s*\d+|[•·|]\s*(?:\d{1,3}\s*cents|\$\d+\.\d\d)\s*(?:[•·|]|$)",
    re.IGNORECASE,
)
# ... its day among the edition's other items ("Serving Blount County since 1977 | Vol. 42,
# No. 21 | Wednesday, May 22, 2019 | 75 cents", "Summer Issue 4 — Volume 129 — Week of Aug.
# 16, 2010": found in probe160), or the first day of the week it covers ("Vol. 31, Issue 9 |
# May 4 - 10, 2019 | Free": found in probe183)
_EDITION_DAY = re.compile(
    rf"(?<=[|•·—–])\s*(?:(?:the\s+)?week\s+of\s+)?{WEEKDAY}{MONTH} {DAY}"
    rf"(?:\s*[-–]\s*(?P<until>[a-z]+\.?\s+)?\d{{1,2}})?,? {YEAR}\s*(?=[|•·—–]|$)",
    re.IGNORECASE,
)
# ... the number of an issue, without which a week with a price is an event's run ("Egg
# Hunt | May 4 - 10, 2019 | $5.00": a review)
_ISSUE = re.compile(r"\b(?:vol\.?|volume|issue|no\.)\s*\d+", re.IGNORECASE)
# ... never one with the site's links ("Subscribe: 99 cents for 6 months | e-Edition")
_SITE_LINKS = re.compile(rf"\b(?:{_LINK_WORDS})\b", re.I)
# a month and day with no year ("On March 15, the commission approved it")
_YEARLESS = re.compile(rf"\b(?=(?-i:[A-Z])){MONTH} {DAY}\b(?!,? *(?:19|20)\d\d)", re.IGNORECASE)
_AHEAD = re.compile(r"\b(?:scheduled|set|due|will|until|before|next|for)\W*$", re.IGNORECASE)
_YEARLESS_BEFORE = dt.timedelta(days=14)  # how long before a date line a day without a year
_HEAD_LINES = 5  # the headline, a byline, the date line: a page's head
_HEAD_SPAN = 8  # lines with blank ones, at most, the head's lines lie in
_PARAGRAPH = 14  # more words than a headline or a site's links have: the text
_HEAD_AFTER = dt.timedelta(days=60)  # how long after the text's latest date it may come
_YEAR_DAYS = 364  # a span this long is a year ("in 2019"), not a day or a month


def value_days(value: str) -> tuple[dt.date, dt.date]:
    """The first and last day of a year, a month or a day ("2024", "2024-03", ...)."""
    first = dt.date.fromisoformat((value + "-01-01")[:10])
    if len(value) == 4:
        return first, dt.date(first.year, 12, 31)
    days = calendar.monthrange(first.year, first.month)[1]
    return first, (first.replace(day=days) if len(value) == 7 else first)


def _head_line(text: str) -> tuple[int, re.Match[str]] | None:
    """The line of the page's head that is a date by itself, or a printed edition's
    masthead, with its match."""
    head = _head(text.split("\n"))
    released = any(_RELEASED.match(line) for _, line in head)
    for i, line in head:
        for part in _in_each_language(line) + (_after_the_name(line) if i else []):
            m = next((m for rx in _DATE_LINES if (m := rx.fullmatch(part))), None)
            if m is not None and (released or not _DATED.match(part)):
                return i, m  # "Date: ..." a release's day, not an event notice's (a review)
        if _edition(line) and (m := _MASTHEAD.fullmatch(line) or _EDITION_DAY.search(line)):
            if not m.groupdict().get("until") or _ISSUE.search(line):
                return i, m  # a week only with its issue's number, not an event's run
    return None


def _in_each_language(line: str) -> list[str]:
    """The line, then, for a day written in two languages ("Sábado 15 de marzo de 2025 /
    Saturday, March 15, 2025"), each half: the halves of a slash that hold the same
    numbers."""
    halves = line.split(" / ")
    if len(halves) != 2 or not re.search(r"\d", line):
        return [line]
    numbers = [sorted(re.findall(r"\d+", half)) for half in halves]
    return [line, *halves] if numbers[0] == numbers[1] else [line]


def _after_the_name(line: str) -> list[str]:
    """The day with its weekday that a line gives after the site's name, as a date line
    gives it ("Uinta Basin Courier          Sunday, March 8, 2026", its gap closed by the
    reader: found in probe229, where the day the page was saved, years after the wire story
    under it, had become its lower bound; or after a separator, "El Centinela | Tuesday,
    March 3, 2026": found in probe257); not after a byline nor an update's label, nor
    in the headline, nor with an hour ("Candlelight Vigil Friday, March 27, 2026 at 7 p.m.",
    an event's notice: a review)."""
    found = _NAME_THEN_DAY.fullmatch(line)
    return [found["day"]] if found and not re.search(_CLOCK, found["day"], re.I) else []


def _head(lines: list[str]) -> list[tuple[int, str]]:
    """The page's head: its first lines with words, by their index (a blank line between
    the site's links and the date line is no line of it, nor is a line of the site's links
    or a release's label one of the head's five), before the text begins."""
    head, told, texts = [], 0, 0
    for i, line in enumerate(lines[:_HEAD_SPAN]):
        items = _items(line)
        words = sum(any(c.isalnum() for c in w) for w in line.split())
        # the first line of words may be a long headline, under the site's links or not
        if words > _PARAGRAPH and not items and (texts or _sentence(line)):
            break  # the text has begun: a date line after it is no page's head
        texts += bool(line.strip()) and not items
        if line.strip() and told < _HEAD_LINES:
            head.append((i, line))
            told += not (items or _LABEL_LINE.fullmatch(line))
    return head


def _sentence(line: str) -> bool:
    """A first line that ends as a sentence does: the text's, not a long headline's ("Two
    fronts in two weeks: a raid in Marlow, a detention deal in Ruthven County and a vigil";
    found in probe193)."""
    return re.search(r"[.!?][\"”’']?\s*$", line) is not None


def _items(line: str) -> bool:
    """A line of an edition's or a site's items between separators, no prose."""
    return sum(line.count(c) for c in "|•·") >= 2


def _a_masthead(line: str) -> bool:
    """The day the page was saved, with the site's links: no printed edition's."""
    # the links after the day: not a byline's "Digital Reporter | Wednesday, ..." (a review)
    year = _YEAR_END.search(line)
    links = year is not None and _SITE_LINKS.search(line[year.end() :]) is not None
    named = _NAMED_MASTHEAD.fullmatch(line) is not None and links
    return (named or _MASTHEAD.fullmatch(line) is not None) and not _edition(line)


def _edition(line: str) -> bool:
    """A printed edition's masthead: its volume, or its price between separators."""
    return bool(_EDITION.search(line)) and not _SITE_LINKS.search(line)


def _line_day(m: re.Match[str]) -> dt.date | None:
    try:
        month = int(m["mnum"]) if "mnum" in m.groupdict() else MONTHS[m["month"].lower()]
        # a week whose year is told at its end, in the next year: "Dec. 29 - Jan. 4, 2018"
        until = MONTHS.get((m.groupdict().get("until") or "").strip(" .").lower(), month)
        return dt.date(int(m["year"]) - (until < month), month, int(m["day"]))
    except ValueError:  # "February 30, 2024": no day at all
        return None


def head_date(
    text: str, dates_of: DatesOf, *, captions: str = "", ahead: LooksAhead | None = None
) -> tuple[str, str]:
    """The day a line of the page's head gives by itself ("April 9, 2024 5:02 a.m."
    under the headline), and the text with a refused date line taken out.

    The day is taken when the text bears it out: its latest past day or month (else
    year) is no later, and at most two months earlier. A date line without a weekday has
    no masthead's shape: a text that names no day of its own, nor a later month or year,
    bears it out ("Jun 15, 2022" over a story that goes back to "March 2019"). A masthead
    ("Thursday, October 17, 2024") gives the day the page was saved, after what it
    tells: refused, and no lower bound either, nor is one followed by the site's links
    ("Saturday, March 2, 2024 | Subscribe").

    A photo's caption (``captions``) dates nothing, but its day is one the page was
    written on or after: in a text that names no day or month of its own, it bears a date
    line out as the text's own days would (a page saved years later is not borne out by it
    either). Nor does a day the text sets ahead (``ahead``: "Come to the hearing, Oct. 2").
    """
    lines = text.split("\n")
    saved = [i for i, line in _head(lines) if _a_masthead(line)]
    if saved:  # the day the page was saved: no date, no bound
        text = "\n".join(line for i, line in enumerate(lines) if i not in saved)
    found = _head_line(text)
    if found is None:
        return "", text
    i, m = found
    lines = text.split("\n")
    rest = "\n".join(lines[:i] + lines[i + 1 :])
    day = _line_day(m)
    if day is None:
        return "", text
    plain = not m.groupdict().get("weekday") or _in_a_byline(lines, i) or _labelled(lines[i])
    if _edition(lines[i]):  # a printed issue's day: what it tells is no later
        later = any(value_days(v)[0] > day for _, v in dates_of(rest))
        return ("", rest) if later else (day.isoformat(), text)
    return (
        (day.isoformat(), text)
        if _borne_out(day, plain, rest, captions, (dates_of, ahead))
        else ("", rest)
    )


def _labelled(line: str) -> bool:
    """A release's labelled day ("Date: Tuesday, June 10, 2014"): its own, no masthead's."""
    return _DATED.match(line) is not None or _RELEASED.match(line) is not None


def _in_a_byline(lines: list[str], i: int) -> bool:
    """A date line over its writer's own address ("GRADY FULCHER / Sunday, October 25, 2009
    / gfulcher@observer.com"; found in probe162) or under a byline: the byline's day, the
    article's, no masthead's whatever its weekday; not over the paper's ("news@", "Contact
    us: ...")."""
    after = lines[i + 1] if i + 1 < len(lines) else ""
    address = _ADDRESS.search(after)
    if address is not None and address[1].lower() not in _DESKS and not _CONTACT.match(after):
        return True
    # under its writer's byline ("by Ana Ruiz / Friday, March 1st 2019": found in probe190)
    return i > 0 and _BYLINE.fullmatch(lines[i - 1]) is not None


_ADDRESS = re.compile(r"([\w.+-]+)@\S+\.\w")
# A byline alone on its line: "by Ana Ruiz", "By Tom Lee and Ann Cho" (a name's words only,
# four at most: not a section's label, "By The Numbers Behind Our County Court").
_BYLINE = re.compile(r"\s*(?i:by)\s+[A-Z][\w.'-]*(?:\s+(?:and\s+)?[A-Z][\w.'-]*){1,3}\s*")
_DESKS = frozenset(
    {"news", "newsroom", "info", "contact", "editor", "editors", "letters", "tips", "desk"}
)
_CONTACT = re.compile(r"\s*contact", re.IGNORECASE)


def _borne_out(
    day: dt.date, plain: bool, rest: str, captions: str, read: tuple[DatesOf, LooksAhead | None]
) -> bool:
    """Whether the text's own days (else its captions', else its days without a year, read
    in the two weeks before the line's day, not set ahead, or set ahead in the two weeks
    after it) bear the date line's day out."""
    dates_of, ahead = read
    own = [value_days(v) for _, v in dates_of(rest)]
    spans = list(own)
    none_of_its_own = not any((s[1] - s[0]).days < _YEAR_DAYS for s in own)
    if none_of_its_own:
        spans += [value_days(v) for _, v in dates_of(captions)] or _days_before(rest, day, ahead)
    finer = [s for s in spans if (s[1] - s[0]).days < _YEAR_DAYS]
    latest = max(finer or spans, default=None)
    borne_out = latest is not None and latest[0] <= day <= latest[1] + _HEAD_AFTER
    # ... or a day it sets ahead a little after the line's: "Come out to Lumpkin on May 18"
    borne_out = borne_out or (none_of_its_own and bool(_days_ahead(rest, day, ahead)))
    if plain and not any(s[0] == s[1] for s in own):
        borne_out = borne_out or all(s[0] <= day for s in spans)
    return borne_out


def _days_ahead(text: str, day: dt.date, ahead: LooksAhead | None) -> list[tuple[dt.date, dt.date]]:
    """The text's months and days with no year that it sets ahead ("Join us on May 18")
    and that fall in the two weeks after ``day``: a page written a little before them."""
    found = []
    for m in _YEARLESS.finditer(text):
        if ahead is None or not ahead(text, m.start()):
            continue
        soon = (day + dt.timedelta(days=1), day + _YEARLESS_BEFORE)
        if (told := _read_in(m, (day.year, day.year + 1), soon)) is not None:
            found.append((told, told))
    return found


def _days_before(
    text: str, day: dt.date, ahead: LooksAhead | None
) -> list[tuple[dt.date, dt.date]]:
    """The text's months and days with no year ("On March 15") that fall in the two weeks
    up to ``day`` when read in its year or the year before; not one set ahead (by the words
    right before it, or by ``ahead``, which reads its sentence)."""
    found = []
    for m in _YEARLESS.finditer(text):
        if _AHEAD.search(text[max(0, m.start() - 24) : m.start()]):
            continue  # "scheduled for March 15": a day to come
        if ahead is not None and ahead(text, m.start()):
            continue  # "Come to the hearing on the rezoning, Oct. 2" (found in probe193)
        weeks = (day - _YEARLESS_BEFORE, day)
        if (told := _read_in(m, (day.year, day.year - 1), weeks)) is not None:
            found.append((told, told))
    return found


def _read_in(
    m: re.Match[str], years: tuple[int, ...], days: tuple[dt.date, dt.date]
) -> dt.date | None:
    """The month and day ``m`` names, read in the first of ``years`` that puts it within
    ``days`` (first and last), else None."""
    for year in years:
        try:
            told = dt.date(year, MONTHS[m["month"].lower()], int(m["day"]))
        except ValueError:
            continue  # "Feb. 29" in a year without one
        if days[0] <= told <= days[1]:
            return told
    return None


# a release's dateline with its day: "DES MOINES, Iowa, Oct. 16, 2018 — ICE arrested ...",
# on one of the first lines with words (the headline, a byline, a label before it)
_LEDE_LINES = 6
_NOTICE = re.compile(r"(?:CORRECTION|CLARIFICATION|UPDATED?|EDITOR'?S NOTE)\b", re.IGNORECASE)
_DATED_DATELINE = re.compile(
    rf"^[A-Z][A-Z .'-]+(?:,\s*[A-Z][\w.' -]*)?,\s*(?i:{MONTH}) {DAY},? {YEAR}\s*[—–-]",
    re.MULTILINE,
)


def wire_dateline_day(text: str) -> str:
    """The day a release's dateline gives ("DES MOINES, Iowa, Oct. 16, 2018 —") on one of the
    text's first lines, else ""; not a correction's or an update's ("CORRECTION, Oct. 20,
    2018 —"), nor one of a timeline's dated lines. The caller refuses it when the text tells
    a later day, month or year."""
    lines = [line for line in text.split("\n") if line.strip()][:_LEDE_LINES]
    found = list(_DATED_DATELINE.finditer("\n".join(lines)))
    if len(found) != 1 or _NOTICE.match(found[0][0]):
        return ""  # none, a timeline's days, or a notice's
    day = _line_day(found[0])
    return day.isoformat() if day else ""
