"""Pictures of the views: SVG with title, legend and caption; PNG through a local Chromium."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from graphx.errors import GraphxError
from graphx.explore.data import ExplorerData
from graphx.explore.filters import FilterState
from graphx.exports import make_provenance, write_view
from tests.graph_factory import make_graph

SVG = "{http://www.w3.org/2000/svg}"


def _texts(path: Path) -> list[str]:
    return [t.text or "" for t in ET.parse(path).getroot().iter(f"{SVG}text")]


@pytest.mark.parametrize("view", ["network", "timeline"])
def test_export_pictures_svg_has_title_legend_and_caption(view: str, tmp_path: Path) -> None:
    data = ExplorerData.from_graph(make_graph())
    state = FilterState(administrations=["Trump (1st term)"])
    prov = make_provenance(data, state, built="2026-11-01")
    (path,) = write_view(data, state, tmp_path / f"v.{view}.svg", format="svg",
                         provenance=prov, view=view)  # fmt: skip
    texts = _texts(path)
    what = "Who acts together" if view == "network" else "Events over time"
    assert texts[0] == f"{what}: under Trump (1st term)"
    legend = {"agency", "jurisdiction", "person"} if view == "network" else {
        "legal action", "release", "enforcement", "funding"}  # fmt: skip
    assert legend <= set(texts)
    caption = next(t for t in texts if "source documents" in t)
    assert caption.endswith("From 3 of 5 source documents.")  # d:a, d:b, d:c report those events
    assert "graph built 2026-11-01 from 5 documents" in texts[-1]
    root = ET.parse(path).getroot()
    assert "filter: under Trump (1st term)" in (root.findtext(f"{SVG}metadata") or "")


def test_export_pictures_network_escapes_labels(tmp_path: Path) -> None:
    G = make_graph()
    G.nodes["e:ice"]["label"] = "<script>alert(1)</script> & Co"
    data = ExplorerData.from_graph(G)
    (path,) = write_view(data, FilterState(), tmp_path / "n.svg", format="svg",
                         provenance=make_provenance(data, FilterState()))  # fmt: skip
    assert "<script>alert(1)</script> & Co" in _texts(path)  # a text node, parsed back
    assert b"<script>" not in path.read_bytes()


def test_export_pictures_unknown_view_is_a_clear_error(tmp_path: Path) -> None:
    data = ExplorerData.from_graph(make_graph())
    with pytest.raises(GraphxError, match="view 'map'"):
        write_view(data, FilterState(), tmp_path / "x.svg", format="svg",
                   provenance=make_provenance(data, FilterState()), view="map")  # fmt: skip


def test_export_pictures_png_without_a_browser_is_one_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("graphx.exports.pictures._browser", lambda: None)
    data = ExplorerData.from_graph(make_graph())
    with pytest.raises(GraphxError, match="PNG needs a local Chromium"):
        write_view(data, FilterState(), tmp_path / "x.png", format="png",
                   provenance=make_provenance(data, FilterState()))  # fmt: skip
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(shutil.which("chromium") is None, reason="no local Chromium")
def test_export_pictures_png_is_rendered_with_the_provenance(tmp_path: Path) -> None:
    data = ExplorerData.from_graph(make_graph())
    (path,) = write_view(data, FilterState(), tmp_path / "x.png", format="png", view="timeline",
                         provenance=make_provenance(data, FilterState()))  # fmt: skip
    png = path.read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 5000
    assert b"tEXtDescription\0graphx " in png
    assert oct(path.stat().st_mode & 0o777) in ("0o644", "0o664")
