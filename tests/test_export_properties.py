"""Property tests: exports written from any text parse again, with the same counts.

Graphs whose node ids, labels, aliases and evidence are arbitrary text
(control characters, lone surrogates, right-to-left marks, XML syntax,
names made only of punctuation, 1 MB attributes) are written with
:func:`graphx.build.export.write_graph` as GraphML, GEXF and JSON, then parsed
with strict XML parsers (ElementTree, lxml with ``recover=False``) or json,
and read back with networkx (and igraph for GraphML) with the same node and
edge counts.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import igraph
import networkx as nx
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from lxml import etree

from graphx.build.export import clean_text, write_graph

PIECES = [
    "\x00", "\x08", "\x0b", "\x0c", "\x1b[31m", "\x7f", "\x85", "\ud800", "\udfff", "\ud83d",
    "\ufffe", "\uffff", "\u202e", "\u200f", "\u2066", "\r", "\r\n", "\t", " ", "\n",
    "]]>", "<![CDATA[", "<script>alert(1)</script>", "&amp;", "&#0;", "'\"", "--", "<!--",
    "!!!", "...", "?!", "\U0001f600", "\u0301", "e:1",
]  # fmt: skip
any_char = st.characters(exclude_categories=())  # includes lone surrogates (Cs)
hostile_text = st.lists(any_char | st.sampled_from(PIECES), max_size=20).map("".join)
punctuation = st.text(st.sampled_from("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"), min_size=1)
node_ids = st.lists(hostile_text | punctuation, min_size=1, max_size=6, unique=True)
PROPS = settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
STRICT = etree.XMLParser(recover=False, huge_tree=True)


def build(ids: list[str], texts: list[str], pairs: list[tuple[int, int]]) -> nx.MultiDiGraph:
    """A contract-shaped graph (graphx/contract.py) carrying the given text."""
    G = nx.MultiDiGraph(name=texts[0] if texts else "")
    for n, node in enumerate(ids):
        text = texts[n % len(texts)] if texts else ""
        G.add_node(
            node,
            type="person" if n % 2 else "event",
            label=text,
            aliases=[text, node],
            evidence=text,
            mentions=n,
            ambiguous=bool(n % 3),
        )
    for a, b in pairs:
        u, v = ids[a % len(ids)], ids[b % len(ids)]
        G.add_edge(u, v, relation="agent", evidence=texts[0] if texts else "", doc_id=v)
    return G


def counts_after_reading(path: Path, fmt: str) -> list[tuple[int, int]]:
    """(nodes, edges) as every parser of that format reads the file."""
    data = path.read_bytes()
    if fmt == "json":
        H = nx.node_link_graph(json.loads(data.decode("utf-8")), edges="edges")
        return [(H.number_of_nodes(), H.number_of_edges())]
    ET.fromstring(data)  # strict: raises ParseError on any invalid character
    etree.fromstring(data, parser=STRICT)
    if fmt == "gexf":
        H = nx.read_gexf(path)
        return [(H.number_of_nodes(), H.number_of_edges())]
    H = nx.read_graphml(path, force_multigraph=True)
    g = igraph.Graph.Read_GraphML(str(path))
    return [(H.number_of_nodes(), H.number_of_edges()), (g.vcount(), g.ecount())]


def distinct_after_cleaning(ids: list[str]) -> bool:
    cleaned = {clean_text(i) for i in ids}
    return len(cleaned) == len(ids) and "" not in cleaned  # else export renames (tested below)


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json"])
@PROPS
@given(
    ids=node_ids,
    texts=st.lists(hostile_text | punctuation, max_size=4),
    pairs=st.lists(st.tuples(st.integers(0, 9), st.integers(0, 9)), max_size=8),
)
def test_export_properties_any_text_parses_with_same_counts(
    fmt: str, ids: list[str], texts: list[str], pairs: list[tuple[int, int]], tmp_path: Path
) -> None:
    G = build(ids, texts, pairs)
    (path,) = write_graph(G, tmp_path / f"g.{fmt}", format=fmt)
    expected = (G.number_of_nodes(), G.number_of_edges())
    assert all(c == expected for c in counts_after_reading(path, fmt))


@PROPS
@given(ids=node_ids, text=hostile_text)
def test_export_properties_graphml_keeps_cleaned_text(
    ids: list[str], text: str, tmp_path: Path
) -> None:
    assume(distinct_after_cleaning(ids))
    G = build(ids, [text], [(0, 1)])
    (path,) = write_graph(G, tmp_path / "g.graphml")
    H = nx.read_graphml(path, force_multigraph=True)
    assert sorted(H.nodes) == sorted(clean_text(i) for i in ids)
    assert {d["label"] for _, d in H.nodes(data=True)} == {clean_text(text)}


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json"])
def test_export_properties_one_megabyte_attributes(fmt: str, tmp_path: Path) -> None:
    big = ("<b>&\u202e\x00\ud800" + "x" * 997) * 1000  # ~1 MB with hostile bits spread
    G = build(["a", big[:5000], "!!!"], [big, "\u200f"], [(0, 1), (1, 2), (2, 0), (0, 1)])
    (path,) = write_graph(G, tmp_path / f"g.{fmt}", format=fmt)
    assert all(c == (3, 4) for c in counts_after_reading(path, fmt))


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json"])
def test_export_properties_ids_differing_in_dropped_characters_stay_distinct(
    fmt: str, tmp_path: Path
) -> None:
    G = build(["a", "a\x00", "a\ud800"], ["x"], [(0, 1), (1, 2)])
    (path,) = write_graph(G, tmp_path / f"g.{fmt}", format=fmt)
    assert all(c == (3, 2) for c in counts_after_reading(path, fmt))


@pytest.mark.parametrize("empty", ["", "\x00", "\ud800\x1b"], ids=["empty", "nul", "surrogate"])
def test_export_properties_empty_node_id_reads_in_igraph(empty: str, tmp_path: Path) -> None:
    G = build(["a", empty], ["x"], [(0, 1)])
    (path,) = write_graph(G, tmp_path / "g.graphml")
    assert all(c == (2, 1) for c in counts_after_reading(path, "graphml"))
