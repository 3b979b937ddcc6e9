"""Tolerant JSON for real WordPress dumps: control characters, cut-off files.

Exports scraped from WordPress REST endpoints carry raw control characters
inside strings and are often cut off mid-string (a download that stopped).
:func:`load_json` parses what is there and says where it stopped;
:func:`loads` is the strict parser every reader shares, made safe against
hostile input: integers longer than Python's 4300-digit limit become floats
instead of raising ``ValueError``, and nesting too deep for the recursion limit
is an ordinary parse error instead of a ``RecursionError``.
"""

from __future__ import annotations

import json
import logging
import re
from typing import Any

from graphx.errors import InputError

__all__ = ["load_json", "loads"]

log = logging.getLogger(__name__)

# Python refuses int() on more digits than this (CVE-2020-10735); JSON may hold them.
_MAX_INT_DIGITS = 4000


def _int(text: str) -> int | float:
    """An integer literal, as a float when it is too long for int().

    >>> _int("12"), _int("9" * 5000)
    (12, inf)
    """
    return int(text) if len(text) <= _MAX_INT_DIGITS else float(text)


def _scalar(text: str) -> Any:
    """A JSON number or literal matched by the tolerant parser."""
    return json.loads(text, parse_int=_int)


def loads(text: str) -> Any:
    """Strict JSON (raw control characters allowed) that fails only with ValueError.

    Raises:
        json.JSONDecodeError: malformed JSON, with line and column.
        ValueError: nested too deeply to parse.

    >>> loads('{"n": 1, "big": 1%s}' % ("0" * 5000))
    {'n': 1, 'big': inf}
    """
    try:
        return json.loads(text, strict=False, parse_int=_int)
    except RecursionError as e:
        raise ValueError("nested too deeply") from e


_MISSING = object()
_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
_CHUNK = re.compile(r'[^"\\]*')
# What a literal or a number may look like when the file ends inside it.
_PARTIAL = re.compile(
    r"-?\d*(?:\.\d*)?(?:[eE][+-]?\d*)?|t(?:r(?:ue?)?)?|f(?:a(?:l(?:se?)?)?)?|n(?:u(?:ll?)?)?"
)
_SCALAR = re.compile(r"-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null")


class _TolerantJSON:
    """JSON that may end anywhere: returns what was read and where it stopped."""

    def __init__(self, text: str) -> None:
        self.s, self.i, self.n = text, 0, len(text)
        self.path: list[str | int] = []
        self.cut: list[str | int] | None = None

    def parse(self) -> Any:
        value = self.value()
        self.ws()
        if self.cut is None and self.i < self.n:
            raise ValueError(f"extra data at offset {self.i}")
        return value

    def stop(self) -> Any:
        if self.cut is None:
            self.cut = list(self.path)
        return _MISSING

    def ws(self) -> None:
        while self.i < self.n and self.s[self.i] in " \t\r\n":
            self.i += 1

    def value(self) -> Any:
        self.ws()
        if self.i >= self.n:
            return self.stop()
        c = self.s[self.i]
        if c == "{":
            return self.container({}, "}")
        if c == "[":
            return self.container([], "]")
        if c == '"':
            return self.string()
        rest = self.s[self.i : self.i + 400]
        if len(rest) == self.n - self.i and _PARTIAL.fullmatch(rest):
            return self.stop()  # "nu", "-", "1.", "2e-" or digits cut at the end
        m = _SCALAR.match(self.s, self.i)
        if m is None:
            raise ValueError(f"unexpected character at offset {self.i}")
        self.i = m.end()
        return _scalar(m.group())

    def container(self, out: Any, close: str) -> Any:
        self.i += 1
        first = True
        while True:
            self.ws()
            if self.i >= self.n:
                self.stop()
                return out
            if self.s[self.i] == close and (first or out):
                self.i += 1
                return out
            if not first:
                if self.s[self.i] != ",":
                    raise ValueError(f"expected ',' or {close!r} at offset {self.i}")
                self.i += 1
            first = False
            if not self.member(out):
                return out

    def member(self, out: Any) -> bool:
        key: str | int = len(out)
        if isinstance(out, dict):
            self.ws()
            if self.i < self.n and self.s[self.i] != '"':
                raise ValueError(f"expected a key at offset {self.i}")
            key = self.string()
            self.ws()
            if self.cut is not None or self.i >= self.n:
                self.path.append(key)
                self.stop()
                self.path.pop()
                return False
            if self.s[self.i] != ":":
                raise ValueError(f"expected ':' at offset {self.i}")
            self.i += 1
        self.path.append(key)
        item = self.value()
        self.path.pop()
        if item is not _MISSING:
            if isinstance(out, dict):
                out[key] = item
            else:
                out.append(item)
        return self.cut is None

    def string(self) -> Any:
        self.i += 1
        parts: list[str] = []
        while True:
            m = _CHUNK.match(self.s, self.i)
            parts.append(m.group() if m else "")
            self.i = m.end() if m else self.i
            if self.i >= self.n or (self.s[self.i] == "\\" and self.i + 1 >= self.n):
                self.stop()
                return "".join(parts)
            if self.s[self.i] == '"':
                self.i += 1
                return "".join(parts)
            parts.append(self.escape())

    def escape(self) -> str:
        e = self.s[self.i + 1]
        if e != "u":
            self.i += 2
            return _ESCAPES.get(e, e)
        digits = self.s[self.i + 2 : self.i + 6]
        if len(digits) < 4 and self.i + 2 + len(digits) >= self.n:
            self.i = self.n  # cut inside the escape: the loop then records the cut
            return ""
        if not re.fullmatch(r"[0-9a-fA-F]{4}", digits):
            self.i += 2
            return "u"
        self.i += 6
        code = int(digits, 16)
        low = self.s[self.i + 2 : self.i + 6] if self.s[self.i : self.i + 2] == "\\u" else ""
        if 0xD800 <= code < 0xDC00 and re.fullmatch(r"[dD][c-fC-F][0-9a-fA-F]{2}", low):
            self.i += 6
            return chr(0x10000 + ((code - 0xD800) << 10) + (int(low, 16) - 0xDC00))
        return "\ufffd" if 0xD800 <= code < 0xE000 else chr(code)


def load_json(text: str) -> tuple[Any, str]:
    """Parse JSON, tolerating raw control characters and a cut-off end.

    Returns:
        The value (partial when the text was cut) and, when it was cut, where:
        a dotted path such as ``content.rendered`` (empty when complete).

    Raises:
        InputError: the text is not JSON, with line and column.

    >>> load_json('{"a": 1, "b": {"c": "cut he')
    ({'a': 1, 'b': {'c': 'cut he'}}, 'b.c')
    """
    try:
        return loads(text), ""
    except json.JSONDecodeError as e:
        error = e
    except ValueError as e:
        raise InputError(f"invalid JSON: {e}") from e
    parser = _TolerantJSON(text.strip())
    try:
        value = parser.parse()
    except (ValueError, IndexError, RecursionError) as e:
        raise InputError(
            f"invalid JSON at line {error.lineno} column {error.colno}: {error.msg}"
        ) from e
    if parser.cut is None:
        return value, ""
    where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in parser.cut).lstrip(".")
    return value, where or "(top level)"
