"""Ingest: a file or folder of articles -> a :class:`graphx.model.Corpus`.

Walks the corpus (recursively, any mix of formats), reads each file with
:mod:`graphx.readers`, applies the metadata sidecar, settles each document's
publication date and where it came from, gives each document a content-hash
id and drops exact duplicates. A file that yields nothing becomes a
:class:`~graphx.model.Problem` with a one-line reason; one bad file never
stops the corpus.
"""

from __future__ import annotations

import csv
import hashlib
import logging
import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import InputError
from .model import Corpus, Document, Problem
from .pubdate import infer_published, normalise_date
from .readers import Record, read_bytes, text_field

if TYPE_CHECKING:
    from .cache import RecordCache
from .wpjson import loads

__all__ = ["SIDECAR_NAMES", "display_path", "document_id", "load_sidecar", "read_corpus"]

log = logging.getLogger(__name__)

SIDECAR_NAMES = ("metadata.csv", "metadata.json")
SIDECAR_FIELDS = ("title", "source", "url", "published", "author", "note")
Progress = Callable[[int, int, str], None]


def document_id(text: str) -> str:
    """Stable id of a document: the first 16 hex digits of sha256 of its text.

    >>> document_id("same text") == document_id("same text")
    True
    """
    # surrogatepass: an id must never be the reason a document is lost.
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def display_path(rel: str) -> str:
    """A relative path that prints on one line and encodes as UTF-8.

    Bytes that were not UTF-8 in the file name (kept by Python as lone
    surrogates) become ``\\xNN`` and control characters their escape, so each
    skipped file is still reported on exactly one line.

    >>> display_path("a\\nb/\\udcff.txt")
    'a\\\\nb/\\\\xff.txt'
    """
    return "".join(_escape(c) for c in rel)


def _escape(c: str) -> str:
    code = ord(c)
    if 0xDC80 <= code <= 0xDCFF:
        return f"\\x{code - 0xDC00:02x}"
    if code < 0x20 or code == 0x7F or 0xD800 <= code <= 0xDFFF:
        return c.encode("unicode_escape", "backslashreplace").decode("ascii")
    return c


def _size(n: float) -> str:
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if n >= scale:
            return f"{n / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{int(n)} bytes"


# -- sidecar ------------------------------------------------------------------


def load_sidecar(path: str | Path) -> dict[str, dict[str, str]]:
    """Per-file metadata from a CSV or JSON sidecar, keyed by its ``file`` column.

    JSON may be a list of objects with a ``file`` key or an object mapping
    file names to objects. Only the known columns are kept, empty cells dropped.

    Raises:
        InputError: the sidecar cannot be read or parsed.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
        rows: list[dict[str, Any]] = (
            _json_rows(loads(text))
            if path.suffix.lower() == ".json"
            else list(csv.DictReader(text.splitlines()))
        )
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"cannot read metadata sidecar {path}: {e}") from e
    except (ValueError, csv.Error) as e:
        raise InputError(f"metadata sidecar {path} is not valid: {e}") from e
    table: dict[str, dict[str, str]] = {}
    for row in rows:
        cells = {text_field(str(k)).lower(): text_field(str(v or "")) for k, v in row.items() if k}
        name = cells.get("file", "").replace("\\", "/").removeprefix("./")
        if name:
            table[name] = {k: cells[k] for k in SIDECAR_FIELDS if cells.get(k)}
    return table


def _json_rows(data: Any) -> list[dict[str, Any]]:
    if isinstance(data, dict):
        return [{"file": k, **v} for k, v in data.items() if isinstance(v, dict)]
    if isinstance(data, list):
        return [row for row in data if isinstance(row, dict)]
    raise ValueError("expected a list of objects or an object keyed by file name")


def _find_sidecar(root: Path, corpus: Path) -> Path | None:
    candidates = [root / name for name in SIDECAR_NAMES]
    if corpus.is_dir():
        candidates += [corpus.with_name(f"{corpus.name}.{name}") for name in SIDECAR_NAMES]
    return next((p for p in candidates if p.is_file()), None)


def _sidecar_row(table: dict[str, dict[str, str]], doc_path: str) -> dict[str, str]:
    file_path = doc_path.split("#", 1)[0]
    for key in (doc_path, file_path, doc_path.rsplit("/", 1)[-1], file_path.rsplit("/", 1)[-1]):
        if key in table:
            return table[key]
    return {}


def _apply_sidecar(doc: Document, row: dict[str, str]) -> None:
    for name in ("title", "source", "url", "author"):
        if row.get(name):
            setattr(doc, name, row[name])
    value = row.get("published", "")
    if not value:
        return
    # An open interval "2018-12/.." records a lower bound, not a known date.
    lower = value.endswith("/..") or value.endswith("/")
    try:
        published = normalise_date(value.rstrip("./"))
    except ValueError:
        doc.warnings.append(f"sidecar date {value!r} not understood; ignored")
        return
    doc.published = published
    doc.published_basis = "inferred" if lower else "sidecar"
    note = row.get("note", "")
    if lower:
        doc.published_note = f"not before {published}: lower bound from the sidecar" + (
            f" ({note})" if note else ""
        )
    else:
        doc.published_note = note


# -- files --------------------------------------------------------------------


def _walk(root: Path, problems: list[Problem]) -> Iterator[Path]:
    def failed(e: OSError) -> None:
        where = Path(e.filename or root)
        rel = where.relative_to(root).as_posix() if where != root else where.name
        problems.append(Problem(display_path(rel), _os_reason(e, "cannot list directory")))

    for folder, dirs, files in os.walk(root, onerror=failed):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(folder) / name


def _os_reason(e: OSError, what: str) -> str:
    if isinstance(e, PermissionError):
        return "permission denied"
    return f"{what}: {e.strerror or e}"


def _read_file(
    path: Path, rel: str, max_bytes: int, cache: RecordCache | None = None
) -> list[Record]:
    """Records of one file; InputError with the reason when it yields nothing."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise InputError("not a regular file")
        if info.st_size > max_bytes:
            raise InputError(f"file too large ({_size(info.st_size)} > {_size(max_bytes)} limit)")
        with open(path, "rb") as f:
            data = f.read(max_bytes + 1)
    except OSError as e:
        raise InputError(_os_reason(e, "cannot read file")) from e
    if len(data) > max_bytes:
        raise InputError(f"file too large (> {_size(max_bytes)} limit)")
    records = cache.load(rel, data) if cache is not None else None
    if records is None:
        records = read_bytes(rel, data)
        if cache is not None:
            cache.put(rel, data, records)
    return records


def _to_document(record: Record, rel: str) -> Document:
    doc = Document(
        id=document_id(record.text),
        path=rel + record.part,
        format=record.format,
        text=record.text,
        title=record.title,
        url=record.url,
        source=record.source,
        author=record.author,
        furniture=list(record.furniture),
        warnings=list(record.warnings),
    )
    if record.published:
        doc.published, doc.published_basis = record.published, "file metadata"
    return doc


def _settle_date(doc: Document) -> None:
    if doc.published:
        return
    guess = infer_published(doc.text, url=doc.url)
    if guess:
        doc.published, doc.published_note = guess
        doc.published_basis = "inferred"
    else:
        doc.published_basis = "unknown"


def _dedupe(docs: list[Document], problems: list[Problem]) -> list[Document]:
    kept: dict[str, Document] = {}
    for doc in docs:
        first = kept.setdefault(doc.id, doc)
        if first is not doc:
            log.info("%s has the same text as %s; skipped", doc.path, first.path)
            first.warnings.append(f"same text as {doc.path} (that copy was skipped)")
            problems.append(Problem(doc.path, f"duplicate of {first.path} (same text); skipped"))
    return list(kept.values())


def read_corpus(
    path: str | Path,
    *,
    sidecar: str | Path | None = None,
    progress: Progress | None = None,
    max_bytes: int = 50_000_000,
    record_cache: RecordCache | None = None,
) -> Corpus:
    """Read every article under ``path`` into Documents, and say what was skipped.

    Args:
        path: a file, or a folder read recursively (hidden entries skipped).
        sidecar: CSV/JSON metadata per file; when None, ``metadata.csv`` or
            ``metadata.json`` in the folder, or ``<folder>.metadata.csv``
            beside it, is used when present. It is never read as an article.
        progress: called as ``progress(done, total, relative_path)`` per file.
        max_bytes: larger files are skipped with a problem.
        record_cache: where to keep what the readers make of each file, so an
            unchanged file is not parsed again (``graphx build`` passes one).

    Returns:
        The corpus: documents in path order, and one problem per skipped file.

    Raises:
        InputError: ``path`` or an explicit ``sidecar`` does not exist or
            cannot be read.
    """
    corpus_path = Path(path)
    if not corpus_path.exists():
        raise InputError(f"corpus path not found: {corpus_path}")
    root = corpus_path if corpus_path.is_dir() else corpus_path.parent
    if corpus_path.is_dir() and not os.access(corpus_path, os.R_OK | os.X_OK):
        raise InputError(f"corpus folder cannot be read (permission denied): {corpus_path}")
    problems: list[Problem] = []
    table, sidecar_path = _sidecar(sidecar, root, corpus_path, problems)
    skip = {p.resolve() for p in [sidecar_path, *(root / n for n in SIDECAR_NAMES)] if p}
    files = list(_walk(root, problems)) if corpus_path.is_dir() else [corpus_path]
    files = [f for f in files if f.resolve() not in skip]
    docs: list[Document] = []
    for done, file in enumerate(files, 1):
        rel = display_path(file.relative_to(root).as_posix())
        docs.extend(_ingest_file(file, rel, max_bytes, table, problems, record_cache))
        if progress is not None:
            progress(done, len(files), rel)
    result = Corpus(root=str(root), documents=_dedupe(docs, problems), problems=problems)
    log.info("read %d documents, %d problems from %s", len(result.documents), len(problems), root)
    return result


def _sidecar(
    given: str | Path | None, root: Path, corpus: Path, problems: list[Problem]
) -> tuple[dict[str, dict[str, str]], Path | None]:
    if given is not None:
        return load_sidecar(given), Path(given)
    found = _find_sidecar(root, corpus)
    if found is None:
        return {}, None
    try:
        return load_sidecar(found), found
    except InputError as e:
        problems.append(Problem(display_path(found.name), text_field(str(e))))
        return {}, found


def _ingest_file(
    file: Path,
    rel: str,
    max_bytes: int,
    table: dict[str, dict[str, str]],
    problems: list[Problem],
    cache: RecordCache | None = None,
) -> list[Document]:
    try:
        records = _read_file(file, rel, max_bytes, cache)
    except InputError as e:
        log.info("skipped %s: %s", rel, e)
        problems.append(Problem(rel, text_field(str(e))))
        return []
    except Exception as e:  # a reader bug must not stop the corpus (issue 2)
        problems.append(_unexpected(rel, e))
        return []
    docs = []
    for record in records:
        if record.error or not record.text.strip():
            problems.append(Problem(rel + record.part, record.error or "no article text found"))
            continue
        try:
            doc = _to_document(record, rel)
            _apply_sidecar(doc, _sidecar_row(table, doc.path))
            _settle_date(doc)
        except Exception as e:  # same guard per record: the other rows survive
            problems.append(_unexpected(rel + record.part, e))
            continue
        docs.append(doc)
    return docs


def _unexpected(where: str, e: Exception) -> Problem:
    log.exception("unexpected error reading %s", where)
    return Problem(where, text_field(f"unexpected error: {type(e).__name__}: {e}"))
