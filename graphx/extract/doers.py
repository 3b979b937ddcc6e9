"""Who does a verb's act, as the parse tells it: its subjects, and in the passive its doers
after "by" ("was ordered deported by an immigration judge", "the resolution was rejected by
the board", "were arrested by deputies"). Courts, bodies and the law's people are each
found among them.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["doers"]


def doers(verb: Token) -> list[Token]:
    """The verb's subjects, then the nouns of its "by" phrase."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return subjects + [p for c in verb.children if c.dep_ == "agent" for p in c.children]
