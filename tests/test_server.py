"""The served app, attacked over HTTP on 127.0.0.1 (issue 12): each test talks to ``app.py``.

One ``app.py`` per module serves the hand-built graph (``graph_factory``);
requests go through ``http.client`` so headers, bodies and paths are sent
exactly as written. Every test is bounded: small bodies, short timeouts.
"""

from __future__ import annotations

import http.client
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from graph_factory import make_graph
from serving import Running, serve_app

from graphx.export import write_graph


def _write(G: Any, folder: Path) -> Path:
    write_graph(G, folder / "graph.graphml")
    return folder


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Running]:
    folder = _write(make_graph(), tmp_path_factory.mktemp("served"))
    with serve_app(folder, folder / "no-corpus") as running:
        yield running


def request(
    running: Running,
    method: str,
    path: str,
    *,
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
) -> tuple[int, dict[str, str], bytes]:
    """One request; returns status, headers (lower-case names) and body."""
    conn = http.client.HTTPConnection("127.0.0.1", running.port, timeout=30)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        conn.close()


@pytest.mark.parametrize("day", ["9999-06-01", "0001-01-01"])
def test_server_starts_on_a_graph_with_a_date_at_the_calendar_edge(
    tmp_path: Path, day: str
) -> None:
    # issue 12, F4: the timeline padded its range past year 9999 (or before year 1).
    G = make_graph()
    event = G.nodes["v:subpoena"]
    event["date"] = event["date_start"] = event["date_end"] = day
    folder = _write(G, tmp_path)
    with serve_app(folder, folder / "no-corpus", timeout=90) as running:
        status, _headers, body = request(running, "GET", "/_dash-layout")
        assert status == 200 and day.encode() in body
        assert "Traceback" not in running.log_text()
