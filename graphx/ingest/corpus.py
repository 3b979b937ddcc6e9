"""Ingest: a file or folder of articles -> a :class:`graphx.model.Corpus`.

Walks the corpus (:mod:`graphx.ingest.walk`: recursively, never out of the corpus
folder), reads each file with :mod:`graphx.ingest.readers`, applies the metadata
sidecar (:mod:`graphx.ingest.sidecar`), settles each document's publication date
(plausible years only) and where it came from, gives each document a
content-hash id and drops exact duplicates. A file that yields nothing
becomes a :class:`~graphx.model.Problem` with a one-line reason (a file with
very many bad entries, one line per kind with a count); one bad file never
stops the corpus.
"""

from __future__ import annotations

import hashlib
import logging
import os
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from graphx.errors import InputError, OutputError
from graphx.ingest.problems import code_lines, grouped_problems
from graphx.ingest.pubdate import infer_published, normalise_date
from graphx.ingest.readers import Record, read_bytes, text_field
from graphx.ingest.sidecar import SIDECAR_NAMES, Sidecar, find_sidecar, load_sidecar
from graphx.ingest.stamps import dated_by_update, stamped_date, stamped_hours_ago, updated_date
from graphx.ingest.walk import CorpusFile, corpus_files, display_path
from graphx.model import Corpus, Document, Problem
from graphx.settings import Settings

if TYPE_CHECKING:
    from graphx.ingest.cache import RecordCache

__all__ = [
    "SIDECAR_NAMES",
    "Sidecar",
    "display_path",
    "document_id",
    "load_sidecar",
    "read_corpus",
]

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]
# Past this many failed entries in one file, failures are counted, not listed.
MAX_LISTED = 20


def document_id(text: str) -> str:
    """Stable id of a document: the first 16 hex digits of sha256 of its text.

    >>> document_id("same text") == document_id("same text")
    True
    """
    # surrogatepass: an id must never be the reason a document is lost.
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _size(n: float) -> str:
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if n >= scale:
            return f"{n / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{int(n)} bytes"


# -- metadata ------------------------------------------------------------------


def _plausible(doc: Document, published: str, years: tuple[int, int]) -> bool:
    """False, with one warning on the document, for a date outside ``years``.

    Year 1 or 9999 in metadata overflowed relative-date arithmetic and the
    timeline's padding (issue 12 F3/F4); every entry point (sidecar, JSON,
    CSV, HTML metadata) comes through here, so the warning reads the same.

    >>> doc = Document("x", "a.txt", "text", "")
    >>> _plausible(doc, "9999-12-31", (1800, 2100)), doc.warnings
    (False, ['publication date 9999-12-31 is outside the years 1800-2100; ignored'])
    """
    low, high = years
    if low <= int(published[:4]) <= high:
        return True
    doc.warnings.append(f"publication date {published} is outside the years {low}-{high}; ignored")
    return False


def _apply_sidecar(doc: Document, row: dict[str, str], years: tuple[int, int]) -> None:
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
    if not _plausible(doc, published, years):
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


def _to_document(record: Record, rel: str, years: tuple[int, int]) -> Document:
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
    if record.published and _plausible(doc, record.published, years):
        doc.published, doc.published_basis = record.published, "file metadata"
    return doc


def _settle_date(doc: Document) -> None:
    if doc.published:
        return
    if stamped := stamped_date(doc.furniture):
        doc.published, doc.published_basis = stamped, "inferred"
        doc.published_note = f"from the page's own publication stamp ({stamped})"
        return
    counted, stamp = stamped_hours_ago(doc.furniture)
    if counted:
        doc.published, doc.published_basis = counted, "inferred"
        doc.published_note = f"'{stamp}', counted back from the page's clock ({counted})"
        return
    captions = "\n".join(line for line in doc.furniture if line.startswith("caption: "))
    guess = infer_published(doc.text, url=doc.url, captions=captions)
    if updated := dated_by_update(updated_date(doc.furniture), guess):
        # the page came out on or before its update, which may be years later: the
        # corpus dates it by the day other articles give what it reports, else by the
        # update (``graphx.resolve.published``)
        doc.updated = updated
        return
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
    settings: Settings | None = None,
    exclude: Iterable[str | Path] = (),
) -> Corpus:
    """Read every article under ``path`` into Documents, and say what was skipped.

    Args:
        path: a file, or a folder read recursively (hidden entries skipped;
            symlinks never lead out of it, see :mod:`graphx.ingest.walk`).
        sidecar: CSV/JSON metadata per file, never read as an article; when None,
            ``metadata.csv``/``.json`` in the folder or ``<folder>.metadata.csv`` beside it.
        progress: called as ``progress(done, total, relative_path)`` per file.
        max_bytes: larger files are skipped with a problem.
        record_cache: keeps what the readers make of each file, so an unchanged
            file is not parsed again (``graphx build`` passes one).
        settings: gives ``min_year``/``max_year`` (default: the shipped defaults);
            publication dates outside them are ignored.
        exclude: folders inside the corpus never read nor reported (the build's
            output); any other graphx output folder is reported and not read.

    Returns:
        The corpus: documents in path order, and one problem per skipped file.

    Raises:
        InputError: ``path`` or an explicit ``sidecar`` does not exist or cannot be read.
    """
    corpus_path = Path(path)
    root = _corpus_root(corpus_path)
    problems: list[Problem] = []
    ignored: list[Problem] = []
    settings = settings or Settings()
    found = _sidecar(sidecar, root, corpus_path, problems)
    files = _article_files(
        corpus_path, root, found, settings, exclude=exclude, problems=problems, ignored=ignored
    )
    reading = _Reading(
        found or Sidecar(Path()), (settings.min_year, settings.max_year), max_bytes, record_cache
    )
    docs = _read_files(files, reading, problems, progress)
    result = Corpus(
        root=str(root), documents=_dedupe(docs, problems), problems=problems, ignored=ignored
    )
    log.info("read %d documents, %d problems from %s", len(result.documents), len(problems), root)
    return result


def _read_files(
    files: list[CorpusFile], reading: _Reading, problems: list[Problem], progress: Progress | None
) -> list[Document]:
    """The documents of every file in order, reporting progress after each file."""
    docs: list[Document] = []
    for done, file in enumerate(files, 1):
        docs.extend(_ingest_file(file, reading, problems))
        if progress is not None:
            progress(done, len(files), file.rel)
    return docs


def _corpus_root(corpus_path: Path) -> Path:
    """The folder a corpus is read from (a file's parent); InputError when it cannot be read."""
    if not corpus_path.exists():
        raise InputError(f"corpus path not found: {corpus_path}")
    root = corpus_path if corpus_path.is_dir() else corpus_path.parent
    if corpus_path.is_dir() and not os.access(corpus_path, os.R_OK | os.X_OK):
        raise InputError(f"corpus folder cannot be read (permission denied): {corpus_path}")
    return root


def _article_files(
    corpus_path: Path,
    root: Path,
    found: Sidecar | None,
    settings: Settings,
    *,
    exclude: Iterable[str | Path],
    problems: list[Problem],
    ignored: list[Problem],
) -> list[CorpusFile]:
    """The files read as articles (never a sidecar); sidecar rows matching none are problems."""
    # realpath, not Path.resolve: the latter raises on a symlink loop (issue 12 F2).
    names = [found.path if found else None, *(root / n for n in SIDECAR_NAMES)]
    skip = {os.path.realpath(p) for p in names if p}
    files = (
        corpus_files(
            root, problems, exclude=exclude, ignore=settings.ignore_patterns, ignored=ignored
        )
        if corpus_path.is_dir()
        else [CorpusFile(corpus_path, display_path(corpus_path.name))]
    )
    files = [f for f in files if os.path.realpath(f.path) not in skip]
    if found is not None and corpus_path.is_dir():
        problems.extend(found.unmatched([f.rel for f in files]))
    return files


def _sidecar(
    given: str | Path | None, root: Path, corpus: Path, problems: list[Problem]
) -> Sidecar | None:
    """The sidecar, its unusable rows added to ``problems``; an explicit one must load."""
    if given is not None:
        found = load_sidecar(given)
    else:
        path = find_sidecar(root, corpus)
        if path is None:
            return None
        try:
            found = load_sidecar(path)
        except InputError as e:
            problems.append(Problem(display_path(path.name), text_field(str(e))))
            return Sidecar(path)
    problems.extend(found.problems())
    return found


@dataclass(frozen=True, slots=True)
class _Reading:
    """What every file of one corpus is read with."""

    sidecar: Sidecar
    years: tuple[int, int]
    max_bytes: int
    cache: RecordCache | None


def _ingest_file(file: CorpusFile, reading: _Reading, problems: list[Problem]) -> list[Document]:
    rel = file.rel
    try:
        records = _read_file(file.path, rel, reading.max_bytes, reading.cache)
    except InputError as e:
        log.info("skipped %s: %s", rel, e)
        problems.append(Problem(rel, text_field(str(e))))
        return []
    except OutputError:  # an unwritable cache is the output's problem, not this file's
        raise
    except Exception as e:  # a reader bug must not stop the corpus (issue 2)
        problems.append(_unexpected(rel, e))
        return []
    docs, failed = [], []
    for record in records:
        if record.error or not record.text.strip():
            failed.append(Problem(rel + record.part, record.error or "no article text found"))
            continue
        if code := code_lines(record.text):
            failed.append(
                Problem(rel + record.part, f"looks like code or data, not an article ({code})")
            )
            continue
        try:
            doc = _to_document(record, rel, reading.years)
            _apply_sidecar(doc, reading.sidecar.row(doc.path), reading.years)
            _settle_date(doc)
        except Exception as e:  # same guard per record: the other rows survive
            problems.append(_unexpected(rel + record.part, e))
            continue
        docs.append(doc)
    problems.extend(failed if len(failed) <= MAX_LISTED else grouped_problems(rel, failed))
    return docs


def _unexpected(where: str, e: Exception) -> Problem:
    log.exception("unexpected error reading %s", where)
    return Problem(where, text_field(f"unexpected error: {type(e).__name__}: {e}"))
