"""The explorer on generated graphs at the scale of thousands of articles (issue 6; not timed).

Graphs come from ``benchmarks/make_large_graph.py``: a 2,000-article graph in
memory for the cap, WebGL and payload checks, and one 10,000-article graph
written to GraphML and read back the way ``app.py`` reads it (the load test
and the browser test). Expected numbers are computed from the graph itself.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import plotly.utils
import pytest
from dash import Patch

from graphx.build.export import read_graph, write_graph
from graphx.explore import figures
from graphx.explore.data import ExplorerData
from graphx.explore.filters import FilterState, select
from graphx.ui import Context, callbacks, set_context
from graphx.ui.server import load_stylesheet

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from make_large_graph import make_graph  # noqa: E402

NO_FILTERS: tuple[Any, ...] = ("", [], [], [], [], None, None)
ENTITY_TYPES = {"person", "agency", "organization", "media", "jurisdiction", "administration"}


def _size(value: Any) -> int:
    return len(json.dumps(value, cls=plotly.utils.PlotlyJSONEncoder).encode("utf-8"))


@pytest.fixture(scope="module")
def mid_graph() -> nx.MultiDiGraph:
    return make_graph(2000, seed=3)


@pytest.fixture(scope="module")
def mid_data(mid_graph: nx.MultiDiGraph) -> ExplorerData:
    return ExplorerData.from_graph(mid_graph)


@pytest.fixture
def context(mid_data: ExplorerData) -> Iterator[Context]:
    """The 2,000-article data registered for the callbacks, with a cap of 120 nodes."""
    ctx = Context(data=mid_data, max_nodes=120, stylesheet=load_stylesheet())
    set_context(ctx)
    yield ctx


@pytest.fixture(scope="session")
def large_graph_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 10,000-article graph written as GraphML once per session."""
    out = tmp_path_factory.mktemp("graph-10k")
    write_graph(make_graph(10_000, seed=7), out / "graph.graphml")
    return out


def test_app_scale_generator_is_deterministic_and_follows_contract() -> None:
    G, again, other = make_graph(150, seed=5), make_graph(150, seed=5), make_graph(150, seed=6)
    assert nx.utils.graphs_equal(G, again) and not nx.utils.graphs_equal(G, other)
    kinds = Counter(a["type"] for _, a in G.nodes(data=True))
    assert kinds["document"] == 150 and kinds["event"] == 600
    assert set(kinds) - {"event", "document"} <= ENTITY_TYPES
    relations = Counter(d["relation"] for *_, d in G.edges(data=True))
    assert relations["reported_in"] == 600 and relations["within"] and relations["part_of"]
    for node, attrs in G.nodes(data=True):
        if attrs["type"] == "event" and attrs["date_start"]:
            assert attrs["date_start"] <= attrs["date_end"]
            assert json.loads(attrs["administration"]), node  # every date 2009+ has a term
        if attrs["type"] == "jurisdiction" and attrs["level"] == "city":
            chain = [node]
            while up := [
                b for _, b, d in G.out_edges(chain[-1], data=True) if d["relation"] == "within"
            ]:
                chain.append(up[0])
            assert [G.nodes[n]["level"] for n in chain] == ["city", "county", "state", "country"]


def test_app_scale_loads_10k_article_graph(large_graph_dir: Path) -> None:
    G = read_graph(large_graph_dir / "graph.graphml")
    data = ExplorerData.from_graph(G)
    assert len(data.documents) == 10_000 and len(data.events) == 40_000
    assert 14_000 <= len(data.entities) <= 16_000
    country = next(n for n, r in data.entities.items() if r.level == "country")
    jurisdictions = {n for n, r in data.entities.items() if r.type == "jurisdiction"}
    assert data.descendants[country] == jurisdictions
    assert set(data.admin_events) >= {"Obama", "Biden"}
    everything = select(data, FilterState())
    assert len(everything.events) == 40_000 and len(everything.entities) == len(data.entities)
    state = next(n for n, r in data.entities.items() if r.level == "state")
    narrowed = select(data, FilterState(jurisdictions=[state]))
    assert 0 < len(narrowed.events) < 40_000


@pytest.mark.parametrize("cap", [25, 120, 400])
def test_app_scale_network_respects_cap_and_reports_hidden(
    context: Context, mid_data: ExplorerData, cap: int
) -> None:
    context.max_nodes = cap
    elements, _layout, note, count, *_ = callbacks.update_network(
        *NO_FILTERS, "degree", "auto", None
    )
    nodes = [e for e in elements if "source" not in e["data"]]
    total = len(mid_data.entities)
    assert len(nodes) == min(cap, total) and count == str(total)
    hidden = total - len(nodes)
    assert f"{hidden} hidden (cap {cap})" in "".join(note)
    kept = {e["data"]["id"] for e in nodes}
    assert all(
        e["data"]["source"] in kept and e["data"]["target"] in kept
        for e in elements
        if "source" in e["data"]
    )


def test_app_scale_timeline_switches_to_webgl_past_threshold(mid_data: ExplorerData) -> None:
    dated = [e for e in mid_data.events if mid_data.events[e].dated]
    assert len(dated) > figures.WEBGL_THRESHOLD
    big = figures.timeline_figure(mid_data, dated, detail_limit=len(dated))
    small = figures.timeline_figure(mid_data, dated[: figures.WEBGL_THRESHOLD // 2])
    assert {t.type for t in big.data} == {"scattergl"} and big.layout.meta["webgl"]
    assert {t.type for t in small.data} == {"scatter"} and not small.layout.meta["webgl"]
    positions = [c for t in big.data for c in (t.customdata if t.customdata is not None else [])]
    shown = set(mid_data.cols.ids[positions])
    assert set(dated) <= shown


def test_app_scale_timeline_counts_months_past_the_detail_limit(mid_data: ExplorerData) -> None:
    dated = [e for e in mid_data.events if mid_data.events[e].dated]
    assert len(dated) > figures.DETAIL_LIMIT
    fig = figures.timeline_figure(mid_data, dated)
    assert fig.layout.meta["binned"] and f"{len(dated):,} events" in fig.layout.title.text
    months = fig.data[:-2]  # the legend key for uncertain dates and the selection overlay follow
    counts = [int(t.rsplit(": ", 1)[1].replace(",", "").split()[0]) for m in months for t in m.text]
    assert sum(counts) == len(dated) and all(m.customdata is None for m in months)
    month_of = Counter((mid_data.lane(e, "event_type"), mid_data.events[e].mid[:7]) for e in dated)
    assert len(counts) == len(month_of) and sorted(counts) == sorted(month_of.values())
    # By jurisdiction there is a lane per place: all months go in one trace.
    places = figures.timeline_figure(mid_data, dated, group_by="jurisdiction")
    assert len(places.data) == 3 and len(places.data[0].x) > len(fig.layout.meta["lanes"])


def test_app_scale_timeline_zoomed_period_brings_single_events_back(mid_data: ExplorerData) -> None:
    dated = [e for e in mid_data.events if mid_data.events[e].dated]
    year = sorted(mid_data.events[e].start[:4] for e in dated)[len(dated) // 2]
    period = [f"{year}-01-01", f"{year}-03-31"]
    fig = figures.timeline_figure(mid_data, dated, period=period)
    inside = mid_data.dates_mask(*period)
    expected = set(mid_data.cols.ids[inside])
    shown = {mid_data.cols.ids[c] for t in fig.data[:-1] if t.customdata for c in t.customdata}
    assert not fig.layout.meta["binned"] and fig.layout.meta["period"] == period
    assert shown == expected and 0 < len(shown) <= figures.DETAIL_LIMIT


def test_app_scale_filter_change_sends_far_less_than_the_graph(
    context: Context, mid_graph: nx.MultiDiGraph, mid_data: ExplorerData
) -> None:
    full = _size(nx.node_link_data(mid_graph, edges="links"))
    state = max(
        (n for n, r in mid_data.entities.items() if r.level == "state"),
        key=lambda n: len(mid_data.descendants[n]),
    )
    kind = sorted(mid_data.by_type)[0]
    filters: tuple[Any, ...] = ("", [state], [], [], [kind], None, None)
    timeline = callbacks.update_timeline(*filters, "event_type", None, None)
    network = callbacks.update_network(*filters, "degree", "auto", None)
    assert int(timeline[3]) == len(
        select(mid_data, FilterState(jurisdictions=[state], event_types=[kind])).events
    )
    assert _size(timeline) < full / 20 and _size(network) < full / 20
    unfiltered = callbacks.update_network(*NO_FILTERS, "degree", "auto", None)
    assert _size(unfiltered) < full / 10  # the cap bounds the network whatever the filters
    entity = max(mid_data.entity_events, key=lambda n: len(mid_data.entity_events[n]))
    _details, patch, _sheet = callbacks.show_selection(
        {"kind": "entity", "id": entity}, timeline[1], *filters
    )
    assert isinstance(patch, Patch) and _size(patch) < _size(timeline[0]) / 5


def test_app_scale_timeline_draws_only_what_the_vendored_plotly_has(
    mid_data: ExplorerData,
) -> None:
    # The page ships plotly's gl2d bundle (scatter and scattergl only, graphx.ui.bundles):
    # a figure with any other trace type would draw nothing in the browser.
    from graphx.ui.bundles import TRACE_TYPES

    dated = [e for e in mid_data.events if mid_data.events[e].dated]
    views = [
        figures.timeline_figure(mid_data, dated[:50]),
        figures.timeline_figure(mid_data, dated, detail_limit=len(dated)),
        figures.timeline_figure(mid_data, dated),
        figures.timeline_figure(mid_data, dated, group_by="jurisdiction"),
        figures.timeline_figure(mid_data, dated[:50], group_by="agency"),
    ]
    assert {trace.type for fig in views for trace in fig.data} <= TRACE_TYPES
