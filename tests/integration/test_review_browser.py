"""Review mode in Chromium: merge, split an event, reject, undo, then rebuild (issue 19).

The corpus is the demo plus the two articles of ``tests/data/review_corpus``
(written for these tests: one arrest told by two outlets, so one event with
two sources), copied to a temporary folder; ``app.py --review`` builds it on
start. Each decision is previewed, applied, and the page reloads at its URL;
the graph is then rebuilt from scratch (cache deleted) with the ledger.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from serving import ROOT, serve_app

from graphx.build.export import read_graph
from graphx.build.pipeline import build
from graphx.resolve.ledger import read_ledger
from graphx.settings import Settings

Watched = Any  # the fixture's type lives in conftest.py
pytestmark = pytest.mark.browser

MERGED, INTO = "immigration courts", "Executive Office for Immigration Review"
JUNK, RETYPED = "COVID-19", "Twitter"
LEAVING = "Tomas Weller detained in Brookfield County"  # the second outlet's article


@pytest.fixture(scope="module")
def review_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path, Path]]:
    root = tmp_path_factory.mktemp("review")
    corpus, graph = root / "corpus", root / "graph"
    shutil.copytree(ROOT / "data" / "corpus", corpus)
    extra = ROOT / "tests" / "data" / "review_corpus"
    for article in extra.glob("*.txt"):
        shutil.copy(article, corpus / article.name)
    rows = (extra / "metadata.csv").read_text(encoding="utf-8").splitlines()[1:]
    with (corpus / "metadata.csv").open("a", encoding="utf-8") as f:
        f.write("".join(f"{row}\n" for row in rows))
    graph.mkdir()
    with serve_app(graph, corpus, "--review") as running:
        yield running.url, corpus, graph


def _open(page: Any, url: str, subject: str) -> None:
    page.goto(url)
    page.wait_for_selector(f"#review-subject:has-text('{subject}')", timeout=60_000)


def _apply(page: Any, recorded: str) -> None:
    """Confirm the previewed decision and wait for the reloaded page to list it."""
    page.wait_for_selector("#review-preview :text('What changes:')", timeout=30_000)
    page.click("#review-apply")
    page.wait_for_selector(f'#review-ledger li:has-text("{recorded}")', timeout=30_000)


def _graph(graph: Path) -> dict[str, Any]:
    G = read_graph(graph / "graph.graphml")
    labels = {d["label"]: d for _, d in G.nodes(data=True) if d["type"] != "event"}
    arrests = [d for _, d in G.nodes(data=True) if d["type"] == "event" and "Weller" in d["label"]]
    return {"labels": labels, "arrests": sorted(len(d["sources"]) for d in arrests)}


def test_rv001_review_then_rebuild_from_scratch(
    watched: Watched, review_server: tuple[str, Path, Path]
) -> None:
    url, corpus, graph = review_server
    page = watched.page
    assert _graph(graph)["arrests"] == [2]  # one arrest, told by both outlets

    # Merge with…: search the other entity, both side by side, the change, then apply.
    _open(page, f"{url}/?entity={MERGED}", f"Entity: {MERGED}")
    page.get_by_label("merge with…").check()
    page.fill("#review-search", "Executive Office")
    page.press("#review-search", "Enter")
    page.get_by_label(f"{INTO} (agency)").check()
    compare = page.wait_for_selector("#review-preview .gx-review-compare", timeout=30_000)
    assert MERGED in compare.inner_text() and INTO in compare.inner_text()
    _apply(page, f"merge '{MERGED}'")

    # Not the same happening: the second outlet's report leaves the arrest.
    page.goto(url)
    page.click("#review button:has-text('arrested Tomas W')")
    page.wait_for_selector("#review-subject:has-text('Event:')", timeout=30_000)
    page.get_by_label("not the same happening").check()
    page.get_by_label(LEAVING).check()
    _apply(page, "split-event")

    # Not an entity; and a type change that is then undone.
    _open(page, f"{url}/?entity={JUNK}", f"Entity: {JUNK}")
    page.get_by_label("not an entity").check()
    _apply(page, f"reject '{JUNK}'")
    _open(page, f"{url}/?entity={RETYPED}", f"Entity: {RETYPED}")
    page.get_by_label("change type").check()
    page.locator("#review-type").get_by_label("media", exact=True).check()
    _apply(page, f"retype '{RETYPED}'")
    page.click(f"#review-ledger li:has-text(\"retype '{RETYPED}'\") button")
    page.wait_for_selector(f"#review-ledger li:has-text(\"retype '{RETYPED}'\")", state="detached")
    assert "?entity=Twitter" in page.url  # the URL's state survived the reloads

    served = _graph(graph)
    assert MERGED not in served["labels"] and JUNK not in served["labels"]
    assert served["arrests"] == [1, 1] and served["labels"][RETYPED]["type"] == "organization"
    assert len(read_ledger(graph / "decisions.jsonl")[0]) == 3
    assert watched.problems() == []

    # A rebuild from scratch replays the three remaining decisions.
    shutil.rmtree(graph / "cache")
    (graph / "graph.graphml").unlink()
    build(corpus, graph, settings=Settings())
    rebuilt = _graph(graph)
    assert MERGED not in rebuilt["labels"] and JUNK not in rebuilt["labels"]
    assert INTO in rebuilt["labels"] and rebuilt["arrests"] == [1, 1]
    assert rebuilt["labels"][RETYPED]["type"] == "organization"
