"""Acts told as happening since a time: between that time and the article (issue 15).

"Since July 2017, courts have struck down the conditions": TimeML values the time
expression as July 2017, which is what it names, but the striking down came after it,
by the time the story was written. "Since then" names the last date the story told
before it ("in July 2017 imposed conditions. Since then, courts have struck them down").
A passive perfect tells a state that began then ("has been detained since May":
detained in May). Otherwise the span, precision :data:`SINCE`, tells acts gathered
over time: it is one happening with no report of a single time
(``resolve.happenings``). Without a publication date the span stays open until the
corpus dates the article (``resolve.published.since_in_window``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from graphx.extract import clauses
from graphx.extract.timex.rules import words
from graphx.extract.triggers import load_taxonomy
from graphx.model import TimeExpression

__all__ = ["SINCE", "Days", "SentenceTimes", "read_since"]

SINCE = "since"  # the precision of a span from a time to the article
Days = tuple[dt.date, dt.date]  # the first and last day of a span


@dataclass(frozen=True, slots=True)
class SentenceTimes:
    """A sentence as the clause readings ("since", "days after") see it: the parsed
    document, the sentence, the document's time expressions, the token indices of the
    sentence's triggers, and the days the article was written in (None when unknown)."""

    doc: Doc
    sent: Span
    times: Sequence[TimeExpression]
    triggers: set[int]
    now: Days | None
    # trigger index -> the day an earlier sentence dated its happening ("the ruling" after
    # "the judge ruled on Tuesday"), for a definite noun told again
    told_before: dict[int, TimeExpression] = field(default_factory=dict)

    def in_sentence(self) -> list[TimeExpression]:
        """The time expressions of the sentence itself."""
        return [t for t in self.times if self.sent.start_char <= t.start < self.sent.end_char]


def _is_since(token: Token) -> bool:
    return token.dep_ == "prep" and token.lower_ in words()["since_words"]


def _back_reference(since: Token, back: Sequence[str]) -> Span | None:
    """ "since then", "since that time": the words, when the ones after "since" are a
    back reference (the parser hangs "then" on "since" or on the verb)."""
    doc = since.doc
    for phrase in back:
        end = since.i + 1 + len(phrase.split())
        if end <= len(doc) and doc[since.i + 1 : end].text.lower() == phrase:
            return doc[since.i : end]
    return None


def _began_then(trigger: Token, time: TimeExpression | None = None) -> bool:
    """A passive perfect ("has been detained since May", "had been suspended since then")
    tells a state that began at the time named, and a perfect progressive since a day of
    an activity ("have been refusing meals since Monday", "have been protesting since
    Monday") one that began that day: the happening is its start. Acts on people or things
    ("have been arresting people since Tuesday"), or told as repeated ("has been arrested
    twice since"), are acts gathered since."""
    # its own "twice", "three times", not one in the clause its "since" opens
    repeated = any(
        c.lower_ in words()["repetitions"]
        or any(g.lower_ in words()["repetitions"] for g in c.children)
        for c in trigger.children
        if c.dep_ in ("advmod", "npadvmod")
    )
    if not _perfect(trigger) or repeated:  # "has been arrested twice since ...": acts gathered
        return False
    if any(c.dep_ == "auxpass" for c in trigger.children):
        return True
    progressive = trigger.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ == "been" for c in trigger.children
    )
    a_day = time is not None and (
        time.value.startswith("XXXX-WXX-")
        or (bool(time.date_start) and time.date_start == time.date_end)
    )
    # an activity ("refusing meals", "protesting"), not acts on people or things
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    activity = all(o.lemma_.lower() in load_taxonomy().objects for o in objects)
    # ... or one told in the perfect whose object is such a thing refused or kept up, no
    # count of them: "since Monday morning, 40 men have refused every meal" (probe171); not
    # "have held several vigils", "have marched daily" (a review)
    counted = any(c.dep_ == "nummod" for o in objects for c in o.children)
    kept_up = bool(objects) and activity and not counted
    return a_day and (progressive and activity or kept_up)


def _told_before(
    times: Sequence[TimeExpression], offset: int, now: Days | None
) -> TimeExpression | None:
    """The last calendar date the text named before ``offset`` and not after the article."""
    last = now[1].isoformat() if now else "9999"
    told = [t for t in times if t.end <= offset and t.date_start and t.date_start <= last]
    return max(told, key=lambda t: t.start) if told else None


def _until_now(anchor: TimeExpression, words_: Span, now: Days | None) -> TimeExpression | None:
    """From the first day of ``anchor`` to the last day the article can have been written,
    told by ``words_`` ("since July 2017", "since then"); with that day unknown, a span
    still open (no days), for the corpus to close."""
    if not anchor.date_start and not anchor.value.startswith("XXXX-WXX-"):
        return None  # "since 2019" in an undated article keeps its year; a weekday waits
    if now is not None and (not anchor.date_start or anchor.date_start > now[1].isoformat()):
        return None
    end = now[1].isoformat() if now else ""
    return replace(
        anchor,
        text=words_.text,
        start=words_.start_char,
        end=words_.end_char,
        value=f"{anchor.value}/{end}" if now else anchor.value,
        date_start=anchor.date_start if now else "",
        date_end=end,
        precision=SINCE,
        reading=f"'{words_.text}': after {anchor.text}, by the time the article was written",
    )


def _when_of(act: Token, time: Span) -> bool:
    """An act told in a "when" clause on the time ("the largest since August 2018, when
    agents arrested more than 130 people"): it took place at the time, not since it."""
    noun = clauses.when_relative(act)
    return noun is not None and noun in time


def read_since(sentence: SentenceTimes, attached: dict[int, TimeExpression]) -> None:
    """Give the triggers a "since" governs the span from that time to the article.

    Args:
        sentence: the sentence read, with the document's time expressions ("since then"
            takes the last one before it).
        attached: trigger index -> its time, changed in place.
    """
    doc, triggers, now = sentence.doc, sentence.triggers, sentence.now
    for i, time in list(attached.items()):
        span = doc.char_span(time.start, time.end, alignment_mode="expand")
        if _began_then(doc[i], time):
            continue  # "had been suspended since July 24, 2003": suspended that day
        if span is not None and _when_of(doc[i], span):
            continue  # "since August 2018, when agents arrested 130 people": then
        if span is not None and _is_since(since := span.root.head):
            reading = _until_now(time, doc[since.i : span.end], now)
            if reading is None:
                del attached[i]  # "since 2019" is no day in 2019
            else:
                attached[i] = reading
    _read_since_an_act(sentence, attached)
    back = words()["back_references"]
    for token in sentence.sent:
        if not _is_since(token) or (owner := clauses.owner(token, triggers)) is None:
            continue
        told = _back_reference(token, back)
        if told is None:
            continue
        anchor = _told_before(sentence.times, token.idx, now)
        if anchor is not None and _began_then(doc[owner], anchor):
            attached[owner] = anchor  # "has been held since then": held then
        elif anchor is not None and (reading := _until_now(anchor, told, now)):
            attached[owner] = reading  # it says when, over a date its verb shares by coordination


def _read_since_an_act(sentence: SentenceTimes, attached: dict[int, TimeExpression]) -> None:
    """ "has arrested 300 people since the program began in 2019", "has ended three programs
    since taking office in January 2021": the date is the start of what the clause
    gathers, not its day; "has been detained since her arrest in March" began then."""
    doc, triggers, now = sentence.doc, sentence.triggers, sentence.now
    for token in sentence.sent:
        marks = token.dep_ == "mark" and token.lower_ in words()["since_words"]
        opened = token.head if marks else token if _is_since(token) else None
        owner = opened.head.i if marks and opened is not None else None
        if not marks and opened is not None:
            owner = clauses.owner(token, triggers)
        if opened is None or owner is None or owner not in triggers:
            continue
        if not _gathers(doc[owner]):
            continue  # "arrested him in 2019, since the program began": because
        inside = {t.i for t in opened.subtree}
        own = attached.get(owner)
        if own is not None and not inside & _root_of(doc, own):
            continue  # a date of its own outside the "since" words
        for time in (t for t in sentence.in_sentence() if t.date_start):
            span = doc.char_span(time.start, time.end, alignment_mode="expand")
            if span is None or span.root.i not in inside or span.root.head.i == token.i:
                continue  # "since 2019" itself: read_since's first reading
            if _began_then(doc[owner], time):
                attached[owner] = time
            elif reading := _until_now(time, doc[token.i : span.end], now):
                attached[owner] = reading
            else:
                attached.pop(owner, None)  # a date it is not on, after the article
            break


def _gathers(verb: Token) -> bool:
    """A perfect ("has arrested", "had been held") or a present: what can run since a time."""
    return _perfect(verb) or verb.tag_ in ("VBZ", "VBP")


def _perfect(verb: Token) -> bool:
    """ "has arrested", "had been held", "have been refusing": an auxiliary "have"."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _root_of(doc: Doc, time: TimeExpression) -> set[int]:
    span = doc.char_span(time.start, time.end, alignment_mode="expand")
    return {span.root.i} if span is not None else set()
