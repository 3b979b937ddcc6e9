"""Create the Dash app, and keep the view in the URL's query string.

The app serves only its own routes: downloads are built in memory from the
filter state, no route reads a path the client sends, Dash's debug mode is
off unless asked for, and request bodies are bounded (issue 7).
"""

from __future__ import annotations

import errno
import gc
import ipaddress
import json
import logging
import os
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import dash
import flask

from ..errors import GraphxError, SettingsError
from ..explorer import ExplorerData
from ..filters import FilterState
from ..settings import Settings, load_settings, resource_path
from . import Context, downloads, guard, set_context
from .checks import MAX_CHOICES, MAX_QUERY, MAX_TEXT
from .layout import LAYOUTS, build_layout

__all__ = [
    "OncePerMinute",
    "ViewState",
    "check_port",
    "create_app",
    "decode_query",
    "encode_query",
    "ensure_graph",
    "load_stylesheet",
    "prepare",
    "run",
    "waitress_options",
]

log = logging.getLogger(__name__)

MAX_REQUEST_BYTES = 1_000_000
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


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def check_port(host: str, port: int) -> None:
    """Raise a one-line error unless ``port`` is a TCP port that ``host`` can listen on now.

    Raises:
        SettingsError: the port is not between 1 and 65535.
        GraphxError: the port is taken (or not allowed to this user).
    """
    if not 1 <= port <= 65535:
        raise SettingsError(f"port {port} is not a TCP port (1 to 65535)")
    try:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as waitress does
            probe.bind((host, port))
    except OSError as e:
        raise GraphxError(_bind_error(host, port, e)) from e


def _bind_error(host: str, port: int, e: OSError) -> str:
    if e.errno == errno.EADDRINUSE:
        return (
            f"port {port} on {host} is already in use (another explorer?); "
            f"choose another: make run PORT={port % 65535 + 1} (or python app.py --port "
            f"{port % 65535 + 1})"
        )
    return f"cannot listen on {host}:{port}: {e.strerror or e}"


def waitress_options(cpus: int, open_files: int) -> dict[str, Any]:
    """waitress settings for a machine with ``cpus`` cores and an ``open_files`` limit.

    Callbacks are CPU-bound and hold the GIL, so more threads than a few per
    core only queue; slow clients and downloads hold a thread each, hence
    some spare. Idle connections close after 15 s (waitress: 120 s, checked
    every 30 s) and up to a quarter of the file limit may be open (waitress:
    100), so 100 half-open connections no longer stop the server accepting
    for two minutes (issue 12). ``poll`` because ``select`` fails past
    1,024 descriptors.

    >>> o = waitress_options(2, 20_000)
    >>> o["threads"], o["connection_limit"], o["channel_timeout"]
    (8, 1000, 15)
    >>> waitress_options(64, 1024)["threads"], waitress_options(1, 1024)["connection_limit"]
    (16, 256)
    """
    return {
        "threads": min(16, 4 + 2 * max(1, cpus)),
        "connection_limit": max(100, min(1000, open_files // 4)),
        "channel_timeout": 15,
        "cleanup_interval": 5,
        "asyncore_use_poll": True,
        "max_request_body_size": MAX_REQUEST_BYTES,
        "ident": "graphx",
    }


def _open_files() -> int:
    try:
        import resource

        return int(resource.getrlimit(resource.RLIMIT_NOFILE)[0])
    except (ImportError, ValueError, OSError):  # no resource module (Windows)
        return 512


class OncePerMinute(logging.Filter):
    """Lets one record through per ``every`` seconds and counts the ones it held back.

    waitress warns "Task queue depth is N" for every request that waits for a
    thread: 4,945 lines a minute under load (issue 12). The count of held
    back lines is added to the next one let through.
    """

    def __init__(self, every: float = 60.0, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self.every, self.clock = every, clock
        self.last: float | None = None
        self.held = 0

    def filter(self, record: logging.LogRecord) -> bool:
        now = self.clock()
        if self.last is not None and now - self.last < self.every:
            self.held += 1
            return False
        if self.held:
            record.msg = f"{record.msg} ({self.held} more in the last minute)"
        self.last, self.held = now, 0
        return True


def _quiet_queue_warnings() -> None:
    queue_log = logging.getLogger("waitress.queue")
    if not any(isinstance(f, OncePerMinute) for f in queue_log.filters):
        queue_log.addFilter(OncePerMinute())


def run(app: dash.Dash, *, host: str, port: int, debug: bool = False) -> None:
    """Serve the app: waitress normally, Dash's dev server only with ``debug``.

    Raises:
        GraphxError: the port cannot be listened on (taken since ``prepare``).
    """
    if not _is_loopback(host):
        log.warning("serving on %s: the explorer is reachable from other machines", host)
    if debug:
        log.warning("Dash debug mode is on: never expose it")
        app.run(host=host, port=port, debug=True)
        return
    from waitress import create_server

    options = waitress_options(os.cpu_count() or 1, _open_files())
    try:
        server = create_server(app.server, host=host, port=port, **options)
    except OSError as e:
        raise GraphxError(_bind_error(host, port, e)) from e
    _quiet_queue_warnings()
    log.info("graphx explorer on http://%s:%d/ (%d threads)", host, port, options["threads"])
    server.run()
