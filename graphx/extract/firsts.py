"""An act told as who was the first to do it (issue 15): "Marion County on Tuesday became the
first county in Oregon to sign a 287(g) agreement" tells the signing, done then, though its
verb is an infinitive, which elsewhere tells an act to come ("plans to sign").
"""

from __future__ import annotations

from spacy.tokens import Token

from graphx.extract.aspect import progressive_habits
from graphx.extract.word_lists import firsts

__all__ = ["first_to_do"]

# the verbs of being such a one: "became the first county to", "was the only state to"
_BEING = frozenset({"become", "be"})
# what makes it a stretch of time, not one act: "for years", "before 2020", "since 2019"
_STRETCH = frozenset({"for", "before", "since", "until"})


def first_to_do(verb: Token) -> bool:
    """An infinitive told of the one who did it first, last or alone ("became the first
    county to sign", "was the only state to ban", "the latest city to adopt": ``firsts.txt``)
    with a past "became" or "was"; not one to come ("will become the first to sign", "hopes
    to be the first", "the next county to sign"), denied ("wasn't the first", "the only
    county not to sign", "no county was"), a habit ("has always been the first", "for
    years", "before 2020") or no one's act ("the first step to end the contract": a review)."""
    if verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return False
    being = verb.head
    if verb.dep_ in ("acl", "relcl") and being.dep_ == "attr":
        being = being.head
    elif verb.dep_ not in ("xcomp", "advcl"):
        return False
    nouns = [c for c in being.children if c.dep_ == "attr"]
    if being.lemma_.lower() not in _BEING or not _done_once(being) or _denied(verb, being):
        return False
    return any(_one_of_a_row(n) for n in nouns)


def _done_once(being: Token) -> bool:
    """ "became", "was", "has become": once, not "has always been" nor "for years"."""
    auxiliaries = [c for c in being.children if c.dep_ == "aux"]
    perfect = being.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxiliaries)
    if being.tag_ != "VBD" and not perfect:
        return False
    if any(c.dep_ == "advmod" and c.lower_ in progressive_habits() for c in being.children):
        return False
    stretches = [c for c in being.subtree if c.dep_ == "prep" and c.lower_ in _STRETCH]
    return not any(o.ent_type_ == "DATE" for p in stretches for o in p.subtree)


def _denied(verb: Token, being: Token) -> bool:
    """ "wasn't the first", "never the first", "the only county not to sign", "no county"."""
    if any(c.dep_ == "neg" for c in (*being.children, *verb.children)):
        return True
    subjects = [c for c in being.children if c.dep_ == "nsubj"]
    return any(d.dep_ == "det" and d.lower_ == "no" for s in subjects for d in s.children)


def _one_of_a_row(noun: Token) -> bool:
    """ "the first county", "the second state", "the only city", "the latest town", or an
    ordinal alone ("the first in the state"); not "the first step"."""
    words = firsts()
    if noun.lemma_.lower() in words.get("not", frozenset()):
        return False
    told = [noun, *(c for c in noun.children if c.dep_ in ("amod", "advmod"))]
    return any(w.ent_type_ == "ORDINAL" or w.lower_ in words.get("one", ()) for w in told)
