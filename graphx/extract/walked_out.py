"""Whether someone held walked out of custody (issue 15): "walked out of the county jail",
"walked free from the Northwest Detention Center", "a mother who spent five weeks in the
Lucas County jail walked out Thursday" tell a release (``FREE`` rows of ``event_types.csv``,
with the ``CUSTODY`` nouns of :mod:`graphx.extract.custody`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from graphx.extract.custody import custody_noun, names_custody
from graphx.extract.someone import told_as_someone
from graphx.extract.word_lists import capture_nouns, capture_word_kinds

if TYPE_CHECKING:
    from graphx.extract.triggers import Taxonomy

__all__ = ["out_of_custody"]


# The words that lead out of a place: "walked out of", "walked free from", "emerged from".
_OUT_OF = frozenset({"out", "of", "from", "free"})
_STAYED = frozenset({"spend", "stay", "remain", "sit"})  # "spent five weeks in the jail"


# verbs of moving or letting, which tell a release only with "out" or "free" ("stepped out of
# the jail", "was let out on bond"; not "was let into the jail to visit")
_MOVING = frozenset({"walk", "step", "stroll", "let"})


def out_of_custody(verb: Token, taxonomy: Taxonomy) -> bool:
    """Whether someone walked out of, or free from, a place of custody: a name, a pronoun or
    one person held ("A Guatemalan man arrested in last month's raid walked out of the
    LaSalle ICE Processing Center": a singular "taken" noun of ``capture_nouns.txt`` with a
    clause of arrest or detention) as the subject, no one walked out by others, no place
    walked to ("Protesters walked from the detention center to City Hall", "a report
    emerged from the jail" and "deputies walked Ana Ruiz out of the jail" are none)."""
    children = list(verb.children)
    subjects = [c for c in children if c.dep_ in ("nsubj", "nsubjpass")]
    # a name, or someone held or close to one told by a name after ("my friend Tomás Aguilar":
    # found in probe293, read), not a guard, a visitor or a lawyer (a review)
    close = capture_nouns()[0] | capture_word_kinds().get("close", frozenset())
    named = [c for c in subjects if c.lemma_.lower() in close]
    subjects += [a for c in named for a in c.children if a.dep_ == "appos"]
    if not any(c.pos_ in ("PROPN", "PRON") or _one_held(c, taxonomy) for c in subjects):
        return False
    if any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "to") for c in children):
        return False
    if _after_a_visit(verb):
        return False  # "walked out of the county jail Tuesday after visiting her son"
    words = {t.lower_ for t in verb.subtree}
    if verb.lemma_.lower() in _MOVING and not words & {"out", "free"}:
        return False  # "walked from the jail": a walk
    stack = [c for c in children if c.dep_ in ("prep", "acomp", "prt", "advmod")]
    ways = capture_word_kinds().get("way", frozenset())
    places = False
    while stack:
        word = stack.pop()
        if word.dep_ == "pobj":
            places = places or word.head.lower_ != "on"  # "walked free on Friday": no place
            if custody_noun(word, taxonomy) and not _let_out_a_while(verb, word):
                return True
            if word.lemma_.lower() in ways:  # "out of the front gate of the processing center"
                stack.extend(c for c in word.children if c.dep_ == "prep" and c.lower_ == "of")
        elif word.lower_ in _OUT_OF or (word.lower_ == "on" and words & {"out", "free"}):
            # "let out on bond", "walked free on bail": the custody it was let out on
            stack.extend(c for c in word.children if c.dep_ in ("prep", "pobj"))
    if _after_a_stay(verb, taxonomy):
        return True
    return not places and any(_stayed_in_custody(s, taxonomy) for s in subjects)


def _let_out_a_while(verb: Token, place: Token) -> bool:
    """Let out of a cell, which is for a while ("let out of his cell for an hour a day": a
    review), not out of custody."""
    return verb.lemma_.lower() == "let" and place.lemma_.lower() == "cell"


def _after_a_visit(verb: Token) -> bool:
    """A walk out after a visit: a visitor's ("after visiting her son", "after a visit with
    him", "after meeting with his client": a review)."""
    after = [c for c in verb.children if c.lower_ == "after"]
    told = [w for a in after for w in a.children if w.dep_ in ("pobj", "pcomp")]
    told += [
        c
        for c in verb.children
        if c.dep_ == "advcl" and any(m.lower_ == "after" for m in c.children)
    ]
    visiting = capture_word_kinds().get("visiting", frozenset())
    return any(w.lemma_.lower() in visiting for w in told)


def _after_a_stay(verb: Token, taxonomy: Taxonomy) -> bool:
    """A walk out after a stretch of time in custody, which names what was walked out of
    ("after 38 days in federal immigration detention, she walked out of the Golden State
    Annex": found in probe327, read; "after spending five weeks in the county jail").
    Not a year ("after 2019 in jail"), a place of no custody ("after a week in Ohio"), nor a
    walk out of a common noun's place ("walked out of the courthouse in handcuffs", "out of
    the meeting", "out of the gate on her final shift": a review); a facility's name may
    be one the tables do not know."""
    if not all(w.pos_ == "PROPN" for w in _walked_out_of(verb)):
        return False
    after = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "after"]
    told = [w for a in after for w in a.children if w.dep_ in ("pobj", "pcomp")]
    told += [c for w in told if w.lemma_.lower() in _STAYED for c in w.children if c.dep_ == "dobj"]
    stretches = [w for w in told if w.ent_type_ == "DATE" and not _a_year(w)]
    preps = [p for w in stretches for p in (*w.children, *w.head.children) if p.lower_ == "in"]
    return names_custody(preps, taxonomy)


def _walked_out_of(verb: Token) -> list[Token]:
    """The places a verb walks out of or from: "out of the Golden State Annex"."""
    ways = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in _OUT_OF]
    ways += [g for w in ways for g in w.children if g.dep_ == "prep" and g.lower_ in _OUT_OF]
    return [o for w in ways for o in w.children if o.dep_ == "pobj"]


def _a_year(word: Token) -> bool:
    """A stretch told as a year ("after 2019"), not a count of days ("after 38 days")."""
    return any(t.is_digit and len(t) == 4 for t in word.subtree)


def _stayed_in_custody(subject: Token, taxonomy: Taxonomy) -> bool:
    """ "A mother who spent five weeks in the county jail walked out Thursday": a "who"
    clause that holds the subject in a place of custody names the place walked out of."""
    for clause in (c for c in subject.children if c.dep_ == "relcl"):
        lemma = clause.lemma_.lower()
        stayed = lemma in _STAYED
        if not stayed and not _of_custody(lemma, taxonomy):
            continue
        if any(_another_stay(t, subject) for t in clause.subtree):
            continue  # "a month in jail in 2019", "a guard who spent 14 years in the jail"
        # "spent five weeks in the jail", not "spent 20 years at the jail" (a guard's)
        where = ("in",) if stayed else ("in", "at")
        preps = [p for p in clause.children if p.dep_ == "prep" and p.lower_ in where]
        if names_custody(preps, taxonomy):
            return True
    return False


def _another_stay(word: Token, subject: Token) -> bool:
    """A number of a date in a stay's clause: a year, or a count but of a "taken" one's stay
    ("a man who spent 14 months in the jail"; not a nurse's years there: a review)."""
    taken = subject.lemma_.lower() in capture_nouns()[0]
    return word.ent_type_ == "DATE" and word.is_digit and (len(word) == 4 or not taken)


def _one_held(noun: Token, taxonomy: Taxonomy) -> bool:
    """One person held: told by a "who" clause, or a singular noun with a clause of how
    they came to be held ("a man arrested in last month's raid", "a restaurant owner
    detained by federal immigration agents last week": whoever was detained is someone);
    not "a woman" or "a worker" who walked out after a visit or to join a strike."""
    if told_as_someone(noun):
        return True
    if noun.tag_ != "NN":
        return False
    taken = noun.lemma_.lower() in capture_nouns()[0]
    clauses = [c for c in noun.children if c.dep_ in ("acl", "relcl")]
    # anyone arrested or detained ("a restaurant owner detained by agents"); held, kept or
    # taken only for one of the "taken" nouns ("a man taken into custody"), since "a
    # lawyer held up in traffic" and "a nurse placed at the jail" were never held
    if any(taxonomy.verbs.get(c.lemma_.lower()) == "enforcement" for c in clauses):
        return True
    return taken and any(_of_custody(c.lemma_.lower(), taxonomy) for c in clauses)


def _of_custody(lemma: str, taxonomy: Taxonomy) -> bool:
    """A verb of arrest or detention: an enforcement trigger, or one of custody or taking."""
    enforcement = taxonomy.verbs.get(lemma) == "enforcement"
    return enforcement or lemma in taxonomy.confining or lemma in taxonomy.capturing
