"""Types decided by the whole document: evidence, places, surnames and majority.

A sentence may say what a name is ("Acme, a clothing company"); "Largo FL"
is a city; a one-word ORG that is a person's surname is that person; a name
has one type in a document; and a lone "person" the document never names in
full is dropped, or typed as the body whose name ends in it (issue 16).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from spacy.tokens import Doc

from graphx.extract import places
from graphx.extract.drafts import BODY_TYPES, Draft, covered
from graphx.extract.gazetteer import largest_us_town
from graphx.extract.hyphens import joined_by_hyphen
from graphx.extract.known import facility_or_group, name_words, read_head_words, read_titles
from graphx.extract.surnames import people_surnames
from graphx.extract.timex.rules import words
from graphx.extract.titles import is_title_word
from graphx.extract.town_cues import a_part_of_it, after_in, named_so, read_as_someone_else
from graphx.lexicon import Lexicon, shipped

__all__ = [
    "place_titles",
    "places_before_titles",
    "places_named_like_the_famous",
    "city_and_state",
    "consistent_types",
    "people_by_surname",
    "people_read_as_places",
    "places_opening_names",
    "towns_of_named_states",
    "towns_read_as_names",
]

# "Largo FL", "Largo, Fla.": a name, then a postal code or an AP abbreviation.
_CITY_STATE = re.compile(r"[A-Z][\w .'-]*?,?\s+(?:[A-Z]{2}|[A-Z][a-z]{1,4}\.)")


def city_and_state(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """ "Largo FL", "Dayton, Ohio" read as one name are a city in its state (issue 16)."""
    for d in drafts:
        text = doc[d.start : d.end].text
        if d.type == "jurisdiction" or not _CITY_STATE.fullmatch(text):
            continue
        place = places.lookup(text)
        if place is not None and place.level == "city" and not place.ambiguous:
            d.type, d.label, d.canonical = "jurisdiction", "GPE", ""
    return drafts


def places_opening_names(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """A word the gazetteer knows no American place by, opening a longer capitalised name
    the model left untagged ("the Delta Prime Poultry plant"), is that name's first word,
    not a place (it made a town in Canada the place of a raid in Mississippi)."""
    taken = covered(drafts)
    titles = read_titles()
    keep = []
    for d in drafts:
        run = 0
        for token in doc[d.end : d.end + 4]:
            after = doc[token.i + 1].text if token.i + 1 < len(doc) else ""
            if not token.is_title or token.i in taken or is_title_word(token.text, titles, after):
                break
            run += 1
        opens = run >= 2 and d.type == "jurisdiction" and not d.canonical
        text = doc[d.start : d.end].text
        if opens and places.lookup(text) is None and places.demonym(text) is None:
            continue
        keep.append(d)
    return keep


def people_by_surname(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """A one-word ORG/GPE that is the name of a person of the document is that person; so
    is a two-word ORG that ends the full name of one ("Tzul Chávez" after "Aurelio Tzul
    Chávez")."""
    people = people_surnames(doc, drafts)
    double = {
        doc[d.end - 2 : d.end].text for d in drafts if d.type == "person" and d.end - d.start > 2
    }
    for d in drafts:
        one_word = d.end - d.start == 1 or (d.end - d.start == 3 and joined_by_hyphen(doc, d.start))
        if d.type in ("organization", "jurisdiction") and not d.canonical and one_word:
            if doc[d.start : d.end].text in people and not a_part_of_it(doc, d):  # "Reyes said"
                d.type = "person"
        elif d.type == "organization" and not d.canonical and d.end - d.start == 2:
            if doc[d.start : d.end].text in double:
                d.type = "person"
    return drafts


def consistent_types(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """One type per name in a document: the majority of the model's guesses, a table match
    or the kind its own head words give first ("Stewart Detention Center" an agency, though
    the model read it a person in a headline)."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    full = people_surnames(doc, drafts)
    # "in east Durham" keeps its town beside "Durham said", the lawyer Ruth Durham (probe263)
    parts = [d for d in drafts if a_part_of_it(doc, d)]
    drafts = [d for d in drafts if d not in parts]
    for d in drafts:
        text = doc[d.start : d.end].text
        if d.type == "person" and d.end - d.start == 1 and text not in full and not d.canonical:
            continue  # a lone "person" never named in full has no say ("Zephyrair": lone_names)
        words = [t.text for t in doc[d.start : d.end]]
        opening = words[0].lower() in read_head_words()["name_start"]  # "Casa Grande" a city
        headed = not opening and facility_or_group(words) == d.type
        votes[text][d.type] += 100 if d.canonical or d.reason or headed else 1
    for d in drafts:
        text = doc[d.start : d.end].text
        if (
            d.type != "administration"
            and votes[text]
            and (len(votes[text]) > 1 or d.type not in votes[text])
        ):
            d.type = votes[text].most_common(1)[0][0]
    return sorted(drafts + parts, key=lambda d: d.start)


def places_named_like_the_famous(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """A famous surname alone, a person only by the name tables ("Clinton" of Bill Clinton),
    in a document that names a place so ("CLINTON - About 200 people ...", "Clinton,
    Okla.") and names no one of that surname in full, is the place where it is read as one:
    "he left his home on the west side of Clinton" (found in a probe: the town's dairy
    worker was detained by ICE with Bill Clinton as the one taken); not "the 1996 law that
    Clinton signed"."""
    full = people_surnames(doc, drafts)
    named = {doc[d.start : d.end].text.lower() for d in drafts if d.type == "jurisdiction"}
    for d in drafts:
        text = doc[d.start : d.end].text
        alone = d.type == "person" and d.canonical and d.end - d.start == 1 and text not in full
        if alone and text.lower() in named and _read_as_a_place(doc, d.start):
            d.type, d.label, d.canonical, d.reason = "jurisdiction", "GPE", "", "named as a place"
    return drafts


# Words before a name that make it where something is: "the west side of Clinton", "in the
# Clinton area"; not "the law that Clinton signed"
_WHERE = frozenset({"in", "of", "near", "outside", "from", "at", "around", "across", "to"})


def _read_as_a_place(doc: Doc, start: int) -> bool:
    before = start - 1
    while before >= 0 and doc[before].lower_ == "the":
        before -= 1
    return before >= 0 and doc[before].lower_ in _WHERE


_DATED = ("weekdays", "months")


def people_read_as_places(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """A first name the model read as a place no gazetteer knows, after a noun of what
    someone is and before a capitalised word of no name: the person of both words
    ("Alliance organizer Yesenia Flores said", found in a probe: "Yesenia" a place)."""
    taken = covered(drafts)
    for d in drafts:
        after, before = d.end, d.start - 1
        if d.type != "jurisdiction" or d.end - d.start != 1 or before < 0 or after >= len(doc):
            continue
        role = doc[before].tag_ == "NN" and doc[before].is_lower
        surname = doc[after].pos_ == "PROPN" and doc[after].is_title and after not in taken
        # "the province Huehuetenango Monday": a day or month after a place is no surname
        surname = surname and not any(doc[after].lower_.rstrip(".") in words()[k] for k in _DATED)
        if role and surname and places.lookup(doc[d.start].text) is None:
            d.end, d.type, d.label, d.reason = after + 1, "person", "PERSON", "a name after a role"
    return drafts


def towns_read_as_names(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """One word after "in" that the model read as a person or a group, which the gazetteer
    knows as one town only and the text names no one by: the town ("the county jail in
    Guntersville", found in probe255, where the model read the town as a person and, in
    another sentence, as a group); not "in Ames' view" after "Councilor Jon Ames", "In
    Moore's opinion", "its stake in Toyota", "Trust in Lawrence" after "Mr. Lawrence
    resigned" (reviews: possessives, towns abroad, a person told elsewhere)."""
    told = {doc[o.end - 1].text for o in drafts if o.type == "person" and named_so(doc, o)}
    surnames = people_surnames(doc, drafts) | told
    states = set(places.load_gazetteer().states.values())
    for d in drafts:
        word = doc[d.start].text
        if d.end - d.start != 1 or d.canonical or d.type not in ("person", "organization"):
            continue
        owner = d.end < len(doc) and doc[d.end].text in ("'s", "’s", "'", "’")
        place = places.lookup(word) if after_in(doc, d) else None
        if place is None or owner or place.level != "city":
            continue
        if place.ambiguous and largest_us_town(word) < _TOWN_OF_SEVERAL:
            continue  # "in Lancaster": a city of several states, placed by the corpus
        if place.parent in states and word not in surnames:
            d.type, d.label, d.reason = "jurisdiction", "GPE", "a town after 'in'"
    return drafts


def companies(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """A name that ends in a legal form ("John Labatt Ltd.") is a company, not a person; so
    is the company's name of two words or more without it, written after it ("Garrett
    Tooling" after "Garrett Tooling Inc.", found in a probe: the short name a person). A
    person the page names before the company, in its headline too, or anywhere with a title
    or as an appositive ("The company's owner, Luis Perez,") keeps the name (a review)."""
    legal_forms = name_words().legal_forms
    named_at: dict[str, int] = {}
    for d in drafts:
        last = doc[d.end - 1]
        named = d.end - d.start > 1 and last.lower_ in legal_forms and last.text[0].isupper()
        if named and d.type == "person" and not d.canonical:
            d.type = "organization"
        if named and d.type in BODY_TYPES and d.end - d.start > 2:
            named_at.setdefault(doc[d.start : d.end - 1].text.rstrip(" ,"), d.start)
    people = {
        doc[d.start : d.end].text
        for d in drafts
        if d.type == "person" and (d.start < named_at.get(doc[d.start : d.end].text, -1)
                                   or _told_as_someone(doc, d))
    }  # fmt: skip
    for d in drafts:
        text = doc[d.start : d.end].text
        if d.type == "person" and not d.canonical and text in named_at and text not in people:
            d.type, d.label = "organization", "ORG"
    return drafts


def _told_as_someone(doc: Doc, d: Draft) -> bool:
    """A title before the name ("Gov. Brian Kemp"), an appositive after a noun of what
    someone is ("The company's owner, Luis Perez,"), or "he" or "she" after it in its
    sentence ("Luis Perez told reporters he would sue"); not a list's comma ("Boeing, Garrett
    Tooling and Acme") nor "her" ("Garrett Tooling owes her $3,000", a review)."""
    before = doc[d.start - 1] if d.start > 0 else None
    if before is not None and is_title_word(before.text, read_titles()):
        return True
    if before is not None and before.text == "," and d.start > 1 and doc[d.start - 2].tag_ == "NN":
        return True
    end = doc[d.end - 1].sent.end if doc.has_annotation("SENT_START") else len(doc)
    return any(t.lower_ in _SOMEONE for t in doc[d.end : end])


_SOMEONE = frozenset({"he", "she"})
_TOWN_OF_SEVERAL = 20_000  # people in the largest: a town's name more than a word's


def place_titles(lexicon: Lexicon | None = None) -> frozenset[str]:
    """``place_titles.txt``: titles held in a place ("mayor", "gov."), not in a body."""
    return (lexicon or shipped()).word_set("place_titles.txt")


def places_before_titles(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """A name that the gazetteer knows as a city, county or state, right before a title
    held there ("Duluth Mayor Karin Solheim", "Ohio Gov. Mike DeWine") or after one and "of"
    ("the mayor of Sioux Falls"), is that place: the title is held there, not in a body of
    that name, and no one is named by a place's name before a title (the model reads
    "Sioux Falls Mayor Paul TenHaken" as two people)."""
    titles = place_titles()
    for d in drafts:
        if d.type not in (*BODY_TYPES, "person") or d.canonical:
            continue
        if not (_title_after(doc, d, titles) or _title_of_before(doc, d, titles)):
            continue
        place = places.lookup(doc[d.start : d.end].text)
        if place is not None and place.level in ("city", "county", "state"):
            d.type, d.label = "jurisdiction", "GPE"
            d.reason = "a place before a title held there"
    return drafts


def _title_after(doc: Doc, d: Draft, titles: frozenset[str]) -> bool:
    """A title held in a place right after the draft, before a name ("... Mayor Paul")."""
    if d.end >= len(doc):
        return False
    after = doc[d.end + 1].text if d.end + 1 < len(doc) else ""
    named = d.type != "person" or (d.end + 1 < len(doc) and doc[d.end + 1].is_title)
    return named and is_title_word(doc[d.end].text, titles, after)


def _title_of_before(doc: Doc, d: Draft, titles: frozenset[str]) -> bool:
    """ "the mayor of" or "sheriff of" right before the draft."""
    if d.start < 2 or doc[d.start - 1].lower_ != "of":
        return False
    return doc[d.start - 2].lower_ in titles


def places_read_with_titles(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """A "person" or an "organization" the model made of a place and the titles after it,
    before the name of whom they title ("Travis County Sheriff" of "Travis County Sheriff
    Rosalind Hayes"; "Erie County Executive", found in probe296): the place, the titles
    being the person's."""
    titles = read_titles()
    for d in drafts:
        typed = d.type in ("person", "organization") and not d.canonical
        if not typed or d.end >= len(doc) or not doc[d.end].is_title:
            continue
        m = next((m for m in range(d.start + 1, d.end) if is_title_word(doc[m].text, titles)), 0)
        if not m or not all(is_title_word(t.text, titles) for t in doc[m : d.end]):
            continue
        place = places.lookup(doc[d.start : m].text)
        if place is not None and place.level in ("city", "county", "state"):
            d.end, d.type, d.label = m, "jurisdiction", "GPE"
            d.reason = "a place before a title held there"
    return drafts


# Words before a town the model missed ("in Lafayette", "a worker from Delavan").
_LOCATIVE = frozenset({"in", "near", "outside", "from"})


def _towns_read_as_groups(
    doc: Doc, drafts: list[Draft], states: list[str], gaz: places.Gazetteer
) -> None:
    """An "organization" of up to three words the model guessed that is a town of a state the
    document names, and no one's surname, is that town ("a Cornelius man" in an Oregon
    story, found in a fresh corpus; "Ruth Harrison of Green Forest"); so is a "person" it
    guessed "in" such a town ("stopped his car in Enosburg Falls" in a Vermont story; found
    in a fresh corpus)."""
    for d in drafts:
        text = doc[d.start : d.end].text
        guessed = not (d.canonical or d.reason)
        # "in east Durham" is the town though the family's lawyer is Ruth Durham (probe263)
        someone = set() if a_part_of_it(doc, d) else _surnames_named_otherwise(doc, drafts, text)
        if guessed and read_as_someone_else(doc, d) and not set(text.split()) & someone:
            if places.town_of(text, states, gaz) is not None:
                d.type, d.label = "jurisdiction", "GPE"
                d.reason = "a town of a state the document names"


def _surnames_named_otherwise(doc: Doc, drafts: list[Draft], text: str) -> set[str]:
    """The surnames of the people the document names by other words than ``text``: the
    name read as a person elsewhere too is no one's ("Also read: Twin Falls taco festival
    returns": found in probe246)."""
    return people_surnames(doc, [o for o in drafts if doc[o.start : o.end].text != text])


def towns_of_named_states(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """A town the model missed after a word of place or origin ("filed in federal court
    in Lafayette", "a worker from Delavan"): a place when the gazetteer has a town of that
    name in a state the document names, so "in Paris" stays no place in an Ohio story."""
    gaz = places.load_gazetteer()
    named = [doc[d.start : d.end].text for d in drafts if d.type == "jurisdiction"]
    # "Washington" is the capital as often as the state: a state's name that is a city's
    # too puts no town of that state in reach; a town of its name (Louisiana, Missouri;
    # Oregon, Ohio) does not make the state's name a city's
    named = [n for n in named if not (places.state_named(n, gaz) and places.is_city(n, gaz))]
    states = places.states_named(named, gaz)
    if not states:
        return drafts
    _towns_read_as_groups(doc, drafts, states, gaz)
    taken = covered(drafts)
    found = []
    for prep in (t for t in doc if t.lower_ in _LOCATIVE and t.dep_ == "prep"):
        end = prep.i + 1
        while end < len(doc) and end - prep.i <= 3 and doc[end].pos_ == "PROPN":
            end += 1
        span = doc[prep.i + 1 : end]
        if not span or taken & set(range(span.start, span.end)) or not span[0].is_title:
            continue
        if places.town_of(span.text, states, gaz) is not None:
            why = "a town of a state the document names, after a word of place"
            found.append(Draft(span.start, span.end, "GPE", "jurisdiction", reason=why))
    return sorted(drafts + found, key=lambda d: d.start)
