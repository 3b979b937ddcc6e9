"""The day a spoken text speaks on (issue 15): a radio transcript that opens "HOST: It's
Thursday" and is posted on Friday reads its "tonight" as Thursday's; an undated one whose
week the happenings it reports give is dated by that weekday. Invented texts.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from spacy.language import Language

from graphx.extract.spoken import spoken_day, spoken_weekday
from graphx.model import Document, Event, Report, TimeExpression
from graphx.resolve.published import dated_by_windows, publication_windows
from tests.extracting import NEEDS_MODEL, day_of, named_events

REPLY = "\nGUEST: Thanks for having me."


@pytest.mark.parametrize(
    ("text", "weekday"),
    [
        ("TRANSCRIPT\n\nHOST: It's Wednesday, and this is Valley Hour." + REPLY, 2),
        ("ANA RUIZ, HOST: It's Thursday. I'm Ana Ruiz." + REPLY, 3),
        ("ANCHOR: Good morning. It is Monday, and here is the news." + REPLY, 0),
        ("MARK DELANEY: It's Thursday. Tonight, the vote." + REPLY, 3),
        ("HOST: Today is Friday, and the council meets at six." + REPLY, 4),
        # one host's line quoted in a story, no dialogue: no page's day (a review)
        (
            "Police said Wednesday that Ray Dunlevy opened his last show so:\n\n"
            "HOST: It's Monday, and this is the last time you'll hear me.\n\nThe county "
            "voted Tuesday.",
            None,
        ),
        # a weekday's thing, or a weekday said in passing, is no day the text speaks on
        ("HOST: She said it's Wednesday's vote that matters.", None),
        ("The council said the vote is Wednesday.", None),
        ("The board met Tuesday.", None),
        # no speaker: a correction's, an FAQ's, a letter's or a newsletter's day (a review)
        ("Correction: An earlier version gave the wrong day for the vote. It is Monday.", None),
        ("When is the pantry open? It's Monday through Friday, Ana Ruiz said.", None),
        ("Today is Friday, my last day as your director.", None),
        ("Good morning. It's Monday, and the school board meets tonight.", None),
        # ... nor a speaker's hours, nor a label that is no speaker's, nor a date (a review)
        ("HOST: It's Monday through Friday, nine to five.", None),
        ("CORRECTION: It is Monday, not Tuesday, when the council votes again.", None),
        ("WHEN: It's Saturday, 9 a.m. to noon.", None),
        ("DEADLINE: It's Friday, Oct. 18, at 5 p.m.", None),
        # ... nor a later speaker's line: a show quoted in a story
        ("GUEST: Thanks for having me.\nHOST: It's Monday, and this is the end.", None),
        # far down a long page: a quote, not the page's present
        ("The board met. " * 120 + "\nHOST: It's Thursday, she said.", None),
    ],
)
def test_spoken_weekday(text: str, weekday: int | None) -> None:
    assert spoken_weekday(text) == weekday


@pytest.mark.parametrize(
    ("published", "day"),
    [
        ("2019-06-14", "2019-06-13"),  # a Friday's page of a Thursday's show
        ("2019-06-18", "2019-06-13"),  # the Tuesday after
        ("2019-06-13", ""),  # the show's own day: nothing to change
        ("2019-06", ""),  # a month: no day to count back from
        ("", ""),
    ],
)
def test_spoken_day_is_the_last_such_day_before_the_page(published: str, day: str) -> None:
    text = "HOST: It's Thursday. Tonight the board voted." + REPLY
    assert spoken_day(text, published) == day


@NEEDS_MODEL[0]
@NEEDS_MODEL[1]
def test_spoken_a_transcripts_tonight_is_the_day_it_speaks_on(nlp: Language) -> None:
    text = (
        "Dorsey board approves ordinance\n\n"
        "TRANSCRIPT\n\n"
        "ANA RUIZ, HOST: It's Thursday, and this is Valley Evening. Tonight the Dorsey County "
        "Board narrowly approved an ordinance that limits how the jail works with federal "
        "immigration agents.\n\nDEVON LEE, BYLINE: The vote was 11 to 9."
    )
    days = {e.trigger: day_of(e) for e, _ in named_events(nlp, text, published="2019-06-14")}
    assert days.get("approved") == "2019-06-13"  # not Friday the 14th, the page's day


def _document(doc_id: str, text: str, published: str = "", basis: str = "unknown") -> Document:
    return Document(doc_id, f"/corpus/{doc_id}.txt", "txt", text, published=published,
                    published_basis=basis)  # fmt: skip


def test_spoken_an_undated_transcript_is_dated_by_its_weekday_in_its_week() -> None:
    # The raid of Thursday 27 September 2018, told "last Thursday" by a show that says it
    # speaks on a Wednesday: the Wednesday after, 3 October.
    day = TimeExpression("Sept. 27", 0, 1, "DATE", "2018-09-27", "2018-09-27", "2018-09-27")
    reports = [
        Report(doc_id="a", sentence="s", date_text="Sept. 27", date_value="2018-09-27"),
        Report(doc_id="b", sentence="s", date_text="Last Thursday", date_value="XXXX-WXX-4"),
    ]
    raid = Event("v:1", "enforcement", "raided", "s", time=day, reports=reports)
    paper = _document("a", "text", "2018-09-28", "sidecar")
    show = _document("b", "HOST: It's Wednesday, and this is Lake Hour. Last Thursday ..." + REPLY)
    a, b = dated_by_windows([paper, show], publication_windows([paper, show], [raid]))
    assert (b.published, b.published_basis) == ("2018-10-03", "inferred")
    assert "it speaks on a Wednesday" in b.published_note
    silent = replace(show, text="Last Thursday agents raided the plant.")
    _, b = dated_by_windows([paper, silent], publication_windows([paper, silent], [raid]))
    assert b.published != "2018-10-03"
