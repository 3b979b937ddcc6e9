"""Benchmark the whole-corpus stages of a build from the extraction cache, and write JSON.

Usage::

    python benchmarks/bench_merge.py OUT_DIR [--n 1000] [--seed 1] [--runs 2]
        [--corpus DIR] [--out benchmarks/results/merge-n1000.json]

Generates the corpus (``generate_corpus.py``; reused from
``$TMPDIR/graphx-bench/corpus-n{N}-s{seed}``, or ``--corpus``), builds it into
``OUT_DIR`` once so the extraction cache is filled, then rebuilds it ``--runs`` times
and records, for each
rebuild, the seconds spent in entity resolution (``resolve_corpus``), event merging
(``merge_reviewed_events``: which reports are one happening, issue 15) and the graph
(``build_graph``), measured inside the build. Everything else in a cached rebuild
(reading the cache, writing GraphML) is left out. To compare two versions of graphx, run
this file from each checkout with ``PYTHONPATH`` set to it, alternating runs.
"""

from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import generate_corpus  # noqa: E402

from graphx.build import pipeline  # noqa: E402
from graphx.settings import load_settings  # noqa: E402

STAGES = ("resolve_corpus", "merge_reviewed_events", "build_graph")


def _timing(name: str, seconds: dict[str, float]) -> None:
    """Wrap ``pipeline.<name>`` so each call adds its duration to ``seconds[name]``."""
    inner: Callable[..., Any] = getattr(pipeline, name)

    def timed(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return inner(*args, **kwargs)
        finally:
            seconds[name] = seconds.get(name, 0.0) + time.perf_counter() - start

    setattr(pipeline, name, timed)


def run(corpus: Path, out: Path, runs: int) -> list[dict[str, float]]:
    """Build once to fill the cache, then time ``runs`` cached rebuilds stage by stage."""
    settings = load_settings()
    pipeline.build(corpus, out, settings=settings)
    seconds: dict[str, float] = {}
    for name in STAGES:
        _timing(name, seconds)
    measured = []
    for _ in range(runs):
        seconds.clear()
        pipeline.build(corpus, out, settings=settings)
        measured.append({name: round(seconds.get(name, 0.0), 2) for name in STAGES})
    return measured


def _commit() -> str:
    done = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    )
    return done.stdout.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path, help="build folder (kept, for the cache)")
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--out", type=Path, default=None, help="JSON result file")
    parser.add_argument("--corpus", type=Path, default=None, help="an existing corpus folder")
    args = parser.parse_args()
    generated = f"corpus-n{args.n}-s{args.seed}"
    corpus = args.corpus or Path(tempfile.gettempdir()) / "graphx-bench" / generated
    if not corpus.is_dir():
        generate_corpus.generate(corpus, n=args.n, seed=args.seed)
    result = {
        "n": args.n,
        "seed": args.seed,
        "commit": _commit(),
        "graphx": str(Path(pipeline.__file__).resolve().parent.parent),
        "machine": platform.machine(),
        "rebuilds": run(corpus, args.out_dir, args.runs),
    }
    text = json.dumps(result, indent=1)
    print(text)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
