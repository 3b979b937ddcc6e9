"""Find time expressions in text with compiled rules (recognition only).

The rules are regular expressions built once, at import, from the word lists
in ``resources/time_words.json``. ``scan`` returns the longest non-overlapping
matches, each tagged with the rule that found it and its named groups;
``graphx.extract.timex.normalise`` turns them into TimeML values. Non-dates are rejected here:
numbers that are not years ("Section 1326", "1,500", "$2008", and any bare
number without the context of a year: "1010 WINS", "1800 beds"), ages
("92-year-old", "aged 92"), idioms ("15 minutes of fame", "24/7"), and
ambiguous words ("May", "march", "fall") that are not written as dates.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from graphx.lexicon import Lexicon, shipped

__all__ = ["Found", "scan", "words"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Found:
    """One recognized expression: its span, the rule that matched and its groups."""

    start: int
    end: int
    rule: str
    groups: tuple[tuple[str, str], ...]

    def group(self, name: str) -> str:
        return dict(self.groups).get(name) or ""


def words() -> dict[str, Any]:
    """The word lists of ``resources/time_words.json`` (read once)."""
    data: dict[str, Any] = shipped().derived(_words)
    return data


def _words(lexicon: Lexicon) -> dict[str, Any]:
    data: dict[str, Any] = lexicon.json("time_words.json")
    return data


def _alt(keys: Sequence[str]) -> str:
    return "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))


def _names(table: dict[str, int]) -> str:
    """Alternation of month or weekday names; only abbreviations take a full stop."""
    full = [k for k in table if len(k) > 4 or k in ("may", "june", "july")]
    short = [k for k in table if k not in full]
    return "|".join(
        [re.escape(k) for k in sorted(full, key=len, reverse=True)]
        + [re.escape(k) + r"\.?" for k in sorted(short, key=len, reverse=True)]
    )


def _rules() -> list[tuple[str, re.Pattern[str]]]:
    w = words()
    mon = rf"(?P<mon>{_names(w['months'])})"
    wd = rf"(?P<wd>{_names(w['weekdays'])})"
    tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    num = (
        rf"(?P<n>\d+(?:\.\d+)?|(?:{tens})[- ](?:one|two|three|four|five|six|seven|eight|nine)"
        rf"|{_alt(list(w['numbers']) + w['vague_numbers'])})"
    )
    unit = rf"(?P<unit>{_alt(w['units'])})"
    year = r"(?P<y>1[89]\d\d|20\d\d|1[0-7]\d\d)"
    day = r"(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
    ordn = rf"(?P<ord>{_alt(w['ordinals'])})"
    rel = (
        r"(?P<rel>the\s+latest|the\s+most\s+recent|latest|this\s+past|this\s+coming|the\s+past|the\s+previous|the\s+following|"
        r"the\s+coming|the\s+next|the\s+last|the\s+current|the\s+entire|the\s+whole|"
        r"the\s+same|that\s+same|that|last|next|this|previous|past|coming|current)"
    )
    edge = (
        r"(?P<mod>(?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle|close|turn|first\s+half|"
        r"second\s+half|first\s+part|rest)\s+of\s+(?:the\s+)?|early|late|mid-?|earlier|later)"
    )
    approx = (
        r"(?P<approx>over|nearly|almost|about|approximately|around|roughly|"
        r"more\s+than|less\s+than|at\s+least|up\s+to)"
    )
    part = rf"(?P<part>{_alt(w['parts_of_day'])})"
    refs = {k: _alt(w[k]) for k in ("present_ref", "past_ref", "future_ref")}
    holidays = [k for k in w["holidays"] if not k.startswith("_")]
    table = [
        ("iso", r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)"),
        ("numeric", r"(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/(?P<y>\d{4}|\d\d)"),
        (
            "mdy",
            rf"(?:(?P<rel>last|next|this\s+past|this\s+coming)\s+)?(?:(?:{wd}),?\s+)?"
            rf"{mon}\s+{day}(?:,?\s+{year})?",
        ),
        ("dmy", rf"(?:(?:{wd}),?\s+)?(?:the\s+)?{day}(?:\s+of)?\s+{mon}(?:,?\s+{year})?"),
        ("my", rf"(?:{edge}\s*)?{mon}(?:\s+of|,)?\s+(?:{year}|(?P<yrel>this|last|next)\s+year)"),
        ("week_of", rf"(?:the\s+)?(?:{ordn}\s+)?week\s+of\s+{mon}(?:\s+{day})?(?:,?\s+{year})?"),
        (
            "spelled_year",
            rf"(?:the\s+year\s+)?(?P<sy>nineteen|two\s+thousand(?:\s+and)?)"
            rf"(?:[- ](?P<sy2>(?:{tens})(?:[- ](?:one|two|three|four|five|six|seven|"
            r"eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
            r"seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|"
            r"nine|hundred))?",
        ),
        ("edge_unit", rf"{edge}\s*(?P<unit>year|month|week|day)"),
        ("month", rf"(?:(?P<rel>this\s+past|this\s+coming|last|next|this)\s+|{edge}-?\s*)?{mon}"),
        (
            "holiday",
            rf"(?:(?P<rel>this\s+past|last|next|this)\s+)?(?P<hol>{_alt(holidays)})"
            rf"(?:,?\s+(?:of\s+)?{year})?",
        ),
        (
            "same_period",
            r"(?:the\s+)?(?:same|corresponding|comparable)\s+(?P<per>period|month|quarter|time)"
            r"(?:\s+of)?\s+(?:(?:the\s+)?(?:last|previous|prior)\s+year|a\s+year\s+(?:ago|earlier))",
        ),
        (
            "year_ago",
            rf"(?:the\s+)?year-(?:ago|earlier)(?:\s+(?:{ordn}[- ])?(?P<qu>quarter|period))?",
        ),
        (
            "fy",
            r"(?:the\s+)?(?:(?P<y>\d{4})\s+fiscal\s+year|fiscal(?:\s+year)?\s+(?P<y2>\d{4})"
            r"|FY\s?-?(?P<y3>\d{4}|\d\d))",
        ),
        ("fy_rel", rf"(?:{edge}\s*)?{rel}\s+(?:fiscal|financial)\s+year"),
        (
            "quarter",
            rf"(?:{edge}\s*)?(?:the\s+)?{ordn}[- ]quarter(?:\s+of\s+(?:{year}|"
            rf"(?P<qrel>this|last|next|the)\s+year)|,?\s+{year.replace('<y>', '<y2>')})?",
        ),
        ("qnum", rf"(?:Q(?P<q>[1-4])\s+{year}|(?P<y2>\d{{4}})\s*-?\s*Q(?P<q2>[1-4]))"),
        (
            "season",
            rf"(?:(?P<rel>this\s+past|this\s+coming|last|next|this|early|late|mid-?|the)\s+)?"
            rf"(?P<s>{_alt(w['seasons'])})(?:\s+(?:of\s+)?{year})?",
        ),
        (
            "decade",
            rf"(?:the\s+)?(?:(?P<mod>early|late|mid)[- ])?(?:(?P<dec>1[0-9]\d0|20\d0)|"
            r"'(?P<d2>\d0)|(?<=the\s)(?P<d3>[2-9]0)|(?<=and\s|.or\s)(?P<d4>[2-9]0))'?s"
            rf"|the\s+(?P<dw>{_alt(w['decade_words'])})",
        ),
        ("century", r"(?:the\s+)?(?P<c>\d{1,2})(?:st|nd|rd|th)\s+century"),
        ("year", rf"(?:{edge}-?\s*|(?P<side>pre|post)-)?{year}"),
        (
            "rel_unit",
            rf"(?:{edge}\s*)?{rel}\s+(?:(?P<n>two|three|four|five|six|seven|eight|nine|"
            rf"ten|twelve|few|several|\d+)\s+)?(?P<unit>weekend|week|month|year|quarter|"
            r"decade|century|weeks|months|years|decades|days|hours|day)",
        ),
        ("ago", rf"(?:{approx}\s+)?{num}\s+{unit}\s+(?P<dir>ago|earlier)"),
        (
            "deictic",
            r"(?:(?P<mod>earlier|later)\s+)?(?P<deixis>the\s+day\s+before\s+yesterday|"
            r"the\s+day\s+after\s+tomorrow|today|yesterday|tomorrow|tonight|"
            r"(?:this|last)\s+(?:morning|afternoon|evening|night))",
        ),
        (
            "weekday",
            rf"(?:(?P<shift>the\s+day\s+(?:before|after))\s+)?"
            rf"(?:(?P<rel>this\s+past|this\s+coming|last|next|this|past|coming)\s+)?{wd}"
            rf"(?:\s+{part})?",
        ),
        ("present", rf"(?:{refs['present_ref']})(?!-)"),
        ("past", rf"(?P<ref>{refs['past_ref']})(?!-)"),
        ("future", rf"(?P<ref>{refs['future_ref']})(?!-)"),
        (
            "anaphor",
            r"(?:(?P<mod>late|early|later|earlier)\s+in\s+)?(?P<ana>the\s+same\s+day|that\s+day|"
            r"the\s+day|the\s+weekend|the\s+quarter)(?!\s+(?:before|after|when|that|of|in\s+which|on)\b|'s)"
            rf"(?!,?\s+(?:{_names(w['weekdays'])})\b)",
        ),
        ("duration", rf"(?:{approx}\s+)?{num}[- ]{unit}(?:-long)?"),
        (
            "set",
            rf"(?:{_alt(w['sets'])}|every\s+(?:{wd}|(?P<n>\d+|other|two|three|four|five)\s+"
            rf"{unit}))",
        ),
        (
            "time",
            r"(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?:\s*(?P<ampm>[ap]\.?m\.?))?"
            r"(?:\s*(?P<tz>UTC|GMT|EST|EDT|CST|CDT|PST|PDT|ET))?"
            rf"(?:,?\s+(?:on\s+)?(?P<tday>today|yesterday|tomorrow|{_names(w['weekdays'])}))?"
            r"|(?P<h2>1[0-2]|[1-9])\s*(?P<ampm2>[ap]\.m\.|[ap]m\b)"
            r"(?:\s*(?P<tz2>UTC|GMT|EST|EDT|CST|CDT|PST|PDT|ET))?"
            rf"(?:,?\s+(?:on\s+)?(?P<tday2>today|yesterday|tomorrow|{_names(w['weekdays'])}))?",
        ),
    ]
    # an expression never spans a line break (a headline and its dateline stay apart)
    inline = r"[^\S\n]"
    return [
        (
            name,
            re.compile(
                r"(?<![\w$£€#-])(?:" + rx.replace(r"\s", inline) + r")"
                r"(?![\w]|-(?:old|\d))",
                re.I,
            ),
        )
        for name, rx in table
    ]


RULES = _rules()
PRIORITY = {name: i for i, (name, _) in enumerate(RULES)}
_W = words()
_NON_DATE_BEFORE = re.compile(_W["non_date_before"], re.I)
_NON_DATE_AFTER = re.compile(_W["non_date_after"], re.I)
_AGE_BEFORE = re.compile(_W["age_patterns"], re.I)
_NON_DATE_PHRASES = re.compile(rf"\b(?:{_alt(_W['non_date_phrases'])})", re.I)
_YEAR_BEFORE = re.compile(_W["year_context_before"], re.I)
_YEAR_WEAK_BEFORE = re.compile(_W["year_weak_before"], re.I)
_YEAR_DETERMINER = re.compile(_W["year_determiners"], re.I)
_YEAR_EDITION = re.compile(_W["year_edition_before"], re.I)
_YEAR_COUNT_BEFORE = re.compile(_W["year_count_before"], re.I)
_YEAR_POSSESSIVE = re.compile(_W["year_possessive_after"], re.I)
_YEAR_VERB = re.compile(_W["year_subject_verbs"], re.I)
_CLAUSE_START = re.compile(r"(?:^|[.!?:;\"“]\s*|\n\s*)$")
_YEAR_LIST = re.compile(_W["year_list_before"], re.I)
_EVENT_PLURALS = frozenset(_W["year_event_plurals"])
# a year written after its month or day ("May 3, 2019"), as the head of a list of years
_AFTER_DAY_OR_MONTH = re.compile(
    rf"(?:\b(?:{_names(_W['months'])})|\d(?:st|nd|rd|th)?,?)\s+$", re.I
)
_NEXT_WORD = re.compile(r"[^\S\n]+(?P<word>[\w-]+)")
_AMBIGUOUS_MONTHS = set(_W["ambiguous_months"])
_AMBIGUOUS_WEEKDAYS = set(_W["ambiguous_weekdays"])
_IN_NAME = re.compile(r"(?<![.!?] )\b(?!(?:In|On|Since|By|Of|From|Until|To|For) )[A-Z][a-z]+ $")
_NAME_AFTER = re.compile(r" [A-Z][a-z]+\b")
_NEXT_DAY = re.compile(
    r"[^\S\n]+(?:and|or)[^\S\n]+(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
    r"(?:,?[^\S\n]+(?P<y>1[89]\d\d|20\d\d))?(?![\w%:,.]\d|\w)"
)


def _is_capitalized(word: str) -> bool:
    return word[:1].isupper()


def _counted(after: str) -> bool:
    """Whether the word after a number is a plural noun it counts ("1800 beds").

    >>> _counted(" beds were added"), _counted(" election"), _counted(" midterms")
    (True, False, False)
    """
    m = _NEXT_WORD.match(after)
    if m is None or not m["word"].islower():
        return False
    word = m["word"]
    plural = word.endswith("s") and not word.endswith(("ss", "us", "is"))
    return plural and word not in _EVENT_PLURALS


def _year_in_context(text: str, start: int, end: int, *, depth: int = 0) -> bool:
    """Whether a bare four-digit number is written as a year (issue 11).

    A number alone is a year only where the text says so: a preposition of time
    ("in 1996", "since 2014"), a determiner before a noun it modifies ("a 1996
    law", "ICE's 2019 budget"), a possessive after it ("2019's surge"), a verb
    after it when it opens its sentence ("2019 was", not "car 2017 was"), its
    own parentheses ("(1982)"), an event's or an acronym's edition ("Conference
    2010"), or a list or range of such years ("in 2018 and 2019"). Station
    names, counts, statute and road numbers have none of these ("1010 WINS",
    "1800 beds").

    >>> [_year_in_context(t, 3, 7) for t in ("in 1996 law", "by 2000 beds", "Go 1010 WINS")]
    [True, False, False]
    """
    before = text[max(0, start - 40) : start]
    after = text[end : end + 30]
    if _YEAR_COUNT_BEFORE.search(before):
        return False
    if _YEAR_POSSESSIVE.match(after) or (before.endswith("(") and after.startswith(")")):
        return True
    if _YEAR_VERB.match(after) and _CLAUSE_START.search(before):
        return True  # the subject of its sentence: "2019 was a record year", not "car 2017 was"
    if _YEAR_BEFORE.search(before) or (depth and _AFTER_DAY_OR_MONTH.search(before)):
        return True
    if (
        _YEAR_WEAK_BEFORE.search(before)
        or _YEAR_EDITION.search(before)
        or (_YEAR_DETERMINER.search(before) and _NEXT_WORD.match(after))
    ):
        return not _counted(after)
    listed = _YEAR_LIST.search(before)
    if listed is None or depth >= 8:  # a list of years is short; bound the walk back
        return False
    prev = max(0, start - 40) + listed.start("prev")
    return _year_in_context(text, prev, prev + 4, depth=depth + 1)


def _plausible(text: str, f: Found, hinted: bool) -> bool:
    """Reject matches that are not dates (see the module docstring)."""
    before = text[max(0, f.start - 24) : f.start]
    after = text[f.end : f.end + 30]
    if f.rule in ("year", "duration", "decade", "ago", "spelled_year") and (
        _NON_DATE_AFTER.match(after)
        or _AGE_BEFORE.search(before)
        or re.search(r"\d[,.]?\s?$", before)
        and not before.endswith(", ")
    ):
        return False
    if f.rule == "year":
        if not f.group("mod") and (_NON_DATE_BEFORE.search(before) or after.startswith(("/", ":"))):
            return False
        if not f.group("mod") and _IN_NAME.search(before) and _NAME_AFTER.match(after):
            return False  # "the Russell 2000 Index", "Windows 2000 Server": part of a name
        if not (f.group("mod") or f.group("side")) and not _year_in_context(text, f.start, f.end):
            return False
        if int(f.group("y")) < 1800 and not (hinted or f.group("mod")):
            return False
    if f.rule == "holiday" and not (hinted or _is_capitalized(f.group("hol"))):
        return False
    if f.rule in ("month", "weekday"):
        word = f.group("mon") or f.group("wd")
        if not _is_capitalized(word) and not hinted:
            return False
        if (
            f.rule == "weekday"
            and word.lower().rstrip(".") in _AMBIGUOUS_WEEKDAYS
            and not (hinted or f.group("rel"))
        ):
            return False  # "Sun Microsystems", "Sat Nav": a word or name, not a weekday
        if (
            f.rule == "month"
            and not (f.group("rel") or f.group("mod"))
            and (
                word.lower().rstrip(".") in _AMBIGUOUS_MONTHS
                and not hinted
                and (
                    word.isupper()
                    or not re.search(
                        r"\b(?:in|since|until|by|of|from|during|"
                        r"through|before|after|early|late|to)\s+$",
                        before,
                        re.I,
                    )
                )
            )
        ):
            return False
    if f.rule in ("mdy", "my") and f.group("mon").lower().rstrip(".") in _AMBIGUOUS_MONTHS:
        if not (hinted or _is_capitalized(f.group("mon"))):
            return False
    if (
        f.rule == "season"
        and f.group("s").lower() == "fall"
        and not (
            f.group("y")
            or (f.group("rel") or "").lower() not in ("", "the")
            or re.search(r"\b(?:in|during|by|until|since)\s+$", before + " ", re.I)
            and (f.group("rel") or "").lower() == "the"
        )
    ):
        return False
    if f.rule == "season" and not f.group("y") and re.match(r" of [A-Z]", after):
        return False  # "the Spring of Life rally": part of a name
    if f.rule == "season" and not (
        f.group("rel") or f.group("y") or hinted or _is_capitalized(f.group("s"))
    ):
        if not re.search(r"\b(?:in|this|next|last|since|until|by|during)\s+$", before, re.I):
            return False
    if _NON_DATE_PHRASES.search(text[max(0, f.start - 12) : f.end + 16]) and f.rule in (
        "duration",
        "set",
        "deictic",
        "year",
    ):
        window = text[max(0, f.start - 12) : f.end + 16]
        m = _NON_DATE_PHRASES.search(window)
        if m and m.start() < f.end - f.start + 12 and m.end() > 12:
            return False
    return not (f.rule == "duration" and re.search(r"\b(?:old|of age)\b", after[:12], re.I))


def scan(text: str, *, candidates: Sequence[tuple[int, int]] = ()) -> list[Found]:
    """Every time expression the rules find, longest first, without overlaps.

    Args:
        text: any text.
        candidates: spans a statistical tagger marked DATE/TIME; they only
            vouch for ambiguous matches (a lower-case month, an old year).

    >>> text = "On Friday, May 3, 2019 and 2020"
    >>> [(f.rule, text[f.start:f.end]) for f in scan(text)]
    [('mdy', 'Friday, May 3, 2019'), ('year', '2020')]
    """
    found: list[Found] = []
    for name, rx in RULES:
        for m in rx.finditer(text):
            groups = tuple((k, v) for k, v in m.groupdict().items() if v)
            found.append(Found(m.start(), m.end(), name, groups))
    found.sort(key=lambda f: (f.start - f.end, PRIORITY[f.rule], f.start))
    chosen: list[Found] = []
    taken = bytearray(len(text) + 1)
    for f in found:
        if any(taken[f.start : f.end]):
            continue
        hinted = any(s <= f.start and f.end <= e for s, e in candidates)
        if not _plausible(text, f, hinted):
            continue
        taken[f.start : f.end] = b"\x01" * (f.end - f.start)
        chosen.append(f)
        if f.rule == "mdy" and (more := _NEXT_DAY.match(text, f.end)):
            # "April 24 and 25": the second day shares the month (and year)
            day = more.start("d")
            end = more.end()
            if not any(taken[day:end]) and not _NON_DATE_AFTER.match(text[end : end + 30]):
                groups = tuple((k, v) for k, v in f.groups if k == "mon" or k == "y") + tuple(
                    (k, v) for k, v in more.groupdict().items() if v
                )
                taken[day:end] = b"\x01" * (end - day)
                chosen.append(Found(day, end, "mdy", groups))
    return sorted(chosen, key=lambda f: f.start)
