"""Sentences end at a page's lines (no model: a blank pipeline's tokenizer)."""

from __future__ import annotations

import pytest
import spacy

from graphx.extract.lines import mark_line_starts

NLP = spacy.blank("en")


def starts(text: str) -> list[str]:
    return [t.text for t in mark_line_starts(NLP(text)) if t.is_sent_start and not t.is_space]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline, a stamp and a dateline are each their own sentence, and the story
        # after the dateline's dash (found in probe281: "MANSFIELD — Five days after agents
        # surrounded the plant, she still does not know" was parsed as the city's sentence)
        ("Sheriff Sues County Over Jail Funds\nMay 3, 2021\n\nDAYTON - The sheriff sued.",
         ["Sheriff", "May", "DAYTON", "The"]),
        ("DAYTON, Ohio (AP) — Five days after agents came, she waits.", ["DAYTON", "Five"]),
        # ... not a dash inside a sentence, nor after a name that is no city in capitals the
        # gazetteer knows (a review)
        ("The sheriff - who sued - won.", ["The"]),
        ("ICE — the nation's immigration agency — arrested 40 workers.", ["ICE"]),
        ("Rep. Ana Ruiz (D-Texas) — who toured the center — spoke.", ["Rep."]),
        # a sentence-case headline
        ("County jail to end contract with agency\nThe county voted Tuesday.", ["County", "The"]),
        # a headline of 14 words with quotes and a colon: punctuation is no word
        ('"Cruel and unusual": Mayor Ann Lee, Sheriff Bo Park slam jail deal in town\n'
         "After the council voted Friday, the mayor spoke.", ['"', "After"]),
        # a byline line
        ("By Ann Lee and Bo Park\nThe council met.", ["By", "The"]),
        # a complete line
        ("The council met.\nIt voted to end the deal.", ["The", "It"]),
        # a list's item opens after its bullet (found in probe297: the parser hung the
        # item's date on the bullet); not a bullet inside a line
        ("How it went:\n\u2022 May 9, 2019 \u2014 Agents arrest 97 workers.",
         ["How", "\u2022", "May"]),
        ("Prices \u2022 rose \u2022 sharply.", ["Prices"]),
        # hard-wrapped prose: the line runs on
        ("The council voted to end the deal with the\nagency on Tuesday.", ["The"]),
        ("Officials said the mayor of\nNew York would sign.", ["Officials"]),
        ("The order was signed by Mayor\nBill Reyes last week.", ["The"]),
        ("It was\nlate.", ["It"]),
        # a caption's credit after its last sentence (found in probe19, used): the lede below
        # is a sentence of its own, not the credit's
        ("Ana Ruiz hugs her daughter outside the Dayton County Justice Center in Dayton on "
         "Thursday. BO PARK/Dayton Daily\nA Dayton mother walked out Thursday evening.",
         ["Ana", "A"]),
        # ... not the start of a sentence wrapped onto the next line (a review)
        ("The workers were held on Tuesday at the carpet plant on Market Street in Dayton. "
         "Agents with Homeland Security\nInvestigations arrested 19 workers.", ["The"]),
        # ... not after an abbreviation of a long line of wrapped prose
        ("The agents from the agency worked with agents from U.S. Immigration and Customs "
         "Enforcement to find\nAna Ruiz on Friday.", ["The"]),
    ],
)  # fmt: skip
def test_lines_sentence_starts(text: str, expected: list[str]) -> None:
    assert starts(text) == expected


def test_lines_the_pages_headline_ends_a_sentence_however_long() -> None:
    from graphx.extract.lines import with_headline

    # 17 words: too long to pass for a heading by its length alone
    title = "Six counties and two cities sue the state over a law that makes jails hold migrants"
    text = f"{title}\nSuits were filed in Dayton federal court on behalf of the counties."
    assert starts(text) == ["Six"]
    marked = mark_line_starts(with_headline(NLP(text), title))
    assert [t.text for t in marked if t.is_sent_start] == ["Six", "Suits"]
    # a title that is not the page's whole first line marks nothing
    assert with_headline(NLP(text), title[:20]).user_data == {}


def test_lines_a_datelines_capitals_are_held_in_one_sentence() -> None:
    # found in probe14 (used): the parser split "EAGLE | COUNTY, Colo. —" once the byline
    # above it ended a sentence; the capitals that open a line may start no sentence
    doc = mark_line_starts(NLP("Author: Bo Park\nDAYTON COUNTY, Ohio — Commissioners voted."))
    held = {t.text: t.is_sent_start for t in doc}
    assert held["DAYTON"] is True and held["COUNTY"] is False
    # ... a line's words in small letters are left to the parser
    doc = mark_line_starts(NLP("Author: Bo Park\nDayton County commissioners voted."))
    assert {t.text: t.is_sent_start for t in doc}["County"] is None


@pytest.mark.parametrize(
    ("tags", "held"),
    [
        # found in probe263: the parser split "Elías | Barahona walked out" under a section's
        # label; two proper nouns opening a line are one name
        (("NNP", "NNP", "VBD"), False),
        # ... not a word of another kind ("Today Agents ...", "Workers Union ...")
        (("NN", "NNP", "VBD"), None),
        (("NNPS", "VBD", "RP"), None),
    ],
)
def test_lines_two_proper_nouns_opening_a_line_are_one_name(
    tags: tuple[str, ...], held: bool | None
) -> None:
    doc = NLP("IMMIGRATION\n\nElías Barahona walked out on Friday.")
    for token, tag in zip(doc[2:5], tags, strict=True):
        token.tag_ = tag
    marked = {t.text: t.is_sent_start for t in mark_line_starts(doc)}
    assert marked["Elías"] is True and marked["Barahona"] is held


def test_lines_a_line_opened_by_the_day_it_was_written_runs_on() -> None:
    # found reading a probe's release: the parser made "Today" under the headline a
    # sentence of its own, and "the group filed a lawsuit" was lost
    doc = mark_line_starts(NLP("Group Sues County\nToday the group filed a lawsuit."))
    held = {t.text: t.is_sent_start for t in doc}
    assert held["Today"] is True and held["the"] is False
    # ... not a capitalised word after it, nor a word of another time
    doc = mark_line_starts(NLP("Group Sues County\nToday The Ledger reports.\nMonday the vote"))
    held = {t.text: t.is_sent_start for t in doc}
    assert held["The"] is None and held["the"] is None
