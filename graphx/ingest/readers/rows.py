"""Files of article objects: JSON (one post or a list), JSON Lines and CSV exports.

The tolerant JSON parser (raw control characters, files cut off mid-string)
lives in :mod:`graphx.ingest.wpjson`. A row that fails becomes a record with
``error`` set, so the other rows survive.
"""

from __future__ import annotations

import csv
import io
import json
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from graphx.errors import InputError
from graphx.ingest.readers.items import record_from_item
from graphx.ingest.readers.record import Record
from graphx.ingest.wpjson import load_json, loads

__all__ = ["read_csv", "read_json", "read_jsonl", "wide_csv_fields"]


def read_json(text: str) -> list[Record]:
    """One record per object of a JSON file; a cut-off file warns on its last record."""
    value, cut = load_json(text)
    items = value if isinstance(value, list) else [value]
    records = []
    for n, item in enumerate(items, 1):
        part = f"#{n}" if isinstance(value, list) and len(items) > 1 else ""
        records.append(record_from_item(item, "json", part))
    if cut and records:
        last, inner = records[-1], re.sub(r"^\[\d+\]\.?", "", cut)
        keys = list(items[-1]) if isinstance(items[-1], dict) else []
        last.warnings.append(
            f"JSON truncated inside {inner or cut}; recovered fields: {', '.join(keys) or 'none'}"
        )
    return records


def read_jsonl(text: str) -> list[Record]:
    """One record per non-blank line of a JSON Lines file."""
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
        records.append(record_from_item(item, "jsonl", f"#{n}"))
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


def read_csv(text: str) -> list[Record]:
    """One record per row of a CSV export; InputError when the table cannot be parsed."""
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
        records.append(record_from_item(item, "csv", f"#{n}"))
    return records
