"""The town between "a" and a noun of someone ("A Greer man was sentenced"), which the model
may call a people (graphx.extract.counties.towns_of_people)."""

from __future__ import annotations

from spacy.language import Language

from graphx.extract.ner import find_mentions
from tests.extracting import NEEDS_MODEL

pytestmark = NEEDS_MODEL


def _places(nlp: Language, text: str) -> set[str]:
    return {m.text for m in find_mentions(nlp(text)) if m.type == "jurisdiction"}


def test_a_town_before_a_noun_of_someone_is_a_town(nlp: Language) -> None:
    # found in probe273: the model called "Greer" a people, and named no place
    assert "Greer" in _places(nlp, "GREENVILLE, S.C. — A Greer man was sentenced Thursday.")


def test_a_town_of_a_state_the_page_does_not_name_is_no_town(nlp: Language) -> None:
    # a review: Union, N.J., in a Michigan story
    assert "Union" not in _places(nlp, "DEARBORN, Mich. — A Union worker was arrested Monday.")
