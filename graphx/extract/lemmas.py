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
from graphx.extract.tree import direct_objects, named_object
from graphx.extract.word_lists import capture_nouns

__all__ = [
    "COMPONENT",
    "VerbLemmas",
    "noun_lemma",
    "owned_lemma",
    "phrasal_verb",
    "stems",
    "verb_lemmas",
]

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
        # "the service of a search warrant" as the table lists "serve warrant" of a verb;
        # "the release this morning of Rodrigo Palacios" as it lists "release someone"
        for thing in (g for g in child.children if child.lower_ == "of" and g.dep_ == "pobj"):
            if (pair := f"{lemma} {thing.lemma_.lower()}") in taxonomy.nouns:
                return pair
            if _a_person(thing) and (pair := f"{lemma} someone") in taxonomy.nouns:
                return pair
    return lemma


def owned_lemma(noun: Token, named: str, taxonomy: Taxonomy) -> str:
    """The row a light verb's object is listed by when a person's own, told with the custody
    it ends: "granted her release on bond" (found in probe327, read) as the table lists
    "release someone" (not a text put out, nor "the Lakers granted his release"); else
    ``named``."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if not _in_custody(noun, taxonomy) or noun.head.lemma_.lower() in taxonomy.refusing:
        return named  # "announced her new release", "declined his release on bond" (a review)
    if any(c.lower_ in ("his", "her") or _a_person(c) for c in owners):
        if (pair := f"{named} someone") in taxonomy.nouns:
            return pair
    return named


def _in_custody(noun: Token, taxonomy: Taxonomy) -> bool:
    """A release told with the custody it ends: "on a $5,000 bond", "from the county jail"."""
    preps = [c for t in (noun, noun.head) for c in t.children if c.lower_ in ("on", "from")]
    return any(o.lemma_.lower() in taxonomy.custody for p in preps for o in p.children)


def _a_person(word: Token) -> bool:
    """A person's name, not in quotes (a title: "the release of 'Mariela'"), or "him" or
    "her", or a name told as one held might be ("Rodrigo Palacios, a father of two", which
    the model may tag a body; a "taken" noun of ``capture_nouns.txt``: not "Kessler Farms,
    the county's largest employer")."""
    doc = word.doc
    opening = word.left_edge.i
    quoted = opening > 0 and doc[opening - 1].is_quote
    if (word.ent_type_ == "PERSON" and not quoted) or word.lower_ in ("him", "her"):
        return True
    told = [c.lemma_.lower() for c in word.children if c.dep_ == "appos"]
    if word.pos_ != "PROPN" or not told:
        return False
    return any(noun in capture_nouns()[0] for noun in told)


def phrasal_verb(verb: Token, child: Token, taxonomy: Taxonomy) -> str:
    """The verb with a particle ("struck down"), a complement that makes one verb ("set him
    free"), or a preposition the table lists with it ("called for an inquiry"), when the
    table lists that phrasal verb, else ""."""
    if child.dep_ == "prep" and not named_object(child):
        return ""
    phrasal = f"{verb.lemma_.lower()} {child.lower_}"
    small_clause = child.dep_ == "ccomp" and child.pos_ == "ADJ"  # "made the report public"
    # a particle the parser read as an adverb right after its active verb, with no object
    # ("pushed back against the report"; not "pushed back the vote", "the crowd was pushed
    # back by police"), or with people taken ("hauled away 14 workers": found in probe161)
    next_adverb = child.dep_ == "advmod" and child.i == verb.i + 1
    adverb = next_adverb and not direct_objects(verb)
    adverb = adverb and not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    tables = (taxonomy.verbs, taxonomy.light, taxonomy.nothing, taxonomy.attending)
    handing = taxonomy.rows.get("HAND", {})
    people = (taxonomy.capturing, taxonomy.halting, taxonomy.sweeping, handing)
    if child.dep_ in ("prt", "oprd", "acomp", "prep") or small_clause or adverb:
        return phrasal if any(phrasal in table for table in (*tables, *people)) else ""
    # ... or after the people taken ("took 52 workers away": found in probe288, read)
    after_them = child.dep_ == "advmod" and any(
        verb.i < o.i < child.i for o in direct_objects(verb)
    )
    told = next_adverb or after_them
    return phrasal if told and any(phrasal in table for table in people) else ""
