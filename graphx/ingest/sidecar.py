"""The metadata sidecar: per-file title, source, URL, date and note from a CSV or JSON file.

A sidecar is hand-edited, so it is read row by row and every row it cannot
use is named with its line and the reason (issue 12: a malformed sidecar was
half-parsed without a word, rows naming files that are not in the corpus
were ignored silently, and one 128 KB cell dropped the whole sidecar).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graphx.errors import InputError
from graphx.ingest.readers import text_field, wide_csv_fields
from graphx.ingest.walk import display_path
from graphx.ingest.wpjson import loads
from graphx.model import Problem

__all__ = ["SIDECAR_FIELDS", "SIDECAR_NAMES", "Sidecar", "find_sidecar", "load_sidecar"]

SIDECAR_NAMES = ("metadata.csv", "metadata.json")
SIDECAR_FIELDS = ("title", "source", "url", "published", "author", "note")
# Past this many, notes about one sidecar are counted rather than listed.
MAX_NOTES = 20
# (where, the row's cells by column), or (where, why the row cannot be used).
Row = tuple[str, dict[str, Any] | str]


@dataclass(slots=True)
class Sidecar:
    """The rows of a sidecar by file name, and what was wrong with the others."""

    path: Path
    table: dict[str, dict[str, str]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def row(self, doc_path: str) -> dict[str, str]:
        """The row for a document: by its path, its file's path, or either's base name."""
        file_path = doc_path.split("#", 1)[0]
        for key in (doc_path, file_path, _base(doc_path), _base(file_path)):
            if key in self.table:
                return self.table[key]
        return {}

    def problems(self) -> list[Problem]:
        """One problem per row that could not be used (counted past ``MAX_NOTES``)."""
        return self._as_problems(self.notes)

    def unmatched(self, rels: list[str]) -> list[Problem]:
        """One problem per row that names no file in ``rels`` (the corpus's files)."""
        names = set(rels) | {_base(r) for r in rels}
        missing = [k for k in self.table if k.split("#", 1)[0] not in names]
        if len(missing) > MAX_NOTES:
            shown = ", ".join(missing[:3])
            return self._as_problems(
                [f"{len(missing)} rows name no file of the corpus ({shown}, ...)"]
            )
        return self._as_problems([f"the row for {k} names no file of the corpus" for k in missing])

    def _as_problems(self, notes: list[str]) -> list[Problem]:
        if len(notes) > MAX_NOTES:
            notes = [*notes[:MAX_NOTES], f"... and {len(notes) - MAX_NOTES} more rows ignored"]
        where = display_path(self.path.name)
        # Notes quote file names from the sidecar: escaped like any path (bidi, controls).
        return [Problem(where, display_path(text_field(note))) for note in notes]


def _base(path: str) -> str:
    return path.rsplit("/", 1)[-1]


def find_sidecar(root: Path, corpus: Path) -> Path | None:
    """``metadata.csv``/``.json`` in the folder, or ``<folder>.metadata.csv`` beside it."""
    candidates = [root / name for name in SIDECAR_NAMES]
    if corpus.is_dir():
        candidates += [corpus.with_name(f"{corpus.name}.{name}") for name in SIDECAR_NAMES]
    return next((p for p in candidates if p.is_file()), None)


def load_sidecar(path: str | Path) -> Sidecar:
    """Per-file metadata from a CSV or JSON sidecar, keyed by its ``file`` column.

    JSON may be a list of objects with a ``file`` key or an object mapping
    file names to objects. Only the known columns are kept, empty cells
    dropped. A row that cannot be used is left out and noted.

    Raises:
        InputError: the sidecar cannot be read, or is not a table with a
            ``file`` column at all.
    """
    path = Path(path)
    sidecar = Sidecar(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
        json_file = path.suffix.lower() == ".json"
        rows = _json_rows(loads(text)) if json_file else _csv_rows(text)
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"cannot read metadata sidecar {path}: {e}") from e
    except ValueError as e:
        raise InputError(f"metadata sidecar {path} is not valid: {e}") from e
    for where, row in rows:
        if isinstance(row, str):
            sidecar.notes.append(f"{where}: {row}")
            continue
        cells = {text_field(str(k)).lower(): text_field(str(v or "")) for k, v in row.items() if k}
        name = cells.get("file", "").replace("\\", "/").removeprefix("./")
        if not name:
            sidecar.notes.append(f"{where}: no file name; row ignored")
            continue
        if name in sidecar.table:
            sidecar.notes.append(f"{where}: {name} has an earlier row; this one is used")
        sidecar.table[name] = {k: cells[k] for k in SIDECAR_FIELDS if cells.get(k)}
    return sidecar


def _json_rows(data: Any) -> list[Row]:
    if isinstance(data, dict):
        items = [
            (f"entry {k!r}", {"file": k, **v} if isinstance(v, dict) else v)
            for k, v in data.items()
        ]
    elif isinstance(data, list):
        items = [(f"entry {n}", v) for n, v in enumerate(data, 1)]
    else:
        raise ValueError("expected a list of objects or an object keyed by file name")
    return [
        (
            where,
            value
            if isinstance(value, dict)
            else f"not an object ({type(value).__name__}); ignored",
        )
        for where, value in items
    ]


def _csv_rows(text: str) -> list[Row]:
    """Rows with as many cells as the header; the others say why, never half-read."""
    rows: list[Row] = []
    with wide_csv_fields():  # one long cell must not cost the whole sidecar (issue 12)
        reader = csv.reader(io.StringIO(text))
        try:
            header = [text_field(h).lower() for h in next(reader, [])]
            if "file" not in header:
                raise ValueError(f"no 'file' column (columns: {', '.join(header) or 'none'})")
            last = reader.line_num
            for cells in reader:
                where, last = f"line {last + 1}", reader.line_num
                if any(c.strip() for c in cells):
                    problem = _bad_row(header, cells)
                    row = dict(zip(header, cells, strict=True)) if not problem else None
                    rows.append((where, row if row is not None else f"{problem}; row ignored"))
        except csv.Error as e:
            rows.append((f"line {reader.line_num}", f"{e}; the rest of the file ignored"))
    return rows


def _bad_row(header: list[str], cells: list[str]) -> str:
    if len(cells) != len(header):
        return f"{len(cells)} cells where the header has {len(header)}"
    # Only a note may run over lines: elsewhere a line break means an unbalanced
    # quote swallowed the rows after it.
    if any("\n" in c or "\r" in c for h, c in zip(header, cells, strict=True) if h != "note"):
        return "a cell runs over several lines (an unbalanced quote?)"
    return ""
