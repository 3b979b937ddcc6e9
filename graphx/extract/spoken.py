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
def _cue() -> tuple[re.Pattern[str], re.Pattern[str], int]:
    """The first speaker's line, and its words that name the day; "It is Monday." in a
    correction, "It's Monday through Friday" of opening hours, a newsletter's "Good morning.
    It's Monday" dated the evening before, "WHEN: It's Saturday" name no day a page speaks
    on (reviews)."""
    told = words()["spoken_day"]
    cues = "|".join(re.escape(c) for c in sorted(told["cues"], key=len, reverse=True))
    days = "|".join(d for d in words()["weekdays"] if d.endswith("day"))
    roles = "|".join(re.escape(r.upper()) for r in told["speakers"])
    name = r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){1,3}"
    speaker = re.compile(rf"^(?:{name}(?:, ?(?:{roles}))?|{roles}):[ \t]*(.*)$", re.M)
    months = "|".join(words()["months"])
    day = rf"^(?:[^.!?]{{0,40}}[.!?]\s+)?(?:{cues})\s+({days})\b(?=\s*[,.;])(?!,\s*(?:{months})\b)"
    return speaker, re.compile(day, re.I), int(told["within_characters"])


def spoken_weekday(text: str) -> int | None:
    """The day of the week (Monday 0) a text tells as the one it speaks on, else None.

    >>> spoken_weekday("Lake Radio\\n\\nHOST: It's Wednesday, and this is the show.\\nGUEST: Hi.")
    2
    >>> spoken_weekday("CORRECTION: It is Monday, not Tuesday, when the council meets.") is None
    True
    """
    speaker, day, within = _cue()
    first = speaker.search(text[:within])
    # a transcript's lines are a dialogue: one host's line quoted in a story is no page's day
    dialogue = first is not None and speaker.search(text, first.end()) is not None
    found = day.match(first[1]) if first and dialogue else None
    return words()["weekdays"][found[1].lower()] if found else None


def spoken_day(text: str, published: str) -> str:
    """The day a text published on ``published`` (an ISO day) speaks on, when it names
    another weekday as its present: the last such day before publication; else "".

    >>> spoken_day("HOST: It's Thursday. Tonight the board voted.\\nGUEST: Yes.", "2019-06-14")
    '2019-06-13'
    >>> spoken_day("HOST: It's Friday. Tonight the board voted.\\nGUEST: Yes.", "2019-06-14")
    ''
    """
    weekday = spoken_weekday(text)
    if weekday is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", published):
        return ""
    day = dt.date.fromisoformat(published)
    back = (day.weekday() - weekday) % 7
    return (day - dt.timedelta(days=back)).isoformat() if 0 < back <= _WEEK_BACK else ""
