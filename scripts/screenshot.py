"""Take the README screenshot from the running app on the demo corpus.

    python scripts/screenshot.py [--out docs/screenshot.png] [--query "?group=agency"]

Starts ``app.py`` on a free loopback port (building the demo graph into a
temporary directory), opens it in headless Debian Chromium (never a
downloaded browser), waits for both views to draw, and writes a PNG.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.serving import serve_app  # noqa: E402  (the app started as the tests start it)

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


TOP_NODE_JS = """() => {
    const cy = document.getElementById('network')._cyreg.cy;
    const top = cy.nodes().max(n => n.data('size')).ele;
    const p = top.renderedPosition(), r = cy.container().getBoundingClientRect();
    return [r.left + p.x, r.top + p.y];
}"""


def shoot(url: str, out: Path, *, select_top: bool = True) -> None:
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        page = browser.new_page(viewport={"width": 1500, "height": 1150}, device_scale_factor=1)
        page.goto(url)
        page.wait_for_selector("#timeline .main-svg", timeout=60_000)
        page.wait_for_function("document.getElementById('network')._cyreg !== undefined")
        page.wait_for_timeout(1500)  # let the layout settle
        if select_top:  # show the linked selection on the most central entity
            page.evaluate("() => document.getElementById('network').scrollIntoView()")
            page.wait_for_timeout(300)
            x, y = page.evaluate(TOP_NODE_JS)
            page.mouse.click(x, y)
            page.wait_for_timeout(1500)
            page.evaluate("() => window.scrollTo(0, 0)")
        out.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(out), full_page=True)
        browser.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshot.png"))
    parser.add_argument("--corpus", default=str(ROOT / "data" / "corpus"))
    parser.add_argument("--query", default="", help="URL query string of the view to show")
    parser.add_argument("--no-select", action="store_true", help="do not select the top entity")
    args = parser.parse_args()
    with (
        tempfile.TemporaryDirectory() as graph_dir,
        serve_app(Path(graph_dir), Path(args.corpus), timeout=120.0) as app,
    ):
        shoot(f"{app.url}{args.query}", Path(args.out), select_top=not args.no_select)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
