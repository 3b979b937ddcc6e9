"""Someone a lede tells only by what they are ("A Greer man was sentenced") and the next
sentence introduces with an age (graphx.extract.antecedents); the town before such a noun
(graphx.extract.counties.towns_of_people)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from graphx.extract.ner import find_mentions
from tests.extracting import NEEDS_MODEL, named_events

pytestmark = NEEDS_MODEL


def _patients(nlp: Language, text: str, trigger: str) -> set[str]:
    found = named_events(nlp, text, published="2022-03-11")
    return {n for e, names in found if e.trigger == trigger for n, r in names.items()}


def test_a_man_the_next_sentence_introduces_with_an_age_is_that_person(nlp: Language) -> None:
    text = (
        "A Greer man who owned a roofing business was sentenced Thursday in federal court "
        "to 30 months in prison. Walter Ingram Doyle, 54, pleaded guilty in September 2021."
    )
    assert "Walter Ingram Doyle" in _patients(nlp, text, "sentenced")


@pytest.mark.parametrize(
    "second",
    [
        # a titled person is no man the agents arrested
        "Sheriff Ann Cole, 61, said the arrest was planned.",
        # nor one the next sentence names without an age
        "Ann Cole said the arrest was planned.",
    ],
)
def test_a_man_is_no_one_the_next_sentence_names_otherwise(nlp: Language, second: str) -> None:
    text = "Agents arrested a man Tuesday in Dover. " + second
    assert "Ann Cole" not in _patients(nlp, text, "arrested")


def test_a_town_before_a_noun_of_someone_is_a_town(nlp: Language) -> None:
    # found in probe273: the model called "Greer" a people, and named no place
    found = {(m.text, m.type) for m in find_mentions(nlp("A Greer man was sentenced Thursday."))}
    assert ("Greer", "jurisdiction") in found
