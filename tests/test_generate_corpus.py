"""The benchmark corpus generator: deterministic, every promised format, readable by graphx."""

from __future__ import annotations

import csv
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

import pytest

from graphx.ingest.corpus import read_corpus
from graphx.ingest.readers import detect_format

_SPEC = importlib.util.spec_from_file_location(
    "generate_corpus", Path(__file__).resolve().parent.parent / "benchmarks" / "generate_corpus.py"
)
assert _SPEC is not None and _SPEC.loader is not None
gen = importlib.util.module_from_spec(_SPEC)
sys.modules[_SPEC.name] = gen  # dataclasses look their module up there
_SPEC.loader.exec_module(gen)

N = 20


def _snapshot(root: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(root.iterdir())}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("generated")
    gen.generate(out, n=N, seed=7)
    return out


def test_generate_corpus_same_seed_same_bytes(corpus: Path, tmp_path: Path) -> None:
    gen.generate(tmp_path, n=N, seed=7)
    assert _snapshot(tmp_path) == _snapshot(corpus)


def test_generate_corpus_other_seed_other_articles(corpus: Path, tmp_path: Path) -> None:
    gen.generate(tmp_path, n=N, seed=8)
    assert _snapshot(tmp_path) != _snapshot(corpus)


@pytest.mark.parametrize(
    ("suffix", "expected_format"),
    [(".txt", "text"), (".html", "html"), (".json", "json"), (".jsonl", "jsonl"), (".csv", "csv")],
)
def test_generate_corpus_writes_each_format(
    corpus: Path, suffix: str, expected_format: str
) -> None:
    files = [p for p in corpus.iterdir() if p.suffix == suffix and p.name != "metadata.csv"]
    assert files, f"no {suffix} file written"
    for path in files:
        assert detect_format(path.name, path.read_text(encoding="utf-8")) == expected_format


def test_generate_corpus_graphx_reads_everything(corpus: Path) -> None:
    result = read_corpus(corpus)
    assert result.problems == []
    assert len(result.documents) == N
    assert all(not d.warnings for d in result.documents)
    assert all(d.title for d in result.documents)


def test_generate_corpus_sidecar_dates_most_files(corpus: Path) -> None:
    with (corpus / "metadata.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    single = [p for p in corpus.iterdir() if p.suffix in (".txt", ".html", ".json")]
    assert {r["file"] for r in rows} <= {p.name for p in single}
    assert len(rows) >= 0.6 * len(single)
    bases = Counter(d.published_basis for d in read_corpus(corpus).documents)
    assert bases["sidecar"] + bases["file metadata"] >= 0.7 * N


def test_generate_corpus_lengths_and_variety() -> None:
    import random

    rng = random.Random(3)
    world = gen.load_world()
    articles = [gen.make_article(rng, world) for _ in range(60)]
    words = [sum(len(p.split()) for p in a.paragraphs) for a in articles]
    assert min(words) >= 150 and max(words) <= 1600
    assert max(words) - min(words) > 500
    text = " ".join(p for a in articles for p in a.paragraphs)
    assert "Sheriff's Office" in text and "Police Department" in text
    assert any(m in text for m in ("last Friday", "last week", "fiscal year"))
    assert len({a.source for a in articles}) > 10


def test_generate_corpus_wordpress_post_shape(corpus: Path) -> None:
    post = json.loads(next(p for p in corpus.iterdir() if p.suffix == ".json").read_text())
    assert {"rendered"} <= set(post["title"]) and "<p>" in post["content"]["rendered"]
    assert post["date_gmt"] and post["link"].startswith("https://")
