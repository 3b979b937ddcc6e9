"""The registry of readers by format, and :func:`read_bytes`, which picks one per file.

Every reader raises :class:`graphx.errors.InputError` with a one-line reason
when a file yields nothing; nothing else escapes a reader
(``tests/test_fuzz_readers.py``, ``benchmarks/fuzz_readers.py``).
"""

from __future__ import annotations

from collections.abc import Callable

from graphx.errors import InputError
from graphx.ingest.readers.decoding import decode
from graphx.ingest.readers.detect import detect_format
from graphx.ingest.readers.normalise import SURROGATE, text_field
from graphx.ingest.readers.page import read_html
from graphx.ingest.readers.plain import read_text
from graphx.ingest.readers.record import Record
from graphx.ingest.readers.rows import read_csv, read_json, read_jsonl

__all__ = ["READERS", "read_bytes"]

_FORMAT_NAMES = {
    "json": "JSON",
    "jsonl": "JSON Lines",
    "csv": "CSV",
    "html": "HTML",
    "text": "text",
}
# What detect_format names -> the reader of that format.
READERS: dict[str, Callable[[str], list[Record]]] = {
    "json": read_json,
    "jsonl": read_jsonl,
    "csv": read_csv,
    "html": read_html,
    "text": read_text,
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
    records = READERS[fmt](text)
    if not records:  # "[]", a cut-off "[", a CSV header alone: still one line for the file
        raise InputError(f"no article found ({_FORMAT_NAMES[fmt]} without any entry)")
    for record in records:
        record.warnings[:0] = warnings
        _settle_fields(record)
    return records


def _settle_fields(record: Record) -> None:
    """Make every field of a record one clean line (the body stays multi-line)."""
    record.text = SURROGATE.sub("\ufffd", record.text)
    for name in ("title", "url", "source", "author", "published", "error"):
        value = getattr(record, name)
        if value:  # most are empty: a 1,000,000-entry file spent 30 s here (issue 12 M6)
            setattr(record, name, text_field(value))
    record.warnings = [text_field(w) for w in record.warnings]
    record.furniture = [text_field(f) for f in record.furniture]
