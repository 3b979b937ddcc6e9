"""Whether a verb tells someone held in, or let out of, custody (issue 15).

"held in the county jail", "taken into custody", "kept on a detainer" tell a detention;
"walked out of the county jail" a release. A custody noun (``CUSTODY`` rows of
``event_types.csv``) says where; the verb's people say whether anyone was held. A verb of
taking (``CAPTURE`` rows) tells an arrest when who it takes is someone ("the four men were
picked up Tuesday"), named, a person pronoun or a noun of ``person_nouns.txt``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from graphx.lexicon import Lexicon, shipped

if TYPE_CHECKING:
    from graphx.extract.triggers import Taxonomy

__all__ = ["custody_noun", "in_custody", "out_of_custody", "person_nouns", "took_someone"]


# The prepositions that say where or on what terms someone is held: "in jail", "into
# custody", "at the county jail", "on a detainer", "without bond".
_CUSTODY_PREPOSITIONS = frozenset({"in", "into", "at", "on", "without", "under"})


def in_custody(verb: Token, taxonomy: Taxonomy) -> bool:
    """Someone held where or on the terms a custody noun names: a passive with its subject
    ("he was taken into custody"), or an object that is a name, a pronoun or counted people
    ("held Ruiz in jail", "kept 30 detainees"), or anyone taken "into" custody ("took a man
    into custody"); never a thing ("took a job at the jail")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    # the parse may hang the phrase on the name held ("held Ana Ruiz in the county jail")
    preps = [
        prep.lower_
        for word in (verb, *objects)
        for prep in word.children
        if prep.dep_ == "prep" and prep.lower_ in _CUSTODY_PREPOSITIONS
        for noun in prep.children
        if noun.dep_ == "pobj" and custody_noun(noun, taxonomy)
    ]
    held = any(c.dep_ == "nsubjpass" for c in verb.children) or any(
        c.pos_ in ("PRON", "PROPN") or any(n.dep_ == "nummod" for n in c.children) for c in objects
    )
    # "took a man into custody": only a person is taken into custody
    return bool(preps) and (held or (bool(objects) and "into" in preps))


# The pronouns that stand for people ("it" is a thing: "picked it up").
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "they", "them", "who", "whom"})


def person_nouns(lexicon: Lexicon | None = None) -> frozenset[str]:
    """``person_nouns.txt``: the nouns of a person or of people."""
    return (lexicon or shipped()).word_set("person_nouns.txt")


def took_someone(verb: Token) -> bool:
    """Who a verb of taking takes is someone: its passive subject or its object is a name,
    a person pronoun or a person noun ("the four men were picked up", "agents grabbed him",
    "nabbed a Guatemalan man"); not a thing ("picked up the tab", "grabbed headlines") nor a
    count of things ("picked up two seats")."""
    taken = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
    return any(
        word.ent_type_ == "PERSON"
        or word.lower_ in _PERSON_PRONOUNS
        or word.lemma_.lower() in person_nouns()
        or _told_as_someone(word)
        for word in taken
    )


def custody_noun(noun: Token, taxonomy: Taxonomy) -> bool:
    """A CUSTODY noun, alone ("jail") or with the word before it ("the Calhoun County
    Correctional Center")."""
    lemma = noun.lemma_.lower()
    before = noun.doc[noun.i - 1].lemma_.lower() if noun.i > 0 else ""
    return lemma in taxonomy.custody or f"{before} {lemma}" in taxonomy.custody


# The words that lead out of a place: "walked out of", "walked free from", "emerged from".
_OUT_OF = frozenset({"out", "of", "from", "free"})


def out_of_custody(verb: Token, taxonomy: Taxonomy) -> bool:
    """Whether someone named walked out of, or free from, a place of custody: a name or a
    pronoun as the subject, no one walked out by others, no place walked to ("Protesters
    walked from the detention center to City Hall", "a report emerged from the jail" and
    "deputies walked Ana Ruiz out of the jail" are none)."""
    children = list(verb.children)
    subjects = [c for c in children if c.dep_ in ("nsubj", "nsubjpass")]
    if not any(c.pos_ in ("PROPN", "PRON") or _told_as_someone(c) for c in subjects):
        return False
    if any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "to") for c in children):
        return False
    words = {t.lower_ for t in verb.subtree}
    if verb.lemma_.lower() == "walk" and not words & {"out", "free"}:
        return False  # "walked from the jail": a walk
    stack = [c for c in children if c.dep_ in ("prep", "acomp", "prt", "advmod")]
    while stack:
        word = stack.pop()
        if word.dep_ == "pobj":
            if custody_noun(word, taxonomy):
                return True
        elif word.lower_ in _OUT_OF:
            stack.extend(c for c in word.children if c.dep_ in ("prep", "pobj"))
    return False


def _told_as_someone(noun: Token) -> bool:
    """A noun a "who" clause tells of is someone: "an asylum seeker who was arrested last
    month walked out of the jail"."""
    return any(
        c.dep_ == "relcl" and any(w.lower_ in ("who", "whom", "whose") for w in c.children)
        for c in noun.children
    )
