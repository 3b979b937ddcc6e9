"""The tense of the clause around a time expression, from its cue words (no model)."""

from __future__ import annotations

import pytest

from graphx.extract.timex.tense import tense


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        ("The hearing will be held Tuesday", "Tuesday", "future"),
        ("Officials said Tuesday", "Tuesday", "past"),
        ("The case was heard on Tuesday", "Tuesday", "past"),
        ("The deadline is set by Tuesday", "Tuesday", "future"),
        ("On Tuesday, officials will meet", "Tuesday", "future"),
        ("On Tuesday the office opens", "Tuesday", ""),
    ],
)
def test_timex_tense_of_the_clause(text: str, mention: str, expected: str) -> None:
    start = text.index(mention)
    assert tense(text, 0, start, mention_end=start + len(mention)) == expected
