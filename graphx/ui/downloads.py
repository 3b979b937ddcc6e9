"""The app's exports: files written once per filter state, streamed from disk (issue 12).

The export buttons were Dash callbacks answering the whole file inside the
callback's JSON (base64): on the 10,000-article graph one request took 9 s
and 112 MB, and four at once took the server from 1.4 to 2.65 GB. Now the
buttons are links to ``/export/graph.graphml``, ``/export/graph.gexf`` and
``/export/events.csv`` with the page's query (``/_graphx/export/<kind>?<query>``
serves every kind, as before; issue 17):

- the filter state is read from the query as the page's URL is (bounded);
- one export is written at a time, into a private temporary folder, and
  kept (the data does not change while the app runs), so the same view
  asked again, or four times at once, is written once;
- at most ``MAX_WAITING`` requests wait for the writer; more get 503;
- a file over ``max_bytes`` is abandoned with 413 (use ``graphx export``);
- at most ``max_files`` files are kept, the oldest removed first;
- the answer streams the file from disk (waitress's file wrapper), named
  after the filter (``graphx_Illinois_2018.graphml``).
"""

from __future__ import annotations

import atexit
import hashlib
import logging
import re
import shutil
import tempfile
import threading
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

import flask

from graphx.errors import GraphxError
from graphx.explore import figures
from graphx.explore.data import ExplorerData
from graphx.explore.filters import FilterState, filter_graph, select
from graphx.ui.query import read_query, write_query

__all__ = [
    "EXPORTS",
    "LINKS",
    "MAX_EXPORT_BYTES",
    "ExportFiles",
    "ExportTooLarge",
    "download_name",
    "export_href",
]

log = logging.getLogger(__name__)

MAX_EXPORT_BYTES = 512 * 2**20
MAX_WAITING = 4  # half of the 8 threads waitress gets on two cores: callbacks keep the rest
ROUTE = "/_graphx/export/"
# The readable links (issue 17): path -> kind of export.
LINKS = {
    "/export/graph.graphml": "graphml",
    "/export/graph.gexf": "gexf",
    "/export/events.csv": "csv",
}


def _graphml(data: ExplorerData, state: FilterState, out: IO[bytes]) -> None:
    from graphx.build.export import write_graphml

    H, provenance = filter_graph(data, state), _provenance(data, state)
    H.graph.update(provenance.as_graph_attributes())
    write_graphml(H, out, desc=provenance.sentence())


def _csv(data: ExplorerData, state: FilterState, out: IO[bytes]) -> None:

    out.write(figures.events_csv(data, select(data, state).events).encode("utf-8"))


def _provenance(data: ExplorerData, state: FilterState) -> Any:
    from graphx.exports import make_provenance

    return make_provenance(data, state, built=str(data.G.graph.get("graphx_built", "")))


def _gexf(data: ExplorerData, state: FilterState, out: IO[bytes]) -> None:
    from graphx.build.gexf import write_gexf

    write_gexf(filter_graph(data, state), out, provenance=_provenance(data, state))


def _json(data: ExplorerData, state: FilterState, out: IO[bytes]) -> None:
    from graphx.build.export import _json_bytes

    out.write(_json_bytes(filter_graph(data, state), _provenance(data, state)))


def _events(data: ExplorerData, state: FilterState, out: IO[bytes]) -> None:
    from graphx.exports.tables import events_csv_text

    out.write(events_csv_text(data, select(data, state).events).encode("utf-8"))


def _svg(view: str) -> Callable[[ExplorerData, FilterState, IO[bytes]], None]:
    def write(data: ExplorerData, state: FilterState, out: IO[bytes]) -> None:
        from graphx.exports import picture_svg

        svg = picture_svg(data, state, view=view, provenance=_provenance(data, state))
        out.write(svg.encode("utf-8"))

    return write


# kind -> (writer, download name, media type). gexf, json, events and the SVGs (issue 18)
# are served for links and scripts; the page links GraphML and CSV.
EXPORTS: dict[str, tuple[Callable[[ExplorerData, FilterState, IO[bytes]], None], str, str]] = {
    "graphml": (_graphml, "graphx-view.graphml", "application/graphml+xml"),
    "csv": (_csv, "graphx-events.csv", "text/csv; charset=utf-8"),
    "gexf": (_gexf, "graphx-view.gexf", "application/gexf+xml"),
    "json": (_json, "graphx-view.json", "application/json"),
    "events": (_events, "graphx-events-published.csv", "text/csv; charset=utf-8"),
    "network.svg": (_svg("network"), "graphx-network.svg", "image/svg+xml"),
    "timeline.svg": (_svg("timeline"), "graphx-timeline.svg", "image/svg+xml"),
}


def export_href(kind: str, query: str) -> str:
    """The link of an export of the view a page query shows (a readable path when it has one).

    >>> export_href("csv", "?administration=Biden")
    '/export/events.csv?administration=Biden'
    >>> export_href("json", "?administration=Biden")
    '/_graphx/export/json?administration=Biden'
    """
    path = next((p for p, k in LINKS.items() if k == kind), f"{ROUTE}{kind}")
    return f"{path}{query}"


def _words(values: Any) -> list[str]:
    return [w for v in values for w in [re.sub(r"[^0-9A-Za-z]+", "-", str(v)).strip("-")] if w]


def _period(date_from: str, date_to: str) -> list[str]:
    """A whole calendar year as the year ("2018"); else the days the period has."""
    if date_from[:4] == date_to[:4] and date_from[5:] == "01-01" and date_to[5:] == "12-31":
        return [date_from[:4]]
    return [d for d in (date_from, date_to) if d]


def download_name(data: ExplorerData, state: FilterState, kind: str, default: str) -> str:
    """A file name that says the filter: ``graphx_Illinois_2018.graphml``.

    Places are written as people read them (labels, never ids); the name
    stays under 120 characters.

    >>> download_name(None, FilterState(date_from="2018-01-01", date_to="2018-12-31"),
    ...               "graphml", "graphx-view.graphml")  # type: ignore[arg-type]
    'graphx_2018.graphml'
    """
    stem, ext = default.split(".", 1) if "." in default else (default, "")
    places = [data.entities[j].label if j in data.entities else j for j in state.jurisdictions]
    parts = _words(
        [
            *places,
            *state.administrations,
            *state.event_types,
            *state.entity_types,
            *_period(state.date_from, state.date_to),
            *([f"q {state.text}"] if state.text else []),
        ]
    )
    if not parts:
        return default
    if not stem.startswith("graphx-view"):  # events, pictures: say which
        parts.insert(0, stem.removeprefix("graphx-"))
    return "_".join(["graphx", *parts])[:120] + (f".{ext}" if ext else "")


class ExportTooLarge(GraphxError):
    """An export grew past the app's size cap."""


class _Capped:
    """A binary file that refuses to grow past ``limit`` bytes."""

    def __init__(self, f: IO[bytes], limit: int) -> None:
        self.f, self.limit, self.size = f, limit, 0

    def write(self, chunk: bytes) -> int:
        self.size += len(chunk)
        if self.size > self.limit:
            raise ExportTooLarge(f"the export is over {self.limit // 2**20} MB")
        return self.f.write(chunk)


class ExportFiles:
    """Export files by (kind, filter state), written one at a time and kept, up to a bound."""

    def __init__(
        self,
        data: ExplorerData,
        *,
        folder: Path | None = None,
        max_files: int = 8,
        max_bytes: int = MAX_EXPORT_BYTES,
    ) -> None:
        self.data, self.max_files, self.max_bytes = data, max_files, max_bytes
        if folder is None:
            folder = Path(tempfile.mkdtemp(prefix="graphx-exports-"))
            atexit.register(shutil.rmtree, folder, ignore_errors=True)
        self.folder = folder
        self.files: OrderedDict[str, Path] = OrderedDict()
        self.writing = threading.Lock()
        self.waiting = threading.BoundedSemaphore(MAX_WAITING)
        self.written = 0  # files written so far (the tests count them)

    def path(self, kind: str, state: FilterState, key: str) -> Path | None:
        """The file of an export (written now unless kept); None when too many wait.

        Raises:
            ExportTooLarge: the export would be larger than ``max_bytes``.
        """
        if not self.waiting.acquire(blocking=False):
            return None
        try:
            with self.writing:
                name = f"{kind}:{key}"
                if name in self.files:
                    self.files.move_to_end(name)
                    return self.files[name]
                path = self._write(kind, state, name)
                self.files[name] = path
                while len(self.files) > self.max_files:
                    self.files.popitem(last=False)[1].unlink(missing_ok=True)
                return path
        finally:
            self.waiting.release()

    def _write(self, kind: str, state: FilterState, name: str) -> Path:
        writer = EXPORTS[kind][0]
        path = self.folder / hashlib.sha256(name.encode("utf-8")).hexdigest()[:24]
        try:
            with path.open("wb") as f:
                writer(self.data, state, _Capped(f, self.max_bytes))  # type: ignore[arg-type]
        except BaseException:
            path.unlink(missing_ok=True)
            raise
        self.written += 1
        log.info("export written: %s, %d bytes", kind, path.stat().st_size)
        return path


def install(app: Any, files: ExportFiles) -> None:
    """Add the export route to a Dash app's Flask server."""

    def export(kind: str) -> flask.Response:
        kind = LINKS.get(flask.request.path, kind)
        if kind not in EXPORTS:
            return flask.Response("no such export\n", status=404, mimetype="text/plain")
        query = read_query(files.data, flask.request.query_string.decode("utf-8", "replace"))
        state = query.state
        try:
            path = files.path(kind, state, write_query(files.data, state))
        except ExportTooLarge as e:
            log.info("export refused: %s", e)
            message = f"{e}: narrow the filters, or use graphx export\n"
            return flask.Response(message, status=413, mimetype="text/plain")
        if path is None:
            busy = "other exports are being written: try again in a minute\n"
            return flask.Response(
                busy, status=503, mimetype="text/plain", headers={"Retry-After": "30"}
            )
        _writer, download, media = EXPORTS[kind]
        name = download_name(files.data, state, kind, download)
        return flask.send_file(path, mimetype=media, as_attachment=True, download_name=name)

    app.server.add_url_rule(ROUTE + "<kind>", endpoint="graphx_export", view_func=export)
    for path, kind in LINKS.items():
        app.server.add_url_rule(
            path, endpoint=f"graphx_{kind}", view_func=export, defaults={"kind": kind}
        )
