"""Nouns eventive only as an object, told with a date of their own (issue 15): "In a Jan. 24
letter, the department told the state", "Tuesday night's decision by commissioners",
"today's decision by U.S. District Judge Ann Lee" (a court's: a ruling)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from graphx.extract import attach, deciders
from graphx.extract.courts import ruled_by_court
from graphx.extract.quotes import inside
from graphx.extract.since import SentenceTimes
from graphx.extract.tree import infinitive_of_noun
from graphx.extract.triggers import Taxonomy, light_nouns, load_taxonomy
from graphx.model import TimeExpression

__all__ = ["dated_objects", "words_on_it_that_day"]

# How a date hangs on its noun: "a Jan. 24 letter", "the 2019 study", "a letter dated Jan. 24",
# "Tuesday night's decision".
_OWN_DATE = frozenset({"nmod", "nummod", "compound", "amod", "npadvmod", "dobj", "poss"})


def dated_objects(
    doc: Doc,
    taxonomy: Taxonomy,
    where_when: tuple[list[tuple[int, int]], tuple[dt.date, dt.date] | None],
    times: Sequence[TimeExpression],
    candidates: dict[int, tuple[str, str]],
) -> dict[int, tuple[str, str]]:
    """A noun that names a happening only as a light verb's object names it too when a date
    of its own says when it was made: "In a Jan. 24 letter, the department told the state",
    "a letter dated January 24"; a court's decision is its ruling. Not when a trigger that
    takes it, light or of its kind, tells it ("sent a Jan. 24 letter"; "applauds today's
    decision" does not), not inside a quote (``where_when``: the quotes' spans and the days
    the article was written in), not a day after those, and not what data cover ("the Jan.
    6 footage")."""
    quotes, now = where_when
    found: dict[int, tuple[str, str]] = {}
    # not by an infinitive of the noun: "the decision to approve" tells what was decided
    told_by = [doc[i] for i in candidates if not infinitive_of_noun(doc[i])]
    carried = {n.i: verb for verb in told_by for n in light_nouns(verb)}
    for time in times:
        span = doc.char_span(time.start, time.end, alignment_mode="expand")
        if span is None or not attach.dates_something(time) or inside(quotes, time.start):
            continue
        if now is not None and time.date_start > now[1].isoformat():
            continue  # read ahead: not made yet ("will challenge the council's Tuesday approval")
        noun = span.root.head
        if noun.lower_ == "dated" and noun.dep_ == "acl":
            noun = noun.head
        kind = deciders.object_kind(noun, taxonomy)
        if not kind or noun.pos_ != "NOUN" or not deciders.dated_text(noun, kind, span, time):
            continue
        sense = ruled_by_court(noun, kind, taxonomy) or (kind, noun.lemma_.lower())
        # a verb of its kind or a light one tells it; "applauds today's decision" does not
        verbs = [v for v in (noun.head, carried.get(noun.i)) if v is not None and v.i in candidates]
        told = any(_tells_object(v, sense[0], candidates, taxonomy) for v in verbs)
        mine = span.root.dep_ != "poss" or deciders.dated_by_possessive(
            noun, kind, taxonomy, time, now
        )
        if span.root.dep_ in _OWN_DATE and mine and not (told or _frames(noun, candidates)):
            found[noun.i] = sense
    return found


def _frames(noun: Token, candidates: dict[int, tuple[str, str]]) -> bool:
    """A court's text that frames the act a trigger tells: "In the court's March 4 opinion,
    the judge ordered the county to stop" is the order of that day (a review)."""
    framed, taxonomy, lemma = noun.head.head, load_taxonomy(), noun.lemma_.lower()
    ruling = taxonomy.family(lemma, taxonomy.objects.get(lemma, "")) == "ruling"
    return ruling and noun.dep_ == "pobj" and noun.head.lower_ == "in" and framed.i in candidates


def _tells_object(
    verb: Token, kind: str, candidates: dict[int, tuple[str, str]], taxonomy: Taxonomy
) -> bool:
    """Whether a trigger that takes the noun tells the noun's happening: a light verb ("sent
    a Jan. 24 letter") or one of its kind, not a word on it ("applauds")."""
    return verb.lemma_.lower() in taxonomy.light or candidates[verb.i][0] == kind


def words_on_it_that_day(sentence: SentenceTimes, attached: dict[int, TimeExpression]) -> None:
    """A word on a happening of the day the article was written, with no time of its own,
    is of that day too ("The Alliance applauds today's decision by Judge Ana Lee": the
    statement and the ruling; a review found the statement lost once "today's" dated the
    decision). Not one of a day before ("criticized the judge's July 17 decision" a week on)."""
    if sentence.now is None:
        return
    day = sentence.now[1].isoformat()
    saying = load_taxonomy().verbs
    for i, time in list(attached.items()):
        noun, verb = sentence.doc[i], sentence.doc[i].head
        told = verb.i in sentence.triggers and verb.i not in attached and verb.pos_ == "VERB"
        told = told and saying.get(verb.lemma_.lower()) == "statement"  # a word on it only
        if noun.pos_ == "NOUN" and told and time.date_start == time.date_end == day:
            attached[verb.i] = time
