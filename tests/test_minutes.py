"""A meeting's record: votes told on lines of their own (graphx.extract.minutes). The pages
are invented, in the shapes of the recaps and minutes found in probes 304, 315 and 317."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extracting import NEEDS_MODEL, named_events

pytestmark = NEEDS_MODEL

RECAP = """Council Notes: shelter grant passes on a split vote
Harbor Civic Notes
Home | Agendas | Recaps | About

Regular meeting of the Toledo City Council, Tuesday, March 5 - Recap by Ann Lee

Agenda item 12
Resolution granting $40,000 to the Maumee Legal Clinic for immigration consultations.

Result: PASSED, 5-2.
Voting no: Council members Tom Hale and Rita Gomez.

Other items
- Item 9: paving contract, deferred.
"""


def test_a_recaps_outcome_line_is_the_bodys_vote_on_the_meetings_day(nlp: Language) -> None:
    votes = [(e, names) for e, names in named_events(nlp, RECAP) if e.trigger == "PASSED"]
    assert len(votes) == 1
    (vote, names) = votes[0]
    assert (vote.event_type, vote.tally) == ("policy", "5-2")
    assert vote.time is not None and vote.time.date_start == "2024-03-05"
    assert names == {"Toledo City Council": "agent"}
    assert "Maumee Legal Clinic" in vote.summary  # the item it was on


@pytest.mark.parametrize(
    "text",
    [
        # no meeting named above the outcome: a story's label is no record of a vote
        "Council passes shelter grant\nThe Toledo City Council met Tuesday.\n\n"
        "Result: PASSED, 5-2.\n",
        # an outcome with no tally is no vote told
        RECAP.replace("Result: PASSED, 5-2.", "Result: PASSED."),
    ],
)
def test_no_vote_without_a_meeting_and_a_tally(nlp: Language, text: str) -> None:
    assert [e for e, _ in named_events(nlp, text) if e.trigger == "PASSED"] == []


@pytest.mark.parametrize(("outcome", "tallies"), [("7-0", ["5-2"]), ("4-3", ["5-2", "4-3"])])
def test_a_routine_items_unanimous_vote_after_the_first_is_none(
    nlp: Language, outcome: str, tallies: list[str]
) -> None:
    # found in probe313: a routine item's vote after the lead item joined the page's own
    # sentences of the lead item; a split vote is news, wherever it is
    text = RECAP.replace(
        "Other items\n- Item 9: paving contract, deferred.",
        f"Agenda item 13\nRoad fund transfer.\n\nResult: APPROVED, {outcome}.",
    )
    votes = [e.tally for e, _ in named_events(nlp, text) if e.trigger in ("PASSED", "APPROVED")]
    assert votes == tallies
