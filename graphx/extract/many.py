"""Acts of many bodies, each acting on its own: no one happening (issue 15).

"Several counties ended their contracts", "each was passed", "sheriffs in at least two
Montana counties have signed such agreements this year" tell many acts. Undated, or dated
only to a stretch longer than a month when what they did is many things too, such a report
is no happening of its own; dated to a day ("several counties ended their contracts
Tuesday") it still is one, and so is a joint act ("more than a dozen states filed a
lawsuit", "several agencies raided the plant").
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from graphx.extract.timex.spans import counted_from_writing
from graphx.lexicon import shipped
from graphx.model import TimeExpression

__all__ = ["each_its_own", "over_a_month", "tells_many_acts"]

_A_MONTH = dt.timedelta(days=31)


def tells_many_acts(verb: Token, counts: frozenset[str], bodies: frozenset[str]) -> bool:
    """Whether a verb's subject stands for many bodies acting each on its own: "each"
    ("Each was passed"), or a vague count of bodies ("hundreds of local governments
    enacted policies", "several counties ended contracts"), or bodies of many places
    counted ("sheriffs in at least two counties signed"); a count of people ("hundreds
    of protesters marched") or a number of bodies ("twenty states sued", often one joint
    act) acts once."""
    for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subject.lower_ == "each":
            return True
        counted = [p for p in subject.children if p.dep_ == "prep" and p.lower_ == "of"]
        of = [o for p in counted for o in p.children if o.dep_ == "pobj"]
        if subject.lower_ in counts and any(o.lemma_.lower() in bodies for o in of):
            return True
        plural_body = subject.tag_ == "NNS" and subject.lemma_.lower() in bodies
        # "several counties", "many cities" (not "twenty states sued": a joint suit is one)
        numbered = any(c.dep_ in ("amod", "det") and c.lower_ in counts for c in subject.children)
        if plural_body and numbered:
            return True
        # "at least two counties ended their contracts", "sheriffs in at least two counties
        # signed agreements": each its own, when what they did is many too (not "more than
        # 20 states sued the administration": a joint suit is one)
        bounded = _vaguely_numbered(subject) or _of_places_counted(subject, counts, bodies)
        if plural_body and bounded and each_its_own(verb):
            return True
    return False


def each_its_own(verb: Token) -> bool:
    """A verb whose object is many things ("ended their contracts", "signed such
    agreements"), each body's own; not one thing ("raided the Milford plant", "filed a
    lawsuit"), nor people counted ("arrested 40 workers": one operation may take them)."""
    people = shipped().word_set("person_nouns.txt")
    return any(
        c.dep_ == "dobj"
        and c.tag_ in ("NNS", "NNPS")
        and c.lemma_.lower() not in people
        and not any(n.dep_ == "nummod" for n in c.children)
        for c in verb.children
    )


def _of_places_counted(subject: Token, counts: frozenset[str], bodies: frozenset[str]) -> bool:
    """ "sheriffs in at least two counties", "councils in several cities": bodies each of
    its own place, the places counted."""
    places = [
        o
        for p in subject.children
        if p.dep_ == "prep" and p.lower_ in ("in", "of", "from", "across")
        for o in p.children
        if o.dep_ == "pobj" and o.tag_ == "NNS" and o.lemma_.lower() in bodies
    ]
    return any(
        c.dep_ == "nummod" or (c.dep_ in ("amod", "det") and c.lower_ in counts)
        for o in places
        for c in o.children
    )


_VAGUE = frozenset({"least", "more", "over", "nearly", "almost", "about", "some", "dozens"})


def _vaguely_numbered(noun: Token) -> bool:
    """A number of bodies told as a bound or a guess ("at least two counties", "more than
    100 cities"), as a vague count is: not "twenty states", often one joint act."""
    return any(
        c.dep_ == "nummod" and any(m.lower_ in _VAGUE for m in c.subtree if m.i != c.i)
        for c in noun.children
    )


def over_a_month(time: TimeExpression | None) -> bool:
    """Whether a time is no day but a stretch longer than a month ("this year", "in 2019"),
    also when its article's date is not known yet ("last fall": a season or a year)."""
    if time is not None and counted_from_writing(time.text, time.value):
        return True
    if time is None or not time.date_start or not time.date_end:
        return False
    start, end = dt.date.fromisoformat(time.date_start), dt.date.fromisoformat(time.date_end)
    return end - start > _A_MONTH
