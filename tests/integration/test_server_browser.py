"""The served app's security headers in Chromium: the page works under its policy (issue 12).

The Content-Security-Policy allows only this origin's scripts and Dash's own
inline script (by hash); these tests check that Dash, plotly (SVG and WebGL
traces) and Cytoscape still draw under it, and that an injected inline
script does not run.
"""

from __future__ import annotations

import urllib.request
from typing import Any

import pytest

Server = Watched = Any  # the fixtures' types live in conftest.py
pytestmark = pytest.mark.browser

DRAWN_JS = """() => {
  const gd = document.querySelector('#timeline .js-plotly-plot');
  const cy = document.getElementById('network');
  const busy = document.querySelector('[data-dash-is-loading="true"]');
  if (busy || !gd || !gd._fullData || !cy || !cy._cyreg || !cy._cyreg.cy) return null;
  return {types: gd._fullData.map(t => t.type), nodes: cy._cyreg.cy.nodes().length,
          gl: document.querySelectorAll('#timeline canvas').length};
}"""
INLINE_JS = """() => {
  const s = document.createElement('script');
  s.textContent = 'window.__inline_ran = 1';
  document.body.appendChild(s);
  return window.__inline_ran === 1;
}"""


def _drawn(watched: Watched, url: str) -> dict[str, Any]:
    page = watched.page
    page.goto(url)
    handle = page.wait_for_function(DRAWN_JS, timeout=60_000, polling=100)
    drawn: dict[str, Any] = handle.json_value()
    return drawn


def test_sv001_page_draws_under_its_content_security_policy(
    watched: Watched, server: Server
) -> None:
    with urllib.request.urlopen(server.url, timeout=30) as response:
        policy = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "frame-ancestors 'none'" in policy
    drawn = _drawn(watched, server.url)
    assert "scatter" in drawn["types"] and drawn["nodes"] > 0
    assert watched.problems() == []


def test_sv002_webgl_timeline_draws_under_the_policy(
    watched: Watched, webgl_server: Server
) -> None:
    drawn = _drawn(watched, webgl_server.url)
    assert "scattergl" in drawn["types"] and drawn["gl"] > 0
    assert watched.problems() == []


def test_sv003_injected_inline_script_does_not_run(watched: Watched, server: Server) -> None:
    _drawn(watched, server.url)
    assert watched.page.evaluate(INLINE_JS) is False
    problems = watched.problems()
    assert problems and all("Content Security Policy" in p for p in problems), problems


def test_sv004_graph_with_dates_at_the_calendar_edge_is_drawn(
    watched: Watched, tmp_path_factory: pytest.TempPathFactory
) -> None:
    # issue 12, F4: dates of year 9999 and year 1 stopped app.py from starting.
    from graph_factory import make_graph
    from serving import serve_app

    from graphx.build.export import write_graph

    G = make_graph()
    for node, day in (("v:subpoena", "9999-06-01"), ("v:suit", "0001-01-01")):
        G.nodes[node]["date"] = G.nodes[node]["date_start"] = G.nodes[node]["date_end"] = day
    folder = tmp_path_factory.mktemp("calendar-edge")
    write_graph(G, folder / "graph.graphml")
    with serve_app(folder, folder / "no-corpus") as running:
        drawn = _drawn(watched, running.url)
        assert "scatter" in drawn["types"] and drawn["nodes"] > 0
        watched.page.click("#filter-dates")  # the date picker opens on the graph's dates
        watched.page.wait_for_timeout(300)
    assert watched.problems() == []
