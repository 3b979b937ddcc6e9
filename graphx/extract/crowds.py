"""Whether a verb of gathering tells people gathering (issue 15).

"About 400 people rallied Saturday outside the detention center" is a gathering; "stocks
rallied" and "the study demonstrated" are not. The subject says which: people named by a
noun of ``crowd_nouns.txt``, a count of them, or a person or group named.
"""

from __future__ import annotations

from spacy.tokens import Token

from graphx.lexicon import Lexicon, shipped

__all__ = ["crowd_gathered", "crowd_nouns"]

_NAMED = frozenset({"PERSON", "ORG", "NORP"})


def crowd_nouns(lexicon: Lexicon | None = None) -> frozenset[str]:
    """``crowd_nouns.txt``: the nouns of people who gather."""
    return (lexicon or shipped()).word_set("crowd_nouns.txt")


def crowd_gathered(verb: Token) -> bool:
    """People as the subject, nothing as the object: "Hundreds rallied", "members of the
    coalition demonstrated outside the jail"; not "the group rallied its supporters"."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return False
    return any(_people(c) for c in verb.children if c.dep_ == "nsubj")


def _people(subject: Token) -> bool:
    counted = any(c.dep_ == "nummod" for c in subject.children)
    return counted or subject.lemma_.lower() in crowd_nouns() or subject.ent_type_ in _NAMED
