"""The day a page's own stamp gives ("Published: March 3, 2023 at 5:12 PM", "Updated: 6:41 PM
PST February 7, 2023"), which the page says of itself and so comes before what its text
tells (issue 15).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from graphx.ingest.dateline import value_days
from graphx.ingest.pubdate import explicit_dates

__all__ = [
    "changed_on",
    "dated_by_update",
    "first_published",
    "stamped_date",
    "stamped_hours_ago",
    "updated_date",
]

# "Published ...", "Posted ...", and a byline's second line: "on May 20, 2013 at 6:48 PM"
_STAMPED = re.compile(r"(?:\b(?:first\s+)?(?:published|posted)\b|^on\b)(?P<rest>.*)", re.IGNORECASE)
_CHANGED = re.compile(r"\b(?:updated?|modified|edited|changed)\b", re.IGNORECASE)


def stamped_date(furniture: Sequence[str], *, today: dt.date | None = None) -> str:
    """The day a page's own "Published" or "Posted" stamp or byline gives
    ("Published: March 3, 2023 at 5:12 PM", "By Jane Doe | Posted Mar 3, 2023"), else "".

    Only a full date counts, and only before any "Updated" on the line: a page changes
    after it is published.

    >>> stamped_date(["stamp: Published 5:12 PM Mar. 3, 2023 | Updated Mar. 9, 2023"])
    '2023-03-03'
    >>> stamped_date(["stamp: Updated: Mar 9, 2023", "stamp: Published 4 hours ago"])
    ''
    """
    for line in furniture:
        kind, _, said = line.partition(": ")
        stamp = _STAMPED.search(said) if kind in ("stamp", "byline") else None
        if stamp is None:
            continue
        rest = _CHANGED.split(stamp.group("rest"), maxsplit=1)[0]
        days = [v for _, v in explicit_dates(rest, today=today) if len(v) == 10]
        if days:
            return days[0]
    return ""


def updated_date(furniture: Sequence[str], *, today: dt.date | None = None) -> str:
    """The day of a page's "Updated" stamp with its time of day, when the page has no
    "Published" or "Posted" stamp ("Updated: 6:41 PM PST February 7, 2023", as a TV
    station's or a wire's page shows alone): the page was published on or before it, and
    its "Tuesday" is read against it; else "". A "Last modified" day, often years later, is
    none.

    >>> updated_date(["stamp: Updated: 6:41 PM PST February 7, 2023"])
    '2023-02-07'
    >>> updated_date(["stamp: Published 4 hours ago", "stamp: Updated 6:41 PM Feb. 7, 2023"])
    ''
    """
    lines = [line.partition(": ") for line in furniture]
    stamps = [said for kind, _, said in lines if kind == "stamp"]
    if any(_STAMPED.search(said) for kind, _, said in lines if kind in ("stamp", "byline")):
        return ""  # "By Lena Hoff | Published 4 hours ago": published, when it does not say
    for said in stamps:
        if (label := _UPDATED.match(said)) and _CLOCK.search(said):
            # read after the label, which would make the day a change's (its year only)
            days = [v for _, v in explicit_dates(said[label.end() :], today=today)]
            if days and len(days[0]) == 10:
                return days[0]
    return ""


_UPDATED = re.compile(r"\s*updated\b", re.IGNORECASE)


def changed_on(furniture: Sequence[str], *, today: dt.date | None = None) -> str:
    """The day an "Updated" label gives on any stamp or byline line, beside a "Published"
    one or alone ("Published: Sep. 12, 2019 at 5:02 PM | Updated: Sep. 13, 2019 at 10:15
    AM"), else "": the day the page last changed, on which an update it adds was written.

    >>> changed_on(["stamp: Published: Sep. 12, 2019 5:02 PM | Updated: Sep. 13, 2019 10:15 AM"])
    '2019-09-13'
    >>> changed_on(["stamp: Published: Sep. 12, 2019 at 5:02 PM"])
    ''
    """
    for line in furniture:
        kind, _, said = line.partition(": ")
        label = _CHANGE_LABEL.search(said) if kind in ("stamp", "byline") else None
        if label is not None:
            days = [v for _, v in explicit_dates(said[label.end() :], today=today)]
            if days and len(days[0]) == 10:
                return days[0]
    return ""


_CHANGE_LABEL = re.compile(r"\b(?:last\s+)?updated\b:?", re.IGNORECASE)
_CLOCK = re.compile(r"\b\d{1,2}:\d\d\s*(?:a\.m\.|p\.m\.|am|pm)", re.IGNORECASE)


# an origin line's update, not an edit for length or style (a review)
_UPDATED = re.compile(r"\bupdated?\b", re.IGNORECASE)
_UPDATE_DAY = re.compile(r"\bupdated\s+(?:on\s+)?([A-Z][a-z]{2,8}\.?\s+\d{1,2})\b(?!,?\s+\d{4})")
# how long before a page's day another publisher's first edition may come: a partner's
# story is republished within days or weeks, not years
_REPUBLISHED_WITHIN = dt.timedelta(days=60)


def first_published(furniture: Sequence[str], published: str) -> str:
    """The day another publisher first ran a page's story, which its text was written on,
    from an origin line ("This story was originally published by Tar Creek News on Aug. 6,
    2025."), when it is a day within two months before the page's day ``published``; else
    "". A republished story's "Monday" is the Monday before that day (found in probe278).
    A line telling an update gives the update's day ("..., and was updated Aug. 11"), or
    none when it names none ("It has been updated."): what was added is of a day unknown.

    >>> first_published(["origin: This story was first published by Mesa Notes on Aug. 6, 2025."],
    ...                 "2025-08-12")
    '2025-08-06'
    >>> first_published(["origin: This story was first published on Aug. 6, 2021."], "2025-08-12")
    ''
    """
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", published):
        return ""
    page = dt.date.fromisoformat(published)
    for line in furniture:
        kind, _, said = line.partition(": ")
        told = [v for _, v in explicit_dates(said)] if kind == "origin" else []
        days = [d for v in told if len(v) == 10 and _within(d := dt.date.fromisoformat(v), page)]
        updated = _UPDATED.search(said) is not None
        if updated and days and (short := _UPDATE_DAY.search(said)):
            # "... on Aug. 6, 2025, and was updated Aug. 11": the first day's year
            later = explicit_dates(f"{short[1]}, {days[0].year}")
            days += [d for _, v in later if _within(d := dt.date.fromisoformat(v), page)]
        if days and (not updated or len(days) > 1):
            return max(days).isoformat() if updated else days[0].isoformat()
    return ""


def _within(day: dt.date, page: dt.date) -> bool:
    return page - _REPUBLISHED_WITHIN <= day <= page


def dated_by_update(updated: str, guess: tuple[str, str] | None) -> str:
    """The day of a page's "Updated" stamp as its publication date (``updated_date``), unless
    the page gives its own day (a URL's, a date line's: an update may come a day later) or
    its text tells nothing within two months before the update (a page updated long after
    it was written: "Updated: March 3, 2024" on a story of Jan. 15, 2019; a review); else "".

    >>> dated_by_update("2023-02-07", None)
    '2023-02-07'
    >>> dated_by_update("2023-02-07", ("2023-02-02", "from the date line under the headline"))
    ''
    >>> dated_by_update("2024-03-03", ("2019-01-15", "not before 2019-01-15: latest date"))
    ''
    """
    if not updated:
        return ""
    if guess is None:
        return updated
    value, note = guess
    if not note.startswith("not before"):
        return ""  # the URL's day, a date line's, the print edition's, a dateline's
    return updated if (dt.date.fromisoformat(updated) - value_days(value)[1]).days <= 60 else ""


def stamped_hours_ago(furniture: Sequence[str], *, today: dt.date | None = None) -> tuple[str, str]:
    """The day a "Published 3 hours ago" stamp gives, read against the page's clock: a
    header's day and time of day ("Thursday, April 10, 2025 9:48 PM | Jefferson City 61°"),
    the moment the page was saved, which the count is made from (found in probe214, where
    the TV station's page had no other day); with the stamp's words, else ("", "").

    >>> stamped_hours_ago(["stamp: April 10, 2025 9:48 PM | 61°", "stamp: Published 3 hours ago"])
    ('2025-04-10', 'Published 3 hours ago')
    >>> stamped_hours_ago(["stamp: April 10, 2025 12:30 PM", "stamp: Posted 45 minutes ago"])
    ('2025-04-10', 'Posted 45 minutes ago')
    >>> stamped_hours_ago(["stamp: April 10, 2025 1:05 AM", "stamp: Posted 3 hours ago"])
    ('2025-04-09', 'Posted 3 hours ago')
    >>> stamped_hours_ago(["stamp: Published 3 hours ago"])
    ('', '')
    """
    said = [line.partition(": ")[2] for line in furniture if line.startswith("stamp: ")]
    # the article's own stamp comes before the page's teasers and comments: a related
    # story's "Posted 2 days ago" or a reader's is none of its (a review)
    head = _before_the_page_end(furniture)
    ago = next((m for line in head if (m := _AGO.search(line))), None)
    clocks = ((line, _CLOCK.search(line)) for line in said if not _STAMPED.search(line))
    clock = next(((line, m) for line, m in clocks if m and not _CHANGED.search(line)), None)
    if ago is None or clock is None:
        return "", ""
    days = [v for _, v in explicit_dates(clock[0], today=today) if len(v) == 10]
    if not days:
        return "", ""
    saved = dt.datetime.combine(dt.date.fromisoformat(days[0]), _time_of(clock[1].group(0)))
    count = int(ago.group(1)) if ago.group(1).isdigit() else 1
    back = dt.timedelta(**{_UNITS[ago.group(2).lower().rstrip("s")]: count})
    return (saved - back).date().isoformat(), ago.group(0).strip()


_AGO = re.compile(
    r"\b(?:published|posted)\s+(\d{1,2}|an?|one)\s+(minutes?|mins?|hours?|hrs?|days?)\s+ago\b",
    re.IGNORECASE,
)
_UNITS = {"minute": "minutes", "min": "minutes", "hour": "hours", "hr": "hours", "day": "days"}


def _before_the_page_end(furniture: Sequence[str]) -> list[str]:
    """The stamps before the first teaser, comment, tag list or copyright line."""
    head = []
    for line in furniture:
        kind, _, said = line.partition(": ")
        if kind in _PAGE_END:
            break
        if kind == "stamp":
            head.append(said)
    return head


_PAGE_END = frozenset({"teaser", "comments", "tags", "copyright", "author bio"})


def _time_of(clock: str) -> dt.time:
    """ "9:48 PM" -> 21:48."""
    hours, minutes = (int(x) for x in re.findall(r"\d+", clock)[:2])
    return dt.time(hours % 12 + (12 if "p" in clock.lower() else 0), minutes)
