"""The bodies a report's people sit on, as their titles in its article say (issue 15).

"Supervisor Ana Ruiz and Supervisor Luis Toro voted to end the contract" tells the vote
"the Board of Supervisors voted 2-1 Wednesday" tells: its members' act is the body's. A
title word is a seat on a body when ``seat_titles.csv`` maps it to a word the body's name
holds, and the article names exactly one such body; a title that names the body itself
("Council President") is read the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from graphx.lexicon import Lexicon, shipped
from graphx.model import Entity

__all__ = ["seats_of"]

_BODIES = ("agency", "organization")


def seats_of(
    people: Iterable[str], doc_id: str, named: Iterable[str], entities: Mapping[str, Entity]
) -> frozenset[str]:
    """The ids of the bodies the ``people`` (entity ids) of a report sit on, as their titles
    in document ``doc_id`` say, among the bodies it ``named``.

    >>> from graphx.model import Role
    >>> board = Entity("b", "agency", "Pima County Board of Supervisors")
    >>> ruiz = Entity("p", "person", "Ana Ruiz", roles=[Role("Supervisor", "", "d")])
    >>> sorted(seats_of(["p"], "d", ["b", "p"], {"b": board, "p": ruiz}))
    ['b']
    """
    bodies = [entities[e] for e in named if e in entities and entities[e].type in _BODIES]
    seats: set[str] = set()
    for person in people:
        entity = entities.get(person)
        if entity is None or entity.type != "person":
            continue
        for role in entity.roles:
            if role.doc_id == doc_id:
                seats |= _seated_on(role.title, bodies)
    return frozenset(seats)


def _seated_on(title: str, bodies: list[Entity]) -> set[str]:
    """The one body whose name holds a word the title makes a seat on, else none."""
    words = _body_words(title)
    holding = {b.id for b in bodies if words & _name_words(b)}
    return holding if len(holding) == 1 else set()


def _body_words(title: str) -> frozenset[str]:
    seats = shipped().derived(_seat_titles)
    said = re.findall(r"[a-z]+", title.lower())
    return frozenset(body for word in said for body in seats.get(word, ()))


def _name_words(body: Entity) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z]+", " ".join([body.label, *body.aliases]).lower()))


def _seat_titles(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    seats: dict[str, set[str]] = {}
    for row in lexicon.rows("seat_titles.csv", required=("title_word", "body_word")):
        seats.setdefault(row["title_word"].strip().lower(), set()).add(row["body_word"].strip())
    return {word: frozenset(bodies) for word, bodies in seats.items()}
