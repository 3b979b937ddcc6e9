"""Which rule matches are not dates: numbers that are not years, ages, idioms.

Rejected here: numbers that are not years ("Section 1326", "1,500", "$2008",
and any bare number without the context of a year: "1010 WINS", "1800
beds"), ages ("92-year-old", "aged 92"), idioms ("15 minutes of fame",
"24/7"), and ambiguous words ("May", "march", "fall") that are not written
as dates. ``plausible`` applies the checks of a match's rule; each check is a
small predicate over the match and the text around it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from graphx.extract.timex.anchoring import number
from graphx.extract.timex.rules import Found, alternation, name_alternation, words

__all__ = ["plausible", "year_in_context"]

_W = words()
_NON_DATE_BEFORE = re.compile(_W["non_date_before"], re.I)
_NON_DATE_AFTER = re.compile(_W["non_date_after"], re.I)
_AGE_BEFORE = re.compile(_W["age_patterns"], re.I)
_NON_DATE_PHRASES = re.compile(rf"\b(?:{alternation(_W['non_date_phrases'])})", re.I)
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
    rf"(?:\b(?:{name_alternation(_W['months'])})|\d(?:st|nd|rd|th)?,?)\s+$", re.I
)
_NEXT_WORD = re.compile(r"[^\S\n]+(?P<word>[\w-]+)")
_AMBIGUOUS_MONTHS = set(_W["ambiguous_months"])
_AMBIGUOUS_WEEKDAYS = set(_W["ambiguous_weekdays"])
_IN_NAME = re.compile(r"(?<![.!?] )\b(?!(?:In|On|Since|By|Of|From|Until|To|For) )[A-Z][a-z]+ $")
_NAME_AFTER = re.compile(r" [A-Z][a-z]+\b")
_SEASON_NAME_ENDS = frozenset(_W["season_name_ends"])
# A capitalized word right before a season that does not begin its sentence.
_WORD_BEFORE = re.compile(r"(?<![.!?] )(?<![.!?])\b(?P<word>[A-Z][A-Za-z]+) $")
# Words before a season that make it a time, in a headline's capitals too ("Over Winter").
_SEASON_PREPOSITIONS = frozenset(
    "in on since by of from until till to for during through each every mid over after "
    "before into across throughout amid following past with at as around near this last "
    "next early late the".split()
)
_MONTH_PREPOSITION = re.compile(
    r"\b(?:in|since|until|by|of|from|during|through|before|after|early|late|to)\s+$", re.I
)
_FALL_PREPOSITION = re.compile(r"\b(?:in|during|by|until|since)\s+$", re.I)
_SEASON_CUE = re.compile(r"\b(?:in|this|next|last|since|until|by|during)\s+$", re.I)
_FEW_DAYS = 6  # a range of days read as its first: an operation of a week at most


@dataclass(frozen=True, slots=True)
class _Near:
    """A match with the text around it, as the checks read it."""

    text: str
    f: Found
    hinted: bool
    before: str
    after: str


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


def year_in_context(text: str, start: int, end: int, *, depth: int = 0) -> bool:
    """Whether a bare four-digit number is written as a year (issue 11).

    A number alone is a year only where the text says so: a preposition of time
    ("in 1996", "since 2014"), a determiner before a noun it modifies ("a 1996
    law", "ICE's 2019 budget"), a possessive after it ("2019's surge"), a verb
    after it when it opens its sentence ("2019 was", not "car 2017 was"), its
    own parentheses ("(1982)"), an event's or an acronym's edition ("Conference
    2010"), or a list or range of such years ("in 2018 and 2019"). Station
    names, counts, statute and road numbers have none of these ("1010 WINS",
    "1800 beds").

    >>> [year_in_context(t, 3, 7) for t in ("in 1996 law", "by 2000 beds", "Go 1010 WINS")]
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
    return year_in_context(text, prev, prev + 4, depth=depth + 1)


def _not_a_count_or_age(n: _Near) -> bool:
    """A number is no date after a digit ("1,500"), before "percent", or as an age.

    A full stop and a space after a digit end a sentence ("in 2019. Two years ago"),
    and a comma and a space end a date ("May 3, 2019, two days later")."""
    after_digit = bool(re.search(r"\d[,.]?\s?$", n.before)) and not n.before.endswith((", ", ". "))
    return not (_NON_DATE_AFTER.match(n.after) or _AGE_BEFORE.search(n.before) or after_digit)


def _year_written_as_year(n: _Near) -> bool:
    """A bare year needs the context of a year and must not be part of a name."""
    f = n.f
    if not f.group("mod") and (_NON_DATE_BEFORE.search(n.before) or n.after.startswith(("/", ":"))):
        return False
    if not f.group("mod") and _IN_NAME.search(n.before) and _NAME_AFTER.match(n.after):
        return False  # "the Russell 2000 Index", "Windows 2000 Server": part of a name
    if not (f.group("mod") or f.group("side")) and not year_in_context(n.text, f.start, f.end):
        return False
    return int(f.group("y")) >= 1800 or n.hinted or bool(f.group("mod"))


def _holiday_capitalized(n: _Near) -> bool:
    return n.hinted or _is_capitalized(n.f.group("hol"))


def _name_capitalized(n: _Near) -> bool:
    """A month or weekday name on its own is capitalized (or vouched for by the tagger)."""
    return _is_capitalized(n.f.group("mon") or n.f.group("wd")) or n.hinted


def _weekday_not_a_word(n: _Near) -> bool:
    """ "Sun Microsystems", "Sat Nav": a word or name, not a weekday."""
    word = n.f.group("wd").lower().rstrip(".")
    return word not in _AMBIGUOUS_WEEKDAYS or n.hinted or bool(n.f.group("rel"))


# "On Feb. 11, 2025, a Tuesday, agents ...": the weekday of the date just told, no day of
# its own (it had been read as the publication week's Tuesday)
_A_DATES_WEEKDAY = re.compile(r"\d,?\s+(?:a|which\s+was\s+a)\s+$", re.I)


def _not_the_dates_weekday(n: _Near) -> bool:
    return _A_DATES_WEEKDAY.search(n.before) is None or bool(n.f.group("rel"))


def _month_not_a_word(n: _Near) -> bool:
    """ "May", "March" alone are months only after a preposition and not in capitals."""
    f = n.f
    word = f.group("mon")
    if f.group("rel") or f.group("mod") or n.hinted:
        return True
    if word.lower().rstrip(".") not in _AMBIGUOUS_MONTHS:
        return True
    return not word.isupper() and bool(_MONTH_PREPOSITION.search(n.before))


def _dated_month_capitalized(n: _Near) -> bool:
    """An ambiguous month in a written date ("may 3") must be capitalized or vouched for."""
    mon = n.f.group("mon")
    if mon.lower().rstrip(".") not in _AMBIGUOUS_MONTHS:
        return True
    return n.hinted or _is_capitalized(mon)


def _days_in_order(n: _Near) -> bool:
    """A range of a few days runs forward ("March 10-14"), read as its first day as a
    short stretch is; not "March 3-2", nor most of a month ("Jan. 2-29": the month)."""
    last = n.f.group("d2")
    return not last or 0 < int(last) - int(n.f.group("d")) <= _FEW_DAYS


def _fall_is_a_season(n: _Near) -> bool:
    """ "fall" is a season with a year, a "last"/"next", or "the" after a preposition."""
    f = n.f
    if f.group("s").lower() != "fall":
        return True
    rel = (f.group("rel") or "").lower()
    if f.group("y") or rel not in ("", "the"):
        return True
    return bool(_FALL_PREPOSITION.search(n.before + " ")) and rel == "the"


def _season_not_a_name(n: _Near) -> bool:
    """ "the Spring of Life rally", "outside Ridge Spring", "Spring Valley": part of a name.

    A capitalized season on its own right after a capitalized word that is no preposition
    and does not begin its sentence ("Ridge Spring", "RIDGE SPRING, S.C."), or before one
    outside a headline ("Spring Valley"), is a word of a place's or a group's name; a
    headline capitalizes every word ("Raids Slowed Over Winter", "IN SPRING")."""
    f = n.f
    if f.group("y"):
        return True
    if re.match(r" of [A-Z]", n.after):
        return False
    if (f.group("rel") or "").lower() not in ("", "the") or not _is_capitalized(f.group("s")):
        return True
    before = _WORD_BEFORE.search(n.before)
    if before and before["word"].lower() not in _SEASON_PREPOSITIONS:
        return False
    after = _NAME_AFTER.match(n.after)
    if after and after.group().strip().lower() in _SEASON_NAME_ENDS:
        return False  # "in Spring Valley", "Summer Street Church", headlines too
    return _headline(n) or not after


def _headline(n: _Near) -> bool:
    """Whether the match is in a line whose words are all capitalized (a headline)."""
    start = n.text.rfind("\n", 0, n.f.start) + 1
    end = n.text.find("\n", n.f.end)
    words = re.findall(r"[A-Za-z]+", n.text[start : end if end >= 0 else len(n.text)])
    long = [w for w in words if len(w) > 3]
    return len(long) >= 4 and all(w[0].isupper() for w in long)


def _season_in_context(n: _Near) -> bool:
    """A bare lower-case season needs a preposition or determiner before it."""
    f = n.f
    if f.group("rel") or f.group("y") or n.hinted or _is_capitalized(f.group("s")):
        return True
    return bool(_SEASON_CUE.search(n.before))


def _no_idiom(n: _Near) -> bool:
    """Not inside a non-date phrase ("15 minutes of fame", "24/7")."""
    f = n.f
    window = n.text[max(0, f.start - 12) : f.end + 16]
    m = _NON_DATE_PHRASES.search(window)
    return not (m and m.start() < f.end - f.start + 12 and m.end() > 12)


def _not_an_age(n: _Near) -> bool:
    """ "ten years old", "18 years of age"."""
    return not re.search(r"\b(?:old|of age)\b", n.after[:12], re.I)


def _not_an_hour(n: _Near) -> bool:
    """ "at approximately 0630 hours": a clock's hour on a 24-hour clock, no duration
    ("did 1200 hours of community service" is one)."""
    span = n.text[n.f.start : n.f.end]
    hour = re.fullmatch(r"(?:\w+\s+)?(?:[01]\d|2[0-3])[0-5]\d\s+hours", span, re.I)
    rate = re.match(r"\s+(?:per|a|an|each|annually)\b", n.after, re.I)
    return not (hour and re.search(r"\bat\s$", n.before, re.I) and not rate)


_BARE_CLOCK = re.compile(r"(?P<h>\d{1,2}):[0-5]\d")
_WHEN_WORDS = (
    "at|by|until|till|before|after|about|around|approximately|from|to|between|and|since|near|"
    "past|shortly|roughly|exactly|precisely|nearly|almost|just"
)
# "at 11:52", "at precisely 4:20", "shortly past 11:30" (a review)
_CLOCK_BEFORE = re.compile(rf"\b(?:{_WHEN_WORDS})(?:\s+(?:{_WHEN_WORDS}))?\s+$", re.I)


def _a_clock(n: _Near) -> bool:
    """A bare "2:14", no "a.m.", zone or day after it, is a clock's time after a word of when
    ("at 2:14", "from 9:30 to 11:45") or on a 24-hour clock ("14:30"); else a length or a
    score ("WATCH: ... (2:14)", a video's; found in probe261)."""
    bare = _BARE_CLOCK.fullmatch(n.text[n.f.start : n.f.end])
    if bare is None:
        return True
    if re.match(r"\s+of\b", n.after):
        return False  # "after roughly 1:45 of negotiations": a length (a review)
    return int(bare["h"]) >= 13 or bool(_CLOCK_BEFORE.search(n.before))


def _later_by_a_count(n: _Near) -> bool:
    """ "two days later" is a day; "a few days later" names none, and stays a duration."""
    return n.f.group("dir").lower() != "later" or number(n.f.group("n")) is not None


_Check = Callable[[_Near], bool]
_NUMBER_CHECKS = (_not_a_count_or_age,)
# the checks of each rule; a rule not listed here has none
_CHECKS: dict[str, tuple[_Check, ...]] = {
    "year": (_not_a_count_or_age, _year_written_as_year, _no_idiom),
    "duration": (_not_a_count_or_age, _no_idiom, _not_an_age, _not_an_hour),
    "decade": _NUMBER_CHECKS,
    "ago": (_not_a_count_or_age, _later_by_a_count),
    "spelled_year": _NUMBER_CHECKS,
    "holiday": (_holiday_capitalized,),
    "month": (_name_capitalized, _month_not_a_word),
    "weekday": (_name_capitalized, _weekday_not_a_word, _not_the_dates_weekday),
    "mdy": (_dated_month_capitalized, _days_in_order),
    "my": (_dated_month_capitalized,),
    "season": (_fall_is_a_season, _season_not_a_name, _season_in_context),
    "set": (_no_idiom,),
    "deictic": (_no_idiom,),
    "time": (_a_clock,),
}


def plausible(text: str, f: Found, hinted: bool) -> bool:
    """Whether a match is a date, by the checks of its rule (see the module docstring).

    Args:
        text: the text the match is in.
        f: the match.
        hinted: whether a statistical tagger marked the span as a DATE/TIME.

    >>> from graphx.extract.timex.scan import scan
    >>> [f.rule for f in scan("Section 1326 in 1996")]
    ['year']
    """
    near = _Near(text, f, hinted, text[max(0, f.start - 24) : f.start], text[f.end : f.end + 30])
    return all(check(near) for check in _CHECKS.get(f.rule, ()))
