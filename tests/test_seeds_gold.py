"""The demo corpus, end to end with the real model, against the gold file (issue 3).

The gold file is an oracle: every check below reads its expectations from
``shared/gold/seeds.json``; nothing about the seeds is written here.
"""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest

from graphx.eval.goldcheck import node_names, score_seeds
from graphx.ingest.corpus import read_corpus

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def gold_path(shared_dir: Path) -> Path:
    path = shared_dir / "gold" / "seeds.json"
    if not path.is_file():
        pytest.skip("shared/gold/seeds.json is absent")
    return path


@pytest.fixture(scope="module")
def report(gold_path: Path, demo_graph: nx.MultiDiGraph, demo_corpus: Path) -> dict:
    texts = {d.path: d.text for d in read_corpus(demo_corpus).documents}
    return score_seeds(gold_path, demo_graph, texts=texts)


SEEDS_FLOORS = json.loads(
    (Path(__file__).with_name("eval_baseline.json")).read_text(encoding="utf-8")
)["seeds"]


@pytest.mark.parametrize(
    ("measure", "kind"),
    [(m, k) for m in ("recall", "precision") for k in sorted(SEEDS_FLOORS[m])],
)
def test_seeds_gold_scores_stay_above_their_floors(report: dict, measure: str, kind: str) -> None:
    # No default: a kind without checks (an empty graph, a renamed kind) fails here.
    score = report[measure][kind]
    failures = [f for f in report["failures"] if f.startswith(f"{kind}:")]
    assert score >= SEEDS_FLOORS[measure][kind], failures


def test_seeds_gold_has_the_full_denominator(report: dict) -> None:
    assert report["checks"] >= SEEDS_FLOORS["checks"]
    assert report["passed"] >= SEEDS_FLOORS["passed"]


def test_seeds_gold_ice_is_one_node_across_the_corpus(demo_graph: nx.MultiDiGraph) -> None:
    ice = [
        n
        for n, d in demo_graph.nodes(data=True)
        if "ice" in node_names(d) and d["type"] == "agency"
    ]
    assert len(ice) == 1
    documents = {
        v for _, v, r in demo_graph.out_edges(ice[0], data="relation") if r == "mentioned_in"
    }
    assert len(documents) == 5


def test_seeds_gold_albence_is_one_node(demo_graph: nx.MultiDiGraph) -> None:
    albence = [n for n, d in demo_graph.nodes(data=True) if "matthew albence" in node_names(d)]
    assert len(albence) == 1
    assert demo_graph.nodes[albence[0]]["doc_count"] == 2


def test_seeds_gold_biden_drops_the_2017_2020_events(demo_graph: nx.MultiDiGraph) -> None:
    for _, data in demo_graph.nodes(data=True):
        if data["type"] == "event" and "2017" <= data["date_start"] <= "2020-12-31":
            assert "Biden" not in data["administration"]
