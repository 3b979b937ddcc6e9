"""Run the graphx explorer: ``python app.py [--corpus DIR] [--graph DIR] [--host H] [--port N]``.

``--review`` turns on review mode: correct the graph in the page (issue 19).
Builds the graph first when ``graph.graphml`` is missing or older than the corpus.
Serves with waitress on 127.0.0.1 by default; ``--debug`` uses Dash's dev server.
Bad options, settings and a taken port are one line on stderr and exit 2.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import NoReturn

from graphx.errors import GraphxError
from graphx.ui.listen import run
from graphx.ui.server import prepare

ROOT = Path(__file__).resolve().parent


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(2, f"app.py: {message} (see python app.py --help)\n")


def main(argv: list[str] | None = None) -> int:
    parser = _Parser(description="Serve the graphx explorer.")
    parser.add_argument("--corpus", default=str(ROOT / "data" / "corpus"))
    parser.add_argument("--graph", default=str(ROOT / "data" / "graph"))
    parser.add_argument("--host", default=None)
    parser.add_argument("--port", type=int, default=None)
    parser.add_argument("--debug", action="store_true", help="Dash debug mode (never expose it)")
    parser.add_argument(
        "--review", action="store_true", help="review mode: correct the graph (decisions.jsonl)"
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    try:
        app, settings = prepare(
            args.corpus,
            args.graph,
            assets=ROOT / "assets",
            host=args.host,
            port=args.port,
            review=args.review,
        )
        run(app, host=settings.host, port=settings.port, debug=args.debug)
    except GraphxError as e:
        print(f"graphx: {e}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
