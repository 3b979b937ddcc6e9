"""A live blog's entries are dated by the clock stamps they are posted under (issue 15):
"11:52 p.m." on a line of its own, then "the council has approved the ordinance", on the
page's day. Invented pages, parsed by the model; the page is dated Monday 17 March 2025.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from graphx.build.engines import extract
from graphx.model import Document, EventMention
from tests.extracting import NEEDS_MODEL

pytestmark = NEEDS_MODEL


def events(nlp: Language, text: str) -> list[EventMention]:
    title = text.split("\n")[0]
    document = Document(
        "t", "t.txt", "txt", text, title=title, published="2025-03-17", published_basis="known"
    )
    return extract(nlp(text), document).events


LIVE = (
    "LIVE: Dover council takes up trust ordinance\n"
    "9:52 p.m. MDT\n"
    "That's it: the Dover City Council has approved the Community Trust Ordinance, 5-2. "
    "Councilors Ann Hobbs and Curt Vance voted no. Hobbs had opposed the plan since 2019.\n"
    "9:41 p.m.\n"
    "Roll call is underway on the ordinance.\n"
    "7:10 p.m.\n"
    "Public comment passes the two-hour mark.\n"
)


def test_what_an_entry_tells_is_of_its_stamps_day(nlp: Language) -> None:
    told = {(e.trigger, e.time.date_start if e.time else None) for e in events(nlp, LIVE)}
    assert ("approved", "2025-03-17") in told
    assert ("voted", "2025-03-17") in told
    # an earlier past, told in the past perfect, is not the entry's news
    assert not any(trigger == "opposed" and day for trigger, day in told)


@pytest.mark.parametrize(
    "text",
    [
        # a timeline told after the day (or an agenda before it): its times are not the page's
        LIVE.replace("9:52 p.m. MDT", "6:10 a.m.").replace("7:10 p.m.", "11:02 a.m."),
        # a page's Posted and Updated times
        "Dover council approves trust ordinance\nPosted\n9:52 p.m.\nUpdated\n10:15 p.m.\n"
        "The Dover City Council has approved the Community Trust Ordinance, 5-2.\n",
        # clock times inside a line are no stamps
        "Dover council approves trust ordinance\n"
        "The vote was at 9:41 p.m. and the meeting ended at 9:52 p.m.\n"
        "The Dover City Council has approved the Community Trust Ordinance, 5-2.\n",
    ],
)
def test_times_of_no_live_page_date_nothing(nlp: Language, text: str) -> None:
    (approved,) = [e for e in events(nlp, text) if e.trigger == "approved"]
    assert approved.time is None or not approved.time.date_start


# A stamp that opens its entry's line, under the header of its day: the page's, then the
# day before.
INLINE = (
    "Live updates: agents at the Dover packing plant\n"
    "Monday, March 17, 2025\n"
    "4:05 p.m. Agents have taken 14 workers into custody at the Harlow Meats plant.\n"
    "3:30 p.m. Lena Ruiz says her husband was deported once before.\n"
    "2:40 p.m. Federal agents arrived at the plant shortly after 1 p.m., workers said.\n"
    "2:10 p.m. Deputies arrested two protesters at the gate, police say.\n"
    "11:15 a.m. Crews from the county closed the road to the plant.\n"
    "Sunday, March 16, 2025\n"
    "8:30 p.m. The Dover City Council voted 4-3 to end the police department's 287(g) pact.\n"
)


def test_a_stamp_opening_its_line_dates_its_entry_on_its_days_header(nlp: Language) -> None:
    told = {(e.trigger, e.time.date_start if e.time else None) for e in events(nlp, INLINE)}
    assert ("taken", "2025-03-17") in told  # the entry's main verb
    # what a saying tells after it may be of any time; before it, it is the entry's news
    # (reviews)
    assert not any(trigger == "deported" and day for trigger, day in told)
    assert ("arrested", "2025-03-17") in told


def test_a_days_header_with_no_year_takes_the_stamps_year(nlp: Language) -> None:
    # a review: "Sunday, March 16" with no year had dropped, then misdated, the stamps
    told = {
        (e.trigger, e.time.date_start if e.time else None)
        for e in events(nlp, INLINE.replace(", 2025\n", "\n"))
    }
    assert ("voted", "2025-03-16") in told
    assert ("voted", "2025-03-16") in told  # under Sunday's header, not the page's day


def test_clock_times_opening_lines_of_a_schedule_are_no_stamps(nlp: Language) -> None:
    # told in the order of the day, as an agenda or a timeline is: no live page
    text = (
        "Dover council takes up trust ordinance\n"
        "6:00 p.m. The Dover City Council opens its meeting with public comment.\n"
        "7:30 p.m. Councilors debate the Community Trust Ordinance.\n"
        "8:45 p.m. The council is expected to vote on the ordinance.\n"
        "The Dover City Council approved the Community Trust Ordinance, 5-2.\n"
    )
    (approved,) = [e for e in events(nlp, text) if e.trigger == "approved"]
    assert approved.time is None or not approved.time.date_start


def test_a_weekday_an_entry_names_dates_no_stamp_below_it(nlp: Language) -> None:
    # found in probe288 (read): "Wednesday's" paper put the next stamp on the Wednesday
    # before, so the stamps were out of order and the page no live page
    text = (
        "LIVE: Dover council takes up trust ordinance\n"
        "9:58 p.m.\n"
        "That's all for tonight. Read our full story in Wednesday's Dover Ledger.\n"
        "9:52 p.m.\n"
        "The Dover City Council has approved the Community Trust Ordinance, 5-2.\n"
        "9:41 p.m.\n"
        "Roll call is underway on the ordinance.\n"
        "7:10 p.m.\n"
        "Public comment passes the two-hour mark.\n"
    )
    told = {(e.trigger, e.time.date_start if e.time else None) for e in events(nlp, text)}
    assert ("approved", "2025-03-17") in told


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a review: a stamp keeps the date told above it, or in its own sentence
        (
            "Here is a timeline of the raid on Saturday, March 15, as the sheriff told it.\n"
            "6:30 a.m.\n"
            "Agents arrive at the Harlow Meats plant.\n",
            "2025-03-15",
        ),
        (
            "ICE detained Jose Ramirez in Dover on Saturday, March 15, and he was released at\n"
            "6:30 a.m.\n",
            "2025-03-15",
        ),
    ],
)
def test_a_clock_time_on_its_line_keeps_a_date_told_above_it(
    nlp: Language, text: str, day: str
) -> None:
    document = Document(
        "t", "t.txt", "txt", text, title="", published="2025-03-17", published_basis="known"
    )
    (clock,) = [t for t in extract(nlp(text), document).times if t.text == "6:30 a.m."]
    assert clock.value.startswith(day)
