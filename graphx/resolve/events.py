"""Turn per-document event mentions into corpus events, one per happening.

Which mentions report the same happening is ``happenings.py``'s decision;
this module resolves each mention's participants to entities, and makes one
:class:`Event` of each group: its type by vote of the reports, its date from
the report that dates it most precisely (with the reports that disagree in
``conflicts``), its place the most specific one named, every report kept
(document, sentence, the date as that report writes it, whom it names), and
``reported``, the earliest publication date of its sources.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from graphx.administrations import Term, administrations_for, load_terms
from graphx.boundary import failure
from graphx.extract.events import Taxonomy, load_taxonomy
from graphx.extract.timex.normalise import span_of
from graphx.model import (
    DocExtraction,
    Document,
    Entity,
    Event,
    EventMention,
    Failure,
    Participant,
    Report,
    TimeExpression,
)
from graphx.resolve.happenings import Corpus as CorpusEvidence
from graphx.resolve.happenings import Occurrence, group_occurrences, rarity_weights

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
    named = _named_administrations(event, entities, terms)
    if named or not event.reported or event.reported_basis == "not before":
        return named  # a lower bound says nothing of the administration
    # No date of its own: it counts for the administration of its report (issue 15).
    start, end = span_of(event.reported)
    return administrations_for(start, end, terms) if start else []


def _named_administrations(
    event: Event, entities: dict[str, Entity], terms: tuple[Term, ...]
) -> list[str]:
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


def _resolved(mention: EventMention, entity_of: dict[str, str]) -> tuple[list[Participant], str]:
    """The mention's participants and place as entities, by mention id (issue 14)."""
    participants: list[Participant] = []
    for mention_id, role in mention.participants:
        if entity_of.get(mention_id):
            participant = Participant(entity_of[mention_id], role)
            # One entity named twice in a clause ("ICE ... ICE's") takes part once.
            if all(p.entity_id != participant.entity_id for p in participants):
                participants.append(participant)
    place = entity_of.get(mention.place, "") if mention.place is not None else ""
    return participants, place


def _representative(told: Sequence[_Told]) -> _Told:
    """The report that dates the happening most precisely (a certain date first), else the first."""

    def rank(t: _Told) -> tuple[int, int, int]:
        time = t.mention.time
        if time is None or not time.date_start:
            return (2, 0, 0)
        days = (dt.date.fromisoformat(time.date_end) - dt.date.fromisoformat(time.date_start)).days
        return (int(time.uncertain), days, 0)

    return min(told, key=rank)


def _vote(told: Sequence[_Told], preferred: str) -> str:
    """The event type most reports give; the representative's on a tie."""
    counts = Counter(t.mention.event_type for t in told)
    best = max(counts.values())
    if counts[preferred] == best:
        return preferred
    return next(t.mention.event_type for t in told if counts[t.mention.event_type] == best)


def _date_conflicts(told: Sequence[_Told], chosen: TimeExpression | None) -> list[str]:
    """Reports whose own date does not contain the chosen one ("Saturday" for a Friday)."""
    if chosen is None or not chosen.date_start:
        return []
    out = []
    for t in told:
        time = t.mention.time
        if time is None or not time.date_start:
            continue
        if not (time.date_start <= chosen.date_start and chosen.date_end <= time.date_end):
            out.append(f"date: {time.value} ({time.text!r}) in {t.doc_id}")
    return out


def _deepest_place(told: Sequence[_Told], evidence: CorpusEvidence) -> str:
    places = [t.place for t in told if t.place]
    return max(places, key=lambda p: len(evidence.within.get(p, ())), default="")


def _earliest_report(doc_ids: Sequence[str], by_id: dict[str, Document]) -> tuple[str, str]:
    """The earliest publication date of the sources, with its basis.

    A source whose date is only a lower bound counts when no source has a
    date, as "not before" (the latest such bound: the article is no older).
    """
    docs = [by_id[d] for d in doc_ids if d in by_id and by_id[d].published]
    dated = [d for d in docs if not d.published_is_lower_bound]
    if dated:
        first = min(dated, key=lambda d: span_of(d.published)[0] or d.published)
        return first.published, first.published_basis
    if docs:
        bound = max(docs, key=lambda d: span_of(d.published)[0] or d.published)
        return bound.published, "not before"
    return "", ""


def _event(told: Sequence[_Told], by_id: dict[str, Document], evidence: CorpusEvidence) -> Event:
    """One event from the reports of one happening."""
    first, lead = told[0], _representative(told)
    time = lead.mention.time if lead.mention.time and lead.mention.time.date_start else None
    event = Event(
        id="v:"
        + _digest(
            first.doc_id,
            str(first.mention.sentence),
            first.mention.trigger,
            str(first.mention.start),
        ),  # fmt: skip
        event_type=_vote(told, lead.mention.event_type),
        trigger=lead.mention.trigger,
        summary=lead.mention.summary,
        place=_deepest_place(told, evidence),
        time=time or lead.mention.time,
        conflicts=_date_conflicts(told, time),
    )
    for t in told:
        known = {(p.entity_id, p.role) for p in event.participants}
        event.participants.extend(p for p in t.participants if (p.entity_id, p.role) not in known)
        if t.sentence not in event.evidence:
            event.evidence.append(t.sentence)
        if t.doc_id not in event.sources:
            event.sources.append(t.doc_id)
        when = t.mention.time
        event.reports.append(
            Report(
                doc_id=t.doc_id,
                sentence=t.sentence,
                date_text=when.text if when else "",
                date_value=when.value if when else "",
                participants=tuple(dict.fromkeys(p.entity_id for p in t.participants)),
            )
        )
    event.reported, event.reported_basis = _earliest_report(event.sources, by_id)
    return event


@dataclass(slots=True)
class _Told:
    """One event mention with its participants resolved, as one document tells it."""

    mention: EventMention
    doc_id: str
    participants: list[Participant]
    place: str
    sentence: str
    headline: bool = False


def _headline_end(document: Document | None) -> int:
    """Where the headline ends in the text (0 when the text does not start with it)."""
    if document is None or not document.title or not document.text.startswith(document.title):
        return 0
    return len(document.title)


def _entity_of(extraction: DocExtraction, ids: Sequence[str]) -> dict[str, str]:
    """Mention id -> entity id ("" for a mention resolution dropped), from the list of the
    entity of each mention in order that resolution gives."""
    return {m.id: entity for m, entity in zip(extraction.mentions, ids, strict=False)}


def _told(extraction: DocExtraction, ids: Sequence[str], document: Document | None) -> list[_Told]:
    told = []
    entity_of = _entity_of(extraction, ids)
    headline_end = _headline_end(document)
    for mention in extraction.events:
        if not 0 <= mention.sentence < len(extraction.sentences):
            log.warning("%s: an event's sentence %d does not exist; left out", extraction.doc_id,
                        mention.sentence)  # fmt: skip
            continue
        participants, place = _resolved(mention, entity_of)
        sentence = extraction.sentences[mention.sentence]
        where = mention.start if mention.start >= 0 else sentence.start
        headline = where < headline_end
        if headline and mention.time is not None and mention.time.start >= headline_end:
            # A headline takes no date from the stamp or dateline glued to it (issue 15).
            mention = replace(mention, time=None)
        told.append(
            _Told(mention, extraction.doc_id, participants, place, sentence.text.strip(), headline)
        )
    return told


def _day_span(value: str) -> tuple[dt.date, dt.date] | None:
    start, end = span_of(value) if value else ("", "")
    if not start:
        return None
    return dt.date.fromisoformat(start), dt.date.fromisoformat(end)


def _occurrence(
    told: _Told, document: Document | None, entities: dict[str, Entity], taxonomy: Taxonomy
) -> Occurrence:
    mention, time = told.mention, told.mention.time
    span = None
    if time is not None and time.date_start:
        span = (dt.date.fromisoformat(time.date_start), dt.date.fromisoformat(time.date_end))
    published = None
    if document is not None and document.published_is_known:
        days = _day_span(document.published)
        published = days[1] if days else None
    roles: dict[str, set[str]] = {"agent": set(), "patient": set(), "other": set()}
    for p in told.participants:
        roles.setdefault(p.role, set()).add(p.entity_id)
    place = entities.get(told.place)
    return Occurrence(
        doc_id=told.doc_id,
        event_type=mention.event_type,
        family=taxonomy.family(mention.lemma or mention.trigger.lower()),
        span=span,
        uncertain=bool(time and time.uncertain),
        published=published,
        agents=frozenset(roles["agent"]),
        patients=frozenset(roles["patient"]),
        others=frozenset(roles["other"]),
        # A country says nothing about where in it a happening was.
        place=told.place if place is not None and place.level != "country" else "",
        text=mention.summary,
    )


def _evidence(entities: dict[str, Entity], documents: int) -> CorpusEvidence:
    within: dict[str, frozenset[str]] = {}
    for entity in entities.values():
        if entity.type != "jurisdiction":
            continue
        chain, node = {entity.id}, entity
        while node.parent and node.parent in entities and node.parent not in chain:
            node = entities[node.parent]
            chain.add(node.id)
        within[entity.id] = frozenset(chain)
    return CorpusEvidence(
        weights=rarity_weights({e.id: len(e.doc_ids) for e in entities.values()}, documents),
        within=within,
        people=frozenset(e.id for e in entities.values() if e.type == "person"),
    )


def _unique_ids(events: list[Event]) -> list[Event]:
    """Events whose ids are all different: a repeated id would overwrite a graph node."""
    seen: Counter[str] = Counter()
    for event in events:
        seen[event.id] += 1
        if seen[event.id] > 1:
            event.id = f"{event.id}-{seen[event.id]}"
    return events


def merge_events(
    extractions: Sequence[DocExtraction],
    mention_entity: dict[str, list[str]],
    entities: dict[str, Entity],
    *,
    documents: Sequence[Document] = (),
    taxonomy: Taxonomy | None = None,
) -> tuple[list[Event], list[Failure]]:
    """Resolve participants to entity ids and make one event of each happening.

    Which mentions are one happening is decided in ``happenings.py``, within
    and across documents.

    Returns:
        The corpus events, and the documents whose events could not be read
        (a cache entry or an extraction that does not hold together); their
        events are left out and the rest go on (issue 11).
    """
    taxonomy = taxonomy or load_taxonomy()
    by_id = {d.id: d for d in documents}
    told, failures = _every_told(extractions, mention_entity, by_id)
    occurrences = [_occurrence(t, by_id.get(t.doc_id), entities, taxonomy) for t in told]
    evidence = _evidence(entities, len(by_id) or len(extractions))
    groups = group_occurrences(occurrences, evidence)
    # A headline tells a happening only when some article's body tells it too (issue 15).
    groups = [g for g in groups if not all(told[i].headline for i in g)]
    events = _unique_ids([_event([told[i] for i in group], by_id, evidence) for group in groups])
    _place_and_administrations(events, entities)
    return events, failures


def _every_told(
    extractions: Sequence[DocExtraction],
    mention_entity: dict[str, list[str]],
    by_id: dict[str, Document],
) -> tuple[list[_Told], list[Failure]]:
    """Every event mention of the corpus as its document tells it, and the documents whose
    events could not be read."""
    told: list[_Told] = []
    failures: list[Failure] = []
    for extraction in extractions:
        try:
            ids = mention_entity.get(extraction.doc_id, [])
            told.extend(_told(extraction, ids, by_id.get(extraction.doc_id)))
        except Exception as e:
            failures.append(failure(extraction.doc_id, e, default_stage="events"))
    return told, failures


def _place_and_administrations(events: list[Event], entities: dict[str, Entity]) -> None:
    """A place from a local participant where no report names one, and the administrations."""
    terms = load_terms()
    places = _place_names(entities)
    for event in events:
        event.place = event.place or place_from_participants(event, entities, places)
        event.administrations = event_administrations(event, entities, terms)
