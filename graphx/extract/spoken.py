"""The day a spoken text speaks on, which its transcript's page may postdate (issue 15).

A radio show's transcript opens "HOST: It's Thursday, and this is ..." and is posted the
next morning: its "tonight" and "Tuesday" are read from that Thursday, not from the page's
date. The cue words and how far into the page they count are ``spoken_day`` in
``resources/time_words.json``.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from graphx.extract.timex.rules import words

__all__ = ["spoken_day", "spoken_weekday"]

_WEEK_BACK = 6  # the day a page names as its present is at most six days before it


@cache
def _cue() -> tuple[re.Pattern[str], int]:
    told = words()["spoken_day"]
    cues = "|".join(re.escape(c) for c in sorted(told["cues"], key=len, reverse=True))
    days = [d for d in words()["weekdays"] if d.endswith("day")]
    # at a line's start, after a speaker's label ("HOST:") or a sentence's end
    opens = r"(?:^|[.!?]\s+|^[A-Z][\w .,'’-]{0,40}:\s*)"
    pattern = rf"{opens}(?:{cues})\s+({'|'.join(days)})\b(?!['’]s)"
    return re.compile(pattern, re.I | re.M), int(told["within_characters"])


def spoken_weekday(text: str) -> int | None:
    """The day of the week (Monday 0) a text tells as the one it speaks on, else None.

    >>> spoken_weekday("Lake Radio\\n\\nHOST: It's Wednesday, and this is the show.")
    2
    >>> spoken_weekday("She said it is Wednesday's vote that matters.") is None
    True
    """
    pattern, within = _cue()
    found = pattern.search(text[:within])
    return words()["weekdays"][found[1].lower()] if found else None


def spoken_day(text: str, published: str) -> str:
    """The day a text published on ``published`` (an ISO day) speaks on, when it names
    another weekday as its present: the last such day before publication; else "".

    >>> spoken_day("HOST: It's Thursday. Tonight the board voted.", "2019-06-14")
    '2019-06-13'
    >>> spoken_day("HOST: It's Friday. Tonight the board voted.", "2019-06-14")
    ''
    """
    weekday = spoken_weekday(text)
    if weekday is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", published):
        return ""
    day = dt.date.fromisoformat(published)
    back = (day.weekday() - weekday) % 7
    return (day - dt.timedelta(days=back)).isoformat() if 0 < back <= _WEEK_BACK else ""
