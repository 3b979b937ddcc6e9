"""Which time expression dates which trigger of a sentence (issue 15).

The time whose syntactic head hangs under a trigger dates it; a time under a verb of
someone else's act dates that act, not the sentence's one trigger; a time closing a
fronted clause dates that clause; a participle, a coordinated verb or a noun that tells a
dated verb's act takes its date; an act told as going on or just done in what someone said
happened when it was said; and a second time that says more precisely when the first did
wins ("earlier this month, on June 5").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Sequence

from spacy.tokens import Doc, Span, Token

from graphx.extract import clauses
from graphx.extract.around import date_by_what_they_tell, same_time_participle, verb_of_time
from graphx.extract.crowds import crowd_drawn
from graphx.extract.placing import done_first, placed_subject, support_verbs, under_other_verb
from graphx.extract.same_day import (
    date_by_participles,
    date_while,
    fronted_over_conjuncts,
    gathering_it_ended,
    text_that_acts,
    told_in_a_text_put_out,
)
from graphx.extract.timex.spans import (
    counted_from_writing,
    month_day_named,
    month_named,
    publication_offset,
    weekday_named,
)
from graphx.extract.tree import part_hung_on_a_verb, planned, progressive, purposes
from graphx.extract.triggers import Taxonomy, event_sense, load_taxonomy
from graphx.extract.two_times import folded, own_dates, without_filing_days
from graphx.model import TimeExpression

__all__ = [
    "dates_something",
    "same_time_participle",
    "times_by_trigger",
    "told_as_habits",
    "verb_of_time",
]


def _verb_above(token: Token) -> Token | None:
    """The verb a token hangs on, or is."""
    return next((t for t in [token, *clauses.ancestors(token)] if t.pos_ == "VERB"), None)


def _participle_of_verb(token: Token, triggers: set[int], a_day: bool = False) -> int | None:
    """The one trigger that is a participle adjunct of the verb a time expression hangs on,
    or a noun that names that verb's act.

    "went on offense Tuesday, filing a suit", "wasted no time Wednesday blasting the
    ruling", "spoke at a rally on Friday": the participle or noun tells what the verb's act
    was, so it happened when that act did; so does the participle of a verb joined to it
    with no time of its own ("boarded a bus on Tuesday morning and asked passengers about
    their citizenship, detaining two men"). Not a past participle: "appeared in court
    Wednesday, jailed on a $50,000 bond" tells what was before (a review).
    """
    verb = _verb_above(token)
    if verb is None:
        return None
    adjuncts = [
        c.i
        for v in (verb, *_joined_undated(verb), *purposes(verb))
        for c in v.children
        if c.i in triggers and c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG"
    ] + clauses.adjunct_nouns(verb, triggers)
    if not adjuncts and a_day and verb.i not in triggers:
        # "stood on the steps Tuesday and said his jail was done": a saying joined to
        # the verb, of the same subject, was said that day (not "moved to Ohio in 2005
        # and said he fears deportation")
        spoken = load_taxonomy().spoken
        adjuncts = [
            c.i for c in _joined_undated(verb) if c.i in triggers and c.lemma_.lower() in spoken
        ]
    return adjuncts[0] if len(adjuncts) == 1 else None


def _joined_undated(verb: Token) -> list[Token]:
    """The verbs joined to a verb that share its subject and name no time of their own."""
    return [
        c
        for c in verb.children
        if c.dep_ == "conj"
        and c.pos_ == "VERB"
        and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        and not any(
            g.ent_type_ in ("DATE", "TIME")
            for d in c.children
            if d.dep_ != "advcl"
            for g in d.subtree
        )
    ]


def _closes_fronted_clause(span: Span) -> Token | None:
    """The verb of the fronted clause a bare time expression closes ("After agents carried
    out raids across the city Friday, the mayor spoke"), or None. The parser hangs such a
    time on the main verb, but the comma after it ends the clause it closes: a time of the
    main clause would follow its verb, or open the sentence."""
    root = span.root
    doc, verb = span.doc, root.head
    if root.dep_ != "npadvmod" or span.end >= len(doc) or doc[span.end].text != ",":
        return None
    for clause in verb.children:
        if clause.dep_ == "advcl" and clause.i < span.start:
            opens = clause.left_edge.i == span.sent.start
            if opens and clause.right_edge.i == span.start - 1:
                return clause
    return None


def _a_day(time: TimeExpression) -> bool:
    """A day or a week ("last week"), or a weekday, a month and day or days counted back
    that no calendar places yet; not a month or a year ("in January", "in 2005")."""
    if time.date_start:
        return dt.date.fromisoformat(time.date_end) - dt.date.fromisoformat(time.date_start) < _WEEK
    counted = publication_offset(time.text, time.value)
    named = weekday_named(time.text, time.value) is not None or bool(month_day_named(time.value))
    return named or (counted is not None and counted[0] != "M")


_WEEK = dt.timedelta(days=7)


def dates_something(time: TimeExpression) -> bool:
    """A calendar span, or a weekday, a month and day, a month or a day counted from the
    article's read without a publication date ("Friday", "March 7", "in January", "last
    week"): each tells when a report says its happening was (issue 15)."""
    if time.type == "SET":
        return False  # "every Friday": a habit, no day
    if time.date_start or month_day_named(time.value) or month_named(time.value):
        return True
    if publication_offset(time.text, time.value) is not None:
        return True
    if counted_from_writing(time.text, time.value):
        return True  # "last fall": read once the corpus dates the article
    return weekday_named(time.text, time.value) is not None


def _deadline(span: Span) -> bool:
    """ "ordered ICE to release him by Friday", "had deported 300 people by 2019": a time
    after "by" is a deadline or a bound, not when the act took place. Not a part of a day
    or an hour opening its sentence before a past perfect: "By Tuesday afternoon (7 a.m.),
    100 people had crowded into the hall" ("had arrested 40 by Friday night" is a bound)."""
    head = span.root.head
    if head.lower_ != "by" or head.i > span.root.i:
        return False
    verb = head.head
    perfect = any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)
    opens = head.i == span.sent.start
    return not (opens and perfect and _DAY_PART.search(span.text))


def _as_of(span: Span) -> bool:
    """ "were still refusing meals as of Wednesday night": a time after "as of" a state is
    seen to hold on says when it was seen, not when it began (found in a probe: a hunger
    strike begun Monday was dated Wednesday); "stopped honoring detainers as of March 1"
    is the day of the change (a review)."""
    before = span.doc[max(span.start - 2, 0) : span.start]
    if [t.lower_ for t in before] != ["as", "of"]:
        return False
    verb = before[0].head
    still = any(c.lower_ == "still" for c in verb.children)
    return still or progressive(verb) or verb.lemma_.lower() in ("remain", "stay")


def _names_a_thing(span: Span, triggers: set[int]) -> bool:
    """A time before the noun of what an act is done to ("repealed its 2019 sanctuary law",
    "arrested on a 2015 warrant") says which thing, not when; unless the noun is a happening
    ("a 2014 ruling", light "made the January arrest"), or an occasion ("in a Friday email")."""
    root, head = span.root, span.root.head
    if root.dep_ == "dobj" and root.lower_ == "year" and "fiscal" in span.text.lower():
        return True  # a budget's year: "voted to accept a fiscal year 2010 award", parsed so
    prenominal = root.dep_ in ("nummod", "compound", "amod", "npadvmod") and root.i < head.i
    if not prenominal or head.pos_ not in ("NOUN", "PROPN") or head.i in triggers:
        return False
    # the thing acted on, not an occasion ("during a 2019 traffic stop", "in a Friday email")
    acted_on = head.dep_ in ("dobj", "nsubjpass") or (
        head.dep_ == "pobj" and head.head.lower_ in ("on", "over", "under")
    )
    if not acted_on:
        return False
    verb = head.head  # "made the January arrest"; after "on", a preposition: never a trigger
    return not (verb.i in triggers and verb.lemma_.lower() in load_taxonomy().light)


# The words of a part of a day ("Tuesday afternoon", "Friday night").
_DAY_PART = re.compile(
    r"\b(?:morning|afternoon|evening|night|midday|noon)\b|\d\s*[ap]\.?m\b|\d:\d\d|o.clock", re.I
)


def _owner(span: Span, triggers: set[int], a_day: bool = False) -> int | None:
    """The trigger a time expression is in the clause of, whose participle adjunct it is, or
    whose saying it stands before."""
    taxonomy = load_taxonomy()
    sayings = taxonomy.spoken
    found = _told_before_its_speaker(span, triggers, sayings)
    if found is None:
        found = clauses.owner(span.root, triggers, support_verbs(), taxonomy.irrealis, span.end)
    if found is not None and _in_what_is_said(span, span.doc[found], sayings):
        found = None  # "swept through the plant on Tuesday, detaining 91, authorities said"
    if found is None:
        found = _gathering_that_drew(span.root, triggers, taxonomy.drawing)
    if found is None:
        found = told_in_a_text_put_out(span.root, triggers, taxonomy)
    return found if found is not None else _participle_of_verb(span.root, triggers, a_day)


def _gathering_that_drew(token: Token, triggers: set[int], drawing: Collection[str]) -> int | None:
    """The gathering named as the subject of the verb a time hangs on, which drew a crowd
    then: "a town hall organized by the coalition drew about 250 people to the event center
    on Thursday night" (the town hall's Thursday); not "the raid drew protesters Friday",
    "the vigil drew criticism on Monday"."""
    verb = _verb_above(token)
    if verb is None or verb.lemma_.lower() not in drawing or not crowd_drawn(verb):
        return None
    taxonomy = load_taxonomy()
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    # the subject itself, else the light verb that put it on ("a rally, staged by students,")
    participles = [c for s in subjects for c in s.children if c.dep_ == "acl"]
    for told in (subjects, participles):
        meeting = [t for t in told if t.i in triggers and _a_meeting(t, taxonomy)]
        if meeting:
            return meeting[0].i if len(meeting) == 1 else None
    return None


def _a_meeting(token: Token, taxonomy: Taxonomy) -> bool:
    return (event_sense(token, taxonomy) or ("",))[0] == "meeting"


def _in_what_is_said(span: Span, verb: Token, sayings: Collection[str]) -> bool:
    """The time is in what a verb of saying says: its date is none of the saying's."""
    if verb.lemma_.lower() not in sayings:
        return False
    return any(
        c.dep_ == "ccomp" and c.left_edge.i <= span.root.i <= c.right_edge.i for c in verb.children
    )


def times_by_trigger(
    doc: Doc, times: Sequence[TimeExpression], triggers: set[int]
) -> dict[int, TimeExpression]:
    attached: dict[int, TimeExpression] = {}
    dating = _dating(doc, times, triggers)
    for time, span in dating:
        fronted = _closes_fronted_clause(span)
        if fronted is not None:
            # "After agents raided the site Friday, the mayor spoke": the raid's Friday
            if fronted.i in triggers:
                attached.setdefault(fronted.i, time)
            continue
        direct = part_hung_on_a_verb(span, triggers)  # "taken last Thursday, March 9"
        owner = direct if direct is not None else _owner(span, triggers, _a_day(time))
        owner = owner if owner is not None else clauses.modified_trigger(span, triggers)
        if owner is None and not under_other_verb(span.root, triggers):
            # A time expression the parse left outside every clause dates the subject a
            # verb places in time, else the sentence's one trigger; one under another verb
            # dates that verb.
            roots = [t for t in span.sent if t.i in triggers]
            owner = done_first(span.root, triggers)
            owner = placed_subject(span.root, triggers) if owner is None else owner
            owner = roots[0].i if owner is None and len(roots) == 1 else owner
        if owner is not None and month_named(time.value) and not clauses.is_past(doc[owner]):
            owner = None  # "meets again in April": a month with no year dates only the past
        if owner is not None:
            attached[owner] = folded(attached.get(owner), time, doc.text)
    own_dates(dating, attached)  # "On Monday, she called Tuesday's ruling reckless"
    for i, time in fronted_over_conjuncts(doc, dating, triggers).items():
        attached.setdefault(i, time)  # "On Tuesday, agents surrounded ... and arrested 23"
    _dated_along(doc, triggers, attached)
    date_by_participles(dating, triggers, attached)
    date_while(dating, triggers, attached)
    date_by_what_they_tell(doc, dating, triggers, attached)
    return attached


def _dating(
    doc: Doc, times: Sequence[TimeExpression], triggers: set[int]
) -> list[tuple[TimeExpression, Span]]:
    """The times that may date a trigger, with their spans: not a duration or a recurrence
    ("for more than a year", "every week"), a deadline, which thing ("its 2019 law") or a
    plan's day."""
    dating = [
        (time, span)
        for time in times
        if dates_something(time)
        and (span := doc.char_span(time.start, time.end, alignment_mode="expand")) is not None
        and not (_deadline(span) or _as_of(span))
        and not _names_a_thing(span, triggers)
        and not planned(span, load_taxonomy().irrealis)
    ]
    return without_filing_days(doc.text, dating)


def told_as_habits(doc: Doc, times: Sequence[TimeExpression], triggers: set[int]) -> set[int]:
    """The triggers a recurrence is in the clause of: "had gathered outside the jail every
    Sunday", "is published each Thursday", "held 20 people a month" tell a habit or a rate,
    no one happening."""
    spans = (
        doc.char_span(time.start, time.end, alignment_mode="expand")
        for time in times
        if time.type == "SET"
    )
    # the verb of the recurrence's own clause ("a woman who cleaned offices every night was
    # detained": the cleaning), not a word it modifies ("Each Friday employee was questioned")
    verbs = (
        clauses.verb_over(span.root)
        for span in spans
        if span is not None and span.root.dep_ not in ("compound", "amod", "nmod", "poss")
    )
    return {verb.i for verb in verbs if verb is not None and verb.i in triggers}


def _dated_along(doc: Doc, triggers: set[int], attached: dict[int, TimeExpression]) -> None:
    """ "was arrested January 10 and charged": a verb coordinated with a dated one, without a
    date of its own, is dated with it; so is its participle adjunct ("released a report
    Tuesday criticizing the jail") and the participle of a text it signs ("signed a letter
    Monday ending the agreement")."""
    taxonomy = load_taxonomy()
    for i in sorted(triggers - set(attached)):
        token = doc[i]
        along = _coordinated(token) or same_time_participle(token)
        signed = text_that_acts(token, taxonomy)
        if along and token.pos_ == "VERB" and token.head.i in attached:
            attached[i] = attached[token.head.i]
        elif signed is not None and signed.i in attached:
            attached[i] = attached[signed.i]
        elif (gathering := gathering_it_ended(token, triggers, taxonomy)) in attached:
            attached[i] = attached[gathering]  # "Monday's meeting ended with a 4-1 vote"
        elif (later := _same_verb_dated_after(token, attached)) is not None:
            attached[i] = attached[later]


def _same_verb_dated_after(verb: Token, attached: dict[int, TimeExpression]) -> int | None:
    """ "Forty-four people were arrested and one person was arrested for obstruction during
    Friday's operation": two clauses of one verb joined, the time told once, in the second,
    is both's."""
    if verb.pos_ != "VERB" or _told_apart(verb):
        return None
    same = [
        c.i
        for c in verb.children
        if c.dep_ == "conj" and c.lemma_ == verb.lemma_ and c.i in attached and _coordinated(c)
    ]
    if len(same) != 1 or any(t.lower_ in _ANOTHER_TIME for t in verb.doc[same[0]].subtree):
        return None
    return same[0]


# Words by which a second clause of one verb tells another act than the first's: "arrested
# three more on Tuesday", "arrested a third", "was arrested again on Friday", "later".
_ANOTHER_TIME = frozenset({"more", "again", "later", "another", "second", "third", "also"})
_BEFORE = frozenset({"previously", "once", "before", "earlier", "already", "ago", "first"})


def _told_apart(verb: Token) -> bool:
    """A first clause told as older or over time: "have arrested dozens over the years",
    "previously arrested two men", "was arrested once before"."""
    if any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return True
    return any(t.lower_ in _BEFORE or t.lower_ == "years" for t in verb.children) or any(
        t.lower_ in _BEFORE for c in verb.children if c.dep_ == "advmod" for t in c.subtree
    )


def _coordinated(verb: Token) -> bool:
    """A verb coordinated with another, not a clause with a mark of its own the parse
    coordinated ("walked out Friday, a day after a judge ruled")."""
    return verb.dep_ == "conj" and not any(c.dep_ == "mark" for c in verb.children)


def _told_before_its_speaker(
    span: Span, triggers: set[int], sayings: Collection[str]
) -> int | None:
    """ "Deputies arrested four workers on Tuesday, the sheriff's office said": a time the
    parse hangs on a saying that follows what was said, and comes before the speaker,
    dates what was said."""
    verb = verb_of_time(span)
    saying = verb.lemma_.lower() in sayings
    if (verb.i in triggers and not saying) or verb.pos_ not in ("VERB", "AUX"):
        return None
    speakers = [c for c in verb.children if c.dep_ == "nsubj"]
    said = [c.i for c in verb.children if c.dep_ == "ccomp" and c.i in triggers]
    before = [i for i in said if i < span.start]
    if not before or not speakers or any(s.left_edge.i < span.end for s in speakers):
        return None
    return before[0]
