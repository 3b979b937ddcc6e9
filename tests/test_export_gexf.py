"""Dynamic GEXF 1.3: event spans, spells of entities, documents and edges, checked by hand.

The GEXF 1.3 schema is not shipped (it is not ours to copy); the file is
checked against its rules structurally: namespace and version, the dynamic
mode and date time format, declared attribute ids and types, ``xs:date``
times with start <= end, node and edge counts, edge ends that exist.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest

from graphx.build.export import write_graph
from graphx.build.provenance import Provenance
from tests.graph_factory import make_graph

NS = "{http://gexf.net/1.3}"
ATTR_TYPES = {"integer", "long", "double", "float", "boolean", "string", "liststring", "anyURI"}


def _times(element: ET.Element) -> tuple[str, str] | None:
    start, end = element.get("start"), element.get("end")
    if start is None and end is None:
        return None
    assert start is not None and end is not None
    assert dt.date.fromisoformat(start) <= dt.date.fromisoformat(end)  # xs:date, in order
    return start, end


def check_gexf_13(root: ET.Element) -> None:
    """The structural rules of GEXF 1.3 that graphx's files rely on."""
    assert root.tag == f"{NS}gexf" and root.get("version") == "1.3"
    meta, graph = root.find(f"{NS}meta"), root.find(f"{NS}graph")
    assert meta is not None and graph is not None
    dt.date.fromisoformat(meta.get("lastmodifieddate", ""))
    assert {c.tag for c in meta} <= {f"{NS}creator", f"{NS}keywords", f"{NS}description"}
    assert graph.get("mode") == "dynamic" and graph.get("timeformat") == "date"
    declared: dict[str, set[str]] = {}
    for attributes in graph.findall(f"{NS}attributes"):
        ids = [a.get("id", "") for a in attributes]
        assert len(ids) == len(set(ids))
        assert {a.get("type") for a in attributes} <= ATTR_TYPES
        declared[attributes.get("class", "")] = set(ids)
    nodes, edges = graph.find(f"{NS}nodes"), graph.find(f"{NS}edges")
    assert nodes is not None and edges is not None
    assert int(nodes.get("count", "-1")) == len(nodes)
    assert int(edges.get("count", "-1")) == len(edges)
    node_ids = {n.get("id") for n in nodes}
    assert len(node_ids) == len(nodes)
    for kind, items in (("node", list(nodes)), ("edge", list(edges))):
        for item in items:
            _times(item)
            for value in item.iter(f"{NS}attvalue"):
                assert value.get("for") in declared[kind]
            for spell in item.iter(f"{NS}spell"):
                assert _times(spell) is not None
            assert not (item.get("start") and item.find(f"{NS}spells") is not None)
    edge_ids = [e.get("id") for e in edges]
    assert len(edge_ids) == len(set(edge_ids))
    assert all(e.get("source") in node_ids and e.get("target") in node_ids for e in edges)


@pytest.fixture
def gexf(tmp_path: Path) -> Path:
    prov = Provenance(filter="in Illinois", built="2026-11-01", documents=5, exported="2026-11-30")
    (path,) = write_graph(make_graph(), tmp_path / "g.gexf", format="gexf", provenance=prov)
    return path


def test_export_gexf_follows_the_gexf_13_rules(gexf: Path) -> None:
    check_gexf_13(ET.parse(gexf).getroot())


def test_export_gexf_reads_back_in_networkx_with_times(gexf: Path) -> None:
    H = nx.read_gexf(gexf)
    G = make_graph()
    assert (H.number_of_nodes(), H.number_of_edges()) == (G.number_of_nodes(), G.number_of_edges())
    release = H.nodes["v:release"]
    assert (release["start"], release["end"]) == ("2019-05-01", "2019-05-31")
    assert (
        release["event_type"] == "release" and release["label"] == "Cook County released a detainee"
    )
    assert "start" not in H.nodes["v:undated"]  # no date and no report date: no time
    assert H.nodes["e:ice"]["spells"] == [
        ("2017-10-01", "2018-09-30"),
        ("2019-05-01", "2019-05-31"),
        ("2019-07-14", "2019-07-14"),
        ("2020-01-17", "2020-01-17"),
        ("2021-04-06", "2021-04-06"),
    ]
    # Chicago is the place of the meeting and takes part in it: one spell, not two.
    assert H.nodes["e:chi"]["spells"] == [
        ("2019-07-14", "2019-07-14"),
        ("2021-02-01", "2021-02-28"),
    ]
    assert H.nodes["d:b"]["spells"] == [("2019-05-01", "2019-05-31"), ("2019-07-14", "2019-07-14")]
    assert "spells" not in H.nodes["e:us"]  # only in structure edges: always shown


def test_export_gexf_edges_carry_their_event_time(gexf: Path) -> None:
    root = ET.parse(gexf).getroot()
    edges = {(e.get("source"), e.get("target"), e.get("label")): e for e in root.iter(f"{NS}edge")}
    place = edges[("e:cook", "v:release", "place")]
    assert (place.get("start"), place.get("end")) == ("2019-05-01", "2019-05-31")
    assert edges[("e:cook", "e:il", "within")].get("start") is None


def test_export_gexf_meta_records_the_provenance(gexf: Path) -> None:
    meta = ET.parse(gexf).getroot().find(f"{NS}meta")
    assert meta is not None and meta.get("lastmodifieddate") == "2026-11-30"
    description = meta.findtext(f"{NS}description") or ""
    assert "filter: in Illinois" in description
    assert "built 2026-11-01 from 5 documents" in description
    assert (meta.findtext(f"{NS}creator") or "").startswith("graphx ")


def test_export_gexf_undated_event_sits_at_its_report_date(tmp_path: Path) -> None:
    G = make_graph()
    G.nodes["v:undated"].update(reported="2022-01-01", reported_basis="file metadata")
    G.nodes["v:meeting"].update(
        date_start="", date_end="", reported="2021-03/..", reported_basis="not before"
    )
    (path,) = write_graph(G, tmp_path / "g.gexf", format="gexf")
    H = nx.read_gexf(path)
    assert (H.nodes["v:undated"]["start"], H.nodes["v:undated"]["end"]) == ("2022-01-01",) * 2
    assert "start" not in H.nodes["v:meeting"]  # a lower bound is no time to put it at
