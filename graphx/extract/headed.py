"""Bodies named by their head words: facilities, groups, a group's chapter, a state's chamber.

The model splits or misses long names that end in a head noun: "the Harlan County
Detention Center" (a place and nothing), "the Gulf Coast Tenants and Workers Coalition"
(read as a work of art). A run of capitalised words ending in a facility's or a group's
head words (``head_words.csv``) is one name. "the ACLU of Nevada" is the group's chapter in
that state, a body of its own; "the state Senate" is a state's chamber, never the U.S.
Senate the table names "Senate" (all found by a probe on invented articles).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from graphx.extract import affiliations, places
from graphx.extract.committees import chamber_committees
from graphx.extract.drafts import DETERMINERS, Draft
from graphx.extract.joined import in_a_title_case_line
from graphx.extract.known import (
    KnownName,
    facility_or_group,
    name_words,
    read_head_words,
    read_titles,
)

__all__ = ["businesses", "chapters", "members_of_places", "named_bodies", "state_chambers"]

# Small words inside a body's name ("Tenants and Workers", "Friends of the Earth").
_GLUE = frozenset({"and", "&", "of", "for", "on", "the"})
# Parts of speech that do not begin a name: "Inside Harlan County Jail" begins at "Harlan".
_NOT_NAME = frozenset({"ADP", "ADV", "AUX", "CCONJ", "DET", "PRON", "SCONJ", "VERB"})
# The name-table levels of national bodies that a state has a chamber of its own of.
_NATIONAL = "federal"


def named_bodies(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """Each capitalised run ending in a facility's or a group's head words, made one draft
    of that type in place of the drafts inside it ("Bayou Verde ICE Processing Center"
    read as "Bayou Verde" and "ICE" is one agency)."""
    out = list(drafts)
    for run_start, end in _runs(doc):
        start = _opening_word(doc, _after_people(doc, out, run_start, end), end)
        start = affiliations.body_after_a_person(doc, start, end)
        end = _before_a_title(doc, start, end)
        kind = facility_or_group([t.text for t in doc[start:end]])
        inside = [d for d in out if d.start < end and d.end > start]
        if not kind or any(d.start < start or d.end > end for d in inside):
            continue
        begins = facility_or_group([t.text for t in doc[start + 1 : end]]) != kind
        if begins and _opens_with_a_place(doc, start, end):
            continue  # "Casa Grande" is a city, "the Casa Grande Dispatch" its paper
        same = [d for d in inside if d.start == start and d.end == end]
        if any(d.canonical or (begins and d.type == kind) for d in same):
            continue  # a table's name is typed by the table; a group read right stays
        if _named_after_glue(doc, inside, start, end):
            continue  # "Ana Ruiz of the Southern Poverty Law Center": the group is read
        out = [d for d in out if d not in inside]
        word = doc[start].text if begins else doc[end - 1].text
        reason = f"a name {'beginning with' if begins else 'ending in'} {word!r}"
        out.append(Draft(start, end, "ORG", kind, reason=reason))
        if (person := affiliations.person_before(doc, run_start, start)) is not None:
            out = [d for d in out if not (d.start < person.end and d.end > person.start)]
            out.append(person)
    return sorted(out, key=lambda d: d.start)


def _named_after_glue(doc: Doc, inside: list[Draft], start: int, end: int) -> bool:
    """Whether the model read a body that ends the run and begins after "of" or "the"
    inside it: the words of the run before them are someone or something else ("Ana Ruiz
    of the ..."; not "The" opening the run)."""
    return any(
        d.end == end
        and d.label == "ORG"
        and doc[d.start - 1].lower_ in _GLUE
        and any(t.lower_ not in _GLUE for t in doc[start : d.start - 1])
        for d in inside
        if d.start > start
    )


def _opens_with_a_place(doc: Doc, start: int, end: int) -> bool:
    """ "Casa Grande" (a city) and what is named after it; a street ("Centro Street")."""
    if doc[end - 1].lower_ in read_head_words()["street"]:
        return True
    return any(places.lookup(doc[start:k].text) is not None for k in range(start + 2, end + 1))


def _after_people(doc: Doc, drafts: list[Draft], start: int, end: int) -> int:
    """Where a group's name begins in a run that opens with a person, with a title or not,
    and small words: "Sheila Warren of the Delta Justice Project", "Pastor Ana Ruiz of
    Iglesia Bautista Nueva Vida" name the person, then the group; not a "person" that opens
    with a group's first word ("Alianza Lechera | del Norte", the model's cut)."""
    opening = read_head_words()["name_start"]
    for d in drafts:
        titled = all(_capital(t) for t in doc[start : d.start])  # "Pastor" before the name
        group = doc[d.start].lower_ in opening
        if d.type == "person" and start <= d.start and titled and d.end < end and not group:
            start = d.end
            while start < end and doc[start].lower_ in _GLUE:
                start += 1
    return start


def _before_a_title(doc: Doc, start: int, end: int) -> int:
    """Where a name that puts its kind first ends before a title and the one who holds it
    ("Unidos US President Janet Murguía", "Centro Legal Director Ana Ruiz")."""
    if doc[start].lower_ not in read_head_words()["name_start"]:
        return end
    titles = read_titles()
    return next((k for k in range(start + 2, end - 1) if doc[k].lower_ in titles), end)


def _opening_word(doc: Doc, start: int, end: int) -> int:
    """Where a group's name that puts its kind first begins after small words in a run
    ("Ana Ruiz of Centro de Trabajadores Unidos", a person the model did not read)."""
    starts = read_head_words()["name_start"]
    for k in range(start + 1, end):
        if doc[k - 1].lower_ in ("of", "the", "at") and doc[k].lower_ in starts:
            return k
    return start


_DAYS = frozenset(
    "today yesterday tonight monday tuesday wednesday thursday friday saturday sunday".split()
)


def _a_day_told(doc: Doc, i: int) -> bool:
    """A day that opens a run ("Today the Columbia Basin Farmworker Legal Project filed",
    "On Monday the ..."): the day's, no name's."""
    if doc[i].ent_type_ in ("DATE", "TIME"):
        return True
    return doc[i].lower_ in _DAYS and i + 1 < len(doc) and doc[i + 1].lower_ == "the"


def _runs(doc: Doc) -> list[tuple[int, int]]:
    """The runs of capitalised words, with small words inside, on one line."""
    particles = name_words().particles
    words = read_head_words()
    heads, starts = words["organization"], words["name_start"]
    runs, i = [], 0
    while i < len(doc):
        if not _capital(doc[i]) or _a_day_told(doc, i):
            i += 1
            continue
        j = i + 1
        while j < len(doc) and "\n" not in doc[j - 1].whitespace_:
            if not (_capital(doc[j]) or doc[j].lower_ in _GLUE or doc[j].lower_ in particles):
                break
            if doc[j].ent_type_ in ("DATE", "TIME"):
                break  # "Iglesia Nueva Vida on Sunday": the day is no part of the name
            if doc[j].lower_ == "on" and _street_after(doc, j + 1, words["street"]):
                break  # "Iglesia Bautista Hispana on Martin Luther King Jr. Drive": where
            if doc[j].lower_ in ("and", "&") and doc[j - 1].lower_ in heads:
                break  # "the Ohio Immigrant Alliance and the Texas Civil Rights Project": two
            if doc[j].lower_ in ("and", "&") and _another_after(doc, j + 1, starts):
                break  # "Casa de Esperanza and Comunidad Latina", "... Unidos and Luis Gómez"
            j += 1
        while j > i and not _capital(doc[j - 1]):
            j -= 1  # a run ends in a capitalised word
        runs.append((_name_start(doc, i, j), j))
        i = j
    return runs


def _another_after(doc: Doc, start: int, starts: frozenset[str]) -> bool:
    """Whether another name begins after "and": a group's first word ("Comunidad") or a
    person the model read ("Ana Ruiz of Centro de Trabajadores Unidos and Luis Gómez of the
    ACLU": one group's name had held both, a review)."""
    if start >= len(doc):
        return False
    person = doc[start].ent_type_ == "PERSON" and doc[start].ent_iob_ == "B"
    return doc[start].lower_ in starts or person  # not "Centro ... & Ana Flores", one name


def _street_after(doc: Doc, start: int, streets: frozenset[str]) -> bool:
    """Whether a street's name begins here: title-case words and initials ("Martin Luther
    King Jr.") ending in a street's word ("Drive")."""
    for token in doc[start : start + 7]:
        if token.lower_ in streets and token.is_title:
            return token.i > start
        if not (token.is_title or re.fullmatch(r"[A-Z][a-z]?\.", token.text)):
            return False
    return False


def _capital(token: Token) -> bool:
    """A capitalised word or an acronym, not a determiner ("The" opening a sentence)."""
    text = token.text
    return text[:1].isupper() and text.isalpha() and token.lower_ not in DETERMINERS


def _name_start(doc: Doc, start: int, end: int) -> int:
    """Where a name begins in a run: past words a tagger calls no name's ("Inside")."""
    while start < end - 1 and (doc[start].pos_ in _NOT_NAME or doc[start].is_stop):
        start += 1
    return start


def chapters(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """ "the ACLU of Nevada": a group's name, "of" and a state is the group's chapter in
    that state, a body of its own, not the national group and a place."""
    gaz = places.load_gazetteer()
    by_start = {d.start: d for d in drafts}
    gone: set[int] = set()
    for d in drafts:
        place = by_start.get(d.end + 1) or _untagged_state(doc, d.end + 1, gaz)
        if (
            d.type != "organization"
            or place is None
            or place.type != "jurisdiction"
            or d.end >= len(doc)
            or doc[d.end].lower_ != "of"
            or not places.state_named(doc[place.start : place.end].text, gaz)
        ):
            continue
        d.end, d.canonical = place.end, ""
        d.reason = d.reason or "a group's chapter in a state"
        gone.add(id(place))
    return [d for d in drafts if id(d) not in gone]


def _untagged_state(doc: Doc, start: int, gaz: places.Gazetteer) -> Draft | None:
    """A state's name the model left untagged ("the American Civil Liberties Union of New
    Hampshire" at a sentence's end; found in a fresh corpus)."""
    for end in range(min(start + 3, len(doc)), start, -1):
        words = doc[start:end]
        if all(w.is_title for w in words) and places.state_named(words.text, gaz):
            return Draft(start, end, "GPE", "jurisdiction")
    return None


def state_chambers(doc: Doc, drafts: list[Draft], names: dict[str, KnownName]) -> list[Draft]:
    """ "the state Senate": a national body of the name tables after the word "state" is
    that state's chamber; it keeps the word and loses the table's id, so it never
    resolves to the national body (the resolver reads which state it is). After a
    state's name ("the Wisconsin Supreme Court", "the Ohio Senate", which the model splits
    in two, "the Arizona Department of Homeland Security") it is that state's body, named
    whole. A chamber's committee named after it is the committee (``chamber_committees``)."""
    by_id = {known.id: known for known in names.values()}
    gazetteer = places.load_gazetteer()
    taken: set[int] = set()
    for d in drafts:
        known = by_id.get(d.canonical)
        if known is None or known.level != _NATIONAL or d.start == 0:
            continue
        if doc[d.start - 1].lower_ == "state" and doc[d.start].text[:1].isupper():
            d.start, d.canonical = d.start - 1, ""
            d.reason = "a state's chamber"
            continue
        # "the Arizona Department of Homeland Security": a state's department of the name
        department = d.end - d.start > 2 and doc[d.start].lower_ in read_head_words()["agency"]
        if doc[d.end - 1].lower_ not in read_head_words()["chamber"] and not department:
            continue  # "Texas ICE agents": a body only the nation has
        before = next((p for p in drafts if p.end == d.start and p.start < d.start), None)
        start = before.start if before is not None else d.start - 1
        written = doc[start : d.start].text
        # a state's full name, capitalised ("Ohio", not "in", which is Indiana's code)
        state = gazetteer.states.get(places.normalize_place(written), "")
        if written[:1].isupper() and state.lower() == written.lower():
            taken |= {id(before)} if before is not None else set()
            d.start, d.canonical, d.label, d.type = start, "", "ORG", "agency"
            d.reason = "a state's own body"
    kept = _bare_state_chambers(doc, [d for d in drafts if id(d) not in taken], by_id)
    return chamber_committees(doc, kept)


def _bare_state_chambers(doc: Doc, drafts: list[Draft], by_id: dict[str, KnownName]) -> list[Draft]:
    """ "the Senate" after a state's Senate on a page that names no Congress is that
    chamber, not the nation's (found in probe215): it loses the table's id, and the
    resolver joins it to the page's longer name; not "The Senate voted to confirm Jane Doe
    ... Doe once worked in the Texas Senate" (a review)."""
    gazetteer, chambers = places.load_gazetteer(), read_head_words()["chamber"]
    if "Congress" in doc.text:
        return drafts
    named: dict[str, int] = {}
    for d in drafts:
        state = places.normalize_place(doc[d.start : d.end - 1].text) in gazetteer.states
        if d.end - d.start > 1 and doc[d.end - 1].lower_ in chambers and not d.canonical and state:
            named.setdefault(doc[d.end - 1].lower_, d.start)
    for d in drafts:
        known = by_id.get(d.canonical)
        national = known is not None and known.level == _NATIONAL
        after = named.get(doc[d.start].lower_, len(doc)) < d.start
        if national and d.end - d.start == 1 and after:
            d.canonical, d.reason = "", "the chamber of the state the page names"
    return drafts


def members_of_places(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """A county's or a town's name and the lower-case members of its body are that body:
    "Hendry County commissioners voted" (``head_words.csv``, kind ``members``)."""
    members = read_head_words()["members"]
    starts = {d.start for d in drafts}
    for d in drafts:
        if d.type != "jurisdiction" or d.end in starts:
            continue
        for size in (2, 1):
            words = doc[d.end : d.end + size]
            if len(words) == size and all(t.is_lower for t in words):
                if " ".join(t.lower_ for t in words) in members:
                    d.end += size
                    d.type, d.label, d.reason = "agency", "ORG", "a place's body, by its members"
                    break
    return drafts


def businesses(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """A company named by what it makes (``business`` in ``head_words.csv``): a name the
    model read as a place or a person ("Northern Tide Seafoods"), or a run of capitalised
    words it left untagged ("arrived at Hollow Creek Dairy"); not a place the gazetteer
    knows ("Grosse Pointe Farms") or told as one ("in West Farms", "the neighborhood of
    ..."), a word alone, a street's, a park's or a building's name ("Quail Farms Road"), a
    run in a title-case line ("ICE Raids Vermont Dairy Farms") or a heading alone on its
    line. A run stops at a small word: "Owners of Blue Ridge Dairy" names Blue Ridge Dairy."""
    heads = read_head_words()
    made = heads["business"] | heads["business_of_three"]
    out = list(drafts)
    for d in out:
        if d.canonical or d.end - d.start < 2 or not _a_business(doc, d.start, d.end, _READ_AS):
            continue
        if d.type in ("jurisdiction", "person"):
            d.type = "organization"
    for d in out:  # "the Gulf Region Jail Partnership Program", read as a place
        if d.type == "jurisdiction" and not d.canonical and _a_program(doc, d.start, d.end):
            d.type, d.label, d.reason = "program", "PROGRAM", "a name ending in a program's word"
    for head in (t for t in doc if t.lower_ in made and _capital(t)):
        start, end = _compact_run_to(doc, head.i), head.i + 1
        inside = [d for d in out if d.start < end and d.end > start]
        if end - start < 2 or inside or not _a_business(doc, start, end, _LEFT_AS):
            continue
        if not in_a_title_case_line(doc, head.i) and not _a_line_of_its_own(doc, start, end):
            out.append(
                Draft(start, end, "ORG", "organization", reason=f"a name ending in {head.text!r}")
            )
    return sorted(out, key=lambda d: d.start)


# The words before a name that tell it as a place: "in West Farms", and for a name the
# model read as a place, "the Bronx neighborhood of West Farms" (not "owners of ... Dairy").
_LEFT_AS = frozenset({"in"})
_READ_AS = frozenset({"in", "of"})


def _a_business(doc: Doc, start: int, end: int, placing: frozenset[str]) -> bool:
    """A name ending in a word of what a company makes, told where a company is, not a place."""
    heads, last = read_head_words(), doc[end - 1].lower_
    long = last in heads["business_of_three"] and end - start >= 3  # not "Pulled Pork"
    if not (last in heads["business"] or long) or places.lookup(doc[start:end].text):
        return False
    if start > 0 and doc[start - 1].lower_ in placing:
        return False  # "in West Farms", "the Bronx neighborhood of West Farms"
    # a street's, a park's or a building's name: "Quail Farms Road", "the Old Dairy building"
    after = doc[end] if end < len(doc) else None
    places_after = heads["street"] | heads["building"] | {"building"}
    return after is None or not (_capital(after) or after.lower_ in places_after)


def _a_program(doc: Doc, start: int, end: int) -> bool:
    """A name of two words or more ending in a program's word (``program`` in
    ``head_words.csv``) that the gazetteer knows as no place."""
    words = read_head_words()["program"]
    named = end - start >= 2 and doc[end - 1].lower_ in words
    return named and not places.lookup(doc[start:end].text)


def _a_line_of_its_own(doc: Doc, start: int, end: int) -> bool:
    """A run that is all its line holds: a heading ("Dairy Farms"), not a name in a sentence."""
    opens = start == 0 or "\n" in doc[start - 1].whitespace_ or doc[start - 1].is_space
    closes = end == len(doc) or "\n" in doc[end - 1].whitespace_ or doc[end].is_space
    return opens and closes


def _compact_run_to(doc: Doc, end: int) -> int:
    """Where the capitalised words that run up to a word begin, on its line, with no small
    word between them."""
    start = end
    while start > 0 and _capital(doc[start - 1]) and "\n" not in doc[start - 1].whitespace_:
        start -= 1
    return _name_start(doc, start, end + 1)
