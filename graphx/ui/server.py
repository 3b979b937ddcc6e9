"""Create the Dash app over the loaded data, and the graph it serves (built when stale).

The app serves only its own routes: downloads are written once per filter
state and streamed (``downloads``), no route reads a path the client sends,
Dash's debug mode is off unless asked for, request bodies are bounded
(issue 7), and ``guard`` checks every request (issue 12). ``listen`` serves it.
"""

from __future__ import annotations

import gc
import logging
from pathlib import Path
from typing import Any

import dash
import flask

from graphx.errors import GraphxError
from graphx.explore.data import ExplorerData
from graphx.explore.network import READABLE_RULES
from graphx.explore.placement import seeded_positions
from graphx.lexicon import shipped
from graphx.settings import Settings, load_settings
from graphx.ui import browser, bundles, downloads, guard
from graphx.ui.callbacks import first_view  # importing it registers the dash.callback functions
from graphx.ui.context import Context, get_context, set_context
from graphx.ui.layout import build_layout
from graphx.ui.listen import MAX_REQUEST_BYTES, check_port
from graphx.ui.query import ViewState, page_query

__all__ = [
    "ViewState",
    "create_app",
    "ensure_graph",
    "load_stylesheet",
    "prepare",
]

log = logging.getLogger(__name__)

SHOWN_NODES = 100  # the network's entities before "show more" (issue 17)


def load_stylesheet() -> list[dict[str, Any]]:
    """The Cytoscape stylesheet shipped in ``resources/cy_style.json``, with readable labels."""
    sheet: list[dict[str, Any]] = shipped().json("cy_style.json")
    return [*sheet, *READABLE_RULES]


def _context(
    data: ExplorerData,
    settings: Settings,
    stylesheet: list[dict[str, Any]],
    review: Any,
    exports: Any,
) -> Context:
    """What every callback reads: the data, its fixed positions and the network's sizes."""
    shown = min(SHOWN_NODES, settings.max_network_nodes)
    cap, positions = settings.max_network_nodes, seeded_positions(data)
    return Context(data, cap, stylesheet, review, exports, positions, shown)


def _dash_app(assets_folder: str) -> dash.Dash:
    # No Flask static route: the only file routes are Dash's assets and component suites.
    server = flask.Flask(__name__, static_folder=None)
    app = dash.Dash(
        __name__,
        server=server,  # type: ignore[arg-type]
        title="graphx explorer",
        update_title="",
        suppress_callback_exceptions=False,
        assets_folder=assets_folder,
        # plotly.js with the page, not when the timeline mounts (issue 17: a round trip
        # for 4.8 MB after the page had loaded); ``bundles`` drops the unused chunks.
        eager_loading=True,
    )
    bundles.install(app)
    return app


def create_app(
    data: ExplorerData,
    *,
    settings: Settings | None = None,
    assets_folder: str | None = None,
    review: Any = None,
) -> dash.Dash:
    """A Dash app serving ``data`` (the callbacks read it from ``context``); ``review``, a
    ``review_session.ReviewSession``, turns review mode on (issue 19)."""
    settings = settings or Settings()
    stylesheet = load_stylesheet()
    exports = downloads.ExportFiles(data)
    set_context(_context(data, settings, stylesheet, review, exports))
    if review is not None:
        import graphx.ui.review_callbacks  # noqa: F401  (registers the review callbacks)
    app = _dash_app(assets_folder or "assets")

    def page_layout() -> Any:
        # Dash asks for the layout once per page load (a fetch from the page, so its
        # Referer is the page's URL with the view's query); drawing that view here
        # spares the page a round of callbacks before anything shows (issue 6).
        # The context's data, which a review decision may have swapped (issue 19).
        current = get_context().data
        return build_layout(current, stylesheet=stylesheet, initial=first_view(page_query()))

    app.layout = page_layout
    log.debug("page callbacks: %s", browser.__name__)  # imported to register them
    app.server.config["MAX_CONTENT_LENGTH"] = MAX_REQUEST_BYTES
    guard.install(app, host=settings.host, port=settings.port)
    downloads.install(app, exports)
    return app


def ensure_graph(corpus: str | Path, graph_dir: str | Path, *, settings: Settings) -> Path:
    """The graph file, (re)built first when missing or older than any corpus file.

    Raises:
        GraphxError: the graph must be built and the corpus cannot be read.
    """
    graph = Path(graph_dir) / "graph.graphml"
    try:
        from graphx.build.pipeline import build, graph_is_stale
    except ImportError as e:  # a partial install: serve what is there
        if graph.is_file():
            return graph
        raise GraphxError(f"no graph at {graph}, and the build pipeline is unavailable: {e}") from e
    if graph_is_stale(corpus, graph_dir):
        if not Path(corpus).exists():
            if graph.is_file():
                return graph
            raise GraphxError(f"no graph at {graph} and no corpus at {corpus} to build it from")
        log.info("building the graph from %s into %s", corpus, graph_dir)
        build(corpus, graph_dir, settings=settings)
    return graph


def prepare(
    corpus: str | Path,
    graph_dir: str | Path,
    *,
    assets: str | Path | None = None,
    host: str | None = None,
    port: int | None = None,
    review: bool = False,
) -> tuple[dash.Dash, Settings]:
    """Settings, graph (built when stale), indexes and app: everything ``app.py`` needs."""
    from graphx.build.export import read_graph

    settings = load_settings(host=host, port=port)
    # Before the build, which can take minutes: a taken port is known now (issue 11).
    check_port(settings.host, settings.port)
    G = read_graph(ensure_graph(corpus, graph_dir, settings=settings))
    data = ExplorerData.from_graph(G)
    # The indexes are read-only from here on: move them out of the cyclic collector's reach, or
    # every full collection during a callback walks the whole graph (p95 of the timeline
    # callback on a 40,000-event graph: 470 ms without, 200 ms with; issue 6).
    gc.collect()
    gc.freeze()
    session = _review_session(corpus, graph_dir, settings) if review else None
    return create_app(
        data, settings=settings, assets_folder=str(assets) if assets else None, review=session
    ), settings


def _review_session(corpus: str | Path, graph_dir: str | Path, settings: Settings) -> Any:
    from graphx.ui.review_session import ReviewSession

    return ReviewSession(corpus, graph_dir, settings)
