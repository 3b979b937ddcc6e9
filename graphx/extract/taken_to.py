"""Where someone was taken: a place named in the name of a body a "to" phrase names
("transported to ICE Enforcement and Removal Operations (ERO) Philadelphia"), or one that
locates where a verb of taking took them ("took them to the agency's station in Houlton"),
is where they went afterwards, not where the act took place."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from graphx.model import Mention

__all__ = ["in_a_body_taken_to"]

# Prepositions of where someone or something was taken: "transported to ERO Philadelphia".
_DESTINATION = frozenset({"to", "into", "toward", "towards"})
# Verbs of taking someone somewhere, and prepositions that place where they were taken.
_TAKING = frozenset({"take", "bring", "transport", "transfer", "move", "send", "drive", "fly"})
_LOCATING = frozenset({"in", "at", "near", "outside"})


def in_a_body_taken_to(doc: Doc, mention: Mention) -> bool:
    """A place named in the name of a body a "to" phrase names ("transported to ICE
    Enforcement and Removal Operations (ERO) Philadelphia"): where someone was taken, not
    where the act took place. A place the phrase names alone ("issued subpoenas to New
    York City") is the one acted on."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    for above in [span.root, *span.root.ancestors][:6]:
        if above.pos_ in ("VERB", "AUX"):
            return False
        if above.pos_ == "ADP" and _locates_where_taken(above):
            return True
        if above.pos_ == "ADP":
            named = [c for c in above.children if c.dep_ == "pobj"]
            # a body's name before the place ("ERO Philadelphia"); not a state after it
            # ("to Minneapolis, Minnesota")
            return above.lower_ in _DESTINATION and any(
                t.pos_ == "PROPN" and t.i < span.start for p in named for t in p.subtree
            )
    return False


def _locates_where_taken(preposition: Token) -> bool:
    """ "took them to the agency's station in Houlton": the place of where someone was
    taken, not of the act (not "issued subpoenas to the jail in Manhattan": no taking)."""
    where = preposition.head
    if preposition.lower_ not in _LOCATING or where.dep_ != "pobj":
        return False
    named = [c for c in preposition.children if c.dep_ == "pobj"]
    if any(c.dep_ in ("relcl", "acl") for n in (where, *named) for c in n.children):
        return False  # "the county jail in Ellsworth, where he is being held": held there
    to = where.head
    verb = to.head
    return to.lower_ in _DESTINATION and verb.pos_ == "VERB" and verb.lemma_.lower() in _TAKING
