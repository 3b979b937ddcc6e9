"""Money in what a verb tells: money ended or refused, and what counts as money (issue 15).

"Terminated its $2 million grant", "the rest of the award, $40,000, was rescinded" and
"denied the city's application for a $214,000 grant" tell money cut off or withheld; a
grant, funding, a sum, or a noun of money given told with its sum or its money ("the grant
award") is money, while "its $4 million contract", "a $500 fine" and "the $10,000 bond" are
not (``money_words.txt``, the funding ``NOUN`` rows of ``event_types.csv``).
"""

from __future__ import annotations

from spacy.tokens import Token

from graphx.extract import courts
from graphx.extract.taxonomy import Taxonomy, load_taxonomy
from graphx.extract.tree import objects_of
from graphx.extract.word_lists import listed_sense, money_words, practice_ends
from graphx.lexicon import Lexicon, shipped

__all__ = ["funding_nouns", "is_money", "money_ended", "money_refused", "of_a_sum"]


def money_refused(verb: Token, lemma: str, taxonomy: Taxonomy) -> tuple[str, str] | None:
    """Money, or a request for it, refused ("denied the city's application for a $214,000
    grant", "rejected its grant application"): money withheld (``refusing`` and ``withheld``
    of practice_ends.txt); not "rejected the criticism", nor a court's denial (a ruling)."""
    if lemma not in practice_ends().get("refusing", ()) or courts.court_acting(verb, taxonomy):
        return None
    asked = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    asked += [o for n in asked for o in objects_of(n, "of")]  # "the city of Ely's application"
    money = any(is_money(n) or any(is_money(o) for o in _asked_for(n)) for n in asked)
    return listed_sense("withheld", taxonomy) if money else None


def _asked_for(request: Token) -> list[Token]:
    """What a request names: its "for" object, or the money its name holds ("its grant
    application")."""
    named = [c for c in request.children if c.dep_ == "compound"]
    return [*objects_of(request, "for"), *named]


def of_a_sum(noun: Token) -> bool:
    """A noun of a sum given: "an award of $96,540", "a payment of $2 million"; not a sum
    asked, a ``PETITION`` noun ("accepted a bid of $40,000" chose a contractor), nor a text
    or a happening of one ("accepted a report of $3 million in costs")."""
    taxonomy, lemma = load_taxonomy(), noun.lemma_.lower()
    told = (taxonomy.petitions, taxonomy.nouns, taxonomy.objects, taxonomy.written)
    if any(lemma in table for table in told) or lemma in taxonomy.communiques:
        return False  # "accepted a report of $3 million in overtime costs"
    return any(w.ent_type_ == "MONEY" for w in objects_of(noun, "of"))


def funding_nouns(lexicon: Lexicon) -> frozenset[str]:
    """The nouns of money given ("grant", "donation"): funding ``NOUN`` rows."""
    return frozenset(n for n, kind in load_taxonomy(lexicon).nouns.items() if kind == "funding")


def money_ended(verb: Token) -> bool:
    """A verb of ending whose object is money: "terminated its Shelter Fund grant", "the rest
    of the award, $40,000, has been rescinded", "ended $3 million in funding"; not "ended its
    grant program" (a program, ended), "terminated its $4 million contract" (an arrangement)
    nor "rescinded a $500 fine"."""
    return any(is_money(c) for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))


def is_money(noun: Token) -> bool:
    """Money by its noun, a sum, or what it is the rest of ("the rest of the award")."""
    return _money(noun, noun) or any(_money(o, noun) for o in objects_of(noun, "of"))


def _compounds(noun: Token) -> list[Token]:
    """The words a noun's compound name is made of ("Homeland Security Grant Program")."""
    return [t for c in noun.children if c.dep_ == "compound" for t in c.subtree]


def _money(noun: Token, told: Token) -> bool:
    """Money by its noun ("grant", "funding"), a sum ("$3 million"), or a noun of money given
    told with its sum or its money (``sum``: "its $2 million award", "the grant award", "the
    rest of the award, $40,000", whose sum ``told``, the noun ended, may carry); not any noun
    with a sum ("its $4 million contract", "a $500 fine", "the $10,000 bond")."""
    words = shipped().derived(funding_nouns) | money_words().get("noun", frozenset())
    if noun.lemma_.lower() in words or noun.ent_type_ == "MONEY":
        return True
    if noun.lemma_.lower() not in money_words().get("sum", frozenset()):
        return False
    if any(c.lemma_.lower() in words for c in _compounds(noun)):
        return True  # "the grant award", "the Homeland Security Grant Program award"
    sums = ("appos", "compound", "nmod", "nummod", "amod", "quantmod")
    summed = any(
        c.dep_ in sums and c.ent_type_ == "MONEY" for w in (noun, told) for c in w.children
    )
    return summed or of_a_sum(noun)
