"""What applying review decisions starts from: the cached extractions of a build.

A reader's decision (issue 19) re-runs resolution and the graph, not
extraction: ``load_cached`` reads the documents through the record cache and
their extractions from the per-document cache, parsing nothing, and
``waiting_build_lock`` lets appliers and builds take turns on an output folder.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from graphx.build.cache import ExtractionCache, build_lock, pipeline_version
from graphx.errors import GraphxError, OutputError
from graphx.ingest.cache import RecordCache
from graphx.ingest.corpus import read_corpus
from graphx.model import DocExtraction, Document, Failure
from graphx.settings import Settings

__all__ = ["Cached", "load_cached", "waiting_build_lock"]


@dataclass(slots=True)
class Cached:
    """What applying review decisions starts from: documents and their cached extractions.

    ``failures`` are the documents whose extraction failed at the last build
    (from its summary); ``missing`` the documents a build has yet to extract.
    """

    documents: list[Document]
    extractions: list[DocExtraction]
    failures: list[Failure]
    missing: list[str]


def load_cached(
    corpus_path: str | Path,
    out_dir: str | Path,
    *,
    settings: Settings,
    sidecar: str | Path | None = None,
) -> Cached:
    """The corpus's documents (through the record cache) and their cached extractions.

    Nothing is parsed: a document without a cache entry is either one whose
    extraction failed at the last build (kept as that failure) or new
    (left out, and named in ``missing``: a build adds it).
    """
    out = Path(out_dir)
    records = RecordCache(out / "cache" / "records")
    corpus = read_corpus(
        corpus_path, sidecar=sidecar, record_cache=records, settings=settings, exclude=[out]
    )
    cache = ExtractionCache(out / "cache", pipeline_version(settings))
    failed = _failed_at_last_build(out)
    cached = Cached([], [], [], [])
    for document in corpus.documents:
        extraction = cache.load(document)
        if extraction is not None:
            cached.extractions.append(extraction)
        elif document.id in failed:
            cached.failures.append(failed[document.id])
        else:
            cached.missing.append(document.path)
            continue
        cached.documents.append(document)
    return cached


def _failed_at_last_build(out: Path) -> dict[str, Failure]:
    try:
        rows = json.loads((out / "summary.json").read_text(encoding="utf-8")).get("failed", [])
    except (OSError, ValueError, AttributeError):
        return {}
    return {r["doc_id"]: Failure(r["doc_id"], r["stage"], r["error"]) for r in rows}


@contextmanager
def waiting_build_lock(out: Path, wait: float) -> Iterator[None]:
    """``build_lock``, tried again every 20 ms for ``wait`` seconds while another holds it."""
    deadline = time.monotonic() + wait
    while True:
        try:
            with build_lock(out):
                yield
                return
        except OutputError:
            raise
        except GraphxError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.02)
