"""Inert text: one normal form for article bodies and one clean line for metadata.

Every field is free of control characters and lone surrogates; markup left in
a title or metadata value stays literal (escaped wherever it is displayed).
"""

from __future__ import annotations

import functools
import re
import unicodedata

__all__ = [
    "CONTROL",
    "LINE_BREAKS",
    "SPACES",
    "SURROGATE",
    "normalise_text",
    "text_field",
]

SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# Terminal colour codes pasted from a console: "\x1b[31m" would leave "[31m".
_ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")
# Lone surrogates come from JSON escapes such as "\ud800"; no encoder accepts them.
SURROGATE = re.compile("[\ud800-\udfff]")
# Vertical tab, form feed, NEL and the Unicode separators all end a line.
LINE_BREAKS = str.maketrans(dict.fromkeys("\r\x0b\x0c\x85\u2028\u2029", "\n"))


def normalise_text(text: str) -> str:
    """Unify newlines and spaces, drop invisible characters, strip lines.

    >>> normalise_text("a\\u00a0 b \\r\\n\\u200bc")
    'a b\\nc'
    """
    text = SURROGATE.sub("\ufffd", text.replace("\r\n", "\n"))
    text = unicodedata.normalize("NFC", text.translate(LINE_BREAKS))
    text = _INVISIBLE.sub("", text)
    text = CONTROL.sub("", _ANSI.sub("", text))
    return "\n".join(SPACES.sub(" ", line).strip() for line in text.split("\n")).strip()


def text_field(value: str) -> str:
    """A one-line metadata value (title, author, URL) safe to store and print.

    Lone surrogates become U+FFFD; control and invisible characters go; runs of
    white space, line breaks included, become one space. Markup is left as it
    is: it is inert text, escaped wherever it is displayed.

    >>> text_field(" <b>Big</b>\\n news\\x00 \\ud800 ")
    '<b>Big</b> news \ufffd'
    """
    if len(value) <= 200:  # short values repeat (an error on each of a million entries)
        return _short_field(value)
    return " ".join(normalise_text(value).split())


@functools.lru_cache(maxsize=4096)
def _short_field(value: str) -> str:
    return " ".join(normalise_text(value).split())
