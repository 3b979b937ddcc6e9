"""Headlines and other title-case lines: names there need support from the body.

In "Judge Orders Denver Sheriff to Comply" every word is capitalised, so the
model cannot tell a name from a verb and finds a person "Orders Denver"
(issue 16). A name found on a title-case line (a headline, a section label,
a newsletter's name) is kept only when the rest of the document writes it
too, or when a table or the gazetteer knows it; the body's own mentions
carry the entity either way.
"""

from __future__ import annotations

import re

from graphx.lexicon import Lexicon, shipped

__all__ = ["is_title_case", "small_words", "supported", "title_case_lines"]

# A word, not the letter of a code ("287(g)", "9/11s"): a headline has codes in lower case.
_WORD = re.compile(r"(?<![\w(])[^\W\d_][\w'’.-]*")
_MAX_LINE = 200


def small_words(lexicon: Lexicon | None = None) -> frozenset[str]:
    """The words a title-case headline may leave in lower case (``headline_small_words.txt``).

    Raises:
        SettingsError: the file is unreadable.
    """
    return (lexicon or shipped()).word_set("headline_small_words.txt")


def is_title_case(line: str) -> bool:
    """A short line whose words, small words aside, all begin with a capital.

    >>> is_title_case("Judge Orders Denver Sheriff to Comply")
    True
    >>> is_title_case("A judge ordered the sheriff to comply.")
    False
    >>> is_title_case("Sheriff Signs 287(g) Agreement")
    True
    """
    text = line.strip()
    if not text or len(text) > _MAX_LINE or text[-1] in ".?!;:,":
        return False
    small = small_words()
    words = [w for w in _WORD.findall(text) if w.lower() not in small]
    if len(words) < 2:
        return False
    return all(w[0].isupper() for w in words)


def title_case_lines(text: str) -> list[tuple[int, int]]:
    """Character spans of the title-case lines of a text.

    >>> text = "Mayor Vows Action On Ports\\nThe mayor spoke on Monday."
    >>> [text[a:b] for a, b in title_case_lines(text)]
    ['Mayor Vows Action On Ports']
    """
    spans, start = [], 0
    for line in text.splitlines(keepends=True):
        if is_title_case(line):
            spans.append((start, start + len(line.rstrip())))
        start += len(line)
    return spans


def supported(name: str, text: str, lines: list[tuple[int, int]]) -> bool:
    """The body writes the name, or each of its words with the same capital.

    "Boeing-Air Force" in a headline is supported by "Boeing" and "the Air
    Force" in the body; "Vows Action" is not.

    >>> text = "Mayor Vows Action On Ports\\nThe mayor of Ports spoke."
    >>> lines = title_case_lines(text)
    >>> supported("Ports", text, lines), supported("Vows Action", text, lines)
    (True, False)
    """
    if _written(name, text, lines):
        return True
    words = [w for w in re.findall(r"[^\W_]+", name) if len(w) > 1]
    return bool(words) and all(_written(w, text, lines) for w in words)


def _written(name: str, text: str, lines: list[tuple[int, int]]) -> bool:
    """The name occurs in the text outside the given lines."""
    pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
    for match in pattern.finditer(text):
        if not any(a <= match.start() < b for a, b in lines):
            return True
    return False
