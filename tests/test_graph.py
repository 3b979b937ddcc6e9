"""Graph assembly follows the output contract (graphx/contract.py)."""

from __future__ import annotations

from pathlib import Path

from graphx.build.export import graphml_bytes, read_graph
from graphx.build.graph import build_graph, doc_node
from graphx.contract import (
    DOCUMENT_ATTRIBUTES,
    EDGE_ATTRIBUTES,
    ENTITY_ATTRIBUTES,
    EVENT_ATTRIBUTES,
    list_attributes,
)
from graphx.model import Document, Entity, Event, Participant, Role, TimeExpression


def sample():
    docs = [Document("d1", "a.txt", "text", "Body.", title="A", published="2020-01-20")]
    entities = {
        "e:ice": Entity(
            "e:ice", "agency", "ICE", {"ICE", "Immigration and Customs Enforcement"}, 3, {"d1"}
        ),
        "e:ero": Entity("e:ero", "agency", "ERO", {"ERO"}, 1, {"d1"}, parent="e:ice"),
        "e:cook": Entity(
            "e:cook", "jurisdiction", "Cook County", set(), 1, {"d1"}, level="county", parent="e:il"
        ),
        "e:il": Entity("e:il", "jurisdiction", "Illinois", set(), 1, {"d1"}, level="state"),
        "e:al": Entity(
            "e:al",
            "person",
            "Matthew Albence",
            {"Albence"},
            2,
            {"d1"},
            roles=[Role("Acting ICE Director", "e:ice", "d1")],
        ),
    }
    time = TimeExpression(
        "Last Friday", 0, 11, "DATE", "2020-01-17", "2020-01-17", "2020-01-17", "day"
    )
    events = [
        Event(
            "v:1",
            "meeting",
            "hold",
            "Albence held a press conference",
            [Participant("e:al", "agent")],
            "e:cook",
            time,
            ["Trump (1st term)"],
            ["He held it."],
            ["d1"],
        )
    ]
    return docs, entities, events


def test_graph_nodes_have_contract_attributes() -> None:
    G = build_graph(*sample())
    assert G.nodes[doc_node("d1")]["type"] == "document"
    assert G.nodes["e:ice"]["aliases"] == ["Immigration and Customs Enforcement"]
    assert G.nodes["e:al"]["roles"] == [
        {"title": "Acting ICE Director", "organization": "e:ice", "doc_id": "d1"}
    ]
    event = G.nodes["v:1"]
    assert (event["date"], event["date_start"], event["date_precision"]) == (
        "2020-01-17",
        "2020-01-17",
        "day",
    )
    assert event["administration"] == ["Trump (1st term)"]
    assert event["sources"] == ["d1"]
    for _, _, data in G.edges(data=True):
        assert {"relation", "evidence", "doc_id"} <= set(data)


def test_graph_edges_by_relation() -> None:
    G = build_graph(*sample())
    relations = {(u, v, r) for u, v, r in G.edges(data="relation")}
    assert ("e:cook", "e:il", "within") in relations
    assert ("e:ero", "e:ice", "part_of") in relations
    assert ("e:al", "e:ice", "affiliated_with") in relations
    assert ("e:al", "v:1", "agent") in relations
    assert ("e:cook", "v:1", "place") in relations
    assert ("v:1", "d:d1", "reported_in") in relations
    assert ("e:ice", "d:d1", "mentioned_in") in relations


def test_graph_attributes_are_the_contracts_in_order() -> None:
    G = build_graph(*sample())
    expected = {"event": EVENT_ATTRIBUTES, "document": DOCUMENT_ATTRIBUTES}
    for _, data in G.nodes(data=True):
        assert tuple(data) == expected.get(data["type"], ENTITY_ATTRIBUTES)
    for _, _, data in G.edges(data=True):
        assert set(data) <= set(EDGE_ATTRIBUTES)


def test_graph_lists_are_lists_in_memory_and_in_a_read_file(tmp_path: Path) -> None:
    G = build_graph(*sample())
    for _, data in G.nodes(data=True):
        assert all(isinstance(data[name], list) for name in list_attributes(data["type"]))
    path = tmp_path / "g.graphml"
    path.write_bytes(graphml_bytes(G))
    H = read_graph(path)
    assert dict(H.nodes(data=True)) == dict(G.nodes(data=True))
    assert graphml_bytes(H) == graphml_bytes(G)
    assert b'>["Trump (1st term)"]</data>' in graphml_bytes(G)  # a JSON array in the file


def test_graph_lower_bound_publication_is_an_open_interval() -> None:
    bound = Document(
        id="b", path="b.txt", format="text", text="x", published="2019-11",
        published_basis="inferred", published_note="not before 2019-11: latest date mentioned",
    )  # fmt: skip
    url = Document(
        id="u", path="u.txt", format="text", text="y", published="2020-01-19",
        published_basis="inferred", published_note="from the URL (2020-01-19)",
    )  # fmt: skip
    G = build_graph([bound, url], {}, [])
    assert G.nodes[doc_node("b")]["published"] == "2019-11/.."
    assert G.nodes[doc_node("u")]["published"] == "2020-01-19"
    assert G.nodes[doc_node("u")]["published_note"] == "from the URL (2020-01-19)"


def test_graph_mention_and_role_edges_carry_their_sentence() -> None:
    # Issue 13: evidence on every edge that has one.
    doc = Document(id="a", path="a.txt", format="text", text="x")
    entities = {
        "per_1": Entity("per_1", "person", "Ann Lee", doc_ids={"a"},
                        doc_evidence={"a": "Sheriff Ann Lee of the county office spoke."},
                        roles=[Role("Sheriff", "age_1", "a")]),
        "age_1": Entity("age_1", "agency", "County Office", doc_ids={"a"},
                        doc_evidence={"a": "The county office opened."}),
    }  # fmt: skip
    G = build_graph([doc], entities, [])
    edges = {(u, v, d["relation"]): d["evidence"] for u, v, d in G.edges(data=True)}
    assert edges[("per_1", "d:a", "mentioned_in")] == "Sheriff Ann Lee of the county office spoke."
    assert edges[("age_1", "d:a", "mentioned_in")] == "The county office opened."
    assert edges[("per_1", "age_1", "affiliated_with")] == (
        "Sheriff Ann Lee of the county office spoke."
    )
