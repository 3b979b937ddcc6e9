"""The happening the act of the sentence before took place at (issue 15).

"The Orleans Parish Sheriff's Office acknowledged Wednesday that ... The admission came
during a City Council committee hearing": the hearing is told with no day, but the
definite subject stands for the act just told, and "came during" puts that act inside the
hearing, so the hearing was on that act's day. Only the verbs that say where an act fell
("came", "happened", "occurred"), and only a definite subject ("The admission", "The
vote"): "A vote came during a hearing" tells nothing the sentence before told.

A lede that tells no act may name the day and leave the act to the next sentence: "Three
ayes and two nays were all it took Monday night for the sheriff to get what he wanted. The
board voted 3-2 to let him apply": the vote, told in the simple past with no time of its
own, is of that day.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from graphx.extract.attach import dates_something
from graphx.model import TimeExpression

__all__ = [
    "any_day",
    "day_left",
    "first_day",
    "foretold",
    "is_setting",
    "lede_day",
    "tells_that_day",
]

_FELL = frozenset({"come", "happen", "occur"})
# verbs that tell what came of a day, which the next sentence tells ("ICE got some of that
# space. The Nye County Commission voted 3-2 ...")
_OUTCOMES = _FELL | {"change", "get", "turn"}
_WITHIN = frozenset({"during", "at"})
_ANOTHER_TIME = frozenset({"once", "previously", "formerly", "earlier", "before"})


def is_setting(noun: Token) -> bool:
    """Whether a noun is the happening a definite subject's act "came during" or "at"."""
    preposition = noun.head
    verb = preposition.head
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or preposition.lower_ not in _WITHIN:
        return False
    if preposition.dep_ != "prep" or verb.lemma_.lower() not in _FELL:
        return False
    return any(c.dep_ == "nsubj" and _told_before(c) for c in verb.children)


def _told_before(subject: Token) -> bool:
    """A definite noun that stands for a happening just told: "The admission", "The vote"."""
    return subject.pos_ == "NOUN" and any(
        c.lower_ in ("the", "that", "this") and c.dep_ == "det" for c in subject.children
    )


def any_day(times: Sequence[TimeExpression]) -> bool:
    """Whether a sentence's times date anything: "at a rate of $92 per person per day" or
    "for five years" does not, and leaves its act the day told around it (found in
    probe246)."""
    return any(dates_something(t) for t in times)


def first_day(sent: Span, times: Sequence[TimeExpression]) -> TimeExpression | None:
    """The first day a sentence names, the day of the act a next sentence's "The admission"
    stands for."""
    days = (
        t
        for t in times
        if sent.start_char <= t.start < sent.end_char
        and t.precision in ("day", "time")
        and dates_something(t)
    )
    return next(days, None)


def day_left(
    sent: Span, day: TimeExpression | None, found: Sequence[object], *, lede: bool
) -> TimeExpression | None:
    """The day a sentence names for the next sentence's act: a lede's that tells no act
    (``lede``), or one that tells no act told before, when it is the day of what the
    sentence tells as done (``lede_day``)."""
    return lede_day(sent, day) if lede or foretold(sent, found, day) else None


def foretold(sent: Span, found: Sequence[object], day: TimeExpression | None) -> bool:
    """A sentence that tells no act, only that something happened ("But on Tuesday night,
    something different happened. The council voted 6-1 ...": found in probe229), or
    that opens with its day ("On Tuesday, ICE got some of that space. The Nye County
    Commission voted 3-2 ...": found in probe246): its day is the next sentence's act's, as
    a lede's is, though acts were told before it."""
    verb = sent.root
    if found:
        return False
    # an outcome, not a scene the day sets ("On Wednesday, she sat in her kitchen holding a
    # photo of her brother.", "his daughter won a spelling bee": reviews), which tells
    # nothing of when the next act was
    if day is not None and _opens_with(sent, day) and verb.lemma_.lower() in _OUTCOMES:
        return not _nothing_done(verb)
    if verb.lemma_.lower() not in _FELL | {"change"}:
        return False
    return any(c.dep_ == "nsubj" and c.lower_ == "something" for c in verb.children)


def _nothing_done(verb: Token) -> bool:
    """ "Nothing happened", "ICE did not get the space": no act to date."""
    nobody = ("nothing", "nobody", "none", "no")
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(c.dep_ == "neg" for c in verb.children) or any(
        s.lower_ in nobody or any(d.lower_ == "no" for d in s.children) for s in subjects
    )


def _opens_with(sent: Span, day: TimeExpression) -> bool:
    """Whether a day set off by a comma opens the sentence ("On Tuesday, ...", "Late Monday
    night, ...")."""
    opening = sent.doc.text[sent.start_char : day.start].strip().lower()
    comma = sent.doc.text[day.end : day.end + 1] == ","
    return comma and opening in ("", "on", "but on", "then, on", "and on")


def tells_that_day(trigger: Token) -> bool:
    """The main verb of a sentence told in the simple past ("The board voted 3-2"), which
    takes a day the sentence before named and dated nothing with; not a past perfect ("had
    been arrested in 2019": before it) nor a clause inside another."""
    if trigger.dep_ != "ROOT" or trigger.tag_ != "VBD":
        return False
    # nor an act told as of another time ("Ruiz once sued the county": a review)
    return not any(
        (c.dep_ == "aux" and c.lower_ in ("had", "'d")) or c.lower_ in _ANOTHER_TIME
        for c in trigger.children
    )


def lede_day(sent: Span, day: TimeExpression | None) -> TimeExpression | None:
    """A sentence's first day (``first_day``) when it is the day of what the sentence tells as
    done ("all it took Monday night"): not a subject ("Monday marked one year since the raid",
    "Friday was the deadline"), nor a day ahead ("has until Friday", "head to the polls
    Tuesday")."""
    span = sent.doc.char_span(day.start, day.end, alignment_mode="expand") if day else None
    if span is None:
        return None
    if span.root.dep_ in ("nsubj", "nsubjpass"):
        return None
    # the verb above, through the prepositions of a time of day ("By 7 a.m. on Thursday,
    # June 13, twenty-seven were in custody", found in a probe)
    verb = next((a for a in span.root.ancestors if a.pos_ in ("VERB", "AUX")), span.root.head)
    between = [a.lower_ for a in span.root.ancestors if a.i != verb.i and verb.is_ancestor(a)]
    # the parse may leave such a subject an adverb of a verb with no subject of its own
    subject = not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
    subject = subject and span.start == sent.start
    past = verb.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children
    )  # "the hall was packed"
    # "has until Friday"; "By Friday the agency had released 11": a count up to a day (a review)
    perfect = any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)
    ahead = "until" in between or ("by" in between and (not past or perfect))
    return day if past and not subject and not ahead else None
