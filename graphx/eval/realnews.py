"""Build a real-news folder and score it with the scorer that sits beside it (issue 13).

A real-news folder (``../shared/realnews``) holds articles, a ``metadata.csv``
sidecar, a ``gold.json`` and ``score.py``, the scorer its curators wrote. The
scorer is run as it is, in a subprocess: graphx never copies or re-implements
it, so its figures are the curators' own. It reports happenings found,
reports on each happening's one event, wrong merges, entities, splits, traps
hit and inferred publication dates.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from graphx.errors import InputError
from graphx.settings import Settings

__all__ = ["is_realnews_folder", "score_realnews"]

SIDECAR = "metadata.csv"


def is_realnews_folder(path: str | Path) -> bool:
    """A folder with a ``gold.json`` and a ``score.py`` beside its articles."""
    folder = Path(path)
    return (folder / "gold.json").is_file() and (folder / "score.py").is_file()


def _stage(folder: Path, articles: list[str], into: Path) -> None:
    """Copy the gold's articles and the sidecar into ``into``: the build reads every file.

    Copies, not links: the corpus walk reads no symlink that leads out of the
    corpus folder (issue 12, F11).
    """
    for name in [*articles, SIDECAR]:
        source = folder / name
        if not source.is_file():
            if name == SIDECAR:
                continue
            raise InputError(f"{source}: listed in gold.json but missing")
        shutil.copyfile(source, into / name)


def score_realnews(
    folder: str | Path,
    *,
    settings: Settings,
    graph: str | Path | None = None,
    system: str = "graphx",
) -> dict[str, Any]:
    """Build the folder's articles into a temporary graph and run its ``score.py`` on it.

    Args:
        folder: the real-news folder.
        settings: build settings.
        graph: an already built ``graph.graphml`` to score instead of building.
        system: ``graphx``, or ``spacy``: the model alone (``graphx.eval.baseline``).

    Returns:
        The scorer's JSON figures.

    Raises:
        InputError: not a real-news folder, an article missing, or the scorer failed.
    """
    root = Path(folder)
    articles = _gold_articles(root)
    with tempfile.TemporaryDirectory() as tmp:
        if graph is None:
            graph = _build_graph(root, articles, Path(tmp), settings=settings, system=system)
        return _run_scorer(root, Path(graph))


def _gold_articles(root: Path) -> list[str]:
    """The article files ``gold.json`` lists; InputError when ``root`` is no real-news folder."""
    if not is_realnews_folder(root):
        raise InputError(f"{root}: not a real-news folder (needs gold.json and score.py)")
    try:
        return sorted(json.loads((root / "gold.json").read_text(encoding="utf-8"))["articles"])
    except (OSError, ValueError, KeyError) as e:
        raise InputError(f"{root / 'gold.json'}: cannot read its articles: {e}") from e


def _build_graph(
    root: Path, articles: list[str], tmp: Path, *, settings: Settings, system: str
) -> Path:
    """Stage the articles under ``tmp`` and build them with ``system``; the graph's path."""
    from graphx.build.pipeline import build

    corpus = tmp / "corpus"
    corpus.mkdir()
    _stage(root, articles, corpus)
    if system == "spacy":
        from graphx.eval.baseline import build_baseline

        return build_baseline(corpus, tmp / "graph", settings=settings)
    build(corpus, tmp / "graph", settings=settings)
    return tmp / "graph" / "graph.graphml"


def _run_scorer(root: Path, graph: Path) -> dict[str, Any]:
    command = [sys.executable, str(root / "score.py"), str(graph), str(root / "gold.json")]
    run = subprocess.run([*command, "--json"], capture_output=True, text=True, check=False)
    try:
        result: dict[str, Any] = json.loads(run.stdout)
    except ValueError as e:
        last = (run.stderr.strip().splitlines() or ["no output"])[-1]
        raise InputError(f"{root / 'score.py'} failed: {last}") from e
    return result
