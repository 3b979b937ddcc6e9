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

One module per step: :mod:`~graphx.ingest.readers.decoding` (bytes -> text),
:mod:`~graphx.ingest.readers.detect` (which format), one reader per format
family (:mod:`~graphx.ingest.readers.plain`, :mod:`~graphx.ingest.readers.page`
for HTML, :mod:`~graphx.ingest.readers.rows` for JSON, JSON Lines and CSV, with
:mod:`~graphx.ingest.readers.items` for one article object), and
:mod:`~graphx.ingest.readers.dispatch`, the registry behind :func:`read_bytes`.
The record cache's key (``graphx.ingest.cache.readers_version``) follows the
imports of this package, so every module that turns bytes into records must be
imported from here.
"""

from __future__ import annotations

from graphx.ingest.readers.decoding import decode
from graphx.ingest.readers.detect import detect_format
from graphx.ingest.readers.dispatch import READERS, read_bytes
from graphx.ingest.readers.markup import html_to_text
from graphx.ingest.readers.normalise import normalise_text, text_field
from graphx.ingest.readers.plain import split_title
from graphx.ingest.readers.record import FIELDS, Record
from graphx.ingest.readers.rows import wide_csv_fields
from graphx.ingest.urls import safe_url
from graphx.ingest.wpjson import load_json

__all__ = [
    "FIELDS",
    "READERS",
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
