"""Acts told as happening since a time: between that time and the article (issue 15).

"Since July 2017, courts have struck down the conditions": TimeML values the time
expression as July 2017, which is what it names, but the striking down came after it,
by the time the story was written. "Since then" names the last date the story told
("in July 2017 imposed conditions. Since then, courts have struck them down").
Without a publication date the span stays open until the corpus dates the article.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from graphx.extract import clauses
from graphx.extract.timex.rules import words
from graphx.model import TimeExpression

__all__ = ["SINCE", "read_since"]

SINCE = "since"  # the precision of a span from a time to an article whose date is unknown


def _is_since(token: Token) -> bool:
    return token.dep_ == "prep" and token.lower_ in words()["since_words"]


def _told_before(times: Sequence[TimeExpression], offset: int) -> TimeExpression | None:
    """The last calendar date the text named before ``offset``."""
    told = [t for t in times if t.end <= offset and t.date_start]
    return max(told, key=lambda t: t.start) if told else None


def _until_now(
    since: TimeExpression, text: str, now: tuple[dt.date, dt.date] | None
) -> TimeExpression | None:
    """From the first day of ``since`` to the last day the article can have been written;
    with that day unknown, a span still open (:data:`SINCE`), which the article's date,
    once the corpus gives one, closes (``resolve.published.since_in_window``)."""
    if not since.date_start or (now is not None and since.date_start > now[1].isoformat()):
        return None
    return replace(
        since,
        date_start=since.date_start if now else "",
        date_end=now[1].isoformat() if now else "",
        precision="range" if now else SINCE,
        reading=f"{text}: after {since.text}, by the time the article was written",
    )


def read_since(
    doc: Doc,
    sent: Span,
    times: Sequence[TimeExpression],
    triggers: set[int],
    attached: dict[int, TimeExpression],
    now: tuple[dt.date, dt.date] | None,
) -> None:
    """Give the triggers a "since" governs the span from that time to the article, in place:
    "since 2019" (the time attached to the trigger) and "since then" (no time expression:
    the last date told before the sentence)."""
    for i, time in list(attached.items()):
        span = doc.char_span(time.start, time.end, alignment_mode="expand")
        if span is not None and _is_since(span.root.head):
            reading = _until_now(time, f"since {time.text}", now)
            if reading is None:
                del attached[i]  # "since 2019" is no day in 2019
            else:
                attached[i] = reading
    back = words()["back_references"]
    for token in sent:
        if not _is_since(token) or (owner := clauses.owner(token, triggers)) is None:
            continue
        named = [c for c in token.children if c.dep_ in ("pobj", "pcomp")]
        if owner in attached or not named:
            continue
        phrase = doc[named[0].left_edge.i : named[0].right_edge.i + 1].text.lower()
        anchor = _told_before(times, sent.start_char) if phrase in back else None
        if anchor is not None and (reading := _until_now(anchor, f"since {phrase}", now)):
            attached[owner] = reading
