"""Long fuzz run of the ingest readers (the bounded run lives in tests/test_fuzz_readers.py).

Usage::

    .venv/bin/python benchmarks/fuzz_readers.py --seconds 600            # atheris
    .venv/bin/python benchmarks/fuzz_readers.py --seconds 600 --engine hypothesis

Every input goes to one target, chosen by its first byte: ``read_bytes`` under
six file names (so each format reader and the detection are reached), the
tolerant JSON parser, decoding, format detection, HTML-to-text, furniture
removal, date normalisation and inference, the metadata sidecar loader, and
``read_corpus`` on a folder holding the input. A target may return a value or
raise ``InputError`` (``ValueError`` for ``normalise_date``); anything else, or
a record that breaks an invariant (a multi-line title, a lone surrogate), is a
crash. Crashes are collected, not fatal: the run ends when the time is up and
prints the number of inputs run and each distinct crash with its input
(saved under ``--crash-dir``). Exit code 1 when any crash was found.

atheris (libFuzzer, coverage-guided over ``graphx``) is used when it is
installed; otherwise, or with ``--engine hypothesis``, random generation with
hypothesis in batches. Seeds are the fixture files under ``tests/fixtures``.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
NAMES = ("a.txt", "a.json", "a.jsonl", "a.csv", "a.html", "noext")


def _graphx() -> dict[str, Any]:
    """Import the code under test (atheris instruments it when active)."""
    from graphx.errors import InputError
    from graphx.ingest import corpus as ingest
    from graphx.ingest import furniture, pubdate, readers, report, wpjson

    return {
        "furniture": furniture,
        "ingest": ingest,
        "pubdate": pubdate,
        "readers": readers,
        "report": report,
        "wpjson": wpjson,
        "InputError": InputError,
    }


def _check_records(records: list[Any]) -> None:
    for record in records:
        for name in ("title", "url", "source", "author", "published", "error"):
            value = getattr(record, name)
            if "\n" in value:
                raise AssertionError(f"record.{name} has a line break: {value!r}")
            value.encode("utf-8")
        record.text.encode("utf-8")


def make_targets(g: dict[str, Any]) -> list[tuple[str, Callable[[bytes], object]]]:
    """(name, function of the payload bytes) for every fuzzed entry point."""
    readers, text = g["readers"], (lambda b: b.decode("utf-8", "replace"))

    def reader(name: str) -> Callable[[bytes], object]:
        return lambda data: _check_records(readers.read_bytes(name, data))

    def sidecar(data: bytes, suffix: str) -> object:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder, "metadata" + suffix)
            path.write_bytes(data)
            return g["ingest"].load_sidecar(path)

    def corpus(data: bytes) -> object:
        with tempfile.TemporaryDirectory() as folder:
            Path(folder, "fuzz.txt").write_bytes(data)
            Path(folder, "fuzz.json").write_bytes(data)
            Path(folder, "good.txt").write_bytes(b"A Headline Here\n\nA body sentence.")
            result = g["ingest"].read_corpus(folder)
        if not any(d.path == "good.txt" for d in result.documents) and not result.problems:
            raise AssertionError("good.txt lost")
        for problem in result.problems:
            if "\n" in str(problem) or problem.message.startswith("unexpected error"):
                raise AssertionError(f"bad problem line: {problem}")
        g["report"].to_json(result).encode("utf-8")
        return g["report"].format_table(result)

    targets: list[tuple[str, Callable[[bytes], object]]] = [
        (f"read_bytes:{n}", reader(n)) for n in NAMES
    ]
    targets += [
        ("load_json", lambda b: g["wpjson"].load_json(text(b))),
        ("decode", readers.decode),
        ("detect_format", lambda b: readers.detect_format("x.txt", text(b))),
        ("html_to_text", lambda b: readers.html_to_text(text(b))),
        ("furniture.clean", lambda b: g["furniture"].clean(text(b))),
        ("normalise_date", lambda b: g["pubdate"].normalise_date(text(b))),
        ("infer_published", lambda b: g["pubdate"].infer_published(text(b))),
        ("sidecar.csv", lambda b: sidecar(b, ".csv")),
        ("sidecar.json", lambda b: sidecar(b, ".json")),
        ("safe_url", lambda b: readers.safe_url(text(b))),
        ("read_corpus", corpus),
    ]
    return targets


class Runner:
    """Runs one input on its target and keeps count of inputs and crashes."""

    def __init__(self, g: dict[str, Any], crash_dir: Path) -> None:
        self.targets = make_targets(g)
        self.allowed: tuple[type[BaseException], ...] = (g["InputError"],)
        self.crash_dir = crash_dir
        self.inputs = 0
        self.crashes: dict[str, tuple[str, bytes]] = {}

    def run(self, data: bytes) -> None:
        if not data:
            return
        name, target = self.targets[data[0] % len(self.targets)]
        payload = data[1:]
        self.inputs += 1
        allowed = self.allowed + ((ValueError,) if name == "normalise_date" else ())
        try:
            target(payload)
        except allowed:
            pass
        except Exception as e:  # every other outcome is the bug we look for
            frame = traceback.extract_tb(e.__traceback__)[-1]
            key = f"{name}: {type(e).__name__} at {Path(frame.filename).name}:{frame.lineno}"
            if key not in self.crashes:
                self.crashes[key] = (traceback.format_exc(limit=-3), payload)
                self._save(key, data)

    def _save(self, key: str, data: bytes) -> None:
        self.crash_dir.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha1(key.encode()).hexdigest()[:10]
        (self.crash_dir / f"crash-{digest}.bin").write_bytes(data)

    def summary(self, engine: str, seconds: float) -> str:
        lines = [
            f"engine: {engine}",
            f"inputs run: {self.inputs} in {seconds:.0f} s"
            f" ({self.inputs / max(seconds, 1e-9):.0f}/s)",
            f"distinct crashes: {len(self.crashes)}",
        ]
        for key, (trace, payload) in self.crashes.items():
            lines += [f"-- {key}", f"   input: {payload[:200]!r}", trace.rstrip()]
        return "\n".join(lines)


def seeds() -> list[bytes]:
    """Every fixture file, once per target that reads whole files."""
    files = sorted(p for d in ("ingest", "hostile") for p in (FIXTURES / d).iterdir())
    return [bytes([t]) + p.read_bytes() for p in files for t in range(len(NAMES))]


def run_atheris(seconds: float, crash_dir: Path) -> Runner:
    import atheris

    with atheris.instrument_imports(include=["graphx"]):
        g = _graphx()
    runner = Runner(g, crash_dir)
    start = time.monotonic()

    def one_input(data: bytes) -> None:
        runner.run(data)
        if time.monotonic() - start > seconds:
            print(runner.summary("atheris", time.monotonic() - start), flush=True)
            os._exit(1 if runner.crashes else 0)  # libFuzzer would not return

    corpus = Path(tempfile.mkdtemp(prefix="graphx-fuzz-corpus-"))
    for n, seed in enumerate(seeds()):
        (corpus / f"seed-{n}").write_bytes(seed)
    crash_dir.mkdir(parents=True, exist_ok=True)  # libFuzzer's own files (slow units) go there
    args = [sys.argv[0], str(corpus), "-max_len=131072", "-rss_limit_mb=4096", "-timeout=60"]
    args.append(f"-artifact_prefix={crash_dir}/")
    atheris.Setup(args, one_input)
    atheris.Fuzz()
    return runner  # not reached


def run_hypothesis(seconds: float, crash_dir: Path) -> Runner:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    runner = Runner(_graphx(), crash_dir)
    encodings = ["utf-8", "cp1252", "utf-16", "utf-16-le", "latin-1"]
    mixed = st.lists(st.tuples(st.text(max_size=60), st.sampled_from(encodings)), max_size=8).map(
        lambda parts: b"".join(t.encode(e, "ignore") for t, e in parts)
    )
    samples = seeds()
    cut = st.tuples(st.sampled_from(samples), st.floats(0, 1)).map(
        lambda s: s[0][: max(1, int(len(s[0]) * s[1]))]
    )
    payload = st.binary(max_size=4000) | mixed | st.text(max_size=2000).map(str.encode)

    @settings(
        max_examples=500, deadline=None, database=None, suppress_health_check=list(HealthCheck)
    )
    @given(data=cut | st.tuples(st.integers(0, 255), payload).map(lambda t: bytes([t[0]]) + t[1]))
    def batch(data: bytes) -> None:
        runner.run(data)

    start = time.monotonic()
    while time.monotonic() - start < seconds:
        batch()
    print(runner.summary("hypothesis", time.monotonic() - start), flush=True)
    return runner


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--seconds", type=float, default=300, help="time budget (default 300)")
    parser.add_argument("--engine", choices=["atheris", "hypothesis"], default=None)
    parser.add_argument(
        "--crash-dir", type=Path, default=Path(tempfile.gettempdir()) / "graphx-fuzz-crashes"
    )
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    engine = args.engine
    if engine is None:
        try:
            import atheris  # noqa: F401

            engine = "atheris"
        except ImportError:
            engine = "hypothesis"
    if engine == "atheris":
        sys.argv = sys.argv[:1]
        run_atheris(args.seconds, args.crash_dir)
    runner = run_hypothesis(args.seconds, args.crash_dir)
    return 1 if runner.crashes else 0


if __name__ == "__main__":
    sys.exit(main())
