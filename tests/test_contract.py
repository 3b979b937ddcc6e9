"""Tests of graphx.contract: lists in memory, JSON arrays in files, and back."""

from __future__ import annotations

import io
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graphx.build.export import clean_text, graphml_bytes, read_graph
from graphx.contract import as_list, decode, encode_value, list_attributes

# Text that survives a file unchanged: no character XML 1.0 cannot carry.
safe_text = st.text().map(clean_text)


def _event(**attrs: object) -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    G.add_node("v:1", type="event", label="x", **attrs)
    return G


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(items=st.lists(safe_text, max_size=4), title=safe_text)
def test_contract_lists_come_back_from_graphml_as_written(
    items: list[str], title: str, tmp_path: Path
) -> None:
    reports = [{"doc_id": "d1", "sentence": title, "participants": items}]
    G = _event(sources=items, reports=reports, conflicts=[])
    path = tmp_path / "g.graphml"
    path.write_bytes(graphml_bytes(G))
    H = read_graph(path)
    assert H.nodes["v:1"] == G.nodes["v:1"]
    assert graphml_bytes(H) == graphml_bytes(G)  # a read graph writes the same file


def test_contract_files_hold_json_text() -> None:
    data = graphml_bytes(_event(sources=["d1", "Núñez"]))
    assert '<data key="d2">["d1", "Núñez"]</data>'.encode() in data
    back = nx.read_graphml(io.BytesIO(data))  # networkx alone sees the text
    assert back.nodes["v:1"]["sources"] == encode_value(["d1", "Núñez"])


@pytest.mark.parametrize(
    ("value", "decoded"),
    [
        ('["a"]', ["a"]),
        ("[not json", "[not json"),  # left for the reader to judge
        ('{"a": 1}', '{"a": 1}'),
        ("", ""),
    ],
)
def test_contract_decode_only_json_arrays(value: str, decoded: object) -> None:
    assert decode(_event(sources=value)).nodes["v:1"]["sources"] == decoded


def test_contract_decode_reads_only_the_list_attributes_of_the_type() -> None:
    G = _event(summary='["a quote"]', evidence='["a quote"]')
    G.add_node("e:1", type="person", evidence='["a quote"]', aliases='["A"]')
    decode(G)
    assert G.nodes["v:1"]["summary"] == '["a quote"]' and G.nodes["v:1"]["evidence"] == ["a quote"]
    assert G.nodes["e:1"] == {"type": "person", "evidence": '["a quote"]', "aliases": ["A"]}
    assert "evidence" in list_attributes("event") and "evidence" not in list_attributes("agency")


def test_contract_as_list_reads_hand_made_graphs() -> None:
    assert as_list(("a", "b")) == ["a", "b"]
    assert as_list('["a"]') == ["a"] and as_list("[oops") == ["[oops"] and as_list(None) == []
