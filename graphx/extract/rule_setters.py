"""Who sets a rule (issue 15): the body a practice's end is told of, or one who speaks
for it ("the jail", "Sheriff Tom Bakke", "A sheriff ... said he will no longer keep people
in his jail"), and whether a clause is what a verb of telling says. Read by
``rule_changes`` and ``rule_dates``.
"""

from __future__ import annotations

from spacy.tokens import Token

from graphx.extract.antecedents import definite_heads
from graphx.extract.known import read_head_words, read_titles
from graphx.extract.members import member_words
from graphx.extract.taxonomy import load_taxonomy
from graphx.extract.word_lists import practice_ends
from graphx.lexicon import Lexicon, shipped

__all__ = ["a_body", "a_body_rules", "titled", "told_by_saying"]

_BODY_NAMES = frozenset({"ORG", "AGENCY", "GPE", "FAC", "NORP"})
_BODY_KINDS = ("agency", "facility", "votes", "members", "council", "chamber")
# Who is no body: "she will no longer attend the vigils" tells no rule.
_ONE_PERSON = frozenset({"i", "you", "he", "she", "we", "they"})


def told_by_saying(verb: Token) -> bool:
    """Whether a clause is what a verb of telling says (the ``SPOKEN`` and ``TELLING`` rows
    of ``event_types.csv``, and ``tellers``: "confirmed", "wrote"), not what one denies,
    predicts or warns of."""
    head = verb.head
    if verb.dep_ != "ccomp" or any(c.dep_ == "neg" for c in head.children):
        return False
    taxonomy, lemma = load_taxonomy(), head.lemma_.lower()
    return taxonomy.tells(lemma) or lemma in _tellers()


def _tellers() -> frozenset[str]:
    return practice_ends().get("tellers", frozenset())


def a_body_rules(verb: Token) -> bool:
    """Whether the subject is one a rule is set for or by: those it is done to (a passive:
    "inmates will no longer be held"; not one person: "she will no longer be held"), a body
    ("the jail", "Ruthven County", "it"), or a person by their office ("Sheriff Tom
    Bakke"); not a person by name or pronoun ("Lopez will no longer work there")."""
    opener = practice_ends().get("effect", ())  # "Effective immediately", parsed a subject
    subjects = [
        c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in opener
    ]
    if not subjects:
        return False
    subject = subjects[0]
    if subject.lower_ in _ONE_PERSON:
        return subject.dep_ == "nsubj" and _an_office_tells_it(verb)
    if any(c.dep_ == "appos" and a_body(c) for c in subject.children):
        return True  # "NORTH HAVERHILL — The Grafton County Department ...": a dateline first
    if subject.dep_ == "nsubjpass":
        return subject.pos_ != "PROPN"
    # a word of a name alone is likelier a surname ("Lopez") than a body
    alone = subject.pos_ == "PROPN" and not subject.ent_type_ and not list(subject.children)
    if subject.ent_type_ == "PERSON" or alone:
        return titled(subject)
    return True


def _an_office_tells_it(verb: Token) -> bool:
    """A pronoun's rule told by one who holds an office, of himself as its holder ("A
    sheriff in western North Carolina said Monday he will no longer keep people in his jail
    ...": found in probe230; "Sheriff Ana Ruiz said she will stop ..."; ``holders``); not
    one told by a person by name alone ("Lopez said she will no longer ...") nor by one of
    no such office ("Her attorney said she will no longer cooperate with ICE")."""
    if not told_by_saying(verb) or not _of_people_held(verb):
        return False
    holders = practice_ends().get("holders", frozenset())
    tellers = [c for c in verb.head.children if c.dep_ == "nsubj"]
    offices = [w for t in tellers for w in (t, *t.children) if w.dep_ in ("nsubj", "compound")]
    return any(w.lemma_.lower() in holders for w in offices)


def _of_people_held(verb: Token) -> bool:
    """A clause that names those a jail's rule holds (``held``: "keep people in his jail",
    "hold inmates") or an agency that asks ("honor ICE detainers"), not one's own ways ("he
    will no longer hold grudges", "will stop meeting with residents", "will not endorse the
    Democratic Party's candidate": reviews)."""
    held = practice_ends().get("held", frozenset())
    return any(t.ent_type_ == "AGENCY" or t.lemma_.lower() in held for t in verb.subtree)


def titled(name: Token) -> bool:
    """A name told with an office's title ("Sheriff Ana Ruiz", ``titles.txt``)."""
    titles = read_titles()
    return any(c.dep_ == "compound" and c.lower_ in titles for c in name.children)


def a_body(subject: Token) -> bool:
    """A body or those who act for it: a name the model typed as no person, "it", or a
    noun of a body, its office or its people ("the jail", "the county", "the sheriff",
    "deputies"); not "customers stopped coming"."""
    if subject.lower_ == "it" or subject.ent_type_ in _BODY_NAMES:
        return True
    return subject.lemma_.lower() in shipped().derived(_body_nouns)


def _body_nouns(lexicon: Lexicon) -> frozenset[str]:
    """The nouns of a body, its office or its people, read once per lexicon."""
    heads = read_head_words(lexicon)
    kinds = (heads.get(kind, frozenset()) for kind in _BODY_KINDS)
    nouns = set(definite_heads(lexicon)) | read_titles(lexicon) | member_words(lexicon)[0]
    return frozenset(nouns).union(*kinds)
