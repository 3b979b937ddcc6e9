"""Repairs of a document's drafts that move their ends or add the names the model missed.

Each step takes the document and its drafts and returns the drafts: a place
inside a body's name joins the body ("the U.S. Attorney's Office for the
Eastern District of New York"), a surname with an apostrophe joins the name before it,
lower-case words leave the ends of names (not "5th" before a court's), "CBS News Los
Angeles" is one outlet, "the Obama administration" an administration (issue 16). A name
after a title is read in ``titled``.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from graphx.administrations import load_terms
from graphx.extract import counties, evidence
from graphx.extract.drafts import BODY_TYPES, DETERMINERS, POSSESSIVE, Draft
from graphx.extract.known import KnownName, name_words, normalize_name, read_head_words, read_titles
from graphx.extract.timex.rules import words
from graphx.extract.titles import possessive_title
from graphx.lexicon import Lexicon, shipped

__all__ = [
    "administrations",
    "named_speakers",
    "bare_name_word",
    "bodies_around_places",
    "capitalised",
    "numbered_bodies",
    "person_words",
    "possessive_places",
    "regional_outlets",
]

_ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)")  # "9th", "2nd"
# the English words of bodies known by number: courts' circuits and districts, precincts
_NUMBERED_HEADS = frozenset({"circuit", "district", "precinct", "ward", "congressional"})


def bodies_around_places(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """A place named inside a body's name is part of that name, not a place.

    "the U.S. Attorney's Office for the Eastern District of New York": the
    model finds a place "the Eastern District"; the capitalised run before
    "for the" ends in a body's head noun, so the whole is one agency (issue 16).
    """
    out = list(drafts)
    for d in drafts:
        if d.type != "jurisdiction" or d not in out:
            continue
        start = _body_start(doc, d.start)
        if start is None:
            continue
        end = _name_tail(doc, d.end)
        out = [o for o in out if o.end <= start or o.start >= end]
        out.append(Draft(start, end, "ORG", "agency", reason="a place inside a body's name"))
    return sorted(out, key=lambda o: o.start)


def _body_start(doc: Doc, place_start: int) -> int | None:
    """Start of "Attorney's Office for the" before a place, when its head is a body's."""
    i = place_start
    if i > 0 and doc[i - 1].lower_ == "the":
        i -= 1
    if i == 0 or doc[i - 1].lower_ not in ("for", "of"):
        return None
    head = i - 2
    if head < 0 or not doc[head].is_title or doc[head].lower_ not in read_head_words()["agency"]:
        return None
    if doc[head].lower_ in read_titles():
        return None  # "the Sheriff of Cook County" is a title and a place
    start = head
    while (
        start > 0
        and doc[start - 1].lower_ not in DETERMINERS
        and (
            doc[start - 1].is_title or doc[start - 1].text in POSSESSIVE or doc[start - 1].is_upper
        )
    ):
        start -= 1
    return start


def _name_tail(doc: Doc, end: int) -> int:
    """End of a name continued by "of New York" after its place ("... District of New York")."""
    if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].is_title:
        end += 1
        while end < len(doc) and doc[end].is_title:
            end += 1
    return end


def person_words(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """A person's name has no lower-case word at its ends but a particle: the model's
    "Newsom slam" from a headline is "Newsom" (issue 16)."""
    particles = name_words().particles
    keep = []
    for d in drafts:
        if d.type == "person":
            while d.end > d.start and doc[d.end - 1].is_lower:
                d.end -= 1
            while (
                d.start < d.end and doc[d.start].is_lower and doc[d.start].lower_ not in particles
            ):
                d.start += 1
        if d.end > d.start:
            keep.append(d)
    return keep


# Verbs that put a speaker's name right after them: "said Noreen Castellucci, an attorney".
_SPEECH = frozenset({"said", "says", "added", "wrote", "told"})


def named_speakers(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """A speaker the model missed or took for a thing, right after "said" and before a
    comma, the sentence's end or "of" and a body or a town ("said Noreen Castellucci, senior
    staff attorney", "said Ana Ruiz of Catholic Charities", "said Ana Ruiz of Elko"): two or
    three capitalised words."""
    out = list(drafts)
    bodies = {d.start for d in drafts if d.type in BODY_TYPES}
    for verb in (t for t in doc if t.lower_ in _SPEECH and t.i + 3 < len(doc)):
        start = verb.i + 1  # "said coalition member Rosa Ibáñez": the role's words first
        while start < len(doc) and start - verb.i <= 2 and _role_word(doc[start]):
            start += 1
        end = start
        while end < len(doc) and end - start < 3 and doc[end].is_title and doc[end].is_alpha:
            end += 1
        of_a_body = doc[end].lower_ == "of" and bool({end + 1, end + 2} & bodies)
        of_a_body = of_a_body or (doc[end].lower_ == "of" and _a_town_at(doc, end + 1, drafts))
        if end - start < 2 or (doc[end].text not in (",", ".") and not of_a_body):
            continue
        inside = [d for d in out if d.start < end and d.end > verb.i + 1]
        if any(not _misread(d, start, end) for d in inside):
            continue  # a name the model read, as a person or a body, stays its reading
        out = [d for d in out if d not in inside]
        out.append(Draft(start, end, "PERSON", "person", reason="named as a speaker"))
    return _speakers_after_quotes(doc, sorted(out, key=lambda d: d.start))


def _speakers_after_quotes(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """A speaker the model missed or read as a title of a work, between a quote's close and
    "said" ('... chest," María Elena Coj said Tuesday': found in probe267, a work of art):
    two or three capitalised words."""
    taken = {i for d in drafts for i in range(d.start, d.end)}
    for verb in (t for t in doc if t.lower_ in _SPEECH and t.i > 2):
        start = verb.i
        while (
            start > 0 and verb.i - start < 3 and doc[start - 1].is_title and doc[start - 1].is_alpha
        ):
            start -= 1
        quoted = start > 0 and doc[start - 1].is_quote and doc[start - 1].is_right_punct
        if verb.i - start >= 2 and quoted and taken.isdisjoint(range(start, verb.i)):
            drafts.append(Draft(start, verb.i, "PERSON", "person", reason="named as a speaker"))
            taken.update(range(start, verb.i))
    return sorted(drafts, key=lambda d: d.start)


def _role_word(token: Token) -> bool:
    """A lower-case noun of a speaker's role before the name ("volunteer", "member")."""
    return token.is_lower and token.is_alpha and not token.is_stop and token.pos_ == "NOUN"


def _misread(draft: Draft, start: int, end: int) -> bool:
    """A product the model read in a speaker's name, or a part of the name it read with the
    role's words ("volunteer Ana" of "said volunteer Ana Ruiz")."""
    if draft.type == "product" or draft.label == "PRODUCT":
        return True
    part = draft.start < start or draft.end < end
    return draft.type == "person" and draft.end <= end and part


def _a_town_at(doc: Doc, i: int, drafts: list[Draft]) -> bool:
    """A place read at ``i``, or a capitalised word there the gazetteer knows as one town
    ("said Ana Ruiz of Elko.", where the model read neither)."""
    if any(d.start == i and d.type == "jurisdiction" for d in drafts):
        return True
    return counties.one_town_end(doc, i, bare_name_word) > i


def described_people(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """Two or three capitalised words the model missed, alone before an appositive that
    says a person ("Curtis Mayhew, field office director for ICE ...", "Ana Ruiz, a
    spokeswoman for the county", "Eliseo Montes, the roofer whose arrest ...": the
    apposition and someone rows of ``type_evidence.csv``): a person."""
    cues = evidence.read_cues()
    people = {w for w, kind in cues.apposition.items() if kind == "person"}
    by_work = {w for w, kind in cues.someone.items() if kind == "person"}
    taken = {i for d in drafts for i in range(d.start, d.end)}
    out = list(drafts)
    for comma in (t for t in doc if t.text == "," and t.i > t.sent.start + 1):
        start = comma.i
        while comma.i - start < 3 and start > comma.sent.start and _unread(doc[start - 1]):
            start -= 1
        alone = start == comma.sent.start or not doc[start - 1].is_title
        if comma.i - start < 2 or not alone or taken & set(range(start, comma.i)):
            continue
        head, at = evidence.appositive_head(doc, comma.i)
        first = start == comma.sent.start or doc[start - 1].pos_ != "ADP"  # "The founder of X,"
        known = head in people or (head in by_work and first and _told_on(doc, at))
        if known and _closed(doc[at]) and not _body_head(doc[comma.i - 1]):
            out.append(Draft(start, comma.i, "PERSON", "person", reason="named with what they are"))
    return sorted(out, key=lambda d: d.start)


# what follows a noun of someone's work or kin that tells of that one person: "the roofer
# whose arrest ...", "a painter from Puebla"; not "a driver and two passengers", "a driver
# since 2018", "a migrant-heavy town" (a review)
_TELLING = frozenset({"who", "whose", "from", "of", "at", "for", "with", ",", "."})


def _told_on(doc: Doc, at: int) -> bool:
    after = doc[at + 1].lower_ if at + 1 < len(doc) else "."
    return after in _TELLING and doc[at - 1].text != "-"


def _unread(token: Token) -> bool:
    """A name's word the model read as nothing, or as a title of a work, which graphx types
    as nothing (a speaker named after a quote's comma: found in probe245), or a surname it
    read alone as a product after a given name it left ("Eliseo | Montes": probe282; not
    "Nissan Altima", "Uber Eats": a review)."""
    product = token.ent_type_ == "PRODUCT" and token.ent_iob_ == "B" and token.i > 0
    product = product and bare_name_word(token.doc[token.i - 1])
    if token.ent_type_ == "WORK_OF_ART" or product:
        return token.tag_ == "NNP" and token.is_title and token.is_alpha and not token.is_stop
    return bare_name_word(token)


def _closed(appositive: Token) -> bool:
    """An appositive closed by a comma or the sentence's end: not the subject of what
    follows ("at Holy Family Parish, a priest at the church said")."""
    after = appositive.right_edge.i + 1
    return after >= appositive.sent.end or appositive.doc[after].is_punct


def _body_head(last: Token) -> bool:
    """The last word of a body's, a place's or a building's name ("Parish", "High")."""
    return any(last.lower_ in words for words in read_head_words().values())


def bare_name_word(token: Token) -> bool:
    """A capitalised proper noun that is no stop word nor part of a date ("On Tuesday")."""
    named = token.tag_ == "NNP" and token.is_title and token.is_alpha
    return named and not token.is_stop and not token.ent_type_


def capitalised(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """A body's name begins with a capital: "state Department of Corrections" is the
    "Department of Corrections", and "federal immigration enforcement" no name (issue 16);
    nor is a pronoun a title-case headline capitalised ("Hugged Us")."""
    keep = []
    for d in drafts:
        if not d.canonical and d.type in (*BODY_TYPES, "law", "program"):
            while d.start < d.end and (doc[d.start].is_lower or doc[d.start].is_punct):
                if _ORDINAL.fullmatch(doc[d.start].text):
                    break  # "5th Circuit Court of Appeals": the number is the court's
                d.start += 1
            if not any(t.text[:1].isupper() for t in doc[d.start : d.end]):
                continue
        if d.end - d.start == 1 and _a_capitalised_pronoun(doc[d.start]):
            continue  # a title-case headline's "Us" ("... Walked Out And Hugged Us")
        keep.append(d)
    return keep


def _a_capitalised_pronoun(word: Token) -> bool:
    return word.lower_ in ("us", "we", "it", "them", "me", "you") and not word.is_upper


def numbered_bodies(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """ "the 9th U.S. Circuit Court of Appeals": the model's ORDINAL before a body's name
    is part of it; without it every circuit, district and precinct is one body; so is a
    union local's number after it ("Packinghouse Workers Local 417")."""
    for d in drafts:
        if d.type in BODY_TYPES and doc[d.end - 1].lower_ == "local" and _a_locals(doc, d.end):
            d.end += 1
        if d.canonical and _a_states_circuit(doc, d.start, d.end):
            d.canonical = ""  # no federal court of appeals, and the state court's "Court"
            d.end += 1 if d.end < len(doc) and doc[d.end].text == "Court" else 0
        if d.type not in BODY_TYPES or d.canonical or d.start == 0:
            continue
        numbered = any(t.lower_ in _NUMBERED_HEADS for t in doc[d.start : d.end])
        if numbered and _ORDINAL.fullmatch(doc[d.start - 1].text):
            d.start -= 1  # not "the 3rd ICE raid": ICE has no number
        elif _named_ordinal(doc[d.start - 1], d):
            d.start -= 1  # "The First State Immigrant Defense Coalition"
    return drafts


def _a_states_circuit(doc: Doc, start: int, end: int) -> bool:
    """A circuit's name that a state's trial court is named by, after its place or "a" ("Wayne
    County 3rd Circuit Court", "Hawaii's First Circuit": a review), not a federal court of
    appeals ("the 3rd Circuit", "the 9th Circuit Court ruled", "the 3rd Circuit Court of
    Appeals")."""
    if doc[end - 1].lower_ != "circuit" or start == 0:
        return False
    if end + 1 < len(doc) and doc[end].text == "Court" and doc[end + 1].lower_ == "of":
        return False
    before = doc[start - 1]
    if before.text in ("'s", "’s") and start >= 2:
        before = doc[start - 2]
    # "a First Circuit Court judge": one of a state's many
    return before.ent_type_ == "GPE" or before.lower_ in ("county", "parish", "a", "an")


def _a_locals(doc: Doc, i: int) -> bool:
    """A union local's number at ``i``: not a count ("joined the Workers Local 20 years ago":
    a review)."""
    number = i < len(doc) and re.fullmatch(r"\d{1,4}[A-Z]{0,3}", doc[i].text)
    after = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    return bool(number) and after not in words()["units"] and after not in ("percent", "%")


def _named_ordinal(token: Token, d: Draft) -> bool:
    """A capitalised ordinal word the model left out of the body whose name it opens: a
    compound of a word of the name ("First State ...", "First Baptist Church")."""
    return (
        token.ent_type_ == "ORDINAL"
        and token.is_title
        and token.dep_ == "compound"
        and d.start <= token.head.i < d.end
    )


def possessive_places(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """ "Cook County State's Attorney": the place ends before "State's" (issue 16)."""
    for d in drafts:
        if (
            d.type == "jurisdiction"
            and d.end - d.start > 1
            and d.end + 1 < len(doc)
            and doc[d.end].text in POSSESSIVE
            and possessive_title(doc, d.end + 1)
        ):
            d.end -= 1
    return drafts


def regional_outlets(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """ "CBS News Los Angeles", "NBC Chicago": an outlet's name then a place, with nothing
    between, is a regional outlet of its own, not the network and a place (issue 16)."""
    ordered = sorted(drafts, key=lambda d: d.start)
    keep: list[Draft] = []
    for d in ordered:
        prev = keep[-1] if keep else None
        if (
            prev is not None
            and prev.type == "media"
            and d.type == "jurisdiction"
            and d.start == prev.end
            and not doc[d.start - 1].whitespace_.count("\n")
        ):
            prev.end, prev.canonical = d.end, ""
            prev.reason = prev.reason or "a regional outlet: a network's name and a place"
            continue
        keep.append(d)
    return keep


def administrations(doc: Doc, drafts: list[Draft], names: dict[str, KnownName]) -> list[Draft]:
    """ "the Obama administration" -> an administration mention named after the president."""
    for draft in drafts:
        after = doc[draft.end] if draft.end < len(doc) else None
        inside = doc[draft.end - 1].lower_ == "administration" and draft.end - draft.start > 1
        if not inside and not (after is not None and after.lower_ == "administration"):
            continue
        if draft.type not in ("person", "organization", "agency", "jurisdiction"):
            continue
        person_end = draft.end - 1 if inside else draft.end
        person = names.get(normalize_name(doc[draft.start : person_end].text))
        if draft.type != "person" and not person:
            continue
        if not person and doc[person_end - 1].lower_ not in _president_surnames():
            draft.end = person_end  # "the de Blasio administration" is de Blasio's (issue 16)
            continue
        draft.end = person_end + 1
        draft.start += doc[draft.start].lower_ in DETERMINERS
        draft.type, draft.label = "administration", "ADMINISTRATION"
        draft.canonical = person.id if person and person.type == "person" else ""
    return drafts


def _president_surnames() -> frozenset[str]:
    """Surnames of the presidents of ``administrations.csv`` ("obama", "trump")."""
    return shipped().derived(_surnames_of_presidents)


def _surnames_of_presidents(lexicon: Lexicon) -> frozenset[str]:
    terms = load_terms(lexicon)
    return frozenset(t.president.split()[-1].lower() for t in terms if t.president)
