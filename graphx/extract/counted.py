"""How many an act was done to, when its clause counts them exactly (issue 15).

"Nineteen of the workers ... were released Friday" and, two paragraphs on, "the 19 were
released from the agency's Omaha field office" tell one release; "Eleven workers were
released the day of the raid" and "Twenty-three were released Wednesday" tell two. The
count is the number on the act's object, on its passive subject, on the noun a participle
describes ("54 workers arrested") or on a noun trigger's "of" ("the arrests of 12 men"),
or that subject when it is the number itself ("the 19", "11 of them"). A count that is a
bound, a guess or a part ("more than 50", "about 60", "another 12", "the remaining 35":
``inexact_count_words.txt``) or a measure ("40 percent", "10 days") counts nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from graphx.extract.timex.anchoring import number
from graphx.extract.word_lists import inexact_count_words

__all__ = ["counted"]

_ACTED_ON = frozenset({"dobj", "nsubjpass"})
_COUNTS = frozenset({"CARDINAL", ""})  # not PERCENT, MONEY, DATE, QUANTITY
_NUMBER_PARTS = frozenset({"compound", "punct"})  # "Twenty - three"
_BOUNDS = frozenset({"advmod", "quantmod", "amod"})  # "nearly 60", "more than 50"


def counted(trigger: Token) -> int | None:
    """The exact number of those the trigger's act was done to, or None."""
    nouns = _acted_on(trigger)
    return _exact_count(nouns[0]) if len(nouns) == 1 else None


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
    if count.ent_type_ not in _COUNTS:
        return None
    first = min((c.i for c in count.children if c.dep_ in _NUMBER_PARTS), default=count.i)
    inexact = inexact_count_words()
    before = noun.doc[min(noun.left_edge.i, count.left_edge.i) : first]
    if any(t.lower_ in inexact for t in before) or any(c.dep_ in _BOUNDS for c in count.children):
        return None
    value = number(noun.doc[first : count.i + 1].text.replace(",", ""))
    return int(value) if value is not None and value >= 1 and value == int(value) else None
