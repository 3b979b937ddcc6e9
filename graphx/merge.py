"""Turn per-document event mentions into corpus events, one per happening.

Two mentions are the same happening when they have the same event type, the
same (certain) date value and share an agent or patient entity: several
articles reporting "ICE subpoenaed the city's jails on 2020-01-17" become one
event with several sources. Undated mentions are never merged across
sentences, since nothing but wording would tie them together.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence

from .administrations import Term, administrations_for, load_terms
from .boundary import failure
from .model import DocExtraction, Entity, Event, EventMention, Failure, Participant

__all__ = ["event_administrations", "merge_events", "place_from_participants"]

log = logging.getLogger(__name__)


def _digest(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def event_administrations(
    event: Event, entities: dict[str, Entity], terms: tuple[Term, ...] = ()
) -> list[str]:
    """Administrations whose term overlaps the event's dates.

    An undated event whose participant is an administration ("sued the Obama
    administration") belongs to that administration.
    """
    terms = terms or load_terms()
    if event.time and event.time.date_start:
        return administrations_for(event.time.date_start, event.time.date_end, terms)
    named = []
    for participant in event.participants:
        entity = entities.get(participant.entity_id)
        if entity is None or entity.type != "administration":
            continue
        label = entity.label.lower()
        for term in terms:
            surname = term.president.split()[-1].lower()
            if surname in label.split() and term.name not in named:
                named.append(term.name)
    # A president's name covers several terms; an undated reference cannot choose.
    return named if len(named) == 1 else []


def _place_names(entities: dict[str, Entity]) -> dict[str, str]:
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
    for participant in event.participants:
        entity = entities.get(participant.entity_id)
        if entity is None or entity.type not in ("agency", "organization"):
            continue
        words = entity.label.split()
        for size in range(len(words) - 1, 0, -1):
            place = places.get(" ".join(words[:size]).lower())
            if place:
                return place
    return ""


def _keys(mention: EventMention, participants: list[Participant], doc_id: str) -> list[str]:
    """The keys under which a mention is the same happening as another.

    Within one article, the same type on the same date is one happening told
    twice; across articles, it must also share an agent or a patient and have
    a certain date. An undated mention is keyed by its own sentence only.
    """
    time = mention.time
    if not (time and time.value):
        return [_digest(doc_id, str(mention.sentence), mention.trigger)]
    keys = [_digest(doc_id, mention.event_type, time.value)]
    if not time.uncertain:
        keys += [
            _digest(mention.event_type, time.value, p.entity_id)
            for p in participants
            if p.role in ("agent", "patient")
        ]
    return keys


def _groups(keyed: list[list[str]]) -> list[int]:
    """Union-find over shared keys: the group of each mention, numbered by first mention."""
    parent = list(range(len(keyed)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[str, int] = {}
    for i, keys in enumerate(keyed):
        for key in keys:
            if key in owner:
                a, b = root(owner[key]), root(i)
                parent[max(a, b)] = min(a, b)
            else:
                owner[key] = i
    return [root(i) for i in range(len(keyed))]


def _resolved(mention: EventMention, ids: Sequence[str]) -> tuple[list[Participant], str]:
    participants: list[Participant] = []
    for index, role in mention.participants:
        if index < len(ids) and ids[index]:
            participant = Participant(ids[index], role)
            # One entity named twice in a clause ("ICE ... ICE's") takes part once.
            if all(p.entity_id != participant.entity_id for p in participants):
                participants.append(participant)
    place = ids[mention.place] if mention.place is not None and mention.place < len(ids) else ""
    return participants, place


def _add(
    event: Event, participants: list[Participant], place: str, sentence: str, doc_id: str
) -> None:
    known = {(p.entity_id, p.role) for p in event.participants}
    event.participants.extend(p for p in participants if (p.entity_id, p.role) not in known)
    event.place = event.place or place
    if sentence not in event.evidence:
        event.evidence.append(sentence)
    if doc_id not in event.sources:
        event.sources.append(doc_id)


_Row = tuple[EventMention, list[Participant], str, str, str, list[str]]


def _rows(extraction: DocExtraction, ids: Sequence[str]) -> list[_Row]:
    rows = []
    for mention in extraction.events:
        participants, place = _resolved(mention, ids)
        sentence = extraction.sentences[mention.sentence].text.strip()
        keys = _keys(mention, participants, extraction.doc_id)
        rows.append((mention, participants, place, sentence, extraction.doc_id, keys))
    return rows


def merge_events(
    extractions: Sequence[DocExtraction],
    mention_entity: dict[str, list[str]],
    entities: dict[str, Entity],
) -> tuple[list[Event], list[Failure]]:
    """Resolve participants to entity ids and merge reports of the same happening.

    Returns:
        The corpus events, and the documents whose events could not be read
        (a cache entry or an extraction that does not hold together); their
        events are left out and the rest go on (issue 11).
    """
    rows: list[_Row] = []
    failures: list[Failure] = []
    for extraction in extractions:
        try:
            rows.extend(_rows(extraction, mention_entity.get(extraction.doc_id, [])))
        except Exception as e:
            failures.append(failure(extraction.doc_id, e, default_stage="events"))
    groups = _groups([row[-1] for row in rows])
    merged: dict[int, Event] = {}
    for group, (mention, participants, place, sentence, doc_id, keys) in zip(
        groups, rows, strict=True
    ):
        event = merged.get(group)
        if event is None:
            event = merged[group] = Event(
                id="v:" + keys[0],
                event_type=mention.event_type,
                trigger=mention.trigger,
                summary=mention.summary,
                place=place,
                time=mention.time,
            )
        _add(event, participants, place, sentence, doc_id)
    events = list(merged.values())
    terms = load_terms()
    places = _place_names(entities)
    for event in events:
        event.place = event.place or place_from_participants(event, entities, places)
        event.administrations = event_administrations(event, entities, terms)
    return events, failures
