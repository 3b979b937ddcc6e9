"""A town's name that the page's own bodies tell as a town, and a student's year as a title
(issue 16). Sentences invented; each case was one the model got wrong on an invented probe
corpus (probe321, probe329)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from graphx.extract.ner import find_mentions, load_nlp
from graphx.settings import Settings
from tests.extracting import NEEDS_MODEL

pytestmark = NEEDS_MODEL


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_nlp(Settings())


def _types(nlp: Language, text: str, name: str) -> set[str]:
    return {m.type for m in find_mentions(nlp(text)) if m.text == name}


# a student paper's page: the town's bodies, never its state
_PAGE = (
    "Students pack council chambers as Laramie passes immigration resolution\n\n"
    "Students filled Laramie City Council chambers Tuesday night. Opponents said the measure "
    "would turn Laramie into a sanctuary city. Mayor Ann Keller said the Laramie Police "
    "Department had helped draft it."
)


def test_a_town_whose_bodies_the_page_names_is_the_town_where_it_stands_alone(
    nlp: Language,
) -> None:
    assert _types(nlp, _PAGE, "Laramie") == {"jurisdiction"}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a review: a college's police are no town's body, nor is Carson City's board Carson's
        ("Yale said the Yale Police Department had no role in the arrest.", "Yale", "jurisdiction"),
        ("Carson said the Carson City Board of Supervisors had no role.", "Carson", "jurisdiction"),
    ],
)
def test_a_name_before_a_body_of_no_town_stays_the_models_reading(
    nlp: Language, text: str, name: str, kind: str
) -> None:
    assert kind not in _types(nlp, text, name)


def test_a_town_the_model_read_nothing_of_is_found_by_its_body(nlp: Language) -> None:
    # found in probe329: "Allentown council approves ..." and "Allentown police" named the
    # town, which the model read in neither, beside the "Allentown City Council"
    text = (
        "Laramie council approves limits on police cooperation with ICE\n\n"
        "Laramie City Council on Wednesday approved an ordinance. The Laramie Trust Ordinance "
        "passed 5-2. On Thursday, Laramie police said they will comply."
    )
    found = [(m.text, m.type) for m in find_mentions(nlp(text))]
    assert ("Laramie", "jurisdiction") in found
    # ... not as a word of a longer name
    assert ("Laramie Trust Ordinance", "law") in found


@pytest.mark.parametrize(
    "text",
    [
        # a review: a word that opens a sentence is as often a word as the town
        "Reading council backs plan\n\nThe Reading City Council backed the plan. Reading "
        "comprehension scores fell.",
        "Mobile council acts\n\nThe Mobile City Council met. Mobile phones were banned.",
    ],
)
def test_a_word_or_a_first_name_like_a_town_stays_unread(nlp: Language, text: str) -> None:
    found = [(m.text, m.type, m.start) for m in find_mentions(nlp(text))]
    body = text.index("\n\n")
    assert not [f for f in found if f[1] == "jurisdiction" and f[2] > body]


def test_junior_is_a_first_name_too(nlp: Language) -> None:
    # a review: "Junior Alvarado" had become "Alvarado" with the title "Junior"
    text = "ICE arrested Junior Alvarado, a construction worker, on Tuesday."
    assert _types(nlp, text, "Junior Alvarado") == {"person"}


def test_a_towns_name_that_is_someones_surname_on_the_page_stays_theirs(nlp: Language) -> None:
    text = (
        "Officer Dana Laramie said the Laramie City Council had no role. "
        "Laramie said the arrests were lawful."
    )
    assert "jurisdiction" not in _types(nlp, text, "Laramie")


def test_without_a_body_of_the_town_the_models_reading_stands(nlp: Language) -> None:
    # no "Laramie City Council" nor police: nothing tells the headline's word is the town
    text = "Students pack council chambers as Laramie passes immigration resolution"
    assert "jurisdiction" not in _types(nlp, text, "Laramie")


@pytest.mark.parametrize("year", ["Freshman", "Sophomore"])
def test_a_students_year_is_a_title_not_part_of_the_name(nlp: Language, year: str) -> None:
    text = f"{year} Karina Ledesma, one of 61 people who spoke, said she was afraid."
    found = [(m.text, m.type) for m in find_mentions(nlp(text))]
    assert ("Karina Ledesma", "person") in found
    assert not any(year in name for name, _ in found)
