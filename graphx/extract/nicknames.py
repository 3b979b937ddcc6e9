"""A nickname in quotes inside a person's name: Sheriff Teodoro "Ted" Arellano.

The model cuts such a name at the quotes ("Teodoro", then 'Ted" Arellano') or stops at the
nickname ('Maria Elena "Malena'); the whole is one person, whose name holds both forms:
"Ted Arellano" and "Arellano" match it as a surname's full name does.
"""

from __future__ import annotations

from spacy.tokens import Doc

from graphx.extract.drafts import Draft
from graphx.extract.known import read_titles
from graphx.extract.titles import is_title_word

__all__ = ["quoted_nicknames"]

_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})


def quoted_nicknames(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """The drafts, with each name around a quoted nickname made one person: the given
    name before the quotes and the surname after them, where the model named a person in
    either part and nothing else there, or named nothing there after a title."""
    for i in range(1, len(doc) - 3):
        if not _quoted_word(doc, i):
            continue
        parts = (i - 1, i + 1, i + 3)
        touching = [d for d in drafts if any(d.start <= p < d.end for p in parts)]
        if any(d.type != "person" for d in touching):
            continue
        if not touching and not _after_a_title(doc, i - 1):
            continue  # 'Sheriff Clayton "Buck" Harrell', which the model may leave untagged
        start = min([i - 1, *(d.start for d in touching)])
        end = max([i + 4, *(d.end for d in touching)])
        title = next((d.title for d in touching if d.title), "")
        whole = Draft(start, end, "PERSON", "person", title=title)
        drafts = [d for d in drafts if d not in touching] + [whole]
    return drafts


def _after_a_title(doc: Doc, given: int) -> bool:
    return (
        given > 0 and doc[given - 1].is_title and is_title_word(doc[given - 1].text, read_titles())
    )


def _quoted_word(doc: Doc, i: int) -> bool:
    """``doc[i]`` opens quotes around one capitalised word, between two others: a given
    name before, a surname after."""
    words = (doc[i - 1], doc[i + 1], doc[i + 3])
    return (
        doc[i].text in _QUOTES
        and doc[i + 2].text in _QUOTES
        and all(w.is_alpha and w.is_title for w in words)
        and doc[i].whitespace_ == ""
        and doc[i + 1].whitespace_ == ""
    )
