"""Readers: bytes of one file -> article records, whatever the format.

The format is chosen by content (a ``.txt`` holding WordPress JSON is read as
JSON): plain text, HTML (trafilatura and htmldate), WordPress REST JSON (one
post or a list; tolerant of raw control characters and of files cut off
mid-string), other JSON objects, JSON Lines and CSV exports with one article
per row. Non-UTF-8 text is decoded with charset-normalizer. Every reader
raises :class:`graphx.errors.InputError` with a one-line reason when a file
yields nothing; a row that fails inside a multi-row file becomes a record
with ``error`` set, so the other rows survive.
"""

from __future__ import annotations

import csv
import html
import io
import json
import logging
import re
import unicodedata
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urlsplit

from .errors import InputError
from .furniture import clean, looks_like_headline
from .pubdate import normalise_date

__all__ = [
    "Record",
    "decode",
    "detect_format",
    "html_to_text",
    "load_json",
    "normalise_text",
    "read_bytes",
    "split_title",
]

log = logging.getLogger(__name__)

# Column / key names of one-article-per-row exports, most specific first.
FIELDS: dict[str, tuple[str, ...]] = {
    "text": ("text", "content", "body", "article", "full_text", "fulltext", "story", "maintext"),
    "title": ("title", "headline", "name"),
    "published": (
        "published",
        "date",
        "pubdate",
        "published_at",
        "publication_date",
        "date_published",
        "datetime",
        "timestamp",
        "created_at",
    ),
    "url": ("url", "link", "canonical_url", "permalink"),
    "source": ("source", "publisher", "site", "site_name", "sitename", "outlet", "domain"),
    "author": ("author", "byline", "authors", "creator"),
}
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
# "[Editor's note: ...]" opens many plain-text articles: JSON needs a JSON token next.
_JSON_START = re.compile(r'[\[{]\s*(["{\[\]}]|-?\d|true\b|false\b|null\b|$)')
_MAGIC = {
    b"%PDF": "PDF",
    b"PK\x03\x04": "ZIP/Office",
    b"\x89PNG": "PNG",
    b"GIF8": "GIF",
    b"\xff\xd8\xff": "JPEG",
    b"\x1f\x8b": "gzip",
    b"\xd0\xcf\x11\xe0": "MS Office",
}


@dataclass(slots=True)
class Record:
    """One article as a reader found it (ingest turns it into a Document)."""

    format: str
    text: str = ""
    title: str = ""
    url: str = ""
    source: str = ""
    author: str = ""
    published: str = ""
    part: str = ""
    furniture: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    error: str = ""


# -- decoding and detection -------------------------------------------------


def decode(data: bytes) -> tuple[str, list[str]]:
    """Text of a file and decoding warnings; InputError for binary data.

    >>> decode("caf\\u00e9 \\u2013 ok".encode("cp1252"))
    ('café – ok', ['decoded as cp1252'])
    """
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            raise InputError(f"binary file (not text): {kind}")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), ["decoded as utf-16"]
    if b"\x00" in data[:8192]:
        raise InputError("binary file (not text)")
    try:
        text, warnings = data.decode("utf-8-sig"), list[str]()
    except UnicodeDecodeError:
        text, warnings = _guess_decode(data)
    if len(_CONTROL.findall(text[:8192])) > max(2, len(text[:8192]) // 100):
        raise InputError("binary file (not text)")
    return text, warnings


def _guess_decode(data: bytes) -> tuple[str, list[str]]:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError("binary file (not text)")
    # windows-1252 is what the web means by "latin-1" (WHATWG); charset-normalizer
    # often ties it with cp1250 on short Western texts, so prefer it on a tie.
    western = from_bytes(data, cp_isolation=["cp1252"]).best()
    chosen = western if western is not None and western.chaos <= best.chaos else best
    return str(chosen), [f"decoded as {chosen.encoding}"]


def normalise_text(text: str) -> str:
    """Unify newlines and spaces, drop invisible characters, strip lines.

    >>> normalise_text("a\\u00a0 b \\r\\n\\u200bc")
    'a b\\nc'
    """
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub("", text)
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n")).strip()


def detect_format(name: str, text: str) -> str:
    """``json``, ``jsonl``, ``html``, ``csv`` or ``text``, judged by content first.

    >>> detect_format("a.txt", '{"id": 1}'), detect_format("a.dat", "<html><p>x</p>")
    ('json', 'html')
    """
    head = text.lstrip()[:4096]
    suffix = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if _JSON_START.match(head) or (suffix in ("json", "jsonl", "ndjson") and head[:1] in "{["):
        return "jsonl" if suffix in ("jsonl", "ndjson") or _is_jsonl(text) else "json"
    markup = re.search(
        r"<(!doctype html|html|head|body|p|div|article|br|h[1-6]|meta)\b", head, re.I
    )
    if (head.startswith("<") and markup) or (suffix in ("html", "htm", "xhtml") and markup):
        return "html"
    if _is_csv(suffix, head):
        return "csv"
    return "text"


def _is_jsonl(text: str) -> bool:
    lines = [line for line in text.lstrip().split("\n", 3)[:3] if line.strip()]
    if len(lines) < 2:
        return False
    try:
        return all(isinstance(json.loads(line, strict=False), dict) for line in lines[:2])
    except ValueError:
        return False


def _is_csv(suffix: str, head: str) -> bool:
    first = head.split("\n", 1)[0]
    delimiter = max(",;\t|", key=first.count)
    cells = {cell.strip().strip('"').lower() for cell in first.split(delimiter)}
    known = {name for names in FIELDS.values() for name in names}
    if len(cells) < 2 or not cells & set(FIELDS["text"]):
        return False
    return suffix in ("csv", "tsv") or len(cells & known) >= 2


# -- HTML ---------------------------------------------------------------------


class _TextParser(HTMLParser):
    SKIP = frozenset(
        "script style noscript template iframe svg object nav header footer aside form"
        " button select head math canvas video audio".split()
    )
    BLOCK = frozenset(
        "p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote section article tr table pre hr"
        " dd dt figure figcaption main td th body".split()
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self.skipping: list[str] = []
        self.in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self.skipping.append(tag)
        elif tag == "title":
            self.in_title = True
        elif tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.skipping:
            while self.skipping.pop() != tag:
                pass
        elif tag == "title":
            self.in_title = False
        elif tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        elif not self.skipping:
            self.parts.append(data)


def html_to_text(markup: str) -> tuple[str, str]:
    """Visible text of HTML (paragraphs separated by blank lines) and its <title>.

    Scripts, styles, navigation, headers, footers and forms are dropped; a
    blank line in the source also separates paragraphs (WordPress content).

    >>> html_to_text("<p>One &amp; two<script>x()</script></p><nav>Home</nav>Three")
    ('One & two\\n\\nThree', '')
    """
    parser = _TextParser()
    parser.feed(markup)
    parser.close()
    raw = "".join(parser.parts)
    paragraphs = (_SPACES.sub(" ", " ".join(p.split())) for p in re.split(r"\n\s*\n", raw))
    title = " ".join("".join(parser.title).split())
    return "\n\n".join(p for p in paragraphs if p), title


def _read_html(text: str) -> list[Record]:
    import htmldate
    import trafilatura

    record = Record(format="html")
    extracted = trafilatura.bare_extraction(
        text, with_metadata=True, include_comments=False, include_tables=True
    )
    meta: dict[str, Any] = {}
    if extracted is not None:
        meta = extracted if isinstance(extracted, dict) else extracted.as_dict()
    fallback, page_title = html_to_text(text)
    record.title = normalise_text(str(meta.get("title") or page_title or ""))
    body = str(meta.get("text") or "")
    lines = [line for line in normalise_text(body).split("\n") if line]
    if lines and lines[0] == record.title:
        lines = lines[1:]
    body = "\n\n".join(lines) if lines else fallback
    record.url = str(meta.get("url") or "")
    record.source = str(meta.get("sitename") or meta.get("hostname") or _host(record.url))
    record.author = str(meta.get("author") or "")
    found = htmldate.find_date(text, extensive_search=False, original_date=True)
    try:
        record.published = normalise_date(found) if found else ""
    except ValueError:
        record.warnings.append(f"unusable date {found!r} in the page metadata ignored")
    _finish(record, body, guess_title=not record.title)
    return [record]


# -- JSON ---------------------------------------------------------------------

_MISSING = object()
_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
_CHUNK = re.compile(r'[^"\\]*')
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
        m = _SCALAR.match(self.s, self.i)
        if m is None:
            rest = self.s[self.i :].rstrip()
            if any(word.startswith(rest) for word in ("true", "false", "null", "-")):
                return self.stop()
            raise ValueError(f"unexpected character at offset {self.i}")
        self.i = m.end()
        if self.i >= self.n:
            return self.stop()  # a number at the very end may have lost digits
        return json.loads(m.group())

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
        return json.loads(text, strict=False), ""
    except json.JSONDecodeError as e:
        error = e
    except RecursionError as e:
        raise InputError("invalid JSON: nested too deeply") from e
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


def _rendered(value: Any) -> str:
    if isinstance(value, dict):
        value = value.get("rendered", value.get("raw", ""))
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value if isinstance(v, str | int | float))
    return "" if value is None or isinstance(value, dict) else str(value)


def _host(url: str) -> str:
    host = urlsplit(url.strip()).hostname or ""
    return host.removeprefix("www.")


def _is_wordpress(item: dict[str, Any]) -> bool:
    return any(
        isinstance(item.get(k), dict) and "rendered" in item[k] for k in ("title", "content")
    )


def _pick(item: dict[str, Any], name: str) -> str:
    lowered = {str(k).lower(): v for k, v in item.items()}
    for key in FIELDS[name]:
        if key in lowered and _rendered(lowered[key]).strip():
            return _rendered(lowered[key]).strip()
    return ""


def _record_from_item(item: Any, fmt: str, part: str) -> Record:
    if not isinstance(item, dict):
        return Record(format=fmt, part=part, error=f"not an article object ({type(item).__name__})")
    wordpress = _is_wordpress(item)
    record = Record(format="wordpress-json" if wordpress else fmt, part=part)
    title_html = _rendered(item.get("title")) if wordpress else _pick(item, "title")
    record.title = normalise_text(html_to_text(title_html)[0]) if title_html else ""
    record.url = _pick(item, "url")
    record.source = _pick(item, "source") or _host(record.url)
    embedded = item.get("_embedded")
    author = embedded.get("author") if isinstance(embedded, dict) else None
    if isinstance(author, list) and author and isinstance(author[0], dict):
        record.author = str(author[0].get("name", ""))
    else:
        record.author = _pick(item, "author") if not wordpress else ""
    raw_date = _pick(item, "published") or _rendered(item.get("date_gmt"))
    if raw_date:
        try:
            record.published = normalise_date(raw_date)
        except ValueError:
            record.warnings.append(f"unusable date {raw_date!r} ignored")
    body = _rendered(item.get("content")) if wordpress else _pick(item, "text")
    if wordpress and not body.strip():
        body = _rendered(item.get("excerpt"))
    _finish(record, body, guess_title=not record.title)
    return record


def _read_json(text: str) -> list[Record]:
    value, cut = load_json(text)
    items = value if isinstance(value, list) else [value]
    records = []
    for n, item in enumerate(items, 1):
        part = f"#{n}" if isinstance(value, list) and len(items) > 1 else ""
        records.append(_record_from_item(item, "json", part))
    if cut and records:
        last, inner = records[-1], re.sub(r"^\[\d+\]\.?", "", cut)
        keys = list(items[-1]) if isinstance(items[-1], dict) else []
        last.warnings.append(
            f"JSON truncated inside {inner or cut}; recovered fields: {', '.join(keys) or 'none'}"
        )
    return records


def _read_jsonl(text: str) -> list[Record]:
    records = []
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line, strict=False)
        except json.JSONDecodeError as e:
            records.append(
                Record(
                    format="jsonl",
                    part=f"#{n}",
                    error=f"invalid JSON at line {n} column {e.colno}: {e.msg}",
                )
            )
            continue
        records.append(_record_from_item(item, "jsonl", f"#{n}"))
    return records


def _read_csv(text: str) -> list[Record]:
    first = text.split("\n", 1)[0]
    delimiter = max(",;\t|", key=first.count)
    csv.field_size_limit(2**31 - 1)
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    records = []
    try:
        for n, row in enumerate(reader, 1):
            item = {k.strip(): v for k, v in row.items() if isinstance(k, str)}
            records.append(_record_from_item(item, "csv", f"#{n}"))
    except csv.Error as e:
        raise InputError(f"invalid CSV at line {reader.line_num}: {e}") from e
    return records


# -- plain text and shared finishing ------------------------------------------


def split_title(text: str) -> tuple[str, str]:
    """(title, body): the first line is the title when it looks like a headline.

    >>> split_title("ICE Adopts New Approach\\n\\nThe agency said so.")
    ('ICE Adopts New Approach', 'The agency said so.')
    >>> split_title("A first paragraph that is a sentence.\\n\\nMore.")[0]
    ''
    """
    first, sep, rest = text.partition("\n\n")
    words = first.split()
    titled = (
        sep
        and rest.strip()
        and "\n" not in first
        and 2 <= len(words) <= 25
        and looks_like_headline(first)
        and (first[0].isupper() or first[0].isdigit() or first[0] in "\"'“‘")
    )
    return (first, rest.strip()) if titled else ("", text)


def _finish(record: Record, body: str, *, guess_title: bool) -> None:
    """Clean an HTML-or-text body into the record: text, furniture, title."""
    body = html_to_text(body)[0] if _TAG.search(body) else html.unescape(body)
    result = clean(normalise_text(body))
    record.furniture.extend(result.removed)
    record.text = result.text
    if guess_title:
        record.title, record.text = split_title(record.text)
    record.source = record.source or result.fields.get("source", "")
    record.author = record.author or result.fields.get("author", "")


def _read_text(text: str) -> list[Record]:
    record = Record(format="text")
    _finish(record, text, guess_title=True)
    return [record]


_READERS = {
    "json": _read_json,
    "jsonl": _read_jsonl,
    "csv": _read_csv,
    "html": _read_html,
    "text": _read_text,
}


def read_bytes(name: str, data: bytes) -> list[Record]:
    """All article records in one file's bytes.

    Raises:
        InputError: empty, binary, undecodable or unparseable content.

    >>> [(r.title, r.text) for r in read_bytes("a.txt", b"Big News Today\\n\\nIt happened.")]
    [('Big News Today', 'It happened.')]
    """
    if not data.strip():
        raise InputError("empty file" if not data else "empty file (only whitespace)")
    text, warnings = decode(data)
    fmt = detect_format(name, text)
    records = _READERS[fmt](text)
    for record in records:
        record.warnings[:0] = warnings
    return records
