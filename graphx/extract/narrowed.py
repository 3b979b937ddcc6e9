"""A practice a body will do from now on only on a lawful condition, or not but on one:
"will honor a detainer only if it comes with a judicial warrant", "won't keep anyone for
ICE unless a judge signs a warrant" (issue 15). The rule changed, as "will no longer hold"
tells; ``rule_changes`` reads it as a practice ended. The words are ``practice_ends.txt``'s
"only", "unless" and "condition" lines.
"""

from __future__ import annotations

from spacy.tokens import Token

from graphx.extract.word_lists import practice_ends

__all__ = ["narrowed", "only_on"]

_WILL = frozenset({"will", "'ll", "shall"})


def narrowed(verb: Token) -> bool:
    """A practice (``practices``) that a body will do only on a condition from now on, or
    will not do but on one: "will honor a detainer only if it comes with a judicial
    warrant", "won't keep anyone in prison for ICE unless there's a judge's warrant" (found
    in a probe; the rule changed, as "will no longer hold" tells)."""
    words = practice_ends()
    auxiliaries = {c.lemma_.lower() for c in verb.children if c.dep_ == "aux"}  # "wo" of "won't"
    if verb.lemma_.lower() not in words.get("practices", ()) or not auxiliaries & _WILL:
        return False
    denied = any(c.dep_ == "neg" for c in verb.children)
    for clause in (c for c in verb.children if c.dep_ == "advcl"):
        marks = {m.lower_ for m in clause.children if m.dep_ in ("mark", "advmod")}  # "when"
        if not any(t.lemma_.lower() in words.get("condition", ()) for t in clause.subtree):
            continue  # a body's plan for one case, a shop's rule (a review)
        if only_on(verb, clause) and marks & words.get("only", frozenset()):
            return True
        if denied and marks & words.get("unless", frozenset()):
            return True
    return False


def only_on(verb: Token, clause: Token) -> bool:
    """ "only if", "only when": "only" on the condition, its "when" or the verb it narrows."""
    marks = [c for c in clause.children if c.dep_ in ("mark", "advmod")]
    near = (*clause.children, *verb.children, *(t for m in marks for t in m.children))
    return any(t.dep_ == "advmod" and t.lower_ == "only" for t in near)
