"""Recognition: the non-date checks of each rule and the scan over a text (no model)."""

from __future__ import annotations

import pytest

from graphx.extract.timex.normalise import find_time_expressions
from graphx.extract.timex.plausible import plausible, year_in_context
from graphx.extract.timex.rules import Found
from graphx.extract.timex.scan import scan


def found(text: str) -> list[tuple[str, str]]:
    return [(f.rule, text[f.start : f.end]) for f in scan(text)]


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        ("in 1996 law", 3, True),  # a preposition of time
        ("by 2000 beds", 3, False),  # a count
        ("Go 1010 WINS", 3, False),  # a station
        ("x (1982) y", 3, True),  # its own parentheses
        ("The 2019's surge", 4, True),  # a possessive
    ],
)
def test_timex_plausible_year_in_context(text: str, start: int, expected: bool) -> None:
    assert year_in_context(text, start, start + 4) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It happened in May 2019.", [("my", "May 2019")]),
        ("the Russell 2000 Index fell", []),
        ("Section 1326 says", []),
        ("Sun Microsystems said", []),
        ("they may go", []),
        ("a 92-year-old man", []),
        ("leaves fall slowly", []),
        ("back in the fall", [("season", "the fall")]),
        ("the Spring of Life rally", []),
        ("just outside Ridge Spring, and detained 41 workers", []),
        ("a plant in Spring Valley", []),
        ("RIDGE SPRING, S.C. (AP) -- Agents", []),
        ("near the Spring Hill plant", []),
        ("In Spring, the council met", [("season", "Spring")]),
        ("Last Spring the council met", [("season", "Last Spring")]),
        ("rose in Spring 2019", [("season", "Spring 2019")]),
        # ... in a headline's capitals too (a review)
        ("Deportation Flights Slowed Over Winter, Data Show", [("season", "Winter")]),
        ("FARMWORKERS FEAR RAIDS IN SPRING", [("season", "SPRING")]),
        ("Farmworkers Brace for More Raids After Spring Planting", [("season", "Spring")]),
        ("Federal Agents Detain 41 At Ridge Spring Poultry Plant", []),
        ("Agents Arrest 12 Workers in Spring Valley Raid", []),
        ("Rally at Summer Street Church Protests ICE Arrests", []),
        ("his 15 minutes of fame", []),
        ("1,500 people", []),
        ("ten years old", []),
        ("On April 24 and 25, 2019", [("mdy", "April 24"), ("mdy", "25, 2019")]),
        ("arrested 41 people in Gila County, March 10-14.", [("mdy", "March 10-14")]),
        ("from Jan. 6\u20137, 2021", [("mdy", "Jan. 6\u20137, 2021")]),
        ("the March 3-2 vote", []),  # no range of days runs backwards
        ("rallied in Denver March 2-29 against ICE", []),  # most of a month: no day of it
        # found in probe261: a bare "2:14" is a video's length, a score or a race's time...
        ("WATCH: Ana Ruiz reports from the jail (2:14)", []),
        ("The Hawks won the final 3:45 into overtime", []),
        # ... but a clock's time after a word of when, on a 24-hour clock, or with its a.m.
        ("the vote came at 11:52 and the meeting ended", [("time", "11:52")]),
        ("the jury returned at precisely 4:20 with its verdict", [("time", "4:20")]),
        ("the council voted shortly past 11:30 on the plan", [("time", "11:30")]),
        ("agents freed him after roughly 1:45 of talks", []),  # a length (a review)
        ("the shift ended 23:10 in the jail", [("time", "23:10")]),
        ("agents arrived 6:05 a.m. Tuesday", [("time", "6:05 a.m. Tuesday")]),
    ],
)
def test_timex_plausible_scan_rejects_non_dates(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_timex_plausible_second_day_shares_month_and_year() -> None:
    second = scan("On April 24 and 25, 2019")[1]
    assert (second.group("mon"), second.group("d"), second.group("y")) == ("April", "25", "2019")


def test_timex_a_range_of_days_is_read_as_its_first_day() -> None:
    # a few days, dated by their first as a short stretch is (extract/stretch.py)
    (found,) = find_time_expressions("raids in Gila County, March 10-14, 2025", dct="2025-03-17")
    assert (found.text, found.value) == ("March 10-14, 2025", "2025-03-10")


def test_timex_plausible_tagger_vouches_for_a_lower_case_month() -> None:
    text = "since march the office"
    f = Found(6, 11, "month", (("mon", "march"),))
    assert not plausible(text, f, hinted=False)
    assert plausible(text, f, hinted=True)


def test_timex_plausible_rule_without_checks_passes() -> None:
    assert plausible("2019-05-07", Found(0, 10, "iso", (("y", "2019"),)), hinted=False)
