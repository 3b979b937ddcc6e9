"""The strict seeds scorer on hand-built graphs and a hand-written gold file (no model)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from graphx.eval.goldcheck import event_date_matches, score_seeds

GOLD: dict[str, Any] = {
    "documents": {
        "a.txt": {
            "entities": [
                {"name": "Harbor Police", "type": "agency", "aliases": ["HP"]},
                {
                    "name": "Dana Whitlow",
                    "type": "person",
                    "aliases": ["Whitlow"],
                    "role": "chief",
                    "affiliated_with": "Harbor Police",
                },
                {"name": "Pier Union", "type": "organization", "optional": True},
            ],
            "jurisdictions": [{"name": "Port Ellis", "level": "city", "within": "Maronia"}],
            "must_not": [{"name": "Friday Night", "type": "person"}],
            "events": [
                {
                    "what": "Harbor Police arrested three dockworkers",
                    "participants": ["Harbor Police"],
                    "date": "2021-05-07",
                    "jurisdiction": "Port Ellis",
                },
                {"what": "Whitlow resigned", "participants": ["Dana Whitlow"], "date": None},
            ],
        },
        "b.txt": {
            "entities": [{"name": "Harbor Police", "type": "agency"}],
            "events": [
                {
                    "what": "the police released a report",
                    "participants": ["Harbor Police"],
                    "date": "FY2020",
                }
            ],
        },
    }
}


def _graph(*, without: str = "") -> nx.MultiDiGraph:
    """The graph a perfect extractor would build from documents a.txt and b.txt."""
    G = nx.MultiDiGraph()

    def node(n: str, kind: str, label: str, **attrs: Any) -> None:
        G.add_node(n, type=kind, label=label, aliases=attrs.pop("aliases", []), **attrs)

    for doc in ("a.txt", "b.txt"):
        if doc != without:
            node(f"d:{doc}", "document", doc, path=doc)
    node("age_hp", "agency", "Harbor Police", aliases=["HP"])
    roles = [{"title": "Chief", "organization": "age_hp", "doc_id": "a.txt"}]
    node("per_dw", "person", "Dana Whitlow", aliases=["Whitlow"], roles=roles)
    node("jur_pe", "jurisdiction", "Port Ellis", level="city")
    node("jur_ma", "jurisdiction", "Maronia", level="country")
    G.add_edge("per_dw", "age_hp", relation="affiliated_with")
    G.add_edge("jur_pe", "jur_ma", relation="within")
    dated = {"date": "2021-05-07", "date_start": "2021-05-07", "date_end": "2021-05-07"}
    node("v:1", "event", "arrest", trigger="arrested", event_type="enforcement", **dated)
    node("v:2", "event", "resign", trigger="resigned", event_type="statement", date_start="")
    fiscal = {"date": "FY2020", "date_start": "2019-10-01", "date_end": "2020-09-30"}
    node("v:3", "event", "report", trigger="released", event_type="release", **fiscal)
    G.add_edge("age_hp", "v:1", relation="agent")
    G.add_edge("jur_pe", "v:1", relation="place")
    G.add_edge("per_dw", "v:2", relation="agent")
    G.add_edge("age_hp", "v:3", relation="agent")
    links = {
        "a.txt": (["age_hp", "per_dw", "jur_pe"], ["v:1", "v:2"]),
        "b.txt": (["age_hp"], ["v:3"]),
    }
    for doc, (entities, events) in links.items():
        if doc == without:
            continue
        for n in entities:
            G.add_edge(n, f"d:{doc}", relation="mentioned_in")
        for n in events:
            G.add_edge(n, f"d:{doc}", relation="reported_in")
    return G


@pytest.fixture
def gold_path(tmp_path: Path) -> Path:
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(GOLD), encoding="utf-8")
    return path


def _with_event(gold_path: Path, event: dict[str, Any]) -> Path:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    gold["documents"]["a.txt"]["events"].append(event)
    gold_path.write_text(json.dumps(gold), encoding="utf-8")
    return gold_path


def test_goldcheck_perfect_graph_passes_every_check(gold_path: Path) -> None:
    report = score_seeds(gold_path, _graph())
    assert report["failures"] == []
    # a.txt: document, 2 entities, 2 alias checks (no text given: every spelling
    # counts), affiliation, role, jurisdiction, within, must_not, 2 events = 12;
    # b.txt: document, entity, event = 3.
    assert report["checks"] == 15
    assert report["precision"] == {"entity": 1.0, "event": 1.0}


def test_goldcheck_empty_graph_scores_zero_on_every_kind(gold_path: Path) -> None:
    report = score_seeds(gold_path, nx.MultiDiGraph())
    assert report["passed"] == 0
    assert set(report["recall"]) == {
        "document",
        "entity",
        "alias",
        "role",
        "affiliation",
        "jurisdiction",
        "within",
        "must_not",
        "event",
    }
    assert set(report["recall"].values()) == {0.0}


def test_goldcheck_fabricated_event_fails(gold_path: Path) -> None:
    fabricated = {"what": "Harbor Police resigned", "participants": ["Harbor Police"], "date": None}
    report = score_seeds(_with_event(gold_path, fabricated), _graph())
    assert report["recall"]["event"] == 0.75
    assert [f for f in report["failures"] if "resigned" in f] == [
        # the one "resigned" event is Whitlow's: it cannot stand for a second gold event
        "event: a.txt: Harbor Police resigned (no event with that trigger)"
    ]


def test_goldcheck_entity_node_is_never_an_event(gold_path: Path) -> None:
    # the lenient scorer took any node pointing at the document for an event
    fabricated = {"what": "Dana Whitlow", "participants": ["Dana Whitlow"], "date": None}
    report = score_seeds(_with_event(gold_path, fabricated), _graph())
    assert report["recall"]["event"] == 0.75


@pytest.mark.parametrize("missing", ["a.txt", "b.txt"])
def test_goldcheck_document_left_out_fails_its_checks(gold_path: Path, missing: str) -> None:
    report = score_seeds(gold_path, _graph(without=missing))
    assert all(missing in f for f in report["failures"])
    expected_failures = {"a.txt": 12, "b.txt": 3}[missing]
    assert len(report["failures"]) == expected_failures
    assert report["checks"] == 15


def test_goldcheck_entity_of_another_document_does_not_count(gold_path: Path) -> None:
    G = _graph()
    G.remove_edge("age_hp", "d:b.txt")  # Harbor Police is still in the graph, through a.txt
    report = score_seeds(gold_path, G)
    assert report["failures"] == ["entity: b.txt: Harbor Police (agency)"]


def test_goldcheck_role_needs_title_and_organization(gold_path: Path) -> None:
    G = _graph()
    roles = [{"title": "chief", "organization": "jur_pe", "doc_id": "a.txt"}]
    G.nodes["per_dw"]["roles"] = roles
    report = score_seeds(gold_path, G)
    assert report["failures"] == ["role: a.txt: Dana Whitlow role 'chief' at Harbor Police"]


def test_goldcheck_unaccounted_nodes_lower_precision(gold_path: Path) -> None:
    G = _graph()
    G.add_node("per_x", type="person", label="Friday Night", aliases=[])
    G.add_edge("per_x", "d:a.txt", relation="mentioned_in")
    report = score_seeds(gold_path, G)
    assert report["precision"]["entity"] == 0.8  # 4 of 5 entity nodes are gold
    assert report["failures"] == ["must_not: a.txt: Friday Night present as person"]
    assert report["unaccounted"] == ["a.txt: person 'Friday Night'"]


def test_goldcheck_optional_entity_counts_only_when_found(gold_path: Path) -> None:
    G = _graph()
    G.add_node("org_pu", type="organization", label="Pier Union", aliases=[])
    G.add_edge("org_pu", "d:a.txt", relation="mentioned_in")
    report = score_seeds(gold_path, G)
    assert report["checks"] == 15 and report["precision"]["entity"] == 1.0


def test_goldcheck_alias_never_in_text_is_not_required(gold_path: Path) -> None:
    G = _graph()
    G.nodes["age_hp"]["aliases"] = []
    texts = {"a.txt": "Harbor Police chief Dana Whitlow. Whitlow said", "b.txt": "Harbor Police"}
    report = score_seeds(gold_path, G, texts=texts)
    assert report["failures"] == []
    assert score_seeds(gold_path, G)["failures"] == [
        "alias: a.txt: ['Harbor Police', 'HP'] not on one node"
    ]


@pytest.mark.parametrize(
    ("data", "gold", "expected"),
    [
        ({"date": "2018", "date_start": "2018-01-01"}, {"date": "2018"}, True),
        ({"date": "2018-03", "date_start": "2018-03-01"}, {"date": "2018"}, False),
        ({"date": "", "date_start": ""}, {"date": None}, True),
        ({"date": "2018", "date_start": "2018-01-01"}, {"date": "undated"}, False),
        ({"date_start": "2018-10-01", "date_end": "2019-09-30"}, {"date": "FY2019"}, True),
        ({"date_start": "2019-01-01", "date_end": "2019-12-31"}, {"date": "FY2019"}, False),
        ({"date_start": "2019-11-01", "date_end": "2020-01-20"}, {"date": "since 2019-11"}, True),
        ({"date_start": "2019-11-01", "date_end": "2019-11-30"}, {"date": "since 2019-11"}, False),
        (
            {"date_start": "2020-01-01", "date_end": "2020-01-31"},
            {"date": "2020-01-01/2020-01-31"},
            True,
        ),
        ({"date": "2020-W04", "date_start": "2020-01-20"}, {"date": "2020-W04"}, True),
        ({"date": "2020", "date_start": "2020-01-01"}, {"date": "around publication"}, None),
    ],
)
def test_goldcheck_event_dates(
    data: dict[str, str], gold: dict[str, Any], expected: bool | None
) -> None:
    assert event_date_matches(data, gold) is expected
