"""Whether a verb of finding tells people found by the law (issue 15): "agents discovered 38
individuals concealed inside the trailer", "found 41 people packed into a tractor-trailer",
"agents found the group" tell an arrest at a checkpoint or a stash house as plainly as
"arrested" does. Only the law's people named as who found, and people counted or a band of
them as who was found (``DISCOVER`` rows of ``event_types.csv``, ``capture_nouns.txt``).
"""

from __future__ import annotations

from spacy.tokens import Token

from graphx.extract.custody import capture_nouns, of_the_law, someone
from graphx.extract.doers import doers
from graphx.lexicon import Lexicon, shipped

__all__ = ["capture_bands", "found_in_numbers"]


def found_in_numbers(verb: Token) -> bool:
    """People found in numbers by the law's people it names: "agents discovered 38
    individuals concealed inside the trailer", "agents found the group"; not "deputies found
    the missing hiker", "agents found 40 pounds of meth", "volunteers found 12 migrants"."""
    by = doers(verb)
    if all(t.pos_ == "PRON" for t in by):  # "agents ... when they discovered 38 individuals"
        near = [verb.head] if verb.dep_ == "advcl" else []  # "When agents opened the
        near += [c for c in verb.children if c.dep_ == "advcl"]  # doors, they found 38"
        by += [d for v in near for d in doers(v)]
    by += [a for t in by for a in t.children if a.dep_ == "appos"]  # "EL PASO - agents ..."
    found = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    # "found 41 people packed into ...": the parse makes the people the clause's subject
    found += [
        s for c in verb.children if c.dep_ == "ccomp" for s in c.children if s.dep_ == "nsubj"
    ]
    return of_the_law(by) and any(_in_numbers(n) for n in found)


def _in_numbers(noun: Token) -> bool:
    """Counted people ("38 individuals", "41 people"), or a band of them ("the group", not
    "a group of hikers": ``capture_nouns.txt``'s "band" nouns with no "of", or "of" people
    taken)."""
    taken_nouns, _ = capture_nouns()
    band = noun.lemma_.lower() in capture_bands()
    if any(c.dep_ == "nummod" for c in noun.children):
        return band or someone(noun, taken_nouns)  # "41 people", "38 individuals"
    if not band:
        return False
    of = [o for p in noun.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return all(someone(o, taken_nouns) for o in of)


def capture_bands(lexicon: Lexicon | None = None) -> frozenset[str]:
    """``capture_nouns.txt``'s "band" nouns: people found together ("the group")."""
    return (lexicon or shipped()).derived(_capture_bands)


def _capture_bands(lexicon: Lexicon) -> frozenset[str]:
    return lexicon.word_kinds("capture_nouns.txt").get("band", frozenset())
