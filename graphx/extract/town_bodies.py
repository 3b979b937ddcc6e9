"""A town's name that a document's own bodies tell as a town (issue 16).

A student paper in Laramie names the "Laramie City Council" and never the state; the model
reads the town alone as a group ("as Laramie passes immigration resolution") or a person
("turn Laramie into a sanctuary city"), and no state named in the document lets the
gazetteer place it (found in probe321).
"""

from __future__ import annotations

from spacy.tokens import Doc

from graphx.extract.drafts import Draft, covered
from graphx.extract.gazetteer import Gazetteer, is_american_town, load_gazetteer, normalize_place
from graphx.extract.surnames import people_surnames

__all__ = ["towns_named_by_their_bodies"]

_LONGEST_TOWN = 3  # words of a town's name before its body's word ("Cedar Rapids City ...")


def towns_named_by_their_bodies(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """A name the model read as a group or a person is a town where the same document names
    a body of the town by it ("Laramie City Council", ``town_body_word`` rows of
    ``place_words.csv``) and the gazetteer knows an American town so named; not the surname
    of someone the document names in full ("Officer Ann Jackson" beside the "Jackson City
    Council")."""
    gaz = load_gazetteer()
    towns = _towns_of_bodies(doc, drafts, gaz)
    if not towns:
        return drafts
    towns -= people_surnames(doc, drafts)
    for d in drafts:
        text = doc[d.start : d.end].text
        guessed = d.type in ("organization", "person") and not (d.canonical or d.reason)
        if guessed and text in towns:
            d.type, d.label, d.reason = "jurisdiction", "GPE", "a town whose body it names"
    # where the model read nothing, a first name too is someone's ("Florence Lopez": a review)
    people = [d for d in drafts if d.type == "person" and d.end - d.start > 1]
    return _untagged(doc, drafts, towns - {doc[d.start].text for d in people})


def _untagged(doc: Doc, drafts: list[Draft], towns: set[str]) -> list[Draft]:
    """The town where the model read nothing: "Allentown council approves limits" beside
    the "Allentown City Council" (found in probe329: the town was in no headline nor
    text); not a word of a longer name ("Allentown Trust Ordinance"), nor someone's first
    name, nor a word that opens a sentence below the headline, where a town's name is as
    often a word ("Reading comprehension scores fell", "Mobile phones were banned": a
    review)."""
    taken = covered(drafts)
    out = list(drafts)
    headline_end = doc.text.find("\n")
    for town in towns:
        size = len(town.split())
        for i in range(len(doc) - size + 1):
            if doc[i : i + size].text != town or taken & set(range(i, i + size)):
                continue
            opens = doc[i].is_sent_start and 0 <= headline_end < doc[i].idx
            if not opens and not _in_a_longer_name(doc, i, i + size):
                out.append(Draft(i, i + size, "GPE", "jurisdiction", reason="a town's own name"))
    return sorted(out, key=lambda d: d.start)


def _in_a_longer_name(doc: Doc, start: int, end: int) -> bool:
    """A capitalised word right after the name, or before it inside its sentence."""
    after = doc[end] if end < len(doc) else None
    before = doc[start - 1] if start and not doc[start].is_sent_start else None
    return any(w is not None and w.is_title and w.is_alpha for w in (before, after))


def _towns_of_bodies(doc: Doc, drafts: list[Draft], gaz: Gazetteer) -> set[str]:
    """The American towns' names that open the document's bodies before a town's body word."""
    towns = set()
    for d in drafts:
        if d.type not in ("agency", "organization"):
            continue
        for k in range(1, min(_LONGEST_TOWN, d.end - d.start - 1) + 1):
            if doc[d.start + k].lower_ not in gaz.town_body_words:
                continue
            name = doc[d.start : d.start + k].text
            # "Carson City Board of Supervisors" is Carson City's, not Carson's (a review)
            whole = gaz.cities.get(normalize_place(f"{name} {doc[d.start + k].text}"))
            if not whole and is_american_town(name):
                towns.add(name)
    return towns
