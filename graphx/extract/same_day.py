"""Acts of the same day as the clause they are joined to (issue 15).

"Traffic was squeezed into one lane for most of Thursday, and by evening 11 people had been
taken into custody": a clause joined to a dated one and told later that day takes its day.
A participle adjunct is told as part of its verb's act (``same_time_participle``), at the
verb's time or the verb at its (``date_by_participles``), and so is
the participle of a text the verb signs or sends ("signed a letter Monday ending the county's
agreement": ``text_that_acts``).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from graphx.extract import clauses
from graphx.extract.taxonomy import Taxonomy
from graphx.extract.timex.rules import words
from graphx.extract.triggers import event_sense, load_taxonomy
from graphx.model import TimeExpression

__all__ = [
    "date_by_participles",
    "date_later_that_day",
    "date_while",
    "fronted_over_conjuncts",
    "gathering_it_ended",
    "same_time_participle",
    "text_that_acts",
    "told_in_a_text_put_out",
    "told_within",
]

# how a participle's own time is told: "Acting on Monday", not "Living there since 2005"
_AT_A_TIME = frozenset({"on", "in", "at", "during"})
_RUNS_ON = ("since", "for", "until", "through")
# "the raid, in which agents detained 61 workers", "a vote during which ...": grammar
_WITHIN = frozenset({"in", "during"})
_PLACES = frozenset({"GPE", "LOC", "FAC", "ORG"})  # named places and sites of an act


def same_time_participle(token: Token) -> bool:
    """A participle adjunct with no subject or conjunction of its own ("..., accusing the
    city of stonewalling"), or after "while" ("arrested 31 people Thursday while executing
    search warrants"): its act is told as part of its verb's, at the same time. "After
    meeting the mayor" (another conjunction or a preposition) is another time."""
    if token.dep_ != "advcl" or token.tag_ != "VBG":
        return False
    own = ("mark", "nsubj", "nsubjpass", "aux")
    if any(c.dep_ in own and c.lower_ != "while" for c in token.children):
        return False
    # "while serving a 10-year sentence", "while appealing his removal order": a proceeding
    # or a state that runs on, not an act of the verb's day
    meanwhile = any(c.lower_ == "while" for c in token.children)
    return not meanwhile or (event_sense(token, load_taxonomy()) or ("",))[0] != "legal_action"


def date_by_participles(
    dating: Sequence[tuple[TimeExpression, Span]],
    triggers: set[int],
    attached: dict[int, TimeExpression],
) -> None:
    """ "Meeting Tuesday night, the supervisors split 3-3", "Acting on Monday, the board
    rescinded the policy": a participle adjunct told before its verb dates the verb, when
    that verb has no time of its own."""
    for time, span in dating:
        verb = _time_of_participle(span)
        if verb is None or not same_time_participle(verb) or verb.head.i not in triggers:
            continue
        if verb.i > verb.head.i or time.text.lower().startswith(_RUNS_ON):
            continue  # "arrested 40, bringing the total to 300 since Jan. 1": the total's
        if verb.i in triggers:
            time = attached.get(verb.i, time)  # the participle's own, of two of its times
        attached.setdefault(verb.head.i, time)


def date_while(
    dating: Sequence[tuple[TimeExpression, Span]],
    triggers: set[int],
    attached: dict[int, TimeExpression],
) -> None:
    """ "Officers provided traffic control while agents executed a search warrant" under a
    day's heading, "On Tuesday, deputies directed traffic while agents raided the plant": an
    act in the past told as going on "while" another took place has that one's time, when
    it has none of its own (found in probe214, a police blotter's raid had no day)."""
    if not dating:
        return
    doc = dating[0][1].doc
    heads = {_verb_above(span.root).i: time for time, span in dating}
    for verb in (doc[i] for i in sorted(triggers - set(attached))):
        if _at_the_same_time(verb) and (time := heads.get(verb.head.i)) is not None:
            attached[verb.i] = time


def _at_the_same_time(verb: Token) -> bool:
    """A simple past's clause after its head, opened by "while" with no comma before it and
    no time word of its own: "directed traffic while agents raided the plant"; not "while
    serving a sentence", "While the council approved it, the mayor vetoed it", "convicted
    him, while his brother pleaded guilty before the trial" (contrasts: a review)."""
    marks = [c for c in verb.children if c.dep_ == "mark" and c.lower_ == "while"]
    if verb.dep_ != "advcl" or verb.tag_ != "VBD" or not marks or verb.i < verb.head.i:
        return False
    comma = marks[0].i > 0 and verb.doc[marks[0].i - 1].text == ","
    timed = any(t.lower_ in _TIME_WORDS for t in verb.subtree)
    return not comma and not timed


# words of time that give a clause a time of its own ("before the trial", "later")
_TIME_WORDS = frozenset({"before", "after", "since", "until", "during", "earlier", "later"})


def _time_of_participle(span: Span) -> Token | None:
    """The participle a time hangs on itself ("Acting on Monday"), not through a noun
    ("Citing a 2019 ruling": the ruling's year)."""
    root = span.root
    at = root.dep_ == "pobj" and root.head.lower_ in _AT_A_TIME  # not "Using data from 2022"
    head = root.head.head if at else root.head
    own = root.dep_ in ("npadvmod", "tmod") or at
    return head if own and head.tag_ == "VBG" else None


def told_within(token: Token) -> list[Token]:
    """The nouns a relative clause opened by "in which" or "during which" may tell an act
    of, nearest first ("the April raid at the Elkhorn plant, in which agents detained 61
    workers": "plant", then "raid", which the parser passes over): what is done in the act
    is told as part of it. No noun for any other clause."""
    if token.dep_ != "relcl":
        return []  # asked of every trigger: most are no relative clause
    opened = any(
        c.dep_ == "prep" and c.lower_ in _WITHIN and any(o.lower_ == "which" for o in c.children)
        for c in token.children
    )
    older = words()["older_past_words"]["advmod"]
    if not opened or any(c.lower_ in older for c in token.children):
        return []  # "the raid, in which police previously arrested ...": an older act
    nouns, noun = [token.head], token.head
    # the act's place the clause may hang on ("the raid at the plant"), not a thing it is
    # about ("a ruling in the case in which", "a hearing on the year in which")
    at_a_place = noun.head.lower_ == "at" or noun.ent_type_ in _PLACES
    if noun.dep_ == "pobj" and at_a_place and noun.head.head.pos_ in ("NOUN", "PROPN"):
        nouns.append(noun.head.head)
    return nouns


# Verbs that issue a text beside the light verbs of ``event_types.csv`` ("issued", "sent"):
# grammar of texts, not of a domain.
_ISSUING = frozenset({"sign", "write", "post", "email", "mail", "deliver", "publish"})


def text_that_acts(token: Token, taxonomy: Taxonomy) -> Token | None:
    """The verb whose written object does what a participle with no subject says ("signed a
    letter to ICE on Monday ending the county's participation", "sent a memo Friday
    directing deputies to ..."): the text acts when it is issued, so the participle's act is
    of the verb's time; else None. The text is a ``WRITTEN`` noun, the verb one that issues
    it. Not a text rejected or not signed, nor a participle of whom it is sent to ("sent a
    letter to ICE agents arresting people")."""
    if token.dep_ != "acl" or token.tag_ != "VBG":
        return None
    if any(c.dep_ in ("mark", "nsubj", "nsubjpass", "aux") for c in token.children):
        return None
    verb, named = token.head, token.head  # the text, or the body it is to ("to ICE ending")
    while verb.dep_ in ("dobj", "pobj", "prep", "dative") and verb.head.i != verb.i:
        verb = verb.head
    texts = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in taxonomy.written]
    issuing = verb.lemma_.lower() in taxonomy.light or verb.lemma_.lower() in _ISSUING
    if verb.pos_ != "VERB" or not issuing or not texts:
        return None
    if texts[0].i > token.i or any(c.dep_ == "neg" for c in verb.children):
        return None
    return verb if named.i == texts[0].i or named.pos_ == "PROPN" else None


def gathering_it_ended(noun: Token, triggers: set[int], taxonomy: Taxonomy) -> int | None:
    """The gathering a vote told by its tally is how it ended, opened or went ("Monday's
    council meeting ended with a 4-1 vote to take the grant", "the hearing closed in a 3-2
    vote"): the vote was taken at it, so at its time; else None."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return None
    verb, preposition = noun.head.head, noun.head.lower_
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _ENDING or noun.i not in triggers:
        return None
    if preposition not in ("with", "in") or not clauses.tallied(noun):
        return None
    gatherings = [
        c.i
        for c in verb.children
        if c.dep_ == "nsubj"
        and c.i in triggers
        and (event_sense(c, taxonomy) or ("",))[0] == "meeting"
    ]
    return gatherings[0] if len(gatherings) == 1 else None


def told_in_a_text_put_out(time: Token, triggers: set[int], taxonomy: Taxonomy) -> int | None:
    """The act a text does, told in it, when its time is the day it was put out: "In a
    decision released Friday, the board ordered him deported", "in a memo issued Tuesday,
    the sheriff told deputies to stop": the trigger verb the "in" phrase hangs on; else
    None. Not a text someone else put out ("in a report released by the ACLU Friday")."""
    verb = clauses.verb_over(time)
    if verb is None or verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.i in triggers:
        return None
    text, preposition = verb.head, verb.head.head
    if text.dep_ != "pobj" or preposition.lower_ != "in" or preposition.dep_ != "prep":
        return None
    light = verb.lemma_.lower() in taxonomy.light
    if not (light or verb.lemma_.lower() in _ISSUING) or any(
        c.lower_ == "by" for c in verb.children
    ):
        return None
    acting = preposition.head
    # "In a video posted Monday, the chief said ..." (found in a probe): what a text posted
    # or written says, not what it shows ("In a video posted Monday, deputies arrested ...")
    saying = taxonomy.tells(acting.lemma_.lower())
    if not (light or saying):
        return None
    return acting.i if acting.i in triggers and acting.pos_ == "VERB" else None


# How a gathering ends, opens or goes with a vote.
_ENDING = frozenset({"end", "close", "open", "conclude", "wrap", "finish", "begin", "start"})


# What puts a clause at a part of the day: "by evening", "in the afternoon", "that night".
_AT_A_PART = frozenset({"by", "in", "during", "later", "that"})


def date_later_that_day(
    doc: Doc,
    dating: Sequence[tuple[TimeExpression, Span]],
    triggers: set[int],
    attached: dict[int, TimeExpression],
) -> None:
    """ "Traffic was squeezed into one lane for most of Thursday, and by evening 11 people
    had been taken into custody": a clause joined to a dated one and told at a part of the
    day, with no day of its own, is of that day."""
    owned = {_verb_above(span.root).i: time for time, span in dating}  # "for most of Thursday"
    for i in sorted(triggers - set(attached)):
        verb = doc[i]
        if verb.dep_ != "conj" or verb.pos_ != "VERB" or not clauses.is_past(verb):
            continue
        time = attached.get(verb.head.i) or owned.get(verb.head.i)
        if time is not None and time.date_start and any(_a_part_of_day(c) for c in verb.children):
            attached[i] = time


def _verb_above(word: Token) -> Token:
    while word.pos_ not in ("VERB", "AUX") and word.head.i != word.i:
        word = word.head
    return word


def _a_part_of_day(word: Token) -> bool:
    """ "by evening", "that night": later the same day; not "by morning" or "by the next
    morning", which after a day's clause is the day after."""
    if word.dep_ == "prep" and word.lower_ in _AT_A_PART:
        return any(o.dep_ == "pobj" and _later_that_day(o) for o in word.children)
    marks = {c.lower_ for c in word.children}
    return word.dep_ == "npadvmod" and _later_that_day(word) and bool(marks & _AT_A_PART)


def _later_that_day(part: Token) -> bool:
    later = {"AF", "EV", "NI"}  # afternoon, evening, night ("by late afternoon")
    following = {c.lower_ for c in part.children} & {"next", "following", "subsequent"}
    return words()["parts_of_day"].get(part.lower_) in later and not following


def fronted_over_conjuncts(
    doc: Doc, spans: Sequence[tuple[TimeExpression, Span]], triggers: set[int]
) -> dict[int, TimeExpression]:
    """The triggers coordinated with a verb that is no trigger, sharing its subject, when a
    time is told before that verb: "On Tuesday, agents surrounded the plant and arrested 23
    workers" (the arrests' Tuesday); not "surrounded the plant on Tuesday and arrested ...",
    where the time is in the first act's words only."""
    found: dict[int, TimeExpression] = {}
    for time, span in spans:
        chain = [span.root, *clauses.ancestors(span.root)]
        verb = next((t for t in chain if t.pos_ == "VERB"), None)
        if verb is None or verb.i in triggers or span.root.i > verb.i:
            continue
        for c in verb.children:
            shared = c.dep_ == "conj" and c.pos_ == "VERB" and not clauses.own_subject(c)
            if shared and c.i in triggers and not _told_apart_in_time(c):
                found.setdefault(c.i, time)
    return found


# Words that set a coordinated act apart in time: "crossed in 2010 and was later arrested",
# "has since deported 300", "was deported twice".
_APART = frozenset({"later", "since", "then", "afterward", "afterwards", "again", "twice"})
_APART |= {"eventually", "subsequently", "soon", "now"}


def _told_apart_in_time(verb: Token) -> bool:
    """A verb with a mark, a perfect ("has since deported") or a word that sets it apart."""
    children = list(verb.children)
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in children)
    marked = any(c.dep_ == "mark" or c.lower_ in _APART for c in children)
    return perfect or marked
