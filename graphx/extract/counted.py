"""How many an act was done to, when its clause counts them exactly (issue 15).

"Nineteen of the workers ... were released Friday" and, two paragraphs on, "the 19 were
released from the agency's Omaha field office" tell one release; "Eleven workers were
released the day of the raid" and "Twenty-three were released Wednesday" tell two. The
count is the number on the act's object, on its passive subject, on the noun a participle
describes ("54 workers arrested") or on a noun trigger's "of" ("the arrests of 12 men"),
or that subject when it is the number itself ("the 19", "11 of them"). A count that is a
bound, a guess or a part ("more than 50", "about 60", "another 12", "the remaining 35":
``inexact_count_words.txt``) or a measure ("40 percent", "10 days") counts nothing.

The thing an act was done to, named by a common noun, is its theme: "a report released last
Wednesday" and, a sentence on, "The report ... was published by" a group tell one release,
the second told as the thing known already. People are no theme ("arrested a man" twice may
be two men), nor is "a similar agreement".

A vote's tally ("voted 5-2", "by a 7-4 vote", "a 6–3 ruling") tells one vote from another:
"voted 5-2 on Thursday night" is not "in March 2017, the council voted 4-2".
"""

from __future__ import annotations

import re
from typing import TypedDict

from spacy.tokens import Token

from graphx.extract.crowds import crowd_nouns
from graphx.extract.described import person_nouns
from graphx.extract.timex.anchoring import number
from graphx.extract.word_lists import inexact_count_words, other_instance_words

__all__ = ["DoneTo", "counted", "done_to", "tally", "theme"]

_ACTED_ON = frozenset({"dobj", "nsubjpass"})
_KNOWN = frozenset({"the", "this", "that", "these", "those"})  # a thing told before
_COUNTS = frozenset({"CARDINAL", ""})  # not PERCENT, MONEY, DATE, QUANTITY
_NUMBER_PARTS = frozenset({"compound", "punct"})  # "Twenty - three"
_BOUNDS = frozenset({"advmod", "quantmod", "amod", "nummod"})  # "nearly 60", "two dozen"
_JOINED = frozenset({"conj", "cc"})  # "10 or 12", "19 workers and three managers"
_ROUND = frozenset({"dozen", "hundred", "thousand", "million"})  # "a dozen", a round guess
_TALLY = re.compile(r"(\d{1,2}) ?[-–] ?(\d{1,2})(?![\d/-])(?! ?[ap]\.?m\b)")  # not "6-8 p.m."
# what a number of this shape is the number of ("Ordinance 24-07", "case No. 24-15")
_NUMBERED = re.compile(r"\b(?:ordinance|resolution|bill|bylaw|case|no\.?|docket|number)\s*$", re.I)
# ... or a ratio told roughly ("voted nearly 2-to-1": found in probe162), no tally either
_ROUGHLY = re.compile(r"\b(?:nearly|almost|about|roughly|around|more than|better than)\s*$", re.I)


class DoneTo(TypedDict):
    """What an event mention keeps of what its act was done to (``EventMention`` fields)."""

    counted: int | None
    tally: str
    theme: str
    theme_known: bool


def done_to(trigger: Token, kind: str) -> DoneTo:
    """The count, the tally and the theme of a trigger's act; a crowd's size is no count (it
    varies from report to report)."""
    thing, known = theme(trigger)
    exact = counted(trigger) if kind != "meeting" else None
    return DoneTo(counted=exact, tally=tally(trigger), theme=thing, theme_known=known)


def counted(trigger: Token) -> int | None:
    """The exact number of those the trigger's act was done to, or None."""
    nouns = _acted_on(trigger)
    return _exact_count(nouns[0]) if len(nouns) == 1 else None


def theme(trigger: Token) -> tuple[str, bool]:
    """The lemma of the one thing a verb's act was done to ("report" of "a report released
    Wednesday", "the lawsuit was filed"), "" for none, for people or for a noun trigger;
    and whether it is told as one known already ("the report", "this lawsuit")."""
    acted_on = _acted_on(trigger) if trigger.pos_ == "VERB" else []
    # common nouns only: a title the parser hangs on the verb is no second thing
    nouns = [n for n in acted_on if n.pos_ == "NOUN" and not n.like_num]
    if len(nouns) != 1:
        return "", False
    noun, lemma = nouns[0], nouns[0].lemma_.lower()
    determiners = {c.lower_ for c in noun.children if c.dep_ in ("amod", "det")}
    if determiners & other_instance_words() or lemma in person_nouns() | crowd_nouns():
        return "", False  # "signed a similar agreement last month": another one
    return lemma, bool(determiners & _KNOWN)


def _acted_on(trigger: Token) -> list[Token]:
    if trigger.pos_ in ("NOUN", "PROPN"):
        return [
            o for p in trigger.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
        ]
    nouns = [c for c in trigger.children if c.dep_ in _ACTED_ON]
    if trigger.dep_ == "acl" and trigger.tag_ == "VBN":
        nouns.append(trigger.head)  # "54 workers arrested at the plant"
    return nouns


def _exact_count(noun: Token) -> int | None:
    if noun.like_num:
        count = noun
    else:
        numbers = [c for c in noun.children if c.dep_ == "nummod"]
        if len(numbers) != 1:
            return None
        count = numbers[0]
    if count.ent_type_ not in _COUNTS or _more_than_counted(noun, count):
        return None
    first = min((c.i for c in count.children if c.dep_ in _NUMBER_PARTS), default=count.i)
    words = noun.doc[first : count.i + 1]
    if len([t for t in words if not t.is_punct]) > 1 and not any(t.text == "-" for t in words):
        return None  # "three hundred", "two dozen": no sum of words (only "twenty-three")
    value = number(words.text.replace(",", ""))
    return int(value) if value is not None and value >= 1 and value == int(value) else None


def _more_than_counted(noun: Token, count: Token) -> bool:
    """A bound, a guess or a part ("more than 50", "12 more workers", "Twelve others", "the
    first 12", "10 or 12"), or others joined to those counted ("19 workers and three
    managers")."""
    inexact = inexact_count_words()
    # the words of the noun phrase up to its noun, and its modifiers after it ("Twelve
    # more"); not what a phrase of it tells ("of the workers detained in last week's raid")
    phrase = [*noun.doc[min(noun.left_edge.i, count.left_edge.i) : noun.i + 1]]
    phrase += [c for c in (*noun.children, *count.children) if c.dep_ in _BOUNDS]
    if any(t.lower_ in inexact or t.lemma_.lower() in inexact for t in phrase if t.i != count.i):
        return True
    if count.lower_ in _ROUND or any(c.dep_ in _BOUNDS | _JOINED for c in count.children):
        return True  # "a dozen", "two dozen", "10 or 12"
    return any(c.dep_ in _JOINED for c in noun.children)


def tally(trigger: Token) -> str:
    """The vote's tally the trigger's phrase gives ("voted 5-2", "approved it by a 7-4
    vote", "a 6–3 ruling") or that follows it ("voted 3-2 Monday night", which the parser
    may hang on "night"), as "5-2"; "" for none."""
    near = [*trigger.children]
    near += [o for p in near if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    near += [c for o in near if o.dep_ == "pobj" for c in o.children]
    if trigger.i + 1 < len(trigger.doc):
        near.append(trigger.doc[trigger.i + 1])  # "voted 3-2 Monday night", wherever it hangs
    text = trigger.doc.text
    for token in sorted(near, key=lambda t: t.i):
        before = text[max(0, token.idx - 16) : token.idx]
        numbered = _NUMBERED.search(before) is not None or _ROUGHLY.search(before) is not None
        m = _TALLY.match(text, token.idx) if token.text[:1].isdigit() and not numbered else None
        if m is None and not numbered and trigger.lemma_.lower() == "vote":
            m = _TALLY_WORDS.match(text, token.idx)  # "voted two to one" (found in a probe)
        if m is None:
            continue
        ayes, nays = (int(n) if n.isdigit() else _NUMBER_WORDS.index(n.lower()) for n in m.groups())
        if ayes >= nays:  # a tally puts the majority first; not "10-15 people"
            return f"{ayes}-{nays}"
    return ""


_NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_SAID = "|".join(_NUMBER_WORDS)
_TALLY_WORDS = re.compile(rf"({_SAID}|\d{{1,2}})[ -]to[ -]({_SAID}|\d{{1,2}})\b", re.I)
