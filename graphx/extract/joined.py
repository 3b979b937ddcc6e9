"""Names the model broke apart, joined again (issue 15).

"the South Carolina Appleseed Legal Justice Center" came as a state, an untagged word and a
"Legal Justice Center"; "the Acadiana Workers' Justice Center" as "Acadiana Workers" (the
model ends a name at a plural possessive). Each was the publisher or the plaintiff of its
happening, which then named no one the reader knows.
"""

from __future__ import annotations

from spacy.tokens import Doc

from graphx.extract.drafts import BODY_TYPES, POSSESSIVE, Draft, covered
from graphx.extract.known import read_head_words, read_titles

__all__ = ["broken_bodies", "possessive_bodies"]


def broken_bodies(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """A body's name the model broke at a word it left untagged is one body: "the South
    Carolina Appleseed Legal Justice Center" was a state, "Appleseed" and a "Legal Justice
    Center" (found in a fresh corpus). A place or body, one or two capitalised words no
    draft holds nor titles, and a body right after them make one body of the last one's
    type."""
    titles = read_titles()
    taken = covered(drafts)
    out = list(drafts)
    for first, last in zip(drafts, drafts[1:], strict=False):
        words = doc[first.end : last.start]
        if first not in out or not 1 <= len(words) <= 2 or last.type not in BODY_TYPES:
            continue
        if first.type not in ("jurisdiction", *BODY_TYPES) or first.canonical:
            continue
        if any(not w.is_title or w.i in taken or w.lower_ in titles for w in words):
            continue
        out = [d for d in out if d is not first and d is not last]
        out.append(Draft(first.start, last.end, last.label, last.type, reason="a broken name"))
    return sorted(out, key=lambda o: o.start)


def possessive_bodies(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """A body's name the model ended at a plural possessive is longer: "the Acadiana Workers'
    Justice Center" was "Acadiana Workers" (found in a fresh corpus). A body, "'" or "'s",
    then one to three capitalised words no draft holds, the last a word that ends a body's
    name (``head_words.csv``), make one body; not "ICE's Boston Field Office" (a name after
    it), "ICE's Acting Director Todd Lyons" (no body's last word)."""
    taken = covered(drafts)
    heads = {w for words in read_head_words().values() for w in words}
    for d in drafts:
        if d.type not in BODY_TYPES or d.canonical or d.end >= len(doc):
            continue
        mark = d.end - 1 if doc[d.end - 1].text in POSSESSIVE else d.end
        if doc[mark].text not in POSSESSIVE:
            continue
        end = mark + 1
        while end < len(doc) and end - mark <= 3 and doc[end].is_title and end not in taken:
            end += 1
        words = doc[mark + 1 : end]
        if not words or (end < len(doc) and doc[end].is_title):
            continue
        if words[-1].lower_ not in heads:
            continue
        d.end = end
    return drafts
