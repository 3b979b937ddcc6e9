"""Publishable pictures of the views: SVG written here, PNG rendered from it.

Each picture has a title (the filter in words), a legend (one color per
type) and a caption (what is shown, the source count, the graphx version
and the build date), as issue 18 asks. The SVG is written from plain data,
with no browser: the network view (entities that share events, laid out by
networkx's spring layout with a fixed seed, so the same view gives the same
picture) and the timeline (events on a time axis, one lane per event type).

PNG is the SVG rendered by a local Chromium (``chromium --headless
--screenshot``), when one is installed; nothing is downloaded. Kaleido, the
plotly route, needs a Chrome it manages itself. The provenance is kept in
the PNG's text chunks, as in the SVG's ``<metadata>``.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import tempfile
import zlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from xml.sax.saxutils import escape

import networkx as nx

from graphx.build.provenance import Provenance
from graphx.errors import GraphxError
from graphx.explore.data import ExplorerData
from graphx.explore.timeline import type_colors
from graphx.exports.words import span_in_words

__all__ = ["VIEWS", "Picture", "network_svg", "svg_to_png", "timeline_svg"]

VIEWS = ("network", "timeline")
WIDTH, HEIGHT = 1200, 800
_TOP, _BOTTOM, _LEFT, _LEGEND = 70, 70, 40, 220  # margins; the legend column on the right
_FONT = 'font-family="Helvetica, Arial, sans-serif"'


@dataclass(frozen=True)
class Picture:
    """What a picture says around its drawing."""

    title: str
    caption: str
    provenance: Provenance | None = None


def _text(value: str) -> str:
    from graphx.build.export import clean_text

    return escape(clean_text(value))


def _frame(picture: Picture, body: Sequence[str], legend: dict[str, str]) -> str:
    """The SVG document: title, drawing, legend, caption and metadata."""
    meta = _text(picture.provenance.sentence()) if picture.provenance else ""
    rows = [
        f'<g transform="translate({WIDTH - _LEGEND + 20},{_TOP + 20 * i})">'
        f'<circle cx="6" cy="-4" r="6" fill="{color}"/>'
        f'<text x="18" y="0" font-size="13">{_text(name.replace("_", " "))}</text></g>'
        for i, (name, color) in enumerate(legend.items())
    ]
    return "\n".join(
        [
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
            f'viewBox="0 0 {WIDTH} {HEIGHT}" {_FONT}>',
            f"<title>{_text(picture.title)}</title>",
            f"<metadata>{meta}</metadata>",
            f'<rect width="{WIDTH}" height="{HEIGHT}" fill="white"/>',
            f'<text x="{_LEFT}" y="40" font-size="22" font-weight="bold">'
            f"{_text(picture.title)}</text>",
            *body,
            *rows,
            f'<text x="{_LEFT}" y="{HEIGHT - 40}" font-size="13" fill="#333">'
            f"{_text(picture.caption)}</text>",
            f'<text x="{_LEFT}" y="{HEIGHT - 20}" font-size="12" fill="#666">{meta}</text>',
            "</svg>\n",
        ]
    )


def cooccurrence(data: ExplorerData, events: Iterable[str]) -> nx.Graph:
    """Entities that take part in the same events; ``weight`` counts the shared events."""
    H = nx.Graph()
    for e in events:
        members = sorted({n for n, _ in data.events[e].participants if n in data.entities})
        H.add_nodes_from(members)
        for a, b in combinations(members, 2):
            w = H.edges[a, b]["weight"] + 1 if H.has_edge(a, b) else 1
            H.add_edge(a, b, weight=w)
    return H


def network_svg(
    data: ExplorerData, events: Sequence[str], picture: Picture, *, max_nodes: int = 120
) -> str:
    """The network view: entities sized by their links, colored by type, up to ``max_nodes``."""
    H = cooccurrence(data, events)
    ranked = sorted(H.nodes, key=lambda n: (-H.degree(n, weight="weight"), n))
    kept, hidden = ranked[:max_nodes], max(0, len(ranked) - max_nodes)
    H = H.subgraph(kept)
    pos = nx.spring_layout(H, seed=7) if len(H) else {}
    box = (_LEFT, _TOP, WIDTH - _LEGEND - 2 * _LEFT, HEIGHT - _TOP - _BOTTOM - 20)

    def xy(n: str) -> tuple[float, float]:
        x, y = pos[n]
        return box[0] + (x + 1) / 2 * box[2], box[1] + (y + 1) / 2 * box[3]

    colors = type_colors(data.entities[n].type for n in H)
    body = [
        f'<line x1="{xy(a)[0]:.1f}" y1="{xy(a)[1]:.1f}" x2="{xy(b)[0]:.1f}" y2="{xy(b)[1]:.1f}" '
        f'stroke="#999" stroke-opacity="0.5" stroke-width="{min(1 + w, 6)}"/>'
        for a, b, w in H.edges(data="weight")
    ]
    for i, n in enumerate(ranked[: len(kept)]):
        x, y = xy(n)
        row = data.entities[n]
        body.append(
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{4 + min(H.degree(n), 12)}" '
            f'fill="{colors[row.type]}" stroke="white"><title>{_text(row.label)}</title></circle>'
        )
        if i < 30:  # the most connected are named; the rest have a tooltip
            body.append(
                f'<text x="{x + 8:.1f}" y="{y - 8:.1f}" font-size="11">{_text(row.label)}</text>'
            )
    note = f"; {hidden} less connected entities not drawn" if hidden else ""
    caption = f"{len(kept)} entities linked by {len(events)} events{note}. {picture.caption}"
    return _frame(Picture(picture.title, caption, picture.provenance), body, colors)


def _ordinal(iso: str) -> int:
    import datetime as dt

    return dt.date.fromisoformat(iso).toordinal()


def timeline_svg(data: ExplorerData, events: Sequence[str], picture: Picture) -> str:
    """The timeline view: one lane per event type; hollow marks sit at their report's date."""
    rows = [data.events[e] for e in events if data.events[e].placed]
    undated = len(events) - len(rows)
    lanes = sorted({r.event_type for r in rows})
    colors = type_colors(lanes)
    body: list[str] = []
    if rows:
        lo = min(_ordinal(r.place_start) for r in rows) - 15
        hi = max(_ordinal(r.place_end) for r in rows) + 15
        width, lane_h = (
            WIDTH - _LEGEND - 2 * _LEFT - 120,
            (HEIGHT - _TOP - _BOTTOM - 60) / len(lanes),
        )
        x0 = _LEFT + 120

        def x(iso: str) -> float:
            return x0 + (_ordinal(iso) - lo) / (hi - lo) * width

        body += _axis(lo, hi, x0, width, HEIGHT - _BOTTOM - 30)
        for i, lane in enumerate(lanes):
            y = _TOP + 20 + (i + 0.5) * lane_h
            name = _text(lane.replace("_", " "))
            body.append(f'<text x="{_LEFT}" y="{y + 4:.1f}" font-size="12">{name}</text>')
        for r in rows:
            y = _TOP + 20 + (lanes.index(r.event_type) + 0.5 + r.jitter * 0.8) * lane_h
            a, b = x(r.place_start), max(x(r.place_end), x(r.place_start) + 4)
            fill = "none" if r.by_report else colors[r.event_type]
            tip = f"{r.label} ({span_in_words(r.place_start, r.place_end)})"
            body.append(
                f'<rect x="{a:.1f}" y="{y - 5:.1f}" width="{b - a:.1f}" height="10" rx="2" '
                f'fill="{fill}" stroke="{colors[r.event_type]}"><title>{_text(tip)}</title></rect>'
            )
    note = f"; {undated} events without a date not drawn" if undated else ""
    caption = f"{len(rows)} events{note}; hollow: dated by its first report. {picture.caption}"
    return _frame(Picture(picture.title, caption, picture.provenance), body, colors)


def _axis(lo: int, hi: int, x0: float, width: float, y: float) -> list[str]:
    import datetime as dt

    first, last = dt.date.fromordinal(lo).year + 1, dt.date.fromordinal(hi).year
    step = max(1, (last - first + 1) // 12)
    out = [f'<line x1="{x0}" y1="{y}" x2="{x0 + width}" y2="{y}" stroke="#333"/>']
    for year in range(first, last + 1, step):
        xx = x0 + (dt.date(year, 1, 1).toordinal() - lo) / (hi - lo) * width
        out.append(
            f'<line x1="{xx:.1f}" y1="{y}" x2="{xx:.1f}" y2="{_TOP + 20}" stroke="#ddd"/>'
            f'<text x="{xx:.1f}" y="{y + 16}" font-size="12" text-anchor="middle">{year}</text>'
        )
    return out


def _browser() -> str | None:
    names = (os.environ.get("GRAPHX_CHROMIUM", ""), "chromium", "chromium-browser", "google-chrome")
    return next((found for name in names if name and (found := shutil.which(name))), None)


def _png_text(png: bytes, fields: dict[str, str]) -> bytes:
    """PNG bytes with ``tEXt`` chunks (Latin-1) inserted after the header chunk."""
    chunks = b""
    for key, value in fields.items():
        payload = key.encode("latin-1") + b"\0" + value.encode("latin-1", "replace")
        chunks += struct.pack(">I", len(payload)) + b"tEXt" + payload
        chunks += struct.pack(">I", zlib.crc32(b"tEXt" + payload))
    end_of_ihdr = 8 + 4 + 4 + 13 + 4  # signature, IHDR length, type, data, CRC
    return png[:end_of_ihdr] + chunks + png[end_of_ihdr:]


def svg_to_png(svg: str, path: Path, *, provenance: Provenance | None = None) -> Path:
    """Render an SVG to ``path`` with a local Chromium.

    Raises:
        GraphxError: no Chromium is installed, or it failed.
    """
    from graphx.files import atomic_write

    browser = _browser()
    if browser is None:
        raise GraphxError(
            "PNG needs a local Chromium (chromium, chromium-browser or google-chrome on PATH, "
            "or GRAPHX_CHROMIUM); export --format svg instead"
        )
    with tempfile.TemporaryDirectory(prefix="graphx-png-") as tmp:
        source, shot = Path(tmp) / "view.svg", Path(tmp) / "view.png"
        source.write_text(svg, encoding="utf-8")
        command = [browser, "--headless", "--disable-gpu", "--hide-scrollbars",
                   f"--user-data-dir={tmp}/profile", f"--window-size={WIDTH},{HEIGHT}",
                   f"--screenshot={shot}", source.as_uri()]  # fmt: skip
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            command.insert(1, "--no-sandbox")  # Chromium refuses to run as root otherwise
        try:
            subprocess.run(command, capture_output=True, timeout=120, check=False)
        except (OSError, subprocess.TimeoutExpired) as e:
            raise GraphxError(f"cannot render {path.name} with {browser}: {e}") from e
        if not shot.is_file():
            raise GraphxError(f"cannot render {path.name}: {browser} wrote no image")
        fields = {"Software": "graphx"}
        if provenance is not None:
            fields.update(
                Software=f"graphx {provenance.graphx_version}", Description=provenance.sentence()
            )
        png = _png_text(shot.read_bytes(), fields)
    with atomic_write(path) as f:
        f.write(png)
    return path


def count_sources(data: ExplorerData, events: Iterable[str]) -> int:
    """How many documents report the events."""
    return len(Counter(d for e in events for d in data.events[e].sources))
