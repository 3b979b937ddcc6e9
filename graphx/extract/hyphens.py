"""Names joined by a hyphen: "Athens-Clarke County Commission", "Winston-Salem" (issue 16).

The tokenizer cuts at the hyphen and the model often starts the name after it; the whole
is one name, of the type of its last part. A party's letter ("R-Lebanon"), a prefix
("Anti-ICE", ``name_words.csv``) and two places ("Ohio-Kentucky border") are not joined.
"""

from __future__ import annotations

from spacy.tokens import Doc

from graphx.extract.drafts import Draft
from graphx.extract.known import name_words

__all__ = ["joined_by_hyphen", "hyphenated_names"]


def hyphenated_names(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """ "Athens-Clarke County Commission", "Winston-Salem": capitalised words joined by a
    hyphen with no space are one name, which the tokenizer cuts at the hyphen and the
    model often starts after it; the type is that of the name's last part."""
    ordered = sorted(drafts, key=lambda d: d.start)
    places = {i for d in ordered if d.type == "jurisdiction" for i in range(d.start, d.end)}
    kept = [True] * len(ordered)
    for n in reversed(range(len(ordered))):
        if not kept[n]:
            continue  # joined to the name after it
        d = ordered[n]
        span = (d.start, d.end)
        # two places are two ("Ohio-Kentucky border towns")
        alone = places if d.type == "jurisdiction" else set()
        while d.start >= 2 and _joins(doc, d.start - 2, alone):
            d.start -= 2
        while d.end + 1 < len(doc) and _joins(doc, d.end - 1, alone, after=True):
            d.end += 2
        if (d.start, d.end) == span:
            continue  # joined nothing: no other draft to drop (looked for only then, once a
            # draft grew, not for every draft of a long article)
        for m, other in enumerate(ordered):
            if m != n and other.start < d.end and other.end > d.start:
                kept[m] = False
    return [d for d, keep in zip(ordered, kept, strict=True) if keep]


def _joins(doc: Doc, i: int, alone: set[int], *, after: bool = False) -> bool:
    """Token ``i`` and the one two after it are one name across a hyphen: a capitalised
    word, not a party's letter ("R-Lebanon"), a prefix ("Anti-ICE") or a place of its own."""
    word = doc[i + 2] if after else doc[i]
    return (
        joined_by_hyphen(doc, i)
        and word.is_title
        and len(word.text) > 1
        and doc[i].lower_ not in name_words().prefixes
        and word.i not in alone
    )


def joined_by_hyphen(doc: Doc, i: int) -> bool:
    """The token is followed by a hyphen and the hyphen by a word, with no space."""
    return (
        i + 2 < len(doc)
        and doc[i + 1].text == "-"
        and not doc[i].whitespace_
        and not doc[i + 1].whitespace_
    )
