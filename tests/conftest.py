"""Shared fixtures and the opt-in flags for browser and model tests."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# shared/ sits beside the clone; GRAPHX_SHARED points elsewhere (a worktree, a CI cache).
SHARED = Path(os.environ.get("GRAPHX_SHARED") or ROOT.parent / "shared")
DEMO_CORPUS = ROOT / "data" / "corpus"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--browser",
        action="store_true",
        help="run the browser tests in headless Chromium (always on when CI=true)",
    )


def browser_tests_enabled(config: pytest.Config) -> bool:
    return bool(config.getoption("--browser")) or os.environ.get("CI") == "true"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if browser_tests_enabled(config):
        return
    skip = pytest.mark.skip(reason="browser test: pass --browser (CI always does)")
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def demo_corpus() -> Path:
    return DEMO_CORPUS


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    """The English pipeline, for tests of extraction that need the model
    (``tests/extracting.py``'s ``NEEDS_MODEL`` skips them without one)."""
    from graphx.extract.ner import load_nlp  # the model loads only for tests that ask
    from graphx.settings import Settings

    return load_nlp(Settings())


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    return SHARED


@pytest.fixture(scope="session")
def demo_graph_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo corpus built once per session with the real model (a model test)."""
    from graphx.build.pipeline import build
    from graphx.settings import load_settings

    out = tmp_path_factory.mktemp("demo-graph")
    build(DEMO_CORPUS, out, settings=load_settings())
    return out


@pytest.fixture(scope="session")
def demo_graph(demo_graph_dir: Path):  # type: ignore[no-untyped-def]
    from graphx.build.export import read_graph

    return read_graph(demo_graph_dir / "graph.graphml")


@pytest.fixture
def events_fail_on(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """``events_fail_on("Boom")``: the events stage raises RecursionError on texts with the word."""
    from graphx.extract import events

    real = events.find_events

    def arm(word: str) -> None:
        def find_events(doc, mentions, times, **options):  # type: ignore[no-untyped-def]
            if word in doc.text:
                raise RecursionError("maximum recursion depth exceeded")
            return real(doc, mentions, times, **options)

        monkeypatch.setattr(events, "find_events", find_events)

    return arm
