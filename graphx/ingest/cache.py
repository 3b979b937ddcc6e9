"""The record cache: what the readers made of a file's bytes, kept per (name, bytes).

A file's records are valid while its bytes, its name, the readers' code and
the furniture patterns are. Entries are JSON files written atomically.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import asdict
from pathlib import Path

from graphx import __version__
from graphx.code_digest import code_digest
from graphx.files import atomic_write, make_folder
from graphx.ingest.readers import Record
from graphx.lexicon import shipped
from graphx.schema import SchemaError, checker

__all__ = ["MAX_FAILED", "RecordCache", "readers_version"]

log = logging.getLogger(__name__)
_check_record = checker(Record)

# Record(**row) fills in what put() leaves out; "format" is the one field without a default.
_EMPTY_RECORD = {**asdict(Record(format="")), "format": None}
MAX_FAILED = 20


def readers_version() -> str:
    """A digest of everything that turns a file's bytes into records."""
    h = hashlib.sha256(__version__.encode())
    h.update(code_digest("graphx.ingest.readers").encode())
    h.update(shipped().digest("ingest").encode())
    return h.hexdigest()[:16]


class RecordCache:
    """The records read from each file, one JSON file per (name, bytes) under ``root/<version>/``.

    Reading is a third of a rebuild that adds one article to 2,000 (HTML goes
    through trafilatura, every file through the furniture rules), and it gives
    the same records for the same bytes (issue 6).
    """

    def __init__(self, root: Path, version: str | None = None) -> None:
        self.dir = make_folder(root / (version or readers_version()))

    def _path(self, name: str, data: bytes) -> Path:
        key = hashlib.sha256(name.encode("utf-8", "replace") + b"\0" + data).hexdigest()[:32]
        return self.dir / f"{key}.json"

    def load(self, name: str, data: bytes) -> list[Record] | None:
        """The records of these bytes under this name, or None when absent or unreadable."""
        path = self._path(name, data)
        if not path.is_file():
            return None
        try:
            rows = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(rows, list) or not rows:
                raise SchemaError(f"expected a non-empty list of records, got {rows!r:.40}")
            for n, row in enumerate(rows):
                try:
                    _check_record(row)
                except SchemaError as e:
                    raise e.inside(f"[{n}]") from None
            return [Record(**row) for row in rows]
        except (OSError, ValueError, TypeError) as e:  # SchemaError is a ValueError
            log.warning("cache entry %s unusable (%s); reading %s again", path, e, name)
            return None

    def put(self, name: str, data: bytes, records: list[Record]) -> None:
        """Keep a file's records, each without its empty fields.

        A file whose entries mostly failed is not kept: failures are found
        quickly again, and a JSON array of a million numbers made a 184 MB
        entry that took as long to load as the file to read (issue 12 M6).
        """
        if sum(1 for r in records if r.error) > max(MAX_FAILED, len(records) // 2):
            return
        rows = [{k: v for k, v in asdict(r).items() if v != _EMPTY_RECORD[k]} for r in records]
        with atomic_write(self._path(name, data), "w") as f:
            json.dump(rows, f, ensure_ascii=False)
