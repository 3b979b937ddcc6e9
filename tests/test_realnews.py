"""graphx.eval.realnews: stage the gold's articles, run the folder's own scorer (no model)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graphx.errors import InputError
from graphx.eval.realnews import is_realnews_folder, score_realnews
from graphx.settings import load_settings

# A stand-in for the curators' score.py: prints what it was given, as JSON.
SCORER = """import json, sys
print(json.dumps({"graph": sys.argv[1], "gold": sys.argv[2], "json": sys.argv[3:]}))
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "news"
    root.mkdir()
    (root / "gold.json").write_text(json.dumps({"articles": {"x01.txt": {}}}), encoding="utf-8")
    (root / "score.py").write_text(SCORER, encoding="utf-8")
    (root / "x01.txt").write_text("Headline\n\nBody.", encoding="utf-8")
    return root


def test_realnews_folder_is_recognised_by_gold_and_scorer(folder: Path) -> None:
    assert is_realnews_folder(folder)
    (folder / "score.py").unlink()
    assert not is_realnews_folder(folder)


def test_realnews_runs_the_folders_own_scorer(folder: Path, tmp_path: Path) -> None:
    graph = tmp_path / "graph.graphml"
    result = score_realnews(folder, settings=load_settings(), graph=graph)
    assert result == {"graph": str(graph), "gold": str(folder / "gold.json"), "json": ["--json"]}


def test_realnews_scorer_failure_is_one_clear_error(folder: Path, tmp_path: Path) -> None:
    (folder / "score.py").write_text("raise SystemExit('bad graph')\n", encoding="utf-8")
    with pytest.raises(InputError, match="score.py failed: bad graph"):
        score_realnews(folder, settings=load_settings(), graph=tmp_path / "g.graphml")


def test_realnews_missing_article_is_named(folder: Path) -> None:
    (folder / "x01.txt").unlink()
    with pytest.raises(InputError, match="x01.txt: listed in gold.json but missing"):
        score_realnews(folder, settings=load_settings())


def test_realnews_rejects_a_plain_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not a real-news folder"):
        score_realnews(tmp_path, settings=load_settings())
