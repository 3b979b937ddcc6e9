"""The triggers of one sentence (issue 15).

Each word ``triggers.event_sense`` gives a happening is a trigger, unless it is quoted
speech or another trigger already tells its happening: the noun a light verb takes its
happening from ("subpoenas were issued Friday"), a noun its verb tells ("signed the agreement
on Tuesday"), and what an order or a request asks for ("ordered him removed in 2015").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from graphx.extract import clauses, page, tree
from graphx.extract.quotes import inside
from graphx.extract.rule_changes import ends_a_practice, practice_ended
from graphx.extract.triggers import Taxonomy, awaited, event_sense, light_nouns, noun_lemma

__all__ = ["sentence_triggers"]


def sentence_triggers(
    sent: Span, taxonomy: Taxonomy, quotes: list[tuple[int, int]]
) -> dict[int, tuple[str, str]]:
    """A sentence's triggers outside quotes (word index -> event type and the lemma that
    names its happening), without those another trigger of the sentence tells."""
    found: dict[int, tuple[str, str]] = {}
    for token in sent:
        sense = practice_ended(token, taxonomy) or event_sense(token, taxonomy)
        if sense is None or inside(quotes, token.idx) or page.the_text_itself(token):
            continue
        if token.pos_ == "NOUN" and _told_otherwise(token, found, taxonomy):
            continue
        found[token.i] = sense
    # A noun a light verb takes its happening from is told by that verb, which has the
    # clause's subject and date: "subpoenas were issued Friday", "the suit DOJ filed Tuesday".
    carried = {
        noun.i
        for i, (_, lemma) in found.items()
        if sent.doc[i].pos_ == "VERB"
        for noun in light_nouns(sent.doc[i])
        if noun.i in found and noun_lemma(noun, taxonomy) == lemma  # "settlement agreement"
    }
    # What a trigger orders or asks has not happened ("ordered him removed in 2015"); its
    # words, and the date in them, belong to the order itself.
    carried |= {
        i
        for i in found
        if sent.doc[i].dep_ in ("xcomp", "ccomp", "acl")
        and (head := clauses.completed(sent.doc[i])) is not None
        and head.i in found
        and head.lemma_.lower() in taxonomy.irrealis
    }
    # "the jail will no longer hold inmates, the council decided Tuesday": a decision of
    # the kind of the change it makes tells it
    carried |= {
        i
        for i, (kind, _) in found.items()
        if sent.doc[i].dep_ == "ccomp"
        and found.get(sent.doc[i].head.i, ("",))[0] == kind
        and ends_a_practice(sent.doc[i])
    }
    return {i: sense for i, sense in found.items() if i not in carried}


def _tells_its_object(noun: Token, taxonomy: Taxonomy) -> bool:
    """A verb that tells the happening its noun names ("issued a ruling", "signed the
    agreement on Tuesday"), not one of its own about a happening the noun's own date
    places apart ("protested the Feb. 10 ruling": two)."""
    verb = noun.head
    light = verb.pos_ != "VERB" or verb.lemma_.lower() in taxonomy.light
    return light or not tree.dated_apart(noun)


def _told_otherwise(noun: Token, found: dict[int, tuple[str, str]], taxonomy: Taxonomy) -> bool:
    """A noun whose happening the verb before it already tells, or one asked for, which has
    not happened ("denied her request for a grant on Friday": the day is the denial's)."""
    told = noun.head.i in found and _tells_its_object(noun, taxonomy)
    return told or awaited(noun, taxonomy)
