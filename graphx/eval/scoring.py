"""What every scorer shares: P/R/F1, one-to-one span matching, TimeML value spellings, tallies.

Spans are dicts with character offsets (``start``, ``end``) into a document's
text, as the evaluation datasets of ``../shared/eval`` write them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

__all__ = [
    "Span",
    "Tally",
    "brief",
    "canonical_value",
    "context",
    "match_spans",
    "prf",
    "same_value",
]

Span = dict[str, Any]


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    """Precision, recall and F1 rounded to 4 places.

    >>> prf(3, 4, 6)
    {'p': 0.75, 'r': 0.5, 'f1': 0.6, 'tp': 3, 'pred': 4, 'gold': 6}
    """
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "p": round(p, 4),
        "r": round(r, 4),
        "f1": round(f, 4),
        "tp": tp,
        "pred": n_pred,
        "gold": n_gold,
    }


def match_spans(gold: Sequence[Span], pred: Sequence[Span]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index) of overlapping spans, largest overlap first.

    >>> match_spans([{"start": 0, "end": 5}], [{"start": 3, "end": 9}, {"start": 6, "end": 7}])
    [(0, 0)]
    """
    pairs = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            overlap = min(g["end"], p["end"]) - max(g["start"], p["start"])
            if overlap > 0:
                pairs.append((-overlap, i, j))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, i, j in sorted(pairs):
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            out.append((i, j))
    return sorted(out)


class Tally:
    """Counts summed over documents, plus the mistakes kept for ``--errors``."""

    def __init__(self, keep: int) -> None:
        self.counts: dict[str, list[int]] = {}
        self.errors: list[dict[str, Any]] = []
        self.keep = keep

    def add(self, key: str, tp: int, n_pred: int, n_gold: int) -> None:
        c = self.counts.setdefault(key, [0, 0, 0])
        c[0] += tp
        c[1] += n_pred
        c[2] += n_gold

    def error(self, **item: Any) -> None:
        if len(self.errors) < self.keep:
            self.errors.append(item)

    def metrics(self) -> dict[str, Any]:
        return {key: prf(*c) for key, c in sorted(self.counts.items())}


_WEEK = re.compile(r"^(\d{4}-W)(\d)$")
_UNKNOWN_MONTH = re.compile(r"^(\d{4})-XX$")
_DECADE_X = re.compile(r"^(\d{3})X$")


def canonical_value(value: str) -> str:
    """One spelling per TimeML value, applied to gold and predictions alike.

    The corpora spell some values in older TIMEX2 or unpadded forms (AQUAINT
    writes ``2000-W7``, ``1968-XX`` and ``198X``); TimeML writes ``2000-W07``,
    ``1968`` and ``198``. Only the spelling is changed, never the meaning.

    >>> [canonical_value(v) for v in ("2000-W7", "1968-XX", "198X", "2019-05-07")]
    ['2000-W07', '1968', '198', '2019-05-07']
    """
    value = _WEEK.sub(r"\g<1>0\2", value)
    value = _UNKNOWN_MONTH.sub(r"\1", value)
    return _DECADE_X.sub(r"\1", value)


def same_value(predicted: str, gold: str) -> bool:
    return canonical_value(predicted) == canonical_value(gold)


def brief(span: Span | None) -> dict[str, Any] | None:
    """The fields of a span worth showing in a listed mistake."""
    if span is None:
        return None
    return {k: span.get(k) for k in ("start", "end", "text", "type", "value")}


def context(text: str, span: Span, width: int = 50) -> str:
    """The text around a span on one line, for a listed mistake."""
    return text[max(0, span["start"] - width) : span["end"] + width].replace("\n", " | ")
