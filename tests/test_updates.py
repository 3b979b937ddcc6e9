"""An update's own day (``extract/updates.py``, issue 15), on invented pages: a paragraph a
page opens with "UPDATE:" was written on the day of the page's "Updated" stamp."""

from __future__ import annotations

import pytest
from spacy.language import Language

from graphx.build.engines import extract
from graphx.extract.updates import update_paragraphs
from graphx.ingest.stamps import changed_on
from graphx.model import Document
from tests.extracting import NEEDS_MODEL

# found in probe277 (working): a TV station's story of Thursday 12 September 2019, updated
# on the Friday with the release its story had only told ordered
PAGE = (
    "Judge orders ICE to free Owatonna man\n\n"
    "UPDATE: Tomas Ferreira was released from the Rice County Jail on Friday morning, his "
    "lawyer said.\n\n"
    "A federal judge ruled Thursday that immigration authorities must release Tomas "
    "Ferreira, who has been held at the Rice County Jail since June.\n"
)
BOTH = "stamp: Published: Sep. 12, 2019 at 5:02 PM | Updated: Sep. 13, 2019 at 10:15 AM"


def test_the_day_an_updated_stamp_gives_beside_the_published_one() -> None:
    assert changed_on([BOTH]) == "2019-09-13"
    assert changed_on(["stamp: Updated 6:41 PM Feb. 7, 2023"]) == "2023-02-07"
    assert changed_on(["stamp: Published: Sep. 12, 2019 at 5:02 PM"]) == ""
    assert changed_on(["caption: Updated photo, Sep. 13, 2019"]) == ""


@pytest.mark.parametrize(
    ("text", "opened"),
    [
        ("Title\nUPDATE: He was freed.\nBody.", "UPDATE: He was freed."),
        ("Title\nUPDATED (10:15 a.m.): Freed.\nBody.", "UPDATED (10:15 a.m.): Freed."),
        ("Title\nUpdate, Sept. 13 \u2014 Freed.\nBody.", "Update, Sept. 13 \u2014 Freed."),
        # a sentence that says the page was updated opens nothing
        ("Title\nThe sheriff updated the council on Monday.\nBody.", ""),
    ],
)  # fmt: skip
def test_a_paragraph_an_update_label_opens(text: str, opened: str) -> None:
    found = [text[start:end] for start, end in update_paragraphs(text)]
    assert found == ([opened] if opened else [])


def _dates(nlp: Language, furniture: list[str], published: str = "2019-09-12") -> dict[str, str]:
    document = Document(
        "t", "t.txt", "txt", PAGE, published=published, published_basis="sidecar",
        furniture=furniture,
    )  # fmt: skip
    found = extract(nlp(PAGE), document)
    return {e.trigger: e.time.date_start if e.time else "" for e in found.events}


@NEEDS_MODEL[0]
@NEEDS_MODEL[1]
def test_an_updates_weekday_is_read_against_the_update(nlp: Language) -> None:
    dates = _dates(nlp, [BOTH])
    assert dates["released"] == "2019-09-13"  # not Friday 6 September, before the ruling
    assert dates["ruled"] == "2019-09-12"


@NEEDS_MODEL[0]
@NEEDS_MODEL[1]
def test_with_no_update_stamp_or_one_long_after_the_page_reads_as_before(nlp: Language) -> None:
    assert _dates(nlp, ["stamp: Published: Sep. 12, 2019 at 5:02 PM"])["released"] != "2019-09-13"
    late = "stamp: Published: Sep. 12, 2019 at 5:02 PM | Updated: Mar. 13, 2020 at 9:00 AM"
    assert _dates(nlp, [late])["released"] != "2020-03-13"
