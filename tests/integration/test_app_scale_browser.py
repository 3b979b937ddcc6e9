"""The explorer on a graph the size of a 10,000-article corpus, in headless Chromium.

Not timed (machines here are noisy): it checks that the page becomes usable,
shows the right counts and says what the network cap hides; the time it
took is printed, and `benchmarks/bench_app_server.py --browser` measures it.
"""

from __future__ import annotations

import time
from typing import Any

import pytest

Server = Watched = Any  # the fixtures' types live in conftest.py
pytestmark = pytest.mark.browser

USABLE_JS = """() => {
  const gd = document.querySelector('#timeline .js-plotly-plot');
  const cy = document.getElementById('network');
  const points = gd && gd._fullData ? gd._fullData.reduce(
      (n, t) => n + Array.from(t.x || []).filter(v => v !== null).length, 0) : 0;
  const nodes = cy && cy._cyreg && cy._cyreg.cy ? cy._cyreg.cy.nodes().length : 0;
  const busy = document.querySelector('[data-dash-is-loading="true"]');
  return !busy && points > 0 && nodes > 0
      && document.getElementById('count-events').innerText.trim() !== '';
}"""


def test_sc001_page_usable_on_10k_article_graph(watched: Watched, large_server: Server) -> None:
    page = watched.page
    start = time.perf_counter()
    page.goto(large_server.url)
    page.wait_for_function(USABLE_JS, timeout=120_000, polling=100)
    print(f"page usable {time.perf_counter() - start:.2f} s after navigation")
    data = large_server.data
    assert page.inner_text("#count-events") == str(len(data.events))
    assert page.inner_text("#count-entities") == str(len(data.entities))
    assert "hidden" in page.inner_text("#network-note")
    assert watched.problems() == []
