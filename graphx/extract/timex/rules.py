"""The recognition rules for time expressions: compiled patterns, one a shape.

The rules are regular expressions built once, at import, from the word lists
in ``resources/time_words.json`` (read by ``words``). ``RULES`` holds them in
priority order, each named after the shape it matches ("mdy", "quarter",
"weekday"...); ``graphx.extract.timex.scan`` runs them, and ``VALUE_RULES`` in
``graphx.extract.timex.normalise`` has one value function per rule name.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from graphx.lexicon import Lexicon, shipped

__all__ = ["PRIORITY", "RULES", "Found", "alternation", "name_alternation", "words"]

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


def words(lexicon: Lexicon | None = None) -> dict[str, Any]:
    """The word lists of ``resources/time_words.json`` (read once)."""
    data: dict[str, Any] = (lexicon or shipped()).derived(_words)
    return data


def _words(lexicon: Lexicon) -> dict[str, Any]:
    data: dict[str, Any] = lexicon.json("time_words.json")
    return data


def alternation(keys: Sequence[str]) -> str:
    return "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))


def name_alternation(table: dict[str, int]) -> str:
    """Alternation of month or weekday names; only abbreviations take a full stop."""
    full = [k for k in table if len(k) > 4 or k in ("may", "june", "july")]
    short = [k for k in table if k not in full]
    return "|".join(
        [re.escape(k) for k in sorted(full, key=len, reverse=True)]
        + [re.escape(k) + r"\.?" for k in sorted(short, key=len, reverse=True)]
    )


def _blocks(w: dict[str, Any]) -> dict[str, str]:
    """The named sub-patterns the rules share (month, weekday, year, day, edge...)."""
    tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    return {
        "tens": tens,
        "mon": rf"(?P<mon>{name_alternation(w['months'])})",
        "wd": rf"(?P<wd>{name_alternation(w['weekdays'])})",
        "weekdays": name_alternation(w["weekdays"]),
        "num": (
            rf"(?P<n>\d+(?:\.\d+)?|(?:{tens})[- ](?:one|two|three|four|five|six|seven|eight|nine)"
            rf"|{alternation(list(w['numbers']) + w['vague_numbers'])})"
        ),
        "unit": rf"(?P<unit>{alternation(w['units'])})",
        "year": r"(?P<y>1[89]\d\d|20\d\d|1[0-7]\d\d)",
        "day": r"(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?",
        "ordn": rf"(?P<ord>{alternation(w['ordinals'])})",
        "rel": (
            r"(?P<rel>the\s+latest|the\s+most\s+recent|latest|this\s+past|this\s+coming|the\s+past|the\s+previous|the\s+following|"
            r"the\s+coming|the\s+next|the\s+last|the\s+current|the\s+entire|the\s+whole|"
            r"the\s+same|that\s+same|that|last|next|this|previous|past|coming|current)"
        ),
        "edge": (
            r"(?P<mod>(?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle|close|turn|first\s+half|"
            r"second\s+half|first\s+part|rest)\s+of\s+(?:the\s+)?|early|late|mid-?|earlier|later)"
        ),
        "approx": (
            r"(?P<approx>over|nearly|almost|about|approximately|around|roughly|"
            r"more\s+than|less\s+than|at\s+least|up\s+to)"
        ),
        "part": rf"(?P<part>{alternation(w['parts_of_day'])})",
    }


def _date_rules(b: dict[str, str]) -> list[tuple[str, str]]:
    """Days and months written as dates, weeks of a month, spelled-out years."""
    mon, wd, day, year, edge, ordn = b["mon"], b["wd"], b["day"], b["year"], b["edge"], b["ordn"]
    return [
        ("iso", r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)"),
        ("numeric", r"(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/(?P<y>\d{4}|\d\d)"),
        (
            "mdy",
            # "Tuesday, Oct. 19", "Last Tuesday (Oct. 19)"
            rf"(?:(?P<rel>last|next|this\s+past|this\s+coming)\s+)?"
            rf"(?:(?:{wd})(?:,?\s+|\s*(?P<paren>\()))?"
            # "March 10-14": a few days, read as the first, as a short stretch is (stretch)
            rf"{mon}\s+{day}(?:[-\u2013](?P<d2>3[01]|[12]\d|0?[1-9]))?(?:,?\s+{year})?"
            r"(?(paren)\))",
        ),
        ("dmy", rf"(?:(?:{wd}),?\s+)?(?:the\s+)?{day}(?:\s+of)?\s+{mon}(?:,?\s+{year})?"),
        # "on the last day of March": that day, not the day before (found in probe325)
        ("edge_day", rf"(?:the\s+)?(?P<fl>first|last)\s+day\s+of\s+{mon}(?:,?\s+{year})?"),
        ("my", rf"(?:{edge}\s*)?{mon}(?:\s+of|,)?\s+(?:{year}|(?P<yrel>this|last|next)\s+year)"),
        ("week_of", rf"(?:the\s+)?(?:{ordn}\s+)?week\s+of\s+{mon}(?:\s+{day})?(?:,?\s+{year})?"),
        (
            "spelled_year",
            rf"(?:the\s+year\s+)?(?P<sy>nineteen|two\s+thousand(?:\s+and)?)"
            rf"(?:[- ](?P<sy2>(?:{b['tens']})(?:[- ](?:one|two|three|four|five|six|seven|"
            r"eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
            r"seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|"
            r"nine|hundred))?",
        ),
    ]


def _period_rules(b: dict[str, str], w: dict[str, Any]) -> list[tuple[str, str]]:
    """Parts of a unit, months, holidays, fiscal years, quarters (in priority order)."""
    year, edge, ordn, rel = b["year"], b["edge"], b["ordn"], b["rel"]
    holidays = [k for k in w["holidays"] if not k.startswith("_")]
    return [
        ("edge_unit", rf"{edge}\s*(?P<unit>year|month|week|day)"),
        (
            "month",
            rf"(?:(?P<rel>this\s+past|this\s+coming|last|next|this|that(?:\s+same)?)\s+|{edge}-?\s*)?"
            rf"{b['mon']}",
        ),
        (
            "holiday",
            rf"(?:(?P<shift>the\s+(?:day|night)\s+(?:before|after))\s+)?"
            rf"(?:(?P<rel>this\s+past|last|next|this)\s+)?(?P<hol>{alternation(holidays)})"
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
    ]


def _era_rules(b: dict[str, str], w: dict[str, Any]) -> list[tuple[str, str]]:
    """Seasons, decades, centuries and bare years."""
    year = b["year"]
    return [
        (
            "season",
            rf"(?:(?P<rel>this\s+past|this\s+coming|last|next|this|early|late|mid-?|the)\s+)?"
            rf"(?P<s>{alternation(w['seasons'])})(?:\s+(?:of\s+)?{year})?",
        ),
        (
            "decade",
            rf"(?:the\s+)?(?:(?P<mod>early|late|mid)[- ])?(?:(?P<dec>1[0-9]\d0|20\d0)|"
            r"'(?P<d2>\d0)|(?<=the\s)(?P<d3>[2-9]0)|(?<=and\s|.or\s)(?P<d4>[2-9]0))'?s"
            rf"|the\s+(?P<dw>{alternation(w['decade_words'])})",
        ),
        ("century", r"(?:the\s+)?(?P<c>\d{1,2})(?:st|nd|rd|th)\s+century"),
        ("year", rf"(?:{b['edge']}-?\s*|(?P<side>pre|post)-)?{year}"),
    ]


# "on the 9th": a day of the month the article was written in, when what follows is no noun
# the ordinal could count ("the 14th Amendment", "on the 3rd floor"), but a word that opens
# a clause or a phrase a day takes and a hole, an inning or a floor hardly does ("voted on
# the 15th against the resolution"; not "birdied on the 15th to take the lead", "scored
# three runs on the 7th with two outs")
_MONTH_DAY = (
    "month_day",
    r"(?<=\bon\s)the\s+(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)"
    r"(?=\s*[,.;:!?]|\s+(?:and|at|in|when|after|before|while|as|against|during|until|amid"
    r"|without|despite|because)\b)",
)


# "every second Monday", "each other Tuesday": which of a month's or a fortnight's
_NTH = r"(?:(?:other|first|second|third|fourth|last)\s+)"
# "earlier in the week", "later in the month": the week or month the story is in
_WITHIN_UNIT = ("within_unit", r"(?P<mod>earlier|later)\s+in\s+the\s+(?P<unit>week|month)")


# "on a Tuesday morning", "One Friday night", "early one Sunday": some such day, not a day of
# the article's week ("at a Friday news conference" is this week's, and so is "two men
# Thursday and one Friday")
_SOME_SUCH_DAY = r"(?<!\bon\sa\s)(?<!(?-i:One)\s)(?<!\bearly\sone\s)(?<!\blate\sone\s)"


# A part of a day told before: "that night", "that same evening", "(released) in the
# afternoon", "By afternoon, 100 people had gathered" (found in probe222); not a clock's "4 in
# the morning".
_PART_OF_THAT_DAY = (
    r"that\s+(?:same\s+)?(?:morning|afternoon|evening|night)|"
    r"(?<=\bin\s)(?<!\d\sin\s)the\s+(?:morning|afternoon|evening)|"
    r"(?<=\bby\s)(?:morning|afternoon|evening)"
)


def _relative_rules(b: dict[str, str], w: dict[str, Any]) -> list[tuple[str, str]]:
    """Units relative to now, "ago", deixis, weekdays, the vague refs and anaphora."""
    refs = {k: alternation(w[k]) for k in ("present_ref", "past_ref", "future_ref")}
    return [
        (
            "rel_unit",
            rf"(?:{b['edge']}\s*)?{b['rel']}\s+(?:(?P<n>two|three|four|five|six|seven|eight|nine|"
            rf"ten|twelve|few|several|\d+)\s+)?(?P<unit>weekend|week|month|year|quarter|"
            r"decade|century|weeks|months|years|decades|days|hours|day)",
        ),
        ("ago", _ago(b)),
        (
            "deictic",
            r"(?:(?P<mod>earlier|later)\s+)?(?P<deixis>the\s+day\s+before\s+yesterday|"
            r"the\s+day\s+after\s+tomorrow|today|yesterday|tomorrow|tonight|"
            r"(?:this|last)\s+(?:morning|afternoon|evening|night))",
        ),
        (
            "weekday",
            rf"{_SOME_SUCH_DAY}(?:(?P<shift>the\s+day\s+(?:before|after))\s+)?"
            rf"(?:(?P<rel>this\s+past|this\s+coming|the\s+following|the\s+next|last|next|this|past|"
            rf"coming)\s+)?{b['wd']}"
            rf"(?:\s+{b['part']})?",
        ),
        ("present", rf"(?:{refs['present_ref']})(?!-)"),
        ("past", rf"(?P<ref>{refs['past_ref']})(?!-)"),
        ("future", rf"(?P<ref>{refs['future_ref']})(?!-)"),
        (
            "anaphor",
            r"(?:(?P<mod>late|early|later|earlier)\s+in\s+)?(?P<ana>the\s+same\s+day|that\s+day|"
            # "The day before, the sheriff said": a day told before, the clause's own after it
            r"the\s+day\s+(?:before|after)(?=\s*[,.;:]|\s+[-–—])|"
            rf"{_PART_OF_THAT_DAY}|"
            r"the\s+day|the\s+weekend|the\s+quarter)(?!\s+(?:before|after|when|that|of|in\s+which|on)\b|'s)"
            rf"(?!,?\s+(?:{b['weekdays']})\b)",
        ),
    ]


def _ago(b: dict[str, str]) -> str:
    """ "three days ago", "two days earlier", "a week later"; "later" only after days or
    longer ("an hour later" stays a duration; "three days later than planned" compares, and
    the date is the one named before it); "a week ago Friday", the Friday of the week
    before the last one; "six years ago today", the page's day six years before."""
    return (
        rf"(?:{b['approx']}\s+)?{b['num']}\s+{b['unit']}\s+(?P<dir>ago|earlier|"
        r"(?<!hour\s)(?<!hours\s)(?<!minute\s)(?<!minutes\s)(?<!second\s)(?<!seconds\s)later)"
        r"(?!\s+than\b)"
        rf"(?:(?<=ago)\s+(?P<agowd>{b['weekdays']}|today)\b)?"
    )


# The parts of a day a recurring weekday may name ("every Tuesday night").
_DAY_PARTS = "morning|afternoon|evening|night"


def _amount_rules(b: dict[str, str], w: dict[str, Any]) -> list[tuple[str, str]]:
    """Durations, sets ("every two weeks") and clock times."""
    weekdays = b["weekdays"]
    return [
        ("duration", rf"(?:{b['approx']}\s+)?{b['num']}[- ]{b['unit']}(?:-long)?"),
        (
            "set",
            rf"(?:{alternation(w['sets'])}|(?:every|each)\s+{_NTH}?{b['wd']}"
            rf"(?:\s+(?P<part>{_DAY_PARTS}))?"
            rf"|every\s+(?P<n>\d+|other|two|three|four|five)\s+{b['unit']}"
            rf"|(?<=\bon\s)(?P<wds>{'|'.join(d for d in w['weekdays'] if d.endswith('day'))})s)"
            r"(?!['’]s\b)",
        ),
        (
            "time",
            # not a docket number's ("No. 2:22-cv-01873")
            r"(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?!-[a-z])(?:\s*(?P<ampm>[ap]\.?m\.?))?"
            r"(?:\s*(?P<tz>UTC|GMT|EST|EDT|CST|CDT|PST|PDT|ET))?"
            # ... or the hour's part of the day: "at 2:15 this afternoon", "at 11:40 last night"
            # (not after a weekday: "at 9:30 Monday morning" leaves "Monday morning" a day)
            rf"(?:,?\s+(?:on\s+)?(?P<tday>today|yesterday|tomorrow|{weekdays})"
            r"|\s+(?P<dpart>(?:(?:this|that|last|in\s+the)\s+)?(?:morning|afternoon|evening|night)"
            r"|tonight)\b)?"
            r"|(?P<h2>1[0-2]|[1-9])\s*(?P<ampm2>[ap]\.m\.|[ap]m\b)"
            r"(?:\s*(?P<tz2>UTC|GMT|EST|EDT|CST|CDT|PST|PDT|ET))?"
            rf"(?:,?\s+(?:on\s+)?(?P<tday2>today|yesterday|tomorrow|{weekdays}))?"
            # "seven o'clock": the hour as said, morning or evening unsaid
            r"|(?P<h3>1[0-2]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
            r"|twelve)\s+o['’]clock(?P<late>\s+(?:in\s+the\s+(?:afternoon|evening)|at\s+night))?"
            rf"(?:,?\s+(?:on\s+)?(?P<tday3>today|yesterday|tomorrow|{weekdays})"
            r"(?P<late2>\s+(?:afternoon|evening|night))?)?"
            # a police report's "at approximately 0630 hours": a 24-hour clock
            r"|(?<=\bat\s)(?:(?:approximately|about|around)\s+)?"
            r"(?P<h4>[01]\d|2[0-3])(?P<mi4>[0-5]\d)\s+hours(?!\s+(?:per|a|an|each|annually)\b)"
            rf"(?:,?\s+(?:on\s+)?(?P<tday4>today|yesterday|tomorrow|{weekdays}))?"
            # "arrested before noon": after a word of when only; not "midnight", whose "after
            # midnight" is the next day's (a review)
            rf"|{_NOON_AFTER}(?P<h5>noon)"
            rf"(?:,?\s+(?:on\s+)?(?P<tday5>today|yesterday|tomorrow|{weekdays}))?",
        ),
    ]


_NOON_AFTER = (
    "(?:"
    + "|".join(rf"(?<=\b{w}\s)" for w in ("at", "by", "before", "after", "until", "around", "past"))
    + ")"
)


def _compile(rx: str) -> re.Pattern[str]:
    """One rule as a pattern that stays on its line and inside word bounds."""
    # an expression never spans a line break (a headline and its dateline stay apart)
    inline = r"[^\S\n]"
    return re.compile(
        r"(?<![\w$£€#-])(?:" + rx.replace(r"\s", inline) + r")" r"(?![\w]|-(?:old|\d))",
        re.I,
    )


def _rules() -> list[tuple[str, re.Pattern[str]]]:
    """Every rule, compiled, in priority order (earlier wins a tie in length)."""
    w = words()
    b = _blocks(w)
    table = (
        _date_rules(b)
        + _period_rules(b, w)
        + _era_rules(b, w)
        + _relative_rules(b, w)
        + [_MONTH_DAY, _WITHIN_UNIT]
        + _amount_rules(b, w)
    )
    return [(name, _compile(rx)) for name, rx in table]


RULES = _rules()
PRIORITY = {name: i for i, (name, _) in enumerate(RULES)}
