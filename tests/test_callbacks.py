"""Callbacks called directly (dash.callback returns the undecorated function)."""

from __future__ import annotations

import io
import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from dash import Patch, no_update
from dash._callback_context import context_value
from dash._utils import AttributeDict
from graph_factory import EVENTS, make_graph

from graphx.explore.data import ExplorerData
from graphx.explore.filters import FilterState
from graphx.ui import Context, callbacks, get_context, ids, set_context
from graphx.ui.downloads import ExportFiles, ExportTooLarge
from graphx.ui.layout import render_details
from graphx.ui.query import read_query
from graphx.ui.server import create_app, load_stylesheet

NO_FILTERS = ("", [], [], [], [], None, None)


@pytest.fixture(scope="module", autouse=True)
def context() -> Iterator[Context]:
    data = ExplorerData.from_graph(make_graph())
    ctx = Context(data=data, max_nodes=5, stylesheet=load_stylesheet())
    set_context(ctx)
    yield ctx


def trigger(prop_id: str, value: Any = 1) -> None:
    context_value.set(AttributeDict(triggered_inputs=[{"prop_id": prop_id, "value": value}]))


def _json(component: Any) -> str:
    return json.dumps(component.to_plotly_json(), default=lambda c: c.to_plotly_json())


@pytest.mark.parametrize(
    ("filters", "events", "undated"),
    [
        (NO_FILTERS, len(EVENTS), 1),
        (("", [], ["Biden"], [], [], None, None), 2, 0),
        (("", ["e:il"], [], [], [], None, None), 4, 0),
        (("", [], [], [], ["statement"], None, None), 2, 1),
        (("zzz", [], [], [], [], None, None), 0, 0),
    ],
)
def test_callbacks_update_timeline_counts(filters: tuple, events: int, undated: int) -> None:
    fig, meta, _apart, count, note, *_ = callbacks.update_timeline(
        *filters, "event_type", None, None
    )
    assert count == str(events) and f"{undated} undated" in note
    assert meta["n"] == len(fig.data) and meta["group_by"] == "event_type"


def test_callbacks_update_timeline_lists_undated_and_uncertain_apart() -> None:
    _fig, _meta, apart, _count, _note, *_ = callbacks.update_timeline(
        *NO_FILTERS, "agency", None, None
    )
    text = "".join(_json(block) for block in apart)
    assert "ACLU criticised ICE" in text  # its headline: who, trigger, whom (issue 17)
    # Uncertain dates are shown one way only: hollow on the chart, not listed too (issue 17).
    assert len(apart) == 1 and "ICE arrests in fiscal year 2018" not in text
    # v:undated has no report, so it is not drawn as a diamond.
    assert "No date of their own (" in text and "(diamonds" not in text


PERIOD_2021 = ("", [], [], [], [], "2021-01-01", "2021-12-31")


@pytest.mark.parametrize(
    ("filters", "entities", "note"),
    [
        (NO_FILTERS, "15", "10 hidden"),
        (("", [], ["Biden"], [], [], None, None), "4", "All 4 entities"),
        (("zzz", [], [], [], [], None, None), "0", "No entities"),
        # A period keeps only the participants of its events (issue 17: a dragged period
        # kept all entities and changed only the edges).
        (PERIOD_2021, "4", "All 4 entities"),
    ],
)
def test_callbacks_update_network(filters: tuple, entities: str, note: str) -> None:
    elements, layout, notes, count, *_ = callbacks.update_network(*filters, "degree", "circle")
    assert count == entities and note in "".join(notes) and layout["name"] == "circle"
    assert len([e for e in elements if "source" not in e["data"]]) <= 5


def test_callbacks_network_period_limits_edges() -> None:
    everything = callbacks.update_network(*NO_FILTERS, "degree", "cose")[0]
    period = callbacks.update_network(*PERIOD_2021, "degree", "cose")[0]
    shared = [e for e in period if e.get("classes") == "shared"]
    assert len(shared) < len([e for e in everything if e.get("classes") == "shared"])
    assert {tuple(sorted((e["data"]["source"], e["data"]["target"]))) for e in shared} <= {
        ("e:dhs", "e:chi"),
        ("e:chi", "e:dhs"),
        ("e:ice", "e:mayorkas"),
    }


@pytest.mark.parametrize(
    ("relayout", "expected"),
    [
        (
            {"xaxis.range[0]": "2019-01-01 00:00", "xaxis.range[1]": "2019-06-30"},
            ["2019-01-01", "2019-06-30"],
        ),
        ({"xaxis.range": ["2020-01-01", "2020-02-01"]}, ["2020-01-01", "2020-02-01"]),
        ({"xaxis.autorange": True}, None),
        ({"dragmode": "pan"}, no_update),
        (None, no_update),
    ],
)
def test_callbacks_store_range(relayout: dict | None, expected: Any) -> None:
    trigger(f"{ids.TIMELINE}.relayoutData", relayout)
    assert callbacks.store_range(relayout, None, ["2019-01-01", "2019-02-01"]) == expected


@pytest.mark.parametrize("current", [None, ["2019-01-01", "2019-02-01"]])
def test_callbacks_store_range_ignores_a_redraw(current: list[str] | None) -> None:
    # Plotly reports "autosize" after each new figure: a redraw for the dragged period
    # must not clear it (issue 17).
    trigger(f"{ids.TIMELINE}.relayoutData", None)
    assert callbacks.store_range({"autosize": True}, None, current) is no_update


def test_callbacks_store_range_forgets_the_period_on_clear_filters() -> None:
    trigger(f"{ids.RESET}.n_clicks", 1)
    assert callbacks.store_range({"dragmode": "pan"}, 1, ["2019-01-01", "2019-02-01"]) is None


def test_callbacks_sync_url_sets_the_dates_of_a_dragged_period() -> None:
    # issue 17: a dragged period filters as the date box does, so it is the date box's.
    trigger(f"{ids.TL_RANGE}.data", ["2021-01-01", "2021-06-30"])
    out = callbacks.sync_url(
        "?a=Biden",
        None,
        ["2021-01-01", "2021-06-30"],
        None,
        "",
        [],
        ["Biden"],
        [],
        [],
        None,
        None,
        "event_type",
        "degree",
        "auto",
    )
    assert out[5:7] == ["2021-01-01", "2021-06-30"] and out[2] == ["Biden"]
    assert out[-2] == "?administration=Biden&from=2021-01-01&to=2021-06-30"
    trigger(f"{ids.TL_RANGE}.data", None)  # a double-click resets the drag
    out = callbacks.sync_url(
        out[-2],
        None,
        None,
        None,
        "",
        [],
        ["Biden"],
        [],
        [],
        "2021-01-01",
        "2021-06-30",
        "event_type",
        "degree",
        "auto",
    )
    assert out[5:7] == [None, None] and out[-2] == "?administration=Biden"


@pytest.mark.parametrize(
    ("prop_id", "args", "expected"),
    [
        (
            f"{ids.CYTO}.tapNodeData",
            ({"id": "e:ice"}, None, [], []),
            {"kind": "entity", "id": "e:ice"},
        ),
        (f"{ids.TIMELINE}.clickData", (None, {"points": [{"x": 1}]}, [], []), no_update),
        (
            '{"id":"v:undated","type":"event-link"}.n_clicks',
            (None, None, [1], []),
            {"kind": "event", "id": "v:undated"},
        ),
    ],
)
def test_callbacks_track_selection(prop_id: str, args: tuple, expected: Any) -> None:
    trigger(prop_id, 1)
    assert callbacks.track_selection(*args) == expected


def test_callbacks_track_selection_timeline_point_is_an_event_position(context: Context) -> None:
    # Points carry event positions (typed arrays are far smaller than ids; issue 6).
    trigger(f"{ids.TIMELINE}.clickData", 1)
    position = context.data.event_position["v:raid"]
    click = {"points": [{"customdata": position}]}
    assert callbacks.track_selection(None, click, [], []) == {"kind": "event", "id": "v:raid"}


@pytest.mark.parametrize("sent", ["v:raid", -1, 10**9, True, 1.5, None, [0]])
def test_callbacks_track_selection_ignores_what_is_no_position(sent: Any) -> None:
    trigger(f"{ids.TIMELINE}.clickData", 1)
    click = {"points": [{"customdata": sent}]}
    assert callbacks.track_selection(None, click, [], []) is no_update


def test_callbacks_timeline_ignores_the_range_store_and_draws_the_dates() -> None:
    trigger(f"{ids.TL_RANGE}.data", ["2021-01-01", "2021-12-31"])
    out = callbacks.update_timeline(*NO_FILTERS, "event_type", ["2021-01-01", "2021-12-31"], None)
    assert all(v is no_update for v in out)  # the dates follow the store (sync_url)
    trigger(f"{ids.DATES}.start_date", "2021-01-01")
    fig, _meta, _apart, count, _note, *_ = callbacks.update_timeline(
        *PERIOD_2021, "event_type", None, None
    )
    assert count == "2" and list(fig.layout.xaxis.range) == ["2021-01-01", "2022-01-01"]


def test_callbacks_track_selection_ignores_new_buttons() -> None:
    trigger('{"id":"e:ice","type":"entity-link"}.n_clicks', 0)
    assert callbacks.track_selection(None, None, [], [0]) is no_update


def test_callbacks_show_selection_entity_patches_only() -> None:
    fig, meta, *_ = callbacks.update_timeline(*NO_FILTERS, "event_type", None, None)
    details, patch, sheet = callbacks.show_selection(
        {"kind": "entity", "id": "e:ero"}, meta, *NO_FILTERS
    )
    assert isinstance(patch, Patch)
    ops = patch.to_plotly_json()["operations"]
    assert ops[0]["location"] == ["data", meta["n"] - 1]
    ringed = {get_context().data.cols.ids[i] for i in ops[0]["params"]["value"]["customdata"]}
    assert ringed == {"v:raid", "v:arrests"}
    assert "Enforcement and Removal Operations" in _json(details)
    assert any('node[id = "e:ero"]' in rule["selector"] for rule in sheet)


def test_callbacks_show_selection_of_nothing_changes_nothing() -> None:
    # The store's value on page load; patching the timeline would redraw every point.
    out = callbacks.show_selection(None, {"n": 3, "lanes": [], "group_by": "x"}, *NO_FILTERS)
    assert all(v is no_update for v in out)


def test_callbacks_show_selection_of_nothing_clears_the_selection() -> None:
    # "Clear filters" empties the store (issue 17): no details, no rings, no highlight.
    details, patch, sheet = callbacks.show_selection(
        {}, {"n": 3, "lanes": [], "group_by": "x"}, *NO_FILTERS
    )
    assert "Click an entity" in _json(details)
    ops = patch.to_plotly_json()["operations"]
    assert ops[0]["location"] == ["data", 2] and not list(ops[0]["params"]["value"]["x"])
    assert sheet == get_context().stylesheet


def test_callbacks_track_selection_clears_on_clear_filters() -> None:
    trigger(f"{ids.RESET}.n_clicks", 1)
    assert callbacks.track_selection({"id": "e:ice"}, None, [], [], 1) == {}


def test_callbacks_show_selection_event_lights_participants() -> None:
    _fig, meta, *_ = callbacks.update_timeline(*NO_FILTERS, "event_type", None, None)
    _details, _patch, sheet = callbacks.show_selection(
        {"kind": "event", "id": "v:subpoena"}, meta, *NO_FILTERS
    )
    focus = [r for r in sheet if "border-width" in r["style"] and "e:albence" in r["selector"]]
    assert focus and "e:nyc" in focus[0]["selector"]


def test_callbacks_details_render_hostile_text_as_text() -> None:
    _details, _patch, _sheet = callbacks.show_selection(
        {"kind": "event", "id": "v:undated"}, None, *NO_FILTERS
    )
    text = _json(_details)
    assert "dangerouslySetInnerHTML" not in text and "javascript:" not in text
    assert '<script>alert(\\"x\\")</script>' in text  # a plain string child, escaped by React
    good = _json(
        render_details(callbacks.figures.event_details(callbacks.get_context().data, "v:subpoena"))
    )
    assert '"href": "https://example.org/a"' in good


def test_callbacks_sync_url_reads_and_writes_the_query() -> None:
    trigger(".", None)
    out = callbacks.sync_url(
        "?a=Biden&group=agency", None, None, None, *NO_FILTERS, "event_type", "degree", "cose"
    )
    assert out[2] == ["Biden"] and out[7] == "agency" and out[-2] is no_update
    assert out[-1] == []  # no notice: every name is known
    trigger(f"{ids.ADMINISTRATION}.value", ["Obama"])
    out = callbacks.sync_url(
        "", None, None, None, "", [], ["Obama"], [], [], None, None, "event_type", "degree", "auto"
    )
    assert out[-2] == "?administration=Obama" and all(v is no_update for v in out[:-2])
    trigger(f"{ids.RESET}.n_clicks", 1)
    out = callbacks.sync_url(
        "?a=Obama", 1, None, None, "", [], ["Obama"], [], [], None, None, "agency", "degree", "auto"
    )
    assert out[2] == [] and out[-2] == "?lanes=agency"


def test_callbacks_sync_url_names_the_selected_entity_and_place() -> None:
    trigger(f"{ids.SELECTION}.data", {"kind": "entity", "id": "e:albence"})
    out = callbacks.sync_url(
        "",
        None,
        None,
        {"kind": "entity", "id": "e:albence"},
        "",
        ["e:il"],
        [],
        [],
        [],
        None,
        None,
        "event_type",
        "degree",
        "auto",
    )
    assert out[-2] == "?jurisdiction=Illinois&entity=Matthew%20Albence"


def test_callbacks_sync_url_shows_a_notice_for_an_unknown_name() -> None:
    # issue 17: ?j=New York was silently ignored and showed everything.
    trigger(f"{ids.URL}.search", None)
    out = callbacks.sync_url(
        "?jurisdiction=Atlantis", None, None, None, *NO_FILTERS, "event_type", "degree", "auto"
    )
    assert "Atlantis" in _json_list(out[-1]) and out[1] is no_update  # no filter applied


def _json_list(components: list[Any]) -> str:
    return " ".join(_json(c) for c in components)


@pytest.mark.parametrize("prop_id", [".", f"{ids.URL}.search"])
def test_callbacks_sync_url_changes_nothing_when_the_page_matches_its_query(prop_id: str) -> None:
    # On page load Dash reports either no trigger or the Location's search.
    trigger(prop_id, None)
    drawn = ("", [], ["Biden"], [], [], None, None, "agency", "degree", "auto")
    out = callbacks.sync_url("?a=Biden&group=agency", None, None, None, *drawn)
    assert all(v is no_update for v in out[:-1])
    # A page drawn for another view (no Referer reached the server) is set from the URL.
    out = callbacks.sync_url("?a=Biden&group=agency", None, None, None, *NO_FILTERS, *drawn[7:])
    assert out[2] == ["Biden"] and out[-2] is no_update


@pytest.mark.parametrize("query", ["", "?a=Biden&group=agency", "?vt=enforcement&q=ice"])
def test_callbacks_first_view_is_what_the_callbacks_draw(query: str) -> None:
    props = callbacks.first_view(query)
    parsed = read_query(get_context().data, query)
    state, view = parsed.state, parsed.view
    filters = (
        state.text,
        list(state.jurisdictions),
        list(state.administrations),
        list(state.entity_types),
        list(state.event_types),
        None,
        None,
    )
    fig, meta, _apart, count, _note, *_ = callbacks.update_timeline(
        *filters, view.group_by, None, None
    )
    elements, *_ = callbacks.update_network(*filters, view.size_by, view.layout)
    assert props[ids.COUNT_EVENTS]["children"] == count and props[ids.TL_META]["data"] == meta
    assert props[ids.TIMELINE]["figure"] == fig and props[ids.CYTO]["elements"] == elements
    assert props[ids.ADMINISTRATION]["value"] == list(state.administrations)
    assert props[ids.GROUP_BY]["value"] == view.group_by


def test_callbacks_layout_draws_the_view_of_the_referring_page(context: Context) -> None:
    app = create_app(context.data)
    set_context(context)
    client = app.server.test_client()
    site = "http://127.0.0.1:8050"  # the default bound address: other Host values are refused
    plain = client.get("/_dash-layout", base_url=site).get_json()
    biden = client.get(
        "/_dash-layout", base_url=site, headers={"Referer": f"{site}/?a=Biden"}
    ).get_json()
    biden_events = len(context.data.admin_events["Biden"])
    assert _prop(plain, ids.COUNT_EVENTS, "children") == str(len(context.data.events))
    assert _prop(biden, ids.COUNT_EVENTS, "children") == str(biden_events)
    assert _prop(biden, ids.ADMINISTRATION, "value") == ["Biden"]


def _prop(tree: Any, component: str, prop: str) -> Any:
    """A property of the component with this id in a layout as JSON."""
    if isinstance(tree, dict):
        props = tree.get("props", {})
        if props.get("id") == component:
            return props.get(prop)
        for value in (props.get("children"), *tree.values()):
            found = _prop(value, component, prop)
            if found is not None:
                return found
    elif isinstance(tree, list):
        for item in tree:
            found = _prop(item, component, prop)
            if found is not None:
                return found
    return None


SITE = "http://127.0.0.1:8050"  # create_app's default address: other Host values are refused


def test_callbacks_export_graphml_matches_filter(context: Context) -> None:
    client = create_app(context.data).server.test_client()
    set_context(context)
    sent = client.get(callbacks.export_links("?a=Biden&group=agency")[0], base_url=SITE)
    assert sent.status_code == 200 and "graphx_Biden.graphml" in sent.headers["Content-Disposition"]
    G = nx.read_graphml(io.BytesIO(sent.data))
    events = {n for n, t in G.nodes(data="type") if t == "event"}
    assert events == {"v:meeting", "v:statement"}


def test_callbacks_export_csv_and_png(context: Context) -> None:
    # An old id-style link gives links by name (issue 17), without the view's layout.
    graphml, csv_link, more = callbacks.export_links("?j=e:il&layout=grid")
    assert (graphml, csv_link) == (
        "/export/graph.graphml?jurisdiction=Illinois",
        "/export/events.csv?jurisdiction=Illinois",
    )
    # Issue 18's formats, linked from the page with the same view.
    assert [a.href for a in more] == [
        "/export/graph.gexf?jurisdiction=Illinois",
        "/_graphx/export/json?jurisdiction=Illinois",
        "/_graphx/export/events?jurisdiction=Illinois",
        "/_graphx/export/network.svg?jurisdiction=Illinois",
        "/_graphx/export/timeline.svg?jurisdiction=Illinois",
    ]
    client = create_app(context.data).server.test_client()
    set_context(context)
    for query in ("j=e:il", "jurisdiction=illinois"):
        sent = client.get(f"/_graphx/export/csv?{query}", base_url=SITE)
        assert sent.data.decode("utf-8").count("\n") == 5  # header + 4 Illinois events
    assert client.get("/_graphx/export/exe", base_url=SITE).status_code == 404
    assert callbacks.export_png(1)["type"] == "png"
    assert callbacks.export_png(None) is no_update


def test_callbacks_export_files_written_once_per_state_and_bounded(
    context: Context, tmp_path: Path
) -> None:
    files = ExportFiles(context.data, folder=tmp_path, max_files=2)
    biden = FilterState(administrations=["Biden"])
    first = files.path("csv", biden, "a=Biden")
    assert first is not None and files.path("csv", biden, "a=Biden") == first
    assert files.written == 1
    files.path("csv", FilterState(), "")
    files.path("graphml", FilterState(), "")
    assert files.written == 3 and not first.exists() and len(list(tmp_path.iterdir())) == 2
    small = ExportFiles(context.data, folder=tmp_path / "small", max_bytes=1000)
    (tmp_path / "small").mkdir()
    with pytest.raises(ExportTooLarge, match="over 0 MB"):
        small.path("graphml", FilterState(), "")
    assert list((tmp_path / "small").iterdir()) == []


def test_callbacks_create_app_is_safe_by_default(context: Context) -> None:
    app = create_app(context.data)
    assert app.server.config["MAX_CONTENT_LENGTH"] and not app.server.debug
    set_context(context)  # create_app registers its own context; restore the test one
    rules = {r.rule for r in app.server.url_map.iter_rules()}
    # Only Dash's own file routes take a path: its assets folder, its bundled component
    # suites, and the catch-all that always returns the index page.
    assert {r for r in rules if "<path" in r} == {
        "/assets/<path:filename>",
        "/_dash-component-suites/<string:package_name>/<path:fingerprinted_path>",
        "/<path:path>",
    }


def test_callbacks_large_graph_uses_webgl_and_caps_nodes(context: Context) -> None:
    from graph_factory import make_large_graph

    big = Context(
        data=ExplorerData.from_graph(make_large_graph(3000, 700)),
        max_nodes=300,
        stylesheet=context.stylesheet,
    )
    set_context(big)
    try:
        fig, meta, _apart, count, _note, *_ = callbacks.update_timeline(
            *NO_FILTERS, "event_type", None, None
        )
        elements, _layout, note, entities, *_ = callbacks.update_network(
            *NO_FILTERS, "centrality", "cose"
        )
    finally:
        set_context(context)
    assert meta["webgl"] and {t.type for t in fig.data} == {"scattergl"}
    assert count == str(len(big.data.events))
    nodes = [e for e in elements if "source" not in e["data"]]
    assert len(nodes) == 300 and f"{int(entities) - 300} hidden" in "".join(note)


def test_callbacks_search_text_does_not_grow_the_regex_cache() -> None:
    # issue 12: each distinct search was compiled as a regex and kept in re's cache
    # (512 entries; a 900 KB search kept 12 MB there).
    import re

    callbacks.update_network("warm", [], [], [], [], None, None, "degree", "auto")
    before = len(re._cache)  # type: ignore[attr-defined]
    for i in range(40):
        callbacks.update_network(f"ice{i}(", [], [], [], [], None, None, "degree", "auto")
    assert len(re._cache) == before  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "entities"),
    [("ice", {"e:ice"}), ("ICE", {"e:ice"}), ("migration", set()), ("de bl", {"e:deblasio"})],
)
def test_callbacks_search_matches_where_a_word_starts(text: str, entities: set[str]) -> None:
    assert set(get_context().data.matching_entities(text)) == entities


def test_callbacks_export_files_refuse_a_fifth_waiting_request(
    context: Context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from graphx.ui import downloads

    release = threading.Event()

    def slow(_data: Any, _state: Any, out: Any) -> None:
        release.wait(10)
        out.write(b"x")

    monkeypatch.setitem(downloads.EXPORTS, "slow", (slow, "x.bin", "application/octet-stream"))
    files = ExportFiles(context.data, folder=tmp_path)
    got: list[Any] = []
    workers = [
        threading.Thread(target=lambda k=k: got.append(files.path("slow", FilterState(), k)))
        for k in "abcd"
    ]
    for w in workers:
        w.start()
    deadline = time.monotonic() + 5
    while files.waiting._value and time.monotonic() < deadline:  # type: ignore[attr-defined]
        time.sleep(0.01)
    assert files.path("slow", FilterState(), "e") is None  # four wait already: 503
    release.set()
    for w in workers:
        w.join(10)
    assert len(got) == 4 and all(p is not None and p.read_bytes() == b"x" for p in got)


def test_callbacks_details_show_each_report_and_the_reported_date() -> None:
    # Issue 15: a merged event lists its sources with the sentence and the date as stated.
    details = callbacks.figures.event_details(callbacks.get_context().data, "v:subpoena")
    details["sources"][0].update(
        sentence="ICE served four subpoenas Friday.", date_as_stated="Friday"
    )
    details.update(
        reported="2020-01-18", reported_basis="sidecar", conflicts=["date: 2020-01-18 in b"]
    )
    text = _json(render_details(details))
    assert "ICE served four subpoenas Friday." in text
    assert "Its date: \\u201cFriday\\u201d" in text or "Its date: \u201cFriday\u201d" in text
    assert "First reported" in text and "2020-01-18" in text
    assert "Sources disagree" in text and "Sources (1)" in text
    details.update(reported_basis="not before")
    assert "not before 2020-01-18" in _json(render_details(details))


def test_callbacks_first_view_selects_the_entity_of_a_link() -> None:
    props = callbacks.first_view("?entity=Matthew%20Albence")
    assert props[ids.SELECTION]["data"] == {"kind": "entity", "id": "e:albence"}
    assert "Matthew Albence" in _json(props[ids.DETAILS]["children"])
    assert any(
        'node[id = "e:albence"]' in rule["selector"] for rule in props[ids.CYTO]["stylesheet"]
    )


def test_callbacks_entity_details_say_how_many_events_are_not_listed() -> None:
    details = callbacks.figures.entity_details(get_context().data, "e:ice", max_events=2)
    text = _json(render_details(details))
    assert details["event_count"] == 6  # subpoena, release, raid, arrests, statement, undated
    assert f"and {details['event_count'] - 2} more" in text


def test_callbacks_details_say_roles_in_words() -> None:
    # Issue 17: "agency, patient" was jargon.
    details = callbacks.figures.event_details(callbacks.get_context().data, "v:subpoena")
    text = _json(render_details(details))
    assert "agency, did it" in text and "patient" not in text and ", agent" not in text


def test_readable_export_links_name_the_filter(context: Context) -> None:
    # Issue 17: /export/... with the page's query; the file name says the filter.
    client = create_app(context.data).server.test_client()
    set_context(context)
    sent = client.get("/export/graph.graphml?jurisdiction=Illinois", base_url=SITE)
    assert sent.status_code == 200
    assert "filename=graphx_Illinois.graphml" in sent.headers["Content-Disposition"]
    G = nx.read_graphml(io.BytesIO(sent.data))
    assert len([n for n, t in G.nodes(data="type") if t == "event"]) == 4
    old = client.get("/_graphx/export/graphml?jurisdiction=Illinois", base_url=SITE)
    assert old.data == sent.data
    csv_sent = client.get(
        "/export/events.csv?jurisdiction=Illinois&from=2018-01-01&to=2018-12-31", base_url=SITE
    )
    disposition = csv_sent.headers["Content-Disposition"]
    assert "filename=graphx_events_Illinois_2018.csv" in disposition
    gexf = client.get("/export/graph.gexf?administration=Biden", base_url=SITE)
    assert "filename=graphx_Biden.gexf" in gexf.headers["Content-Disposition"]
    assert (
        client.get("/export/graph.gexf", base_url=SITE)
        .headers["Content-Disposition"]
        .endswith("graphx-view.gexf")
    )


def test_callbacks_clicking_an_edge_lists_the_events_its_ends_share(context: Context) -> None:
    # Issue 17: edges could not be clicked. A structural edge drawn over the shared one
    # selects the same pair.
    trigger(f"{ids.CYTO}.tapEdgeData", {"id": "e:ero|e:ice"})
    for edge in (
        {"id": "e:ero|e:ice", "source": "e:ero", "target": "e:ice"},
        {"id": "e:ero>e:ice:part_of", "source": "e:ero", "target": "e:ice"},
    ):
        chosen = callbacks.track_selection(None, None, [], [], None, edge)
        assert chosen == {"kind": "edge", "id": "e:ero|e:ice"}
    details, _patch, sheet = callbacks.show_selection(chosen, None, *NO_FILTERS)
    text = _json(details)
    assert "Enforcement and Removal Operations and Immigration and Customs Enforcement" in text
    assert "Shared events (2)" in text  # the raid in Chicago and the FY2018 arrests
    assert any('node[id = "e:ero"]' in rule["selector"] for rule in sheet)


def test_callbacks_entity_panel_lists_the_articles_naming_it() -> None:
    details = callbacks.figures.entity_details(get_context().data, "e:ice")
    text = _json(render_details(details))
    assert "Mentioned in 1 article" in text and "ICE said." in text


def test_callbacks_show_more_grows_to_the_cap(context: Context) -> None:
    from graphx.ui import browser

    set_context(Context(data=context.data, max_nodes=5, shown_nodes=2))
    try:
        trigger(f"{ids.SHOW_MORE}.n_clicks", 1)
        assert browser.show_more(1, None, None) == 4
        assert browser.show_more(2, None, 4) == 5  # not past the cap
        assert callbacks.update_network(*NO_FILTERS, "degree", "auto", None)[0:1]
        elements, _layout, note, _count, more, style = callbacks.update_network(
            *NO_FILTERS, "degree", "auto", None
        )
        assert len([e for e in elements if "source" not in e["data"]]) == 2
        assert more == "Show 2 more" and style == {}
        *_, style = callbacks.update_network(*NO_FILTERS, "degree", "auto", 5)
        assert style == {"display": "none"}
        trigger(f"{ids.RESET}.n_clicks", 1)
        assert browser.show_more(3, 1, 5) == 0
    finally:
        set_context(context)


def test_callbacks_empty_state_offers_to_clear_the_search() -> None:
    filters = ("zzz", [], ["Biden"], [], [], None, None)
    trigger(f"{ids.SEARCH}.value", "zzz")
    *_, empty = callbacks.update_timeline(*filters, "event_type", None, None)
    text = json.dumps(
        [c.to_plotly_json() for c in empty],
        default=lambda c: c.to_plotly_json(),
        ensure_ascii=False,
    )
    assert "Nothing matches “zzz”" in text
    assert '"href": "?administration=Biden"' in text and '"href": "?"' in text
    *_, nothing = callbacks.update_timeline(*NO_FILTERS, "event_type", None, None)
    assert nothing == []
