"""A vote told only by its tally (issue 15): "by a 3-2 vote, commissioners told the
sheriff he can negotiate" tells no vote with its verb, but a vote counted was held."""

from __future__ import annotations

from spacy.tokens import Token

from graphx.extract import clauses
from graphx.extract.triggers import Taxonomy, verb_lemma

__all__ = ["done_by_tally"]


def done_by_tally(noun: Token, taxonomy: Taxonomy) -> bool:
    """A vote told by its tally in the clause of a past verb that tells no happening of its
    own but what was said: "by a 3-2 vote, commissioners told the sheriff he can negotiate"
    (found in probe161); counted, so held ("passed on a 5-2 vote" is the passing's)."""
    verb = noun.head.head
    if not clauses.a_tally(noun):
        return False
    saying = taxonomy.tells(verb.lemma_.lower()) or verb_lemma(verb, taxonomy) not in taxonomy.verbs
    return saying and clauses.is_past(verb) and not clauses.is_opinion(verb)
