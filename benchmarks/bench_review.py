"""Benchmark applying a review decision without a full rebuild (issue 19), and write JSON.

Usage::

    python benchmarks/bench_review.py [--corpus data/corpus] [--repeat 5]
        [--out benchmarks/results/review-demo.json]

Builds the corpus once into a temporary folder (the extraction cache), then times,
each ``--repeat`` times, the median and the worst of:

``reresolve_cold``  ``pipeline.reresolve`` reading everything from the output folder
                    (documents through the record cache, extractions from the
                    per-document cache), resolving and writing ``graph.graphml``;
``reresolve_warm``  the same with the cached extractions already in memory, as the
                    explorer's review mode holds them;
``apply``           what the explorer does for one decision: append it to the ledger,
                    ``reresolve`` (warm), read the graph and index it
                    (``ExplorerData.from_graph``), swap it in;
``preview``         what a decision would change (``changes.preview``: two resolutions
                    in memory, nothing written).

``reresolve_first`` is the first re-resolution of the process; the code was hashed for the
cache key by the build before it, once per process (about 55 ms on its own). Target:
``apply`` well under a second on the demo corpus.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graphx.build.cached import load_cached  # noqa: E402
from graphx.build.changes import preview  # noqa: E402
from graphx.build.pipeline import build, reresolve  # noqa: E402
from graphx.resolve.ledger import Decision  # noqa: E402
from graphx.settings import Settings  # noqa: E402
from graphx.ui.review_session import ReviewSession  # noqa: E402


def _timed(step: Callable[[], object], repeat: int) -> dict[str, float]:
    seconds = []
    for _ in range(repeat):
        start = time.perf_counter()
        step()
        seconds.append(time.perf_counter() - start)
    return {"median_s": round(statistics.median(seconds), 4), "max_s": round(max(seconds), 4)}


def run(corpus: Path, repeat: int) -> dict[str, object]:
    """Build ``corpus`` into a temporary folder and time the review steps on it."""
    from graphx.build.export import read_graph
    from graphx.explore.data import ExplorerData
    from graphx.ui.server import create_app

    settings = Settings()
    with tempfile.TemporaryDirectory(prefix="graphx-bench-review-") as tmp:
        out = Path(tmp)
        result = build(corpus, out, settings=settings)
        start = time.perf_counter()
        reresolve(corpus, out, settings=settings)
        first = time.perf_counter() - start
        cached = load_cached(corpus, out, settings=settings)
        session = ReviewSession(corpus, out, settings)
        create_app(ExplorerData.from_graph(read_graph(out / "graph.graphml")), review=session)
        names = iter([f"Nobody {i}" for i in range(repeat)])
        reject = [Decision("reject", "Donald Trump")]
        figures = {
            "reresolve_first_s": round(first, 4),
            "reresolve_cold": _timed(lambda: reresolve(corpus, out, settings=settings), repeat),
            "reresolve_warm": _timed(
                lambda: reresolve(corpus, out, settings=settings, cached=cached), repeat
            ),
            "apply": _timed(lambda: session.apply([Decision("split", next(names))]), repeat),
            "preview": _timed(lambda: preview(cached, settings, [], reject), repeat),
        }
    return {
        "corpus": str(corpus),
        "documents": result.documents,
        "entities": sum(result.entities_by_type.values()),
        "events": result.events_dated + result.events_undated,
        "repeat": repeat,
        **figures,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", default=str(ROOT / "data" / "corpus"))
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "review-demo.json"))
    args = parser.parse_args()
    figures = run(Path(args.corpus), args.repeat)
    Path(args.out).write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(figures, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
