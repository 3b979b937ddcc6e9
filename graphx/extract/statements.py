"""Statements told by a verb of saying or a text: "the sheriff said Tuesday her jail will
keep refusing detainers", "issued a statement Friday calling the policy reckless".

A saying is in every other sentence of the news; only some are happenings a reader
looks for. One is kept when a time of its own dates it, a named person or body says it,
what it says is reported speech (a quote is an interview's words), and what it says is no
happening of its own ("ICE said Tuesday it arrested 40 people": the arrests are the news).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Protocol

from spacy.tokens import Doc, Token

from graphx.extract import notices
from graphx.extract.aspect import TENSE_ONLY, told_in_the_past
from graphx.extract.known import read_titles
from graphx.extract.quotes import inside
from graphx.extract.triggers import Taxonomy
from graphx.model import EventMention, Mention, TimeExpression

__all__ = ["denied", "is_saying", "no_news", "told_in_what_is_said"]


_SPEAKERS = frozenset({"person", "agency", "organization"})
_ANY_ONE = frozenset({"a", "an", "one", "another", "some", "any"})


class Reading(Protocol):
    """What a document's sentences are read against (``events._Reading``)."""

    @property
    def doc(self) -> Doc: ...
    @property
    def mentions(self) -> Sequence[Mention]: ...
    @property
    def quotes(self) -> list[tuple[int, int]]: ...
    @property
    def taxonomy(self) -> Taxonomy: ...


def no_news(
    reading: Reading,
    found: dict[int, EventMention],
    attached: dict[int, TimeExpression],
    candidates: dict[int, tuple[str, str]],
) -> set[int]:
    """Sayings (``SPOKEN``) and texts told with what they say that tell no statement: with
    no time of their own ("said the program works"), said by no person or body named (nor by
    a title held alone), quoting rather than reporting, or telling an act of another kind in
    what they say ("ICE said Tuesday it arrested 40 people": the arrests are the news); nor
    the verb that carries a notice whose end is found (``notices``: the end is the news)."""
    doc, quotes, taxonomy = reading.doc, reading.quotes, reading.taxonomy
    by_id = {m.id: m for m in reading.mentions}
    # "sent a letter Wednesday giving notice that it is ending ...": the end is the news
    out = {n.i for j in found if (n := notices.notice_of_an_end(doc[j])) is not None}
    for i, event in found.items():
        if i in out or not is_saying(event.lemma, taxonomy):
            continue
        verb = doc[i]
        named = _titled_speaker(verb) or any(
            role == "agent" and by_id[m].type in _SPEAKERS for m, role in event.participants
        )
        clauses = _what_is_said(verb)
        said = [t for c in clauses for t in c.subtree]
        finite = verb.pos_ == "NOUN" or verb.tag_ in ("VBD", "VBZ", "VBP")
        news = i in attached and named and finite
        acts = {
            j
            for j, e in found.items()
            if j != i
            and e.event_type != event.event_type
            and not _in_passing(doc[j], e, event, taxonomy)
        }
        # the act what is said tells as done, kept or not ("said Tuesday deputies arrested
        # 12 people"), not one in a clause of its own ("... unless a judge has signed"), nor
        # one denied ("has not pulled out of the program, the sheriff said": a review)
        acts |= {c.i for c in clauses if _told_done(c, candidates, event.event_type)}
        acts = {j for j in acts if not _background(doc[j], found.get(j), event, taxonomy)}
        if not news or {t.i for t in said} & acts:
            out.add(i)
        elif _no_time_of_its_own(quotes, attached[i], said, _in_a_text(verb, taxonomy)):
            out.add(i)
    return out


def _told_done(clause: Token, candidates: dict[int, tuple[str, str]], kind: str) -> bool:
    """An act of another kind than the saying, told as done and not denied."""
    other = clause.i in candidates and candidates[clause.i][0] != kind
    denied = any(n.dep_ == "neg" for n in clause.children)
    return other and told_in_the_past(clause) and not denied


def _in_a_text(verb: Token, taxonomy: Taxonomy) -> bool:
    """Said in a text ("said in a written statement released Wednesday"): a quote of it is
    a statement's words, not an interview's."""
    texts = [o for p in verb.children if p.lower_ == "in" for o in p.children if o.dep_ == "pobj"]
    # written by its kind ("a statement", "an email"), or told as written, sent or posted
    # ("a message to fans posted Thursday"); not "in response to a question", "in remarks"
    return any(
        t.lemma_.lower() in taxonomy.written
        or any(c.dep_ == "acl" or c.lower_ in ("written", "emailed") for c in t.children)
        for t in texts
    )


# The words that open a clause telling what was so before another act took place: "had no
# notice before agents swept through the plant", "was not told until ...", or the act what
# is said is timed by: "the city will not seek one, a day after the state police signed one".
_TIME_MARKS = frozenset({"before", "until", "after"})


def _in_passing(act: Token, told: EventMention, saying: EventMention, taxonomy: Taxonomy) -> bool:
    """A happening named in passing in what is said: in a clause that says what was so
    before it ("said Wednesday the city had no notice before agents swept through the
    plant"), in a clause that describes one of its people ("said Wednesday that his office,
    which signed its own agreement in February, would ..."), or by a noun after a
    preposition: one learned of ("said Wednesday his officers were told of the
    arrests only after ...", ``LEARN`` rows), or one with a day of its own denied any part
    in ("said Monday that none of her officers took part in last week's arrests"): the
    statement is the news, not the arrests; "said Friday that 300 workers were swept up in
    Thursday's raid" reports the raid."""
    if act.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in act.children
    ):
        return True  # "had no notice before federal agents swept through the plant"
    if act.dep_ == "relcl" and not _cleft(act) and not _recent(told, saying):
        return True  # "his office, which signed its own agreement in February, would ..."
    if act.dep_ == "dobj" and act.head.lemma_.lower() in taxonomy.calling:
        return True  # "called Tuesday's raid a disgrace": the raid is what is called so
    if act.pos_ != "NOUN" or act.dep_ != "pobj":
        return False
    if act.head.lower_ in ("of", "about") and _learned_of(act.head.head, taxonomy):
        return True
    if told.time is None or _on_the_day_of(told, saying):
        return False
    return any(denied(verb) for verb in act.ancestors if verb.pos_ in ("VERB", "AUX"))


def _cleft(act: Token) -> bool:
    """ "it was agents from its Atlanta office who arrested the man": the clause is what is
    said, set off, not a description of someone."""
    noun = act.head
    while noun.dep_ in ("pobj", "prep") and noun.head.i != noun.i:
        noun = noun.head  # "agents from its Atlanta office who ..."
    if noun.dep_ != "attr":
        return False
    return any(c.dep_ == "expl" or c.lower_ == "it" for c in noun.head.children)


# How close before a saying an act it describes is its news: "the man who died in its
# custody Sunday" (said Tuesday), not "which signed its own agreement in February".
_RECENT = dt.timedelta(days=7)


def _recent(told: EventMention, saying: EventMention) -> bool:
    """An act dated on its saying's day or within the week before it (not in a month that
    holds that week: "in February", said March 6)."""
    when, then = saying.time, told.time
    if when is None or then is None or not when.date_start or not then.date_start:
        return False
    said = dt.date.fromisoformat(when.date_start)
    first, last = dt.date.fromisoformat(then.date_start), dt.date.fromisoformat(then.date_end)
    return said - _RECENT <= first and last <= dt.date.fromisoformat(when.date_end)


def _on_the_day_of(told: EventMention, saying: EventMention) -> bool:
    """An act dated as its saying is: the same span of days."""
    when, then = saying.time, told.time
    if when is None or then is None:
        return False
    if not when.date_start and not then.date_start:
        # an undated article's "Wednesday's arrests" and "said Thursday": two days of no week
        return then.value == when.value
    return (then.date_start, then.date_end) == (when.date_start, when.date_end)


def _background(
    act: Token, told: EventMention | None, saying: EventMention, taxonomy: Taxonomy
) -> bool:
    """An act in what is said that is no news of its own: long before the saying, or named
    in passing (``_in_passing``)."""
    if told is not None and _long_before(told, saying):
        return True
    return _in_passing(act, told or saying, saying, taxonomy)


# How long before a saying an act it tells is background, not the saying's news.
_LONG_BEFORE = dt.timedelta(days=365)


def _long_before(told: EventMention, saying: EventMention) -> bool:
    """An act a year or more before its saying, by their dates ("ICE said Thursday that he had
    been ordered removed by an immigration judge in 2009"): background to what is news."""
    if told.time is None or saying.time is None:
        return False
    end, start = told.time.date_end, saying.time.date_start
    if not end or not start or end[:1] == "X" or start[:1] == "X":
        return False
    return dt.date.fromisoformat(end) + _LONG_BEFORE <= dt.date.fromisoformat(start)


def _learned_of(verb: Token, taxonomy: Taxonomy) -> bool:
    """A verb by which its subject learns of something: "learned of", "knew about", "were
    told of" (a TOLD verb in the passive: "agents told the families about" tells them)."""
    lemma = verb.lemma_.lower()
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    return lemma in taxonomy.learning or (lemma in taxonomy.told and passive)


_NO_ONE = frozenset({"none", "nobody", "neither", "no"})


def denied(verb: Token) -> bool:
    """A clause that says no one did it: "none of her officers took part", "did not take
    part", "no deputy was involved", "city police played no role in" (a part in it denied;
    not "had no comment on")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    # "played no role in": the parse hangs "in" on the verb or on its object
    within = any(
        p.dep_ == "prep" and p.lower_ == "in" for w in (verb, *objects) for p in w.children
    )
    parts = objects if within else []
    return any(c.dep_ == "neg" for c in verb.children) or any(
        s.lower_ in _NO_ONE or any(d.lower_ in _NO_ONE for d in s.children)
        for s in subjects + parts
    )


def _titled_speaker(verb: Token) -> bool:
    """A speaker named by a title held alone ("Detroit's police chief said Monday", "the
    sheriff said"): one person, whose words are news as a named one's are."""
    titles = read_titles()
    for subject in (c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"):
        if any(c.lower_ in _ANY_ONE or c.dep_ == "nummod" for c in subject.children):
            continue  # "an activist said", "one lawyer said": no one in particular
        words = [c.lower_ for c in subject.children if c.dep_ == "compound"] + [subject.lower_]
        if subject.lower_ in titles or " ".join(words[-2:]) in titles:
            return True
    return False


def is_saying(lemma: str, taxonomy: Taxonomy) -> bool:
    """A verb of saying (``SPOKEN``), of calling (``CALL``: "called the report cherry-picked")
    or a text told with what it says."""
    return lemma in taxonomy.spoken or lemma in taxonomy.calling or lemma in taxonomy.contents


def _what_is_said(token: Token) -> list[Token]:
    """The clauses that say what a saying or a text says: "said [that ...]", "her statement
    [that ...]", "issued a statement [calling ...]"."""
    texts = [token] if token.pos_ == "NOUN" else [c for c in token.children if c.dep_ == "dobj"]
    clauses = [c for c in token.children if c.dep_ == "ccomp"]
    called = [c for c in token.children if c.dep_ in ("oprd", "xcomp")]
    if token.pos_ != "NOUN" and texts and called:
        clauses += [*texts, *called]  # "called [the report] [cherry-picked]"
    for text in texts:
        clauses += [c for c in text.children if c.dep_ in ("acl", "ccomp", "relcl")]
    return clauses


def _no_time_of_its_own(
    quotes: list[tuple[int, int]], time: TimeExpression, said: list[Token], written: bool
) -> bool:
    """What was said is a direct quote (an interview's words, not a statement, unless
    ``written`` in one), or the time is none of the saying's: in what was said ("said the
    inquiry began a year ago"), in a quote, or a present with no day ("Jon Feere, who now is
    at the center, said")."""
    if not said or (inside(quotes, min(t.idx for t in said)) and not written):
        return True
    if time.value == TENSE_ONLY:  # "now": the value of a present with no day
        return True
    # a word of what was said holds the time ("urged [all sheriffs] on Tuesday [to seek
    # agreements]": the day between the object and the infinitive is the urging's)
    within = any(t.idx <= time.start < t.idx + len(t) for t in said)
    return within or inside(quotes, time.start)


def told_in_what_is_said(trigger: Token, mentions: Sequence[Mention], mention: str) -> bool:
    """Whether a mention is named in what a saying or a text says (its place is not the
    saying's)."""
    said = [t for c in _what_is_said(trigger) for t in c.subtree]
    start = next((m.start for m in mentions if m.id == mention), -1)
    return any(t.idx <= start < t.idx + len(t) for t in said)
