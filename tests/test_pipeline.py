"""The build end to end with the real model: engines, incremental rebuilds, crashes."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from graphx.build.export import read_graph
from graphx.build.pipeline import build, graph_is_stale
from graphx.settings import load_settings

pytestmark = pytest.mark.model

ARTICLE = """{title}

On March {day}, 2019, the {county} County Sheriff's Office released {n} inmates, according to
a statement from Sheriff {first} {last}. {last} said the office had followed state law.
Last Friday, U.S. Immigration and Customs Enforcement (ICE) arrested {n} people in {city}.
"""


def write_corpus(folder: Path, count: int, *, start: int = 0) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    names = [
        ("Ana", "Reyes", "Dallas", "Texas"),
        ("Tom", "Baker", "Fresno", "California"),
        ("Lee", "Chan", "Tulsa", "Oklahoma"),
    ]
    for i in range(start, start + count):
        first, last, city, state = names[i % len(names)]
        text = ARTICLE.format(
            title=f"Sheriff releases inmates, report {i}",
            day=1 + i % 27,
            county=["Harris", "Fresno", "Tulsa"][i % 3],
            n=10 + i,
            first=first,
            last=last,
            city=f"{city}, {state}",
        )
        (folder / f"article_{i:03d}.txt").write_text(text, encoding="utf-8")


def test_pipeline_incremental_rebuild_extracts_only_the_new_document(tmp_path: Path) -> None:
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    write_corpus(corpus, 4)
    first = build(corpus, out, settings=load_settings())
    assert (first.extracted, first.cached) == (4, 0)
    assert not graph_is_stale(corpus, out)
    write_corpus(corpus, 1, start=4)
    os.utime(corpus / "article_004.txt", (time.time() + 5, time.time() + 5))
    assert graph_is_stale(corpus, out)
    second = build(corpus, out, settings=load_settings())
    assert (second.extracted, second.cached) == (1, 4)
    assert second.documents == 5


def test_pipeline_aliases_change_reuses_every_extraction(tmp_path: Path) -> None:
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    write_corpus(corpus, 3)
    build(corpus, out, settings=load_settings())
    aliases = tmp_path / "aliases.csv"
    shutil.copy(Path(__file__).parent.parent / "graphx" / "resources" / "aliases.csv", aliases)
    with aliases.open("a", encoding="utf-8") as f:
        f.write("\n")
    again = build(corpus, out, settings=load_settings(aliases_file=str(aliases)))
    assert (again.extracted, again.cached) == (0, 3)


def test_pipeline_dask_engine_equals_local_engine(
    demo_corpus: Path, demo_graph_dir: Path, tmp_path: Path
) -> None:
    pytest.importorskip("dask.distributed")
    settings = load_settings(jobs=2, batch_size=2)
    build(demo_corpus, tmp_path, settings=settings, engine="dask")
    local = (demo_graph_dir / "graph.graphml").read_bytes()
    assert (tmp_path / "graph.graphml").read_bytes() == local


def test_pipeline_process_engine_equals_local_engine(
    demo_corpus: Path, demo_graph_dir: Path, tmp_path: Path
) -> None:
    build(demo_corpus, tmp_path, settings=load_settings(jobs=2, batch_size=2))
    assert (tmp_path / "graph.graphml").read_bytes() == (
        demo_graph_dir / "graph.graphml"
    ).read_bytes()


def test_pipeline_survives_sigkill_at_random_points(tmp_path: Path) -> None:
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    write_corpus(corpus, 3)
    build(corpus, out, settings=load_settings())
    previous = read_graph(out / "graph.graphml").number_of_nodes()
    write_corpus(corpus, 40, start=3)
    rng = random.Random(7)
    command = [sys.executable, "-m", "graphx.cli", "build", str(corpus), "--out", str(out)]
    for _ in range(4):
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.5, 4.0))
        process.send_signal(signal.SIGKILL)
        process.wait()
        # Whatever moment it died at, the previous graph (or a complete new one) is readable.
        assert read_graph(out / "graph.graphml").number_of_nodes() >= previous
    final = build(corpus, out, settings=load_settings())
    assert final.documents == 43
    assert final.extracted + final.cached == 43
    assert read_graph(out / "graph.graphml").number_of_nodes() > previous
    assert list(out.rglob("*.tmp")) == []  # a killed build's temporary files are swept


def test_pipeline_large_in_process_extraction_releases_the_model(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from graphx.build import engines
    from graphx.extract import ner

    monkeypatch.setattr(engines, "RELEASE_MODEL_AFTER", 3)
    write_corpus(tmp_path / "corpus", 2)
    build(tmp_path / "corpus", tmp_path / "out", settings=load_settings())
    assert ner._load_nlp.cache_info().currsize == 1  # a small build keeps the model
    write_corpus(tmp_path / "corpus", 3, start=2)
    result = build(tmp_path / "corpus", tmp_path / "out", settings=load_settings())
    assert result.extracted == 3 and ner._load_nlp.cache_info().currsize == 0
    assert read_graph(result.graph_path).number_of_nodes() > 0


def test_pipeline_demo_edges_from_text_carry_their_sentence(demo_graph) -> None:  # type: ignore[no-untyped-def]
    # Issue 13: evidence on every edge that has one. Without: the gazetteer's and agency
    # tables' within/part_of, and an outlet that only the document's metadata names.
    bare = {
        (d["relation"], demo_graph.nodes[u]["type"])
        for u, _, d in demo_graph.edges(data=True)
        if not d.get("evidence")
    }
    assert bare <= {("within", "jurisdiction"), ("part_of", "agency"), ("mentioned_in", "media")}
    told = [d for _, _, d in demo_graph.edges(data=True) if d["relation"] == "reported_in"]
    assert told and all(d["evidence"] for d in told)
