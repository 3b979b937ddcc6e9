"""Acts done during an operation told by its end (issue 15).

"ICE officers arrested 27 people during a five-day operation that ended Thursday": the
arrests took place in the five days up to Thursday, and the operation's end is no act of
its own (``triggers``: no policy ended). With no count of days ("an operation that wrapped
up Friday") the week up to its end, marked uncertain; with its start told too ("that began
Feb. 5 and concluded Feb. 9"), from that day. Days counted without an operation's noun are
one too ("arrested 162 people over five days ending Friday", "in the week ending
Thursday"). A report of the days is told after them, not done in them. The words are
``operation_nouns``, ``operation_starts`` and ``operation_ends`` in ``time_words.json``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from graphx.extract import clauses
from graphx.extract.timex.rules import words
from graphx.extract.triggers import event_sense, load_taxonomy
from graphx.model import TimeExpression

__all__ = ["date_acts_by_operation_ends"]

_A_WEEK = 7
_WITHIN = frozenset({"during", "in", "over"})
_TOLD_AFTER = frozenset({"statement", "publication"})  # told of the days, not done in them


def date_acts_by_operation_ends(
    doc: Doc,
    dating: Sequence[tuple[TimeExpression, Span]],
    triggers: set[int],
    attached: dict[int, TimeExpression],
) -> None:
    """Give each undated past act done during an operation the days up to the operation's
    dated end (``attached``: trigger index -> time, changed in place)."""
    ends = {clauses.verb_of_time(span).i: time for time, span in dating}
    ends |= {i: time for i, time in attached.items() if doc[i].pos_ == "VERB"}
    for i in sorted(triggers - set(attached)):
        for noun, end, begin in _operations(doc[i]):
            time, first = ends.get(end.i), ends.get(begin.i) if begin is not None else None
            days = time and time.precision in ("day", "time") and _days_up_to(noun, end, time)
            if days and first is not None and first.precision == "day":
                days = _from_its_start(days, first)
            if days:
                attached[i] = days
                break


def _operations(act: Token) -> list[tuple[Token, Token, Token | None]]:
    """The operation nouns a past act was done during ("during a five-day operation that
    ended Thursday", "over five days ending Friday"), each with the verb that tells its end
    and the one that tells its start, if any ("that began Feb. 5 and concluded Feb. 9")."""
    sense = event_sense(act, load_taxonomy()) if act.pos_ == "VERB" else None
    if sense is None or not clauses.is_past(act) or sense[0] in _TOLD_AFTER:
        return []  # "ICE reported 40 arrests in the week ending Thursday": a report, after
    nouns = [n for p in act.children if p.lower_ in _WITHIN for n in p.children if n.dep_ == "pobj"]
    found: list[tuple[Token, Token, Token | None]] = []
    for noun in (n for n in nouns if _an_operation(n)):
        told = [v for v in noun.children if v.dep_ in ("relcl", "acl") and not _has_object(v)]
        told += [c for v in told for c in v.children if c.dep_ == "conj" and not _has_object(c)]
        ends = [v for v in told if _phrasal(v) in words()["operation_ends"]]
        begins = [v for v in told if _phrasal(v) in words()["operation_starts"]]
        found.extend((noun, end, begins[0] if begins else None) for end in ends[:1])
    return found


def _an_operation(noun: Token) -> bool:
    """An operation's noun ("sweep"), or days counted ("five days", "the week")."""
    lemma = noun.lemma_.lower()
    counted = lemma == "week" or (lemma in _UNIT_DAYS and _counted_days(noun) is not None)
    return lemma in words()["operation_nouns"] or counted


def _from_its_start(days: TimeExpression, first: TimeExpression) -> TimeExpression:
    """The operation's days from the day it began to the day it ended ("began Feb. 5 and
    concluded Feb. 9"), when the start is before the end."""
    if not first.date_start or first.date_start > days.date_end:
        return days
    return replace(
        days,
        value=f"{first.date_start}/{days.date_end}",
        date_start=first.date_start,
        uncertain=days.uncertain or first.uncertain,
        reading=f"{days.reading.split(':')[0]}: from {first.text} to its end",
    )


def _has_object(verb: Token) -> bool:
    """ "an operation that closed Main Street": no end of the operation's own."""
    return any(c.dep_ == "dobj" for c in verb.children)


def _phrasal(verb: Token) -> str:
    """A verb's lemma with its particle, when it has one ("wrapped up" -> "wrap up")."""
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return " ".join([verb.lemma_.lower(), *particles[:1]])


def _days_up_to(noun: Token, end: Token, time: TimeExpression) -> TimeExpression | None:
    """The days an operation lasted, up to the day it ended: as many as it counts ("a
    five-day operation"), else a week, uncertain."""
    count = _days_counted(noun)
    if count == 0:
        return None
    last = dt.date.fromisoformat(time.date_end)
    first = last - dt.timedelta(days=(count or _A_WEEK) - 1)
    told = noun.doc[noun.left_edge.i : end.right_edge.i + 1]
    return TimeExpression(
        text=told.text,
        start=told.start_char,
        end=told.end_char,
        value=f"{first.isoformat()}/{last.isoformat()}",
        date_start=first.isoformat(),
        date_end=last.isoformat(),
        precision="range",
        uncertain=time.uncertain or count is None,
        reading=f"'{told.text}': the {count or _A_WEEK} days up to {time.text}",
    )


_UNIT_DAYS = {"day": 1, "week": _A_WEEK, "month": 30}
_LONGEST = 92  # a season: an operation counted longer tells no days worth placing


def _days_of(count: Token, unit: Token) -> int:
    """The days a count of a unit makes ("five" "days", "10" "-day"), 0 when of no use."""
    number = count.lower_
    value = int(number) if number.isdigit() else words()["numbers"].get(number)
    days = (value or 0) * _UNIT_DAYS.get(unit.lemma_.lower(), 0)
    return days if 0 < days <= _LONGEST else 0


def _counted_days(noun: Token) -> int | None:
    """The days a noun of days counts itself ("five days", "two weeks"), else None."""
    counts = [c for c in noun.children if c.dep_ == "nummod"]
    if not counts or noun.lemma_.lower() not in _UNIT_DAYS:
        return None
    return _days_of(counts[0], noun)


def _days_counted(noun: Token) -> int | None:
    """The days an operation noun counts: "five-day", "10-day", "two-week", "weeklong",
    "five days"; 0 for a count of no use ("two-year"), else None ("the week": a week)."""
    if (counted := _counted_days(noun)) is not None:
        return counted
    for word in noun.children:
        if word.lower_.replace("-", "") == "weeklong":
            return _A_WEEK
        counts = [c for c in word.children if c.dep_ == "nummod"]
        if counts and word.dep_ in ("compound", "amod", "nmod"):
            return _days_of(counts[0], word)
    return None
