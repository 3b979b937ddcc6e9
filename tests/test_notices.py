"""An end told in a formal notice is a happening on the notice's day (issue 15): "received a
letter on Monday from DHS notifying the city that its grant will be terminated" is the grant
cut off on Monday, though worded as to come. Invented sentences, parsed by the model; the
text is published on Friday 8 March 2024, so Monday is 4 March and Wednesday 6 March.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extracting import NEEDS_MODEL, day_of, named_events

pytestmark = NEEDS_MODEL

HEAD = "City hears from federal officials\n"


def _told(nlp: Language, body: str) -> set[tuple[str, str, str | None]]:
    return {(e.event_type, e.trigger, day_of(e)) for e, _ in named_events(nlp, HEAD + body)}


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        (
            "The City of Parkersburg received a letter on Monday from the U.S. Department of "
            "Homeland Security notifying the city that a $750,000 grant to its police "
            "department will be terminated.",
            ("funding", "terminated", "2024-03-04"),
        ),
        (
            "The city of Parkersburg said Tuesday it received a letter Monday from DHS saying "
            "the agency will terminate a $750,000 grant to the city's fire department.",
            ("funding", "terminate", "2024-03-04"),
        ),
        (
            "City leaders in Parkersburg said they received a letter from DHS on Monday "
            "informing them the Homeland Security Grant Program award would be terminated.",
            ("funding", "terminated", "2024-03-04"),
        ),
        (
            "DHS notified the Parkersburg Police Department on Monday that a $750,000 grant "
            "will be terminated.",
            ("funding", "terminated", "2024-03-04"),
        ),
        # an end no verb row lists, told in a notice (found in a review)
        (
            "The Oakfield Public Library got an email Monday from the Institute of Museum and "
            "Library Services saying its $60,000 grant will be canceled.",
            ("funding", "canceled", "2024-03-04"),
        ),
        (
            "The National Science Foundation sent a notice Wednesday to Bozeman State "
            "University stating that funding for three climate studies will stop immediately.",
            ("funding", "stop", "2024-03-06"),
        ),
        (
            "The Department of Veterans Affairs informed Mercy Valley Hospital on Monday that "
            "it would cancel its contract for community care services.",
            ("policy", "cancel", "2024-03-04"),
        ),
        # "notifying the borough that ...", which the parser reads as a clause of "borough"
        (
            "The Borough of Dunmore received a letter on Monday from the Department of Homeland "
            "Security notifying the borough that its $450,000 preparedness grant will be "
            "terminated.",
            ("funding", "terminated", "2024-03-04"),
        ),
        (
            "Sheriff Dale Orcutt sent a letter Wednesday morning to U.S. Immigration and "
            "Customs Enforcement giving notice that the office is terminating its 287(g) "
            "agreement.",
            ("policy", "terminating", "2024-03-06"),
        ),
    ],
)
def test_an_end_a_notice_tells_is_dated_by_the_notice(
    nlp: Language, body: str, wanted: tuple[str, str, str]
) -> None:
    assert wanted in _told(nlp, body)


def test_a_notice_of_long_ago_dates_its_end_in_its_year(nlp: Language) -> None:
    body = (
        "In 2019, the town of Milbridge received a letter from the EPA notifying it that its "
        "cleanup grant would be terminated. The town is now applying again."
    )
    assert ("funding", "terminated", "2019-01-01") in _told(nlp, body)


def test_the_notice_gives_the_end_its_giver(nlp: Language) -> None:
    body = (
        "The City of Parkersburg received a letter on Monday from the U.S. Department of "
        "Homeland Security notifying the city that a $750,000 grant will be terminated."
    )
    ((event, names),) = named_events(nlp, HEAD + body)
    assert names.get("U.S. Department of Homeland Security") == "agent"


def test_the_letter_that_carries_the_end_is_no_statement_of_its_own(nlp: Language) -> None:
    body = (
        "Sheriff Dale Orcutt sent a letter Wednesday morning to U.S. Immigration and Customs "
        "Enforcement giving notice that the office is terminating its 287(g) agreement."
    )
    assert [kind for kind, _, _ in _told(nlp, body)] == ["policy"]


@pytest.mark.parametrize(
    "body",
    [
        # a threat, a condition, a denial, a possibility: nothing was cut off
        "The City of Parkersburg received a letter Monday from DHS saying the agency would "
        "terminate the $750,000 grant unless the city complied.",
        "The City of Parkersburg received a letter Monday from DHS saying the agency will not "
        "terminate the $750,000 grant.",
        "The City of Parkersburg received a letter Monday from DHS saying the agency could "
        "terminate the $750,000 grant.",
        # a condition told after a clause between (a review)
        "The Department of Justice notified the city of Bethel on Tuesday that its policing "
        "grant would be terminated, a city spokesman said, unless the city changes its policy.",
        # a notice of something else that ends, or of one person's job
        "The City of Parkersburg received a letter Monday from DHS saying the hearing will end "
        "at noon.",
        "The university notified head coach Ray Bustamonte on Monday that his contract will be "
        "terminated.",
    ],
)
def test_no_end_is_read_from_a_notice_that_ends_nothing(nlp: Language, body: str) -> None:
    assert not any(trigger.startswith(("termin", "end")) for _, trigger, _ in _told(nlp, body))
