"""Each event mention as its document tells it: participants as entities, and as evidence.

A :class:`Told` is one event mention with its participants and place joined
to entities by mention id (issue 14), its sentence, and whether it stands in
the headline; :func:`occurrence` makes of it what ``happenings`` compares.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from graphx.boundary import failure
from graphx.extract.aspect import TENSE_ONLY
from graphx.extract.events import Taxonomy
from graphx.extract.lines import headline_end
from graphx.extract.reported import BY_THEN
from graphx.extract.since import SINCE
from graphx.extract.stretch import OVER
from graphx.extract.taxonomy import kin_of
from graphx.extract.timex.normalise import span_of
from graphx.extract.timex.rules import words
from graphx.extract.timex.spans import calendar_days, month_day_named, weekday_named
from graphx.lexicon import Lexicon, shipped
from graphx.model import (
    DocExtraction,
    Document,
    Entity,
    EventMention,
    Failure,
    Participant,
    TimeExpression,
)
from graphx.resolve.happenings import Occurrence, Span
from graphx.resolve.seats import seats_of

__all__ = ["Told", "every_told", "family_of", "occurrence", "representative"]

log = logging.getLogger(__name__)


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


@dataclass(slots=True)
class Told:
    """One event mention with its participants resolved, as one document tells it."""

    mention: EventMention
    doc_id: str
    participants: list[Participant]
    place: str
    sentence: str
    headline: bool = False
    near: str = ""  # the place its local participant implies (``resolve.places``)
    filed: str = ""  # its article's dateline place: where it was filed, maybe where it was


def _headline_end(document: Document | None) -> int:
    """Where the headline ends in the text (0 when the text does not open with it)."""
    return 0 if document is None else headline_end(document.text, document.title)


def _entity_of(extraction: DocExtraction, ids: Sequence[str]) -> dict[str, str]:
    """Mention id -> entity id ("" for a mention resolution dropped), from the list of the
    entity of each mention in order that resolution gives."""
    return {m.id: entity for m, entity in zip(extraction.mentions, ids, strict=False)}


def _told(extraction: DocExtraction, ids: Sequence[str], document: Document | None) -> list[Told]:
    told = []
    entity_of = _entity_of(extraction, ids)
    headline_end = _headline_end(document)
    datelines = (entity_of.get(m.id, "") for m in extraction.mentions if m.dateline)
    filed = next(filter(None, datelines), "")
    for mention in extraction.events:
        if not 0 <= mention.sentence < len(extraction.sentences):
            log.warning("%s: an event's sentence %d does not exist; left out", extraction.doc_id,
                        mention.sentence)  # fmt: skip
            continue
        participants, place = _resolved(mention, entity_of)
        near = entity_of.get(mention.near, "") if mention.near is not None else ""
        sentence = extraction.sentences[mention.sentence]
        where = mention.start if mention.start >= 0 else sentence.start
        headline = where < headline_end
        if headline and mention.time is not None and mention.time.start >= headline_end:
            # A headline takes no date from the stamp or dateline glued to it (issue 15).
            mention = replace(mention, time=None)
        told.append(
            Told(mention, extraction.doc_id, participants, place, sentence.text.strip(), headline,
                 near=near, filed=filed)
        )  # fmt: skip
    return told


def _day_span(value: str) -> tuple[dt.date, dt.date] | None:
    start, end = span_of(value) if value else ("", "")
    if not start:
        return None
    return dt.date.fromisoformat(start), dt.date.fromisoformat(end)


def _grouping_span(
    time: TimeExpression | None, document: Document | None
) -> tuple[dt.date, dt.date] | None:
    """The days a report's date covers, as the grouping compares them.

    A tense's days ("is filing": as the article was written) date an event nothing else
    dates, but are no evidence for or against a date: "is suing" goes on for months.
    """
    if time is None or not time.date_start or time.value == TENSE_ONLY:
        return None
    span = (dt.date.fromisoformat(time.date_start), dt.date.fromisoformat(time.date_end))
    if time.uncertain and document is not None and document.published_is_lower_bound:
        # Read against "published not before X": it happened then or any time after.
        span = (span[0], dt.date.max)
    return span


def _night_edge(time: TimeExpression | None, document: Document | None) -> str:
    """ "late" for a day told late or at night ("late Friday", "Friday night"), "early" for
    one told early or in the morning ("early Saturday"): an overnight act one outlet tells
    on the one day and another on the next (``overnight`` in ``time_words.json``)."""
    if time is None or document is None or time.date_start != time.date_end:
        return ""
    late, early = shipped().derived(_overnight)
    before = document.text[max(0, time.start - 16) : time.start].lower().split()[-1:]
    told = {time.value.partition("T")[2], *before}
    return "late" if told & late else "early" if told & early else ""


def _overnight(lexicon: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    edges = lexicon.json("time_words.json")["overnight"]
    late = frozenset(edges["late_words"]) | frozenset(edges["late_parts"])
    return late, frozenset(edges["early_words"]) | frozenset(edges["early_parts"])


def _last_day_published(document: Document | None) -> dt.date | None:
    if document is not None and (document.published_is_known or document.published_on_page):
        days = _day_span(document.published)
        return days[1] if days else None
    return None


def _month_day(time: TimeExpression | None, span: Span | None) -> tuple[int, int] | None:
    """The month and day a report names with no year ("Aug. 22"), also once the corpus read
    a year for it in an article known only from below, which leaves the day's span open
    towards the future: that year is a guess, the day is what the article says (found in a
    probe: "filed the lawsuit Aug. 22", read as "Aug. 22, 2012 or later", agreed with no
    report of 22 August 2012)."""
    if time is None:
        return None
    named = month_day_named(time.value)
    if named is not None or span is None or span[1] != dt.date.max:
        return named
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", time.value) or re.search(r"\b\d{4}\b", time.text):
        return None
    said = {w.strip(".,").lower() for w in time.text.split()}
    month, day = int(time.value[5:7]), int(time.value[8:10])
    months = {words()["months"].get(w) for w in said}
    return (month, day) if str(day) in said and month in months else None


def family_of(mention: EventMention, taxonomy: Taxonomy) -> str:
    """The family of happenings an event mention's trigger names ("ruled": a ruling)."""
    return taxonomy.family(mention.lemma or mention.trigger.lower(), mention.event_type)


def occurrence(
    told: Told,
    document: Document | None,
    entities: dict[str, Entity],
    taxonomy: Taxonomy,
    named: frozenset[str] = frozenset(),
) -> Occurrence:
    """What ``happenings`` compares of a report; ``named``: the entities of its article."""
    mention, time = told.mention, told.mention.time
    span = _grouping_span(time, document)
    roles = _roles(told, entities, named)
    place = entities.get(told.place)
    return Occurrence(
        doc_id=told.doc_id,
        event_type=mention.event_type,
        family=(family := family_of(mention, taxonomy)),
        kin=kin_of().get(family, ""),
        span=span,
        uncertain=bool(time and time.uncertain),
        night=_night_edge(time, document),
        weekday=_weekday(time),
        month_day=_month_day(time, span),
        published=_last_day_published(document),
        agents=roles["agent"],
        patients=roles["patient"],
        others=roles["other"],
        # A country says nothing about where in it a happening was.
        place=told.place if place is not None and place.level != "country" else "",
        text=mention.summary,
        near=told.near,
        another=mention.another,
        gathered=time is not None and time.precision in (SINCE, OVER),
        counted=mention.counted,
        tally=mention.tally,
        theme=mention.theme,
        theme_known=mention.theme_known,
        start=mention.start,
        along=mention.along,
        headline=told.headline,
        filed=told.filed if _local(entities.get(told.filed)) else "",
    )


def _roles(
    told: Told, entities: dict[str, Entity], named: frozenset[str]
) -> dict[str, frozenset[str]]:
    """The entities of a report by role: agent, patient, other; the bodies its people sit
    on among those its article ``named`` are others ("Supervisor Ruiz voted no")."""
    roles: dict[str, set[str]] = {"agent": set(), "patient": set(), "other": set()}
    for p in told.participants:
        roles.setdefault(p.role, set()).add(p.entity_id)
    people = set().union(*roles.values())
    seated = seats_of(people, told.doc_id, named, entities, told.sentence, told.mention.trigger)
    roles["other"] |= seated - people
    return {role: frozenset(ids) for role, ids in roles.items()}


def _local(place: Entity | None) -> bool:
    return place is not None and place.level in ("city", "county")


def _weekday(time: TimeExpression | None) -> int | None:
    """The day of the week a report's date names; none for the week up to a saying's day
    ("said Thursday that the workers were released": done by Thursday, on any day)."""
    if time is None or time.precision == BY_THEN:
        return None
    return weekday_named(time.text, time.value)


def every_told(
    extractions: Sequence[DocExtraction],
    mention_entity: dict[str, list[str]],
    by_id: dict[str, Document],
) -> tuple[list[Told], list[Failure]]:
    """Every event mention of the corpus as its document tells it, and the documents whose
    events could not be read."""
    told: list[Told] = []
    failures: list[Failure] = []
    for extraction in extractions:
        try:
            ids = mention_entity.get(extraction.doc_id, [])
            told.extend(_told(extraction, ids, by_id.get(extraction.doc_id)))
        except Exception as e:
            failures.append(failure(extraction.doc_id, e, default_stage="events"))
    return told, failures


def representative(told: Sequence[Told]) -> Told:
    """The report that dates the happening most precisely, else the first: a certain date
    first, or an uncertain one every certain date holds ("March 21", read in a year the
    corpus gives, within another article's "last month")."""
    certain = [
        t.mention.time
        for t in told
        if t.mention.time is not None and t.mention.time.date_start and not _uncertain(t)
    ]

    def rank(t: Told) -> tuple[int, int, int]:
        days, time = _days(t), t.mention.time
        if days is None or time is None:
            return (2, 0, 0)
        held = all(c.date_start <= time.date_start and time.date_end <= c.date_end for c in certain)
        return (int(time.uncertain and not (certain and held)), days, int(time.uncertain))

    return min(told, key=rank)


def _days(t: Told) -> int | None:
    days = calendar_days(t.mention.time) if t.mention.time is not None else None
    return (days[1] - days[0]).days if days is not None else None


def _uncertain(t: Told) -> bool:
    return t.mention.time is not None and t.mention.time.uncertain
