"""Long documents cut into pieces and their extractions joined (no model)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from graphx.extract.chunks import join_extractions, split_text
from graphx.model import DocExtraction, EventMention, Mention, Sentence, TimeExpression


@pytest.mark.parametrize(
    ("text", "size", "expected"),
    [
        ("First para.\n\nSecond para.", 20, ["First para.\n\n", "Second para."]),
        ("Line one\nline two\nthree", 12, ["Line one\n", "line two\n", "three"]),
        ("He left. She came. They met.", 12, ["He left. ", "She came. ", "They met."]),
        ("aaaaaaaaaa", 4, ["aaaa", "aaaa", "aa"]),
        ("short", 100, ["short"]),
        ("", 10, [""]),
    ],
)
def test_chunks_split_at_the_best_break(text: str, size: int, expected: list[str]) -> None:
    assert [piece for _, piece in split_text(text, size)] == expected


@given(st.text(alphabet="ab .\n", max_size=300), st.integers(min_value=1, max_value=40))
def test_chunks_pieces_are_the_text_at_their_offsets(text: str, size: int) -> None:
    pieces = split_text(text, size)
    assert "".join(p for _, p in pieces) == text
    assert all(text[offset : offset + len(p)] == p for offset, p in pieces)
    assert all(len(p) <= size for _, p in pieces)


def test_chunks_join_shifts_offsets_indexes_and_mention_ids() -> None:
    first = DocExtraction(
        "d",
        sentences=[Sentence(0, 10, "Ann spoke.")],
        mentions=[Mention("Ann", 0, 3, 0, "person")],
    )
    when = TimeExpression("May 2019", 9, 17, value="2019-05")
    second = DocExtraction(
        "d",
        sentences=[Sentence(0, 4, "Hi."), Sentence(5, 30, "Bob met ICE in May 2019.")],
        mentions=[Mention("Bob", 5, 8, 1, "person"), Mention("ICE", 13, 16, 1, "agency")],
        times=[when],
        events=[EventMention(1, "met", "meeting", "Bob met ICE",
                             [("m5-8", "agent"), ("m13-16", "patient")], None, when,
                             start=9, along=1)],
    )  # fmt: skip
    whole = join_extractions("d", [(0, first), (100, second)])
    assert [(s.start, s.end) for s in whole.sentences] == [(0, 10), (100, 104), (105, 130)]
    assert [(m.text, m.start, m.sentence) for m in whole.mentions] == [
        ("Ann", 0, 0),
        ("Bob", 105, 2),
        ("ICE", 113, 2),
    ]
    (event,) = whole.events
    assert event.sentence == 2
    assert (event.start, event.along) == (109, 101)
    assert [m.id for m in whole.mentions] == ["m0-3", "m105-108", "m113-116"]
    assert event.participants == [("m105-108", "agent"), ("m113-116", "patient")]
    assert event.time is not None and (event.time.start, event.time.end) == (109, 117)
    assert [(t.start, t.end) for t in whole.times] == [(109, 117)]
    assert second.mentions[0].start == 5  # the pieces' own extractions are left alone
