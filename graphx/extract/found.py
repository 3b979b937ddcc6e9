"""Whether a verb of finding tells people found by the law (issue 15): "agents discovered 38
individuals concealed inside the trailer", "found 41 people packed into a tractor-trailer",
"agents found the group" tell an arrest at a checkpoint or a stash house as plainly as
"arrested" does. Only the law's people named as who found, and people counted or a band of
them, told hidden, as who was found (``DISCOVER`` rows of ``event_types.csv``,
``capture_nouns.txt``): found otherwise, people are as often rescued as arrested.
"""

from __future__ import annotations

from spacy.tokens import Token

from graphx.extract.custody import of_the_law
from graphx.extract.doers import doers
from graphx.extract.someone import someone
from graphx.extract.word_lists import capture_nouns, capture_word_kinds

__all__ = ["capture_words", "found_in_numbers"]


def found_in_numbers(verb: Token) -> bool:
    """People found hidden, in numbers, by the law's people it names: "agents discovered 38
    individuals concealed inside the trailer", "found 41 people packed into a
    tractor-trailer"; not "deputies found the missing hiker", "agents found 40 pounds of
    meth", "volunteers found 12 migrants", "found five people trapped in a basement", nor
    what was found out ("investigators found 60 workers were not authorized")."""
    by = doers(verb)
    if all(t.pos_ == "PRON" for t in by):  # "agents ... when they discovered 38 individuals"
        near = [verb.head] if verb.dep_ == "advcl" else []  # "When agents opened the
        near += [c for c in verb.children if c.dep_ == "advcl"]  # doors, they found 38"
        by += [d for v in near for d in doers(v)]
    by += [a for t in by for a in t.children if a.dep_ == "appos"]  # "EL PASO - agents ..."
    found = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    # "found 41 people packed into ...": the parse makes the people the participle's subject
    found += [
        s
        for c in verb.children
        if c.dep_ == "ccomp" and c.tag_ in ("VBN", "VBG") and not _with_aux(c)
        for s in c.children
        if s.dep_ == "nsubj"
    ]
    people = [n for n in found if _in_numbers(n)]
    return of_the_law(by) and any(_told_hidden(verb, n) for n in people)


def _with_aux(verb: Token) -> bool:
    return any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _told_hidden(verb: Token, people: Token) -> bool:
    """The people found were hidden: a word of hiding is told of them or where they were
    ("concealed inside", "packed into", "hiding in a stash house"; ``capture_nouns.txt``'s
    "hidden" words), in the clause of finding outside who found them."""
    hidden = capture_words("hidden")
    finders = {t.i for c in verb.children if c.dep_ == "nsubj" for t in c.subtree}
    told = [t for t in (*verb.subtree, *people.head.subtree) if t.i not in finders]
    return any(t.lemma_.lower() in hidden for t in told)


def _in_numbers(noun: Token) -> bool:
    """Counted people ("38 individuals", "41 people"), or a band of them ("the group", not
    "a group of hikers": ``capture_nouns.txt``'s "band" nouns with no "of", or "of" people
    taken)."""
    taken_nouns, _ = capture_nouns()
    band = noun.lemma_.lower() in capture_words("band")
    if any(c.dep_ == "nummod" for c in noun.children):
        return band or someone(noun, taken_nouns)  # "41 people", "38 individuals"
    if not band:
        return False
    of = [o for p in noun.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return all(someone(o, taken_nouns) for o in of)


def capture_words(kind: str) -> frozenset[str]:
    """``capture_nouns.txt``'s words of a kind: "band" nouns of people found together ("the
    group"), "hidden" words of people found hidden ("concealed", "stash")."""
    return capture_word_kinds().get(kind, frozenset())
