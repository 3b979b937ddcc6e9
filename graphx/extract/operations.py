"""Acts done during an operation told only by its end (issue 15).

"ICE officers arrested 27 people during a five-day operation that ended Thursday": the
arrests took place in the five days up to Thursday, and the operation's end is no act of
its own (``triggers``: no policy ended). With no count of days ("an operation that wrapped
up Friday") the week up to its end, marked uncertain. The words are ``operation_nouns``
and ``operation_ends`` in ``time_words.json``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from graphx.extract import clauses
from graphx.extract.timex.rules import words
from graphx.extract.triggers import event_sense, load_taxonomy
from graphx.model import TimeExpression

__all__ = ["date_acts_by_operation_ends"]

_A_WEEK = 7
_WITHIN = frozenset({"during", "in"})


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
        for noun, end in _operations(doc[i]):
            time = ends.get(end.i)
            days = time and time.precision in ("day", "time") and _days_up_to(noun, end, time)
            if days:
                attached[i] = days
                break


def _operations(act: Token) -> list[tuple[Token, Token]]:
    """The operation nouns a past act was done during ("during a five-day operation that
    ended Thursday"), each with the verb that tells its end."""
    if act.pos_ != "VERB" or not clauses.is_past(act) or event_sense(act, load_taxonomy()) is None:
        return []
    nouns = [n for p in act.children if p.lower_ in _WITHIN for n in p.children if n.dep_ == "pobj"]
    ending = words()["operation_ends"]
    return [
        (noun, verb)
        for noun in nouns
        if noun.lemma_.lower() in words()["operation_nouns"]
        for verb in noun.children
        if verb.dep_ in ("relcl", "acl") and _phrasal(verb) in ending and not _has_object(verb)
    ]


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


def _days_counted(noun: Token) -> int | None:
    """The days an operation noun counts: "five-day", "10-day", "two-week", "weeklong";
    0 for a count of no use ("two-year"), else None."""
    for word in noun.children:
        if word.lower_.replace("-", "") == "weeklong":
            return _A_WEEK
        counts = [c for c in word.children if c.dep_ == "nummod"]
        if counts and word.dep_ in ("compound", "amod", "nmod"):
            number = counts[0].lower_
            value = int(number) if number.isdigit() else words()["numbers"].get(number)
            days = (value or 0) * _UNIT_DAYS.get(word.lemma_.lower(), 0)
            return days if 0 < days <= _LONGEST else 0
    return None
