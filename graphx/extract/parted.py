"""Names the model ran together with a place, parted (issue 15).

"the Irwin County Detention Center in Ocilla, Georgia" came as one body, "Irwin County
Detention Center in Ocilla": the release it was told of then named no jail a reader knows,
and Ocilla was no place. A body's name ends at a word that ends bodies' names
(``head_words.csv``); "in" and proper nouns to the draft's end after such a word are where
the body is, a place of its own, when the gazetteer knows it or a state follows it. So is
a person's name the model ran into "of" and a town a state follows ("Esteban Quiñones-Hart
of Center, Colo.", read as one group). A case's first party the model ran into its "v." is
no name of the page's at all.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from graphx.extract import places
from graphx.extract.drafts import BODY_TYPES, Draft
from graphx.extract.evidence import appositive_head, read_cues
from graphx.extract.known import any_head_words, facility_or_group, read_head_words, read_titles

__all__ = [
    "case_captions",
    "people_of_towns",
    "person_of_a_place",
    "places_after_bodies",
    "states_run_into_names",
]

_WHERE = frozenset({"in"})  # not "at": "the Health Center at Emory University"


def places_after_bodies(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """A body's draft that runs on past its head word into "in" and a proper noun is the
    body, typed by its own head words when the model's label typed it ("the Buffalo Federal
    Detention Facility in Batavia" is an agency: found in probe238), then the place."""
    out: list[Draft] = []
    for d in drafts:
        street = _on_a_street(doc, d) if d.type in BODY_TYPES else None
        cut = street or (_where_it_is(doc, d) if d.type in BODY_TYPES else None)
        if cut is None:
            out.append(d)
            continue
        own = d.type == "organization" and not (d.canonical or d.reason)
        kind = facility_or_group([t.text for t in doc[d.start : cut]]) if own else ""
        out.append(Draft(d.start, cut, d.label, kind or d.type, d.canonical, d.title, d.reason))
        if street is None:
            out.append(Draft(cut + 1, d.end, "GPE", "jurisdiction", reason="a place after a body"))
    return out


def _on_a_street(doc: Doc, d: Draft) -> int | None:
    """The "on" of "the Strafford County House of Corrections on County Farm Road in"
    (found in probe285, where the whole draft was lost): the street is no name of the body,
    and a place after it is the model's to read."""
    streets = read_head_words()["street"]
    for k in _after_a_body(doc, d, _ON):
        road = next((t for t in doc[k + 1 : d.end] if not t.is_title), doc[d.end - 1])
        last = road if road.is_title else doc[road.i - 1]
        if last.i > k and last.lower_ in streets:
            return k
    return None


def _where_it_is(doc: Doc, d: Draft) -> int | None:
    """The "in" of "... Detention Center in Ocilla", or None."""
    heads = any_head_words()
    for k in _after_a_body(doc, d, _WHERE):
        if all(t.is_title and t.pos_ == "PROPN" for t in doc[k + 1 : d.end]) and _a_town(
            doc, k + 1, d.end, heads
        ):
            return k
    return None


_ON = frozenset({"on"})


def _after_a_body(doc: Doc, d: Draft, words: frozenset[str]) -> Iterator[int]:
    """Where one of ``words`` stands inside the draft right after a body's head words."""
    heads = any_head_words()
    for k in range(d.start + 1, d.end - 1):
        if doc[k].lower_ in words and _ends_a_body(doc, d.start, k, heads):
            yield k


def _a_town(doc: Doc, start: int, end: int, heads: frozenset[str]) -> bool:
    """A place the gazetteer knows, or one a state follows ("in Ocilla, Georgia"); not a
    building or a body of its own ("at Emory University", "in Bridgeview Mosque"; a town
    whose name ends so is one: "in State College", a review)."""
    if doc[end - 1].lower_ in heads:
        return places.lookup(doc[start:end].text) is not None
    after = doc[end + 1 : end + 3].text if end < len(doc) and doc[end].text == "," else ""
    state = bool(after) and bool(
        places.state_named(after.split(",")[0].strip(), places.load_gazetteer())
    )
    return state or places.lookup(doc[start:end].text) is not None


def _ends_a_body(doc: Doc, start: int, k: int, heads: frozenset[str]) -> bool:
    """Whether the words before ``k`` end a body's name: its last one to three ("House of
    Corrections"), or a name that opens with its head and "of" ("University of Wyoming in
    Laramie": found in probe291, where Laramie was lost)."""
    tails = (doc[max(start, k - n) : k].text.lower() for n in (1, 2, 3))
    opened = k > start + 2 and doc[start].lower_ in heads and doc[start + 1].lower_ == "of"
    return doc[k - 1].is_title and (opened or any(tail in heads for tail in tails))


def people_of_towns(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """A group's draft "<name> of <town>" that a state follows, told as someone by a role
    before it and with no word of a body's name before "of", is a person and the town they
    are from ("farmworker organizer Esteban Quiñones-Hart of Center, Colo.", found in
    probe131); not "workers at JBS USA of Greeley, Colo."."""
    out: list[Draft] = []
    for d in drafts:
        parted = _person_and_town(doc, d) if d.type == "organization" and not d.canonical else ()
        out.extend(parted or [d])
    return out


def _person_and_town(doc: Doc, d: Draft) -> tuple[Draft, Draft] | tuple[()]:
    """The person and the town a group's draft is parted into, or none."""
    of = _of_inside(doc, d.start, d.end)
    titles = read_titles()
    role = d.start > 0 and doc[d.start - 1].is_lower and doc[d.start - 1].pos_ == "NOUN"
    start = d.start + (doc[d.start].lower_ in titles)  # "Organizer Esteban ..."
    if of is None or not (role or start > d.start) or not _a_name(doc, d.start, of):
        return ()
    state = _state_after(doc, d.end)
    town = doc[of + 1 : d.end].text
    if not state or places.town_of(town, [state], places.load_gazetteer()) is None:
        return ()
    return _parted(start, of, d.end, "a person of a town the model read as one group")


def _of_inside(doc: Doc, start: int, end: int) -> int | None:
    """Where the "of" is that follows two words of a name and precedes one more, else None."""
    return next((k for k in range(start + 2, end - 1) if doc[k].lower_ == "of"), None)


def _parted(start: int, of: int, end: int, why: str) -> tuple[Draft, Draft]:
    """The person before the "of" and the place after it."""
    person = Draft(start, of, "PERSON", "person", reason=why)
    return person, Draft(of + 1, end, "GPE", "jurisdiction", reason=why)


def person_of_a_place(doc: Doc, start: int, end: int) -> tuple[Draft, Draft] | tuple[()]:
    """A person's name the model ran into "of" and a place the gazetteer knows, parted into
    the person and the place ("owned by Gary Ogden of Draper": found in probe229, where the
    "of" had made the whole no name and the owner was lost); not a body's name ("Ana Ruiz of
    Make the Road")."""
    of = _of_inside(doc, start, end)
    if of is None or not _a_name(doc, start, of):
        return ()
    rest = doc[of + 1 : end]
    if not all(t.text[:1].isupper() for t in rest) or places.lookup(rest.text) is None:
        return ()
    head = appositive_head(doc, end)[0]
    if head and read_cues().apposition.get(head) not in ("person", "jurisdiction"):
        return ()  # "Maria Lopez of Providence, a hospital system": a body (a review)
    return _parted(start, of, end, "a person of a place the model read as one name")


def _a_name(doc: Doc, start: int, end: int) -> bool:
    """Two to four capitalised words, none of them a body's ("Esteban Quiñones-Hart")."""
    heads = any_head_words()
    words = [t for t in doc[start:end] if t.text != "-"]
    capitalised = all(t.text[:1].isupper() and t.lower_ not in heads for t in words)
    return 2 <= len(words) <= 4 and capitalised


def _state_after(doc: Doc, end: int) -> str:
    """The state after a comma right after the draft ("..., Colo."), else ""."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return ""
    return places.state_named(doc[end + 1].text, places.load_gazetteer())


def case_captions(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """Drop a name the model ran into a case's "v." ("Maldonado Cruz v." of "Maldonado
    Cruz v. Franklin County Sheriff's Department") or took alone before it ("In Ramos v.
    Dane County"): a caption's first party, not a place where the ruling was (found in a
    probe and a review)."""
    after = (d.end < len(doc) and doc[d.end].text in _VERSUS for d in drafts)
    # not "Jose V.": a case's "v." is written in lower case
    return [
        d
        for d, party in zip(drafts, after, strict=True)
        if doc[d.end - 1].text not in _VERSUS and not party
    ]


_VERSUS = frozenset({"v.", "vs.", "v", "vs"})


def states_run_into_names(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """A town's state abbreviated at a sentence's end, run into the next sentence's first
    word, a common noun ("in Huron, S.D. Children in that town stopped going", read as a
    person "S.D. Children"; found in probe284): the state alone. Not initials or a name
    ("Racine, S.C. Johnson", "Ruston, La. Tech": a review)."""
    out: list[Draft] = []
    for d in drafts:
        common = d.end - d.start == 2 and doc[d.start + 1].tag_ in ("NN", "NNS")
        if d.type == "jurisdiction" or not common or not _towns_state(doc, d.start):
            out.append(d)
            continue
        out.append(Draft(d.start, d.start + 1, "GPE", "jurisdiction", reason="a town's state"))
    return out


def _towns_state(doc: Doc, i: int) -> bool:
    """An AP state's abbreviation after a town and a comma ("Huron, S.D."); not after a
    state ("Racine, Wis., S.C. Johnson": the company's initials)."""
    gaz = places.load_gazetteer()
    written = doc[i].text
    town = i >= 2 and doc[i - 1].text == "," and doc[i - 2].is_title
    town = town and not places.state_named(doc[i - 2].text, gaz)
    return town and written.endswith(".") and bool(places.state_named(written, gaz))
