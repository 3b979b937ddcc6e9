"""Lemmas of the trigger tables' verbs that the model's lemmatizer gets wrong (issue 15).

The small English model cuts a verb's ending by rule and may cut too much or too little:
"staged" becomes "stag", "defunded" "defunde", "lambasted" "lambast", "hoped" "hop", so
"Students staged a walkout Monday" and "the council defunded the program" told nothing.
A verb whose lemma no table knows takes the first spelling of its stem that a table does
know; a verb the tables do not name keeps the model's lemma, whatever it is.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Token

from graphx.extract.taxonomy import Taxonomy

__all__ = ["COMPONENT", "VerbLemmas", "noun_lemma", "stems", "verb_lemmas"]

COMPONENT = "graphx_verb_lemmas"

# the rows of the trigger table whose lemmas are nouns, not verbs
_NOUN_KINDS = frozenset(
    {"NOUN", "OBJECT", "COMMUNIQUE", "AIM", "CUSTODY", "COURT", "PETITION", "MEASURE", "WRITTEN"}
)
# "-ed", "-es", "-s", "-ing": the endings a stem is read under, with what each may have
# replaced ("carried" was "carry", "staged" kept the "e" of "stage")
_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    *(("ied", ("y",)), ("ies", ("y",)), ("ed", ("", "e")), ("es", ("", "e"))),
    *(("ing", ("", "e")), ("d", ("",)), ("s", ("",))),
)


def verb_lemmas(taxonomy: Taxonomy) -> frozenset[str]:
    """Every verb the trigger table names, the first word of a phrasal one ("strike down")."""
    kinds = (rows for kind, rows in taxonomy.rows.items() if kind not in _NOUN_KINDS)
    return frozenset(lemma.split()[0] for rows in kinds for lemma in rows)


def stems(word: str) -> Iterator[str]:
    """The spellings a verb form may be an inflection of, surest first: "staged" -> "stag",
    "stage"; "stopped" -> "stopp", "stoppe", "stop"."""
    for ending, restored in _ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)]
            yield from (stem + tail for tail in restored)
            if len(stem) > 2 and stem[-1] == stem[-2]:  # a doubled consonant: "stopped"
                yield stem[:-1]


class VerbLemmas:
    """The pipeline component: each verb form whose lemma the tables do not know, and one
    of whose stems they do, takes that stem as its lemma."""

    def __init__(self, known: Iterable[str] = ()) -> None:
        self.known = frozenset(known)

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            if not token.tag_.startswith("VB") or token.lemma_.lower() in self.known:
                continue
            found = next((s for s in stems(token.lower_) if s in self.known), None)
            if found is not None:
                token.lemma_ = found
        return doc


@Language.factory(COMPONENT)
def _make_verb_lemmas(nlp: Language, name: str) -> VerbLemmas:
    """Empty until ``nlp.load_nlp`` gives it the lexicon's verbs."""
    return VerbLemmas()


def noun_lemma(token: Token, taxonomy: Taxonomy) -> str:
    """The lemma a noun is looked up by: with its modifier when the table lists the pair
    ("executive order", "town hall"), else the noun's own."""
    lemma = token.lemma_.lower()
    for child in token.children:
        if child.dep_ in ("compound", "amod") and child.i == token.i - 1:
            pair = f"{child.lemma_.lower()} {lemma}"
            if pair in taxonomy.nouns or pair in taxonomy.objects:
                return pair
    return lemma
