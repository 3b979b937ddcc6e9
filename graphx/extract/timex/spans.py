"""The days a TimeML value covers, and its precision.

Dates are ISO-8601 prefixes whose length is the precision (``1998``,
``1998-03``, ``1998-03-14``); TimeML adds weeks (``2021-W13``), weekends,
quarters, halves, seasons (``2012-SU``), decades (``199``) and centuries
(``19``). US federal fiscal years get the value ``FY2019`` (not TimeML, which
has no fiscal years) and the span 2018-10-01..2019-09-30
(``resources/time_words.json``). Other packages date events with ``span_of``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import replace

from graphx.extract.timex.rules import words
from graphx.model import TimeExpression, date_precision

__all__ = [
    "FY_MONTH",
    "SEASON_MONTHS",
    "COUNTED_THEN_DAY",
    "calendar_days",
    "counted_before_day",
    "counted_from_writing",
    "month_day_named",
    "month_named",
    "offset_in_words",
    "precision",
    "publication_offset",
    "span_of",
    "weekday_named",
    "weekdays_told_in_full",
    "weekdays_written",
]

FY_MONTH = int(words()["fiscal_year"]["start_month"])
# first and last month of each season; winter runs into the next year (month 14 = February)
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}
_UNANCHORED_WEEKDAY = re.compile(r"XXXX-WXX-([1-7])")
_UNANCHORED_MONTH_DAY = re.compile(r"XXXX-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])")
_UNANCHORED_MONTH = re.compile(r"XXXX-(0[1-9]|1[0-2])")
_WEEKDAY_WORD = re.compile(
    r"\b(?:" + "|".join(sorted(words()["weekdays"], key=len, reverse=True)) + r")\b", re.I
)


def _months(y1: int, m1: int, y2: int, m2: int) -> tuple[str, str]:
    """From the first day of month m1 of y1 to the last day of month m2 of y2."""
    return f"{y1:04d}-{m1:02d}-01", f"{y2:04d}-{m2:02d}-{calendar.monthrange(y2, m2)[1]:02d}"


def _day(m: re.Match[str]) -> tuple[str, str]:
    day = dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    return day, day


def _month(m: re.Match[str]) -> tuple[str, str]:
    return _months(int(m[1]), int(m[2]), int(m[1]), int(m[2]))


def _week(m: re.Match[str]) -> tuple[str, str]:
    monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
    first = monday + dt.timedelta(days=5 if m[3] else 0)
    return first.isoformat(), (monday + dt.timedelta(days=6)).isoformat()


def _quarter(m: re.Match[str]) -> tuple[str, str]:
    y, q = int(m[1]), int(m[2])
    return _months(y, 3 * q - 2, y, 3 * q)


def _half(m: re.Match[str]) -> tuple[str, str]:
    return _months(int(m[1]), 6 * int(m[2]) - 5, int(m[1]), 6 * int(m[2]))


def _season(m: re.Match[str]) -> tuple[str, str]:
    m1, m2 = SEASON_MONTHS[m[2]]
    y = int(m[1])
    return _months(y, m1, y + (m2 - 1) // 12, (m2 - 1) % 12 + 1)


def _fiscal_year(m: re.Match[str]) -> tuple[str, str]:
    y = int(m[1])
    return _months(y - 1, FY_MONTH, y, (FY_MONTH - 2) % 12 + 1)


def _years(m: re.Match[str]) -> tuple[str, str]:
    """A year, decade (3 digits) or century (2 digits)."""
    value = m[0]
    width = 10 ** (4 - len(value))
    return f"{int(value) * width:04d}-01-01", f"{int(value) * width + width - 1:04d}-12-31"


# each shape of calendar value with the function that spans it, tried in order
_SPANS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], tuple[str, str]]], ...] = (
    (re.compile(r"(\d{4})-(\d\d)-(\d\d)(?:T.*)?"), _day),
    (re.compile(r"(\d{4})-(\d\d)"), _month),
    (re.compile(r"(\d{4})-W(\d\d)(-WE)?"), _week),
    (re.compile(r"(\d{4})-Q([1-4])"), _quarter),
    (re.compile(r"(\d{4})-H([12])"), _half),
    (re.compile(r"(\d{4})-(SP|SU|FA|WI)"), _season),
    (re.compile(r"FY(\d{4})"), _fiscal_year),
    (re.compile(r"\d{2,4}"), _years),
)


def span_of(value: str) -> tuple[str, str]:
    """Inclusive ISO days covered by a TimeML calendar value; ("", "") otherwise.

    >>> span_of("2021-W13"), span_of("FY2019"), span_of("2019-Q4")
    (('2021-03-29', '2021-04-04'), ('2018-10-01', '2019-09-30'), ('2019-10-01', '2019-12-31'))
    """
    for shape, span in _SPANS:
        if m := shape.fullmatch(value):
            try:
                return span(m)
            except ValueError:
                return "", ""
    return "", ""


def calendar_days(time: TimeExpression) -> tuple[dt.date, dt.date] | None:
    """The first and last day a time expression covers, None when it covers no days it says
    ("every Friday", "Friday" of an undated page).

    >>> calendar_days(TimeExpression("March", 0, 5, value="2019-03", date_start="2019-03-01",
    ...                              date_end="2019-03-31"))
    (datetime.date(2019, 3, 1), datetime.date(2019, 3, 31))
    """
    if not time.date_start or not time.date_end:
        return None
    return dt.date.fromisoformat(time.date_start), dt.date.fromisoformat(time.date_end)


def precision(value: str) -> str:
    """``date_precision`` plus the calendar units it does not name.

    >>> [precision(v) for v in ("FY2019", "199", "19", "2012-SU", "2019-H1", "2020-01-17T10:30")]
    ['year', 'decade', 'century', 'season', 'half', 'time']
    """
    if value.startswith("FY"):
        return "year"
    if "T" in value and value[:1].isdigit():
        return "time"
    if re.fullmatch(r"\d{4}-(SP|SU|FA|WI)", value):
        return "season"
    if re.fullmatch(r"\d{4}-H[12]", value):
        return "half"
    return (
        {3: "decade", 2: "century"}.get(len(value), "")
        if value.isdigit() and len(value) < 4
        else (date_precision(value))
    )


def weekday_named(text: str, value: str) -> int | None:
    """The day of the week (Monday 0) a time expression names, else None.

    A weekday read without a publication date keeps only its day of the week
    (TimeML ``XXXX-WXX-5``); one read against a date keeps it in its value. Either way
    "Friday" still says which days it can be (issue 15).

    >>> weekday_named("Friday", "XXXX-WXX-5"), weekday_named("last Tuesday", "2017-04-25")
    (4, 1)
    >>> weekday_named("Jan. 17", "2020-01-17") is None
    True
    """
    if m := _UNANCHORED_WEEKDAY.fullmatch(value):
        return int(m[1]) - 1
    if not _WEEKDAY_WORD.search(text):
        return None
    start, end = span_of(value)
    if not start or start != end:
        return None
    return dt.date.fromisoformat(start).weekday()


def month_day_named(value: str) -> tuple[int, int] | None:
    """The month and day of a date read without its year ("March 7" with no publication
    date: ``XXXX-03-07``), else None: once the corpus dates the article, it is placed.

    >>> month_day_named("XXXX-03-07"), month_day_named("2024-03-07"), month_day_named("XXXX-03")
    ((3, 7), None, None)
    """
    m = _UNANCHORED_MONTH_DAY.fullmatch(value)
    return (int(m[1]), int(m[2])) if m else None


_WEEKDAY_SHIFTS = frozenset({"last", "next", "this", "coming", "previous", "following"})


def weekdays_written(text: str) -> list[int]:
    """The days of the week (Monday 0) a time expression's words write, in order.

    >>> weekdays_written("Thursday, June 13"), weekdays_written("June 13")
    ([3], [])
    """
    said = (words()["weekdays"].get(w.strip(",.").lower()) for w in text.split())
    return [d for d in said if d is not None]


def weekdays_told_in_full(
    times: Sequence[TimeExpression], done: Collection[int]
) -> list[TimeExpression]:
    """A bare weekday of a page with no date ("detained 41 workers Thursday", ``XXXX-WXX-4``)
    read as the one month and day the page writes with that weekday, told as done (``done``:
    the starts of the times a past verb tells, "arrived at the plant around 8 a.m. Thursday,
    June 13": found in probe230, where the weekday had left the page's report apart from
    the day the corpus knew), told before it; not "last Thursday", nor beside a day of the
    same weekday not told as done ("Join us at the meeting on Wednesday, March 6": a review)
    or a habit of it ("every Thursday").

    >>> bare = TimeExpression("Thursday", 0, 8, "DATE", "XXXX-WXX-4")
    >>> full = TimeExpression("Thursday, June 13", 30, 47, "DATE", "XXXX-06-13")
    >>> [t.value for t in weekdays_told_in_full([bare, full], {30})]
    ['XXXX-06-13', 'XXXX-06-13']
    >>> [t.value for t in weekdays_told_in_full([bare, full], set())]
    ['XXXX-WXX-4', 'XXXX-06-13']
    """
    told: dict[int, dict[str, int]] = {}  # weekday -> its days ("" one not done) -> start
    for t in times:
        weekday = next(iter(weekdays_written(t.text)), None)
        if weekday is not None and (month_day_named(t.value) or t.type == "SET"):
            day = t.value if t.start in done and t.type != "SET" else ""
            told.setdefault(weekday, {}).setdefault(day, t.start)
    out = []
    for t in times:
        m = _UNANCHORED_WEEKDAY.fullmatch(t.value)
        days = told.get(int(m[1]) - 1, {}) if m else {}
        shifted = _WEEKDAY_SHIFTS & set(t.text.lower().split())
        # the lede's weekday the page writes out after it: not one told after that day
        # ("Since then, volunteers have rallied ... and on Thursday a pastor was arrested",
        # nor one beside a habit's "every Thursday": a review)
        if len(days) == 1 and "" not in days and not shifted and t.start < min(days.values()):
            value = next(iter(days))
            reading = f"'{t.text}' read as the page's {value}"
            t = replace(t, value=value, precision=precision(value), reading=reading)
        out.append(t)
    return out


def month_named(value: str) -> int | None:
    """The month of a month read without its year ("in January" with no publication date:
    ``XXXX-01``), else None.

    >>> month_named("XXXX-01"), month_named("2017-01"), month_named("XXXX-01-05")
    (1, None, None)
    """
    m = _UNANCHORED_MONTH.fullmatch(value)
    return int(m[1]) if m else None


_SEASON_OR_YEAR = re.compile(r"^XXXX(?:-(?:SP|SU|FA|WI))?$")


def counted_from_writing(text: str, value: str) -> bool:
    """Whether a time its article could not date is a season or a year counted from the
    day the article was written ("last fall", "two years ago"; not "that year").

    >>> counted_from_writing("last fall", "XXXX-FA"), counted_from_writing("the fall", "XXXX-FA")
    (True, False)
    """
    if not (_SEASON_OR_YEAR.match(value) or value == "PAST_REF"):
        return False  # "last week", "last Friday": days counted otherwise
    if publication_offset(text, value) is not None:
        return False  # "three days ago": so too
    said = text.lower().split()
    listed, joined = words()["counted_from_writing"], f" {' '.join(said)} "
    if any(f" {phrase} " in joined for phrase in listed["twelve_months"]):
        return False  # "this past year", "in the last year": the twelve months before
    return not set(listed["words"]).isdisjoint(said)


def publication_offset(text: str, value: str) -> tuple[str, int] | None:
    """The unit and count back from the article's day a time its article could not date
    says ("last week": ``("W", -1)``, "yesterday": ``("D", -1)``), else None.

    >>> publication_offset("last week", "XXXX-WXX"), publication_offset("last week", "2024-W13")
    (('W', -1), None)
    >>> publication_offset("One week ago today", "PAST_REF")
    ('D', -7)
    >>> publication_offset("last Wednesday night", "XXXX-WXX-3")
    ('L', -1)
    >>> publication_offset("Seven days after", "PAST_REF")
    ('D', -7)
    """
    if value != "PAST_REF" and not value.startswith("XXXX"):
        return None
    after = _AFTER.match(" ".join(text.lower().split()))
    if value == "PAST_REF" and after:  # "Seven days after ..., she still does not know"
        return _days_ago(f"{after['count']} {after['unit']} ago")
    return offset_in_words(text)


def offset_in_words(text: str) -> tuple[str, int] | None:
    """The unit and count back from the article's day that words count ("last week",
    "three days ago"), whatever time they were read as, else None."""
    said = " ".join(text.lower().split())
    found = words()["publication_offsets"].get(said)
    if isinstance(found, list):
        return str(found[0]), int(found[1])
    return _last_weekday(said) or _days_ago(said)


def _last_weekday(said: str) -> tuple[str, int] | None:
    """ "last Wednesday", "last Friday night": that weekday in the seven days before the
    article's day (``L``), as the time expressions of a dated article read it."""
    named = said.split()
    if len(named) == 3 and named[2] in words()["parts_of_day"]:
        named = named[:2]
    if len(named) == 2 and named[0] == "last" and named[1] in words()["weekdays"]:
        return "L", -1
    return None


_AGO = re.compile(r"^(?P<count>.+) (?P<unit>\S+) ago(?: today)?$")
# an exact count of days before a present the page does not date (``weekday_counts``)
_AFTER = re.compile(r"^(?P<count>.+) (?P<unit>\S+) after$")
# what stands between days counted back and the day they are, told as one time: "One week
# ago today, on Tuesday, July 15", "Yesterday — Wednesday, June 15"
_TOLD_APART = r"(?:,|--|[—–])"
COUNTED_THEN_DAY = re.compile(r"(?:\s+today)?\s*" + _TOLD_APART + r"?\s*(?:on\s+)?", re.I)


def counted_before_day(text: str) -> tuple[str, int] | None:
    """The count back the first part of a time told as days counted and then the day they
    are says ("One week ago today, on Tuesday, July 15": ``("D", -7)``; "Yesterday —
    Wednesday, June 15": ``("D", -1)``), else None.

    >>> counted_before_day("Yesterday — Wednesday, June 15"), counted_before_day("Monday")
    (('D', -1), None)
    """
    count, *day = re.split(r"\s*" + _TOLD_APART + r"\s*", text, maxsplit=1)
    return offset_in_words(count) if day and day[0].strip() else None


def _days_ago(said: str) -> tuple[str, int] | None:
    """The days back a count of days "ago" says ("three days ago": 3; "a week ago",
    "one week ago today": 7), and the calendar weeks back of more weeks ("two weeks ago",
    told roughly: the week two weeks before), else None: longer counts ("two months ago")
    are no day."""
    found = _AGO.match(said)
    unit = words()["units"].get(found["unit"], "") if found else ""
    if found is None or unit not in ("D", "W"):
        return None
    count = found["count"]
    number = int(count) if count.isdigit() else words()["numbers"].get(count)
    if not isinstance(number, int) or number <= 0:
        return None
    return (
        ("W", -number) if unit == "W" and number > 1 else ("D", -number * (7 if unit == "W" else 1))
    )
