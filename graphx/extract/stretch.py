"""Acts told over a stretch between two dates: "held 212 people on detainers from January
2015 through December 2017", "arrested 80 people between 2019 and 2021" (issue 15).

TimeML values each end on its own, so the act took the first end's month or year, and a
report of one day in it could join it as the same happening. The act is many acts over
the whole stretch, from the first day of one end to the last day of the other; longer
than a month, its precision :data:`OVER` makes it, as acts since a time are, one
happening with no report of a single time (``resolve.happenings``). A shorter stretch
("from Monday through Wednesday") is left as it was: an operation of a few days is one
happening; so is one person's stay ("detained Juan Lopez from Jan. 5 to Feb. 20"), and a
stretch with an end of no year of its own (uncertain: read in a year of its own).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from graphx.extract.since import SentenceTimes
from graphx.model import TimeExpression

__all__ = ["OVER", "read_stretches"]

OVER = "over"  # the precision of acts told over a stretch of more than a month

_OPENS = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
_JOINS = re.compile(r"^\s*(?:through|thru|to|until|till|and|-|–|—)\s*$", re.IGNORECASE)
_LONGEST_ONE_HAPPENING = dt.timedelta(days=31)


def _stretch(
    text: str, first: TimeExpression, times: Sequence[TimeExpression]
) -> TimeExpression | None:
    """The stretch ``first`` opens ("from January 2015 through December 2017"), when it
    is longer than a month, else None."""
    if not first.date_start or first.uncertain or not _OPENS.search(text[: first.start]):
        return None  # an end of no year of its own may be read in another year than the other
    last = next(
        (t for t in times if t.start >= first.end and _JOINS.match(text[first.end : t.start])), None
    )
    if last is None or not last.date_end or last.uncertain or last.date_end < first.date_start:
        return None
    days = dt.date.fromisoformat(last.date_end) - dt.date.fromisoformat(first.date_start)
    if days <= _LONGEST_ONE_HAPPENING:
        return None
    words = text[first.start : last.end]
    return replace(
        first,
        text=words,
        end=last.end,
        value=f"{first.value}/{last.value}",
        date_end=last.date_end,
        precision=OVER,
        reading=f"'{words}': acts over the stretch from {first.text} to {last.text}",
    )


def read_stretches(sentence: SentenceTimes, attached: dict[int, TimeExpression]) -> None:
    """Give the triggers whose time opens or closes a stretch between two dates the whole
    stretch (``attached``: trigger index -> its time, changed in place)."""
    text, times = sentence.doc.text, sorted(sentence.in_sentence(), key=lambda t: t.start)
    stretches = [s for t in times if (s := _stretch(text, t, times)) is not None]
    for i, time in list(attached.items()):
        for stretch in stretches:
            inside = stretch.start <= time.start and time.end <= stretch.end
            if inside and _many(sentence.doc[i]):
                attached[i] = stretch


def _many(act: Token) -> bool:
    """An act on many, counted or plural ("held 212 people", "arrested workers"), which a
    stretch makes many acts; not one person's stay ("detained Juan Lopez from Jan. 5 to
    Feb. 20")."""
    taken = [c for c in act.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(
        t.tag_ in ("NNS", "NNPS") or any(c.dep_ == "nummod" for c in t.children) for t in taken
    )
