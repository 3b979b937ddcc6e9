"""The town between "a" and a noun of someone ("A Greer man was sentenced"), which the model
may call a people (graphx.extract.counties.towns_of_people)."""

from __future__ import annotations

from spacy.language import Language

from graphx.extract.ner import find_mentions
from tests.extracting import NEEDS_MODEL

pytestmark = NEEDS_MODEL


def test_a_town_before_a_noun_of_someone_is_a_town(nlp: Language) -> None:
    # found in probe273: the model called "Greer" a people, and named no place
    found = {(m.text, m.type) for m in find_mentions(nlp("A Greer man was sentenced Thursday."))}
    assert ("Greer", "jurisdiction") in found
