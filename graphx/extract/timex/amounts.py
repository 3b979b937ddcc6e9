"""Value rules for durations, sets and clock times: "three years", "every week", "10:30 UTC".

Durations become TimeML ``P``/``PT`` values (``P3Y``, ``PT2H``, ``P1.5Y``;
decades and centuries in years); a set is a recurring period (``P1W``,
``XXXX-WXX-1`` for "every Monday"); a clock time is anchored on the day its
sentence is about.
"""

from __future__ import annotations

import datetime as dt
import re

from graphx.extract.timex.anchoring import (
    Context,
    Value,
    choose_year,
    name_number,
    number,
    weekday_near,
)
from graphx.extract.timex.rules import Found, words

__all__ = ["clock_time", "duration", "duration_value", "recurrence"]

_W = words()
# "a day", "an hour": a duration only after a word that takes one ("for a day")
_TAKES_DURATION = re.compile(
    r"\b(?:for|in|within|over|after|about|nearly|than|almost|once|twice)\s+$", re.I
)


def duration_value(n: str, unit: str) -> str:
    """The TimeML value of ``n`` units ("" for a unit it does not know).

    >>> duration_value("three", "years"), duration_value("2", "hours")
    ('P3Y', 'PT2H')
    >>> duration_value("2", "decades")
    'P20Y'
    """
    code = _W["units"].get(unit.lower(), "")
    amount_ = number(n) if n else 1.0
    if not code:
        return ""
    amount = "X" if amount_ is None else f"{amount_:g}"
    if code in ("DE", "CE") and amount_ is not None:
        amount, code = f"{amount_ * (10 if code == 'DE' else 100):g}", "Y"
    return f"PT{amount}{code[1]}" if code.startswith("T") else f"P{amount}{code}"


def duration(f: Found, text: str, ctx: Context) -> Value:
    """ "three years", "a 10-day trip", "two-hour", and "$5 a day" (a set)."""
    span = text[f.start : f.end]
    if re.match(r"an?\s+seconds?\b", span, re.I):
        return "DURATION", "", False  # "a second attempt"
    if re.match(r"an?\s", span, re.I) and not _TAKES_DURATION.search(
        text[max(0, f.start - 10) : f.start]
    ):
        return "DURATION", "", False
    if re.match(r"(?:a|per)\s", span, re.I) and re.search(
        r"\d\s*$", text[max(0, f.start - 8) : f.start]
    ):
        return "SET", duration_value("1", f.group("unit")), False
    return "DURATION", duration_value(f.group("n"), f.group("unit")), False


# TimeML's codes for the parts of a day ("every Tuesday night" is XXXX-WXX-2TNI).
_PART_CODES = {"morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI"}


def recurrence(f: Found, text: str, ctx: Context) -> Value:
    """ "every week", "daily", "every Monday", "each Friday", "Sundays", "every other
    year"."""
    phrase = re.sub(r"\s+", " ", text[f.start : f.end].lower())
    if phrase in _W["sets"]:
        return "SET", str(_W["sets"][phrase]), False
    weekday = f.group("wd") or f.group("wds")
    if weekday:
        part = _PART_CODES.get(f.group("part").lower(), "")
        return "SET", f"XXXX-WXX-{name_number('weekdays', weekday) + 1}{part}", False
    n = {"other": "2"}.get(f.group("n").lower(), f.group("n"))
    return "SET", duration_value(n, f.group("unit")), False


def _hour(f: Found) -> int:
    """The hour on a 24-hour clock ("3 p.m." -> 15, "12 a.m." -> 0)."""
    if f.group("h3"):  # "seven o'clock": as said, "in the evening" after noon
        hour = int(number(f.group("h3")) or 0)
        late = f.group("late") or f.group("late2")
        if hour == 12 and "night" in late.lower():
            return 0  # "twelve o'clock at night": midnight ("in the afternoon": noon)
        return hour + 12 if late and hour < 12 else hour
    if f.group("h4"):
        return int(f.group("h4"))  # "0630 hours"
    if f.group("h5"):
        return 12  # "noon"
    hour = int(f.group("h") or f.group("h2"))
    ampm = (f.group("ampm") or f.group("ampm2")).lower()
    if ampm.startswith("p") and hour < 12:
        hour += 12
    if not ampm and _after_midnight(f):
        return hour % 12  # "12:30 that night", "1:30 last night"
    if not ampm and _late_in_the_day(f.group("dpart"), hour):
        hour += 12  # "2:15 this afternoon", "11:40 last night"
    if ampm.startswith("a") and hour == 12:
        hour = 0
    return hour


def _late_in_the_day(part: str, hour: int) -> bool:
    """An hour before noon told with a part of the day after it: the afternoon's, the
    evening's or the night's ("11:40 last night", "5:30 last night")."""
    part = part.lower()
    return any(w in part for w in ("afternoon", "evening", "night")) and hour < 12


def _after_midnight(f: Found) -> bool:
    """An hour of the night from twelve to before five, told with no a.m. or p.m. ("12:30
    that night", "1:30 last night"): after midnight."""
    hour = int(f.group("h") or 0)
    night = "night" in (f.group("dpart") or "").lower()
    return bool(f.group("h")) and night and (hour == 12 or hour < 5)


# a month and day right after a clock time: "6:30 a.m. Feb. 10", "9 p.m. on March 3, 2024"
_DATE_AFTER = re.compile(r",?\s+(?:on\s+)?([A-Z][a-z]{2,8})\.?\s+(\d{1,2})\b(?:,\s+(\d{4}))?")


def _date_after(text: str, end: int, ctx: Context) -> dt.date | None:
    """The day a month and day written right after a clock time names, else None."""
    m = _DATE_AFTER.match(text, end)
    if m is None or m[1].lower() not in _W["months"]:
        return None
    month, day = name_number("months", m[1]), int(m[2])
    year = int(m[3]) if m[3] else choose_year(ctx, month, day)
    try:
        return dt.date(year, month, day) if year else None
    except ValueError:
        return None


_SAID_DAYS = ("tday", "tday2", "tday3", "tday4", "tday5")  # the day after each form of the hour


def clock_time(f: Found, text: str, ctx: Context) -> Value:
    """ "10:30 UTC", "3 p.m. Friday": on the day named, else the day of the sentence."""
    minute = int(f.group("mi") or f.group("mi4") or 0)
    zone = "Z" if (f.group("tz") or f.group("tz2")).upper() in ("UTC", "GMT") else ""
    said = next((f.group(d) for d in _SAID_DAYS if f.group(d)), "").lower().rstrip(".")
    hour = _hour(f)
    said = said or _day_of_the_part(f.group("dpart"), _after_midnight(f))
    minutes = hour * 60 + minute  # after midnight
    when = ctx.day_in_sentence()
    if _a_stamp_under_a_weekday(text, f.start, f.end, ctx.last_day_at):
        # a live page's stamp is of the page's day, not of a weekday an entry above it told
        # ("Read our story in Wednesday's paper.\n7:41 p.m.": found in probe288, read)
        when = ctx.ref if ctx.ref_precision == "day" else None
    if f.group("h5") and when != ctx.last_day:
        when = None  # "On June 3, agents came. ... By noon, 44 were held": no day near (a review)
    if when != ctx.last_day and (later := _a_later_hour(text, f.start, ctx, minutes)):
        when = later
    if (told := _told_day(f, text, ctx, said)) is not None:
        when = told
    day = when.isoformat() if when else "XXXX-XX-XX"
    if when is not None:
        ctx.clock_day = (when, minutes, f.start)
    return "TIME", f"{day}T{hour:02d}:{minute:02d}{zone}", True


# what may follow a clock time alone on its line: a zone ("9:05 a.m. MDT")
_ZONE_ALONE = re.compile(r"[ \t]*(?:[A-Z]{1,4})?[ \t]*(?:\n|$)")
# a weekday told with no date after it ("Wednesday's paper", not "Saturday, March 1")
_BARE_WEEKDAY = re.compile(r"[A-Za-z]+day\b(?!,?\s+(?:[A-Z][a-z]+\.?\s+)?\d)")
_HEADER = 40  # the most characters of a line that is a day's header ("Wednesday, March 5")


def _a_stamp_under_a_weekday(text: str, start: int, end: int, told_at: int) -> bool:
    """A clock time alone on its line after a sentence's end ("7:41 p.m."), when the day
    told last is a weekday in a sentence, not a date, nor a day's header ("Saturday, March
    1", "Tuesday": reviews), nor a day the stamp's own sentence tells ("in Pasadena on
    Monday, March 3, and he was released at\n6:15 p.m.")."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip() or _ZONE_ALONE.match(text, end) is None:
        return False
    before = text[:line_start].rstrip()
    if told_at < 0 or (before and before[-1] not in '.!?:"\u201d)'):
        return False
    line = text[text.rfind("\n", 0, told_at) + 1 :].split("\n", 1)[0]
    return len(line.strip()) > _HEADER and _BARE_WEEKDAY.match(text, told_at) is not None


def _told_day(f: Found, text: str, ctx: Context, said: str) -> dt.date | None:
    """The day an hour names itself: a month and day after it ("at about 6:30 a.m. Feb.
    10"), a weekday ("3 p.m. Friday") or a day of the writing ("2:15 this afternoon")."""
    if (dated := _date_after(text, f.end, ctx)) is not None:
        return dated
    if said in _W["weekdays"]:
        return weekday_near(ctx, _W["weekdays"][said], "")
    if said and ctx.ref:
        return ctx.ref + dt.timedelta(days={"yesterday": -1, "tomorrow": 1}.get(said, 0))
    return None


def _day_of_the_part(part: str, after_midnight: bool) -> str:
    """The day a part of the day after an hour names: "this afternoon", "tonight" today's
    (tomorrow's after midnight), "last night" yesterday's (today's after midnight: "1:30
    last night"); "" for "that afternoon", "in the evening" (the sentence's)."""
    part = " ".join((part or "").lower().split())
    if part == "last night":
        return "today" if after_midnight else "yesterday"
    if part == "tonight" or part.startswith("this "):
        return "tomorrow" if after_midnight and part.endswith("night") else "today"
    return ""


def _a_later_hour(text: str, at: int, ctx: Context, minutes: int) -> dt.date | None:
    """The day of the hour told last in the paragraph, when this hour is a later one of the
    story's day: "found unresponsive at approximately 4:35 a.m. March 11. Staff began CPR.
    He was pronounced dead at 5:22 a.m." (found in a probe); not an hour after a day told
    with none ("arrested Feb. 1. He spent six weeks in jail. He was released at 4 p.m.")."""
    told = ctx.clock_day
    if told is None or told[0] != ctx.last_day or told[2] < text.rfind("\n", 0, at) + 1:
        return None
    return told[0] if minutes > told[1] else None
