"""Someone handed over to the law (issue 15): "19 were turned over to ICE", "the jail
transferred her to ICE custody", "was released to Border Patrol agents" tell that they
passed into the law's custody (an arrest as other outlets tell it), not a release; records
turned over, money transferred, a man transferred to a hospital or released to his family
tell none. Sentences invented, after a case read wrong on an invented probe corpus (probe180).
The publication date is Friday 8 March 2024.
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


def read(nlp: Language, text: str) -> dict[str, EventMention]:
    return {event.trigger: event for event, _ in named_events(nlp, text)}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "A driver and her passenger were turned over to Border Patrol agents on Friday.",
            "turned",
        ),
        (
            "The sheriff turned him over to U.S. Immigration and Customs Enforcement on Friday.",
            "turned",
        ),
        ("Nineteen of those arrested were handed over to ICE on Tuesday.", "handed"),
        ("Of those arrested, 27 people were turned over to ICE on Tuesday.", "turned"),
        ("The jail transferred Ana Ruiz to ICE custody on Tuesday.", "transferred"),
        ("The remaining 18 were transferred to the custody of ICE on Tuesday.", "transferred"),
        ("Lopez was transferred into federal immigration custody on Tuesday.", "transferred"),
    ],
)
def test_someone_handed_to_the_law_passed_into_its_custody(
    nlp: Language, text: str, trigger: str
) -> None:
    event = read(nlp, text)[trigger]
    assert event.event_type == "enforcement"
    assert day_of(event) is not None


def test_someone_released_to_the_law_was_not_set_free(nlp: Language) -> None:
    released = read(nlp, "Both were released to ICE on Tuesday after posting bond.")["released"]
    assert released.event_type == "enforcement"
    # ... one released from jail, or to his family, was
    freed = read(nlp, "Ana Ruiz was released from the county jail on Tuesday.")["released"]
    assert freed.event_type == "release"
    text = "Ana Ruiz was released to the custody of her mother on Tuesday."
    assert read(nlp, text)["released"].event_type == "release"


@pytest.mark.parametrize(
    "text",
    [
        "The county turned over records to ICE on Monday.",
        "The county transferred $2 million to the sheriff's office on Monday.",
        "Ana Ruiz was transferred to a hospital in Dover on Monday.",
        "The sheriff handed the keys to his deputies on Monday.",
        # ... nor what "all" or "the rest" are of, a move from jail to jail, a child handed
        # to a deputy out of a fire, a practice (a review)
        "All of the evidence was turned over to police in Dover on Monday.",
        "The rest of the money was handed to federal agents on Monday.",
        "A mother handed her child to a deputy through a window of the burning home on Monday.",
        "Dover police stopped turning people over to federal agents in 2019.",
    ],
)
def test_nothing_and_no_one_handed_to_the_law_tells_no_custody(nlp: Language, text: str) -> None:
    assert all(e.event_type != "enforcement" for e in read(nlp, text).values())


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Federal agents moved the last 12 detainees out of the Kent County jail on Wednesday.",
            "moved",
        ),
        ("ICE transferred the 22 detainees out of the county jail on Tuesday.", "transferred"),
        (
            "Ana Ruiz was transferred on Monday to the Otero County Processing Center.",
            "transferred",
        ),
        ("ICE moved him to a detention center in Louisiana on Friday, his lawyer said.", "moved"),
        # a move from jail to jail is a transfer, not a passing into the law's custody
        (
            "Ana Ruiz was transferred to the Kent County jail on Monday to await trial.",
            "transferred",
        ),
        # those held who arrive at a jail were moved there (found in probe291, read)
        ("The first 11 ICE detainees arrived at the Kent County jail on Monday.", "arrived"),
        (
            "The first people held for ICE arrived at the Otero County Processing Center on "
            "Tuesday.",
            "arrived",
        ),
    ],
)
def test_someone_moved_between_jails_is_a_transfer(nlp: Language, text: str, trigger: str) -> None:
    event = read(nlp, text)[trigger]
    assert event.event_type == "enforcement"
    assert load_taxonomy().family(event.lemma, event.event_type) == "move"
    assert day_of(event) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz was moved to a hospital in Dover on Monday.",
        "The county moved the hearing to the jail on Monday.",
        "The clinic moved its offices out of the old jail on Monday.",
        "The sheriff began moving detainees to the new jail in 2019.",
        # a move told with no time of its own is a step of the arrest before it
        "They were bused to the Otero County Processing Center, where they await hearings.",
        # ... nor (a review) a step of the arrest it is told with, a move to come or kept
        # from happening, a warden's, a church's bus
        "ICE arrested Ana Ruiz on Monday and moved her to the Otero County Processing Center.",
        "ICE canceled plans to move 40 detainees to the Otero County Processing Center on Monday.",
        "A judge on Friday blocked ICE from moving Ana Ruiz out of the Kent County jail.",
        "Warden Lisa Tran was transferred to the Otero County Processing Center on Monday.",
        "Churches bused 200 people to the Otero County Processing Center on Saturday for a vigil.",
        # ... nor anyone not told as held who arrives at a jail, nor detainees elsewhere
        "About 200 protesters arrived at the Otero County Processing Center on Monday.",
        "Federal agents arrived at the Kent County jail on Monday.",
        "Ana Ruiz arrived at the Kent County jail on Monday to visit her husband.",
        "Families of the detainees arrived at the Kent County jail on Monday.",
        "The detainees arrived at a hospital in Dover on Monday.",
        "The first detainees will arrive at the Kent County jail next week.",
        # ... (a review) nor those held no longer, none, nor those held in the arrest told
        "Former inmates arrived at the Kent County jail on Saturday for a vigil.",
        "Freed detainees arrived at the Kent County jail on Tuesday to collect their belongings.",
        "No more detainees have arrived at the Kent County jail since Monday.",
        "Not a single detainee arrived at the Kent County jail on Monday.",
        "The women detained by agents on Monday arrived at the Kent County jail that night.",
        "Inmates moved freely in the Kent County jail on Monday.",
        "Detainees arrived at a shelter in Dover from the Kent County jail on Monday.",
    ],
)
def test_no_one_moved_into_a_jail_tells_no_transfer(nlp: Language, text: str) -> None:
    families = {load_taxonomy().family(e.lemma, e.event_type) for e in read(nlp, text).values()}
    assert "move" not in families


def test_a_saying_of_an_undated_move_is_still_a_statement(nlp: Language) -> None:
    # a review: the move, no news, had taken the saying with it
    text = "Tom Reyes, her lawyer, said Sunday that she had been moved to the Kent County jail."
    events = read(nlp, text)
    assert "moved" not in events
    assert events["said"].event_type == "statement"
