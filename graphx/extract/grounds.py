"""A park's or a square's name the model read as a person's or a town's (issue 16): "filled
Taylor Park on Sunday", "a vigil in Lafayette Square". A ground (``head_words.csv``) is no
entity; "Park" and "Field" are surnames too, so the name is a ground only where a place
stands: after a word of where, or as what a crowd filled.
"""

from __future__ import annotations

from spacy.tokens import Doc

from graphx.extract import places
from graphx.extract.drafts import Draft
from graphx.extract.known import read_head_words

__all__ = ["ground_read_as_a_name"]

_WHERE = frozenset({"in", "inside", "outside", "near", "around", "into", "through"})
# verbs whose object is the ground a crowd took up ("filled Taylor Park"); not "held",
# "surrounded", whose object may be a person
_FILLED = frozenset({"fill", "pack", "crowd", "cram", "jam", "throng"})


def ground_read_as_a_name(doc: Doc, draft: Draft) -> bool:
    """A "person" or a "place" whose last word is a ground's ("Taylor Park"), after a word of
    where or the object of a crowd's verb, and no place the gazetteer knows ("Highland
    Park" is a town); not one whose possessive follows ("in Jennifer Park's office")."""
    if draft.type not in ("person", "jurisdiction") or draft.end - draft.start < 2:
        return False
    last = doc[draft.end - 1]
    if not last.is_title or last.lower_ not in read_head_words()["ground"]:
        return False
    if draft.end < len(doc) and doc[draft.end].lower_ in ("'s", "’s"):
        return False
    if places.lookup(doc[draft.start : draft.end].text) is not None:
        return False
    before = doc[draft.start - 1] if draft.start > 0 else None
    if before is not None and before.lower_ in _WHERE:
        return True
    root = doc[draft.start : draft.end].root
    return root.dep_ == "dobj" and root.head.lemma_.lower() in _FILLED
