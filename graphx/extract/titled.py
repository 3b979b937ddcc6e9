"""A person named right after a title ("City Councilmember Ana Ruiz Vega said"), whom the
model missed or took for a body with its title (issue 16): moved from ``repairs``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from graphx.extract import places
from graphx.extract.drafts import BODY_TYPES, Draft, covered
from graphx.extract.hyphens import joined_by_hyphen
from graphx.extract.known import name_words, read_head_words
from graphx.extract.titles import ends_a_title_begun_before, is_title_word

__all__ = ["places_cut_at_titles", "titled_names"]


def titled_names(doc: Doc, drafts: list[Draft], titles: frozenset[str]) -> list[Draft]:
    """A two- or three-word capitalised name right after a title is a person the model
    missed ("City Councilmember Ana Ruiz Vega said", issue 16), or took for a body with
    its title ("Supervisor Harlan Coyle" as an ORG) or for a place no gazetteer knows."""
    drafts = [d for d in drafts if not (d.type in BODY_TYPES and _only_titles(doc, d, titles))]
    for d in drafts:
        # "Sheriff Harlan Prewitt" read as a place, by the county its first name is (probe267)
        unknown = d.type == "jurisdiction" and places.lookup(doc[d.start : d.end].text) is None
        if (d.type in BODY_TYPES or unknown) and not d.canonical:
            _person_after_title(doc, d, titles)
    # a surname the model took for a one-word body ("Chair Lucía Ferrán" with "Ferrán" an
    # ORG) is part of the name (found by a probe on invented articles)
    lone = {d.start for d in drafts if d.end == d.start + 1 and d.type in BODY_TYPES}
    taken = covered(drafts) - {d.start for d in drafts if d.start in lone and not d.canonical}
    found = []
    lowers = [t.lower_ for t in doc]  # one pass; most words are no title
    i = 0
    while i < len(doc):
        if lowers[i] not in titles and lowers[i].rstrip(".") not in titles:
            i += 1
            continue
        j = i
        while j < len(doc) and doc[j].is_title and is_title_word(doc[j].text, titles):
            j += 1
        j = _past_title_of(lowers, i, j, titles)
        k, dashes = j, 0  # a hyphen inside a surname joins two of its words ("Ruiz-Barone")
        while k < len(doc) and k - j - dashes < 3 and k not in taken:
            dash = k > j and doc[k].text == "-" and joined_by_hyphen(doc, k - 1)
            dash = dash and _name_word(doc[k + 1], titles)  # not "the Ana Ruiz-backed bill"
            if not (dash or _name_word(doc[k], titles)):
                break
            k, dashes = k + 1, dashes + dash
        closed = k >= len(doc) or not doc[k].is_title
        if j > i and k - j >= 2 and closed and taken.isdisjoint(range(j, k)):
            found.append(Draft(j, k, "PERSON", "person", reason="a name after the title"))
            taken.update(range(j, k))
        i = max(i + 1, k)
    inside = covered(found)
    return [d for d in drafts if d.start not in inside] + found


def places_cut_at_titles(doc: Doc, drafts: list[Draft], titles: frozenset[str]) -> list[Draft]:
    """A place the model ran into the title after it and cut short before ("HSI Salt Lake
    City Special Agent in Charge ...": its "Lake City Special", found in probe246) ends
    before the title and begins where the gazetteer's name of it does."""
    for d in drafts:
        if d.type != "jurisdiction" or d.canonical or d.end - d.start < 2 or d.end >= len(doc):
            continue
        if not is_title_word(doc[d.end - 1].text, titles, doc[d.end].text):
            continue
        end = d.end - 1
        start = d.start - 1 if d.start and doc[d.start - 1].is_title else d.start
        for first in dict.fromkeys((start, d.start)):
            if places.lookup(doc[first:end].text) is not None:
                d.start, d.end = first, end
                break
    return drafts


def _ends_a_bodys_name(word: Token) -> bool:
    """A firm's word or the head word of an agency, a group or a business, which ends no
    person's name: "Sister Cities International" is a body (a review); not a building's or
    an outlet's, which surnames are too ("spokeswoman Kelsey Hall", "Tara Post")."""
    heads, kinds = read_head_words(), ("agency", "organization", "business")
    return word.lower_ in name_words().firms or any(word.lower_ in heads[k] for k in kinds)


def _past_title_of(lowers: list[str], i: int, j: int, titles: frozenset[str]) -> int:
    """Past the "of the Peace" of "Justice of the Peace" (``titles.txt`` pairs its words
    without "of" and "the": "justice peace"), else where the title words ended."""
    k = j
    while k < len(lowers) and lowers[k] in ("of", "the"):
        k += 1
    if j > i and k > j and k < len(lowers) and f"{lowers[j - 1]} {lowers[k]}" in titles:
        return k + 1
    return j


def _title_end(doc: Doc, d: Draft, titles: frozenset[str]) -> int:
    """Where the titles that open a draft end ("State Rep." before a name)."""
    j = d.start
    while j < d.end and doc[j].is_title:
        after = doc[j + 1].text if j + 1 < len(doc) else ""
        begun = ends_a_title_begun_before(doc, j, d.start, titles)  # "Agent in" + "Charge"
        if not (is_title_word(doc[j].text, titles, after) or begun):
            break
        j += 1
    return j


def _only_titles(doc: Doc, d: Draft, titles: frozenset[str]) -> bool:
    """A body's draft that is only a title's words ("State" of "State Rep. Ana Ruiz")."""
    return not d.canonical and _title_end(doc, d, titles) == d.end


def _person_after_title(doc: Doc, d: Draft, titles: frozenset[str]) -> None:
    """Make a body's draft the person it names, when it is only titles and a two- or
    three-word name, or a two- or three-word name right after a title ("agency
    spokeswoman Kelsey Marsh" read as an ORG; found in a fresh corpus), not one more title
    opens ("deputy Homeland Security secretary")."""
    j = _title_end(doc, d, titles)
    if j == d.start and _an_office_of_a_level(doc, d, titles):
        j = _title_end(doc, Draft(d.start + 1, d.end, d.label, d.type), titles)
    if j == d.start:
        j = _title_after_place(doc, d, titles)
    following = doc[d.end].text if d.end < len(doc) else ""
    after = d.start > 0 and is_title_word(doc[d.start - 1].text, titles)
    after = after and not (following and is_title_word(following, titles))
    # a hyphen inside a surname joins its halves into one word ("Lourdes Quiñones-Abernathy")
    words = [t for t in doc[j : d.end] if not (t.text == "-" and joined_by_hyphen(doc, t.i - 1))]
    named = 2 <= len(words) <= 3 and all(_name_word(t, titles) for t in words)
    if (j > d.start or after) and named and not _ends_a_bodys_name(words[-1]):
        d.start, d.type, d.label = j, "person", "PERSON"
        d.reason = "a name after the title"


def _an_office_of_a_level(doc: Doc, d: Draft, titles: frozenset[str]) -> bool:
    """A draft that opens with "County" or "City" and a title, no place's name before it
    ("unless County Executive Maureen Dolbeer vetoes it", found in probe296: one body)."""
    level = doc[d.start].lower_ in ("county", "city") and d.end - d.start > 3
    placed = d.start > 0 and doc[d.start - 1].is_title
    return level and not placed and is_title_word(doc[d.start + 1].text, titles)


def _title_after_place(doc: Doc, d: Draft, titles: frozenset[str]) -> int:
    """Where the titles end that follow a place the gazetteer knows at a draft's start
    ("Boone County Jailer Ed Collier" read as one ORG: the jailer of Boone County; or
    "County Sheriff Curtis Bybee" after "Gooding"), else the draft's start."""
    county = d.start > 0 and doc[d.start].lower_ in ("county", "parish")
    start = d.start - 1 if county else d.start
    for m in range(d.start + 1, d.end - 2):
        if is_title_word(doc[m].text, titles) and places.lookup(doc[start:m].text):
            end = _title_end(doc, Draft(m, d.end, d.label, d.type), titles)
            return end if end > m else d.start
    return d.start


def _name_word(token: Token, titles: frozenset[str]) -> bool:
    """A capitalised word that may be part of a person's name; with a tagger, a proper
    noun ("Head Start Program" names no one), and no day the model read ("The state's
    Attorney General Monday filed" names no "General Monday": a review)."""
    return (
        token.is_title
        and token.is_alpha
        and not token.is_stop
        and token.ent_type_ not in ("DATE", "TIME")
        and (not token.pos_ or token.pos_ == "PROPN")
        and not is_title_word(token.text, titles)
    )
