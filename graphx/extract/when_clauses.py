"""Repairs of the parse around times and clauses of when (issue 15).

A time told before the word that opens a clause of when belongs to the verb before it ("walked
out of the jail on Thursday ..., two weeks after agents arrested him"), though the parser may
hang it on the clause's verb. A bare time between a subject's participle or relative clause
and its verb, when the verb has a time of its own after it, closes that clause ("A
restaurant owner detained by agents last week walked out of the jail on Friday evening"),
though the parser hangs it on the verb.

The parser may read an opening "A day after the council voted, ..." as what the verb after
it says: a clause opened by "after" or "before" before its verb tells when. It may read such
an opening clause as the sentence's root, the verb after it joined to it with no "and"; and
it may hang the day told before the clause's "after" on the clause's verb ("On Thursday
evening, two days after agents detained 63 workers, 200 people gathered"): the clause is
the verb's, and so is the day.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from graphx.extract.timex.rules import words

__all__ = ["clauses_of_when", "times_to_their_verbs"]

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})


def times_to_their_verbs(doc: Doc) -> None:
    """Hang each time the parser gave the wrong verb on the one it tells of: the verb before a
    clause of when, or the participle or relative clause of a subject it closes."""
    for time in doc:
        owner = _participle_before(time) or _verb_before_the_clause(time)
        if owner is not None:
            time.head = owner


def clauses_of_when(doc: Doc) -> None:
    """Make each opening clause of when the clause of the verb it tells of, and the words
    before its "after" that verb's."""
    _fronted_times(doc)
    for root in [t for t in doc if t.dep_ == "ROOT"]:
        _clause_of_when_read_as_root(root)
    for opening in [t for t in doc if t.dep_ == "advcl" and t.i < t.head.i]:
        _times_before_its_mark(opening)


def _verb_before_the_clause(time: Token) -> Token | None:
    """The verb before a clause that "after", "before" or "when" opens, when the parser hung a
    time told before that word on the clause's verb: in "walked out of the jail on Thursday
    and into the arms of his wife, two weeks after agents arrested him", the walking was on
    Thursday, not the arrest; "two weeks after", right before its word, measures the clause."""
    clause = time.head
    if time.dep_ != "prep" or clause.dep_ != "advcl" or not clause.head.i < time.i < clause.i:
        return None
    marks = [c for c in clause.children if c.dep_ == "mark" and c.i < clause.i]
    if not marks or time.right_edge.i >= marks[0].i - 1:
        return None
    dated = any(t.ent_type_ in ("DATE", "TIME") for t in time.subtree)
    verb = clause.head
    # "removed in 2011 and again in the summer of 2016, months before ...": a verb dated
    # already keeps the parse's reading
    own = any(
        t.ent_type_ in ("DATE", "TIME")
        for c in verb.children
        if c.i not in (time.i, clause.i)
        for t in c.subtree
    )
    return verb if dated and not own else None


# a relative clause told as done: not "the group that represents the workers Monday filed"
_TOLD_DONE = frozenset({"VBD", "VBN"})


def _participle_before(time: Token) -> Token | None:
    """The participle or relative clause of its verb's subject that a bare time right after
    it closes, when the verb has a time of its own after it ("A restaurant owner detained by
    agents last week walked out of the jail on Friday evening": detained last week; "A man
    who was arrested by ICE agents last week was released on Thursday", found in probe225),
    else None."""
    verb = time.head
    if verb.dep_ in ("nsubj", "nsubjpass") and verb.pos_ in ("NOUN", "PROPN"):
        verb = verb.head  # the parser hung the time on the subject itself
    if time.dep_ != "npadvmod" or time.ent_type_ not in ("DATE", "TIME") or time.i > verb.i:
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    participles = [
        c
        for s in subjects
        for c in s.children
        if (c.dep_ == "acl" and c.tag_ == "VBN") or (c.dep_ == "relcl" and c.tag_ in _TOLD_DONE)
    ]
    # its own time: in a phrase of its own, not in a clause under it ("filed a lawsuit
    # seeking their release by Friday": a review)
    own = any(
        t.ent_type_ in ("DATE", "TIME")
        for c in verb.children
        if c.i > verb.i and c.dep_ in ("prep", "npadvmod", "advmod")
        for t in c.subtree
    )
    # right before the time, but the rest of a hyphenated word the parser hung elsewhere
    # ("at a routine immigration check-in last week": found in probe225)
    doc, start = time.doc, time.left_edge.i
    closes = [
        p
        for p in participles
        if p.right_edge.i < start
        and all(doc[k - 1].whitespace_ == "" for k in range(p.right_edge.i + 1, start))
    ]
    return closes[0] if closes and own else None


def _fronted_times(doc: Doc) -> None:
    """A clause before its verb that "after" or "before" opens (``sequence_marks``, as the
    readings of "days after" have them) is one of when, never one of what was said."""
    sequence = words()["sequence_marks"]
    for clause in doc:
        if clause.dep_ != "ccomp" or clause.i > clause.head.i:
            continue
        marks = [c for c in clause.children if c.dep_ == "mark"]
        if marks and marks[0].lower_ in sequence:
            clause.dep_ = "advcl"


def _clause_of_when_read_as_root(root: Token) -> None:
    """Make the verb after a sentence's opening clause of when its root, when the parser
    read the clause as the root and the verb as joined to it with no "and" ("On Thursday
    evening, two days after agents detained 63 workers, about 200 people gathered": found
    in probe240, where neither had a day): the clause is one of when."""
    sequence = words()["sequence_marks"]
    marks = [c for c in root.lefts if c.dep_ == "mark" and c.lower_ in sequence]
    joined = [c for c in root.rights if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    if not marks or not joined or root.pos_ not in ("VERB", "AUX"):
        return
    verb, doc = joined[0], root.doc
    said_and = any(c.dep_ == "cc" and root.i < c.i < verb.i for c in root.children)
    subject = any(c.dep_ in _SUBJECTS for c in verb.children)
    first = verb.left_edge.i  # the comma before the verb's clause, or its own first word
    comma = doc[first] if doc[first].is_punct else doc[first - 1]
    if said_and or not subject or comma.text != ",":
        return
    verb.head, verb.dep_ = verb, "ROOT"
    root.head, root.dep_ = verb, "advcl"


def _times_before_its_mark(clause: Token) -> None:
    """The words before an opening clause of when's "after" or "before", but its count of
    days, are its head verb's ("On Thursday evening, two days after agents detained 63
    workers, 200 people crowded into the hall": found in probe240, where the parser hung
    Thursday on "detained")."""
    sequence = words()["sequence_marks"]
    marks = [c for c in clause.lefts if c.dep_ == "mark" and c.lower_ in sequence]
    if not marks:
        return
    for child in [c for c in clause.lefts if c.i < marks[0].i]:
        if child.right_edge.i != marks[0].i - 1:
            child.head = clause.head
