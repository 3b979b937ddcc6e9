"""Every export format, written and read back: counts, provenance and values by hand.

The unit tests use the hand-built graph; the last test builds the demo
corpus with the real model (marked ``model``) and exports it through the CLI.
"""

from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest

from graphx.build.export import read_graph, write_graph
from graphx.cli import main
from graphx.exports import Provenance
from tests.graph_factory import make_graph

PROV = Provenance(filter="types release", built="2026-11-01", documents=5, exported="2026-11-30")


def test_export_roundtrip_graphml_records_provenance(tmp_path: Path) -> None:
    (path,) = write_graph(make_graph(), tmp_path / "g.graphml", provenance=PROV)
    H = read_graph(path)
    assert H.graph["graphx_filter"] == "types release"
    assert (H.graph["graphx_built"], H.graph["graphx_documents"]) == ("2026-11-01", 5)
    desc = ET.parse(path).getroot().find("{http://graphml.graphdrawing.org/xmlns}graph")
    assert desc is not None
    assert (desc.findtext("{http://graphml.graphdrawing.org/xmlns}desc") or "").endswith(
        "graph built 2026-11-01 from 5 documents; filter: types release"
    )
    assert "graphx_filter" not in make_graph().graph  # the caller's graph is left alone


def test_export_roundtrip_json_is_node_link_with_provenance(tmp_path: Path) -> None:
    (path,) = write_graph(make_graph(), tmp_path / "g.json", format="json", provenance=PROV)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["provenance"]["filter"] == "types release"
    assert data["provenance"]["documents"] == 5
    H = nx.node_link_graph(data, edges="edges")
    G = make_graph()
    assert (H.number_of_nodes(), H.number_of_edges()) == (G.number_of_nodes(), G.number_of_edges())
    assert H.nodes["v:release"]["date_start"] == "2019-05-01"


def test_export_roundtrip_csv_has_a_provenance_sidecar(tmp_path: Path) -> None:
    paths = write_graph(make_graph(), tmp_path / "g.csv", format="csv", provenance=PROV)
    assert [p.name for p in paths] == ["g-nodes.csv", "g-edges.csv", "g.provenance.json"]
    assert json.loads(paths[2].read_text(encoding="utf-8"))["provenance"]["built"] == "2026-11-01"


FORMATS = ["graphml", "gexf", "json", "csv", "events", "neo4j", "svg"]


@pytest.mark.model
@pytest.mark.parametrize("fmt", FORMATS)
def test_export_roundtrip_demo_through_the_cli(
    fmt: str, demo_graph_dir: Path, tmp_path: Path
) -> None:
    graph = demo_graph_dir / "graph.graphml"
    G = read_graph(graph)
    n_events = sum(1 for _, d in G.nodes(data=True) if d["type"] == "event")
    out = tmp_path / f"view.{fmt}"
    assert main(["export", str(graph), "--format", fmt, "--out", str(out), "--per-source"]) == 0
    counts = (G.number_of_nodes(), G.number_of_edges())
    if fmt == "graphml":
        H = read_graph(out)
        assert (H.number_of_nodes(), H.number_of_edges()) == counts
        assert H.graph["graphx_documents"] == 5
    elif fmt == "gexf":
        H = nx.read_gexf(out)
        assert (H.number_of_nodes(), H.number_of_edges()) == counts
        assert H.nodes["d:7fac6a794714e66d"]["published"] == "2019-05-07"
    elif fmt == "json":
        data = json.loads(out.read_text(encoding="utf-8"))
        H = nx.node_link_graph(data, edges="edges")
        assert (H.number_of_nodes(), H.number_of_edges()) == counts
        assert data["provenance"]["filter"] == "everything (no filter)"
    elif fmt == "csv":
        with (tmp_path / "view-nodes.csv").open(encoding="utf-8", newline="") as f:
            assert sum(1 for _ in csv.DictReader(f)) == counts[0]
    elif fmt == "events":
        with out.open(encoding="utf-8", newline="") as f:
            assert sum(1 for _ in csv.DictReader(f)) == n_events
        with (tmp_path / "view-sources.csv").open(encoding="utf-8", newline="") as f:
            sources = {(r["outlet"], r["published_in_words"]) for r in csv.DictReader(f)}
        assert ("The Western Journal", "7 May 2019") in sources
        assert ("Liberty Nation", "not before December 2018") in sources
    elif fmt == "neo4j":
        rows = 0
        for path in out.glob("nodes-*.csv"):
            with path.open(encoding="utf-8", newline="") as f:
                rows += sum(1 for _ in csv.DictReader(f))
        assert rows == counts[0]
        assert (out / "import.sh").is_file() and (out / "load.cypher").is_file()
    else:
        root = ET.parse(out).getroot()
        assert "5 documents" in (root.findtext("{http://www.w3.org/2000/svg}metadata") or "")


@pytest.mark.parametrize(
    ("kind", "check"),
    [
        ("graphml", b"<desc>graphx "),
        ("gexf", b'mode="dynamic" timeformat="date"'),
        ("json", b'"provenance"'),
        ("events", b"event_id,headline,type,date_as_written,date,"),
        ("network.svg", b"Who acts together: under Biden"),
        ("timeline.svg", b"Events over time: under Biden"),
    ],
)
def test_export_roundtrip_app_serves_the_new_formats(kind: str, check: bytes) -> None:
    import io

    from graphx.explore.data import ExplorerData
    from graphx.explore.filters import FilterState
    from graphx.ui.downloads import EXPORTS

    out = io.BytesIO()
    EXPORTS[kind][0](
        ExplorerData.from_graph(make_graph()), FilterState(administrations=["Biden"]), out
    )
    assert check in out.getvalue()
