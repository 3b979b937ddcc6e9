"""A meeting's record: the votes a page of minutes or a recap lists on lines of their own.

Clerks' minutes, agendas with their outcomes and recaps of a council's meeting tell a vote
as a line, not a sentence: an item, then "VOTE: Approved, 3-2." or "Final passage: ADOPTED
5-2." Such a line is the vote of the body the meeting is of, on the item before it, on the
day of the meeting the page names above it ("Regular meeting, Tuesday, April 8"); the words
are ``resources/minutes_words.csv`` (issue 15; found in probes 304, 315, 317 and 319, whose
recaps gave no vote at all).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

from graphx.extract.known import read_head_words
from graphx.lexicon import Lexicon, shipped
from graphx.model import EventMention, Mention, TimeExpression

__all__ = ["minutes_words", "recorded_votes"]

# a label of a few words, a colon, the outcome and the tally ("Result: PASSED, 4-3.")
_OUTCOME = r"^[^\n:]{{1,40}}:\s*({words})\b[\s,.;:-]*(\d{{1,2}})\s*[-–]\s*(\d{{1,2}})\b"
_LINE = re.compile(r"[^\n]+")


@dataclass(frozen=True, slots=True)
class _Words:
    outcomes: dict[str, str]  # outcome word -> the lemma its vote is read as
    meetings: frozenset[str]


def minutes_words(lexicon: Lexicon | None = None) -> _Words:
    """``minutes_words.csv``: the outcome words of a vote and the words of a meeting."""
    return (lexicon or shipped()).derived(_read_words)


def _read_words(lexicon: Lexicon) -> _Words:
    rows = lexicon.rows("minutes_words.csv", required=("word", "kind"))
    outcomes = {r["word"].strip(): r["lemma"].strip() for r in rows if r["kind"] == "outcome"}
    meetings = frozenset(r["word"].strip() for r in rows if r["kind"] == "meeting")
    return _Words(outcomes, meetings)


def recorded_votes(
    doc: Doc,
    mentions: Sequence[Mention],
    times: Sequence[TimeExpression],
    events: list[EventMention],
) -> list[EventMention]:
    """The events of a page with the votes its record lists, dated by the meeting named
    above them and done by the body that meeting is of; the events alone on any other page.
    After the first, only split votes: a routine item's unanimous one ("Road fund transfer:
    APPROVED, 3-0") joined the page's own sentences of the lead item (found in probe313)."""
    words = minutes_words()
    outcome = re.compile(
        _OUTCOME.format(words="|".join(words.outcomes)), re.IGNORECASE | re.MULTILINE
    )
    told = {e.start for e in events}
    votes = []
    for match in outcome.finditer(doc.text):
        meeting = _meeting_before(doc.text, match.start(), times, words.meetings)
        if meeting is None or match.start(1) in told:
            continue
        line, day = meeting
        body = _body_of(mentions, line, doc.text)
        if body is not None and not (votes and match.group(3) == "0"):
            votes.append(_vote(doc, match, words.outcomes, body, day))
    return sorted([*events, *votes], key=lambda e: e.start)


def _meeting_before(
    text: str, at: int, times: Sequence[TimeExpression], meetings: frozenset[str]
) -> tuple[tuple[int, int], TimeExpression] | None:
    """The last line before ``at`` that names a meeting and a day of it, and that day."""
    found = None
    for line in _LINE.finditer(text[:at]):
        named = set(re.findall(r"[a-z]+", line.group().lower())) & meetings
        days = [t for t in times if line.start() <= t.start < line.end() and t.precision == "day"]
        if named and days:
            found = ((line.start(), line.end()), days[0])
    return found


def _body_of(mentions: Sequence[Mention], line: tuple[int, int], text: str) -> Mention | None:
    """The body that votes the meeting line names ("Regular Meeting of City Council"), else
    the first one the page names: a name whose last word is a voting body's."""
    votes = read_head_words()["votes"]
    bodies = [m for m in mentions if m.type == "agency" and m.text.split()[-1].lower() in votes]
    named = [m for m in bodies if line[0] <= m.start < line[1]]
    return next(iter(named or bodies), None)


def _vote(
    doc: Doc, match: re.Match[str], outcomes: dict[str, str], body: Mention, day: TimeExpression
) -> EventMention:
    item = doc.text[: match.start()].rstrip().rsplit("\n", 1)[-1]
    start = match.start(1)
    sentence = next((i for i, s in enumerate(doc.sents) if s.start_char <= start < s.end_char), -1)
    return EventMention(
        sentence=sentence,
        trigger=match.group(1),
        event_type="policy",
        summary=f"{item.strip()} {match.group().strip()}".strip(),
        participants=[(body.id, "agent")],
        time=day,
        lemma=outcomes[match.group(1).lower()],
        start=start,
        tally=f"{match.group(2)}-{match.group(3)}",
    )
