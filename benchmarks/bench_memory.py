"""Peak memory of ``graphx build`` on a generated corpus, as a subprocess, and write JSON.

Usage::

    python benchmarks/bench_memory.py OUT_DIR [--n 10000] [--seed 1] [--jobs 1]
        [--out benchmarks/results/memory.json]

Runs ``graphx build CORPUS --out OUT_DIR --jobs J --json`` and samples, every 0.2 s,
the RSS of the build process and of each of its children (spawned workers). It
reports the peak of the sum, the peak of the main process alone, and the RSS of the
main process over time, so the stage that sets the peak can be read off beside the
build's own ``seconds`` per stage.

OUT_DIR is kept: run the command again with the same OUT_DIR to measure a cache-hit
rebuild, where the whole-corpus stages (resolution, merging, graph, export) run
without any parsing. The corpus comes from ``generate_corpus.py`` and is reused from
``$TMPDIR/graphx-bench/corpus-n{N}-s{seed}`` when it exists.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import psutil

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import generate_corpus  # noqa: E402


def corpus_dir(n: int, seed: int) -> Path:
    folder = Path(tempfile.gettempdir()) / "graphx-bench" / f"corpus-n{n}-s{seed}"
    if not (folder / "metadata.csv").is_file():
        generate_corpus.generate(folder, n=n, seed=seed)
    return folder


def _rss(proc: psutil.Process) -> int:
    try:
        return int(proc.memory_info().rss)
    except (psutil.NoSuchProcess, psutil.AccessDenied):
        return 0


def run_build(corpus: Path, out_dir: Path, jobs: int, interval: float = 0.2) -> dict[str, Any]:
    """Run one build as a subprocess; return its summary and the sampled memory."""
    command = [
        sys.executable, "-m", "graphx.cli", "build", str(corpus),
        "--out", str(out_dir), "--jobs", str(jobs), "--json",
    ]  # fmt: skip
    clock = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    main = psutil.Process(proc.pid)
    peak_total = peak_main = 0
    timeline: list[tuple[float, float]] = []
    while proc.poll() is None:
        own = _rss(main)
        children = sum(_rss(c) for c in _children(main))
        peak_main = max(peak_main, own)
        peak_total = max(peak_total, own + children)
        timeline.append((round(time.perf_counter() - clock, 1), round(own / 2**20, 1)))
        time.sleep(interval)
    stdout, stderr = proc.communicate()
    seconds = time.perf_counter() - clock
    if proc.returncode not in (0, 1):
        raise SystemExit(f"graphx build failed ({proc.returncode}):\n{stderr[-2000:]}")
    return {
        "command": " ".join(command),
        "seconds": round(seconds, 1),
        "peak_rss_total_mb": round(peak_total / 2**20, 1),
        "peak_rss_main_mb": round(peak_main / 2**20, 1),
        "summary": json.loads(stdout),
        # One point in twenty keeps the JSON readable; the peak is taken over all of them.
        "main_rss_mb_over_time": timeline[:: max(1, len(timeline) // 200)],
    }


def _children(proc: psutil.Process) -> list[psutil.Process]:
    try:
        return list(proc.children(recursive=True))
    except psutil.NoSuchProcess:
        return []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("out_dir", type=Path, help="build folder (kept, for cache-hit reruns)")
    parser.add_argument("--n", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--out", type=Path, default=None, help="JSON result file")
    args = parser.parse_args(argv)
    corpus = corpus_dir(args.n, args.seed)
    cached_before = (args.out_dir / "cache").is_dir()
    result = {
        "n": args.n,
        "seed": args.seed,
        "jobs": args.jobs,
        "cache_existed": cached_before,
        "cpu_count": os.cpu_count(),
        "memory_gb": round(psutil.virtual_memory().total / 2**30, 1),
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
        **run_build(corpus, args.out_dir, args.jobs),
    }
    text = json.dumps(result, indent=1)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text + "\n", encoding="utf-8")
    brief = {k: v for k, v in result.items() if k not in ("main_rss_mb_over_time", "summary")}
    brief["stage_seconds"] = result["summary"].get("seconds")
    print(json.dumps(brief, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
