"""Acts told as days or weeks before or after another time (issue 15).

"The development comes days after ICE sent similar subpoenas to Denver": the sending
has no date of its own, but the clause it is told in places it a few days before the
one it hangs on, here the day the article was written. News writing says "days" for
two days up to about two weeks, "a week" for about seven days. The span is a reading,
never a certainty: it is marked uncertain and says how it was found.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from graphx.extract import clauses
from graphx.extract.attach import verb_of_time
from graphx.extract.placing import support_verbs
from graphx.extract.since import Days, SentenceTimes
from graphx.extract.timex.anchoring import number
from graphx.extract.timex.rules import words
from graphx.extract.timex.spans import calendar_days, weekday_named
from graphx.extract.weekday_counts import from_month_day, from_weekday, from_writing
from graphx.model import TimeExpression

__all__ = ["read_before_after"]

_UNIT_DAYS = {"D": 1, "W": 7, "M": 30, "Y": 365}
# how far off a counted span may be ("two weeks after": 11 to 17 days)
_SLACK_DAYS = {"D": 0, "W": 3, "M": 15, "Y": 60}
# "days", "several weeks": from two of the unit to just short of the next unit
_UNCOUNTED = {"D": (2, 13), "W": (14, 56), "M": (60, 330), "Y": (730, 3650)}
_HOURS = "TH"  # "hours after", "36 hours before": that day or a day or so off
_MINUTES = "TM"  # "minutes before they approved": that day
_LONGEST = 3650  # ten years: a count beyond it places nothing on a calendar
# "shortly after his case was called Thursday morning": that day (found in probe156)
_SOON = frozenset({"shortly", "immediately", "right", "just", "moments"})
# a present of habit, or one that counts from the act ("has since signed"): no present day
_HABITUAL = frozenset({"typically", "usually", "often", "generally", "normally", "since"})


def _reach(amount: Token) -> tuple[int, int] | None:
    """The fewest and most days a "days", "a week", "two months", "more than a week"
    stands for; None for no such amount, or one beyond ten years."""
    unit = words()["units"].get(amount.lower_)
    if unit == _MINUTES or amount.lower_ in _SOON:
        return 0, 0
    if unit not in _UNIT_DAYS and unit != _HOURS:
        return None
    counted = amount.doc[amount.left_edge.i : amount.i]  # "more than two", "the", "a few"
    vague = set(words()["vague_numbers"])
    uncounted = any(t.lower_ in vague for t in counted) or not counted
    numbers = [c for c in amount.children if c.dep_ == "nummod"]
    n = number(_number_words(numbers[0]).replace(",", "")) if numbers else 1.0
    if unit == _HOURS:
        return (0, 1) if uncounted or n is None else (0, min(-(-int(n) // 24), _LONGEST))
    if uncounted:
        return _UNCOUNTED[unit]
    if n is None or n * _UNIT_DAYS[unit] > _LONGEST:
        return None
    days, slack = round(n * _UNIT_DAYS[unit]), _SLACK_DAYS[unit]
    bound = next((b for t in counted if (b := words()["count_bounds"].get(t.lower_))), "")
    if bound == "above":
        return days, 2 * days
    if bound == "below":
        return 1, days
    return max(days - slack, 1), days + slack


def _number_words(count: Token) -> str:
    """The words of a count: "twenty-five", "1,000", "two" (not "more than")."""
    first = min((t.i for t in count.children if t.dep_ in ("compound", "punct")), default=count.i)
    return count.doc[first : count.i + 1].text


def _amount(clause: Token, mark: Token, dated: list[tuple[int, int]]) -> Token | None:
    """The "days" of "days after": the clause's own, its head's or its mark's just before
    the mark; not a time of the head's own ("this week after", "last month after")."""
    for token in (*clause.children, *clause.head.children, *mark.children):
        soon = token.dep_ == "advmod" and token.lower_ in _SOON  # "shortly after"
        if (token.dep_ == "npadvmod" or soon) and token.right_edge.i == mark.i - 1:
            inside = any(start <= token.idx < end for start, end in dated)
            return None if inside else token
    return None


def _told_just_before(amount: Token, times: Sequence[TimeExpression]) -> Days | None:
    """The days of a time told right before the amount, which counts from it ("removed in
    2011 and again in the summer of 2016, months before police arrested him")."""
    text, start = amount.doc.text, amount.left_edge.idx
    for time in times:
        if time.date_start and time.end <= start and not text[time.end : start].strip(" ,"):
            return calendar_days(time)
    return None


def _reference(
    head: Token,
    attached: dict[int, TimeExpression],
    owned: dict[int, TimeExpression],
    now: Days | None,
    told_before: dict[int, TimeExpression],
) -> Days | None:
    """The days of the clause the act is told against: its date, the date an earlier
    sentence gave the happening its subject tells again ("The vote came four days after":
    the vote's day), the date of the saying a clause of now or to come is what is said of,
    else, told in the present ("the move comes days after"), the article's own days."""
    time = attached.get(head.i) or owned.get(head.i)
    subject = _happening_it_says_fell(head)
    if time is None and subject is not None:
        time = attached.get(subject.i) or told_before.get(subject.i)
    if time is None and head.dep_ == "ccomp" and not clauses.is_past(head):
        # "said Friday that the city will not seek one, a day after the state police signed
        # one": what is said is of now or to come, so its "a day after" counts from the saying
        time = attached.get(head.head.i) or owned.get(head.head.i)
    if time is not None:
        return calendar_days(time)
    return now if _in_present(head) else None


def _in_present(head: Token) -> bool:
    """ "comes", "Seven days after agents raided the plant, she still does not know", "has
    not heard", "are still looking": a present; not "the union is holding a rally", which
    may be to come, nor a habit (a review)."""
    words = {c.lower_ for c in head.children}
    if words & _HABITUAL:
        return False  # "families typically do not know", "the sheriff has since signed"
    still = "still" in words or any(c.dep_ == "neg" for c in head.children)
    auxiliary = any(
        c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") and c.lemma_ in ("do", "have", "be")
        for c in head.children
    )
    return head.tag_ in ("VBZ", "VBP") or (auxiliary and still)


def _said_apart(clause: Token, sent: Span) -> bool:
    """Whether a clause is quoted, or hangs on another ("..., his lawyer said in 2023"): its
    present may not be the article's."""
    return clause.dep_ != "ROOT" or any(t.is_quote for t in sent if t.i < clause.i)


def _happening_it_says_fell(verb: Token) -> Token | None:
    """The subject of a verb that only says when something took place: "rally" in "The
    rally, organized by the network, came four days after", else None."""
    if verb.lemma_.lower() not in support_verbs():
        return None
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _times_of_verbs(
    doc: Doc, times: Sequence[TimeExpression]
) -> tuple[dict[int, TimeExpression], dict[int, TimeExpression], list[tuple[int, int]]]:
    """The dated time each verb owns ("spoke on Tuesday": "spoke"), the weekday of no known
    week each owns ("Wednesday"), and the offsets of the dated times."""
    owned: dict[int, TimeExpression] = {}
    unplaced: dict[int, TimeExpression] = {}
    dated: list[tuple[int, int]] = []
    for time in times:
        span = doc.char_span(time.start, time.end, alignment_mode="expand")
        if span is not None and time.date_start:
            owned.setdefault(verb_of_time(span).i, time)
            dated.append((time.start, time.end))
        elif span is not None and weekday_named(time.text, time.value) is not None:
            unplaced.setdefault(verb_of_time(span).i, time)
    return owned, unplaced, dated


def read_before_after(sentence: SentenceTimes, attached: dict[int, TimeExpression]) -> None:
    """Date, in place, each undated trigger that heads a clause "days after" or "a week
    before" a dated one."""
    doc, triggers, now = sentence.doc, sentence.triggers, sentence.now
    times = sentence.in_sentence()
    sequence: dict[str, int] = words()["sequence_marks"]  # "after": -1 (back in time)
    owned, unplaced, dated = _times_of_verbs(doc, times)
    for i in sorted(triggers - set(attached)):
        clause = doc[i]
        if clause.dep_ == "xcomp" and clause.head.dep_ in ("advcl", "conj"):
            clause = clause.head  # "eleven hours after agents began detaining workers"
        marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ in sequence]
        # only an act told as done: "days before the governor signs the bill" is to come
        # a "conj" too: the parse coordinates some ("walked out Friday, a day after a judge ruled")
        if clause.dep_ not in ("advcl", "conj") or not marks or not clauses.is_past(clause):
            continue
        amount = _amount(clause, marks[0], dated)
        reach = _reach(amount) if amount is not None else None
        ref = _told_just_before(amount, times) if amount is not None else None
        ref = ref or _reference(clause.head, attached, owned, now, sentence.told_before)
        if ref is None and now is None and amount is not None and _in_present(clause.head):
            attached.update(from_writing(doc[amount.left_edge.i : marks[0].i + 1], reach, i))
            continue
        if ref is None and clause.head.i in unplaced and reach is not None:
            moved = from_weekday(unplaced[clause.head.i], reach, sequence[marks[0].lower_])
            attached.update({i: moved} if moved is not None else {})
            continue
        if reach is None or ref is None or amount is None:
            continue
        moved = _counted(ref, reach, sequence[marks[0].lower_], amount, marks[0])
        if moved is not None:
            attached[i] = moved
    _date_happenings_counted_from(sentence, attached, owned, dated)
    _date_heads(sentence, attached, sequence, dated, owned)


def _date_happenings_counted_from(
    sentence: SentenceTimes,
    attached: dict[int, TimeExpression],
    owned: dict[int, TimeExpression],
    dated: list[tuple[int, int]],
) -> None:
    """ "Six weeks after the raid, the line of trucks is half what it was": a happening
    named by a noun in a phrase that opens its clause is that far before the clause (here
    the article's present); not one "before" the present, which is still to come, nor one
    of a rule or a plan ("The ban takes effect 30 days after the vote"), nor of words
    quoted or said at another time ("'Two months after the raid, we are afraid,' she said
    in November")."""
    sequence: dict[str, int] = words()["sequence_marks"]
    for i in sorted(sentence.triggers - set(attached)):
        noun, prep = sentence.doc[i], sentence.doc[i].head
        if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or prep.lower_ not in sequence:
            continue
        if prep.i > prep.head.i or _said_apart(prep.head, sentence.sent):
            continue
        amount = _amount(prep, prep, dated)
        reach = _reach(amount) if amount is not None else None
        own = attached.get(prep.head.i) or owned.get(prep.head.i)
        ref = _reference(prep.head, attached, owned, sentence.now, sentence.told_before)
        if reach is None or ref is None or amount is None:
            continue
        if own is None and sequence[prep.lower_] > 0:
            continue  # "two weeks before the election, the race is close": to come
        moved = _counted(ref, reach, sequence[prep.lower_], amount, prep)
        if moved is not None:
            attached[i] = moved


def _date_heads(
    sentence: SentenceTimes,
    attached: dict[int, TimeExpression],
    sequence: dict[str, int],
    dated: list[tuple[int, int]],
    owned: dict[int, TimeExpression],
) -> None:
    """Date the heads of "after" phrases and clauses; a weekday of no known week is read as
    undated, then placed on the day the count gives when that day falls on it. A clause
    dated by its own time counts though it tells no happening ("shortly after his case was
    called Thursday morning")."""
    known = {**owned, **sentence.told_before, **attached}
    weekdays = _weekdays_of_no_week(attached)
    for i in weekdays:
        del attached[i]
    _date_heads_of_dated_acts(sentence.doc, sentence.triggers, attached, known, sequence, dated)
    _date_heads_of_dated_clauses(sentence, attached, known, sequence, dated)
    for i, weekday in weekdays.items():
        attached[i] = _day_counted_on(weekday, attached.get(i)) or weekday


def _weekdays_of_no_week(attached: dict[int, TimeExpression]) -> dict[int, TimeExpression]:
    """The triggers dated only by a weekday of no known week (an article dated to its
    month: "voted Wednesday night" is any Wednesday of it)."""
    return {
        i: time
        for i, time in attached.items()
        if weekday_named(time.text, time.value) is not None and time.date_start != time.date_end
    }


def _day_counted_on(
    weekday: TimeExpression, counted: TimeExpression | None
) -> TimeExpression | None:
    """The one day a count from a dated act ("Two days after a Sept. 20 public hearing, the
    commissioners voted Wednesday night") places on the weekday, within the weekday's own
    days, else None."""
    named, days = (
        weekday_named(weekday.text, weekday.value),
        calendar_days(counted) if counted else None,
    )
    if named is None or days is None or counted is None:
        return None
    on = [days[0] + dt.timedelta(days=n) for n in range((days[1] - days[0]).days + 1)]
    on = [d for d in on if d.weekday() == named]
    within = calendar_days(weekday)
    if len(on) != 1 or (within is not None and not within[0] <= on[0] <= within[1]):
        return None
    return dataclasses.replace(
        weekday,
        value=on[0].isoformat(),
        date_start=on[0].isoformat(),
        date_end=on[0].isoformat(),
        precision="day",
        uncertain=True,
        reading=f"'{weekday.text}', {counted.text}: {on[0]}",
    )


def _date_heads_of_dated_acts(
    doc: Doc,
    triggers: set[int],
    attached: dict[int, TimeExpression],
    known: dict[int, TimeExpression],
    sequence: dict[str, int],
    dated: list[tuple[int, int]],
) -> None:
    """ "Police arrested the suspect two days after the shooting on Tuesday": an undated
    past act is that far from the dated act its "after" or "before" phrase names, dated
    in the sentence or, told again as "the shooting", in an earlier one (``known``)."""
    for i in sorted(triggers - set(attached)):
        head = doc[i]
        if not clauses.is_past(head):
            continue
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in sequence):
            acts = [o for o in prep.children if o.dep_ in ("pobj", "pcomp") and o.i in known]
            amount = _amount(prep, prep, dated) if acts else None
            reach = _reach(amount) if amount is not None else None
            ref = calendar_days(known[acts[0].i]) if acts else None
            if reach is not None and ref is None and amount is not None:
                told = doc[amount.left_edge.i : prep.i + 1]
                moved = from_month_day(known[acts[0].i], reach, -sequence[prep.lower_], told)
                if moved is not None:
                    attached[i] = moved
                    break
            if reach is None or ref is None or amount is None:
                continue
            # the head is after the act its phrase names: the other way round
            moved = _counted(ref, reach, -sequence[prep.lower_], amount, prep)
            if moved is not None:
                attached[i] = moved
                break


def _date_heads_of_dated_clauses(
    sentence: SentenceTimes,
    attached: dict[int, TimeExpression],
    known: dict[int, TimeExpression],
    sequence: dict[str, int],
    dated: list[tuple[int, int]],
) -> None:
    """ "Police arrested the owner two days after agents raided the plant on Tuesday", "The
    rally came four days after the commission approved the deal at its March 18 meeting":
    an undated past act (or the happening a verb like "came" says fell) is that far from
    the dated act of the clause its "after" or "before" opens, and no later than the
    article."""
    doc, triggers = sentence.doc, sentence.triggers
    # not a happening an earlier sentence dated ("The vote came four days after ..."): its day
    for i in sorted(triggers - set(attached) - set(sentence.told_before)):
        verb = doc[i]
        fell = _happening_it_says_fell(verb.head)
        if verb.pos_ == "NOUN" and fell is not None and fell.i == verb.i:
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") or not clauses.is_past(verb):
            continue
        for clause in (c for c in verb.children if c.dep_ == "advcl" and c.i in known):
            marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ in sequence]
            amount = _amount(clause, marks[0], dated) if marks else None
            reach = _reach(amount) if amount is not None else None
            ref = calendar_days(known[clause.i])
            if reach is None or ref is None or amount is None:
                continue
            if sentence.now is not None and sequence[marks[0].lower_] < 0:
                reach = (reach[0], min(reach[1], (sentence.now[1] - ref[1]).days))
                if reach[1] < reach[0]:
                    continue  # after the article was written: no past act of its
            # the head is after the act its clause tells: the other way round
            moved = _counted(ref, reach, -sequence[marks[0].lower_], amount, marks[0])
            if moved is not None:
                attached[i] = moved
                break


def _counted(
    ref: Days, reach: tuple[int, int], direction: int, amount: Token, mark: Token
) -> TimeExpression | None:
    """The days ``reach`` away from ``ref``, told as "days after", "a week before" (the
    amount to its mark); None for a reference at the calendar's edge, with no day that far
    from it."""
    try:
        return _moved(ref, reach, direction, amount.doc[amount.left_edge.i : mark.i + 1])
    except OverflowError:
        return None


def _moved(ref: Days, reach: tuple[int, int], direction: int, told: Span) -> TimeExpression:
    low, high = (dt.timedelta(days=d) for d in reach)
    if direction < 0:
        first, last = ref[0] - high, ref[1] - low
    else:
        first, last = ref[0] + low, ref[1] + high
    return TimeExpression(
        text=told.text,
        start=told.start_char,
        end=told.end_char,
        value=first.isoformat() if first == last else f"{first.isoformat()}/{last.isoformat()}",
        date_start=first.isoformat(),
        date_end=last.isoformat(),
        precision="day" if first == last else "range",
        uncertain=True,
        reading=f"'{told.text}' the clause it hangs on ({ref[0]} to {ref[1]}): {first} to {last}",
    )
