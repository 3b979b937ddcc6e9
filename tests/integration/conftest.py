"""One real app server per session, on the demo graph, and a Chromium page per test.

The server is ``app.py`` itself in a subprocess on a free loopback port; it
builds the demo corpus into a temporary graph directory on start (the same
path a user takes). The tests read that graph too, so their expectations
come from the data, not from hard-coded numbers. Chromium is Debian's
(/usr/bin/chromium): nothing is downloaded.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from serving import ROOT, serve_app

from graphx.build.export import read_graph
from graphx.explore.data import ExplorerData

CHROMIUM = os.environ.get("GRAPHX_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@dataclass
class Server:
    url: str
    data: ExplorerData
    graph_dir: Path


@dataclass
class Watched:
    """A page plus what it reported: console errors, page errors, failed responses."""

    page: Any
    errors: list[str] = field(default_factory=list)

    def problems(self) -> list[str]:
        return list(self.errors)


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory, demo_corpus: Path) -> Iterator[Server]:
    """app.py on the demo corpus, building its graph on start as a user's first run does."""
    graph_dir = tmp_path_factory.mktemp("graph")
    for url in _serve(graph_dir, demo_corpus):
        data = ExplorerData.from_graph(read_graph(graph_dir / "graph.graphml"))
        yield Server(url=url, data=data, graph_dir=graph_dir)


@pytest.fixture(scope="session")
def large_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """app.py on a generated graph the size of a 10,000-article corpus (issue 6)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from make_large_graph import write_large_graph

    graph_dir = tmp_path_factory.mktemp("graph-10k")
    write_large_graph(graph_dir, 10_000, seed=7)
    for url in _serve(graph_dir, graph_dir / "no-corpus"):
        data = ExplorerData.from_graph(read_graph(graph_dir / "graph.graphml"))
        yield Server(url=url, data=data, graph_dir=graph_dir)


@pytest.fixture(scope="session")
def webgl_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """app.py on a generated graph with 2,800 events: the timeline draws them with WebGL."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from make_large_graph import write_large_graph

    graph_dir = tmp_path_factory.mktemp("graph-webgl")
    write_large_graph(graph_dir, 700, seed=3)
    for url in _serve(graph_dir, graph_dir / "no-corpus"):
        data = ExplorerData.from_graph(read_graph(graph_dir / "graph.graphml"))
        yield Server(url=url, data=data, graph_dir=graph_dir)


def _serve(graph_dir: Path, corpus: Path) -> Iterator[str]:
    with serve_app(graph_dir, corpus) as running:
        yield running.url


@pytest.fixture(scope="session")
def hostile_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """The hand-built graph with script tags, handlers and javascript: URLs in its text."""
    from graph_factory import make_graph

    from graphx.build.export import write_graph

    payload = '<img src=x onerror="window.__pwned=1;alert(1)">'
    G = make_graph()
    G.nodes["e:aclu"]["label"] = payload + "ACLU"
    G.nodes["v:raid"]["label"] = "<script>window.__pwned=1</script>" + payload
    G.nodes["v:undated"]["evidence"] = json.dumps([payload, "<style>body{display:none}</style>"])
    graph_dir = tmp_path_factory.mktemp("hostile")
    write_graph(G, graph_dir / "graph.graphml")
    for url in _serve(graph_dir, graph_dir / "no-corpus"):
        yield Server(
            url=url,
            data=ExplorerData.from_graph(read_graph(graph_dir / "graph.graphml")),
            graph_dir=graph_dir,
        )


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def browser_context(browser: Any) -> Iterator[Any]:
    """One context for the session, so plotly.js and friends are fetched and compiled once."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    yield context
    context.close()


@pytest.fixture
def watched(browser_context: Any) -> Iterator[Watched]:
    page = browser_context.new_page()
    w = Watched(page=page)
    page.on(
        "console", lambda m: w.errors.append(f"console: {m.text}") if m.type == "error" else None
    )
    page.on("pageerror", lambda e: w.errors.append(f"pageerror: {e}"))
    page.on(
        "response",
        lambda r: w.errors.append(f"HTTP {r.status} {r.url}") if r.status >= 400 else None,
    )
    page.on("dialog", lambda d: (w.errors.append(f"dialog: {d.message}"), d.dismiss()))
    yield w
    page.close()
