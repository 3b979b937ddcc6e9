"""Where a happening was: the jurisdiction a report names, or the one it implies.

A local body carries its jurisdiction in its name ("Cook County Sheriff's Office"), and
a place the gazetteer does not know ("the Westlake District") lies in the one city the
articles that name it are about. Reports placed so meet the reports that name the place
(issue 15).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from graphx.extract.known import regional_head_size
from graphx.extract.taxonomy import Taxonomy
from graphx.model import Entity, Event, Participant
from graphx.resolve.reports import Told, family_of

__all__ = [
    "a_ruling",
    "local_places",
    "place_from_participants",
    "place_names",
    "placed",
    "unknown_places_within",
]


def place_names(entities: dict[str, Entity]) -> dict[str, list[str]]:
    """Each name of a jurisdiction below a country, lower-cased -> the ids of the
    jurisdictions of that name (namesakes: Adams County, Pennsylvania and Washington)."""
    names: dict[str, list[str]] = {}
    for entity in entities.values():
        # A national prefix ("U.S. Immigration and Customs Enforcement") says nothing local.
        if entity.type == "jurisdiction" and entity.level != "country":
            for name in {n.lower() for n in (entity.label, *entity.aliases)}:
                names.setdefault(name, []).append(entity.id)
    return names


def place_from_participants(
    event: Event, entities: dict[str, Entity], places: dict[str, list[str]]
) -> str:
    """The jurisdiction a local body is named after, as the place of its event.

    Local agencies carry their jurisdiction in their name ("New York City
    Department of Correction", "Cook County Sheriff's Office"), so an event
    whose clause names no place happens where its local participant sits.
    """
    return _local_place(event.participants, set(event.sources), entities, places)


def _local_place(
    participants: Sequence[Participant],
    doc_ids: set[str],
    entities: dict[str, Entity],
    places: dict[str, list[str]],
) -> str:
    for participant in participants:
        entity = entities.get(participant.entity_id)
        if entity is None or entity.type not in ("agency", "organization"):
            continue
        if _regional(entity.label):
            continue  # "ICE's New Orleans Field Office" signs for a region, not in the city
        words = entity.label.split()
        for size in range(len(words) - 1, 0, -1):
            place = _told_there(places.get(" ".join(words[:size]).lower(), []), doc_ids, entities)
            if place:
                return place
    return ""


def _regional(label: str) -> bool:
    """A national agency's office named for the city it sits in (``regional`` rows of
    ``head_words.csv``): "New Orleans Field Office", "El Paso Sector"."""
    return bool(_office_city(label))


def _office_city(label: str) -> str:
    """The words before a regional office's head, lower-cased ("new orleans" of "New Orleans
    Field Office"); "" for any other name."""
    words = label.lower().split()
    size = regional_head_size(words)
    return " ".join(words[:-size]) if size else ""


def _told_there(ids: list[str], doc_ids: set[str], entities: dict[str, Entity]) -> str:
    """Of the places a body's name begins with, the one its reports' articles name: the
    body of an article about Adams County, Pennsylvania sits there, not in the Adams County
    of Washington another article names. Of namesakes none of them names, none."""
    named = [i for i in ids if entities[i].doc_ids & doc_ids]
    if len(named) == 1:
        return named[0]
    return ids[0] if len(ids) == 1 and not named else ""


def a_ruling(told: Told, taxonomy: Taxonomy) -> bool:
    """A court's ruling, as the trigger's family says ("ruled", "blocked", "injunction")."""
    return family_of(told.mention, taxonomy) == "ruling"


def placed(
    told: Told, entities: dict[str, Entity], places: dict[str, list[str]], *, ruling: bool = False
) -> Told:
    """A report that names no place, placed where its local participant sits: in the city
    or county of a local body ("filed in Manhattan Federal Court", "the Cook County
    sheriff"); only near the state of a state's body, which agrees with the state but
    vetoes no other (an attorney general sues in another state's courts). A ruling is
    placed by its court; a county a party to it is named for is only near it (a sheriff's
    office's release on "Tuesday's decision by the United States District Court" had put
    a ruling in Burlington in the sheriff's county; found in a probe)."""
    if told.place:
        return told
    doers = [p for p in told.participants if p.role == "agent"] if ruling else told.participants
    local = _local_place(doers, {told.doc_id}, entities, places)
    if local and entities[local].level in ("city", "county"):
        return replace(told, place=local)
    local = local or _local_place(told.participants, {told.doc_id}, entities, places)
    if not local:
        return _at_an_office(told, entities, places)
    return replace(told, near=local)


# a place word right before the office's name: "at the Chicago Field Office", "outside ICE's"
_AT = r"\b(?:at|outside|inside|near|in front of) (?:the )?(?:\S+'s )?"


def _at_an_office(told: Told, entities: dict[str, Entity], places: dict[str, list[str]]) -> Told:
    """A report placed by a regional office's city: there when the sentence puts the act at
    the office ("arrested during his interview at the Chicago Field Office"), else only near
    it, which vetoes no place of another report (its officers act across the region)."""
    for participant in told.participants:
        entity = entities.get(participant.entity_id)
        if entity is None or not _regional(entity.label):
            continue
        city = _told_there(places.get(_office_city(entity.label), []), {told.doc_id}, entities)
        if not city:
            continue
        at = re.search(_AT + re.escape(entity.label), told.sentence)
        return replace(told, place=city) if at else replace(told, near=city)
    return told


def local_places(entities: dict[str, Entity], within: dict[str, frozenset[str]]) -> dict[str, str]:
    """Document id -> the deepest city or county it names, when the others it names are
    all places that one lies within ("Manhattan" and "New York City": Manhattan)."""
    named: dict[str, set[str]] = {}
    for entity in entities.values():
        if entity.type == "jurisdiction" and entity.level in ("city", "county"):
            for doc_id in entity.doc_ids:
                named.setdefault(doc_id, set()).add(entity.id)
    local = {}
    for doc_id, ids in named.items():
        deepest = max(ids, key=lambda i: (len(within.get(i, ())), i))
        if ids <= within.get(deepest, frozenset({deepest})):
            local[doc_id] = deepest
    return local


def unknown_places_within(
    entities: dict[str, Entity], within: dict[str, frozenset[str]]
) -> dict[str, frozenset[str]]:
    """Each place the gazetteer does not know ("the Westlake District"), within the one
    city or county every article naming it is about; places the articles disagree on
    ("the Southwest border" in an El Paso and a San Diego article) stay unknown, so they
    neither agree nor disagree with any place."""
    local = local_places(entities, within)
    found = {}
    for entity in entities.values():
        if entity.type != "jurisdiction" or entity.level or not entity.doc_ids:
            continue
        around = {local.get(doc_id, "") for doc_id in entity.doc_ids}
        if len(around) == 1 and (city := around.pop()):
            found[entity.id] = frozenset({entity.id}) | within[city]
    return found
