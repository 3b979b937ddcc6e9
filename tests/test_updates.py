"""An update's own day (``extract/updates.py``, issue 15), on invented pages: a paragraph a
page opens with "UPDATE:" was written on the day of the page's "Updated" stamp."""

from __future__ import annotations

import pytest
from spacy.language import Language

from graphx.build.engines import extract
from graphx.extract.updates import update_paragraphs
from graphx.ingest.stamps import changed_on, first_published
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
    ("text", "opened", "when"),
    [
        ("Title\nUPDATE: He was freed.\nBody.", "UPDATE: He was freed.", ""),
        ("Title\nUPDATED (10:15 a.m.): Freed.\nBody.", "UPDATED (10:15 a.m.): Freed.",
         "10:15 a.m."),
        ("Title\nUpdate, Sept. 13 \u2014 Freed.\nBody.", "Update, Sept. 13 \u2014 Freed.",
         "Sept. 13"),
        # a weekday's label (found in probe291, read)
        ("Title\nUPDATE, Thursday: He was freed.\nBody.", "UPDATE, Thursday: He was freed.",
         "Thursday"),
        # an editor's note that the page was updated (found in probe293, read)
        ("Title\nEditor's note: This story has been updated to add that he was freed.\nBody.",
         "Editor's note: This story has been updated to add that he was freed.", ""),
        ("Title\nThis article was updated with comment from ICE.\nBody.",
         "This article was updated with comment from ICE.", ""),
        # ... its own sentence only, not the lead after it on its line (a review)
        ("Title\nThis story has been updated. Police said today that they arrested him.\nB.",
         "This story has been updated.", ""),
        ("Title\nThis story was updated April 23. Ana Ruiz was detained today.\nB.",
         "This story was updated April 23.", ""),
        # a sentence that says the page was updated opens nothing, nor a title's words (a
        # review)
        ("Title\nThe sheriff updated the council on Monday.\nBody.", "", ""),
        ("Title\nUpdated guidance from the attorney general: file now.\nBody.", "", ""),
    ],
)  # fmt: skip
def test_a_paragraph_an_update_label_opens(text: str, opened: str, when: str) -> None:
    found = [(text[start:end], said) for start, end, said in update_paragraphs(text)]
    assert found == ([(opened, when)] if opened else [])


def _dates(
    nlp: Language, furniture: list[str], page: str = PAGE, published: str = "2019-09-12"
) -> dict[str, str]:
    document = Document(
        "t", "t.txt", "txt", page, published=published, published_basis="sidecar",
        furniture=furniture,
    )  # fmt: skip
    found = extract(nlp(page), document)
    return {e.trigger: e.time.date_start if e.time else "" for e in found.events}


@NEEDS_MODEL[0]
@NEEDS_MODEL[1]
def test_an_updates_weekday_is_read_against_the_update(nlp: Language) -> None:
    dates = _dates(nlp, [BOTH])
    assert dates["released"] == "2019-09-13"  # not Friday 6 September, before the ruling
    assert dates["ruled"] == "2019-09-12"


@NEEDS_MODEL[0]
@NEEDS_MODEL[1]
def test_an_editors_note_of_the_update_is_read_against_the_update(nlp: Language) -> None:
    # found in probe293 (read): the note tells what the update added, on the update's day
    page = PAGE.replace(
        "UPDATE: Tomas Ferreira was released from the Rice County Jail on Friday morning, his "
        "lawyer said.",
        "Editor's note: This story has been updated to add that Tomas Ferreira was released "
        "from the Rice County Jail on Friday morning.",
    )
    assert _dates(nlp, [BOTH], page)["released"] == "2019-09-13"


@NEEDS_MODEL[0]
@NEEDS_MODEL[1]
def test_an_update_labelled_by_its_weekday_is_read_on_that_day_after_the_page(
    nlp: Language,
) -> None:
    # found in probe291 (read): no stamp needed, the label's weekday after the page's day
    page = PAGE.replace("UPDATE:", "UPDATE, Friday:")
    assert _dates(nlp, ["stamp: Published: Sep. 12, 2019 at 5:02 PM"], page)["released"] == (
        "2019-09-13"
    )


@NEEDS_MODEL[0]
@NEEDS_MODEL[1]
def test_with_no_update_stamp_or_one_long_after_the_page_reads_as_before(nlp: Language) -> None:
    assert _dates(nlp, ["stamp: Published: Sep. 12, 2019 at 5:02 PM"])["released"] != "2019-09-13"
    late = "stamp: Published: Sep. 12, 2019 at 5:02 PM | Updated: Mar. 13, 2020 at 9:00 AM"
    assert _dates(nlp, [late])["released"] != "2020-03-13"


@NEEDS_MODEL[0]
@NEEDS_MODEL[1]
def test_an_update_stamped_long_after_reads_by_its_labels_own_day(nlp: Language) -> None:
    # a review: a stamp may be of a later edit than the paragraph's, which its label dates
    page = PAGE.replace("UPDATE:", "UPDATE (Sept. 13):")
    late = "stamp: Published: Sep. 12, 2019 at 5:02 PM | Updated: Sep. 24, 2019 at 9:00 AM"
    assert _dates(nlp, [late], page)["released"] == "2019-09-13"
    assert _dates(nlp, [late])["released"] != "2019-09-20"  # no label's day: not the stamp's


@NEEDS_MODEL[0]
@NEEDS_MODEL[1]
def test_the_rest_of_an_updated_page_keeps_its_own_days(nlp: Language) -> None:
    # a review: what the body looks ahead to on its day is not done by the update's
    page = (
        "Jail to stop honoring detainers\n\n"
        "UPDATE: This story has been updated with a statement from the county attorney.\n\n"
        "Sheriff Maria Okafor said Monday that the Rice County Jail will stop honoring ICE "
        "detainers on Sept. 4.\n"
    )
    stamp = "stamp: Published: Sep. 3, 2019 at 9:00 AM | Updated: Sep. 5, 2019 at 2:00 PM"
    dates = _dates(nlp, [stamp], page, published="2019-09-03")
    assert dates.get("said") == "2019-09-02"
    assert "stop" not in dates


# found in probe278: a partner's story republished six days on; its "Monday" is the Monday
# before the day its first publisher ran it (Wednesday 6 August 2025), not before the page's
ORIGIN = "origin: This story was originally published by Mesa Ridge Newsroom on Aug. 6, 2025."
REPUBLISHED = (
    "Dorsey County jail will rent beds to ICE\n\n"
    "The Dorsey County Board of Commissioners voted 5-2 Monday to approve a federal contract "
    "to hold immigration detainees at the county jail.\n"
)


@pytest.mark.parametrize(
    ("furniture", "published", "day"),
    [
        ([ORIGIN], "2025-08-12", "2025-08-06"),
        ([ORIGIN], "2025-08-06", "2025-08-06"),
        ([ORIGIN], "2026-01-12", ""),  # a first edition long before: no day the text speaks on
        ([ORIGIN], "2025-08-01", ""),  # nor one after the page
        ([ORIGIN], "2025-08", ""),
        (["caption: Originally published Aug. 6, 2025, the photo ..."], "2025-08-12", ""),
        ([], "2025-08-12", ""),
        # an origin line telling the story was updated since: the update's day, none when
        # it names none; an edit for length is no update (reviews)
        ([ORIGIN[:-1] + ", and was updated Aug. 11 with the ruling."], "2025-08-12", "2025-08-11"),
        ([ORIGIN + " It has been updated with the vote."], "2025-08-12", ""),
        ([ORIGIN + " It has been edited for length."], "2025-08-12", "2025-08-06"),
    ],
)
def test_the_day_a_republished_story_first_ran(
    furniture: list[str], published: str, day: str
) -> None:
    assert first_published(furniture, published) == day


@NEEDS_MODEL[0]
@NEEDS_MODEL[1]
def test_a_republished_storys_weekday_is_read_against_its_first_day(nlp: Language) -> None:
    def voted(furniture: list[str]) -> str:
        document = Document("r", "r.txt", "txt", REPUBLISHED, published="2025-08-12",
                            published_basis="sidecar", furniture=furniture)  # fmt: skip
        found = extract(nlp(REPUBLISHED), document)
        return next(e.time.date_start for e in found.events if e.trigger == "voted" and e.time)

    assert voted([ORIGIN]) == "2025-08-04"
    assert voted([]) == "2025-08-11"
