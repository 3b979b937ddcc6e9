"""A place's government as the one who acts: "Marion County agreed Tuesday to end its
contract", "the city received a federal grant" (a county's name or a word for a place's
government, ``government_word`` rows of ``place_words.csv``)."""

from __future__ import annotations

from spacy.tokens import Token

from graphx.extract.gazetteer import is_american_town, load_gazetteer

__all__ = ["by_a_place_s_government"]

_STATE = frozenset({"state"})  # "the state" may be a prosecution ("the state decided to appeal")


def by_a_place_s_government(verb: Token, *, states: bool = True) -> bool:
    """A place's government is the verb's subject, by a county's name ("Maverick County")
    or a word for one ("the city", "four counties", "the state" unless ``states`` is
    False); not a state's name ("Georgia" may be a person)."""
    gazetteer = load_gazetteer()
    words, counties = gazetteer.government_words, gazetteer.county_words
    words = words if states else words - _STATE
    subjects = [s for s in verb.children if s.dep_ == "nsubj"]
    named = any(s.lower_ in counties and s.ent_type_ == "GPE" for s in subjects)
    # "the city", or an American town so named ("Kansas City"); not a club's name
    # ("Manchester City agreed to sign the midfielder": a review)
    told = [s for s in subjects if s.is_lower or is_american_town(_name_it_ends(s))]
    return named or any(s.lemma_.lower() in words for s in told)


def _name_it_ends(word: Token) -> str:
    """The name the word ends, with its compounds ("Kansas City")."""
    start = min((c.i for c in word.children if c.dep_ == "compound"), default=word.i)
    return word.doc[start : word.i + 1].text
