"""Whether a word names someone a verb of taking may take (issue 15).

"agents grabbed him", "picked up Ana Ruiz", "took 40 workers", "took seventy-three of our
neighbors": a person, a pronoun of one, a noun of people (``capture_nouns.txt``), a count
of them; not "picked up the tab", "took the rifles".
"""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Span, Token

from graphx.extract import places
from graphx.extract.known import any_head_words, name_words, read_head_words, regional_head_size
from graphx.extract.tree import objects_of

__all__ = [
    "counted_people",
    "named_like_an_office",
    "described_as_someone",
    "out_of_somewhere",
    "someone",
    "told_as_someone",
]


class _Cues(Protocol):
    """``evidence.Cues``, which reads this module: its ``someone`` rows."""

    @property
    def someone(self) -> dict[str, str]: ...


_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "they", "them", "who", "whom"})


def someone(word: Token, taken_nouns: frozenset[str]) -> bool:
    return (
        word.ent_type_ == "PERSON"
        or word.lower_ in _PERSON_PRONOUNS
        or word.lemma_.lower() in taken_nouns
        or told_as_someone(word)
        or _a_name_read_as_a_site(word)
        or _a_count_of_people(word, taken_nouns)
    )


def _a_count_of_people(word: Token, taken_nouns: frozenset[str]) -> bool:
    """A number of people: "seventy-three of our neighbors", "12 of the workers"."""
    people = objects_of(word, "of")
    return word.tag_ == "CD" and any(someone(p, taken_nouns) for p in people)


def _a_name_read_as_a_site(word: Token) -> bool:
    """A name the model read as a facility whose last word is no building's nor a site's
    ("Mateo Tuyuc Chiroy", not "Glenwood Poultry Plant"): whom a verb of taking took."""
    if word.ent_type_ != "FAC" or not word.is_title:
        return False
    heads = read_head_words()
    return not any(word.lower_ in heads[k] for k in ("facility", "building", "business", "street"))


def told_as_someone(noun: Token) -> bool:
    """A noun a "who" clause tells of is someone: "an asylum seeker who was arrested last
    month walked out of the jail"; so is a name told with an age, whatever the model tagged
    it ("Eliseo Tzul, 27, was stopped Wednesday")."""
    return any(
        (c.dep_ == "relcl" and any(w.lower_ in ("who", "whom", "whose") for w in c.children))
        or (c.dep_ == "appos" and noun.pos_ == "PROPN" and _an_age(c))
        for c in noun.children
    )


def _an_age(word: Token) -> bool:
    return word.tag_ == "CD" and word.text.isdigit() and 0 < int(word.text) < 120


def described_as_someone(words: Span, kind: str, cues: _Cues, head: str) -> str:
    """The type a ``someone`` row of ``type_evidence.csv`` gives the name's appositive's
    ``head`` ("person") for a name told as a place no gazetteer knows ("Efrain Solorzano, the
    Hillsboro Halcones coach") or as a body of two or three capitalised words of no body's
    ("Rosa Pinto, a roofer"), else ""; not "Tuskegee, a veteran of civil rights battles" nor
    "Roto-Rooter, the nation's largest plumber" (a review)."""
    said = cues.someone.get(head, "")
    if not said or kind == "person":
        return ""
    if kind == "jurisdiction":
        return said if places.lookup(words.text) is None else ""
    bodies = name_words().firms | any_head_words()
    named = 2 <= len(words) <= 3 and all(w.is_title and w.is_alpha for w in words)
    return said if named and not any(w.lower_ in bodies for w in words) else ""


def counted_people(word: Token) -> bool:
    """A count of people ("31 people"), whom only the law's people named take out of where
    they were (``out_of_somewhere``: "agents marched 31 people out of the plant"; not
    "deputies picked up 15 people sleeping along the river", "officers marched 200 people
    across the bridge", "60 people were picked up" at a bus station: reviews)."""
    return word.lemma_.lower() == "people" and any(c.dep_ == "nummod" for c in word.children)


def out_of_somewhere(verb: Token) -> bool:
    """A verb told with "out" of where it takes people ("marched 31 people out of the plant")."""
    return any(c.lower_ == "out" and c.dep_ in ("prep", "prt", "advmod") for c in verb.children)


def named_like_an_office(words: Span) -> bool:
    """A person's name whose last words are a regional office's ("Timothy Sector", a
    review): an office's only after a place the gazetteer knows ("Laredo Sector")."""
    n = regional_head_size([t.lower_ for t in words])
    return bool(n) and places.lookup(words[:-n].text) is None
