"""Where a happening was: the jurisdiction a report names, or the one it implies.

A local body carries its jurisdiction in its name ("Cook County Sheriff's Office"),
and a place the gazetteer does not know ("the Westlake District") lies in the one city
its article names. Reports placed so meet the reports that name the place, and are
kept apart from those in another jurisdiction (issue 15).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from graphx.model import Entity, Event, Participant
from graphx.resolve.reports import Told

__all__ = ["one_local_place", "place_from_participants", "place_names", "placed"]


def place_names(entities: dict[str, Entity]) -> dict[str, str]:
    """Each name of a jurisdiction below a country, lower-cased -> the jurisdiction's id."""
    names: dict[str, str] = {}
    for entity in entities.values():
        # A national prefix ("U.S. Immigration and Customs Enforcement") says nothing local.
        if entity.type == "jurisdiction" and entity.level != "country":
            for name in {entity.label, *entity.aliases}:
                names.setdefault(name.lower(), entity.id)
    return names


def place_from_participants(
    event: Event, entities: dict[str, Entity], places: dict[str, str]
) -> str:
    """The jurisdiction a local body is named after, as the place of its event.

    Local agencies carry their jurisdiction in their name ("New York City
    Department of Correction", "Cook County Sheriff's Office"), so an event
    whose clause names no place happens where its local participant sits.
    """
    return _local_place(event.participants, entities, places)


def _local_place(
    participants: Sequence[Participant], entities: dict[str, Entity], places: dict[str, str]
) -> str:
    for participant in participants:
        entity = entities.get(participant.entity_id)
        if entity is None or entity.type not in ("agency", "organization"):
            continue
        words = entity.label.split()
        for size in range(len(words) - 1, 0, -1):
            place = places.get(" ".join(words[:size]).lower())
            if place:
                return place
    return ""


def placed(
    told: Told, entities: dict[str, Entity], places: dict[str, str], local: dict[str, str]
) -> Told:
    """A report placed where a journalist would place it, so that it meets (and is kept
    apart from) the reports that name a place: a report that names no place, where its
    local participant sits ("filed in Manhattan Federal Court"); one whose place the
    gazetteer does not know ("outside a store in the Westlake District"), in the one city
    or county its article names (``local``: document id -> that place)."""
    if told.place:
        known = entities.get(told.place)
        if known is not None and (known.level or told.doc_id not in local):
            return told
        return replace(told, place=local[told.doc_id])
    place = _local_place(told.participants, entities, places)
    return replace(told, place=place) if place else told


def one_local_place(entities: dict[str, Entity]) -> dict[str, str]:
    """Document id -> the one city or county it names, for documents that name one."""
    named: dict[str, set[str]] = {}
    for entity in entities.values():
        if entity.type == "jurisdiction" and entity.level in ("city", "county"):
            for doc_id in entity.doc_ids:
                named.setdefault(doc_id, set()).add(entity.id)
    return {doc_id: next(iter(ids)) for doc_id, ids in named.items() if len(ids) == 1}
