"""Long documents in pieces the model can parse, and their extractions joined again.

spaCy refuses a text over ``nlp.max_length`` characters (error E088) and needs
memory in proportion to the text, so a document over :data:`CHUNK_CHARS` is
cut at paragraph, line, sentence or word boundaries into consecutive pieces
that together are exactly its text; each piece is extracted on its own and
the results are shifted back to offsets into the whole document (issue 12,
F1: a 1.1 MB article aborted every build).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from graphx.model import (
    DocExtraction,
    EventMention,
    Mention,
    Sentence,
    TimeExpression,
    identify_mentions,
)

__all__ = ["CHUNK_CHARS", "join_extractions", "split_text"]

CHUNK_CHARS = 100_000

# Cut points, best first: a blank line, a line end, a sentence end, any space.
_BREAKS = tuple(re.compile(p) for p in (r"\n\s*\n", r"\n", r"[.!?][\"')\]]*\s", r"\s"))


def _cut(text: str, start: int, size: int) -> int:
    """Where the piece that begins at ``start`` ends: the last good break within ``size``."""
    limit = start + size
    if limit >= len(text):
        return len(text)
    for pattern in _BREAKS:
        # Only breaks in the second half, so pieces stay large.
        ends = [m.end() for m in pattern.finditer(text, start + size // 2, limit)]
        if ends:
            return ends[-1]
    return limit


def split_text(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """Consecutive pieces of at most ``size`` characters, each with its offset.

    >>> split_text("One. Two. Three.", size=10)
    [(0, 'One. Two. '), (10, 'Three.')]
    >>> "".join(piece for _, piece in split_text("a b c d e f", size=4)) == "a b c d e f"
    True
    """
    pieces: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = _cut(text, start, max(1, size))
        pieces.append((start, text[start:end]))
        start = end
    return pieces or [(0, text)]


def _shift_time(time: TimeExpression, chars: int) -> TimeExpression:
    return replace(time, start=time.start + chars, end=time.end + chars)


def _shift_event(
    event: EventMention, chars: int, sentences: int, renamed: dict[str, str]
) -> EventMention:
    return replace(
        event,
        sentence=event.sentence + sentences,
        participants=[(renamed.get(i, i), role) for i, role in event.participants],
        place=None if event.place is None else renamed.get(event.place, event.place),
        time=None if event.time is None else _shift_time(event.time, chars),
        start=event.start + chars if event.start >= 0 else event.start,
        along=event.along + chars if event.along >= 0 else event.along,
    )


def _shift_mentions(mentions: list[Mention], chars: int, sentences: int) -> list[Mention]:
    """The mentions with offsets into the whole document, and ids made of those offsets."""
    shifted = [
        replace(m, start=m.start + chars, end=m.end + chars, sentence=m.sentence + sentences)
        for m in mentions
    ]
    return identify_mentions(shifted)


def join_extractions(doc_id: str, parts: Sequence[tuple[int, DocExtraction]]) -> DocExtraction:
    """One extraction from the extractions of a document's pieces.

    Args:
        doc_id: the document's id.
        parts: each piece's character offset in the document and its extraction,
            in text order; offsets, sentence indexes and mention ids are the piece's own.

    Returns:
        The extraction with every offset and index counted from the document's start,
        and mention ids (made of offsets) renamed in the mentions and the events.
    """
    whole = DocExtraction(doc_id)
    for chars, part in parts:
        sentences = len(whole.sentences)
        whole.sentences.extend(
            Sentence(s.start + chars, s.end + chars, s.text) for s in part.sentences
        )
        mentions = _shift_mentions(part.mentions, chars, sentences)
        renamed = {old.id: new.id for old, new in zip(part.mentions, mentions, strict=True)}
        whole.mentions.extend(mentions)
        whole.times.extend(_shift_time(t, chars) for t in part.times)
        whole.events.extend(_shift_event(e, chars, sentences, renamed) for e in part.events)
    return whole
