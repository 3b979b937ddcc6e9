"""What a verb's tense and aspect say of when its act took place.

A present progressive ("the office is filing a petition", "subpoenas are being
served") tells an act going on as the article was written; with no time
expression of its own, that is its date, uncertain (issue 15). A habit or a trend
("is routinely filing", "is increasingly turning to"; ``progressive_habits`` in
``resources/time_words.json``) is no act of that day.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from graphx.extract.timex.spans import span_of
from graphx.lexicon import Lexicon, shipped
from graphx.model import Document, TimeExpression

__all__ = ["TENSE_ONLY", "days_written", "going_on", "progressive_habits"]

TENSE_ONLY = "PRESENT_REF"  # the value of a time read from a verb's tense, not from words


def progressive_habits(lexicon: Lexicon | None = None) -> frozenset[str]:
    """Adverbs with which a progressive tells a habit or a trend (``time_words.json``)."""
    return (lexicon or shipped()).derived(_habits)


def _habits(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon.json("time_words.json")["progressive_habits"])


def days_written(document: Document) -> tuple[dt.date, dt.date] | None:
    """The days a document was written in: its publication day and the day before (a
    dated page lags what it tells by a day), or the span of a coarser date; None when it
    has none or only a lower bound."""
    if not document.published or document.published_is_lower_bound:
        return None
    first, last = span_of(document.published)
    if not first:
        return None
    start, end = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    if start == end and start > dt.date.min:
        start -= dt.timedelta(days=1)
    return start, end


def _progressive_be(trigger: Token) -> Token | None:
    """The present "is"/"are" of a present progressive ("is filing", "are being served":
    the passive's "being" is the -ing), unless it tells a habit or a trend."""
    if trigger.tag_ == "VBN":
        if not any(c.dep_ == "auxpass" and c.tag_ == "VBG" for c in trigger.children):
            return None
    elif trigger.tag_ != "VBG":
        return None
    habits = progressive_habits()
    if any(c.lower_ in habits for c in trigger.children if c.dep_ == "advmod"):
        return None
    return next(
        (
            c
            for c in trigger.children
            if c.dep_ == "aux" and c.lemma_ == "be" and c.tag_ in ("VBZ", "VBP")
        ),
        None,
    )


def going_on(
    trigger: Token, headline_end: int, now: tuple[dt.date, dt.date] | None
) -> TimeExpression | None:
    """When a present progressive with no date of its own took place: going on in ``now``,
    the days the article was written in, marked uncertain; with no such days (no
    publication date, or only a lower bound), the tense alone, for the corpus to date
    (``resolve.published``). None for any other verb, and in a headline."""
    be = _progressive_be(trigger) if trigger.idx >= headline_end else None
    if be is None:
        return None
    text = trigger.doc[be.i : trigger.i + 1].text
    told = f"{text!r}, told as going on when the article was written"
    span = f": {now[0].isoformat()} to {now[1].isoformat()}" if now else " (its date unknown)"
    return TimeExpression(
        text=text,
        start=be.idx,
        end=trigger.idx + len(trigger.text),
        value=TENSE_ONLY,
        date_start=now[0].isoformat() if now else "",
        date_end=now[1].isoformat() if now else "",
        precision="day" if now and now[0] == now[1] else "",
        uncertain=True,
        reading=told + span,
    )
