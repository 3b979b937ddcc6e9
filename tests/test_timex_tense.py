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
        # a hearing, a trial or a vote set for a time (found in probe237: "set a hearing on a
        # permanent injunction for January" in October had been the January before)
        ("Judge Ruiz set a hearing on a permanent injunction for January", "January", "future"),
        ("The board set its next meeting for Tuesday", "Tuesday", "future"),
        ("The council set aside money for housing in January", "January", ""),
    ],
)
def test_timex_tense_of_the_clause(text: str, mention: str, expected: str) -> None:
    start = text.index(mention)
    assert tense(text, 0, start, mention_end=start + len(mention)) == expected
