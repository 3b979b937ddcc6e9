"""Sentence-level events: trigger, type, participants, place and date.

A trigger is a verb or an eventive noun listed in ``resources/event_types.csv``.
Each trigger takes the participants found in its own clause (subject ->
agent, object or passive subject -> patient, the rest -> other), the time
expression whose syntactic head hangs under it (so "officials who released
1,000 aliens during the 2019 fiscal year" dates the release, not the
criticism around it), and the jurisdiction named in the clause as place.

Opinion and generic statements describe no happening, so a candidate is
dropped when it is quoted speech, negated, modal ("could", "should"),
a question, or neither past tense nor dated.
"""

from __future__ import annotations

import datetime as dt
import logging
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from graphx.extract import arguments, aspect, clauses
from graphx.extract.timex.spans import weekday_named
from graphx.extract.triggers import Taxonomy, event_sense, light_nouns, load_taxonomy
from graphx.lexicon import Lexicon, shipped
from graphx.model import EventMention, Mention, TimeExpression

__all__ = ["Taxonomy", "find_events", "load_taxonomy", "quoted_spans", "support_verbs"]

log = logging.getLogger(__name__)

_OPEN_QUOTES = {"\u201c": True, "\u201d": False}


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Character spans inside quotation marks; a quote left open ends with its paragraph.

    >>> quoted_spans('He said "no." Then \\u201cyes\\u201d.')
    [(8, 13), (19, 24)]
    """
    spans: list[tuple[int, int]] = []
    start = -1
    for i, ch in enumerate(text):
        if ch == "\n" and start >= 0:
            spans.append((start, i))
            start = -1
        elif ch == '"':
            if start < 0:
                start = i
            else:
                spans.append((start, i + 1))
                start = -1
        elif ch in _OPEN_QUOTES:
            if _OPEN_QUOTES[ch] and start < 0:
                start = i
            elif not _OPEN_QUOTES[ch] and start >= 0:
                spans.append((start, i + 1))
                start = -1
    if start >= 0:
        spans.append((start, len(text)))
    return spans


def _inside(spans: list[tuple[int, int]], offset: int) -> bool:
    """Whether an offset falls in one of the sorted, disjoint spans."""
    i = bisect_right(spans, (offset, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= offset < spans[i][1]


def support_verbs(lexicon: Lexicon | None = None) -> frozenset[str]:
    """``support_verbs.txt``: verbs that only say when or that something took place
    ("the raid was on Friday", "the arrest came on January 17")."""
    return (lexicon or shipped()).derived(_support_verbs)


def _support_verbs(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(word.lower() for word in lexicon.lines("support_verbs.txt"))


def _under_other_verb(token: Token, triggers: set[int]) -> bool:
    """Whether the token's clause is headed by a verb that is no trigger.

    Such a date says when that verb's act took place ("the city said Saturday
    it would review the subpoenas", "traveled to tout the lawsuit on
    Wednesday"), not when the sentence's one trigger did (issue 15). A verb
    that only places the sentence's event in time ("the raid was on Friday")
    is no such verb; it is one when its subject is no event ("Sessions will be
    in Sacramento Wednesday") or it looks ahead ("the hearing will be Friday").
    """
    chain = [token, *clauses.ancestors(token)]
    verb = next((t for t in chain if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    if verb.lemma_.lower() not in support_verbs():
        return True
    ahead = any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return ahead or any(s.i not in triggers for s in subjects)


def _participle_of_verb(token: Token, triggers: set[int]) -> int | None:
    """The one trigger that is a participle adjunct of the verb a time expression hangs on,
    or a noun that names that verb's act.

    "went on offense Tuesday, filing a suit", "wasted no time Wednesday blasting the
    ruling", "spoke at a rally on Friday": the participle or noun tells what the verb's act
    was, so it happened when that act did.
    """
    verb = next((t for t in [token, *clauses.ancestors(token)] if t.pos_ == "VERB"), None)
    if verb is None:
        return None
    adjuncts = [
        c.i
        for c in verb.children
        if c.i in triggers and c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG"
    ] + clauses.adjunct_nouns(verb, triggers)
    return adjuncts[0] if len(adjuncts) == 1 else None


def _same_time_participle(token: Token) -> bool:
    """A participle adjunct with no subject or conjunction of its own ("..., accusing the
    city of stonewalling"): its act is told as part of its verb's, at the same time. "After
    meeting the mayor" (a conjunction or preposition) is another time."""
    if token.dep_ != "advcl" or token.tag_ != "VBG":
        return False
    return not any(c.dep_ in ("mark", "nsubj", "nsubjpass", "aux") for c in token.children)


def _closes_fronted_clause(span: Span) -> Token | None:
    """The verb of the fronted clause a bare time expression closes ("After agents carried
    out raids across the city Friday, the mayor spoke"), or None.

    The parser hangs such a time on the main verb, but the comma after it ends the clause
    it closes: a time of the main clause would follow its verb, or open the sentence.
    """
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


def _narrows(time: TimeExpression, before: TimeExpression) -> bool:
    """Whether a clause's second time says more precisely when its first did ("earlier
    this month, on June 5", "last week, on Tuesday"): a day within the first's span."""
    if not (time.date_start and before.date_start) or (time.date_start, time.date_end) == (
        before.date_start,
        before.date_end,
    ):
        return False
    return before.date_start <= time.date_start and time.date_end <= before.date_end


def _dates_something(time: TimeExpression) -> bool:
    """A calendar span, or a weekday read without a publication date ("Friday"): either
    tells when a report says its happening was (issue 15)."""
    return bool(time.date_start) or weekday_named(time.text, time.value) is not None


def _times_by_trigger(
    doc: Doc, times: Sequence[TimeExpression], triggers: set[int]
) -> dict[int, TimeExpression]:
    attached: dict[int, TimeExpression] = {}
    # A duration or a recurrence ("for more than a year", "every week") dates nothing.
    dating = [
        (time, span)
        for time in times
        if _dates_something(time)
        and (span := doc.char_span(time.start, time.end, alignment_mode="expand")) is not None
    ]
    for time, span in dating:
        fronted = _closes_fronted_clause(span)
        if fronted is not None:
            # "After agents raided the site Friday, the mayor spoke": the raid's Friday
            if fronted.i in triggers:
                attached.setdefault(fronted.i, time)
            continue
        owner = clauses.owner(span.root, triggers) or _participle_of_verb(span.root, triggers)
        if owner is None and not _under_other_verb(span.root, triggers):
            # A time expression the parse left outside every clause dates the sentence's
            # one trigger; one under another verb dates that verb.
            roots = [t for t in span.sent if t.i in triggers]
            owner = roots[0].i if len(roots) == 1 else None
        if owner is not None and (owner not in attached or _narrows(time, attached[owner])):
            attached[owner] = time
    # "was arrested January 10 and charged": a verb coordinated with a dated one, without a
    # date of its own, is dated with it; so is its participle adjunct ("released a report
    # Tuesday criticizing the jail").
    for i in sorted(triggers - set(attached)):
        token = doc[i]
        along = token.dep_ == "conj" or _same_time_participle(token)
        if along and token.pos_ == "VERB" and token.head.i in attached:
            attached[i] = attached[token.head.i]
    _date_act_nouns(doc, triggers, attached)
    _date_reported_acts(doc, dating, triggers, attached)
    return attached


def _date_act_nouns(doc: Doc, triggers: set[int], attached: dict[int, TimeExpression]) -> None:
    """ "charged in lawsuits Wednesday", "spoke at a rally on Friday": a noun that names the
    act of a dated verb took place when that act did; not one a clause of its own tells of
    ("said Wednesday in a lawsuit filed in March")."""
    for i, time in list(attached.items()):
        if doc[i].pos_ in ("VERB", "AUX"):
            for noun in clauses.adjunct_nouns(doc[i], triggers):
                if not any(c.dep_ in ("acl", "relcl") for c in doc[noun].children):
                    attached.setdefault(noun, time)


def _ongoing_or_just_done(verb: Token) -> bool:
    """ "was suing", "is suing", "has sued": going on, or just done, when it is told."""
    auxiliaries = [c for c in verb.children if c.dep_ == "aux"]
    if verb.tag_ == "VBG":
        return any(a.lemma_ == "be" for a in auxiliaries)
    return verb.tag_ == "VBN" and any(
        a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP") for a in auxiliaries
    )


def _date_reported_acts(
    doc: Doc,
    dating: Sequence[tuple[TimeExpression, Span]],
    triggers: set[int],
    attached: dict[int, TimeExpression],
) -> None:
    """ "announced Tuesday night it was suing the state": an act told as going on or just
    done, in what someone said, happened when it was said, unless it has a date of its own.
    """
    said_when: dict[int, TimeExpression] = {}
    for time, span in dating:
        if span.root.head.pos_ == "VERB":
            said_when.setdefault(span.root.head.i, time)
    for i in sorted(triggers - set(attached)):
        act = doc[i]
        if act.dep_ == "ccomp" and act.head.i in said_when and _ongoing_or_just_done(act):
            attached[i] = said_when[act.head.i]


_LEADING_WORDS = {"that", "who", "which", "when", "while", "because", "as", "and", "but", "to"}


def _summary(trigger: Token, clause: list[Token]) -> str:
    """The clause as the article wrote it, from its first to its last word.

    Sliced from the text rather than re-joined from tokens, so punctuation
    and spacing stay the author's; a leading subordinator is dropped.
    """
    tokens = sorted((t for t in clause if not t.is_space), key=lambda t: t.i)
    while len(tokens) > 1 and tokens[0].lower_ in _LEADING_WORDS:
        tokens = tokens[1:]
    # A span's text, not Doc.text: the latter rebuilds the whole document's string.
    text = " ".join(trigger.doc[tokens[0].i : tokens[-1].i + 1].text.split())
    text = text.strip(' ,.;:\u201c\u201d"')
    return text if len(text) <= 140 else text[:139].rstrip() + "\u2026"


def _candidates(
    sent: Span, taxonomy: Taxonomy, quotes: list[tuple[int, int]]
) -> dict[int, tuple[str, str]]:
    found: dict[int, tuple[str, str]] = {}
    for token in sent:
        sense = event_sense(token, taxonomy)
        if sense is None or _inside(quotes, token.idx):
            continue
        if token.pos_ == "NOUN" and token.head.i in found:
            continue  # the verb before it already tells this noun's happening
        found[token.i] = sense
    # A noun a light verb takes its happening from is told by that verb, which has the
    # clause's subject and date: "subpoenas were issued Friday", "the suit DOJ filed Tuesday".
    carried = {
        noun.i
        for i, (_, lemma) in found.items()
        if sent.doc[i].pos_ == "VERB"
        for noun in light_nouns(sent.doc[i])
        if noun.i in found and noun.lemma_.lower() == lemma
    }
    return {i: sense for i, sense in found.items() if i not in carried}


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


def find_events(
    doc: Doc,
    mentions: Sequence[Mention],
    times: Sequence[TimeExpression],
    *,
    taxonomy: Taxonomy | None = None,
    headline_end: int = 0,
    now: tuple[dt.date, dt.date] | None = None,
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

    Returns:
        Events in text order; participants and place are ids of ``mentions``
        (:attr:`Mention.id`).
    """
    starts = [m.start for m in mentions]
    taxonomy = taxonomy or load_taxonomy()
    reading = _Reading(doc, mentions, starts, quoted_spans(doc.text), taxonomy, headline_end, now)
    events: list[EventMention] = []
    for sent_index, sent in enumerate(doc.sents):
        events.extend(_sentence_events(reading, sent_index, sent, times))
    return events


def _sentence_events(
    reading: _Reading, sent_index: int, sent: Span, times: Sequence[TimeExpression]
) -> list[EventMention]:
    """The events of one sentence: each trigger with the time expression it owns."""
    candidates = _candidates(sent, reading.taxonomy, reading.quotes)
    triggers = set(candidates)
    in_sentence = [t for t in times if sent.start_char <= t.start < sent.end_char]
    attached = _times_by_trigger(reading.doc, in_sentence, triggers)
    found = []
    for i, sense in candidates.items():
        time = attached.get(i)
        if time is None and not in_sentence:
            time = aspect.going_on(reading.doc[i], reading.headline_end, reading.now)
        event = _event(reading, reading.doc[i], sense, triggers, time)
        if event is not None:
            event.sentence = sent_index
            found.append(event)
    return found


def _asserted(trigger: Token, reading: _Reading, dated: bool) -> bool:
    """Whether the trigger tells a happening: not opinion or irrealis; dated, or a past verb.

    A headline tells what happened in the present tense ("ICE issues subpoenas").
    """
    if clauses.is_opinion(trigger) or clauses.is_irrealis(trigger, reading.taxonomy):
        return False
    if trigger.idx < reading.headline_end and trigger.tag_ in ("VBZ", "VBP"):
        return trigger.pos_ == "VERB"
    return dated or (trigger.pos_ == "VERB" and clauses.is_past(trigger))


def _event(
    reading: _Reading,
    trigger: Token,
    sense: tuple[str, str],
    triggers: set[int],
    time: TimeExpression | None,
) -> EventMention | None:
    """The event a trigger tells, or None when it asserts nothing or names no one."""
    dated = time is not None and _dates_something(time)
    if not _asserted(trigger, reading, dated):
        return None
    clause = clauses.clause_tokens(trigger, triggers)
    named, place = arguments.participants(trigger, clause, reading.mentions, reading.starts)
    if not named and place is None and not dated:
        return None
    kind, lemma = sense
    return EventMention(
        sentence=-1,
        trigger=trigger.text,
        event_type=kind,
        lemma=lemma,
        start=trigger.idx,
        summary=_summary(trigger, clause),
        participants=named,
        place=place,
        time=time,
        along=_along(trigger, triggers),
    )


def _along(trigger: Token, triggers: set[int]) -> int:
    """The offset of the trigger whose act this one is told as part of, else -1."""
    return trigger.head.idx if _same_time_participle(trigger) and trigger.head.i in triggers else -1
