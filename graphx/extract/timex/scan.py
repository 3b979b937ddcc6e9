"""Run the recognition rules over a text: the longest plausible matches, without overlaps.

``scan`` returns the longest non-overlapping matches of ``graphx.extract.timex.rules``,
each tagged with the rule that found it and its named groups, after
``graphx.extract.timex.plausible`` has rejected the non-dates;
``graphx.extract.timex.normalise`` turns them into TimeML values.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from graphx.extract.timex.plausible import plausible
from graphx.extract.timex.rules import PRIORITY, RULES, Found, words

__all__ = ["scan"]

_NON_DATE_AFTER = re.compile(words()["non_date_after"], re.I)
_NEXT_DAY = re.compile(
    r"[^\S\n]+(?:and|or)[^\S\n]+(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
    r"(?:,?[^\S\n]+(?P<y>1[89]\d\d|20\d\d))?(?![\w%:,.]\d|\w)"
)


def _matches(text: str) -> list[Found]:
    """Every match of every rule, longest first, then by rule priority and position."""
    found: list[Found] = []
    for name, rx in RULES:
        for m in rx.finditer(text):
            groups = tuple((k, v) for k, v in m.groupdict().items() if v)
            found.append(Found(m.start(), m.end(), name, groups))
    found.sort(key=lambda f: (f.start - f.end, PRIORITY[f.rule], f.start))
    return found


def _second_day(text: str, f: Found, taken: bytearray) -> Found | None:
    """ "April 24 and 25": the second day shares the month (and year) of ``f``."""
    more = _NEXT_DAY.match(text, f.end)
    if more is None or text[f.end - 1] == ")":  # "on Monday (March 12) and 10 on Tuesday"
        return None
    day, end = more.start("d"), more.end()
    if any(taken[day:end]) or _NON_DATE_AFTER.match(text[end : end + 30]):
        return None
    groups = tuple((k, v) for k, v in f.groups if k == "mon" or k == "y") + tuple(
        (k, v) for k, v in more.groupdict().items() if v
    )
    return Found(day, end, "mdy", groups)


def scan(text: str, *, candidates: Sequence[tuple[int, int]] = ()) -> list[Found]:
    """Every time expression the rules find, longest first, without overlaps.

    Args:
        text: any text.
        candidates: spans a statistical tagger marked DATE/TIME; they only
            vouch for ambiguous matches (a lower-case month, an old year).

    Returns:
        The matches in text order.

    >>> text = "On Friday, May 3, 2019 and 2020"
    >>> [(f.rule, text[f.start:f.end]) for f in scan(text)]
    [('mdy', 'Friday, May 3, 2019'), ('year', '2020')]
    """
    chosen: list[Found] = []
    taken = bytearray(len(text) + 1)
    for f in _matches(text):
        if any(taken[f.start : f.end]):
            continue
        hinted = any(s <= f.start and f.end <= e for s, e in candidates)
        if not plausible(text, f, hinted):
            continue
        taken[f.start : f.end] = b"\x01" * (f.end - f.start)
        chosen.append(f)
        if f.rule == "mdy" and (second := _second_day(text, f, taken)):
            taken[second.start : second.end] = b"\x01" * (second.end - second.start)
            chosen.append(second)
    return sorted(chosen, key=lambda f: f.start)
