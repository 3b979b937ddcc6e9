"""An event's summary: the words of its clause as the article wrote them."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["summary"]

_LEADING_WORDS = {"that", "who", "which", "when", "while", "because", "as", "and", "but", "to"}


def summary(trigger: Token, clause: list[Token]) -> str:
    """The clause as the article wrote it, from its first to its last word: sliced from a
    span's text (not the whole Doc.text), so punctuation and spacing stay the author's; a
    leading subordinator and a trailing conjunction ("filed a detainer, but") are dropped."""
    tokens = sorted((t for t in clause if not t.is_space), key=lambda t: t.i)
    while len(tokens) > 1 and tokens[0].lower_ in _LEADING_WORDS:
        tokens = tokens[1:]
    end = tokens[-1].i if len(tokens) > 1 and tokens[-1].dep_ == "cc" else tokens[-1].i + 1
    text = " ".join(trigger.doc[tokens[0].i : end].text.split())
    text = text.strip(' ,.;:\u201c\u201d"')
    return text if len(text) <= 140 else text[:139].rstrip() + "\u2026"
