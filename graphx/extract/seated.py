"""Bodies named by the town they sit in: a foreign government's consulate (issue 15).

A country keeps a consulate in many American cities, and the city is what tells them
apart: "the Mexican consulate in Kansas City" is one office, the one in Houston another.
The model read the first as the place "Mexican" (Mexico) and the town, two places of the
story, and a consulate named with a capital letter lost its town ("Mexican Consulate",
"Consulate of Honduras"). A body whose head word is ``seated`` in ``head_words.csv``,
named by a body's draft or by an adjective of nationality before it, takes the town after
its "in" into its name; the town it sits in is no place the story happened (found in
probe214 and probe234, written by helpers who never saw the code).
"""

from __future__ import annotations

from spacy.tokens import Doc

from graphx.extract import places
from graphx.extract.demonyms import demonym
from graphx.extract.drafts import BODY_TYPES, Draft
from graphx.extract.known import read_head_words

__all__ = ["seated_bodies"]

# A seated body's second head word: "the consulate general of Mexico".
_AFTER_HEAD = frozenset({"general"})


def seated_bodies(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """Each seated body with its name and the town it sits in made one agency's draft, in
    place of the drafts inside it ("the Mexican consulate in Kansas City": not Mexico and
    Kansas City; "the Consulate General of Mexico in Chicago", which the model may read as
    a group's name)."""
    seated = read_head_words()["seated"]
    out = list(drafts)
    for k, token in enumerate(doc):
        if token.lower_ not in seated:
            continue
        named = _name_around(doc, out, k)
        if named is None:
            continue
        start, end, by_model = named
        town = _town_after(doc, out, end)
        if town is None and by_model:
            continue
        end = town or end
        out = [d for d in out if not (d.start < end and d.end > start)]
        reason = "a foreign government's office, named with the town it sits in"
        out.append(Draft(start, end, "ORG", "agency", reason=reason))
    return sorted(out, key=lambda d: d.start)


def _name_around(doc: Doc, drafts: list[Draft], k: int) -> tuple[int, int, bool] | None:
    """The name a seated head word at ``k`` ends or opens, and whether a body's draft named
    it (not when an adjective of nationality names it: "Guatemalan consulate"); None for a
    bare "the consulate"."""
    body = next((d for d in drafts if d.start <= k < d.end and d.type in BODY_TYPES), None)
    if body is not None:
        return body.start, body.end, True
    if k == 0 or not doc[k - 1].is_title or demonym(doc[k - 1].text) is None:
        return None
    end = k + 1
    while end < len(doc) and doc[end].lower_ in _AFTER_HEAD:
        end += 1
    return k - 1, end, False


def _town_after(doc: Doc, drafts: list[Draft], end: int) -> int | None:
    """The end of the town named after "in" at ``end`` ("in Kansas City"), or None; a state
    or a country is no seat that tells one office from another ("in Texas")."""
    if end + 1 >= len(doc) or doc[end].lower_ != "in":
        return None
    town = next((d for d in drafts if d.start == end + 1 and d.type == "jurisdiction"), None)
    if town is None:
        return None
    place = places.lookup(doc[town.start : town.end].text)
    return town.end if place is not None and place.level == "city" else None
