"""Exports stay valid XML/JSON whatever text the articles carry."""

from __future__ import annotations

import csv
import errno
import json
import os
import xml.etree.ElementTree as ET
from pathlib import Path

import igraph
import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graphx.build.export import clean_text, graphml_bytes, read_graph, write_graph
from graphx.errors import GraphxError, OutputError
from graphx.files import atomic_write

HOSTILE = [
    "<script>alert(1)</script>",
    "a\x00b\x08c\x1b[31m",
    "lone \ud800 surrogate",
    "\u202eright-to-left\u200f mark",
    "]]></data><data key='x'>",
    "&amp; &lt; &#0;",
    "!!!...???",
    "x" * 1_000_000,
]


def small_graph(text: str) -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    G.add_node("e:1", type="person", label=text, aliases=[text], mentions=2)
    G.add_node(text, type="agency", label="ICE", aliases=[], mentions=1)
    G.add_edge("e:1", text, relation="affiliated_with", evidence=text, doc_id="d1")
    G.add_edge("e:1", text, relation="mentioned_in", evidence="", doc_id="d1")
    return G


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_export_graphml_valid_for_hostile_text(text: str, tmp_path: Path) -> None:
    data = graphml_bytes(small_graph(text))
    ET.fromstring(data)  # a strict XML parser accepts it
    path = tmp_path / "g.graphml"
    write_graph(small_graph(text), path)
    H = read_graph(path)
    assert H.number_of_nodes() == 2 and H.number_of_edges() == 2
    assert H.nodes["e:1"]["label"] == clean_text(text)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(min_size=0, max_size=200))
def test_export_roundtrip_keeps_nodes_and_attributes(text: str, tmp_path: Path) -> None:
    G = small_graph(text)
    path = tmp_path / "g.graphml"
    write_graph(G, path)
    H = read_graph(path)
    assert H.number_of_nodes() == G.number_of_nodes()  # ids stay distinct after cleaning
    # written as JSON text (XML-unsafe characters dropped), read back as a list
    assert H.nodes["e:1"]["aliases"] == json.loads(
        clean_text(json.dumps([text], ensure_ascii=False))
    )
    assert H.nodes["e:1"]["mentions"] == 2


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json"])
def test_export_formats_parse_again(fmt: str, tmp_path: Path) -> None:
    G = small_graph(HOSTILE[0] + HOSTILE[1])
    (path,) = write_graph(G, tmp_path / f"g.{fmt}", format=fmt)
    if fmt == "json":
        data = json.loads(path.read_text(encoding="utf-8"))
        assert len(data["nodes"]) == 2
    else:
        ET.parse(path)
        H = nx.read_gexf(path) if fmt == "gexf" else nx.read_graphml(path)
        assert H.number_of_nodes() == 2


def test_export_csv_writes_nodes_and_edges(tmp_path: Path) -> None:
    paths = write_graph(small_graph('x,"y"\nz'), tmp_path / "g.csv", format="csv")
    assert [p.name for p in paths] == ["g-nodes.csv", "g-edges.csv"]
    assert paths[1].read_text(encoding="utf-8").count("affiliated_with") == 1


def test_export_graphml_reads_in_igraph_with_same_counts(tmp_path: Path) -> None:
    G = small_graph(HOSTILE[2])
    path = tmp_path / "g.graphml"
    write_graph(G, path)
    g = igraph.Graph.Read_GraphML(str(path))
    assert (g.vcount(), g.ecount()) == (G.number_of_nodes(), G.number_of_edges())


def test_export_unknown_format_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(GraphxError, match="unknown export format 'pdf'"):
        write_graph(small_graph("x"), tmp_path / "g.pdf", format="pdf")


def test_export_read_missing_graph_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(GraphxError, match="graph file not found"):
        read_graph(tmp_path / "nope.graphml")


def test_export_failed_write_keeps_previous_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "g.graphml"
    write_graph(small_graph("first"), path)
    before = path.read_bytes()

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("graphx.files.os.fsync", disk_full)
    with pytest.raises(OutputError, match=r"cannot write .*g\.graphml: No space left on device"):
        write_graph(small_graph("second"), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["g.graphml"]  # no temporary file left


def test_export_graph_read_back_writes_again(tmp_path: Path) -> None:
    first, second = tmp_path / "a.graphml", tmp_path / "b.graphml"
    write_graph(small_graph("x"), first)
    write_graph(read_graph(first), second)  # what `graphx export` does
    assert read_graph(second).number_of_edges() == 2


@pytest.mark.parametrize(
    ("label", "cell"),
    [
        ('=HYPERLINK("http://127.0.0.1/x","click")', '\'=HYPERLINK("http://127.0.0.1/x","click")'),
        ("+1 555 0100", "'+1 555 0100"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("Plain Name", "Plain Name"),
        ("a=b", "a=b"),
    ],
)
def test_export_csv_neutralises_formulas(tmp_path: Path, label: str, cell: str) -> None:
    G = small_graph("x")
    G.nodes["e:1"]["label"] = label
    G.add_node("n:2", type="count", label="n", mentions=-4)
    G.edges["e:1", "x", 0]["evidence"] = label
    nodes, edges = write_graph(G, tmp_path / "g.csv", format="csv")
    with nodes.open(encoding="utf-8", newline="") as f:
        rows = {row["id"]: row for row in csv.DictReader(f)}
    assert rows["e:1"]["label"] == cell
    assert rows["n:2"]["mentions"] == "-4"  # a number is not a formula
    with edges.open(encoding="utf-8", newline="") as f:
        assert next(csv.DictReader(f))["evidence"] == cell


def test_export_missing_folder_is_an_error_not_created(tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "g.graphml"
    with pytest.raises(
        OutputError, match=r"cannot write .*g\.graphml: folder .*such does not exist"
    ):
        write_graph(small_graph("x"), target)
    assert list(tmp_path.iterdir()) == []


def test_export_files_get_the_umask_mode(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        (path,) = write_graph(small_graph("x"), tmp_path / "g.graphml")
        with atomic_write(tmp_path / "t.json", "w") as f:
            f.write("{}")
    finally:
        os.umask(old)
    assert oct(path.stat().st_mode & 0o777) == "0o644"
    assert oct((tmp_path / "t.json").stat().st_mode & 0o777) == "0o644"


def test_export_read_only_folder_is_one_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Simulated: tests may run as root, for whom chmod does not make a folder read-only.
    def read_only(*args: object, **kwargs: object) -> int:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr("graphx.files.os.open", read_only)
    with pytest.raises(OutputError, match=r"cannot write .*g\.graphml: Read-only file system"):
        write_graph(small_graph("x"), tmp_path / "g.graphml")
    assert list(tmp_path.iterdir()) == []
