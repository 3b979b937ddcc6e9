"""County names the model split or missed: "Doña Ana County" read as "Ana County",
"Canadian" before "County Sheriff", "Bayou Teche Parish" typed as a body, "Evangeline
Parish" left untagged, and a town after "outside" ("outside Nicholls"). The gazetteer says
which runs of capitalised words are counties and towns.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from graphx.extract import places
from graphx.extract.drafts import DETERMINERS, POSSESSIVE, Draft, covered
from graphx.extract.known import read_head_words, read_titles
from graphx.lexicon import shipped

__all__ = [
    "county_bodies",
    "county_names",
    "hometowns",
    "one_town_end",
    "untagged_counties",
    "untagged_towns",
]

_COUNTY = "a county the gazetteer knows"  # the reason a county name was retyped


def _county_word_after(
    doc: Doc, d: Draft, taken: set[int], county_words: frozenset[str]
) -> int | None:
    """Where a county's name ends that the model's draft opens ("Canadian County Sheriff
    ...", "Kodiak Island Borough Mayor ...": the model's "Canadian", "Kodiak" end before
    the county word), when the gazetteer knows the whole as a county; else None."""
    for end in range(d.end + 1, min(d.end + 3, len(doc)) + 1):
        added = doc[d.end : end]
        if not all(t.is_title for t in added) or taken & set(range(d.end, end)):
            return None
        if added[-1].lower_ in county_words:
            place = places.lookup(doc[d.start : end].text)
            return end if place is not None and place.level == "county" else None
    return None


def county_names(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """A name ending in a county word that the gazetteer knows as a county is that county,
    whatever the model typed it ("Bayou Teche Parish" as a body, "Tomé County" as a
    person); a lower-case county word after a state's name is no part of a name: "an Ohio
    county" is some county of Ohio, not Ohio County (found by a probe on invented articles)."""
    gaz = places.load_gazetteer()
    taken = covered(drafts)
    for d in drafts:
        _begin_county_earlier(doc, d, taken)
        end = _county_word_after(doc, d, taken, gaz.county_words)
        if end is not None:
            d.end = end
            d.type, d.label, d.reason = "jurisdiction", "GPE", _COUNTY
            continue
        last = doc[d.end - 1]
        if d.canonical or d.end - d.start < 2 or last.lower_ not in gaz.county_words:
            continue
        if last.is_lower and places.state_named(doc[d.start : d.end - 1].text, gaz):
            d.end -= 1
            d.type, d.label = "jurisdiction", "GPE"
            continue
        place = places.lookup(doc[d.start : d.end].text) if d.type != "jurisdiction" else None
        if last.is_title and place is not None and place.level == "county":
            d.type, d.label, d.reason = "jurisdiction", "GPE", _COUNTY
    return drafts


def _begin_county_earlier(doc: Doc, d: Draft, taken: set[int]) -> None:
    """ "Doña Ana County" the model read as "Ana County": a county the gazetteer knows
    begins with the capitalised words before the draft."""
    if d.end - d.start < 2 or doc[d.end - 1].lower_ not in places.load_gazetteer().county_words:
        return
    if places.lookup(doc[d.start : d.end].text):
        return  # a place of its own: "Ada County" after "Mayor Lee of"
    for start in range(d.start - 1, max(d.start - 3, -1), -1):
        if start in taken or not doc[start].is_title:
            return
        place = places.lookup(doc[start : d.end].text)
        if place is not None and place.level == "county":
            d.start, d.type, d.label, d.reason = start, "jurisdiction", "GPE", _COUNTY
            return


def untagged_counties(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """A county the gazetteer knows, named in full, that the model left untagged ("locked up
    at the processing center in Evangeline Parish", "the Evangeline Parish facility"): the
    capitalised words before a county word, the longest run the gazetteer knows."""
    gaz = places.load_gazetteer()
    taken = covered(drafts)
    found = []
    for word in doc:
        if not word.is_title or word.lower_ not in gaz.county_words or word.i in taken:
            continue
        for start in range(max(word.i - 3, 0), word.i):  # a run across a "." is no name
            run = doc[start : word.i + 1]
            if taken.intersection(range(start, word.i)) or not all(t.is_title for t in run):
                continue
            if run[0].lower_ in DETERMINERS:
                continue  # "The Grant Parish Sheriff's Office": "The" opens the sentence
            place = places.lookup(run.text)
            if place is not None and place.level == "county":
                found.append(Draft(start, word.i + 1, "GPE", "jurisdiction", reason=_COUNTY))
                taken.update(range(start, word.i + 1))
                break
    return drafts + found


def untagged_towns(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """A town the model left untagged right after "outside" or "near" ("the packing house
    outside Nicholls": found in probe223, where a blog's report of a raid had no place): up
    to three capitalised proper nouns, no longer name's start, that the gazetteer knows as
    one town only."""
    return _towns_after(doc, drafts, [w for w in doc[:-1] if w.lower_ in ("outside", "near")])


def hometowns(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """A town the model left untagged after a person's name and "of" ("said coalition member
    Rosa Ibáñez of Sparks": found in probe246), or after an age ("Juan Lopez, 34, of
    Sparks"): the gazetteer's one town of that name, as ``untagged_towns``."""
    people = {d.end for d in drafts if d.type == "person"}
    aged = {w.i for w in doc[2:-1] if doc[w.i - 1].text == "," and doc[w.i - 2].like_num}
    ofs = [w for w in doc[:-1] if w.lower_ == "of" and w.i in people | aged]
    return _towns_after(doc, drafts, ofs)


def towns_of_people(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """A town the model left untagged between "a" and a noun of what someone is ("A Greer
    man who owned a drywall business was sentenced", under "GREENVILLE, S.C.": found in
    probe273), the gazetteer's one town of that name, in a state the page's places name;
    not "A Union worker" in a Dearborn story, "An Osage man" in one of the Osage Nation (a
    review: towns of New Jersey and Iowa)."""
    people, taken = shipped().word_set("person_nouns.txt"), covered(drafts)
    towns = []
    for word in doc[:-2]:
        if word.lower_ in ("a", "an"):
            # the model may call the town a people ("Greer" a NORP), a draft of nothing
            end = one_town_end(doc, word.i + 1, lambda w: _townsfolk_word(w, taken))
            if word.i + 1 < end < len(doc) and doc[end].lower_ in people:
                towns.append(doc[word.i + 1 : end])
    if not towns:  # most pages: no page's states to read
        return drafts
    named = [doc[d.start : d.end].text for d in drafts if d.type == "jurisdiction"]
    states = set(places.states_named(named, places.load_gazetteer()))
    why = "a town before a noun of someone"
    told = [t for t in towns if (town := places.lookup(t.text)) and town.parent in states]
    return drafts + [Draft(t.start, t.end, "GPE", "jurisdiction", reason=why) for t in told]


def _townsfolk_word(word: Token, taken: set[int]) -> bool:
    untagged = not word.ent_type_ or word.ent_type_ == "NORP"
    return word.is_title and word.pos_ == "PROPN" and untagged and word.i not in taken


def _towns_after(doc: Doc, drafts: list[Draft], cues: list[Token]) -> list[Draft]:
    """The drafts and a town for each untagged name right after a cue word that the
    gazetteer knows as one town only."""
    taken = covered(drafts)
    found = []
    for word in cues:
        start = word.i + 1
        end = one_town_end(doc, start, lambda w: _bare_name_word(w, taken))
        if end > start and not (end < len(doc) and doc[end].is_title):
            why = f"a town after {word.lower_!r}"
            found.append(Draft(start, end, "GPE", "jurisdiction", reason=why))
    return drafts + found


def one_town_end(doc: Doc, start: int, is_word: Callable[[Token], bool]) -> int:
    """The end of the words from ``start`` (up to three that ``is_word`` takes) when the
    gazetteer knows them as one town only, else ``start``."""
    end = start
    while end < len(doc) and end - start < 3 and is_word(doc[end]):
        end += 1
    place = places.lookup(doc[start:end].text) if end > start else None
    return end if place is not None and place.level == "city" and not place.ambiguous else start


def _bare_name_word(word: Token, taken: set[int]) -> bool:
    return word.is_title and word.pos_ == "PROPN" and not word.ent_type_ and word.i not in taken


def county_bodies(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """A county's body the model read as a person, or cut before its last word ("The Allen
    Parish Police" of "the Allen Parish Police Jury"): a name with a county word that ends
    in a government body's head word (``head_words.csv``) is that body, an agency. A county
    the model left bare before its body's name ("Allen Parish" of "the Allen Parish
    Sheriff's Office", found by a probe on invented articles) is that body too, unless the
    words after it are an official's title ("the Lee County Sheriff said")."""
    county_words = places.load_gazetteer().county_words
    taken = covered(drafts)
    for d in drafts:
        words = {t.lower_ for t in doc[d.start : d.end]}
        if d.canonical or d.type == "agency" or not words & county_words:
            continue
        end = _body_end(doc, d.end, taken)
        if end < len(doc) and doc[end].is_title:
            continue  # "Hardin County Sheriff Rosalind Hayes": a title before a name
        if d.type == "jurisdiction" and (end == d.end or doc[end - 1].lower_ in read_titles()):
            continue
        if doc[end - 1].lower_ in read_head_words()["agency"] and (
            end > d.end or d.type == "person"
        ):
            d.end, d.type, d.label, d.reason = end, "agency", "AGENCY", "a county's body"
            taken.update(range(d.start, end))
    return drafts


def _body_end(doc: Doc, end: int, taken: set[int]) -> int:
    """The end of the body's head words after a name, with a possessive between them
    ("Sheriff's Office")."""
    heads = read_head_words()["agency"]

    def head(i: int) -> bool:
        return i < len(doc) and i not in taken and doc[i].is_title and doc[i].lower_ in heads

    while head(end) or (end < len(doc) and doc[end].text in POSSESSIVE and head(end + 1)):
        end += 2 if doc[end].text in POSSESSIVE else 1
    return end
