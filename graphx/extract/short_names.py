"""A company's short name that is a town's name (issue 16).

"Blue Ridge, which employs about 900 people at the plant, said" after "the Blue Ridge
Premium Poultry plant": the model read the short name as the town of Blue Ridge, Ga., which
became the raid's place (found in probe261).
"""

from __future__ import annotations

from spacy.tokens import Doc

from graphx.extract.drafts import Draft
from graphx.extract.gazetteer import largest_us_town
from graphx.extract.known import read_head_words

__all__ = ["SHORT_NAME", "companies_by_short_name"]

SHORT_NAME = "a company's short name"  # the reason its mention is typed by, which resolution reads

_PLACING = frozenset({"in", "of", "at", "near", "outside", "from", "to", "into", "around"})


def companies_by_short_name(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """A small town's name that opens the name of a company of the page, the subject of a
    clause, is the company's short name ("Blue Ridge, which employs about 900 people at the
    plant, said" after "the Blue Ridge Premium Poultry plant": found in probe261, where the
    town of Blue Ridge, Ga., became the raid's place); not when the page tells the name as a
    place anywhere ("in Blue Ridge", "Green Bay police", "Green Bay, a city of 107,000":
    a review), nor a city of 50,000 people or more."""
    made = read_head_words()["business"]
    shorts = {
        doc[d.start : d.end - 1].text
        for d in drafts
        if d.type == "organization" and d.end - d.start > 2 and doc[d.end - 1].lower_ in made
    }
    if not shorts:
        return drafts
    shorts |= {" ".join(s.split()[:-1]) for s in shorts}  # "Blue Ridge" of "Blue Ridge Premium"
    placed = {doc[d.start : d.end].text for d in drafts if _told_as_a_place(doc, d)}
    for d in drafts:
        text = doc[d.start : d.end].text
        if d.type != "jurisdiction" or d.canonical or text not in shorts - placed:
            continue
        if doc[d.end - 1].dep_ == "nsubj" and largest_us_town(text) < _SMALL_TOWN:
            d.type, d.label, d.reason = "organization", "ORG", SHORT_NAME
    return drafts


def _told_as_a_place(doc: Doc, d: Draft) -> bool:
    """After a word of where, before a noun ("Green Bay police"), or described as a place."""
    where = d.start > 0 and doc[d.start - 1].lower_ in _PLACING
    after = doc[d.end : d.end + 3]
    noun = bool(after) and after[0].is_lower and after[0].pos_ == "NOUN"
    described = len(after) == 3 and after[0].text == "," and after[2].lower_ in _PLACE_NOUNS
    return where or noun or described


_SMALL_TOWN = 50_000
_PLACE_NOUNS = frozenset({"city", "town", "village", "community", "county", "suburb"})
