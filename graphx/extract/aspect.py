"""What a verb's tense and aspect say of when its act took place.

A present progressive ("the office is filing a petition", "subpoenas are being
served") tells an act going on as the article was written; with no time
expression of its own, that is its date, uncertain (issue 15). A habit or a trend
("is routinely filing", "is increasingly turning to"; ``progressive_habits`` in
``resources/time_words.json``) is no act of that day.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from graphx.extract.timex.normalise import find_time_expressions
from graphx.extract.timex.spans import (
    month_day_named,
    offset_in_words,
    span_of,
    weekday_named,
    weekdays_told_in_full,
)
from graphx.lexicon import Lexicon, shipped
from graphx.model import Document, TimeExpression

__all__ = [
    "TENSE_ONLY",
    "after_it_was_written",
    "counted_from_now",
    "runs_until",
    "days_written",
    "going_on",
    "looking_ahead_verbs",
    "past_read_ahead",
    "present_beside_past",
    "progressive_habits",
    "still_to_come",
    "time_expressions",
    "told_as_now",
    "told_in_the_past",
    "weekdays_read_in_full",
    "written_then",
]

TENSE_ONLY = "PRESENT_REF"  # the value of a time read from a verb's tense, not from words


def progressive_habits(lexicon: Lexicon | None = None) -> frozenset[str]:
    """Adverbs with which a progressive tells a habit or a trend (``time_words.json``)."""
    return (lexicon or shipped()).derived(_habits)


def _habits(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon.json("time_words.json")["progressive_habits"])


def _meanwhile(lexicon: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    table = lexicon.json("time_words.json")["meanwhile"]
    return frozenset(table["marks"]), frozenset(table["heads"])


def told_as_now(trigger: Token, lexicon: Lexicon | None = None) -> bool:
    """A simple present told as going on while its head's act does: "is slamming the mayor
    as the agency issues subpoenas", "the suit comes as ICE ramps up arrests" (``meanwhile``
    in ``time_words.json``). Elsewhere a simple present tells a habit ("ICE issues
    detainers"), and a headline's is its own convention."""
    if trigger.tag_ not in ("VBZ", "VBP") or trigger.dep_ != "advcl":
        return False
    marks, heads = (lexicon or shipped()).derived(_meanwhile)
    if not any(c.dep_ == "mark" and c.lower_ in marks for c in trigger.children):
        return False
    head = trigger.head
    present = head.tag_ in ("VBZ", "VBP") and head.lemma_.lower() in heads
    return present or _progressive_be(head) is not None


def seen_done(trigger: Token, lexicon: Lexicon | None = None) -> bool:
    """An act in the bare form that a past verb of seeing or hearing took in
    (``perceived`` in ``time_words.json``): "watched four commissioners vote to join the
    program", "saw agents arrest him" (found in probe165) happened then."""
    head = trigger.head
    if trigger.tag_ not in ("VB", "VBP") or trigger.dep_ not in ("ccomp", "xcomp"):
        return False
    if any(c.dep_ in ("aux", "neg") for c in (*trigger.children, *head.children)):
        return False  # "will watch them vote", "did not see them vote"
    seeing = (lexicon or shipped()).derived(_perceived)
    return head.tag_ == "VBD" and head.lemma_.lower() in seeing


def _perceived(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(lexicon.json("time_words.json")["perceived"]["verbs"])


def looking_ahead_verbs(lexicon: Lexicon | None = None) -> frozenset[str]:
    """Verbs whose past tense still looks ahead: "scheduled the vote Thursday"."""
    return (lexicon or shipped()).derived(_ahead)


def _ahead(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon.json("time_words.json")["looking_ahead_verbs"])


def told_in_the_past(verb: Token) -> bool:
    """A verb in the past tense or the perfect ("sued", "was arrested", "has filed"), with
    no modal ("would sue") and not one that looks ahead ("scheduled")."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in looking_ahead_verbs():
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in auxiliaries):
        return False
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(a.tag_ == "VBD" or a.lemma_ == "have" for a in auxiliaries)


def _verb_of_time(doc: Doc, time: TimeExpression) -> Token | None:
    """The verb a bare time ("sued Tuesday"), an "on" time or a time's noun ("Tuesday's
    hearing") hangs on, else None."""
    span = doc.char_span(time.start, time.end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ == "on":
        return root.head.head
    if root.dep_ == "poss":
        # "sat through Tuesday night's hearing": the verb the possessed noun hangs on
        return next((t for t in list(root.head.ancestors)[:4] if t.pos_ in ("VERB", "AUX")), None)
    return root.head if root.dep_ in ("npadvmod", "tmod") else None


def past_read_ahead(doc: Doc, times: Sequence[TimeExpression], published: str) -> dict[int, str]:
    """Start offset -> "past" for each time read after the publication date although the
    verb it hangs on tells a past act.

    The cue words around a time can mislead: in "Saying agents should focus on felons,
    Obama announced a program on Thursday", the "should" of another clause made
    "Thursday" the coming one. The parse knows which verb "Thursday" belongs to, and that
    verb is in the past.
    """
    last = span_of(published)[1] if published else ""
    if not last:
        return {}
    past = {}
    for time in times:
        if time.date_start > last and (verb := _verb_of_time(doc, time)) is not None:
            if told_in_the_past(verb):
                past[time.start] = "past"
    return past


def time_expressions(
    doc: Doc, *, dct: str, dct_certain: bool = True, bounded: bool = True, after: bool = False
) -> list[TimeExpression]:
    """Every time expression of a parsed text (``find_time_expressions``), the tagger's
    DATE and TIME spans as hints, read again where the parse shows a past act that the
    cue words read ahead (:func:`past_read_ahead`). ``after``: ``dct`` is only a lower
    bound."""
    candidates = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in ("DATE", "TIME")]

    def found(tenses: dict[int, str] | None = None) -> list[TimeExpression]:
        return find_time_expressions(
            doc.text,
            dct=dct,
            dct_certain=dct_certain,
            candidates=candidates,
            bounded=bounded,
            tenses=tenses,
            after=after,
        )

    times = found()
    past = {} if after else past_read_ahead(doc, times, dct)
    return found(past) if past else times


def weekdays_read_in_full(doc: Doc, times: list[TimeExpression]) -> list[TimeExpression]:
    """The times as the acts of the text read them: a bare weekday of a page with no date as
    the one month and day the page tells as done with that weekday (``weekdays_told_in_full``);
    the page's own times keep the weekday, which dates the page by the week of what it
    reports (``resolve.published``: probe212's blog lost its week when they did not)."""
    return weekdays_told_in_full(times, {t.start for t in times if _told_as_done(doc, t)})


_RELATED = frozenset({"after", "before", "since", "until"})  # a clause told by another act


def _told_as_done(doc: Doc, time: TimeExpression) -> bool:
    """A time whose nearest verb above it tells what was done ("arrived at 8 a.m. Thursday,
    June 13"; not "Join us at the meeting on Wednesday, March 6"), not as what came before
    or after another act ("The vote came after agents detained 41 workers on Thursday, June
    13": a review)."""
    span = doc.char_span(time.start, time.end, alignment_mode="expand")
    verbs = (t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")) if span else iter(())
    verb = next(verbs, None)
    if verb is None or not told_in_the_past(verb):
        return False
    return not any(c.dep_ == "mark" and c.lower_ in _RELATED for c in verb.children)


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
    """When a present progressive with no date of its own, or a present told as going on
    with one (:func:`told_as_now`), took place: going on in ``now``,
    the days the article was written in, marked uncertain; with no such days (no
    publication date, or only a lower bound), the tense alone, for the corpus to date
    (``resolve.published``). None for any other verb, and in a headline."""
    if trigger.idx < headline_end:
        return None
    be = _progressive_be(trigger) or (trigger if told_as_now(trigger) else None)
    if be is None:
        return None
    words = trigger.doc[be.i : trigger.i + 1]
    told = f"{words.text!r}, told as going on when the article was written"
    return written_then(words, now, told)


def after_it_was_written(
    time: TimeExpression, now: tuple[dt.date, dt.date] | None, trigger: Token | None = None
) -> bool:
    """A time wholly after the days the article was written (``now``): of something the
    clause looks to, not of an act it tells done ("expire on June 30", "Effective July 1",
    "at its next meeting on March 25"). On a page of no known days, the month and day of
    what the ``trigger`` says "will" be done ("announced Monday that the jail will stop
    screening inmates on July 1": found in probe219)."""
    if now is None and trigger is not None:
        # the verb a participle of what it brings hangs on ("will stop ..., ending a pact")
        verb = trigger.head if trigger.tag_ == "VBG" and trigger.dep_ == "advcl" else trigger
        will = any(c.dep_ == "aux" and c.lower_ in ("will", "'ll") for c in verb.children)
        return will and month_day_named(time.value) is not None
    if now is None or not time.date_start or time.date_start[:4].startswith("X"):
        return False
    return time.date_start > now[1].isoformat()


_UNTIL = re.compile(r"\b(?:until|till|through)(?:\s+at\s+least)?\s*$", re.IGNORECASE)


def runs_until(before: str) -> bool:
    """Whether the words before a time make it where something runs to ("held until at
    least March 20"), not when it happened."""
    return _UNTIL.search(before) is not None


def counted_from_now(time: TimeExpression) -> bool:
    """A time told by a weekday or a count from the day it was written ("Monday", "next
    week"), not by its calendar date: read ahead, it may be the reading of a past one
    ("will accept the money after a vote on Monday")."""
    return weekday_named(time.text, time.value) is not None or bool(offset_in_words(time.text))


def written_then(words: Span, now: tuple[dt.date, dt.date] | None, told: str) -> TimeExpression:
    """The time of an act read from how ``words`` tell it, not from a time expression: the
    days the article was written in (``now``), marked uncertain; with none known, the
    tense alone, for the corpus to date (``resolve.published``)."""
    span = f": {now[0].isoformat()} to {now[1].isoformat()}" if now else " (its date unknown)"
    return TimeExpression(
        text=words.text,
        start=words.start_char,
        end=words.end_char,
        value=TENSE_ONLY,
        date_start=now[0].isoformat() if now else "",
        date_end=now[1].isoformat() if now else "",
        precision="day" if now and now[0] == now[1] else "",
        uncertain=True,
        reading=told + span,
    )


def present_beside_past(trigger: Token) -> bool:
    """A present-tense verb joined, with no subject nor object of its own, to a past one: a
    noun of a list the parser read as a verb ("voted Thursday to bar officers from asking
    during traffic stops, calls for service and other contacts"), not an act of the
    subject's ("arrested 12 people Monday and says more arrests are expected" is one)."""
    own = ("nsubj", "nsubjpass", "dobj", "ccomp", "xcomp", "attr", "dative", "oprd")
    return (
        trigger.dep_ == "conj"
        and trigger.tag_ in ("VBZ", "VBP")
        and trigger.head.tag_ == "VBD"
        and not any(c.dep_ in own for c in trigger.children)
    )


# Conjunctions of a clause whose present tense tells what is to come: "faces prison when he
# is sentenced June 4", "will stay in jail until he appears before a judge".
# (Not "after": "remains in custody after deputies arrest her Tuesday" tells what was.)
_TO_COME_MARKS = frozenset({"when", "until", "once", "before", "if", "unless"})


def still_to_come(trigger: Token) -> bool:
    """A present tense in a clause of time or condition under a present or a future: the
    act is to come, whatever date it names ("He faces up to six months in prison when he
    is sentenced June 4"). Not under a past ("was jailed until he posted bond")."""
    present = trigger.tag_ in ("VBZ", "VBP") or (
        trigger.tag_ == "VBN"
        and any(c.dep_ == "auxpass" for c in trigger.children)
        and all(c.tag_ in ("VBZ", "VBP") for c in trigger.children if c.dep_ in ("aux", "auxpass"))
    )
    marked = any(
        c.dep_ in ("mark", "advmod") and c.lower_ in _TO_COME_MARKS for c in trigger.children
    )
    if not (present and marked and trigger.dep_ == "advcl"):
        return False
    head = trigger.head
    modal = any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "will") for c in head.children)
    # "plan to return every Saturday until he is released": an infinitive looks ahead too,
    # "until" or "once" it ends ("shows an officer begin to search a man before he is
    # arrested" tells what a video shows: a review)
    ahead = head.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in head.children)
    ahead = ahead and any(c.lower_ in ("until", "once") for c in trigger.children)
    return head.tag_ in ("VBZ", "VBP") or modal or ahead
