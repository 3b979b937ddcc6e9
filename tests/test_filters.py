"""Filters over the hand-built contract graph (tests/graph_factory.py), as tables."""

from __future__ import annotations

import io

import networkx as nx
import pytest
from graph_factory import EVENTS, make_graph

from graphx.build.export import graphml_bytes
from graphx.explore.data import ExplorerData
from graphx.explore.filters import FilterState, filter_events, filter_graph, select

ALL_EVENTS = set(EVENTS)
DATED = ALL_EVENTS - {"v:undated"}


@pytest.fixture(scope="module")
def data() -> ExplorerData:
    return ExplorerData.from_graph(make_graph())


@pytest.mark.parametrize(
    ("state", "expected"),
    [
        (FilterState(), ALL_EVENTS),
        # hierarchy: a state includes its counties and cities (Cook County -> Illinois)
        (FilterState(jurisdictions=["e:il"]), {"v:grant", "v:release", "v:raid", "v:meeting"}),
        (FilterState(jurisdictions=["e:cook"]), {"v:release", "v:raid", "v:meeting"}),
        (FilterState(jurisdictions=["e:chi"]), {"v:raid", "v:meeting"}),
        (FilterState(jurisdictions=["e:ny"]), {"v:subpoena", "v:suit"}),
        (
            FilterState(jurisdictions=["e:ny", "e:cook"]),
            {"v:subpoena", "v:suit", "v:release", "v:raid", "v:meeting"},
        ),
        (
            FilterState(jurisdictions=["e:us"]),
            {"v:grant", "v:release", "v:raid", "v:meeting", "v:subpoena", "v:suit"},
        ),
        # administrations by date overlap
        (FilterState(administrations=["Biden"]), {"v:meeting", "v:statement"}),
        (
            FilterState(administrations=["Trump (1st term)"]),
            {"v:subpoena", "v:suit", "v:release", "v:raid", "v:arrests", "v:grant"},
        ),
        (FilterState(administrations=["Obama"]), {"v:grant"}),
        (FilterState(administrations=["Obama", "Biden"]), {"v:grant", "v:meeting", "v:statement"}),
        (FilterState(administrations=["Clinton"]), set()),
        # types
        (FilterState(event_types=["enforcement"]), {"v:raid", "v:arrests"}),
        (
            FilterState(event_types=["statement", "funding"]),
            {"v:statement", "v:undated", "v:grant"},
        ),
        (FilterState(entity_types=["person"]), {"v:subpoena", "v:suit", "v:statement"}),
        (FilterState(entity_types=["organization"]), {"v:undated"}),
        # text over names and aliases, word starts, case-insensitive
        (FilterState(text="albence"), {"v:subpoena"}),
        (FilterState(text="American Civil"), {"v:undated"}),
        (FilterState(text="nyc"), {"v:subpoena", "v:suit"}),
        (FilterState(text="ERO"), {"v:raid", "v:arrests"}),
        (FilterState(text="grant"), {"v:grant"}),
        (FilterState(text="zzz"), set()),
        # date ranges: overlap of inclusive spans; undated events cannot match
        (FilterState(date_from="2019-01-01", date_to="2019-12-31"), {"v:release", "v:raid"}),
        (FilterState(date_from="2021-01-01"), {"v:meeting", "v:statement"}),
        (FilterState(date_to="2017-12-31"), {"v:grant", "v:arrests"}),
        (FilterState(date_from="2019-05-31", date_to="2019-05-31"), {"v:release"}),
        # combinations intersect
        (FilterState(jurisdictions=["e:il"], administrations=["Biden"]), {"v:meeting"}),
        (FilterState(text="ice", event_types=["legal_action"]), {"v:subpoena"}),
    ],
)
def test_filters_filter_events(data: ExplorerData, state: FilterState, expected: set[str]) -> None:
    assert set(filter_events(data, state)) == expected


def test_filters_events_in_date_order_undated_last(data: ExplorerData) -> None:
    events = filter_events(data, FilterState())
    starts = [data.events[e].start for e in events if data.events[e].dated]
    assert starts == sorted(starts)
    assert events[-1] == "v:undated"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ice", {"e:ice"}),
        ("enforcement", {"e:ice", "e:ero"}),
        ("forcement", set()),
        ("u.s.", {"e:us"}),
        ("AP", {"e:ap"}),
        ("", set()),
        ("de blasio", {"e:deblasio"}),
    ],
)
def test_filters_search_names_and_aliases(
    data: ExplorerData, text: str, expected: set[str]
) -> None:
    assert set(data.matching_entities(text)) == expected


@pytest.mark.parametrize(
    ("state", "expected"),
    [
        (FilterState(entity_types=["person"]), {"e:albence", "e:mayorkas", "e:deblasio"}),
        (FilterState(text="albence"), {"e:nyc", "e:ice", "e:albence"}),
        (FilterState(administrations=["Biden"]), {"e:dhs", "e:chi", "e:mayorkas", "e:ice"}),
        (FilterState(text="Associated"), {"e:ap"}),  # a match with no events is still shown
        (FilterState(text="albence", entity_types=["agency"]), {"e:ice"}),
    ],
)
def test_filters_select_entities(
    data: ExplorerData, state: FilterState, expected: set[str]
) -> None:
    assert set(select(data, state).entities) == expected


def test_filters_select_keeps_every_entity_without_event_filters(data: ExplorerData) -> None:
    assert len(select(data, FilterState()).entities) == len(data.entities)


@pytest.mark.parametrize(
    ("node", "expected"),
    [
        ("e:il", {"e:il", "e:cook", "e:chi"}),
        ("e:chi", {"e:chi"}),
        ("e:us", {"e:us", "e:il", "e:cook", "e:chi", "e:ny", "e:nyc"}),
    ],
)
def test_filters_jurisdiction_descendants(
    data: ExplorerData, node: str, expected: set[str]
) -> None:
    assert data.descendants[node] == expected


@pytest.mark.parametrize(
    ("event", "group_by", "lane"),
    [
        ("v:raid", "event_type", "enforcement"),
        ("v:suit", "agency", "(no agency)"),
        ("v:statement", "agency", "Immigration and Customs Enforcement"),
        ("v:release", "jurisdiction", "Cook County"),
        ("v:arrests", "jurisdiction", "(no jurisdiction)"),
    ],
)
def test_filters_lane(data: ExplorerData, event: str, group_by: str, lane: str) -> None:
    assert data.lane(event, group_by) == lane


def test_filters_administration_from_dates_when_attribute_missing() -> None:
    G = make_graph()
    G.nodes["v:statement"]["administration"] = ""
    data = ExplorerData.from_graph(G)
    assert data.events["v:statement"].administrations == ("Biden",)


def test_filters_indexes(data: ExplorerData) -> None:
    assert data.date_bounds() == ("2016-10-01", "2021-04-06")
    assert data.jurisdiction_label("e:chi") == "Chicago, Cook County, Illinois, United States"
    assert data.events["v:arrests"].uncertain and not data.events["v:raid"].uncertain
    assert max(data.degree, key=data.degree.__getitem__) == "e:ice"
    assert sum(data.centrality.values()) == pytest.approx(1.0)
    assert data.centrality["e:ice"] > data.centrality["e:ap"]


@pytest.mark.parametrize(
    "state",
    [
        FilterState(),
        FilterState(administrations=["Biden"]),
        FilterState(jurisdictions=["e:il"]),
        FilterState(text="zzz"),
    ],
)
def test_filters_filter_graph_matches_select(data: ExplorerData, state: FilterState) -> None:
    subset = select(data, state)
    H = filter_graph(data, state)
    kinds = nx.get_node_attributes(H, "type")
    assert {n for n, k in kinds.items() if k == "event"} == set(subset.events)
    assert {n for n, k in kinds.items() if k not in ("event", "document")} == set(subset.entities)
    docs = {n for n, k in kinds.items() if k == "document"}
    if state.restricts_events:
        assert docs == {d for e in subset.events for d in data.events[e].sources}
    else:
        assert docs == set(data.documents)
    back = nx.read_graphml(io.BytesIO(graphml_bytes(H)))
    assert back.number_of_nodes() == H.number_of_nodes()


@pytest.mark.parametrize(
    ("state", "kept"),
    [
        (FilterState(), True),
        (FilterState(entity_types=["agency"]), True),
        (FilterState(administrations=["Biden"]), False),
    ],
)
def test_filters_filter_graph_keeps_documents_without_events(
    state: FilterState, kept: bool
) -> None:
    G = make_graph()
    G.add_node("d:profile", type="document", label="A profile", title="A profile")
    G.add_edge("e:ice", "d:profile", relation="mentioned_in", evidence="ICE.", doc_id="d:profile")
    H = filter_graph(G, state)
    assert ("d:profile" in H) is kept
    assert H.has_edge("e:ice", "d:profile") is kept
    if not state.restricts_events and not state.entity_types:
        assert (H.number_of_nodes(), H.number_of_edges()) == (
            G.number_of_nodes(),
            G.number_of_edges(),
        )


def test_filters_filter_graph_accepts_a_graph() -> None:
    H = filter_graph(make_graph(), FilterState(administrations=["Biden"]))
    assert {n for n, t in H.nodes(data="type") if t == "event"} == {"v:meeting", "v:statement"}
    assert all(d["relation"] for _, _, d in H.edges(data=True))


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({}, True),
        ({"text": "  "}, True),
        ({"event_types": ["policy"]}, False),
        ({"date_to": "2020"}, False),
    ],
)
def test_filters_state_is_empty(kwargs: dict[str, object], expected: bool) -> None:
    assert FilterState(**kwargs).is_empty is expected  # type: ignore[arg-type]


def test_filters_filter_graph_of_a_read_graph_exports(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from graphx.build.export import read_graph, write_graph

    write_graph(make_graph(), tmp_path / "g.graphml")
    data = ExplorerData.from_graph(read_graph(tmp_path / "g.graphml"))
    H = filter_graph(data, FilterState(jurisdictions=["e:il"]))
    back = nx.read_graphml(io.BytesIO(graphml_bytes(H)))
    assert {n for n, t in back.nodes(data="type") if t == "event"} == set(
        filter_events(data, FilterState(jurisdictions=["e:il"]))
    )


@pytest.mark.parametrize(
    ("start", "end", "dated"),
    [
        ("2019-05-01", "2019-05-31", True),
        ("2019", "2019-12-31", False),
        ("bogus", "", False),
        ("2019-05-31", "2019-05-01", False),
        ("2019-02-30", "2019-03-01", False),
    ],
)
def test_filters_unreadable_spans_are_undated(start: str, end: str, dated: bool) -> None:
    G = make_graph()
    G.nodes["v:raid"].update(date_start=start, date_end=end)
    data = ExplorerData.from_graph(G)
    assert data.events["v:raid"].dated is dated
    assert ("v:raid" in filter_events(data, FilterState(date_from="2000-01-01"))) is dated


def _with_sheriff() -> ExplorerData:
    """The test graph plus a county sheriff's office taking part in an event placed nowhere."""
    G = make_graph()
    G.add_node("e:sheriff", type="agency", label="Cook County Sheriff's Office", aliases="[]")
    G.add_edge("e:sheriff", "e:cook", key="within", relation="within")
    G.add_node(
        "v:detainer",
        type="event",
        label="Sheriff refused a detainer",
        event_type="statement",
        date_start="2019-02-01",
        date_end="2019-02-01",
    )
    G.add_edge("e:sheriff", "v:detainer", relation="agent")
    return ExplorerData.from_graph(G)


@pytest.mark.parametrize(
    ("places", "kept"),
    [(["e:il"], True), (["e:cook"], True), (["e:us"], True), (["e:ny"], False)],
)
def test_filters_jurisdiction_keeps_events_of_participants_there(
    places: list[str], kept: bool
) -> None:
    # issue 17: Illinois missed events whose participants belong to Cook County.
    events = filter_events(_with_sheriff(), FilterState(jurisdictions=places))
    assert ("v:detainer" in events) is kept


def test_filters_administration_counts_undated_events_by_their_report() -> None:
    # issue 17: Biden showed no Mayorkas, whose events had no date of their own.
    G = make_graph()
    G.nodes["v:undated"]["reported"] = "2021-04-06"
    G.nodes["v:undated"]["administration"] = "[]"
    data = ExplorerData.from_graph(G)
    assert "v:undated" in filter_events(data, FilterState(administrations=["Biden"]))
    assert "v:undated" not in filter_events(data, FilterState(administrations=["Obama"]))


@pytest.mark.parametrize(
    ("text", "found"),
    [("nunez", True), ("NÚÑEZ", True), ("Núñez", True), ("jeanette n", True), ("nunes", False)],
)
def test_filters_search_ignores_case_and_accents(text: str, found: bool) -> None:
    # issue 17: "Nunez" did not find "Núñez".
    G = make_graph()
    G.add_node("e:nunez", type="person", label="Jeanette Núñez", aliases="[]")
    G.add_edge("e:nunez", "v:statement", relation="agent")
    subset = select(ExplorerData.from_graph(G), FilterState(text=text))
    assert ("e:nunez" in subset.entities) is found
    assert ("v:statement" in subset.events) is found


def test_filters_filter_graph_keeps_the_full_graphs_order() -> None:
    # A subgraph view iterates a small node set in hash order, so the same filtered export
    # differed between runs (PYTHONHASHSEED); the view keeps the full graph's order instead.
    G = make_graph()
    H = filter_graph(G, FilterState(administrations=["Biden"]))
    assert 0 < H.number_of_nodes() < G.number_of_nodes()
    assert list(H) == [n for n in G if n in H]
    assert list(H.edges(keys=True)) == [e for e in G.edges(keys=True) if e in H.edges(keys=True)]
