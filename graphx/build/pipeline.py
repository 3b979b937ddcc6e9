"""Run the stages: ingest -> per-document extraction -> resolution -> graph.

Per-document extraction (NER, time expressions, events) is the expensive
part and depends only on a document's text and metadata and on the pipeline
version, so its results are cached per document (``cache.py``). Resolution,
event merging and graph assembly run over the whole corpus on every build;
they are cheap, and they are where the aliases and gazetteer files act, so a
change to those files takes effect without re-parsing anything.
"""

from __future__ import annotations

import json
import logging
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path

import networkx as nx

from graphx.boundary import corpus_stage
from graphx.build.cache import ExtractionCache, build_lock, pipeline_version
from graphx.build.cached import Cached, load_cached, waiting_build_lock
from graphx.build.engines import run_extraction
from graphx.build.export import write_graph
from graphx.build.graph import build_graph
from graphx.files import atomic_write
from graphx.ingest.cache import RecordCache
from graphx.ingest.corpus import read_corpus
from graphx.model import Corpus, DocExtraction, Document, Entity, Event, Failure
from graphx.resolve.entities import resolve_corpus
from graphx.resolve.events import merge_reviewed_events
from graphx.resolve.ledger import LEDGER_NAME, Decision, read_ledger
from graphx.resolve.published import dated_by_windows
from graphx.settings import Settings

__all__ = [
    "BuildResult",
    "Resolved",
    "build",
    "graph_is_stale",
    "reresolve",
    "resolve_graph",
]

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]


@dataclass(slots=True)
class BuildResult:
    graph_path: Path
    documents: int
    problems: list[str] = field(default_factory=list)
    failed: list[dict[str, str]] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    entities_by_type: dict[str, int] = field(default_factory=dict)
    events_dated: int = 0
    events_undated: int = 0
    extracted: int = 0
    cached: int = 0
    seconds: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, object]:
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["graph_path"] = str(self.graph_path)
        return data


def graph_is_stale(corpus: str | Path, out_dir: str | Path) -> bool:
    """True when the graph is missing or older than any file of the corpus."""
    graph = Path(out_dir) / "graph.graphml"
    if not graph.is_file():
        return True
    built = graph.stat().st_mtime
    root, out = Path(corpus), Path(out_dir).resolve()
    if root.is_file():
        return root.stat().st_mtime > built
    # The output folder may sit inside the corpus: its own files are not the corpus's.
    files = (p for p in root.rglob("*") if p.is_file() and out not in p.resolve().parents)
    return any(p.stat().st_mtime > built for p in files)


def _summary(entities: dict[str, Entity], merged: Sequence[Event]) -> tuple[dict[str, int], int]:
    by_type = Counter(e.type for e in entities.values())
    dated = sum(1 for e in merged if e.time is not None and e.time.date_start)
    return dict(sorted(by_type.items())), dated


def _resolve_and_merge(
    extractions: list[DocExtraction],
    documents: list[Document],
    settings: Settings,
    failures: list[Failure],
    decisions: list[Decision],
) -> tuple[dict[str, Entity], list[Event], list[str], list[Document]]:
    """Entities and merged events of the corpus, the review decisions that no longer
    apply, and the documents with the publication dates the corpus gives the undated;
    empties ``extractions`` once they are used.

    The per-document extractions are the largest thing a build holds (1.2 GB
    of 2.6 GB for 10,000 articles, measured with benchmarks/bench_memory.py)
    and nothing after merging needs them, so they are let go before the graph
    is built rather than when the build returns (issue 6).
    """
    with corpus_stage("resolution"):
        resolution = resolve_corpus(extractions, documents, settings=settings, decisions=decisions)
    failures.extend(resolution.failures)
    with corpus_stage("event merging"):
        merged = merge_reviewed_events(
            extractions,
            resolution.mention_entity,
            resolution.entities,
            documents=documents,
            decisions=decisions,
        )
    failures.extend(merged.failures)
    extractions.clear()
    # An undated article's "Friday", placed by the corpus, dates the article (issue 15).
    dated = dated_by_windows(documents, merged.windows)
    return resolution.entities, merged.events, resolution.unapplied + merged.gone, dated


def _failed_rows(
    failures: Sequence[Failure], documents: Sequence[Document]
) -> list[dict[str, str]]:
    """What summary.json and the CLI say of each failed document."""
    paths = {d.id: d.path for d in documents}
    return [
        {
            "path": paths.get(f.doc_id, f.doc_id),
            "doc_id": f.doc_id,
            "stage": f.stage,
            "error": f.error,
        }
        for f in failures
    ]


def build(
    corpus_path: str | Path,
    out_dir: str | Path,
    *,
    settings: Settings,
    sidecar: str | Path | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    progress: Progress | None = None,
) -> BuildResult:
    """Build the corpus graph into ``out_dir/graph.graphml``.

    Holds a lock on ``out_dir`` for the whole build, so that two builds on the
    same output cannot interleave; the graph is written atomically, and
    every extracted document is cached as soon as it is done, so a build
    that is killed resumes where it stopped.

    Raises:
        GraphxError: another build holds the lock, or an input/setting is unusable.
    """
    out = Path(out_dir)
    with build_lock(out):
        return _build(corpus_path, out, settings, sidecar, engine, scheduler, progress)


def _build(
    corpus_path: str | Path,
    out: Path,
    settings: Settings,
    sidecar: str | Path | None,
    engine: str,
    scheduler: str | None,
    progress: Progress | None,
) -> BuildResult:
    """Ingest, extract, resolve and write the graph, timing each step; then the summary."""
    _remove_leftovers(out)
    laps = _Laps()
    records = RecordCache(out / "cache" / "records")
    corpus = read_corpus(
        corpus_path, sidecar=sidecar, record_cache=records, settings=settings, exclude=[out]
    )
    laps.lap("ingest")
    extractions, failures, extracted = _extract(
        corpus.documents, out, settings, engine=engine, scheduler=scheduler, progress=progress
    )
    laps.lap("extract")
    entities, merged, notes = _resolve_and_graph(
        extractions, corpus.documents, out, settings, failures
    )
    laps.lap("resolve_and_graph")
    result = _result(corpus, out, entities=entities, merged=merged, failures=failures)
    result.extracted, result.cached = extracted, len(corpus.documents) - extracted
    result.warnings += notes
    result.seconds = {k: round(v, 3) for k, v in laps.seconds.items()}
    # Written whole or not at all: a build killed here leaves the previous summary (issue 12).
    with atomic_write(out / "summary.json", "w") as f:
        json.dump(result.to_dict(), f, indent=1)
    return result


class _Laps:
    """The seconds each step of a build took."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self._start = time.perf_counter()

    def lap(self, step: str) -> None:
        now = time.perf_counter()
        self.seconds[step], self._start = now - self._start, now


def _remove_leftovers(out: Path) -> None:
    """Under the lock, a temporary file can only be a killed build's leftover."""
    for stale in out.rglob(".*.tmp"):
        stale.unlink(missing_ok=True)


def _extract(
    documents: list[Document],
    out: Path,
    settings: Settings,
    *,
    engine: str,
    scheduler: str | None,
    progress: Progress | None,
) -> tuple[list[DocExtraction], list[Failure], int]:
    """Every document's extraction, from the cache or extracted (and cached) now.

    Returns:
        The extractions (the only reference to them, see ``_resolve_and_merge``),
        the documents that failed (not cached: the next build tries them again),
        and how many documents were extracted rather than read from the cache.
    """
    cache = ExtractionCache(out / "cache", pipeline_version(settings))
    found = {d.id: cache.load(d) for d in documents}
    todo = [d for d in documents if found[d.id] is None]
    extracted = run_extraction(
        todo, settings=settings, engine=engine, scheduler=scheduler, progress=progress
    )
    failures: list[Failure] = []
    for document, outcome in zip(todo, extracted, strict=True):
        if isinstance(outcome, Failure):
            failures.append(outcome)
            log.info("%s: %s failed: %s", document.path, outcome.stage, outcome.error)
        else:
            found[document.id] = cache.put(document, outcome)
    return [x for x in found.values() if x is not None], failures, len(todo)


def _resolve_and_graph(
    extractions: list[DocExtraction],
    documents: list[Document],
    out: Path,
    settings: Settings,
    failures: list[Failure],
) -> tuple[dict[str, Entity], list[Event], list[str]]:
    """Resolve, merge and write the graph; returns the entities, the events and review notes."""
    # A reader's corrections (graphx review), replayed on every build (issue 19).
    decisions, unusable = read_ledger(out / LEDGER_NAME)
    resolved = resolve_graph(extractions, documents, settings, failures, decisions)
    write_graph(resolved.graph, out / "graph.graphml")
    return resolved.entities, resolved.events, [str(p) for p in unusable] + resolved.notes


@dataclass(slots=True)
class Resolved:
    """A graph resolved from extractions, what it was made of, and the review notes."""

    graph: nx.MultiDiGraph
    entities: dict[str, Entity]
    events: list[Event]
    notes: list[str]


def resolve_graph(
    extractions: list[DocExtraction],
    documents: list[Document],
    settings: Settings,
    failures: list[Failure],
    decisions: list[Decision],
) -> Resolved:
    """Resolution, event merging and the graph, in memory; empties ``extractions``."""
    entities, merged, unapplied, dated = _resolve_and_merge(
        extractions, documents, settings, failures, decisions
    )
    notes = [f"review decision no longer applies: {d}" for d in unapplied]
    with corpus_stage("graph"):
        G = build_graph(dated, entities, merged, failures=failures)
    return Resolved(G, entities, merged, notes)


def _result(
    corpus: Corpus,
    out: Path,
    *,
    entities: dict[str, Entity],
    merged: list[Event],
    failures: list[Failure],
) -> BuildResult:
    """What the build made and met, as summary.json and the CLI report it."""
    by_type, dated = _summary(entities, merged)
    documents = corpus.documents
    return BuildResult(
        graph_path=out / "graph.graphml",
        documents=len(documents),
        problems=[str(p) for p in corpus.problems],
        ignored=[str(p) for p in corpus.ignored],
        failed=_failed_rows(failures, documents),
        warnings=[f"{d.path}: {w}" for d in documents for w in d.warnings],
        entities_by_type=by_type,
        events_dated=dated,
        events_undated=len(merged) - dated,
    )


def reresolve(
    corpus_path: str | Path,
    out_dir: str | Path,
    *,
    settings: Settings,
    cached: Cached | None = None,
    wait: float = 60.0,
) -> Resolved:
    """Apply the ledger without a full rebuild: resolution and the graph from the cache.

    Re-reads ``decisions.jsonl`` and writes ``graph.graphml`` atomically,
    holding the output folder's build lock (waiting up to ``wait`` seconds
    for a build or another applier), so appliers take turns and the last
    graph written holds every decision appended before it began (issue 19).
    ``cached`` (from ``load_cached``) spares reading the corpus again.
    """
    out = Path(out_dir)
    with waiting_build_lock(out, wait):
        cached = cached or load_cached(corpus_path, out, settings=settings)
        decisions, unusable = read_ledger(out / LEDGER_NAME)
        resolved = resolve_graph(
            list(cached.extractions), cached.documents, settings, list(cached.failures), decisions
        )
        write_graph(resolved.graph, out / "graph.graphml")
    resolved.notes[:0] = [str(p) for p in unusable]
    resolved.notes += [f"{path}: not extracted yet (a build adds it)" for path in cached.missing]
    return resolved
