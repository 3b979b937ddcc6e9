"""Sentence-level events: trigger, type, participants, place and date.

A trigger is a verb or an eventive noun listed in ``resources/event_types.csv``.
Each trigger takes the participants found in its own clause (subject ->
agent, object or passive subject -> patient, the rest -> other), the time
expression whose syntactic head hangs under it (so "officials who released
1,000 aliens during the 2019 fiscal year" dates the release, not the
criticism around it), and the jurisdiction named in the clause as place.

Opinion and generic statements describe no happening, so a candidate is dropped when it is
quoted speech, negated, modal ("could", "should"), a question, or neither past tense nor dated.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from graphx.extract import (
    after,
    again,
    agreed,
    anyone,
    arguments,
    aspect,
    attach,
    beside,
    clauses,
    conditions,
    crowd_days,
    entries,
    firsts,
    kinds,
    many,
    parties,
    reported,
    rule_changes,
    rule_dates,
    setting,
    since,
    statements,
    stretch,
    summaries,
    tallies,
    told_along,
    where,
)
from graphx.extract.candidates import sentence_triggers
from graphx.extract.counted import done_to
from graphx.extract.dated_nouns import dated_objects
from graphx.extract.dated_nouns import words_on_it_that_day as that_day
from graphx.extract.days_named_by import day_named_by_a_happening
from graphx.extract.handed import without_undated_moves
from graphx.extract.quotes import inside, quoted_spans, texts_set_out
from graphx.extract.same_day import told_within
from graphx.extract.told_after import weekdays_after_what_they_tell
from graphx.extract.tree import dated_apart
from graphx.extract.triggers import Taxonomy, load_taxonomy
from graphx.extract.word_lists import kind_words, many_acts_words
from graphx.model import EventMention, Mention, TimeExpression

__all__ = ["Taxonomy", "find_events", "load_taxonomy", "quoted_spans"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class _Before:
    """The first day the sentence before names ("The admission came during a council
    hearing"), the day it told people gathering on (``crowd_days.told_as_crowd``), the day
    of the story's one crowd (``crowd_days.one_crowd``), and the stamp of a live page's entry."""

    day: TimeExpression | None = None
    gathered: TimeExpression | None = None
    story: TimeExpression | None = None
    unspent: TimeExpression | None = None  # a day a lede named and dated nothing with
    entry: TimeExpression | None = None  # of the entry the sentence is in (``entries``)


@dataclass(frozen=True, slots=True)
class _Reading:
    """What every sentence of one document is read against."""

    doc: Doc
    mentions: Sequence[Mention]
    starts: list[int]
    quotes: list[tuple[int, int]]
    taxonomy: Taxonomy
    headline_end: int = 0  # where the headline ends in the text (0: none)
    now: tuple[dt.date, dt.date] | None = None  # the days the article was written in
    gathering: str = ""  # the first gathering the story names (``crowd_days``)
    # the paragraphs of a text set out in full ("The following statement ...:")
    set_out: list[tuple[int, int]] = field(default_factory=list)


def find_events(
    doc: Doc,
    mentions: Sequence[Mention],
    times: Sequence[TimeExpression],
    *,
    taxonomy: Taxonomy | None = None,
    headline_end: int = 0,
    now: tuple[dt.date, dt.date] | None = None,
    later: Sequence[tuple[int, int, tuple[dt.date, dt.date]]] = (),
) -> list[EventMention]:
    """Find the events of one parsed document.

    Args:
        doc: a spaCy Doc with sentences, POS tags, lemmas and a dependency parse.
        mentions: the document's typed mentions, ordered by start offset.
        times: the document's normalized time expressions.
        taxonomy: trigger table; the shipped one when None.
        headline_end: where the document's headline ends in its text (0 when it has none).
        now: the first and last day the document can have been written (from its
            publication date; None when unknown or only bounded below): a present
            progressive with no date of its own ("is filing a petition") is going on then.
        later: paragraphs (start, end) written after the page, with their days (an
            update's: ``updates.written_later``).

    Returns:
        Events in text order; participants and place are ids of ``mentions``
        (:attr:`Mention.id`).
    """
    starts = [m.start for m in mentions]
    taxonomy = taxonomy or load_taxonomy()
    set_out = texts_set_out(doc.text)
    quotes = [q for q in quoted_spans(doc.text) if not inside(set_out, q[0])]
    reading = _Reading(doc, mentions, starts, quotes, taxonomy, headline_end, now, set_out=set_out)
    reading = replace(reading, gathering=crowd_days.story_gathering(doc, taxonomy, headline_end))
    events: list[EventMention] = []
    days_of: dict[str, TimeExpression] = {}  # family -> the day its last happening was dated
    before = _Before(story=crowd_days.one_crowd(doc, times, reading.gathering))
    stamps = entries.entry_stamps(doc.text, times)
    told_times = entries.unstamped(times, stamps)
    for sent_index, sent in enumerate(doc.sents):
        before = replace(before, entry=entries.entry_of(stamps, sent.start_char))
        here = next(
            (replace(reading, now=d) for a, b, d in later if a <= sent.start_char < b), None
        )
        found = _sentence_events(here or reading, sent_index, sent, told_times, days_of, before)
        for family in again.told_anew(sent, reading.taxonomy):
            days_of.pop(family, None)  # "the protest" after "sparked a protest": that one
        gathered = _days_told(reading, found, days_of)
        gathered = gathered or crowd_days.crowd_there(reading.doc, sent, times, before.gathered)
        # a lede that names the day and tells the act in the next sentence (none told before)
        lede = not any(e.start >= headline_end for e in [*events, *found])
        day = setting.first_day(sent, times)
        unspent = setting.day_left(sent, day, found, lede=lede)
        before = _Before(day, gathered, before.story, unspent)
        events.extend(found)
    events = parties.parties_named_after(doc, mentions, events, reading.taxonomy)
    return weekdays_after_what_they_tell(doc, events, reading.taxonomy)


def _days_told(
    reading: _Reading, found: Sequence[EventMention], days_of: dict[str, TimeExpression]
) -> TimeExpression | None:
    """Keeps the day each family's happening of the sentence is dated to in ``days_of``;
    the day of a crowd it tells gathered, if any."""
    gathered = None
    for event in found:
        if event.time is not None and crowd_days.a_day(event.time):
            days_of[reading.taxonomy.family(event.lemma, event.event_type)] = event.time
        crowd = crowd_days.told_as_crowd(reading.doc, event)
        if event.time is not None and crowd_days.a_day(event.time) and crowd:
            gathered = event.time
    return gathered


def _given_days(attached: dict[int, TimeExpression]) -> set[int]:
    """The triggers a time of a day dates: a recurrence in their clause is one of them; an
    hour is each time's ("meets at 7 p.m. every second Monday")."""
    return {i for i, time in attached.items() if time.type != "TIME"}


def _sentence_events(
    reading: _Reading,
    sent_index: int,
    sent: Span,
    times: Sequence[TimeExpression],
    days_of: dict[str, TimeExpression],
    before: _Before,
) -> list[EventMention]:
    """The events of one sentence: each trigger with the time expression it owns; "the
    ruling" told again takes the day ``days_of`` has for its family, or a gathering noun the
    day the sentence before told people gathering on; the hearing an act of the sentence
    before "came during" the day that sentence names."""
    in_sentence = [t for t in times if sent.start_char <= t.start < sent.end_char]
    candidates = sentence_triggers(sent, reading.taxonomy, reading.quotes)
    dated = _dated_objects(reading, in_sentence, candidates)
    there = crowd_days.crowd_gathering(sent, candidates, reading.gathering, before.story)
    candidates = dict(sorted({**dated, **candidates, **there}.items()))
    triggers = set(candidates)
    attached = attach.times_by_trigger(reading.doc, in_sentence, triggers)
    habits = attach.told_as_habits(reading.doc, in_sentence, triggers) - _given_days(attached)
    candidates = {i: sense for i, sense in candidates.items() if i not in habits}
    told_before = again.days_told_before(reading.doc, candidates, reading.taxonomy, days_of)
    sentence = since.SentenceTimes(reading.doc, sent, times, triggers, reading.now, told_before)
    for read in (since.read_since, stretch.read_stretches, after.read_before_after, that_day):
        read(sentence, attached)  # "since 2019", "from 2015 through 2017", "days after"
    found: dict[int, EventMention] = {}
    for i, sense in candidates.items():
        time = attached.get(i)
        if time is None:
            time = _told_again_day(reading, reading.doc[i], sense, (triggers, told_before), before)
        if time is None:  # "organized a vigil the night of the raid"
            time = day_named_by_a_happening(reading.doc[i], reading.taxonomy, days_of)
        if time is None and setting.is_setting(reading.doc[i]):
            time = before.day  # "The admission came during a council hearing"
        if time is None and not setting.any_day(in_sentence):  # "at the vote", "voted no"
            time = _day_told_around(reading, reading.doc[i], days_of, before)
        if time is None and not in_sentence:
            time = _told_as_now(reading, reading.doc[i], before)
        event = _event(reading, reading.doc[i], sense, triggers, time)
        if event is not None:
            event.sentence = sent_index
            found[i] = event
    return _news(reading, found, attached, candidates)


def _news(
    reading: _Reading,
    found: dict[int, EventMention],
    attached: dict[int, TimeExpression],
    candidates: dict[int, tuple[str, str]],
) -> list[EventMention]:
    """The sentence's events that are news: not a move with no time of its own (a step of
    another act, and no news a saying tells), a saying that tells no statement, nor the act
    a complement tells of another's."""
    found, candidates = without_undated_moves(candidates, found, reading.taxonomy)
    # a statement's acts with no time of their own are its background, not its news
    found = {i: e for i, e in found.items() if e.time or not inside(reading.set_out, e.start)}
    said = statements.no_news(reading, found, attached, candidates)
    told = reported.told_by_complement(reading, found) | said
    kept = [event for i, event in found.items() if i not in told]
    return told_along.placed_along(reading.doc, reading.mentions, kept)


def _dated_objects(
    reading: _Reading, times: Sequence[TimeExpression], candidates: dict[int, tuple[str, str]]
) -> dict[int, tuple[str, str]]:
    """``dated_nouns.dated_objects`` of the sentence's times."""
    where_when = (reading.quotes, reading.now)
    return dated_objects(reading.doc, reading.taxonomy, where_when, times, candidates)


def _told_as_now(reading: _Reading, token: Token, before: _Before) -> TimeExpression | None:
    """The time of an act told with no time in its sentence as of the days the text was
    written: going on ("is filing"), a rule in effect or told as news ("Effective
    immediately", "the sheriff says the jail will stop"), or a live page's entry."""
    time = aspect.going_on(token, reading.headline_end, reading.now)
    time = time or rule_dates.in_effect_now(token, reading.now)
    return time or entries.told_at_entry(token, before.entry)


def _day_told_around(
    reading: _Reading, token: Token, days_of: dict[str, TimeExpression], before: _Before
) -> TimeExpression | None:
    """For a trigger with no time in its sentence: the day of the happening it is part of
    ("at the vote", "voted no"), else a day the sentence before named and dated nothing
    with ("... all it took Monday night. The board voted 3-2 ...")."""
    within = again.day_within(token, reading.taxonomy, days_of)
    if within is None and setting.tells_that_day(token):
        return before.unspent
    return within


def _told_again_day(
    reading: _Reading,
    token: Token,
    sense: tuple[str, str],
    told: tuple[set[int], dict[int, TimeExpression]],
    before: _Before,
) -> TimeExpression | None:
    """The day of a happening told again ("The vigil was organized by ..."): the day its
    family was last dated, or for a gathering noun ("The town hall was ...") the day the
    sentence before told people gathering on, else the story's one crowd's. ``told``: the
    sentence's triggers, and the days ``again.days_told_before`` found for them."""
    triggers, told_before = told
    if not again.told_again(token, triggers, reading.taxonomy):
        return None
    gathered = sense[0] == "meeting" and token.pos_ == "NOUN"
    gathered = gathered and crowd_days.told_done(token)  # not "will follow"
    time = told_before.get(token.i) or (before.gathered if gathered else None)
    crowd = gathered and crowd_days.for_crowds(reading.taxonomy, sense)
    crowd = crowd and crowd_days.the_storys(reading.taxonomy, sense, reading.gathering)
    return time or (before.story if crowd else None)


def _asserted(trigger: Token, reading: _Reading, time: TimeExpression | None) -> bool:
    """Whether the trigger tells a happening: not opinion or irrealis; dated, or a past verb.

    A headline tells what happened in the present tense ("ICE issues subpoenas").
    """
    dated = time is not None and attach.dates_something(time)
    headline = trigger.idx < reading.headline_end
    as_done = rule_changes.told_as_done(trigger) or agreed.agreed_to(trigger)
    as_done = as_done or firsts.first_to_do(trigger)  # "became the first county to sign"
    opinion = clauses.is_opinion(trigger) and not (as_done or rule_changes.ends_a_practice(trigger))
    if opinion or clauses.is_irrealis(trigger, reading.taxonomy):
        return False
    if (
        trigger.dep_ == "ROOT"
        and trigger.tag_ == "VB"
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children)
    ):
        return False  # an imperative ("Sign up for our Sunday newsletter") tells no act
    if aspect.present_beside_past(trigger) or (aspect.still_to_come(trigger) and not headline):
        return False
    over = many.over_a_month(time) and many.each_its_own(trigger)
    if not (dated and not over) and many.tells_many_acts(trigger, *many_acts_words()):
        return False
    if not dated and kinds.describes_a_kind(trigger, kind_words(), headline):
        return False
    if not dated and (conditions.terms_of_a_rule(trigger) or clauses.cited(trigger)):
        return False  # "will no longer hold anyone on a detainer issued by ICE"
    if headline and (trigger.tag_ in ("VBZ", "VBP") or anyone.passive_present(trigger)):
        return trigger.pos_ == "VERB"  # "Workers are detained in raid at Omaha plant"
    told = as_done or clauses.is_past(trigger)
    told = told or aspect.told_as_now(trigger) or aspect.seen_done(trigger)
    told = trigger.pos_ == "VERB" and told
    return dated or told or tallies.done_by_tally(trigger, reading.taxonomy)


def _told_by_then(
    trigger: Token, time: TimeExpression | None, now: tuple[dt.date, dt.date] | None
) -> tuple[bool, TimeExpression | None]:
    """Whether a trigger can tell a happening done by the days the text was written, and its
    time then. A time after them is of what its clause looks to: no time for an act told
    done ("voted to let the agreement expire on June 30") or a rule's change ("Effective
    July 1") or a state's end ("is held until at least March 20"); no happening yet for
    any other told by its calendar date ("to be approved at the March 18 meeting")."""
    if time is None or not aspect.after_it_was_written(time, now, trigger):
        return True, time
    until = aspect.runs_until(trigger.doc.text[: time.start])  # "held until March 20"
    if until or aspect.told_in_the_past(trigger) or rule_changes.ends_a_practice(trigger):
        return True, None
    return aspect.counted_from_now(time), time  # a weekday read ahead may be a past one


def _event(
    reading: _Reading,
    trigger: Token,
    sense: tuple[str, str],
    triggers: set[int],
    time: TimeExpression | None,
) -> EventMention | None:
    """The event a trigger tells, or None when it asserts nothing or names no one."""
    happened, time = _told_by_then(trigger, time, reading.now)
    if not happened:
        return None
    dated = time is not None and attach.dates_something(time)
    reported = arguments.an_outlet_reports(trigger, reading.mentions, reading.starts)
    if reported or not _asserted(trigger, reading, time):
        return None
    clause = clauses.clause_tokens(trigger, triggers)
    apart = trigger.head.i in triggers and dated_apart(trigger)
    named, place = arguments.participants(
        trigger, clause, reading.mentions, reading.starts, apart=apart
    )
    place, near = where.place_told(trigger, sense, reading.taxonomy, reading.mentions, place)
    if not named and place is None and near is None and not dated:
        return None
    kind, lemma = sense
    told = (kind, reading.taxonomy.family(lemma, kind))
    named = beside.with_what_it_tells(trigger, told, named, place, reading.mentions, reading.starts)
    return EventMention(
        sentence=-1,
        trigger=trigger.text,
        event_type=kind,
        lemma=lemma,
        start=trigger.idx,
        summary=summaries.summary(trigger, clause),
        participants=named,
        place=place,
        time=time,
        along=_along(trigger, triggers),
        another=kinds.another_of_its_kind(trigger, lemma),
        near=near,
        **done_to(trigger, kind),
    )


def _along(trigger: Token, triggers: set[int]) -> int:
    """The offset of the trigger whose act this one is told as part of, else -1."""
    if attach.same_time_participle(trigger):
        return trigger.head.idx if trigger.head.i in triggers else -1
    return next((n.idx for n in told_within(trigger) if n.i in triggers), -1)
