"""Nouns eventive only as an object, told with a date of their own
(graphx.extract.dated_nouns): a court's decision is its ruling, and a word on it (praise,
criticism) does not tell it."""

from __future__ import annotations

from spacy.language import Language

from tests.extracting import NEEDS_MODEL, day_of, named_events

pytestmark = NEEDS_MODEL

# Tuesday 14 June 2022


def _events(nlp: Language, text: str) -> dict[str, tuple[str, str | None]]:
    found = named_events(nlp, text, published="2022-06-14")
    return {e.trigger: (e.event_type, day_of(e)) for e, _ in found}


def test_a_judges_decision_of_today_that_a_group_applauds_is_a_ruling_of_today(
    nlp: Language,
) -> None:
    text = (
        "The Harbor Legal Collective applauds today's decision by U.S. District Judge "
        "Marta Ellison ordering the agency to release our client."
    )
    events = _events(nlp, text)
    assert events.get("decision") == ("legal_action", "2022-06-14")
    # ... and the group's word on it is of that day too (a review had found it lost)
    assert events.get("applauds") == ("statement", "2022-06-14")


def test_a_boards_decision_of_a_weekday_that_a_group_criticizes_is_the_decision(
    nlp: Language,
) -> None:
    text = "The Harbor Legal Collective criticized Monday's decision by the county commission."
    assert _events(nlp, text).get("decision") == ("policy", "2022-06-13")


def test_a_persons_decision_is_no_decision_of_a_body(nlp: Language) -> None:
    # a review: a person's decision "to withdraw from the race" or "to end her hunger
    # strike" is no public act, and a sheriff's "to terminate the contract" is told by its verb
    for text in (
        "The Harbor Legal Collective criticized Monday's decision by Sheriff Marta Ellison.",
        "The Harbor Legal Collective criticized Monday's decision by Marta Ellison to leave.",
        "Mayor Tom Brandt's decision Tuesday to withdraw from the race surprised many.",
    ):
        assert "decision" not in _events(nlp, text), text


def test_a_letter_sent_on_a_day_is_one_happening_told_by_the_verb(nlp: Language) -> None:
    text = "The department sent a June 10 letter to the county."
    events = _events(nlp, text)
    assert "letter" not in events


def test_a_judges_decision_with_no_date_of_its_own_is_no_ruling(nlp: Language) -> None:
    text = "The Harbor Legal Collective applauds the decision by U.S. District Judge Marta Ellison."
    assert "decision" not in _events(nlp, text)


def test_a_happening_called_off_did_not_happen(nlp: Language) -> None:
    # reviews: a postponed vote and a canceled hearing had been a vote and a hearing
    for text, noun in (
        ("The council postponed Tuesday's vote on the jail contract.", "vote"),
        ("The judge canceled Monday's hearing in the case.", "hearing"),
        ("Monday's hearing in the case was canceled.", "hearing"),
    ):
        assert noun not in _events(nlp, text), text
    # ... a vote held stays
    text = "The council approved the jail contract in Monday's vote."
    assert "vote" in _events(nlp, text)
