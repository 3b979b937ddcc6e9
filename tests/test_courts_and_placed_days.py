"""A court that lets a case go on rules, a day a verb of taking place gives dates its
subject, and a directive issued is an order (issue 15), on invented sentences parsed by the
model.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from graphx.build.engines import extract
from graphx.model import Document
from tests.extracting import NEEDS_MODEL, named_events

pytestmark = NEEDS_MODEL


@pytest.mark.parametrize(
    ("text", "ruled"),
    [
        # found in probe164: what a court let go on is its ruling
        (
            "A federal judge this week allowed a Dover man's lawsuit against the city and "
            "federal immigration agents to go ahead.",
            True,
        ),
        ("The judge let the case proceed on Tuesday.", True),
        ("The 9th Circuit permitted the deportation to go forward on Tuesday.", True),
        # ... not what anyone else let happen, nor a court letting someone in
        ("The county allowed ICE to use the Dover jail on Tuesday.", False),
        ("Sheriff Ana Ruiz let reporters tour the jail on Tuesday.", False),
        ("The judge allowed reporters in on Tuesday.", False),
        # ... nor its courtroom's business, nor a judge conceding (a review)
        ("The judge allowed the jury to go home for the night on Tuesday.", False),
        ("Judge Ann Ochoa allowed on Tuesday that prosecutors had made mistakes.", False),
    ],
)
def test_a_court_that_lets_a_case_go_on_rules(nlp: Language, text: str, ruled: bool) -> None:
    rulings = [e for e, _ in named_events(nlp, text) if e.lemma == "ruling"]
    assert bool(rulings) == ruled


def test_a_day_a_verb_of_taking_place_gives_dates_its_subject(nlp: Language) -> None:
    # found in probe164: "visits" is a trigger of the sentence too, so the day was no one's
    text = (
        "The protest at the Dover County Prison began Monday, April 9, when about three "
        "dozen men skipped breakfast, according to Dover Detention Watch, a group that "
        "visits detainees."
    )
    found = named_events(nlp, text, published="2012-04-13")
    dated = {e.trigger: e.time and e.time.date_start for e, _ in found}
    assert dated.get("protest") == "2012-04-09"


def test_a_directive_issued_is_an_order(nlp: Language) -> None:
    # found in probe160: "Sheriff Lonnie Abernethy's directive, issued Thursday and effective
    # the same day"
    text = "Sheriff Ana Ruiz's directive, issued Thursday and effective the same day, ends it."
    orders = [e for e, _ in named_events(nlp, text) if e.trigger == "issued"]
    assert [(e.event_type, e.lemma) for e in orders] == [("policy", "directive")]


def test_a_day_a_verb_of_being_gives_ahead_dates_nothing_past(nlp: Language) -> None:
    # a review: "The hearing is Friday" looks ahead; it was dated the Friday before
    text = "The hearing is Friday for the 14 workers detained in the raid, their lawyer said."
    dated = {e.trigger: e.time and e.time.date_start for e, _ in named_events(nlp, text)}
    assert dated.get("hearing") in (None, "2024-03-15")


def test_a_township_named_for_a_state_names_no_state() -> None:
    # a review: "Washington Township" put a Pennsylvania page's Franklin County in doubt
    from graphx.resolve.page_places import with_towns_of_townships

    assert with_towns_of_townships(["Ypsilanti Township", "Washington Township"]) == [
        "Ypsilanti Township",
        "Ypsilanti",
        "Washington Township",
    ]


def test_a_group_named_a_watch_is_no_person(nlp: Language) -> None:
    # found in probe164: "Keystone Detention Watch" was a person surnamed Watch (a weather
    # service's "Tornado Watch" is read as a group too: left, as this tool's news has few)
    text = "Dover Detention Watch said Tuesday that 40 men had refused meals at the jail."
    found = extract(nlp(text), Document("t", "t.txt", "txt", text, published="2024-03-08"))
    kinds = {m.text: m.type for m in found.mentions}
    assert kinds["Dover Detention Watch"] == "organization"
