"""Acts the parse or the wording hid (issue 15): a date the parser ran into the name after it,
a board's approval of a settlement (the settling, as other outlets tell it), a gerund after
"by" or "after" under a past verb, a light verb whose object is named by what someone calls
it, a sentence that ends on "p.m." before the next one, the "it" of what a body says, a
text told by what it found on its own day or presented to a body, an act in a "when"
clause under a gerund of a verb told as going on, and what a court enters on the record
("entered a memorandum opinion and order").
Sentences invented; each case was read wrong on an invented probe corpus. The publication
date is Friday 8 March 2024.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from graphx.extract.ner import load_nlp
from graphx.extract.taxonomy import load_taxonomy
from graphx.model import EventMention
from graphx.settings import Settings
from tests.extracting import NEEDS_MODEL, day_of, named_events

pytestmark = NEEDS_MODEL


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_nlp(Settings())


def read(nlp: Language, text: str) -> dict[str, tuple[EventMention, dict[str, str]]]:
    """Each trigger's event and its participants by name."""
    return {event.trigger: (event, people) for event, people in named_events(nlp, text)}


def test_a_date_run_into_the_name_after_it_dates_that_persons_act(nlp: Language) -> None:
    text = (
        "On 3/5/2024 Judge Ann Corliss of the Marion County Circuit Court ordered Sheriff "
        "Dale Pruitt to stop posting release dates online."
    )
    ordered, people = read(nlp, text)["ordered"]
    assert day_of(ordered) == "2024-03-05"
    assert ordered.event_type == "legal_action"  # the judge is the one who orders
    assert people.get("Ann Corliss") == "agent"
    announced, _ = read(nlp, "On 3/5/2024 Sheriff Tom Hale announced the deal with ICE.")[
        "announced"
    ]
    assert day_of(announced) == "2024-03-05"


def test_a_bodys_approval_of_a_settlement_is_the_settling(nlp: Language) -> None:
    approved, _ = read(nlp, "Marion County commissioners approved the settlement Tuesday.")[
        "approved"
    ]
    assert (approved.event_type, day_of(approved)) == ("legal_action", "2024-03-05")
    text = "Marion County commissioners signed off on a $50,000 settlement with Ana Ruiz Tuesday."
    signed, _ = read(nlp, text)["signed"]
    assert signed.event_type == "legal_action"
    # ... not its rejection, nor the approval of a budget
    rejected, _ = read(nlp, "Marion County commissioners rejected the settlement Tuesday.")[
        "rejected"
    ]
    assert rejected.event_type == "policy"
    budget, _ = read(nlp, "The Marion County Commission approved the budget Tuesday.")["approved"]
    assert budget.event_type == "policy"


def test_a_gerund_after_by_or_after_was_done_when_its_verb_was(nlp: Language) -> None:
    text = (
        "By ending the county's contract with ICE, the Marion County commissioners made a "
        "bet that the jail is better off without it."
    )
    ending, _ = read(nlp, text)["ending"]
    assert ending.event_type == "policy"
    text = "After arresting him Tuesday, ICE agents took Jorge Ruiz to a jail in Tacoma."
    arresting, _ = read(nlp, text)["arresting"]
    assert day_of(arresting) == "2024-03-05"
    # ... not one that was not done, nor one under a verb still to come
    text = "Instead of arresting him, Marion County deputies gave Jorge Ruiz a ticket."
    assert "arresting" not in read(nlp, text)
    text = "By ending the contract with ICE, the Marion County commissioners will lose money."
    assert "ending" not in read(nlp, text)


def test_a_light_verbs_object_named_by_what_someone_calls_it(nlp: Language) -> None:
    text = (
        "ICE agents carried out what officials called the largest immigration raid in "
        "Nebraska history on Tuesday."
    )
    carried, _ = read(nlp, text)["carried"]
    assert (carried.event_type, day_of(carried)) == ("enforcement", "2024-03-05")
    assert "carried" not in read(nlp, "ICE agents carried out what they were told to do.")


def test_a_sentence_that_ends_on_an_abbreviation_ends_there(nlp: Language) -> None:
    text = (
        "The vote came a little before 11 p.m. On March 4, Marion County commissioners "
        "voted 16 to 7 to join the program."
    )
    voted, _ = read(nlp, text)["voted"]
    assert day_of(voted) == "2024-03-04"
    # ... but a clock time's day after it is the same sentence
    text = "ICE agents raided a plant in Dover at 6 a.m. Tuesday, arresting 12 workers."
    raided, _ = read(nlp, text)["raided"]
    assert day_of(raided) == "2024-03-05"
    # ... nor a case's name (a review)
    text = "The county appealed the decision in Garcia v. The City of Aurora on Tuesday."
    appealed, _ = read(nlp, text)["appealed"]
    assert day_of(appealed) == "2024-03-05"


def test_it_in_what_a_body_says_is_the_body(nlp: Language) -> None:
    text = "ICE said Friday that it had arrested 41 people in Benton County this week."
    _, people = read(nlp, text)["arrested"]
    assert people.get("ICE") == "agent"
    # ... not a person's "it"
    text = "Sheriff Tom Hale said Friday that it had arrested 41 people in Benton County."
    _, people = read(nlp, text)["arrested"]
    assert "Tom Hale" not in people


def test_an_agreement_to_settle_is_the_settlement(nlp: Language) -> None:
    text = "Marion County agreed Tuesday to pay $50,000 to settle a federal lawsuit."
    settle, _ = read(nlp, text)["settle"]
    assert (settle.event_type, day_of(settle)) == ("legal_action", "2024-03-05")
    text = "Marion County commissioners agreed Tuesday to settle the lawsuit."
    events = read(nlp, text)
    assert "agreed" not in events  # one happening: the settlement, not a decision beside it
    assert day_of(events["settle"][0]) == "2024-03-05"
    # a party that ends a lawsuit settles it; one that drops it does not
    end, _ = read(nlp, "Marion County agreed Tuesday to pay $50,000 to end a federal lawsuit.")[
        "end"
    ]
    assert load_taxonomy().family(end.lemma, end.event_type) == "settle"
    assert day_of(end) == "2024-03-05"
    dropped = read(nlp, "Marion County dropped its lawsuit against ICE on Tuesday.").values()
    assert all(load_taxonomy().family(e.lemma, e.event_type) != "settle" for e, _ in dropped)
    # ... not one still to be agreed to, nor a decision to end a contract
    assert "settle" not in read(nlp, "Marion County will agree to settle the lawsuit.")
    text = "Marion County has never agreed to settle the lawsuit, a county lawyer said Tuesday."
    assert "settle" not in read(nlp, text)
    text = "Marion County commissioners agreed Tuesday to end the contract with ICE."
    agreed, _ = read(nlp, text)["agreed"]
    assert agreed.event_type == "policy"


def test_a_settlement_agreement_filed_is_one_settlement(nlp: Language) -> None:
    text = "On Tuesday, Marion County filed a settlement agreement with the federal court."
    events = read(nlp, text)
    assert list(events) == ["filed"]
    filed, _ = events["filed"]
    assert load_taxonomy().family(filed.lemma, filed.event_type) == "settle"
    assert day_of(filed) == "2024-03-05"


def test_an_approval_a_body_gave_before_an_act_happened(nlp: Language) -> None:
    text = (
        "Following approval by the Marion County Board of Supervisors at its meeting on "
        "March 5, the sheriff's office will join the 287(g) program."
    )
    approval, people = read(nlp, text)["approval"]
    assert day_of(approval) == "2024-03-05"
    assert people.get("Marion County Board of Supervisors") == "agent"
    text = "The jail will join the program pending approval by the Marion County Commission."
    assert "approval" not in read(nlp, text)


def test_a_text_told_by_what_it_found_was_put_out_on_its_own_day(nlp: Language) -> None:
    text = "Last week's state audit found that the Marion County jail handed ICE release dates."
    audit, _ = read(nlp, text)["audit"]
    assert (audit.event_type, day_of(audit)) == ("publication", "2024-02-26")
    # ... not a year's, which may be the year it covers
    text = "Last year's state audit found that the Marion County jail handed ICE release dates."
    assert "audit" not in read(nlp, text)


def test_an_act_in_a_when_clause_under_a_gerund_takes_the_clauses_day(nlp: Language) -> None:
    text = (
        "On Wednesday night, March 6, Ana Ruiz and Jorge Ruiz were driving home from buying "
        "groceries in Dover when a Marion County sheriff's deputy pulled them over."
    )
    pulled, _ = read(nlp, text)["pulled"]
    assert day_of(pulled) == "2024-03-06"
    # ... not under a gerund of a verb done on a day of its own (a review)
    text = (
        "City Councilman Ron Pike apologized on Friday for yelling at officers when deputies "
        "arrested his son in Dover."
    )
    arrested, _ = read(nlp, text)["arrested"]
    assert day_of(arrested) != "2024-03-08"


def test_a_text_presented_to_a_body_was_put_out_then(nlp: Language) -> None:
    text = "On Tuesday, the state auditor presented a report to the Marion County Commission."
    presented, _ = read(nlp, text)["presented"]
    assert (presented.event_type, day_of(presented)) == ("publication", "2024-03-05")
    # ... not an award nor evidence
    assert "presented" not in read(nlp, "On Tuesday, Sheriff Tom Hale presented an award.")


def test_what_a_court_enters_on_the_record_is_its_ruling(nlp: Language) -> None:
    text = (
        "On Tuesday, Judge Rosa Whitcomb of the U.S. District Court entered a 40-page "
        "memorandum opinion and order in Ruiz v. Marion County."
    )
    entered, people = read(nlp, text)["entered"]
    assert (entered.event_type, day_of(entered)) == ("legal_action", "2024-03-05")
    assert people.get("Rosa Whitcomb") == "agent"
    plea, _ = read(nlp, "Ana Ruiz entered a plea of not guilty on Monday.")["entered"]
    assert (plea.event_type, day_of(plea)) == ("legal_action", "2024-03-04")
    # ... not a place entered
    assert "entered" not in read(nlp, "Agents entered the Ruiz home in Dover on Tuesday.")
    # ... with the date set off by a comma, which the parse may take the judge's name into
    text = (
        "On 3/5/2024, Judge Ana Corliss-Whitcomb of the U.S. District Court for the District "
        "of Delaware entered a 22-page memorandum opinion and order in Ruiz v. Kent County, "
        "No. 1:23-cv-00977 (D. Del.)."
    )
    entered, people = read(nlp, text)["entered"]
    assert (entered.event_type, day_of(entered)) == ("legal_action", "2024-03-05")
