"""Names the model broke apart, joined again (issue 15).

"the South Carolina Appleseed Legal Justice Center" came as a state, an untagged word and a
"Legal Justice Center"; "the Acadiana Workers' Justice Center" as "Acadiana Workers" (the
model ends a name at a plural possessive). Each was the publisher or the plaintiff of its
happening, which then named no one the reader knows.
"""

from __future__ import annotations

import itertools

from spacy.tokens import Doc, Token

from graphx.extract import places
from graphx.extract.antecedents import indefinite_heads
from graphx.extract.court_districts import court_districts
from graphx.extract.drafts import BODY_TYPES, DETERMINERS, POSSESSIVE, Draft, covered
from graphx.extract.known import (
    KnownName,
    any_head_words,
    name_words,
    read_head_words,
    read_titles,
)
from graphx.extract.lines import line_bounds
from graphx.extract.timex.rules import words
from graphx.extract.titles import is_title_word

COMMITTEES = frozenset({"committee", "subcommittee"})  # the last words of a committee's name

__all__ = [
    "COMMITTEES",
    "bodies_ended_at_of",
    "field_offices",
    "bodies_named_after_their_kind",
    "broken_bodies",
    "in_a_title_case_line",
    "possessive_bodies",
    "saints_houses_of_worship",
]


def broken_bodies(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """A body's name the model broke at a word it left untagged is one body: "the South
    Carolina Appleseed Legal Justice Center" was a state, "Appleseed" and a "Legal Justice
    Center" (found in a fresh corpus). A place or body, one or two proper nouns no draft
    holds, no title nor a time, and a body no table knows right after them make one body of
    the last one's type; never in a headline, where every word has a capital ("Texas Sues
    ICE Over Detention Policy")."""
    titles = read_titles()
    taken = covered(drafts)
    out = list(drafts)
    for first, last in zip(drafts, drafts[1:], strict=False):
        words = doc[first.end : last.start]
        if first not in out or not 1 <= len(words) <= 2 or last.type not in BODY_TYPES:
            continue
        if first.type not in ("jurisdiction", *BODY_TYPES) or first.canonical or last.canonical:
            continue
        if in_a_title_case_line(doc, first.start) or any(
            not _untagged_proper(w) or w.i in taken or w.lower_ in titles for w in words
        ):
            continue
        out = [d for d in out if d.start not in (first.start, last.start)]
        out.append(Draft(first.start, last.end, last.label, last.type, reason="a broken name"))
    return sorted(_joined_at_and(doc, out), key=lambda o: o.start)


def _joined_at_and(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """A committee's name the model broke at its "and" is one body: "the House Public Safety
    Finance and Policy Committee" came as "House Public Safety Finance" and "Policy Committee"
    (found in probe227): a chamber's body with no head word of its own at its end, "and",
    and a committee's name, capitalised, neither a table's name; never in a headline, nor
    two bodies ("the Acme Corporation and Planning Commission": a review)."""
    heads, chambers = any_head_words(), read_head_words()["chamber"]
    out = list(drafts)
    for first, last in zip(drafts, drafts[1:], strict=False):
        if first not in out or first.type not in BODY_TYPES or last.type not in BODY_TYPES:
            continue
        if first.canonical or last.canonical or in_a_title_case_line(doc, first.start):
            continue
        if doc[first.end : last.start].text != "and" or not doc[last.start].is_title:
            continue
        if doc[first.end - 1].lower_ in heads or doc[last.end - 1].lower_ not in COMMITTEES:
            continue
        if not any(w.lower_ in chambers for w in doc[first.start : first.end]):
            continue
        out = [d for d in out if d.start not in (first.start, last.start)]
        # a chamber's committee is a government's body
        out.append(Draft(first.start, last.end, last.label, "agency", reason="a broken name"))
    return out


def bodies_named_after_their_kind(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """The capitalised words right after "the group", "the nonprofit", "the coalition" ...
    (``indefinite_heads.csv``, of organizations) name that group whole: "of the group
    Northern Nevada Families Together" was a place "Northern Nevada Families" (found in a
    probe). Two or more words, small ones inside, none a person's nor a table's name."""
    kinds = {w for w, kind in indefinite_heads().items() if kind == "organization"}
    out = list(drafts)
    for noun in doc:
        after = noun.i + 1
        if noun.text not in kinds or after >= len(doc) or not doc[after].is_title:
            continue  # lower case: not "Immigrant Group Sues County" in a headline
        end = after
        while end < len(doc) and (doc[end].is_title or doc[end].lower_ in _SMALL):
            end += 1
        while end > after and doc[end - 1].lower_ in _SMALL:
            end -= 1
        inside = [d for d in out if d.start < end and d.end > after]
        if end - after < 2 or any(d.type == "person" or d.canonical for d in inside):
            continue
        if any((d.start, d.end) == (after, end) for d in inside) or _dated(doc[after]):
            continue  # the model's reading of the whole run stands; "the group Saturday and"
        if any(d.start < after or d.end > end for d in inside):
            continue
        out = [d for d in out if d not in inside]
        out.append(Draft(after, end, "ORG", "organization", reason=f"named after {noun.text!r}"))
    return sorted(out, key=lambda d: d.start)


# Small words inside a group's name ("Friends of the Valley", "Padres y Jóvenes Unidos").
_SMALL = frozenset({"of", "for", "the", "de", "del", "la", "y"})  # not "and": two groups


def _dated(word: Token) -> bool:
    """A day's or a month's name ("the union Tuesday and Wednesday picketed", a review)."""
    return any(word.lower_ in words()[kind] for kind in ("weekdays", "months"))


def possessive_bodies(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """A body's name the model ended at a plural possessive is longer: "the Acadiana Workers'
    Justice Center" was "Acadiana Workers" (found in a fresh corpus). A body, "'" or "'s",
    then one to three capitalised words no draft holds, the last a word that ends a body's
    name (``head_words.csv``: a group's, a facility's or a name's end), make one body; not
    "ICE's Boston Field Office" (a name after it), "ICE's Acting Director Todd Lyons" (no
    body's last word), "the Union's Housing Court" (a court is a body of its own). A time
    may follow it ("the Dover Workers' Justice Center Monday sued")."""
    taken = covered(drafts)
    kinds = read_head_words()
    heads = kinds["organization"] | kinds["facility"] | kinds["name_end"]
    for d in drafts:
        if d.type not in BODY_TYPES or d.canonical or d.end >= len(doc):
            continue
        mark = d.end - 1 if doc[d.end - 1].text in POSSESSIVE else d.end
        if doc[mark].text not in POSSESSIVE:
            continue
        end = mark + 1
        while end < len(doc) and end - mark <= 3 and _untagged_proper(doc[end]):
            end += 1
        words = doc[mark + 1 : end]
        if not words or (end < len(doc) and _untagged_proper(doc[end])):
            continue
        if any(w.i in taken for w in words):
            continue
        if words[-1].lower_ not in heads:
            continue
        d.end = end
    return drafts


_SAINTS = frozenset({"St.", "Saint", "Sts.", "Saints", "San", "Santa"})
_OUR_LADY = ("Our", "Lady")  # "Our Lady of the Prairie Catholic Church": Mary's title


def saints_houses_of_worship(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """A house of worship named after a saint is one organization: "St. Mary's Catholic
    Church" came as a place "St. Mary" and a "Catholic Church", "St. Patrick's Cathedral"
    as nothing (found in probe277, where its vigil had no place of its own), "Our Lady of
    the Prairie Catholic Church" as "Prairie Catholic Church" (probe284). "St.", "Saint"
    or "Our Lady", a capitalised name, a possessive or not, then up to three capitalised
    words ("of the" after "Our Lady"), the last a word of ``head_words.csv``'s ``worship``;
    drafts inside it give way, one reaching past it keeps the words (not "St. Mary's Church
    Road"). Not a place's name (``_a_house_of_worship``)."""
    kinds = read_head_words()
    heads, streets = kinds["worship"], kinds["street"] | kinds["building"] | kinds["ground"]
    out = list(drafts)
    for saint in doc:
        if saint.i + 1 >= len(doc) or not doc[saint.i + 1].is_title:
            continue
        if saint.text not in _SAINTS and (saint.text, doc[saint.i + 1].text) != _OUR_LADY:
            continue
        end = _worship_end(doc, saint.i + 1, heads, streets)
        if end is None or not _a_house_of_worship(doc, saint.i, end):
            continue
        inside = [d for d in out if d.start < end and d.end > saint.i]
        if any(d.start < saint.i or d.end > end for d in inside):
            continue
        out = [d for d in out if d not in inside]
        out.append(Draft(saint.i, end, "ORG", "organization", reason="a saint's church"))
    return sorted(out, key=lambda d: d.start)


def _worship_end(doc: Doc, at: int, heads: frozenset[str], streets: frozenset[str]) -> int | None:
    """The end of a house of worship's name whose saint's name starts at ``at``, else None;
    None too when a street's or a building's word follows ("St. Mary's Church Road"). A
    name's particles may stand inside ("Santa María de Guadalupe Mission", probe296)."""
    for word in doc[at : min(at + 6, len(doc))]:
        if word.i > at and word.lower_ in heads and word.is_title:
            after = doc[word.i + 1] if word.i + 1 < len(doc) else None
            return None if after is not None and after.lower_ in streets else word.i + 1
        of_the = word.lower_ == "of" or (word.lower_ == "the" and doc[word.i - 1].lower_ == "of")
        lady = of_the and doc[at].text == "Lady"
        particle = word.i > at and word.is_lower and word.lower_ in name_words().particles
        if not (word.is_title or word.text in POSSESSIVE or lady or particle):
            return None  # "Our Lady of the ...", not "San Jose of the United Methodist Church"
        if "\n" in word.whitespace_:
            return None
    return None


def _a_house_of_worship(doc: Doc, start: int, end: int) -> bool:
    """Not a place the gazetteer knows: a Louisiana parish ("St. Tammany Parish", a review;
    a church's "St. James Parish in Chicago" so read too, as before the rule)."""
    return places.lookup(doc[start:end].text) is None


def bodies_ended_at_of(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """A body's name the model ended at "of", before the place that ends it, is one body with
    that place, and an official's office begins with the official: "the U.S. Attorney's
    Office for the Middle District of Tennessee" came as "U.S.", "Office for the Middle
    District of" and "Tennessee", and "... for the District of Utah" as "U.S." and "Office
    for the District of Utah" (found by a probe on invented articles). So is an official's
    office the model left untagged (``_untagged_offices``), and a court's district named
    without "for the" (:mod:`court_districts`)."""
    drafts = _untagged_offices(doc, drafts)
    out = list(drafts)
    for body, after in itertools.zip_longest(drafts, drafts[1:]):
        if body.type not in BODY_TYPES or body.canonical:
            continue
        end = body.end
        if after is not None and after.type == "jurisdiction" and after.start == end:
            end = after.end if doc[end - 1].lower_ == "of" else end
        elif after is not None and after.type == "jurisdiction" and _district_of(doc, end, after):
            end = after.end  # "... Office for the Eastern District" "of" "Oklahoma"
        elif after is not None and after.type == "jurisdiction" and _a_district_of(doc, end, after):
            end = after.end  # "District Court for the Western District of Missouri"
        start = _official_start(doc, body.start)
        before = next((d for d in drafts if d.end == start and d.type == "jurisdiction"), None)
        if before is not None and end != body.end and before.end - before.start <= 2:
            start = before.start  # "U.S." of "U.S. District Court for the District of Kansas"
        if (start, end) != (body.start, body.end):
            out = [d for d in out if d.end <= start or d.start >= end]
            out.append(Draft(start, end, body.label, body.type, reason="an office named in full"))
    return court_districts(doc, sorted(out, key=lambda o: o.start))


def _untagged_offices(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """ "the Illinois Attorney General's Office made public Thursday": a place's official's
    title, "'s" and "Office" no draft holds, an agency (the official's name is added before
    it); found in a probe, where the model read only "Illinois". Not a headline's ("Protesters
    Occupy Mayor's Office") nor an office of no place ("the District Attorney's Office",
    which the model reads whole or leaves alone)."""
    taken, titles = covered(drafts), read_titles()
    found = []
    for t in doc[3:]:
        if t.text != "Office" or t.i in taken or doc[t.i - 1].text not in POSSESSIVE:
            continue
        first = t.i - 2  # back over the title, one word ("Sheriff") or two ("Attorney General")
        while first > 0 and doc[first].is_title and _in_a_title(doc, first, titles):
            first -= 1
        placed = first < t.i - 2 and places.lookup(doc[first].text) is not None
        if placed and not in_a_title_case_line(doc, t.i):
            found.append(Draft(t.i - 2, t.i + 1, "ORG", "agency", reason="an official's office"))
    return sorted([*drafts, *found], key=lambda d: d.start)


def _in_a_title(doc: Doc, i: int, titles: frozenset[str]) -> bool:
    """A word of a title: one by itself, or the last of two ("General" of "Attorney
    General", ``titles.txt``)."""
    return doc[i].lower_ in titles or is_title_word(doc[i - 1].text, titles, doc[i].text)


def _district_of(doc: Doc, end: int, place: Draft) -> bool:
    """A body's name that ends at "District" before "of" and the place."""
    return place.start == end + 1 and doc[end].lower_ == "of" and doc[end - 1].text == "District"


def _a_district_of(doc: Doc, end: int, place: Draft) -> bool:
    """ "for the Western District of", "of the Diocese of" between a body and a place: the
    body is that district's or that see's ("Immigrant Legal Services of the Diocese of Dodge
    City", found in probe129)."""
    words = [w.text for w in doc[end : place.start]]
    if not 4 <= len(words) <= 6 or words[1] != "the" or words[-1] != "of":
        return False
    named = all(w[:1].isupper() for w in words[2:-1])
    return named and (words[0] == "of" or (words[0] == "for" and words[-2] == "District"))


def _official_start(doc: Doc, start: int) -> int:
    """The start of the official whose office a body is ("U.S. Attorney" of "the U.S.
    Attorney's Office"; "Washington Attorney General" of a "General's Office", found in
    probe120), else the body's own start ("ICE's Office of Detention Oversight" is ICE's)."""
    titles = read_titles()
    inside = start + 1 < len(doc) and doc[start + 1].text in POSSESSIVE
    if inside and start > 0 and doc[start - 1].lower_ in titles:
        owner = start  # the title ends in the draft's first word: "Attorney" "General's"
    elif start >= 2 and doc[start - 1].text in POSSESSIVE and doc[start - 2].is_title:
        owner = start - 2 if doc[start - 2].lower_ in titles else start
    else:
        return start
    while owner > 0 and _in_a_name(doc[owner - 1]):
        owner -= 1
    return owner


def _in_a_name(word: Token) -> bool:
    """A word of an official's or a place's name ("U.S.", "Harris County District"), not a
    capitalised word that opens its sentence ("Inside District Attorney's Office ...")."""
    if word.lower_ in read_titles():
        return word.is_title
    opens = word.is_sent_start and not word.ent_type_  # a name the model saw is no opener
    return word.is_title and not opens and word.lower_ not in DETERMINERS


def _untagged_proper(word: Token) -> bool:
    """A capitalised word no entity of the model's holds (a time is one: "Monday")."""
    return word.is_title and not word.ent_type_


def in_a_title_case_line(doc: Doc, i: int) -> bool:
    """A word in a line of three or more words that are mostly capitalised: a headline or a
    teaser, where a capital says nothing of a name."""
    text = doc.text
    words = [w for w in text[slice(*line_bounds(text, doc[i].idx))].split() if w[:1].isalpha()]
    capitals = sum(w[0].isupper() for w in words)
    return len(words) >= 3 and capitals >= 0.7 * len(words)


def field_offices(doc: Doc, drafts: list[Draft], names: dict[str, KnownName]) -> list[Draft]:
    """The city a federal body's office is named by is no place of the story: "ERO Chicago
    officers", "ICE Denver spokeswoman", "Enforcement and Removal Operations (ERO) St. Paul
    and the sheriff signed", "ICE Denver Field Office Director" (found in probe147 and
    probe156: the city became where a happening in Iowa or Kansas was, and vetoed its
    merge). Only after the body's acronym or before a common noun: "told ICE Chicago would
    not cooperate" keeps its city (a review); the office's words go with the city, or "Denver
    Field Office" would be one body of ICE's and the FBI's (a review)."""
    federal = {k.id for k in names.values() if k.level == "federal"}
    out = list(drafts)
    for d in drafts:
        if d.canonical not in federal or d.type != "agency":
            continue
        start = _after_acronym(doc, d.end)
        end = next((e for e in range(start + 3, start, -1) if _a_city(doc, start, e)), start)
        while start < end < len(doc) and doc[end].lower_ in ("field", "office"):
            end += 1
        after = doc[end] if end < len(doc) else None
        told = start > d.end or (after is not None and after.is_lower and after.pos_ == "NOUN")
        if end > start and (told or doc[end - 1].lower_ == "office"):
            out = [o for o in out if not (o.start < end and o.end > start)]
    return out


def _after_acronym(doc: Doc, i: int) -> int:
    """Past "(ERO)" after a body's name, the acronym the page gives it."""
    if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")" and doc[i + 1].is_upper:
        return i + 3
    return i


def _a_city(doc: Doc, start: int, end: int) -> bool:
    """Capitalised words at ``start`` up to ``end`` that name an American city."""
    words = doc[start:end]
    if end > len(doc) or not all(w.is_title or w.text.endswith(".") for w in words):
        return False
    place = places.lookup(words.text)
    return place is not None and place.level == "city" and words[0].is_title
