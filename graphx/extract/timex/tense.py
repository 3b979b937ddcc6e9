"""The tense of the clause around a time expression: does it look ahead or back?

A bare weekday or month is read as the most recent one unless its clause
looks ahead ("will", "scheduled", "next"...), then as the coming one; a day
of month said in the past tense may lie further back. The cue words are in
``resources/time_words.json``.
"""

from __future__ import annotations

import re

from graphx.extract.timex.rules import words

__all__ = ["tense"]

_W = words()
_FUTURE = re.compile(_W["future_cues"], re.I)
_PAST = re.compile(_W["past_cues"], re.I)
_FUTURE_PREP = re.compile(_W["future_prepositions"], re.I)
# a past perfect in the clause a "by" time opens: what was done by then
# (its main clause: no modal before it, no comma; "By Monday morning, the county must
# return the money it had received" still looks ahead)
_HAD_DONE = re.compile(
    r",?\s*(?![^.;\n,]*?\b(?:must|will|would|should|shall|can|could|may|might|expected)\b)"
    r"[^.;\n,]{0,60}?\bhad\s+(?:\w+\s+)?(?:been\s+)?\w+(?:ed|en|wn|ght)\b",
    re.I,
)
_FUTURE_BEFORE = re.compile(_W["future_before_cues"], re.I)
_CLAUSE_VERB_AFTER = re.compile(_W["clause_verb_after"], re.I)
_PRESENT = re.compile(r"\b(?:is|are|am)\b(?!\s+(?:to|going|expected|scheduled|due|set)\b)", re.I)
_REPORTED_ON = re.compile(_W["reported_on"], re.I)


def _last_end(rx: re.Pattern[str], text: str, start: int, end: int) -> int:
    """Where the last match of ``rx`` in ``text[start:end]`` ends, else -1."""
    return max((m.end() for m in rx.finditer(text, start, end)), default=-1)


def _cue_after(text: str, end: int, stop: int | None) -> str:
    """The first tense cue after the mention, up to ``stop``, not into a reported clause."""
    after = text[end : min(end + 100, len(text) if stop is None else stop)]
    after = after.split(" that ", 1)[0]  # not into a reported clause
    first_future = _FUTURE.search(after)
    first_past = _PAST.search(after)
    if first_future and (not first_past or first_future.start() < first_past.start()):
        return "future"
    return "past" if first_past else ""


def _cue_before(text: str, start: int, end: int, stop: int | None, after: int) -> str:
    """The closest cue before the mention; an "is"/"are" after it leaves the direction open.
    With none, the first cue after the mention's end (``after``): the "next" of "The next
    day" is the mention's own word, no cue."""
    future = max(_last_end(_FUTURE, text, start, end), _last_end(_FUTURE_BEFORE, text, start, end))
    past = _last_end(_PAST, text, start, end)
    present = _last_end(_PRESENT, text, start, end)
    if present > max(future, past) >= 0:
        return ""
    if future < 0 and past < 0:  # "Thursday, officials will meet": look just after
        return _cue_after(text, after, stop)
    return "future" if future >= past else "past"


def tense(
    text: str, start: int, end: int, *, mention_end: int | None = None, stop: int | None = None
) -> str:
    """ "future" or "past" from the tense cues around a mention, else "".

    Tried in order: a preposition that looks ahead ("by Friday"); a reporting
    verb just before ("officials said Friday"); the verb right after a mention
    that is the subject of its clause ("Saturday was cancelled"); the closest
    cue before it ("will", "planned", "was", a past participle), where a
    present-tense "is"/"are" after the last past or future cue leaves the
    direction open ("had filed, and the case is heard in March"); else the
    first cue after it, up to ``stop`` (the end of the sentence). ``end`` is
    where the mention starts, ``mention_end`` where it ends.

    >>> tense("The team planned to leave on Thursday", 0, 29)
    'future'
    >>> tense("On Thursday the team planned to leave", 0, 3, mention_end=11)
    ''
    >>> tense("A visit planned for Saturday was cancelled", 0, 20, mention_end=28)
    'past'
    """
    ahead = _FUTURE_PREP.search(text, max(0, end - 14), end)
    opens = ahead is not None and not text[start : ahead.start()].strip()
    if opens and _HAD_DONE.match(text, mention_end or end, stop or len(text)):
        return "past"  # "By Tuesday afternoon, 100 people had crowded into the hall"
    if ahead:
        return "future"
    if _REPORTED_ON.search(text, max(0, end - 24), end):  # "officials said Friday"
        return "past"
    if mention_end is not None and (verb := _CLAUSE_VERB_AFTER.match(text, mention_end)):
        return "past" if verb.group("past") else "future"
    return _cue_before(text, start, end, stop, end if mention_end is None else mention_end)
