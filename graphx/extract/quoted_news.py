"""News told inside a quote (issue 15): a statement that tells, in its own words, what
happened on a day it names ("ICE officers detained him Thursday morning, March 13," in a
mayor's statement) reports that happening as an article does. Anything else a quote says
(opinions, what may come, an undated past) stays the speaker's words."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from graphx.extract import attach
from graphx.extract.candidates import sentence_triggers
from graphx.extract.quotes import quote_of
from graphx.extract.triggers import Taxonomy
from graphx.model import TimeExpression

__all__ = ["dated_in_quotes", "triggers_and_quoted_news"]


def dated_in_quotes(
    sent: Span,
    taxonomy: Taxonomy,
    quotes: list[tuple[int, int]],
    times: Sequence[TimeExpression],
) -> dict[int, tuple[str, str]]:
    """The sentence's quoted triggers told in the simple past, not negated, that a day
    named in the same quote dates (word index -> event type and lemma)."""
    days = [t for t in times if _one_day(t) and quote_of(quotes, t.start) is not None]
    if not days:  # most sentences: read their triggers once, not twice
        return {}
    told = sentence_triggers(sent, taxonomy, [])
    quoted = {i: s for i, s in told.items() if quote_of(quotes, sent.doc[i].idx) is not None}
    attached = attach.times_by_trigger(sent.doc, days, set(quoted))
    return {
        i: sense
        for i, sense in quoted.items()
        if (time := attached.get(i)) is not None
        and quote_of(quotes, time.start) == quote_of(quotes, sent.doc[i].idx)
        and _told_as_done(sent.doc[i], quotes)
    }


def _one_day(time: TimeExpression) -> bool:
    return bool(time.date_start) and time.date_start == time.date_end


def _told_as_done(verb: Token, quotes: list[tuple[int, int]]) -> bool:
    """A verb in the simple past that the quote asserts: under no other verb of the quote
    ("Critics claim we detained", "We thought they deported him", "Imagine the police
    arrested"), and in a sentence that denies nothing ("did not arrest", "but that never
    happened")."""
    if verb.tag_ != "VBD":
        return False
    quote = quote_of(quotes, verb.idx)
    head = verb
    while head.dep_ == "conj":
        head = head.head
    said_around = head.dep_ == "ROOT" or quote_of(quotes, head.head.idx) != quote
    quoted = [t for t in verb.sent if quote_of(quotes, t.idx) == quote]
    denies = any(t.dep_ == "neg" or t.lower_ in _DENIALS for t in quoted)
    return said_around and not denies


_DENIALS = frozenset({"never", "no", "nobody", "nothing", "none", "not", "n't"})


def triggers_and_quoted_news(
    sent: Span,
    taxonomy: Taxonomy,
    quotes: list[tuple[int, int]],
    times: Sequence[TimeExpression],
) -> dict[int, tuple[str, str]]:
    """The sentence's triggers outside quotes (``candidates.sentence_triggers``) and the
    news its quotes tell on a day they name."""
    return sentence_triggers(sent, taxonomy, quotes) | dated_in_quotes(
        sent, taxonomy, quotes, times
    )
