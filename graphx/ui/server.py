"""Create the Dash app, and keep the view in the URL's query string.

The app serves only its own routes: downloads are written once per filter
state and streamed (``downloads``), no route reads a path the client sends,
Dash's debug mode is off unless asked for, request bodies are bounded
(issue 7), and ``guard`` checks every request (issue 12). ``listen`` serves it.
"""

from __future__ import annotations

import gc
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import dash
import flask

from ..errors import GraphxError
from ..explorer import ExplorerData
from ..filters import FilterState
from ..settings import Settings, load_settings, resource_path
from . import Context, downloads, guard, set_context
from .checks import MAX_CHOICES, MAX_QUERY, MAX_TEXT
from .layout import LAYOUTS, build_layout
from .listen import MAX_REQUEST_BYTES, check_port

__all__ = [
    "ViewState",
    "create_app",
    "decode_query",
    "encode_query",
    "ensure_graph",
    "load_stylesheet",
    "prepare",
]

log = logging.getLogger(__name__)


_LIST_KEYS = {
    "j": "jurisdictions",
    "a": "administrations",
    "et": "entity_types",
    "vt": "event_types",
}


@dataclass(frozen=True)
class ViewState:
    """How the data is drawn (not what is kept): lanes, node size, network layout."""

    group_by: str = "event_type"
    size_by: str = "degree"
    layout: str = "auto"


def encode_query(state: FilterState, view: ViewState = ViewState()) -> str:
    """The query string for a view; default values are left out.

    >>> encode_query(FilterState(administrations=["Biden"], text="ice"))
    '?a=Biden&q=ice'
    >>> encode_query(FilterState())
    ''
    """
    pairs: list[tuple[str, str]] = []
    for key, name in _LIST_KEYS.items():
        pairs += [(key, v) for v in getattr(state, name)]
    for key, value in (("from", state.date_from), ("to", state.date_to), ("q", state.text)):
        if value:
            pairs.append((key, value))
    for key, value, default in (
        ("group", view.group_by, "event_type"),
        ("size", view.size_by, "degree"),
        ("layout", view.layout, "auto"),
    ):
        if value != default:
            pairs.append((key, value))
    return "?" + urlencode(pairs) if pairs else ""


def decode_query(search: str | None) -> tuple[FilterState, ViewState]:
    """Read a query string back; unknown keys and invalid view values are ignored.

    >>> state, view = decode_query("?a=Biden&a=Obama&group=agency&layout=bogus")
    >>> state.administrations, view
    (('Biden', 'Obama'), ViewState(group_by='agency', size_by='degree', layout='auto'))
    """
    # The query comes from the browser: bounded like every callback input (issue 12).
    query = parse_qs((search or "")[:MAX_QUERY].lstrip("?"), keep_blank_values=False)

    def one(key: str) -> str:
        return query.get(key, [""])[0][:MAX_TEXT]

    def many(key: str) -> list[str]:
        return [v[:MAX_TEXT] for v in query.get(key, [])[:MAX_CHOICES]]

    state = FilterState(
        **{name: many(key) for key, name in _LIST_KEYS.items()},
        date_from=one("from")[:10],
        date_to=one("to")[:10],
        text=one("q"),
    )
    view = ViewState(
        group_by=one("group")
        if one("group") in ("event_type", "agency", "jurisdiction")
        else "event_type",
        size_by="centrality" if one("size") == "centrality" else "degree",
        layout=one("layout") if one("layout") in LAYOUTS else "auto",
    )
    return state, view


def load_stylesheet() -> list[dict[str, Any]]:
    """The Cytoscape stylesheet shipped in ``resources/cy_style.json``."""
    with resource_path("cy_style.json").open(encoding="utf-8") as f:
        sheet: list[dict[str, Any]] = json.load(f)
    return sheet


def create_app(
    data: ExplorerData, *, settings: Settings | None = None, assets_folder: str | None = None
) -> dash.Dash:
    """A Dash app serving ``data``; registers the callbacks on first use."""
    from . import callbacks  # registers the dash.callback functions

    settings = settings or Settings()
    stylesheet = load_stylesheet()
    set_context(Context(data=data, max_nodes=settings.max_network_nodes, stylesheet=stylesheet))
    # No Flask static route: the only file routes are Dash's assets and component suites.
    server = flask.Flask(__name__, static_folder=None)
    app = dash.Dash(
        __name__,
        server=server,  # type: ignore[arg-type]
        title="graphx explorer",
        update_title="",
        suppress_callback_exceptions=False,
        assets_folder=assets_folder or "assets",
    )

    def page_layout() -> Any:
        # Dash asks for the layout once per page load (a fetch from the page, so its
        # Referer is the page's URL with the view's query); drawing that view here
        # spares the page a round of callbacks before anything shows (issue 6).
        return build_layout(
            data, stylesheet=stylesheet, initial=callbacks.first_view(_page_query())
        )

    app.layout = page_layout
    app.server.config["MAX_CONTENT_LENGTH"] = MAX_REQUEST_BYTES
    guard.install(app, host=settings.host, port=settings.port)
    downloads.install(app, downloads.ExportFiles(data))
    return app


def _page_query() -> str:
    """The query string of the page asking for the layout ("" outside a request)."""
    if not flask.has_request_context():
        return ""
    return urlsplit(flask.request.referrer or "").query


def ensure_graph(corpus: str | Path, graph_dir: str | Path, *, settings: Settings) -> Path:
    """The graph file, (re)built first when missing or older than any corpus file.

    Raises:
        GraphxError: the graph must be built and the corpus cannot be read.
    """
    graph = Path(graph_dir) / "graph.graphml"
    try:
        from ..pipeline import build, graph_is_stale
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
) -> tuple[dash.Dash, Settings]:
    """Settings, graph (built when stale), indexes and app: everything ``app.py`` needs."""
    from ..export import read_graph

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
    return create_app(
        data, settings=settings, assets_folder=str(assets) if assets else None
    ), settings
