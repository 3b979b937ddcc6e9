"""Repairs of the parse: a clause's subject the parser hung on the phrase before it (issue 15).

After a long opening phrase the parser often reads the subject as an apposition of that
phrase's last noun: in "After two hours of public comment that spilled into the hallway of
the Municipal Building, the City Council voted 6-3", "the City Council" hangs on "Building"
and "voted" has no subject, so the vote named no one. A finite verb with no subject, right
after a noun phrase set off by a comma inside its own opening phrase, takes that phrase as
its subject.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

__all__ = ["COMPONENT", "stranded_subjects"]

COMPONENT = "graphx_stranded_subjects"

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
# words between a subject and its verb: "the council unanimously voted", "had voted"
_BETWEEN = frozenset({"advmod", "aux", "auxpass", "neg"})


@Language.component(COMPONENT)
def stranded_subjects(doc: Doc) -> Doc:
    """Give each subjectless main verb the apposition stranded right before it."""
    for verb in doc:
        noun = _stranded_before(verb)
        if noun is not None:
            passive = any(c.dep_ == "auxpass" for c in verb.children)
            noun.head = verb
            noun.dep_ = "nsubjpass" if passive else "nsubj"
    return doc


def _stranded_before(verb: Token) -> Token | None:
    """The noun heading the phrase set off by a comma just before a main verb that has no
    subject, when the parser hung it inside the verb's own opening phrase."""
    if verb.dep_ != "ROOT" or verb.pos_ not in ("VERB", "AUX") or not _finite(verb):
        return None
    if any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    if verb.i == verb.sent.start:
        return None
    before = verb.i - 1
    while before > verb.sent.start and _between(verb.doc[before], verb):
        before -= 1
    noun = verb.doc[before]
    if noun.dep_ != "appos" or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    start = noun.left_edge.i
    if start <= verb.sent.start or verb.doc[start - 1].text != ",":
        return None
    return noun if _in_opening_phrase(noun, verb) and noun.head.i < start else None


def _in_opening_phrase(noun: Token, verb: Token) -> bool:
    """Whether a noun hangs, through its heads, on a phrase the verb opens with: a
    preposition or clause before the verb ("After two hours of comment ..., ")."""
    below = noun
    for head in noun.ancestors:
        if head == verb:
            return below.i < verb.i and below.dep_ in ("prep", "advcl", "npadvmod")
        below = head
    return False


def _between(word: Token, verb: Token) -> bool:
    return word.head == verb and word.dep_ in _BETWEEN


def _finite(verb: Token) -> bool:
    """A verb that can head a sentence: a tensed one, or one with a tensed auxiliary."""
    return verb.tag_ in _FINITE or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE | {"MD"} for c in verb.children
    )
