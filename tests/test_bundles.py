"""graphx.ui.bundles: the page's scripts, and the vendored partial plotly.js (issue 17)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from graphx.ui.bundles import lean_page

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "assets" / "vendor" / "plotly-gl2d.min.js"
# Recorded when the bundle was vendored by scripts/vendor_plotly.sh (npm's
# plotly.js-gl2d-dist-min 3.7.0); a new version is a deliberate change of this line.
BUNDLE_SHA256 = "d396c0d59e2844a167dc4aca8469fe1653060cb105f4d7cbd47b3c7788b1e750"


def test_bundles_vendored_plotly_is_the_recorded_gl2d_build_with_its_licence() -> None:
    data = BUNDLE.read_bytes()
    assert hashlib.sha256(data).hexdigest() == BUNDLE_SHA256
    assert b"plotly.js (gl2d - minified) v3.7.0" in data[:200]
    assert "MIT" in (BUNDLE.parent / "plotly-gl2d.LICENSE.txt").read_text(encoding="utf-8")


def test_bundles_the_full_plotly_is_neither_loaded_nor_preloaded() -> None:
    scripts = (
        '<script src="/_dash-component-suites/plotly/package_data/plotly.v7_1_0m1.min.js">'
        "</script>\n"
        '<script src="/_dash-component-suites/dash/dcc/async-graph.v4_4_1m1.js"></script>\n'
        '<script src="/_dash-component-suites/dash/dcc/async-mathjax.v4_4_1m1.js"></script>\n'
        '<script src="/_dash-component-suites/dash/dash-renderer/dash_renderer.v1.min.js">'
        "</script>\n"
    )
    page, links = lean_page(scripts)
    assert "plotly" not in page and "plotly" not in links and "mathjax" not in page
    assert "dash_renderer" in page
    assert links == (
        '<link rel="preload" as="script" href="/_dash-component-suites/dash/dcc/async-graph.js">'
    )
