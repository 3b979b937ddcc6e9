"""A verb of ending whose object is money is money cut off, not a policy ended (issue 15):
"FEMA terminated the group's $1.1 million grant" is funding withheld, while "terminated its
contract with ICE" and "ended the grant program" end an arrangement. Invented sentences,
parsed by the model; days worked out by hand from Friday 8 March 2024.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extracting import NEEDS_MODEL, named_events

pytestmark = NEEDS_MODEL


@pytest.mark.parametrize(
    "text",
    [
        "FEMA terminated the Harbor Newcomer Project's $1.1 million grant on Tuesday.",
        "On Tuesday, the remaining balance of the Harbor Newcomer Project's award, $1.1 "
        "million, was terminated by the agency.",
        "The Justice Department rescinded $3 million in funding for the Ruthven County "
        "program on Tuesday.",
    ],
)
def test_money_ended_is_money_cut_off(nlp: Language, text: str) -> None:
    ((event, _),) = named_events(nlp, text)
    assert (event.event_type, event.lemma) == ("funding", "cut off")
    assert event.time is not None and event.time.date_start == "2024-03-05"


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("Ruthven County terminated its contract with ICE on Tuesday.", "terminate"),
        ("The county board ended the grant program on Tuesday.", "end"),
        # a review: a noun told with a sum is no money given
        ("Ruthven County terminated its $4.5 million contract with ICE on Tuesday.", "terminate"),
        ("The county ended its $1.5 million lease with the company on Tuesday.", "end"),
    ],
)
def test_an_arrangement_ended_is_still_a_policy_ended(nlp: Language, text: str, lemma: str) -> None:
    ((event, _),) = named_events(nlp, text)
    assert (event.event_type, event.lemma) == ("policy", lemma)
