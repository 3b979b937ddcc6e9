"""Turn per-document event mentions into corpus events, one per happening.

Which mentions report the same happening is ``happenings.py``'s decision;
``reports`` joins each mention's participants to entities; this module makes one
:class:`Event` of each group: its type by vote of the reports, its date from
the report that dates it most precisely (with the reports that disagree in
``conflicts``), its place the most specific one named, every report kept
(document, sentence, the date as that report writes it, whom it names), and
``reported``, the earliest publication date of its sources.
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple

from graphx.administrations import Term, administrations_for, load_terms
from graphx.extract.aspect import TENSE_ONLY
from graphx.extract.events import Taxonomy, load_taxonomy
from graphx.extract.timex.spans import span_of
from graphx.model import (
    DocExtraction,
    Document,
    Entity,
    Event,
    Failure,
    Report,
    TimeExpression,
)
from graphx.resolve.grouping import Grouper
from graphx.resolve.happenings import Corpus as CorpusEvidence
from graphx.resolve.happenings import Occurrence, rarity_weights
from graphx.resolve.in_window import day_of_reports, read_in_window, reread_from_below
from graphx.resolve.ledger import Decision
from graphx.resolve.occasions import act_type
from graphx.resolve.places import (
    a_ruling,
    place_from_participants,
    place_names,
    placed,
    unknown_places_within,
)
from graphx.resolve.published import Window, dated_by_windows, publication_windows
from graphx.resolve.regroup import regroup
from graphx.resolve.reports import Told, every_told, occurrence, representative

__all__ = [
    "event_administrations",
    "MergedEvents",
    "merge_events",
    "merge_reviewed_events",
    "place_from_participants",
]

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


def _vote(told: Sequence[Told], preferred: str) -> str:
    """The event type most reports give; the representative's on a tie."""
    counts = Counter(t.mention.event_type for t in told)
    best = max(counts.values())
    if counts[preferred] == best:
        return preferred
    return next(t.mention.event_type for t in told if counts[t.mention.event_type] == best)


def _date_conflicts(told: Sequence[Told], chosen: TimeExpression | None) -> list[str]:
    """Reports whose own date does not contain the chosen one ("Saturday" for a Friday)."""
    if chosen is None or not chosen.date_start:
        return []
    out = []
    for t in told:
        time = t.mention.time
        if time is None or not time.date_start or time.value == TENSE_ONLY:
            continue
        if not (time.date_start <= chosen.date_start and chosen.date_end <= time.date_end):
            out.append(f"date: {time.value} ({time.text!r}) in {t.doc_id}")
    return out


def _deepest_place(
    told: Sequence[Told], evidence: CorpusEvidence, confining: Collection[str]
) -> str:
    # where people were held after a raid is not where the raid was ("are being held at a
    # detention center in Jena"): a detention's place counts only when nothing else is told
    acts = [t for t in told if t.mention.lemma not in confining] or told
    # else a place its reports are only near ("sued Marion County Sheriff Ann Lee")
    places = [t.place for t in acts if t.place] or [t.near for t in acts if t.near]
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


def _event_id(first: Told) -> str:
    """An event's id, from its first report: the same on every build of the same corpus."""
    mention = first.mention
    return "v:" + _digest(first.doc_id, str(mention.sentence), mention.trigger, str(mention.start))


def _event(
    told: Sequence[Told],
    by_id: dict[str, Document],
    evidence: CorpusEvidence,
    confining: Collection[str],
) -> Event:
    """One event from the reports of one happening."""
    first, lead = told[0], representative(told)
    time = lead.mention.time if lead.mention.time and lead.mention.time.date_start else None
    event = Event(
        id=_event_id(first),
        event_type=_vote(told, lead.mention.event_type),
        trigger=lead.mention.trigger,
        summary=lead.mention.summary,
        place=_deepest_place(told, evidence, confining),
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
    first_report = span_of(event.reported)[1] if event.reported_basis != "not before" else ""
    times = [t.mention.time for t in told if t.mention.time]
    event.time = day_of_reports(event.time, first_report, times)
    return event


def _named_by_document(entities: dict[str, Entity]) -> dict[str, frozenset[str]]:
    named: dict[str, set[str]] = {}
    for entity in entities.values():
        for doc_id in entity.doc_ids:
            named.setdefault(doc_id, set()).add(entity.id)
    return {doc_id: frozenset(ids) for doc_id, ids in named.items()}


def _evidence(entities: dict[str, Entity], documents: int) -> CorpusEvidence:
    within: dict[str, frozenset[str]] = {}
    for entity in entities.values():
        # a place the gazetteer did not resolve has no level: placed by its articles below
        if entity.type != "jurisdiction" or not entity.level:
            continue
        chain, node = {entity.id}, entity
        while node.parent and node.parent in entities and node.parent not in chain:
            node = entities[node.parent]
            chain.add(node.id)
        within[entity.id] = frozenset(chain)
    within.update(unknown_places_within(entities, within))
    return CorpusEvidence(
        weights=rarity_weights({e.id: len(e.doc_ids) for e in entities.values()}, documents),
        within=within,
        levels={e.id: e.level for e in entities.values() if e.type == "jurisdiction"},
        people=frozenset(e.id for e in entities.values() if e.type == "person"),
        named=_named_by_document(entities),
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
    merged = merge_reviewed_events(
        extractions, mention_entity, entities, documents=documents, taxonomy=taxonomy
    )
    return merged.events, merged.failures


class MergedEvents(NamedTuple):
    """The corpus events, the documents whose events could not be read, the reader's
    event decisions that no longer apply, and the publication window the corpus gives
    each document with no date of its own."""

    events: list[Event]
    failures: list[Failure]
    gone: list[str]
    windows: dict[str, Window]


def merge_reviewed_events(
    extractions: Sequence[DocExtraction],
    mention_entity: dict[str, list[str]],
    entities: dict[str, Entity],
    *,
    documents: Sequence[Document] = (),
    taxonomy: Taxonomy | None = None,
    decisions: Sequence[Decision] = (),
) -> MergedEvents:
    """``merge_events``, with a reader's event decisions applied after the grouping."""
    taxonomy = taxonomy or load_taxonomy()
    by_id = {d.id: d for d in documents}
    told, failures = every_told(extractions, mention_entity, by_id)
    places = place_names(entities)
    told = [placed(t, entities, places, ruling=a_ruling(t, taxonomy)) for t in told]
    evidence = _evidence(entities, len(by_id) or len(extractions))
    merging = _Merging(by_id, entities, taxonomy, evidence, decisions, Grouper(evidence))
    events, gone = merging.events(told)
    # An undated article whose "Friday" a dated happening placed is dated by it; its other
    # weekdays are read against that, and the reports grouped again (issue 15).
    windows = publication_windows(documents, events, {x.doc_id: x.times for x in extractions})
    if windows:
        events = []  # the first round's events go before the second round's are made
        bounded = {d for d in windows if d in by_id and by_id[d].published_is_lower_bound}
        merging.by_id = {d.id: d for d in dated_by_windows(documents, windows)}
        events, gone = merging.events([_redated(t, windows, bounded) for t in told])
    _place_and_administrations(events, entities)
    return MergedEvents(events, failures, gone, windows)


def _redated(told: Told, windows: dict[str, Window], bounded: set[str]) -> Told:
    """The report read against its article's window. A new object only where the next
    round must compare it again (only new objects are scored again): its time changed, or
    its article was dated only from below (``bounded``), which opened its uncertain span."""
    window, time = windows.get(told.doc_id), told.mention.time
    if window is None or time is None:
        return told
    read = read_in_window(time, window)
    read = reread_from_below(read, window) if told.doc_id in bounded else read
    if read is time and not (time.uncertain and told.doc_id in bounded):
        return told
    return replace(told, mention=replace(told.mention, time=read))


@dataclass(slots=True)
class _Merging:
    """What turning reports into events needs besides the reports, and the grouper of the
    rounds so far: a second round scores again only the reports it changed, whose
    occurrences alone are new objects."""

    by_id: dict[str, Document]
    entities: dict[str, Entity]
    taxonomy: Taxonomy
    evidence: CorpusEvidence
    decisions: Sequence[Decision]
    grouper: Grouper
    last: tuple[Sequence[Told], Sequence[Occurrence]] = ((), ())

    def _occurrences(self, told: Sequence[Told]) -> list[Occurrence]:
        """An occurrence per report: the last round's object where the report is the same."""
        before, made = self.last
        same = len(before) == len(told)
        return [
            made[i]
            if same and t is before[i]
            else occurrence(
                t,
                self.by_id.get(t.doc_id),
                self.entities,
                self.taxonomy,
                self.evidence.named.get(t.doc_id, frozenset()),
            )
            for i, t in enumerate(told)
        ]

    def events(self, told: Sequence[Told]) -> tuple[list[Event], list[str]]:
        """One event per happening, and the reader's decisions that no longer apply."""
        occurrences = self._occurrences(told)
        self.last = (told, occurrences)
        groups = self.grouper.group(occurrences)
        # The reader's word over the grouping's (issue 19): a post-pass, the scoring untouched.
        groups, gone = regroup(groups, told, self.decisions)
        # A headline tells a happening only when some article's body tells it too (issue 15).
        groups = [g for g in groups if not all(told[i].headline for i in g)]
        by_id, evidence = self.by_id, self.evidence
        confining = self.taxonomy.confining
        events = [_event([told[i] for i in group], by_id, evidence, confining) for group in groups]
        for event, group in zip(events, groups, strict=True):
            event.event_type = act_type([occurrences[i] for i in group], event.event_type)
        _date_along(events, groups, told)
        return _unique_ids(events), gone


def _date_along(events: list[Event], groups: Sequence[Sequence[int]], told: Sequence[Told]) -> None:
    """An undated event told as part of another report's act ("has issued subpoenas,
    accusing the city ...") took place when that act did: it takes the date the act's
    happening has, perhaps from other articles, marked uncertain, with the reason."""
    happening = {i: k for k, group in enumerate(groups) for i in group}
    at = {(t.doc_id, t.mention.start): i for i, t in enumerate(told)}
    for event, group in zip(events, groups, strict=True):
        if event.time is not None and event.time.date_start:
            continue
        for i in group:
            if told[i].mention.along < 0:
                continue  # told as part of nothing (and -1 is also an unknown offset)
            j = at.get((told[i].doc_id, told[i].mention.along), -1)
            act = events[happening[j]] if j in happening else event
            if act is not event and act.time is not None and act.time.date_start:
                said = f" ('{act.time.text}')" if act.time.text else ""
                event.time = replace(
                    act.time,
                    uncertain=True,
                    reading=f"told as part of '{told[j].mention.trigger}', of "
                    f"{act.time.date_start}{said}",
                )
                break


def _place_and_administrations(events: list[Event], entities: dict[str, Entity]) -> None:
    """A place from a local participant where no report names one, and the administrations."""
    terms = load_terms()
    places = place_names(entities)
    for event in events:
        event.place = event.place or place_from_participants(event, entities, places)
        event.administrations = event_administrations(event, entities, terms)
