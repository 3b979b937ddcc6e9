"""Verbs that only place an act in time ("the raid was on Friday", "the arrest came on
January 17", "the protest began Monday, April 9"): the date under one dates its subject's
happening, not an act of the verb's own (issue 15).
"""

from __future__ import annotations

from spacy.tokens import Token

from graphx.extract import clauses
from graphx.extract.firsts import first_to_do
from graphx.lexicon import Lexicon, shipped

__all__ = ["done_first", "placed_subject", "support_verbs", "under_other_verb"]


def support_verbs(lexicon: Lexicon | None = None) -> frozenset[str]:
    """``support_verbs.txt``: verbs that only say when or that something took place
    ("the raid was on Friday", "the arrest came on January 17")."""
    return (lexicon or shipped()).word_set("support_verbs.txt")


def under_other_verb(token: Token, triggers: set[int]) -> bool:
    """Whether the token's clause is headed by a verb that is no trigger.

    Such a date says when that verb's act took place ("the city said Saturday
    it would review the subpoenas", "traveled to tout the lawsuit on
    Wednesday"), not when the sentence's one trigger did (issue 15). A verb
    that only places the sentence's event in time ("the raid was on Friday")
    is no such verb; it is one when its subject is no event ("Sessions will be
    in Sacramento Wednesday") or it looks ahead ("the hearing will be Friday").
    """
    verb = _verb_over(token)
    if verb is None:
        return False
    if done_first(token, triggers) is not None:
        return False
    if verb.lemma_.lower() not in support_verbs():
        return True
    if verb.dep_ in ("acl", "relcl") and verb.head.i not in triggers:
        return True  # "the 86 workers taken into custody a day earlier": the workers' day
    ahead = any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return ahead or any(s.i not in triggers for s in subjects)


def done_first(token: Token, triggers: set[int]) -> int | None:
    """The trigger told as done first by the verb the token's clause is headed by ("on Tuesday
    became the first county to sign": the signing's own day, though "..., the sheriff said"
    has a trigger of its own), else None."""
    verb = _verb_over(token)
    if verb is None:
        return None
    told = [*verb.children, *(g for c in verb.children if c.dep_ == "attr" for g in c.children)]
    return next((c.i for c in told if c.i in triggers and first_to_do(c)), None)


def placed_subject(token: Token, triggers: set[int]) -> int | None:
    """The trigger a verb that places it in time has for its subject, when a time hangs on
    that verb: "The protest at York County Prison began Monday, April 9, ... according to
    a group that visits detainees" (the protest's day, though "visits" is a trigger too);
    not "the hearing will be Friday", which looks ahead."""
    verb = _verb_over(token)
    if verb is None or verb.lemma_.lower() not in support_verbs():
        return None
    if verb.tag_ in ("VBZ", "VBP") or any(
        c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children
    ):
        return None  # "the hearing is Friday", "will be": a day ahead (a review)
    subjects = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i in triggers]
    return subjects[0] if len(subjects) == 1 else None


def _verb_over(token: Token) -> Token | None:
    """The verb or auxiliary that heads the token's clause: the token, or its nearest one
    above."""
    return next((t for t in [token, *clauses.ancestors(token)] if t.pos_ in ("VERB", "AUX")), None)
