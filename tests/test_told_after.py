"""A bare weekday of an act that tells of a happening the article dates is read after that
happening (issue 15): "to tout the new lawsuit on Wednesday" in an article of Tuesday 5 March
2024 that dates the lawsuit that Tuesday is Wednesday 6 March, not 28 February. Invented
sentences, parsed by the model.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extracting import NEEDS_MODEL, day_of, named_events

pytestmark = NEEDS_MODEL

SUED = "The Justice Department on Tuesday sued the state of Ohio over its sanctuary law. "


def _days(nlp: Language, text: str) -> dict[str, str | None]:
    return {e.trigger: day_of(e) for e, _ in named_events(nlp, text, published="2024-03-05")}


def test_a_weekday_of_an_act_that_tells_of_a_later_happening_comes_after_it(
    nlp: Language,
) -> None:
    text = SUED + (
        "Attorney General Tom Reed traveled to Dayton to tout the new lawsuit on Wednesday "
        "morning in a speech to police chiefs."
    )
    days = _days(nlp, text)
    assert days.get("sued") == "2024-03-05"
    assert days.get("tout") == "2024-03-06"  # not 2024-02-28, before the lawsuit


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        # an act that tells of no happening the article dates keeps its past weekday
        (SUED + "On Wednesday, Governor Ann Lee met with police chiefs in Dayton.", "met",
         "2024-02-28"),
        # ... and so does one counted back on purpose
        (SUED + "Reed touted the new lawsuit last Wednesday in a speech in Dayton.", "touted",
         "2024-02-28"),
        # ... one told as before it, or a week before it, of a happening this kind or another
        # (a review)
        (SUED + "On Monday, residents had rallied against the lawsuit at city hall.",
         "rallied", "2024-03-04"),
        (SUED + "Reed met with police chiefs on Monday ahead of the lawsuit.", "met",
         "2024-03-04"),
        (SUED + "In a separate case, Reed defended the lawsuit of a Dayton teacher on Monday.",
         "defended", "2024-03-04"),
    ],
)  # fmt: skip
def test_a_weekday_read_back_stays_when_nothing_it_tells_of_is_later(
    nlp: Language, text: str, trigger: str, day: str
) -> None:
    assert _days(nlp, text).get(trigger) == day


@pytest.mark.parametrize(
    ("text", "weekday"),
    [
        # an exact count of days from a weekday of no known week gives the act's weekday
        # (found in probe240: such an act of a page with no date had been dropped)
        ("On Friday, two days after the council voted on the plan, residents protested.",
         "XXXX-WXX-3"),
        ("On Friday, three days before the council voted on the plan, residents protested.",
         "XXXX-WXX-1"),
    ],
)  # fmt: skip
def test_a_count_of_days_from_a_weekday_of_no_known_week_gives_a_weekday(
    nlp: Language, text: str, weekday: str
) -> None:
    found = {e.trigger: e.time and e.time.value for e, _ in named_events(nlp, text, "")}
    assert found.get("voted") == weekday
    # ... a count of no exact days gives none ("days after": two days to two weeks)
    vague = text.replace("two days", "days").replace("three days", "days")
    found = {e.trigger: e.time and e.time.value for e, _ in named_events(nlp, vague, "")}
    assert found.get("voted") is None


def test_the_arrests_after_a_dated_raid_are_its_days(nlp: Language) -> None:
    # found in probe273: "five days after the arrests", a raid's detentions told again
    text = (
        "Since the Feb. 20 raid at the plant in Dover, crews have shrunk. Pastor Ana Ruiz "
        "said more than 200 people attended a vigil at her church in Dover five days after "
        "the arrests."
    )
    assert _days(nlp, text).get("attended") == "2024-02-25"
