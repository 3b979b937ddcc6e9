"""Readers: bytes of one file -> article records, whatever the format.

The format is chosen by content (a ``.txt`` holding WordPress JSON is read as
JSON): plain text, HTML (trafilatura and htmldate), WordPress REST JSON (one
post or a list; tolerant of raw control characters and of files cut off
mid-string), other JSON objects, JSON Lines and CSV exports with one article
per row. Non-UTF-8 text is decoded with charset-normalizer; the tolerant JSON
parser lives in :mod:`graphx.ingest.wpjson`. Every reader raises
:class:`graphx.errors.InputError` with a one-line reason when a file yields
nothing; a row that fails inside a multi-row file becomes a record with
``error`` set, so the other rows survive. Nothing else escapes a reader
(``tests/test_fuzz_readers.py``, ``benchmarks/fuzz_readers.py``).

Text from articles is kept as inert text: script, style and other code
elements of HTML bodies are dropped, markup left in titles or metadata stays
literal (escaped wherever it is displayed), every field is free of control
characters and lone surrogates, and :func:`safe_url` says which URLs may be
rendered as links.
"""

from __future__ import annotations

import csv
import functools
import html
import io
import json
import logging
import re
import threading
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any, TypeVar
from urllib.parse import urlsplit

from graphx.errors import InputError
from graphx.ingest.furniture import clean, looks_like_headline
from graphx.ingest.pubdate import normalise_date
from graphx.ingest.urls import safe_url
from graphx.ingest.wpjson import load_json, loads

__all__ = [
    "Record",
    "decode",
    "detect_format",
    "html_to_text",
    "load_json",
    "normalise_text",
    "read_bytes",
    "safe_url",
    "split_title",
    "text_field",
    "wide_csv_fields",
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
# Above this many tags a page skips trafilatura/htmldate (see _read_html).
MAX_EXTRACTION_TAGS = 20_000
# Characters XML 1.0 cannot carry (lxml raises ValueError on them).
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
T = TypeVar("T")
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# Terminal colour codes pasted from a console: "\x1b[31m" would leave "[31m".
_ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")
# Lone surrogates come from JSON escapes such as "\ud800"; no encoder accepts them.
_SURROGATE = re.compile("[\ud800-\udfff]")
# Vertical tab, form feed, NEL and the Unicode separators all end a line.
_LINE_BREAKS = str.maketrans(dict.fromkeys("\r\x0b\x0c\x85\u2028\u2029", "\n"))
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


_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


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
    for bom, codec in _BOMS:
        if data.startswith(bom):
            # A cut-off or corrupt UTF-16 file must not raise (fuzzing found it).
            text = data[len(bom) :].decode(codec, errors="replace")
            return text, [f"decoded as {codec.removesuffix('-le').removesuffix('-be')}"]
    head = data[:8192]
    codec = _utf16_without_bom(head)
    if codec:
        text, warnings = data.decode(codec, errors="replace"), [f"decoded as {codec}"]
    elif head.count(b"\x00") > max(2, len(head) // 100):  # a stray NUL is not binary
        raise InputError("binary file (not text)")
    else:
        text, warnings = _decode_8bit(data)
    if len(_CONTROL.findall(text[:8192])) > max(2, len(text[:8192]) // 100):
        raise InputError("binary file (not text)")
    return text, warnings


def _utf16_without_bom(head: bytes) -> str:
    """``utf-16-le``/``-be`` when every other byte is NUL, as in Latin text without a BOM.

    Such a file was rejected as binary (issue 12 F12).

    >>> _utf16_without_bom("Plain words".encode("utf-16-be")), _utf16_without_bom(b"ab\\x00cd")
    ('utf-16-be', '')
    """
    pairs = len(head) // 2
    if pairs < 4:
        return ""
    even, odd = head[0 : 2 * pairs : 2].count(0), head[1 : 2 * pairs : 2].count(0)
    if odd >= pairs * 0.6 and even <= pairs * 0.02:
        return "utf-16-le"
    if even >= pairs * 0.6 and odd <= pairs * 0.02:
        return "utf-16-be"
    return ""


def _decode_8bit(data: bytes) -> tuple[str, list[str]]:
    """UTF-8 when it is; mostly UTF-8 with a few bad bytes replaced; else a guess.

    One invalid byte in a UTF-8 article made charset-normalizer give up and
    the file was rejected as binary (issue 12 F12). When at least four of
    every five non-ASCII sequences are valid UTF-8, the file is UTF-8 with
    damage: the bad bytes become U+FFFD and the file says how many.
    """
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8-sig", errors="replace")
    kept = data.count("\ufffd".encode())  # replacement characters already in the file
    bad = text.count("\ufffd") - kept
    good = len(text) - len(text.encode("ascii", "ignore")) - bad - kept
    if bad * 4 <= good:
        return text, [f"{bad} invalid UTF-8 byte sequence(s) replaced with U+FFFD"]
    return _guess_decode(data)


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
    text = _SURROGATE.sub("\ufffd", text.replace("\r\n", "\n"))
    text = unicodedata.normalize("NFC", text.translate(_LINE_BREAKS))
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub("", _ANSI.sub("", text))
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n")).strip()


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
        return all(isinstance(loads(line), dict) for line in lines[:2])
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
    # Never shown to a reader, even when the closing tag is missing.
    CODE = frozenset(("script", "style", "template"))

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        # Each skipped element holds its text: if it is never closed, the text
        # after it was not furniture but the article (fuzzing found the loss).
        self.skipping: list[tuple[str, list[str]]] = []
        self.in_title = False

    def _out(self) -> list[str]:
        return self.skipping[-1][1] if self.skipping else self.parts

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        open_tags = [t for t, _ in self.skipping]
        if "head" in open_tags and (tag == "body" or tag in self.BLOCK):
            del self.skipping[open_tags.index("head") :]  # </head> is optional in HTML
        if tag in self.SKIP:
            self.skipping.append((tag, []))
        elif tag == "title":
            self.in_title = not self.title and set(open_tags) <= {"head"}
        elif tag in self.BLOCK:
            self._out().append("\n\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.BLOCK:
            self._out().append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        open_tags = [t for t, _ in self.skipping]
        if tag in open_tags:
            del self.skipping[len(open_tags) - 1 - open_tags[::-1].index(tag) :]
        elif tag == "title":
            self.in_title = False
        elif tag in self.BLOCK:
            self._out().append("\n\n")

    def handle_data(self, data: str) -> None:
        (self.title if self.in_title else self._out()).append(data)

    def parse_marked_section(self, i: int, report: bool = True) -> int:
        """``<![`` opens a marked section only before a known keyword; otherwise it is text.

        ``_markupbase`` raises AssertionError on ``<![ oops`` or ``<![foo[``,
        which dropped the whole article (issue 12 F6, 11,839 of 112,333
        random fragments).
        """
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            self.handle_data(self.rawdata[i : i + 3])
            return i + 3

    def close(self) -> None:
        super().close()
        if self.in_title:  # an unclosed <title> swallowed the page
            self.parts += ["\n\n", *self.title]
            self.title = []
        for tag, held in self.skipping:
            if tag in self.CODE:
                break
            self.parts.extend(held)
        self.skipping = []


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


class _Sink(logging.Handler):
    """Collects the warnings a third-party extractor logs about one page."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@contextmanager
def _page_logs(sink: _Sink) -> Iterator[None]:
    """Route trafilatura's and htmldate's warnings to ``sink`` instead of stderr.

    They name no file ("discarding data: None" on stderr, issue 12), so they
    become warnings of the record being read, which are shown with its path.
    """
    loggers = [logging.getLogger(name) for name in ("trafilatura", "htmldate")]
    saved = [logger.propagate for logger in loggers]
    for logger in loggers:
        logger.addHandler(sink)
        logger.propagate = False
    try:
        yield
    finally:
        for logger, propagate in zip(loggers, saved, strict=True):
            logger.removeHandler(sink)
            logger.propagate = propagate


def _guarded(record: Record, what: str, call: Callable[[], T]) -> T | None:
    """Run a third-party extractor; on failure, warn and let our own parser do."""
    sink = _Sink()
    try:
        with _page_logs(sink):
            return call()
    except Exception as e:  # lxml, trafilatura and htmldate raise many types
        log.info("%s failed: %s: %s", what, type(e).__name__, e)
        record.warnings.append(f"{what} failed ({type(e).__name__}); all visible text kept")
        return None
    finally:
        for message in dict.fromkeys(sink.messages):
            if message.startswith("discarding data"):
                message = "found no article text; all visible text kept"
            record.warnings.append(f"{what}: {message}")


def _read_html(text: str) -> list[Record]:
    import htmldate
    import trafilatura

    record = Record(format="html")
    # lxml refuses text with characters XML cannot carry (atheris found it).
    text = _NOT_XML.sub("", text.translate(_LINE_BREAKS))
    # trafilatura's time grows faster than the number of elements: a page of
    # 60,000 <p> took 18 s (fuzzing). Past the limit, keep all visible text.
    tags = text.count("<")
    extracted = None
    if tags <= MAX_EXTRACTION_TAGS:
        extracted = _guarded(
            record,
            "main-text extraction",
            lambda: trafilatura.bare_extraction(
                text, with_metadata=True, include_comments=False, include_tables=True
            ),
        )
    else:
        record.warnings.append(
            f"page has {tags} tags (> {MAX_EXTRACTION_TAGS}): all visible text kept"
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
    found = (
        _guarded(
            record,
            "date extraction",
            lambda: htmldate.find_date(text, extensive_search=False, original_date=True),
        )
        if tags <= MAX_EXTRACTION_TAGS
        else None
    )
    try:
        record.published = normalise_date(found) if found else ""
    except ValueError:
        record.warnings.append(f"unusable date {found!r} in the page metadata ignored")
    _finish(record, body, guess_title=not record.title)
    return [record]


# -- JSON ---------------------------------------------------------------------


def _rendered(value: Any) -> str:
    if isinstance(value, dict):
        value = value.get("rendered", value.get("raw", ""))
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value if isinstance(v, str | int | float))
    return "" if value is None or isinstance(value, dict) else str(value)


def _host(url: str) -> str:
    if not url:
        return ""
    try:
        host = urlsplit(url.strip()).hostname or ""
    except ValueError:  # "http://[oops": an unbalanced IPv6 bracket (fuzzing found it)
        return ""
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
            item = loads(line)
        except ValueError as e:
            where = f" column {e.colno}" if isinstance(e, json.JSONDecodeError) else ""
            msg = e.msg if isinstance(e, json.JSONDecodeError) else str(e)
            records.append(
                Record(
                    format="jsonl", part=f"#{n}", error=f"invalid JSON at line {n}{where}: {msg}"
                )
            )
            continue
        records.append(_record_from_item(item, "jsonl", f"#{n}"))
    return records


_CSV_LIMIT = threading.Lock()


@contextmanager
def wide_csv_fields() -> Iterator[None]:
    """Let :mod:`csv` read cells of any size (files are already capped), for this block only.

    ``csv.field_size_limit`` is process-wide: it was raised for good by the
    first CSV article, changing it for every other user of csv in the process
    (issue 12). The lock keeps two readers from restoring each other's value.
    """
    with _CSV_LIMIT:
        old = csv.field_size_limit(2**31 - 1)
        try:
            yield
        finally:
            csv.field_size_limit(old)


def _read_csv(text: str) -> list[Record]:
    first = text.split("\n", 1)[0]
    delimiter = max(",;\t|", key=first.count)
    with wide_csv_fields():
        reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
        try:
            rows = list(reader)
        except csv.Error as e:
            raise InputError(f"invalid CSV at line {reader.line_num}: {e}") from e
    records = []
    for n, row in enumerate(rows, 1):
        item = {k.strip(): v for k, v in row.items() if isinstance(k, str)}
        records.append(_record_from_item(item, "csv", f"#{n}"))
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
    if not body.strip():  # nothing to clean: a million empty entries took 13 s here (M6)
        return
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


_FORMAT_NAMES = {
    "json": "JSON",
    "jsonl": "JSON Lines",
    "csv": "CSV",
    "html": "HTML",
    "text": "text",
}
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
    if not records:  # "[]", a cut-off "[", a CSV header alone: still one line for the file
        raise InputError(f"no article found ({_FORMAT_NAMES[fmt]} without any entry)")
    for record in records:
        record.warnings[:0] = warnings
        _settle_fields(record)
    return records


def _settle_fields(record: Record) -> None:
    """Make every field of a record one clean line (the body stays multi-line)."""
    record.text = _SURROGATE.sub("\ufffd", record.text)
    for name in ("title", "url", "source", "author", "published", "error"):
        value = getattr(record, name)
        if value:  # most are empty: a 1,000,000-entry file spent 30 s here (issue 12 M6)
            setattr(record, name, text_field(value))
    record.warnings = [text_field(w) for w in record.warnings]
    record.furniture = [text_field(f) for f in record.furniture]
