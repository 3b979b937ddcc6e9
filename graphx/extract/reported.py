"""Acts told in what someone said, dated by the saying (issue 15).

"ICE announced Tuesday it was suing the state": an act told as going on or just done when
it was said happened then. "The sheriff's office said Tuesday that deputies arrested 12
workers": an act told as done, with no date of its own, was done by the day it was told,
most likely within the week before it; the report keeps that week, marked uncertain, rather
than no date (and, since what is said is the act, no statement either: nothing at all).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from graphx.extract import notices
from graphx.extract.aspect import told_in_the_past
from graphx.extract.rule_changes import (
    awarded_as_announced,
    ended_practice,
    ends_a_practice,
    purpose_of_past_act,
)
from graphx.extract.statements import Reading, denied
from graphx.extract.timex.anchoring import number
from graphx.extract.timex.rules import words
from graphx.extract.tree import dated_below
from graphx.extract.triggers import Taxonomy, event_sense, load_taxonomy
from graphx.extract.word_lists import practice_ends
from graphx.model import EventMention, TimeExpression

__all__ = ["BY_THEN", "announcement_of", "date_reported_acts", "told_by_complement"]

BY_THEN = "by_then"  # the precision of the week up to the day an act was said to be done by

# How long before its saying an act told as done, with no date of its own, is read to be:
# news tells this week's acts by their day, so one told without a day is seldom older.
_BY_THEN = dt.timedelta(days=6)
# Marks of a clause that asks or supposes rather than tells: "asked whether agents arrested".
_NOT_TOLD = frozenset({"whether", "if"})


def _ongoing_or_just_done(verb: Token) -> bool:
    """ "was suing", "is suing", "has sued": going on, or just done, when it is told."""
    auxiliaries = [c for c in verb.children if c.dep_ == "aux"]
    if verb.tag_ == "VBG":
        return any(a.lemma_ == "be" for a in auxiliaries)
    return verb.tag_ == "VBN" and any(
        a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP") for a in auxiliaries
    )


def _lasted(verb: Token, when: TimeExpression) -> TimeExpression | None:
    """ "has been detained for three months, his wife said Tuesday", "has arrested 40 people
    over the past two days, officials said Tuesday": a span of time that is the object of a
    ``lasting_words`` phrase on the verb; the state or the acts ran over that span up to the
    saying, not on its day (a review of session 59), marked uncertain. None for no such
    phrase, a span of no count ("for months"), one over ten years or a saying of no day."""
    units = words()["units"]
    span = next(_lasting_objects(verb), None)
    if span is None or span.lower_ not in units or not when.date_start:
        return None
    if not _told_back(verb, span):
        return None
    counts = [c for c in span.children if c.dep_ == "nummod"]
    n = number(counts[0].text) if counts else (1.0 if span.tag_ == "NN" else None)
    days = _UNIT_DAYS[units[span.lower_]]
    if n is None or n * days > _LONGEST:
        return None
    first = dt.date.fromisoformat(when.date_start) - dt.timedelta(days=round(n * days))
    if first.isoformat() == when.date_start:
        return when  # "for 90 minutes": that day
    return replace(
        when,
        date_start=first.isoformat(),
        value=f"{first.isoformat()}/{when.date_end}",
        precision="range",
        uncertain=True,
        reading=f"'{verb.text}' {span.head.text} {span.text}, told {when.text}: over that span",
    )


# the most days a unit of ``units`` stands for ("48 hours": two days; "90 minutes": none)
_UNIT_DAYS = {
    **{"TS": 0, "TM": 0, "TH": 1 / 24, "D": 1, "W": 7},
    **{"M": 31, "Y": 366, "DE": 3660, "CE": 36600},
}


def _told_back(verb: Token, span: Token) -> bool:
    """A span that ran up to the saying: a state ("has been detained for three months") or
    one said to be past ("over the past two days"); not one ahead of a change ("has
    suspended cooperation for six months", "has banned agents for a year": a review)."""
    past = any(c.lower_ in ("past", "last") for c in span.children)
    return past or any(c.dep_ == "auxpass" for c in verb.children)


def _lasting_objects(verb: Token) -> Iterator[Token]:
    """The objects of the ``lasting_words`` phrases on a verb ("months" of "for months")."""
    lasting = words()["lasting_words"]["prep"]
    phrases = (c for c in verb.children if c.dep_ == "prep" and c.lower_ in lasting)
    return (o for c in phrases for o in c.children if o.dep_ == "pobj")


_LONGEST = 3650  # ten years: a longer span places nothing


def date_reported_acts(
    doc: Doc,
    dating: Sequence[tuple[TimeExpression, Span]],
    triggers: set[int],
    attached: dict[int, TimeExpression],
) -> None:
    """ "announced Tuesday night it was suing the state", "rose Monday when the governor
    announced he is ending the program": an act told as going on or just done, in what
    someone said, happened when it was said, unless it has a date of its own; one told as
    done ("said Tuesday that deputies arrested 12 workers") by then (``_by_then``)."""
    said_when: dict[int, TimeExpression] = {}
    for time, span in dating:
        head = span.root.head
        if head.dep_ == "prep" and head.lower_ == "on":
            head = head.head  # "informed the county on Tuesday that it is withholding ..."
        head = notices.the_notice_day_is_on(head) or head  # "received a letter on Monday"
        if head.pos_ == "VERB":
            said_when.setdefault(head.i, time)
    for i in _to_date(doc, triggers, attached):
        act = doc[i]
        if (notice := notices.notice_of_an_end(act)) is not None:
            when = said_when.get(notice.i) or attached.get(notice.i) or _in_phrase(notice, dating)
            if when is not None:
                attached[i] = when  # "received a letter Monday saying the grant will end"
            continue
        # the saying's own time, or the one it took from the clause it hangs on, or the
        # time of the act it is the purpose of ("held a news conference Monday to announce")
        saying = act.head.head if purpose_of_past_act(act.head) else act.head
        when = said_when.get(act.head.i) or said_when.get(saying.i) or attached.get(saying.i)
        if when is None or not (act.dep_ == "ccomp" or announcement_of(act)):
            continue
        if (told := _time_of_what_is_said(act, when)) is not None:
            attached[i] = told


def _time_of_what_is_said(act: Token, when: TimeExpression) -> TimeExpression | None:
    """The time of an act in what was said ``when``, by how it is told: going on or just
    done, a practice's end or an award announced (then), a past perfect announced (then,
    uncertain), done (by then), else None."""
    if _ongoing_or_just_done(act):
        return _going_on_when_said(act, when)
    if ends_a_practice(act) or awarded_as_announced(act):
        return when
    if _just_done_as_announced(act):
        reading = f"'{act.text}', announced {when.text}: told as just done when announced"
        return replace(when, uncertain=True, reading=reading)
    if _told_as_done(act) or _ended_by_then(act):
        return _by_then(act, when)
    return None


def _going_on_when_said(act: Token, when: TimeExpression) -> TimeExpression | None:
    """The time of an act told as going on or just done when said: the saying's, or the
    span it has lasted up to it (``_lasted``); None for a span of no count."""
    lasted = _lasted(act, when)
    if lasted is not None:
        return lasted
    return None if _lasted_uncounted(act) else when


def _lasted_uncounted(verb: Token) -> bool:
    """ "has been detained for months": a span of weeks or longer, of no count, in a
    ``lasting_words`` phrase ("for hours", "for a few days" keep the saying's day)."""
    units, spans = words()["units"], list(_lasting_objects(verb))
    long = [o for o in spans if _UNIT_DAYS.get(units.get(o.lower_, ""), 0) >= 7]
    return any(_told_back(verb, o) for o in long)


def _in_phrase(verb: Token, dating: Sequence[tuple[TimeExpression, Span]]) -> TimeExpression | None:
    """A time in a phrase on the verb ("In 2019, the town received a letter ...")."""
    on = (t for t, span in dating if span.root.dep_ == "pobj" and span.root.head.head == verb)
    return next(on, None)


def announcement_of(act: Token) -> bool:
    """ "Thursday's announcement that the office has been awarded $865,000": the act a
    noun of telling announces (found in probe155), told as going on or just done."""
    noun = act.head
    if act.dep_ != "acl" or noun.pos_ != "NOUN":
        return False
    taxonomy, lemma = load_taxonomy(), noun.lemma_.lower()
    kind = taxonomy.nouns.get(lemma)
    return kind is not None and taxonomy.family(lemma, kind) in taxonomy.tellings


def _to_date(doc: Doc, triggers: set[int], attached: dict[int, TimeExpression]) -> list[int]:
    """The triggers with no time, and the practice's ends dated only by the day they take
    effect ("will terminate its agreement ... effective July 1": announced on the day it
    was said; found in probe149)."""
    undated = triggers - set(attached)
    in_effect = {
        i
        for i, time in attached.items()
        if i in triggers
        and _in_effect_from(doc.text, time)
        and ends_a_practice(doc[i])
        and not _on_terms(doc[i], doc.text[time.start : time.end])
    }
    return sorted(undated | in_effect)


def _on_terms(act: Token, told: str) -> bool:
    """An end by the end of a time on terms ("will stop ... at the end of next month unless
    the county pays its bills"): a threat, no change announced (a review)."""
    marks = {m.lower_ for c in act.children if c.dep_ == "advcl" for m in c.children}
    return _opens_the_time(told) and bool(marks & {"unless", "if"})


def _in_effect_from(text: str, time: TimeExpression) -> bool:
    """The words before a time, or its own first words, open the day a rule takes effect
    ("effective July 1", "at the end of next month": the ``effect`` words of
    ``practice_ends.txt``, which ``rule_changes`` reads so too)."""
    opens = _effect_words()
    before, told = text[: time.start], text[time.start : time.end]
    after = bool(opens) and re.search(rf"{opens}(?:on\s+)?$", before, re.I) is not None
    return after or _opens_the_time(told)


def _opens_the_time(told: str) -> bool:
    """A time's own first words are ``effect`` words ("the end of next month", "as of
    March 31"; a time's words never hold "effective")."""
    opens = _effect_words()
    return bool(opens) and re.match(opens, told, re.I) is not None


def _effect_words() -> str:
    """A pattern of the ``effect`` words of ``practice_ends.txt`` and the space after them,
    "" when the file lists none."""
    words = "|".join(map(re.escape, sorted(practice_ends().get("effect", ()))))
    return rf"\b(?:{words})\s+" if words else ""


def _ended_by_then(act: Token) -> bool:
    """ "said Tuesday the jail no longer honors detainers": a practice's end done by the
    saying; not one timed of its own ("years ago", "after the 2019 ruling")."""
    timed = dated_below(act) or any(  # "stopped ... after he took office": its own time
        c.dep_ == "advcl" and any(m.dep_ == "mark" for m in c.children) for c in act.children
    )
    return ended_practice(act) and not timed


def _told_as_done(act: Token) -> bool:
    """ "said Tuesday that deputies arrested 12 workers", "confirmed Thursday that the
    workers were released": a simple past told by a saying in the past; not a past
    perfect under "said" (an older past), nor one denied ("said no one was arrested"),
    asked ("asked whether agents arrested him"), of an older past ("for years", "three
    times", "during the pandemic": ``older_past_words``), timed by a clause or a date of
    its own anywhere below it ("when he was 17", "after he crossed the border in 2019",
    "years ago": the review of this reading found each dated by its saying)."""
    saying = act.head
    taxonomy = load_taxonomy()
    if saying.tag_ != "VBD" or not taxonomy.tells(saying.lemma_.lower()):
        return False
    if not told_in_the_past(act) or any(a.lower_ == "had" for a in act.children):
        return False
    if any(c.dep_ == "mark" and c.lower_ in _NOT_TOLD for c in act.children):
        return False
    if any(c.dep_ == "advcl" for c in act.children) or dated_below(act):
        return False
    if any(c.dep_ == "nsubjpass" and c.pos_ == "PROPN" for c in act.children):
        return False  # a named person's record: "ICE said Thursday that Mendez was charged"
    if _a_record(act, taxonomy):
        return False  # a record or a past: "was convicted of ...", "was killed in Honduras"
    return not denied(act) and not _an_older_past(act)


def _by_then(act: Token, when: TimeExpression) -> TimeExpression | None:
    """The week up to the day an act was said to be done by, marked uncertain."""
    if when.precision not in ("day", "time") or not when.date_start:
        return None
    last = dt.date.fromisoformat(when.date_end)
    return replace(
        when,
        date_start=(last - _BY_THEN).isoformat(),
        precision=BY_THEN,
        uncertain=True,
        reading=f"'{act.text}', told {when.text} as done: by then, most likely that week",
    )


def _just_done_as_announced(verb: Token) -> bool:
    """ "The sheriff's department announced Monday that Sheriff Maier had signed an
    agreement": the past perfect of an announcement told in the past is its "has signed",
    news as it was announced, so too a notice's (``NOTICE``: "notified the group Tuesday
    that its grant had been terminated"); not under "said", whose "had" tells an older
    past ("said Monday that agents had arrested him")."""
    announced, taxonomy = verb.head, load_taxonomy()
    news = taxonomy.tellings | taxonomy.noticing  # "notified the group Tuesday that ..."
    if announced.tag_ != "VBD" or announced.lemma_.lower() not in news:
        return False
    auxiliaries = [c for c in verb.children if c.dep_ == "aux"]
    if verb.tag_ != "VBN" or not any(a.lower_ == "had" for a in auxiliaries):
        return False
    if announced.lemma_.lower() in taxonomy.noticing and _a_record_or_timed(verb, taxonomy):
        return False  # "informed the court Tuesday that he had been convicted of burglary"
    return not _an_older_past(verb)


def _a_record_or_timed(verb: Token, taxonomy: Taxonomy) -> bool:
    """A past told with a time of its own ("before he returned", "in 2019"; not a span its
    subject names, "a three-year award") or one of a person's record ("had been convicted",
    ``older_past_words`` families)."""
    marked = any(m.dep_ == "mark" for c in verb.children if c.dep_ == "advcl" for m in c.children)
    timed = (c for c in verb.children if c.dep_ in ("prep", "npadvmod", "advmod"))
    if marked or any(t.ent_type_ in ("DATE", "TIME") for c in timed for t in c.subtree):
        return True
    return _a_record(verb, taxonomy)


def _a_record(verb: Token, taxonomy: Taxonomy) -> bool:
    """An act of a person's record or past (``older_past_words`` families: "was convicted
    of ...", "was killed in Honduras")."""
    sense = event_sense(verb, taxonomy)
    return sense is not None and (
        taxonomy.family(sense[1], sense[0]) in words()["older_past_words"]["families"]
    )


def _an_older_past(verb: Token) -> bool:
    """ "had voted twice before", "had already held", "had signed agreements for years",
    "had arrested 1,000 people since the operation began" (``older_past_words``)."""
    older = words()["older_past_words"]
    for c in verb.children:
        if c.dep_ in ("advmod", "npadvmod") and c.lower_ in older["advmod"]:
            return True
        if c.dep_ == "prep" and c.lower_ in older["prep"]:
            return True
        marks = (m.lower_ for m in c.children if m.dep_ == "mark")
        if c.dep_ == "advcl" and any(m in older["mark"] for m in marks):
            return True
    return False


def told_by_complement(reading: Reading, found: dict[int, EventMention]) -> set[int]:
    """Verbs that only tell their complement's happening ("announced Tuesday it was suing
    the state": the suit, dated by the announcement), when that happening is one found
    and has no other date than theirs ("announced Tuesday that agents arrested 200 people
    last month" tells two happenings)."""
    tellings = reading.taxonomy.tellings
    told = set()
    for i, event in found.items():
        if reading.doc[i].lemma_.lower() not in tellings and reading.doc[i].pos_ != "NOUN":
            continue
        for c in reading.doc[i].children:
            told_so = c.dep_ == "ccomp" or announcement_of(c)
            complement = found.get(c.i) if told_so else None
            if complement is not None and _same_time(complement.time, event.time):
                told.add(i)
    return told


def _same_time(a: TimeExpression | None, b: TimeExpression | None) -> bool:
    if a is None or b is None:
        return a == b  # both undated
    return (a.date_start, a.date_end, a.value) == (b.date_start, b.date_end, b.value)
