"""People the model missed, told by their age or their role between commas: "Aurelio Tzul
Chávez, 29, still flinches", "Ruben Castaneda, an organizer with the group" (issue 16); and
names it read as a body whose short form has an age ("Ajanel, 27,").
"""

from __future__ import annotations

from spacy.tokens import Doc

from graphx.extract import evidence, places
from graphx.extract.drafts import DETERMINERS, Draft, covered
from graphx.extract.known import read_head_words

__all__ = ["aged_people", "named_by_age"]

_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})


def aged_people(doc: Doc, drafts: list[Draft], titles: frozenset[str] = frozenset()) -> list[Draft]:
    """A name the model missed before an age between commas ("Aurelio Tzul Chávez, 29,
    still flinches") or a role ("Ruben Castaneda, an organizer with the group"): two to
    four capitalised words, a person."""
    drafts = [d for d in drafts if not _unknown_place_aged(doc, d)]
    taken = covered(drafts)
    found = []
    described = (
        t
        for t in doc
        if t.text == "," and (evidence.age_after(doc, t.i) or _role_after(doc, t.i, titles))
    )
    for comma in described:
        start = comma.i
        while start > 0 and comma.i - start < 4 and doc[start - 1].is_title:
            start -= 1
        while start < comma.i and doc[start].lower_ in DETERMINERS | _DEMONSTRATIVES:
            start += 1  # "The Lakers, 45,": a team's score; "That April, a judge"
        named = doc[start : comma.i].text
        if comma.i - start < 2 or taken & set(range(start, comma.i)) or places.lookup(named):
            continue  # "New Mexico, 45," is a place
        if any(t.ent_type_ in ("DATE", "TIME") for t in doc[start : comma.i]):
            continue  # "That April, a judge ruled"
        if doc[start].pos_ == "ADP" or (start > 0 and doc[start - 1].pos_ == "ADP"):
            continue  # "Across Rio Grande Valley, an organizer said": a place
        why = "named with an age or a role"
        found.append(Draft(start, comma.i, "PERSON", "person", reason=why))
    return sorted(drafts + found, key=lambda d: d.start)


def _unknown_place_aged(doc: Doc, d: Draft) -> bool:
    """A place the gazetteer does not know, told with an age ("Hector Ruiz Salazar, 29,"
    with "Ruiz Salazar" read as a place): a person's name, read again as one."""
    comma = d.end < len(doc) and doc[d.end].text == ","
    unknown = d.type == "jurisdiction" and not places.lookup(doc[d.start : d.end].text)
    # the name goes on before it ("Hector" of "Hector Ruiz Salazar"), no "of" or "in"
    named = d.start > 0 and doc[d.start - 1].is_title and not doc[d.start - 1].is_stop
    return comma and unknown and named and evidence.age_after(doc, d.end)


def _role_after(doc: Doc, comma: int, titles: frozenset[str]) -> bool:
    """ ", an organizer with ...", ", a senior staff attorney", ", a TIRRC organizer": a
    role a person holds, told right after a comma."""
    words = doc[comma + 1 : comma + 5]
    if not words or words[0].lower_ not in ("a", "an"):
        return False
    for word in words[1:]:
        if word.is_alpha and (word.is_title or word.is_upper):
            continue  # a body's name before the role, not the role ("a Head Start program")
        if not word.is_lower:
            return False
        if word.lower_ in titles:
            return True
    return False


def named_by_age(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """A name the model read as a body, one of whose words the document tells alone with an
    age between commas ("Wilmer Ajanel Tzoc walked out ... Ajanel, 27, a deckhand"): that
    person's name; not a firm's ("Ajanel Family Farms", "Ochoa & Sons", a name of any
    kind's head word: ``head_words.csv``), nor the place someone works at or for ("lawyers
    at Siskind Susser")."""
    aged = {
        doc[i].text
        for i in range(len(doc) - 1)
        if doc[i].is_title and evidence.age_after(doc, i + 1)
    }
    for d in drafts:
        words = [t.text for t in doc[d.start : d.end] if t.is_alpha]
        if d.type != "organization" or d.canonical or not 2 <= len(words) <= 5:
            continue
        if evidence.age_after(doc, d.end):
            continue  # its own age types it (``retype.by_evidence``)
        if aged & set(words[1:]) and not _a_firm(doc, d, words):
            d.type, d.label, d.reason = "person", "PERSON", "a short form told with an age"
    return drafts


def _a_firm(doc: Doc, d: Draft, words: list[str]) -> bool:
    heads = {w for kind in read_head_words().values() for w in kind}
    named = "&" in doc[d.start : d.end].text or any(w.lower() in heads for w in words)
    return named or (d.start > 0 and doc[d.start - 1].lower_ in ("at", "for"))
