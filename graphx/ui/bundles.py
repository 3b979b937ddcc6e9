"""The page's scripts: a small plotly.js with the page, no chunk the explorer never draws.

Dash fetched plotly.js (4.8 MB, every trace type) only when the timeline
mounted, a round trip after the page had drawn its layout (issue 17: the page
was usable in 3.5-4.2 s). The explorer draws only ``scatter`` and
``scattergl`` traces, so it ships plotly's own partial bundle with exactly
those (``assets/vendor/plotly-gl2d.min.js``, 1.6 MB, from the npm package
``plotly.js-gl2d-dist-min``; ``scripts/vendor_plotly.sh`` fetches it again).
Dash includes every script of ``assets/`` in the page, and ``dcc.Graph``
uses ``window.Plotly`` when it is defined, so the 4.8 MB file is never
fetched. Dash's ``eager_loading`` puts every lazily loaded chunk in the page
as a blocking script: plotly.js, but also MathJax (2 MB), the Markdown,
highlighting, upload and slider components and all of Dash's data table,
none of which the explorer draws. So the app is created with eager loading
only to learn the chunks' addresses; ``lean_page`` takes the lazy chunks out
of the page again and asks the browser to *preload* the graph and dropdown
chunks (fetched at once, in parallel, parsed when they are imported).
Measured by ``benchmarks/bench_page_load.py``.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["FINGERPRINT", "LAZY_CHUNK", "PRELOADED", "TRACE_TYPES", "install", "lean_page"]

LAZY_CHUNK = re.compile(
    r'<script src="([^"]*(?:/dcc/async-[a-z]+\.|/dash_table/|/plotly/package_data/)[^"]*)">'
    r"</script>\s*"
)
PRELOADED = ("/dcc/async-graph.", "/dcc/async-dropdown.")
# The trace types of the vendored plotly.js bundle: a figure may draw no other (tested).
TRACE_TYPES = frozenset({"scatter", "scattergl"})
# Dash's fingerprint in a file name ("plotly.v7_1_0m1796030809.min.js"): the lazy loader
# asks for the plain name ("plotly.min.js"), so that is the one to preload.
FINGERPRINT = re.compile(r"\.v[0-9_]+m[0-9]+(?=\.)")


def lean_page(scripts: str) -> tuple[str, str]:
    """(the page's scripts without the lazy chunks, preload links for those the page needs).

    >>> lean_page('<script src="/x/dcc/async-graph.v4_4_1m17.js"></script>\\n'
    ...           '<script src="/x/dcc/async-mathjax.v4_4_1m17.js"></script>\\n'
    ...           '<script src="/x/dash_renderer.v1.js"></script>\\n')
    ('<script src="/x/dash_renderer.v1.js"></script>\\n', \
'<link rel="preload" as="script" href="/x/dcc/async-graph.js">')
    """
    found = LAZY_CHUNK.findall(scripts)
    wanted = [FINGERPRINT.sub("", src) for src in found if any(p in src for p in PRELOADED)]
    links = "".join(f'<link rel="preload" as="script" href="{src}">' for src in wanted)
    return LAZY_CHUNK.sub("", scripts), links


def install(app: Any) -> None:
    """Serve the app's page with ``lean_page`` (the app is created with eager loading)."""
    interpolate = app.interpolate_index

    def lean_index(**kwargs: Any) -> str:
        scripts, links = lean_page(str(kwargs.get("scripts", "")))
        kwargs["scripts"] = scripts
        kwargs["css"] = links + str(kwargs.get("css", ""))
        return str(interpolate(**kwargs))

    app.interpolate_index = lean_index
