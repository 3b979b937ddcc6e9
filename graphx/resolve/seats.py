"""The bodies a report's people sit on, as their titles in its article say (issue 15).

"Supervisor Ana Ruiz and Supervisor Luis Toro voted to end the contract" tells the vote
"the Board of Supervisors voted 2-1 Wednesday" tells: its members' act is the body's. A
title is a seat on a body when ``seat_titles.csv`` maps one of its words to a word the body's
name holds, its other words are roles' ("Board Chair") or the name's own ("County
Supervisor"), and the article names exactly one such body.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from spacy.lang.en.stop_words import STOP_WORDS

from graphx.lexicon import Lexicon, shipped
from graphx.model import Entity

__all__ = ["seat_words", "seats_of"]

_BODIES = ("agency", "organization")


def seats_of(
    people: Iterable[str],
    doc_id: str,
    named: Iterable[str],
    entities: Mapping[str, Entity],
    sentence: str = "",
    trigger: str = "",
) -> frozenset[str]:
    """The ids of the bodies the ``people`` (entity ids) of a report sit on, as their titles
    in document ``doc_id`` say, among the bodies it ``named``; a title written in lower case
    ("bankruptcy trustee Gerald Finch") is no seat, nor one the report's ``sentence`` writes
    after a capitalised word of another body ("Shift Supervisor Dana Whitlock"), nor one
    whose act the sentence tells in a perfect (its ``trigger`` after "has", "have" or "had":
    an older or repeated act, a review).

    >>> from graphx.model import Role
    >>> board = Entity("b", "agency", "Pima County Board of Supervisors")
    >>> ruiz = Entity("p", "person", "Ana Ruiz", roles=[Role("Supervisor", "", "d")])
    >>> sorted(seats_of(["p"], "d", ["b", "p"], {"b": board, "p": ruiz}))
    ['b']
    """
    if trigger and _a_perfect(trigger, sentence):
        return frozenset()  # "has also voted against two earlier contracts": other votes
    bodies = [entities[e] for e in named if e in entities and entities[e].type in _BODIES]
    seats: set[str] = set()
    for person in people:
        entity = entities.get(person)
        if entity is None or entity.type != "person":
            continue
        for role in entity.roles:
            if role.doc_id == doc_id and role.title[:1].isupper():
                of = [b for b in bodies if _of_body(role.organization, b, entities)]
                seats |= _seated_on(_as_written(role.title, sentence), of)
    return frozenset(seats)


def _a_perfect(trigger: str, sentence: str) -> bool:
    before = r"\b(?:has|have|had)\s+(?:(?:also|not|never|already|previously|\w+ly)\s+)*"
    return bool(re.search(before + re.escape(trigger) + r"\b", sentence, re.I))


def _of_body(organization: str, body: Entity, entities: Mapping[str, Entity]) -> bool:
    """Whether the body a title is of (an entity id), when the text names one, is this body
    or the place it governs ("Commissioner Lena Ortiz of the Texas General Land Office" sits
    on no county's commission: a review)."""
    of = entities.get(organization)
    if of is None or of.id == body.id:
        return True
    return of.type == "jurisdiction" and _name_words(of) <= _name_words(body)


def _as_written(title: str, sentence: str) -> str:
    """The title with the capitalised words and numbers the sentence writes right before it
    ("Shift Supervisor", "Chapter 7 Trustee", "U.S. Trustee", "Pima County Supervisor"; not a
    stop word opening the sentence, "The")."""
    found = re.search(rf"((?:(?<!\S)[A-Z0-9][\w.'’-]*\s+)*){re.escape(title)}\b", sentence)
    if not found:
        return title
    before = found[1].split()
    return " ".join([*before[bool(before) and before[0].lower() in STOP_WORDS :], title])


def _seated_on(title: str, bodies: list[Entity]) -> set[str]:
    """The one body the title is a seat on, else none."""
    said = re.findall(r"[a-z]+", title.lower())
    holding = {b.id for b in bodies if _a_seat_on(said, _name_words(b))}
    return holding if len(holding) == 1 else set()


def _a_seat_on(said: list[str], name: frozenset[str]) -> bool:
    """Whether a title's words make a seat on a body of that name: one word maps to a word
    of the name, and every other word is a role's in a body ("Board Chair") or the name's
    own ("County Supervisor"); a "Shift Supervisor" is a company's, a "bankruptcy trustee"
    a court's (a review)."""
    seats = shipped().derived(_seat_titles)
    seated = any(seats.get(word, frozenset()) & name for word in said)
    return seated and all(word in seats or word in name for word in said)


def seat_words(lexicon: Lexicon | None = None) -> frozenset[str]:
    """The title words of ``seat_titles.csv``: a seat or a role on a body ("councilwoman",
    "supervisor", "chair")."""
    return frozenset((lexicon or shipped()).derived(_seat_titles))


def _name_words(body: Entity) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z]+", " ".join([body.label, *body.aliases]).lower()))


def _seat_titles(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    seats: dict[str, set[str]] = {}
    for row in lexicon.rows("seat_titles.csv", required=("title_word",)):
        bodies = seats.setdefault(row["title_word"].strip().lower(), set())
        bodies |= {row["body_word"].strip()} - {""}  # "" : a role's word, no seat of its own
    return {word: frozenset(bodies) for word, bodies in seats.items()}
