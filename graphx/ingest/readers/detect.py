"""Which reader a file gets: its format judged by content first, then by its suffix.

A ``.txt`` holding WordPress JSON is read as JSON.
"""

from __future__ import annotations

import re

from graphx.ingest.readers.record import FIELDS
from graphx.ingest.wpjson import loads

__all__ = ["detect_format"]

# "[Editor's note: ...]" opens many plain-text articles: JSON needs a JSON token next.
_JSON_START = re.compile(r'[\[{]\s*(["{\[\]}]|-?\d|true\b|false\b|null\b|$)')


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
