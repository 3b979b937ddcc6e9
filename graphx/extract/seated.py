"""Bodies named by the town they sit in: a foreign government's consulate (issue 15).

A country keeps a consulate in many American cities, and the city is what tells them
apart: "the Mexican consulate in Kansas City" is one office, the one in Houston another.
The model read the first as the place "Mexican" (Mexico) and left the consulate out, and
read "the Consulate General of Mexico" as a group. A name whose head word is ``seated`` in
``head_words.csv`` is a government's office, an agency, and one an adjective of nationality
names ("Guatemalan consulate") is that office, not the country; the resolver names it with
the town after its "in" (``resolve.documents``), which stays a place of its own, as a
crowd outside the consulate gathered there (found in probe214 and probe234, written by
helpers who never saw the code, and in a review).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from graphx.extract import places
from graphx.extract.demonyms import demonym
from graphx.extract.drafts import BODY_TYPES, Draft, covered
from graphx.extract.known import normalize_name, read_head_words
from graphx.model import Mention

__all__ = ["country_form", "named_with_its_town", "seated_bodies", "seated_name"]

# A seated body's second head word: "the consulate general of Mexico".
_AFTER_HEAD = frozenset({"general"})


def seated_name(text: str) -> bool:
    """A name that a seated head word ends ("Mexican Consulate", "Guatemalan consulate
    general") or opens before "of" ("Consulate General of Mexico"); not a company's
    ("Consulate Senior Living").

    >>> seated_name("Consulate of Honduras"), seated_name("Consulate Senior Living")
    (True, False)
    """
    seated = read_head_words()["seated"]
    words = text.lower().split()
    while words and words[-1] in _AFTER_HEAD:
        words.pop()
    if words and words[-1] in seated:
        return True
    heads = [k for k, w in enumerate(words) if w in seated]
    if not heads:
        return False
    after = heads[0] + 1
    while after < len(words) and words[after] in _AFTER_HEAD:
        after += 1
    return after < len(words) and words[after] == "of"


def seated_bodies(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """A seated body's draft typed an agency ("the Consulate General of Mexico", which the
    model may read as a group's name), and one an adjective of nationality names made one,
    in place of the country the model read ("the Mexican consulate": not Mexico)."""
    seated = read_head_words()["seated"]
    out = _named_by_country(doc, list(drafts), seated)
    for d in out:
        if d.type != "person" and seated_name(doc[d.start : d.end].text):
            d.type, d.reason = "agency", "a foreign government's office"
    for k, token in enumerate(doc):
        if token.lower_ not in seated or k == 0 or any(d.start <= k < d.end for d in out):
            continue
        if not doc[k - 1].is_title or demonym(doc[k - 1].text) is None:
            continue
        end = k + 1
        while end < len(doc) and doc[end].lower_ in _AFTER_HEAD:
            end += 1
        out = [d for d in out if not (d.start < end and d.end > k - 1)]
        reason = "a foreign government's office, named by its nationality"
        out.append(Draft(k - 1, end, "ORG", "agency", reason=reason))
    return sorted(out, key=lambda d: d.start)


def _named_by_country(doc: Doc, drafts: list[Draft], seated: frozenset[str]) -> list[Draft]:
    """A seated body named by its country that the model left out, reading the country alone
    or nothing ("The Consulate of Guatemala in Raleigh says"), as one draft of the whole."""
    for k, token in enumerate(doc):
        if token.lower_ not in seated or not token.is_title or covered(drafts) & {k}:
            continue
        of = k + 1
        while of < len(doc) and doc[of].lower_ in _AFTER_HEAD:
            of += 1
        end = _country_after(doc, of)
        if end:
            drafts = [d for d in drafts if d.end <= k or d.start >= end]
            reason = "a foreign government's office, named by its country"
            drafts.append(Draft(k, end, "ORG", "agency", reason=reason))
    return sorted(drafts, key=lambda d: d.start)


def _country_after(doc: Doc, of: int) -> int:
    """Where a country's name after the "of" at ``of`` ends ("of El Salvador"), else 0."""
    if of >= len(doc) or doc[of].lower_ != "of":
        return 0
    for end in range(min(of + 4, len(doc)), of + 1, -1):
        place = places.lookup(doc[of + 1 : end].text)
        if place is not None and place.level == "country" and doc[of + 1].is_title:
            return end
    return 0


def named_with_its_town(text: str, mentions: Sequence[Mention], i: int) -> str:
    """The name of the seated body of mention ``i`` with the town after its "in" ("Mexican
    consulate in Kansas City"), told by the next mention, a city; "" for another body, or
    one told with a state ("in Texas") or with no town."""
    m = mentions[i]
    town = mentions[i + 1] if i + 1 < len(mentions) else None
    if m.type not in BODY_TYPES or town is None or not seated_name(m.text):
        return ""
    if town.type != "jurisdiction" or text[m.end : town.start] != " in ":
        return ""
    place = places.lookup(town.text)
    return f"{m.text} in {town.text}" if place is not None and place.level == "city" else ""


def country_form(name: str) -> str:
    """A seated body named by its nationality, as its country's name names it: "Mexican
    consulate in Albuquerque" is the "consulate of mexico in albuquerque" another outlet
    calls the Consulate of Mexico in Albuquerque (found in probe259); "" for another name."""
    first, _, rest = name.partition(" ")
    country = demonym(first)
    if country is None or country.level != "country" or not seated_name(rest.split(" in ")[0]):
        return ""
    head, joint, town = rest.partition(" in ")
    return normalize_name(f"{head} of {country.name}{joint}{town}")
