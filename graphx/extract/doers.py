"""Who does a verb's act, as the parse tells it: its subjects, and in the passive its doers
after "by" ("was ordered deported by an immigration judge", "the resolution was rejected by
the board", "were arrested by deputies"). Courts, bodies and the law's people are each
found among them.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["doers"]


def doers(verb: Token) -> list[Token]:
    """The verb's subjects, then the nouns of its "by" phrase; a verb coordinated with one
    before it, with no subject of its own, shares its subject ("The judge heard the case and
    denied the request")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    own = subjects or any(c.dep_ in ("nsubjpass", "csubj", "expl") for c in verb.children)
    if not own and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return subjects + [p for c in verb.children if c.dep_ == "agent" for p in c.children]
