"""A weekday read in the week after what the act it dates tells of (issue 15).

News reads a bare weekday as the last such day up to the day it was written: "the sheriff
spoke Wednesday" in an article of Tuesday 6 March is Wednesday 28 February. An article
updated the next day may tell the day after, though: "Sessions traveled to California to
tout the new lawsuit on Wednesday morning", in an article that dates the lawsuit's filing
Tuesday 6 March, cannot be of the Wednesday before the lawsuit existed. Such a weekday is
read as the first of its days after the happening its act tells of, marked uncertain.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from graphx.extract.lemmas import noun_lemma
from graphx.extract.taxonomy import Taxonomy
from graphx.extract.timex.spans import offset_in_words, weekday_named
from graphx.model import EventMention, TimeExpression

__all__ = ["weekdays_after_what_they_tell"]

_WEEK = dt.timedelta(days=7)
# how soon after the happening the week-later day must fall: an update of the next days
# ("on Wednesday" after Tuesday's lawsuit), not a week on (a review: "rallied against
# the vote on Monday" before Tuesday's vote)
_SOON = dt.timedelta(days=3)
_KNOWN = frozenset({"the", "this"})  # not "that vote": one told before (a review)


def weekdays_after_what_they_tell(
    doc: Doc, events: Sequence[EventMention], taxonomy: Taxonomy
) -> list[EventMention]:
    """The events, each whose bare weekday falls before the day of a happening a known noun
    of its clause tells of ("to tout the new lawsuit on Wednesday") read a week later, when
    that is on the happening's day or the three after it."""
    days = _days_by_family(events, taxonomy)
    out = []
    for event in events:
        time = event.time
        after = _told_of_day(doc, event, days, taxonomy) if _bare_weekday(time) else None
        if time is not None and after is not None:
            later = dt.date.fromisoformat(time.date_start) + _WEEK
            if after <= later <= after + _SOON:
                event = replace(event, time=_a_week_later(time, later, after))
        out.append(event)
    return out


def _bare_weekday(time: TimeExpression | None) -> bool:
    """ "Wednesday", "Wednesday morning" read as one day; not "last Wednesday" (counted
    back on purpose), nor "Wednesday, March 7" (its own day)."""
    if time is None or not time.date_start or time.date_start != time.date_end:
        return False
    if re.search(r"\d", time.text) or offset_in_words(time.text) is not None:
        return False
    return weekday_named(time.text, time.value) is not None


def _days_by_family(events: Sequence[EventMention], taxonomy: Taxonomy) -> dict[str, dt.date]:
    """Family -> the day the article dates a happening of it to, when it gives one day."""
    days = {}
    for e in events:
        time = e.time
        if time is not None and time.date_start and time.date_start == time.date_end:
            days[taxonomy.family(e.lemma, e.event_type)] = dt.date.fromisoformat(time.date_start)
    return days


def _told_of_day(
    doc: Doc, event: EventMention, days: dict[str, dt.date], taxonomy: Taxonomy
) -> dt.date | None:
    """The day of the happening a known noun in the act's clause tells of ("the new
    lawsuit"), of another family than the act's own, else None."""
    span = doc.char_span(event.start, event.start + len(event.trigger))
    if span is None or any(c.lower_ == "had" for c in span.root.children):
        return None  # "had rallied against the vote": told as before it
    own = taxonomy.family(event.lemma, event.event_type)
    for noun in (t for t in span.root.subtree if _known(t)):
        lemma = noun_lemma(noun, taxonomy)
        kind = taxonomy.nouns.get(lemma)
        family = taxonomy.family(lemma, kind) if kind else ""
        if family and family != own and family in days:
            return days[family]
    return None


def _known(noun: Token) -> bool:
    """A noun told as one already known: "the new lawsuit", "this ruling"."""
    return noun.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in _KNOWN for c in noun.children
    )


def _a_week_later(time: TimeExpression, told: dt.date, after: dt.date) -> TimeExpression:
    return replace(
        time,
        value=told.isoformat() + time.value[10:],
        date_start=told.isoformat(),
        date_end=told.isoformat(),
        uncertain=True,
        reading=f"'{time.text}' read as the first such day after the happening it tells of "
        f"({after}), which the day before it cannot follow",
    )
