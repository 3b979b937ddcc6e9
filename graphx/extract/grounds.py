"""A park's or a square's name the model read as a person's or a town's (issue 16): "filled
Taylor Park on Sunday", "a vigil in Lafayette Square". A ground (``head_words.csv``) is no
entity; "Park" and "Field" are surnames too, so the name is a ground only where a place
stands: as what a crowd filled, or a person's after a word of where.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from graphx.extract import places
from graphx.extract.drafts import Draft
from graphx.extract.known import read_head_words
from graphx.extract.taxonomy import load_taxonomy

__all__ = ["ground_read_as_a_name"]

# not "around", "into", "through", "at": "gathered around Jennifer Hall", "ran into Carlos
# Field", "yelled at Kevin Hall" (reviews)
_WHERE = frozenset({"in", "inside", "outside", "near"})
_TOLD_AS = frozenset({"a", "an", "the", "his", "her", "their", "its"})  # ", the county sheriff"
# verbs whose object is the ground a crowd took up ("filled Taylor Park"); not "held",
# "surrounded", "crowded", whose object may be a person ("crowded Mayor Tom Hall": a review)
_FILLED = frozenset({"fill", "pack", "cram", "jam", "throng"})
# what fills a person or puts one somewhere ("filled Maria Hall with dread", "packed Luis
# Park into a van": a review)
_NOT_A_GROUND = frozenset({"with", "into"})


def ground_read_as_a_name(doc: Doc, draft: Draft) -> bool:
    """A "person" whose last word is a ground's ("Taylor Park") after a word of where, or a
    "person" or a "place" that a crowd's verb fills, that no gazetteer knows ("Highland Park"
    is a town); not one whose possessive follows ("in Jennifer Park's office")."""
    if draft.type not in ("person", "jurisdiction") or draft.end - draft.start < 2:
        return False
    last = doc[draft.end - 1]
    if not last.is_title or last.lower_ not in read_head_words()["ground"]:
        return False
    if draft.end < len(doc) and doc[draft.end].lower_ in ("'s", "’s"):
        return False
    if places.lookup(doc[draft.start : draft.end].text) is not None:
        return False
    if _described(doc, draft.end):
        return False  # "outside Ray Hall, the county sheriff": a person told by what he is
    before = doc[draft.start - 1] if draft.start > 0 else None
    if before is not None and before.lower_ in _WHERE and draft.type == "person":
        # a town's name after it is the model's to read ("arrested in Humboldt Park": a
        # neighbourhood no gazetteer knows, a review)
        return _where_something_was(before.head)
    root = doc[draft.start : draft.end].root
    verb = root.head
    filled = root.dep_ == "dobj" and verb.lemma_.lower() in _FILLED
    return filled and not any(c.lower_ in _NOT_A_GROUND for c in verb.children)


def _described(doc: Doc, end: int) -> bool:
    """A comma and a determiner after the name: an appositive tells what it is."""
    after = [t.lower_ for t in doc[end : end + 2]]
    return after[:1] == [","] and after[1:2] != [] and after[1] in _TOLD_AS


def _where_something_was(head: Token) -> bool:
    """What a word of where hangs on is a verb, a time or a happening ("held at 4 p.m. in
    Taylor Park", "a vigil in Taylor Park"), not a noun of trust ("his faith in Jason Park":
    a review)."""
    if head.pos_ != "NOUN" or head.ent_type_:
        return True
    return head.lemma_.lower() in load_taxonomy().nouns
