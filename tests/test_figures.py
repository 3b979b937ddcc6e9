"""Figure builders: timeline traces, network elements, details data, CSV, as tables."""

from __future__ import annotations

import csv
import io
import json
import math

import numpy as np
import pytest
from graph_factory import EVENTS, make_graph

from graphx.explore.data import ExplorerData, iso_day
from graphx.explore.figures import (
    entity_details,
    event_details,
    events_csv,
    highlight_for,
    network_elements,
    network_stylesheet,
    safe_url,
    timeline_figure,
    type_colors,
)

DATED = set(EVENTS) - {"v:undated"}


@pytest.fixture(scope="module")
def data() -> ExplorerData:
    return ExplorerData.from_graph(make_graph())


def _ids(trace, data: ExplorerData) -> list[str]:  # type: ignore[no-untyped-def]
    """The events of a trace: points carry event positions, not ids."""
    return [] if trace.customdata is None else [data.cols.ids[i] for i in trace.customdata]


def _days(values) -> list[str]:  # type: ignore[no-untyped-def]
    """Timeline x values (epoch milliseconds) as ISO days."""
    return [iso_day(v) for v in values]


def _points(fig, data: ExplorerData) -> dict[str, dict]:  # type: ignore[no-untyped-def]
    """Event id -> marker trace of the clickable points (selection overlay excluded)."""
    out = {}
    for trace in fig.data[:-1]:
        for event in _ids(trace, data):
            out[event] = trace
    return out


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/a?b=1", "https://example.org/a?b=1"),
        ("http://x.org", "http://x.org"),
        ("javascript:alert(1)", ""),
        (" JavaScript:alert(1)", ""),
        ("data:text/html,<b>", ""),
        ("//evil.org/x", ""),
        ("ftp://x.org", ""),
        ("", ""),
        ("http://[::1", ""),
    ],
)
def test_figures_safe_url(url: str, expected: str) -> None:
    assert safe_url(url) == expected


def test_figures_timeline_has_every_dated_event_once(data: ExplorerData) -> None:
    fig = timeline_figure(data, list(data.events))
    assert set(_points(fig, data)) == DATED
    assert sum(len(_ids(t, data)) for t in fig.data[:-1]) == len(DATED)


@pytest.mark.parametrize(
    ("event", "hollow"),
    [("v:arrests", True), ("v:raid", False), ("v:grant", False)],
)
def test_figures_timeline_uncertain_dates_hollow(
    data: ExplorerData, event: str, hollow: bool
) -> None:
    trace = _points(timeline_figure(data, list(data.events)), data)[event]
    assert (trace.marker.color == "white") is hollow


@pytest.mark.parametrize(
    ("event", "start", "end", "dash"),
    [
        ("v:suit", "2018-01-01", "2018-12-31", "solid"),
        ("v:release", "2019-05-01", "2019-05-31", "solid"),
        ("v:arrests", "2017-10-01", "2018-09-30", "dot"),
    ],
)
def test_figures_timeline_spans_are_bars(
    data: ExplorerData, event: str, start: str, end: str, dash: str
) -> None:
    fig = timeline_figure(data, [event])
    lines = [t for t in fig.data if t.mode == "lines"]
    assert len(lines) == 1
    assert _days(lines[0].x[:2]) == [start, end] and lines[0].line.dash == dash
    assert math.isnan(lines[0].y[2])  # the gap that ends the bar


def test_figures_timeline_one_legend_entry_per_type() -> None:
    G = make_graph()
    G.nodes["v:raid"]["date_uncertain"] = "true"  # now every enforcement date is uncertain
    data = ExplorerData.from_graph(G)
    assert all(data.events[e].uncertain for e in data.by_type["enforcement"])
    fig = timeline_figure(data, list(data.events))
    shown = [t.name for t in fig.data if t.showlegend and t.name != "uncertain date"]
    # In words (issue 17: the legend said "legal_action").
    assert sorted(shown) == [
        "enforcement",
        "funding",
        "legal action",
        "meeting",
        "release",
        "statement",
    ]


def test_figures_timeline_day_is_a_point_without_bar(data: ExplorerData) -> None:
    fig = timeline_figure(data, ["v:raid"])
    assert not [t for t in fig.data if t.mode == "lines"]
    assert _days(_points(fig, data)["v:raid"].x) == ["2019-07-14"]


@pytest.mark.parametrize(
    ("threshold", "kind"),
    [(2000, "scatter"), (3, "scattergl")],
)
def test_figures_timeline_webgl_past_threshold(
    data: ExplorerData, threshold: int, kind: str
) -> None:
    fig = timeline_figure(data, list(data.events), webgl_threshold=threshold)
    assert {t.type for t in fig.data} == {kind}


@pytest.mark.parametrize(
    ("group_by", "lanes"),
    [
        (
            "event_type",
            {"enforcement", "funding", "legal_action", "meeting", "release", "statement"},
        ),
        (
            "jurisdiction",
            {"Chicago", "Cook County", "Illinois", "New York City", "(no jurisdiction)"},
        ),
        (
            "agency",
            {
                "Department of Homeland Security",
                "Enforcement and Removal Operations",
                "Immigration and Customs Enforcement",
                "(no agency)",
            },
        ),
    ],
)
def test_figures_timeline_lanes(data: ExplorerData, group_by: str, lanes: set[str]) -> None:
    fig = timeline_figure(data, list(data.events), group_by=group_by)
    assert set(fig.layout.meta["lanes"]) == lanes
    # The lanes people read are in words: "legal action", not "legal_action" (issue 17).
    assert "legal action" in fig.layout.yaxis.ticktext or group_by != "event_type"
    assert fig.layout.meta["lanes"][-1].startswith("(") or group_by == "event_type"


@pytest.mark.parametrize(
    ("events", "bands"),
    [
        (["v:statement"], ["Biden"]),
        (["v:grant"], ["Obama", "Trump (1st term)"]),
        (list(EVENTS), ["Obama", "Trump (1st term)", "Biden"]),
    ],
)
def test_figures_timeline_administration_bands(
    data: ExplorerData, events: list[str], bands: list[str]
) -> None:
    fig = timeline_figure(data, events)
    assert [a.text for a in fig.layout.annotations] == bands
    assert len(fig.layout.shapes) == len(bands)


def test_figures_timeline_empty_state(data: ExplorerData) -> None:
    fig = timeline_figure(data, ["v:undated"])
    assert "No dated events" in fig.layout.annotations[0].text and not fig.data


def test_figures_timeline_escapes_article_text() -> None:
    G = make_graph()
    G.nodes["v:raid"]["label"] = "<img src=x onerror=alert(1)>"
    G.nodes["v:raid"]["trigger"] = ""  # the headline is then the label
    hostile = ExplorerData.from_graph(G)
    point = _points(timeline_figure(hostile, ["v:raid"]), hostile)["v:raid"]
    # The label (few events: they fit) and the hover card, both escaped.
    for text in (point.text[0], point.hovertext[0]):
        assert "<img" not in text and "&lt;img src=x onerror=alert(1)&gt;" in text


def test_figures_timeline_labels_points_with_headlines_when_they_fit() -> None:
    # Issue 17: "the timeline has no words". Who, trigger, whom, written by hand here.
    G = make_graph()
    G.nodes["v:raid"].update(trigger="arrests")  # label: "ICE arrests in Chicago"
    data = ExplorerData.from_graph(G)
    assert data.events["v:raid"].headline == "ERO and ICE arrests in Chicago"
    point = _points(timeline_figure(data, list(data.events)), data)["v:raid"]
    assert point.mode == "markers+text"
    assert "ERO and ICE arrests in Chicago" in point.text
    hover = point.hovertext[list(point.text).index("ERO and ICE arrests in Chicago")]
    assert hover.startswith("<b>ERO and ICE arrests in Chicago</b><br><i>ICE arrests in Chicago")


@pytest.mark.parametrize(
    ("highlight", "ringed"),
    [((), set()), ({"v:raid", "v:undated"}, {"v:raid"}), (DATED, DATED)],
)
def test_figures_timeline_selection_overlay(
    data: ExplorerData, highlight: set[str], ringed: set[str]
) -> None:
    fig = timeline_figure(data, list(data.events), highlight=highlight)
    assert fig.data[-1].name == "selected"
    assert set(_ids(fig.data[-1], data)) == ringed


def test_figures_type_colors_stable() -> None:
    assert type_colors(["b", "a"]) == type_colors(["a", "b", "a"])
    assert len(set(type_colors([str(i) for i in range(8)]).values())) == 8


@pytest.mark.parametrize(
    ("max_nodes", "shown", "hidden", "first"),
    [(300, 15, 0, "e:ice"), (1, 1, 14, "e:ice"), (5, 5, 10, "e:ice")],
)
def test_figures_network_cap_keeps_most_central(
    data: ExplorerData, max_nodes: int, shown: int, hidden: int, first: str
) -> None:
    view = network_elements(data, list(data.entities), list(data.events), max_nodes=max_nodes)
    nodes = [e["data"]["id"] for e in view.elements if "source" not in e["data"]]
    assert (view.shown, view.hidden, len(nodes)) == (shown, hidden, shown)
    assert nodes[0] == first
    degree = [data.degree[n] for n in nodes]
    assert degree == sorted(degree, reverse=True)


@pytest.mark.parametrize(
    ("events", "pair", "weight"),
    [
        (list(EVENTS), ("e:ero", "e:ice"), 2),
        (["v:raid"], ("e:ero", "e:ice"), 1),
        (["v:statement"], ("e:ice", "e:mayorkas"), 1),
        (["v:statement"], ("e:ero", "e:ice"), None),
    ],
)
def test_figures_network_edges_weighted_by_shared_events(
    data: ExplorerData, events: list[str], pair: tuple[str, str], weight: int | None
) -> None:
    view = network_elements(data, list(data.entities), events)
    weights = {
        tuple(sorted((e["data"]["source"], e["data"]["target"]))): e["data"]["weight"]
        for e in view.elements
        if e.get("classes") == "shared"
    }
    assert weights.get(pair) == weight


def test_figures_network_structural_edges_only_between_shown(data: ExplorerData) -> None:
    view = network_elements(data, ["e:ice", "e:dhs", "e:il"], [])
    structural = [
        (e["data"]["source"], e["data"]["target"])
        for e in view.elements
        if e.get("classes") == "structural"
    ]
    assert structural == [("e:ice", "e:dhs")]


@pytest.mark.parametrize("size_by", ["degree", "centrality"])
def test_figures_network_sizes_follow_metric(data: ExplorerData, size_by: str) -> None:
    view = network_elements(data, list(data.entities), list(data.events), size_by=size_by)
    size = {e["data"]["id"]: e["data"]["size"] for e in view.elements if "size" in e["data"]}
    assert size["e:ice"] == max(size.values()) and min(size.values()) >= 18


def test_figures_network_stylesheet_highlight() -> None:
    base = [{"selector": "node", "style": {"width": 10}}]
    assert network_stylesheet(base) == base
    sheet = network_stylesheet(base, focus={"e:ice"}, neighbours={"e:ero"})
    selectors = " ".join(rule["selector"] for rule in sheet)
    assert 'node[id = "e:ice"]' in selectors and 'node[id = "e:ero"]' in selectors
    assert len(sheet) > len(base)


@pytest.mark.parametrize(
    ("kind", "node", "events", "focus", "near"),
    [
        ("entity", "e:ero", {"v:raid", "v:arrests"}, {"e:ero"}, {"e:ice", "e:chi"}),
        ("event", "v:subpoena", {"v:subpoena"}, {"e:ice", "e:nyc", "e:albence"}, set()),
        ("entity", "e:missing", set(), set(), set()),
    ],
)
def test_figures_highlight_for(
    data: ExplorerData, kind: str, node: str, events: set[str], focus: set[str], near: set[str]
) -> None:
    lit, got_focus, got_near = highlight_for(data, kind, node, set(data.events))
    assert (lit, got_focus, got_near) == (events, focus, near)


def test_figures_event_details_sources_and_reading(data: ExplorerData) -> None:
    details = event_details(data, "v:undated")
    source = details["sources"][0]
    assert source["url"] == "" and source["raw_url"] == "javascript:alert(1)"
    assert source["title"].startswith("<script>")  # kept as text; the UI renders it as text
    assert details["when"] == "undated"
    dated = event_details(data, "v:release")
    assert dated["when"] == "May 2019" and dated["date_reading"]  # in words (issue 17)
    assert dated["place"] == "Cook County, Illinois, United States"
    assert {p["id"] for p in dated["participants"]} == {"e:cook", "e:ice"}


def test_figures_entity_details(data: ExplorerData) -> None:
    details = entity_details(data, "e:albence")
    assert details["aliases"] == ["Albence"] and details["roles"] == ["Director — ICE"]
    assert [e["id"] for e in details["events"]] == ["v:subpoena"]


@pytest.mark.parametrize(
    ("organization", "role"),
    [
        ("e:ice", "Acting Director — Immigration and Customs Enforcement"),
        ("age_5e7685c5d1ae", "Acting Director"),  # an id the graph lacks: never shown
        ("", "Acting Director"),
        ("Some Office", "Acting Director — Some Office"),  # a name given as text
    ],
)
def test_figures_entity_roles_name_the_organisation(organization: str, role: str) -> None:
    # issue 17: "Acting ICE Director — age_5e7685c5d1ae" was shown to people.
    G = make_graph()
    G.nodes["e:albence"]["roles"] = json.dumps(
        [{"title": "Acting Director", "organization": organization}]
    )
    assert entity_details(ExplorerData.from_graph(G), "e:albence")["roles"] == [role]


def test_figures_events_csv(data: ExplorerData) -> None:
    G = make_graph()
    G.nodes["v:raid"]["label"] = '=HYPERLINK("http://x")'
    rows = list(
        csv.DictReader(io.StringIO(events_csv(ExplorerData.from_graph(G), ["v:raid", "v:undated"])))
    )
    assert [r["id"] for r in rows] == ["v:raid", "v:undated"]
    assert rows[0]["label"].startswith("'=") and rows[0]["place"] == "Chicago"
    assert rows[1]["date_start"] == ""


def test_figures_network_caps_edges_heaviest_first(data: ExplorerData) -> None:
    entities = list(data.entities)
    full = network_elements(data, entities, list(data.events), max_nodes=len(entities))
    shared = [e for e in full.elements if e.get("classes") == "shared"]
    if len(shared) < 2:
        pytest.skip("the fixture graph has fewer than two shared-event edges")
    capped = network_elements(
        data, entities, list(data.events), max_nodes=len(entities), max_edges=1
    )
    kept = [e for e in capped.elements if e.get("classes") == "shared"]
    assert len(kept) == 1 and capped.hidden_edges == len(shared) - 1
    assert kept[0]["data"]["weight"] == max(e["data"]["weight"] for e in shared)


def test_figures_event_details_list_each_report(  # issue 15: every source kept
) -> None:
    G = make_graph()
    G.nodes["v:subpoena"].update(
        reports=json.dumps(
            [{"doc_id": "a", "sentence": "ICE served four subpoenas Friday.", "date_text": "Friday",
              "date": "2020-01-17", "participants": ["e:ice"]}]
        ),
        reported="2020-01-18",
        reported_basis="sidecar",
        conflicts=json.dumps(["date: 2020-01-18 ('Saturday') in b"]),
    )  # fmt: skip
    details = event_details(ExplorerData.from_graph(G), "v:subpoena")
    (source,) = details["sources"]
    assert (source["sentence"], source["date_as_stated"]) == (
        "ICE served four subpoenas Friday.",
        "Friday",
    )
    assert (details["reported"], details["reported_basis"]) == ("18 Jan 2020", "sidecar")
    assert details["conflicts"] == ["date: 2020-01-18 ('Saturday') in b"]


def test_figures_a_source_that_tells_it_twice_shows_the_report_with_a_date() -> None:
    G = make_graph()
    G.nodes["v:subpoena"].update(
        reports=json.dumps(
            [{"doc_id": "a", "sentence": "The subpoenas were served at the jail.", "date_text": ""},
             {"doc_id": "a", "sentence": "ICE served subpoenas Friday.", "date_text": "Friday"},
             {"doc_id": "a", "sentence": "It served them Friday.", "date_text": "Friday"}]
        )
    )  # fmt: skip
    (source,) = event_details(ExplorerData.from_graph(G), "v:subpoena")["sources"]
    assert source["sentence"] == "ICE served subpoenas Friday."


def test_figures_undated_event_is_drawn_at_its_first_report() -> None:
    # Issue 15: an event with no date of its own is drawn at its reported date, as such.
    G = make_graph()
    G.nodes["v:undated"].update(reported="2021-03-08", reported_basis="sidecar")
    data = ExplorerData.from_graph(G)
    fig = timeline_figure(data, list(data.events), group_by="event_type")
    diamonds = [
        t
        for t in fig.data
        if t.mode.startswith("markers") and t.marker.symbol == "diamond" and t.customdata
    ]
    (trace,) = diamonds
    (position,) = trace.customdata
    assert data.cols.ids[position] == "v:undated"
    assert iso_day(float(np.asarray(trace.x, dtype=float)[0])) == "2021-03-08"
    assert "no date of its own: at its first report" in {t.name for t in fig.data}
    assert data.events["v:undated"].hover.count("first reported 8 Mar 2021") == 1
    assert "v:undated" in {data.cols.ids[i] for i in np.flatnonzero(data.dates_mask("2021-03", ""))}
    # A lower bound is no date to draw it at.
    G.nodes["v:undated"].update(reported_basis="not before")
    assert not ExplorerData.from_graph(G).cols.placed[data.event_index(["v:undated"])].any()


def test_figures_network_legend_reads_the_stylesheet() -> None:
    from graphx.explore.figures import network_legend
    from graphx.ui.server import load_stylesheet

    legend = network_legend(load_stylesheet(), ["person", "legal_thing", "jurisdiction", "agency"])
    assert legend == [
        {"type": "agency", "label": "agency", "color": "#E45756", "shape": "round-rectangle"},
        {"type": "jurisdiction", "label": "jurisdiction", "color": "#54A24B", "shape": "hexagon"},
        {"type": "legal_thing", "label": "legal thing", "color": "#9e9e9e", "shape": "ellipse"},
        {"type": "person", "label": "person", "color": "#4C78A8", "shape": "ellipse"},
    ]


def test_figures_positions_are_seeded_and_views_reuse_them(data: ExplorerData) -> None:
    # Issue 17: "the layout changes after each filter". Positions come from the whole graph.
    from graphx.explore.placement import SPACE, seeded_positions

    positions = seeded_positions(data)
    assert positions == seeded_positions(data) and set(positions) == set(data.entities)
    whole = network_elements(data, list(data.entities), list(data.events), positions=positions)
    part = network_elements(data, ["e:ice", "e:ero", "e:il"], ["v:raid"], positions=positions)
    placed = {e["data"]["id"]: e["position"] for e in whole.elements if "position" in e}
    for node in part.elements:
        if "position" in node:
            assert node["position"] == placed[node["data"]["id"]]
    linked = [p for n, p in positions.items() if n in ("e:ice", "e:ero")]
    assert math.dist(*linked) >= SPACE - 1  # pushed apart: no two nodes on top of each other


def test_figures_network_labels_full_names_of_the_most_central(data: ExplorerData) -> None:
    view = network_elements(data, list(data.entities), list(data.events), labelled=2)
    nodes = [e["data"] for e in view.elements if "source" not in e["data"]]
    assert [n["top"] for n in nodes[:3]] == [1, 1, 0]
    ice = next(n for n in nodes if n["id"] == "e:ice")
    assert ice["label"] == "Immigration and Customs Enforcement"  # whole, not cut


def test_figures_edge_details_list_the_shared_events(data: ExplorerData) -> None:
    from graphx.explore.figures import edge_details

    details = edge_details(data, "e:ero|e:ice", ["v:raid", "v:subpoena"])
    assert (
        details["title"]
        == "Enforcement and Removal Operations and Immigration and Customs Enforcement"
    )
    assert [e["id"] for e in details["events"]] == ["v:raid"]  # v:arrests is filtered out
