"""A text a page sets out in full after saying what it is ("The following statement was
issued by ...:", then its paragraphs, each opened by a quotation mark) is the text put out,
not someone's words in an interview: the acts it tells are reported (issue 15). Found in
probe288 (read), an advocates' statement of a raid; the page here is invented and dated
Tuesday 18 March 2025.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from graphx.build.engines import extract
from graphx.extract.ner import load_nlp
from graphx.extract.quotes import texts_set_out
from graphx.model import Document
from graphx.settings import Settings
from tests.extracting import NEEDS_MODEL

STATEMENT = (
    "Statement on the Harlow Meats raid\n"
    "Dover Workers Alliance\n"
    "\n"
    "The following statement was issued by Ana Ruiz, director of the Dover Workers Alliance:\n"
    "\n"
    '"Yesterday morning, federal agents raided the Harlow Meats plant in Dover and arrested '
    "40 of our neighbors. Their children waited at school for parents who never came.\n"
    "\n"
    '"We call on the county to end the agreement it signed with ICE."\n'
    "\n"
    'Ana Ruiz spoke to reporters later. "I have never seen so many agents," she said.\n'
)


def test_the_paragraphs_of_a_text_set_out_are_found() -> None:
    spans = texts_set_out(STATEMENT)
    starts = [STATEMENT[a : a + 12] for a, _ in spans]
    # the two paragraphs of the statement; not the interview's words after them
    assert starts == ['"Yesterday m', '"We call on ']


def test_a_text_not_said_to_be_a_statement_sets_out_nothing() -> None:
    # ... nor an interview's comments, nor a response given when asked (a review)
    for said in ("following people", "following comments", "following response"):
        assert texts_set_out(STATEMENT.replace("following statement", said)) == []


def test_a_quote_with_its_speaker_after_it_ends_the_statement() -> None:
    # a review: "... here," Ramirez told the Ledger last year, quoted after the statement
    text = STATEMENT.replace(
        '"We call on the county', '"I came back for my kids," Ana Ruiz told the Ledger.\n\n"We call'
    )
    assert [text[a : a + 12] for a, _ in texts_set_out(text)] == ['"Yesterday m']


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_nlp(Settings())


@pytest.mark.model
@NEEDS_MODEL[1]
def test_the_acts_a_statement_tells_are_reported(nlp: Language) -> None:
    document = Document(
        "t", "t.txt", "txt", STATEMENT, title=STATEMENT.split("\n")[0],
        published="2025-03-18", published_basis="known",
    )  # fmt: skip
    events = extract(nlp(STATEMENT), document).events
    told = {(e.trigger, e.event_type, e.time.date_start if e.time else None) for e in events}
    assert ("raided", "enforcement", "2025-03-17") in told
    # ... but an act it tells with no time of its own is its background, not its news
    assert not any(trigger == "signed" for trigger, _, _ in told)
