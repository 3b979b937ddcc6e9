"""Build caches: per-document extractions, and per-file reader output.

A cached extraction is valid while the document's text and date metadata,
the spaCy model, the resource files the per-document stages read, and the
code of those stages are unchanged. A file's records (what the readers make
of its bytes) are valid while its bytes, its name and the readers' code are.
Entries are JSON files written atomically, so an interrupted build leaves
only complete entries and resumes from them.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Any

from graphx import __version__
from graphx.code_digest import code_digest, imported_modules
from graphx.errors import GraphxError, OutputError
from graphx.files import atomic_write, make_folder
from graphx.lexicon import for_settings
from graphx.model import DocExtraction, Document, EventMention, Mention, Sentence, TimeExpression
from graphx.schema import SchemaError, checker
from graphx.settings import Settings

__all__ = [
    "ExtractionCache",
    "build_lock",
    "check_extraction",
    "extraction_from_dict",
    "pipeline_version",
]

log = logging.getLogger(__name__)


ENGINES = "graphx.build.engines"  # per-document extraction: this and all it imports


def stage_modules() -> list[Path]:
    """``build/engines.py`` and every graphx module it imports, directly or through others.

    Read from the code's own imports, so a module added to per-document
    extraction is in the cache key without anyone listing it (the hand-kept
    list missed every module added for issues 11, 15 and 16).
    """
    return imported_modules(ENGINES)


def pipeline_version(settings: Settings) -> str:
    """A digest of everything per-document extraction depends on: the version, the model,
    the data files extraction reads (as the lexicon of ``settings`` finds them) and its code."""
    h = hashlib.sha256(f"{__version__}\x1f{settings.model}".encode())
    h.update(for_settings(settings).digest("extract").encode())
    h.update(code_digest(ENGINES).encode())
    return h.hexdigest()[:16]


def _doc_key(document: Document) -> str:
    # the title too: where the headline ends changes the sentences the parser reads
    parts = (
        f"{document.id}\x1f{document.published}\x1f{document.published_basis}\x1f{document.title}"
    )
    return hashlib.sha256(parts.encode()).hexdigest()[:24]


def _interned(row: dict[str, Any], names: tuple[str, ...]) -> dict[str, Any]:
    for name in names:
        if isinstance(row.get(name), str):
            row[name] = sys.intern(row[name])
    return row


# Fields whose values repeat across a corpus (labels, types, names, dates): one string
# each instead of one per mention. Decoded JSON gives every occurrence its own string,
# which was about a fifth of a 10,000-article build's peak memory (issue 6).
_MENTION_WORDS = ("text", "type", "label", "canonical", "title", "id")
_TIME_WORDS = ("type", "value", "date_start", "date_end", "precision")
_EVENT_WORDS = ("trigger", "event_type")


def extraction_from_dict(data: dict[str, Any]) -> DocExtraction:
    """Rebuild a DocExtraction from its ``asdict`` form."""
    events = []
    for e in data["events"]:
        time = TimeExpression(**_interned(e["time"], _TIME_WORDS)) if e["time"] else None
        participants = [(sys.intern(str(i)), sys.intern(str(r))) for i, r in e["participants"]]
        e = _interned(e, _EVENT_WORDS)
        events.append(EventMention(**{**e, "time": time, "participants": participants}))
    return DocExtraction(
        doc_id=data["doc_id"],
        sentences=[Sentence(**s) for s in data["sentences"]],
        mentions=[Mention(**_interned(m, _MENTION_WORDS)) for m in data["mentions"]],
        times=[TimeExpression(**_interned(t, _TIME_WORDS)) for t in data["times"]],
        events=events,
    )


_check_extraction = checker(DocExtraction)


def _within(where: str, index: int | None, size: int) -> None:
    if index is not None and not 0 <= index < size:
        raise SchemaError(f"index {index} out of range (0-{size - 1})", where)


def _named(where: str, mention_id: str | None, ids: set[str]) -> None:
    if mention_id is not None and mention_id not in ids:
        raise SchemaError(f"no mention has the id {mention_id!r}", where)


def _check_spans(data: Any, size: int) -> None:
    spans = [("sentences", s) for s in data["sentences"]]
    spans += [("mentions", m) for m in data["mentions"]] + [("times", t) for t in data["times"]]
    spans += [("events.time", e["time"]) for e in data["events"] if e["time"]]
    for name, span in spans:
        if not 0 <= span["start"] <= span["end"] <= size:
            raise SchemaError(f"span {span['start']}-{span['end']} outside the text", name)


def _check_references(data: Any) -> None:
    """Sentence indexes in range, and every participant and place an id of a mention."""
    sentences = len(data["sentences"])
    ids = {m.get("id") or Mention(**m).id for m in data["mentions"]}
    if len(ids) != len(data["mentions"]):
        raise SchemaError("two mentions have one id", "mentions.id")
    for m in data["mentions"]:
        _within("mentions.sentence", m["sentence"], sentences)
    for e in data["events"]:
        _within("events.sentence", e["sentence"], sentences)
        _named("events.place", e["place"], ids)
        for mention_id, _role in e["participants"]:
            _named("events.participants", mention_id, ids)


def check_extraction(data: Any, document: Document) -> None:
    """Raise SchemaError unless ``data`` is a well-formed extraction of ``document``.

    Types come from the dataclasses; then what a type cannot say: the entry is
    this document's, every offset and sentence index points inside it, and every
    participant names one of its mentions (a participant 99999 or a changed doc id
    silently changed the graph, issue 12 F8). An entry of the format before mention
    ids (participants as positions, issue 14) fails the type check.
    """
    _check_extraction(data)
    if data["doc_id"] != document.id:
        raise SchemaError(f"{data['doc_id']!r} is not the document's {document.id!r}", "doc_id")
    _check_spans(data, len(document.text))
    _check_references(data)


class ExtractionCache:
    """One JSON file per document under ``root/<pipeline version>/``."""

    def __init__(self, root: Path, version: str) -> None:
        self.dir = make_folder(root / version)

    def _path(self, document: Document) -> Path:
        return self.dir / f"{_doc_key(document)}.json"

    def load(self, document: Document) -> DocExtraction | None:
        """The cached extraction, or None when absent or unreadable."""
        path = self._path(document)
        if not path.is_file():
            return None
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            check_extraction(data, document)
            return extraction_from_dict(data)
        except (OSError, ValueError, KeyError, TypeError) as e:  # SchemaError is a ValueError
            log.warning("cache entry %s unusable (%s); extracting %s again", path, e, document.path)
            return None

    def put(self, document: Document, extraction: DocExtraction) -> DocExtraction:
        """Cache an extraction, and return it as ``load`` would (repeated strings interned).

        Results from worker processes arrive unpickled, one string per occurrence.
        """
        data = asdict(extraction)
        with atomic_write(self._path(document), "w") as f:
            json.dump(data, f, ensure_ascii=False)
        return extraction_from_dict(data)


@contextmanager
def build_lock(out_dir: Path) -> Iterator[None]:
    """Hold an exclusive lock on an output folder for the length of a build.

    ``flock`` is released by the kernel when the holder dies, even by SIGKILL,
    so a crashed build never leaves a stale lock behind.

    Raises:
        GraphxError: another process holds the lock.
        OutputError: the folder cannot be created or written.
    """
    path = make_folder(out_dir) / ".graphx.lock"
    try:
        f = path.open("a+")
    except OSError as e:
        # A read-only output folder was a traceback with exit 1 (issue 12 F7).
        raise OutputError(f"cannot write to the output folder {out_dir}: {e.strerror}") from e
    with f:
        try:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as e:
            f.seek(0)
            holder = f.read().strip() or "another process"
            raise GraphxError(
                f"another build is writing to {out_dir} (pid {holder}); wait for it to finish"
            ) from e
        f.seek(0)
        f.truncate()
        f.write(str(os.getpid()))
        f.flush()
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)
