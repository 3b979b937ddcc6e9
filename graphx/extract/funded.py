"""Money a body or a place's government took (``RECEIVE`` rows of ``event_types.csv``):
"the county commission accepted $61,412", "Maverick County received $865,000"; not a
person's "Lopez received $500", nor a rate or a sum of something else."""

from __future__ import annotations

from spacy.tokens import Token

from graphx.extract.deciders import by_a_body
from graphx.extract.governments import by_a_place_s_government
from graphx.extract.money import funding_nouns, of_a_sum
from graphx.extract.tree import objects_of
from graphx.extract.word_lists import money_words
from graphx.lexicon import shipped

__all__ = ["took_money"]


def took_money(verb: Token) -> bool:
    """A body or a place took money (``RECEIVE`` rows): "the county commission accepted
    $61,412", "the city received a federal grant", "Maverick County received $865,000",
    "accepted an award of $96,540"; not "the board accepted his resignation", nor a
    person's "Lopez received $500"."""
    funding = shipped().derived(funding_nouns)
    money = [
        c
        for c in verb.children
        if c.dep_ == "dobj"
        and (c.ent_type_ == "MONEY" or c.lemma_.lower() in funding or of_a_sum(c))
    ]
    given = any(_a_sum_given(m, funding) for m in money)
    return given and (by_a_body(verb) or _by_a_place(verb, funding))


def _by_a_place(verb: Token, funding: frozenset[str]) -> bool:
    """A place's government is the verb's subject, by a county's name ("Maverick County
    received $865,000") or a word for one ("the city", "four counties"), and the money is
    public, a grant's ("through the Stonegarden grant program", "in federal funds"); not
    "Georgia received $500", a person perhaps, nor a sale's or a settlement's money."""
    if not by_a_place_s_government(verb):
        return False
    public = funding | money_words().get("noun", frozenset())  # "in Stonegarden funds"
    return any(w.lemma_.lower() in public or w.ent_type_ == "AGENCY" for w in verb.subtree)


def _a_sum_given(money: Token, funding: frozenset[str]) -> bool:
    """A sum that is money given, not a rate ("$90 per detainee per day") nor a sum of
    something else ("$2.1 million in bids", "in claims", "in cuts"; "$3 million in grants"
    and "$41,612 in federal money" are)."""
    words = list(money.subtree)
    if any(w.lower_ == "per" for w in words):
        return False
    things = [w for w in objects_of(money, "in") if w.ent_type_ != "DATE"]  # "in fiscal 2014"
    return all(w.lemma_.lower() in funding or _public_money(w) for w in things)


def _public_money(noun: Token) -> bool:
    """Money told with where public money comes from ("federal money", "state funds"; not
    "campaign money", "cash")."""
    words = money_words()
    sources = words.get("source", frozenset())
    if noun.lemma_.lower() not in words.get("noun", frozenset()):
        return False
    told = (c.lemma_.lower() for c in noun.children if c.dep_ in ("amod", "compound"))
    return any(word in sources for word in told)
