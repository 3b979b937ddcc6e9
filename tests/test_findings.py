"""A body's saying that the next sentence tells as its report is the report's release
(issue 15), on invented sentences parsed by the model."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extracting import NEEDS_MODEL, named_events

pytestmark = NEEDS_MODEL


def kinds(nlp: Language, text: str) -> dict[str, str]:
    return {e.trigger: e.event_type for e, _ in named_events(nlp, text)}


def test_a_watchdogs_saying_told_next_as_its_report_is_the_reports_release(nlp: Language) -> None:
    # found in a probe: another outlet told the same report as "released Tuesday"
    text = (
        "The state's prison watchdog said Tuesday that the Marlow County jail left sick "
        "calls unanswered for days.\n\nThe 40-page report from the inspector general follows "
        "a visit last fall."
    )
    assert kinds(nlp, text).get("said") == "publication"


@pytest.mark.parametrize(
    "text",
    [
        # a person's saying, by name
        "Ana Ruiz said Tuesday that the jail left sick calls unanswered. The report from the "
        "inspector general follows a visit last fall.",
        # said on no day, and the report next an outlet's (the demo corpus: "Mayorkas
        # reportedly said ... The report further explained")
        "The agency reportedly said that the jail left sick calls unanswered. The report "
        "further explained that the agency disputed it.",
        # no report told next
        "The state's prison watchdog said Tuesday that the jail left sick calls unanswered. "
        "The sheriff disputed that.",
        # a report told as some report, not the one
        "The state's prison watchdog said Tuesday that the jail left sick calls unanswered. "
        "A report last year found the same.",
    ],
)
def test_no_release_without_a_body_and_its_report_next(nlp: Language, text: str) -> None:
    assert kinds(nlp, text).get("said") != "publication"
