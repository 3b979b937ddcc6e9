"""Quotations: where a text quotes someone, so that what a quote says is told as
someone's words, not as the article's."""

from __future__ import annotations

from bisect import bisect_right

__all__ = ["inside", "quoted_spans"]

_OPEN_QUOTES = {"\u201c": True, "\u201d": False}


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Character spans inside quotation marks; a quote left open ends with its paragraph.

    >>> quoted_spans('He said "no." Then \\u201cyes\\u201d.')
    [(8, 13), (19, 24)]
    """
    spans: list[tuple[int, int]] = []
    start = -1
    for i, ch in enumerate(text):
        if ch == "\n" and start >= 0:
            spans.append((start, i))
            start = -1
        elif ch == '"':
            if start < 0:
                start = i
            else:
                spans.append((start, i + 1))
                start = -1
        elif ch in _OPEN_QUOTES:
            if _OPEN_QUOTES[ch] and start < 0:
                start = i
            elif not _OPEN_QUOTES[ch] and start >= 0:
                spans.append((start, i + 1))
                start = -1
    if start >= 0:
        spans.append((start, len(text)))
    return spans


def inside(spans: list[tuple[int, int]], offset: int) -> bool:
    """Whether an offset falls in one of the sorted, disjoint spans."""
    i = bisect_right(spans, (offset, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= offset < spans[i][1]
