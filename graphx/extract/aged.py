"""People the model missed, told by their age or their role between commas: "Aurelio Tzul
Chávez, 29, still flinches", "Ruben Castaneda, an organizer with the group" (issue 16); and
names it read as a body whose short form is told as a person's ("Ajanel, 27,", "Ms. Robles").
"""

from __future__ import annotations

from spacy.tokens import Doc

from graphx.extract import evidence, places
from graphx.extract.drafts import DETERMINERS, Draft, covered
from graphx.extract.known import name_words, read_head_words
from graphx.extract.taxonomy import load_taxonomy

__all__ = ["aged_people", "named_by_age"]

_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
_HE_SHE = frozenset({"he", "she"})


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
    """A name the model read as a body, one of whose later words the document tells alone
    as a person's (``_told_as_a_person``: "Wilmer Ajanel Tzoc walked out ... Ajanel, 27, a
    deckhand"): that person's name; not a firm's ("Ajanel Family Farms", "Ochoa & Sons", a
    name of any kind's head word: ``head_words.csv``), nor the place someone works at or for
    ("lawyers at Siskind Susser")."""
    short = _told_as_a_person(doc)
    for d in drafts:
        words = [t.text for t in doc[d.start : d.end] if t.is_alpha]
        if d.type != "organization" or d.canonical or not 2 <= len(words) <= 5:
            continue
        if evidence.age_after(doc, d.end):
            continue  # its own age types it (``evidenced.by_evidence``)
        told = next((short[w] for w in words[1:] if w in short), "")
        if told and not _a_firm(doc, d, words):
            d.type, d.label, d.reason = "person", "PERSON", f"a short form told {told}"
    return drafts


def _told_as_a_person(doc: Doc) -> dict[str, str]:
    """Capitalised words told alone as a person's, with how: an age between commas
    ("Ajanel, 27,"), a courtesy title ("Ms. Robles"), or a saying whose next word is "he"
    or "she" ("Robles said she learned Thursday ...")."""
    honorifics = name_words().honorifics
    spoken = load_taxonomy().spoken
    told: dict[str, str] = {}
    for i in range(len(doc) - 1):
        word, before, after = doc[i], doc[max(i - 1, 0)], doc[i + 1]
        if not word.is_title or after.is_title:
            continue  # a word of a longer name ("Ms. Ana Robles" is told by its own title)
        if evidence.age_after(doc, i + 1):
            told.setdefault(word.text, "with an age")
        elif word.pos_ != "PROPN":
            continue  # "Community said she ...": a common word opening the sentence
        elif before.lower_.rstrip(".") in honorifics:
            told.setdefault(word.text, f"with {before.text!r}")
        elif after.lemma_.lower() in spoken and doc[i + 2 : i + 3].text.lower() in _HE_SHE:
            told.setdefault(word.text, f"as {after.text!r} {doc[i + 2].text!r}")
    return told


def _a_firm(doc: Doc, d: Draft, words: list[str]) -> bool:
    named_by = name_words()
    heads = {w for kind in read_head_words().values() for w in kind}
    heads |= named_by.firms | named_by.legal_forms
    named = "&" in doc[d.start : d.end].text or any(w.lower() in heads for w in words)
    return named or (d.start > 0 and doc[d.start - 1].lower_ in ("at", "for"))
