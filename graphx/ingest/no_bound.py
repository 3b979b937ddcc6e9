"""Dates an article names that bound no publication date: a deadline or a span's end
("by 2030"), a fiscal year ("fiscal 2022"); nor, but by their year, the day a page was
changed ("Updated: May 1, 2025"; it was published before) and the day of what a list
announces ("- Know your rights workshop: Saturday, May 3, 2025, 10 a.m."; it is to come).
"""

from __future__ import annotations

import re

__all__ = ["changed_or_listed", "fiscal", "forward", "founded"]

# A year after these words is a deadline or a forecast, not something that happened.
_FORWARD = re.compile(r"\b(by|until|till|through|before)\s*$", re.IGNORECASE)
# A motto's founding year, ending a short line of its own with no stop, its word capitalised
# ("Maui's Free Weekly Since 1996", "Est. 1887"): the paper's age, years before what it
# prints; a sentence's "has paid the county since 2009." or a headline's "highest level
# since 2019" bounds the article.
_FOUNDED = re.compile(r"\b(?:Since|Est\.|EST\.|Established|Founded)(?:[^\S\n]+in)?[^\S\n]*$")
_MOTTO_LINE = 80
_FROM_YEAR = re.compile(r"\bfrom\s+(?:19|20)\d\d\s+through\s*$", re.IGNORECASE)
# A fiscal or budget year is a budget's period, mostly one to come: "a budget for fiscal
# 2022", "the 2022 fiscal year", "FY 2022", "the county's 2023 budget hearings this fall"
# bound no publication date.
_FISCAL_BEFORE = re.compile(r"\b(?:fiscal(?:\s+year)?|FY)\s*$", re.IGNORECASE)
_FISCAL_AFTER = re.compile(r"^\s+(?:fiscal|budget)\b", re.IGNORECASE)
# A page's change stamp or note, right before the day on its line: "Updated: May 1, 2025" at
# a line's start or after a separator, "This statement was updated May 1 to correct ..."; not
# prose of something else changed ("The rule was changed on March 3, 2024", a review).
_CHANGED = re.compile(
    r"(?:^[^\S\n]*|[|\u00b7\u2022][^\S\n]*|\b(?:this|story|article|statement|post|page|report)"
    r"[^\S\n]+(?:was|has[^\S\n]+been)[^\S\n]+)(?:last[^\S\n]+)?updated[^\S\n]*(?:on[^\S\n]+)?:?"
    r"[^\S\n]*(?:[A-Z][a-z]+day,?[^\S\n]*)?$",
    re.IGNORECASE,
)
# A list's item that names a thing, a colon, then its day and its hour: "- Vigil: Friday, June
# 6, 7 p.m." (what is announced); not a timeline's "- Arrested: March 3, 2024".
_LISTED = re.compile(
    r"^[^\S\n]*[-\u2022*][^\S\n]+[^:\n]{2,60}:[^\S\n]*(?:[A-Z][a-z]+day,?[^\S\n]*)?$"
)


_CLOCK = re.compile(r"\b\d{1,2}(?::\d\d)?[^\S\n]*[ap]\.?m\b", re.IGNORECASE)


def forward(before: str) -> bool:
    """Whether the words before a bare year make it a deadline or a span's end, maybe to
    come ("by 2030", "covers two officers through 2012"); not a span told whole, over
    ("from 2015 through 2019")."""
    found = _FORWARD.search(before)
    if found is None:
        return False
    return not (found.group(1).lower() == "through" and _FROM_YEAR.search(before))


def founded(text: str, start: int, size: int) -> bool:
    """Whether a bare year ends a motto's line after "since" or "founded" ("Maui's Free
    Weekly Since 1996").

    >>> text = "Jail Holds Rise\\nFree Weekly Since 1996\\nIt has paid the county since 2009."
    >>> founded(text, text.index("1996"), 4), founded(text, text.index("2009"), 4)
    (True, False)
    """
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == 0:
        return False  # the headline's
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    short = line_end - line_start <= _MOTTO_LINE
    ends_line = not text[start + size : line_end].strip()
    return short and ends_line and bool(_FOUNDED.search(text[line_start:start]))


def fiscal(text: str, start: int, size: int) -> bool:
    """Whether a bare year names a fiscal year ("fiscal 2022", "the 2022 fiscal year")."""
    before = text[max(0, start - 14) : start]
    return bool(_FISCAL_BEFORE.search(before) or _FISCAL_AFTER.match(text[start + size :]))


def changed_or_listed(text: str, start: int) -> bool:
    """Whether the date at ``start`` is the day the page was changed, or the day a list's
    item announces (a line opening with a dash or a bullet, the thing, a colon, and an hour
    after the day).

    >>> text = "Updated: May 1, 2025\\n- Vigil: Friday, May 3, 2025, 7 p.m."
    >>> changed_or_listed(text, text.index("May 1")), changed_or_listed(text, text.index("May 3"))
    (True, True)
    >>> changed_or_listed("- March 3, 2019: ICE raided the plant", 2)
    False
    """
    line = text[text.rfind("\n", 0, start) + 1 : start]
    rest = text[start : (text.find("\n", start) + 1 or len(text) + 1) - 1]
    return bool(_CHANGED.search(line) or (_LISTED.match(line) and _CLOCK.search(rest)))
