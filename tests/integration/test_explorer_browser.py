"""The explorer in headless Chromium on the demo graph, checked by interacting (issue 4).

Expected values come from the same graph the server built (``server.data``),
filtered with ``graphx.explore.filters``; the browser must show exactly that.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import networkx as nx
import pytest

from graphx.explore.filters import FilterState, filter_events, select

pytestmark = pytest.mark.browser

Server = Watched = Any  # the fixtures' types live in conftest.py

SHOWN_JS = """() => {
  const gd = document.querySelector('#timeline .js-plotly-plot');
  const ids = [];
  (gd && gd._fullData ? gd._fullData.slice(0, -1) : []).forEach(
      t => Array.from(t.customdata || []).forEach(
          c => { if (c !== null && c !== undefined) ids.push(c); }));
  const listed = Array.from(document.querySelectorAll('#undated-list button')).map(
      b => JSON.parse(b.id).id);
  return {dated: ids, listed: listed};
}"""
SELECTED_JS = """() => {
  const gd = document.querySelector('#timeline .js-plotly-plot');
  return Array.from(gd._fullData[gd._fullData.length - 1].customdata || []);
}"""
NODES_JS = "() => document.getElementById('network')._cyreg.cy.nodes().map(n => n.id())"


def wait_idle(page: Any) -> None:
    page.wait_for_selector("#timeline .main-svg")
    page.wait_for_function(
        "() => !document.querySelector('[data-dash-is-loading=\"true\"]')"
        " && document.getElementById('network')._cyreg !== undefined"
    )
    page.wait_for_timeout(400)
    page.wait_for_function("() => !document.querySelector('[data-dash-is-loading=\"true\"]')")


def open_app(w: Watched, server: Server, query: str = "") -> Any:
    w.page.goto(server.url + query)
    wait_idle(w.page)
    return w.page


def shown(page: Any, server: Server) -> tuple[set[str], set[str]]:
    """Events on the timeline (points carry event positions) and in the undated list."""
    got = page.evaluate(SHOWN_JS)
    return set(server.data.cols.ids[got["dated"]]), set(got["listed"])


def expect_events(page: Any, server: Server, state: FilterState) -> set[str]:
    """The page shows exactly the events the filter keeps (on the chart: those with a date of
    their own or their first report's, issue 15; listed: those with no date of their own)."""
    events = filter_events(server.data, state)
    dated = {e for e in events if server.data.events[e].placed}
    on_chart, listed = shown(page, server)
    assert on_chart == dated
    undated = {e for e in events if not server.data.events[e].placed}
    assert listed >= {e for e in undated} or len(undated) > 40
    assert page.inner_text("#count-events") == str(len(events))
    return set(events)


def choose(page: Any, dropdown: str, option: str, *, search: str = "", clear: bool = False) -> None:
    page.click(f"#{dropdown}")
    if clear:
        page.get_by_role("button", name="Deselect All").click()
    if search:
        page.fill(".dash-dropdown-search", search)
    page.get_by_role("option", name=option).first.click()
    page.keyboard.press("Escape")
    wait_idle(page)


def chip(event_id: str) -> str:
    """The selector of an event's button in the undated/uncertain lists."""
    key = json.dumps({"id": event_id, "type": "event-link"}, separators=(",", ":"))
    return f"#undated-list button[id='{key}']"


def term(server: Server, name: str) -> tuple[str, str]:
    found = [t for t in server.data.terms if t.name == name]
    return found[0].start, found[0].end


def test_tl001_both_views_render_all_events_and_nodes(watched: Watched, server: Server) -> None:
    page = open_app(watched, server)
    data = server.data
    events = expect_events(page, server, FilterState())
    assert events == set(data.events)
    nodes = page.evaluate(NODES_JS)
    assert len(nodes) == min(len(data.entities), 300)
    assert set(nodes) <= set(data.entities)
    assert page.inner_text("#count-entities") == str(len(data.entities))
    assert watched.problems() == []


def test_tl002_administration_biden_then_trump(watched: Watched, server: Server) -> None:
    page = open_app(watched, server)
    seen = {}
    for i, name in enumerate(("Biden", "Trump (1st term)")):
        choose(page, "filter-administration", name, clear=bool(i))
        seen[name] = expect_events(page, server, FilterState(administrations=[name]))
        start, end = term(server, name)
        dated = [server.data.events[e] for e in seen[name] if server.data.events[e].dated]
        assert dated and all(ev.start <= end and ev.end >= start for ev in dated)
    assert seen["Biden"] != seen["Trump (1st term)"]
    assert "administration=Trump" in page.url and "Biden" not in page.url
    assert watched.problems() == []


def test_tl003_illinois_keeps_cook_county_events(watched: Watched, server: Server) -> None:
    data = server.data
    illinois = [
        r.id for r in data.entities.values() if r.type == "jurisdiction" and r.label == "Illinois"
    ]
    cook = {r.id for r in data.entities.values() if r.label.startswith("Cook County")}
    cook_events = {data.cols.ids[i] for c in cook for i in data.place_events.get(c, ())}
    assert illinois and cook_events, "the demo graph should place events in Cook County, Illinois"
    page = open_app(watched, server)
    choose(page, "filter-jurisdiction", data.jurisdiction_label(illinois[0]), search="Illinois")
    events = expect_events(page, server, FilterState(jurisdictions=illinois))
    assert cook_events <= events
    assert watched.problems() == []


def _ice(server: Server) -> str:
    data = server.data
    agencies = [n for n in data.matching_entities("ICE") if data.entities[n].type == "agency"]
    return max(agencies, key=lambda n: len(data.entity_events.get(n, ())))


def test_tl004_clicking_ice_highlights_its_events(watched: Watched, server: Server) -> None:
    ice, data = _ice(server), server.data
    page = open_app(watched, server)
    page.evaluate("() => document.getElementById('network').scrollIntoView()")
    page.wait_for_timeout(500)  # the layout settles
    x, y = page.evaluate(
        """id => {
        const cy = document.getElementById('network')._cyreg.cy;
        const p = cy.getElementById(id).renderedPosition();
        const r = cy.container().getBoundingClientRect();
        return [r.left + p.x, r.top + p.y]; }""",
        ice,
    )
    page.mouse.click(x, y)
    wait_idle(page)
    mine = {e for e in data.entity_events[ice] if data.events[e].placed}
    assert set(data.cols.ids[page.evaluate(SELECTED_JS)]) == mine
    assert data.entities[ice].label in page.inner_text("#details")
    border = page.evaluate(
        "id => document.getElementById('network')._cyreg.cy"
        ".getElementById(id).style('border-width')",
        ice,
    )
    assert border == "4px"
    assert watched.problems() == []


def test_tl005_graphml_download_matches_filtered_counts(watched: Watched, server: Server) -> None:
    page = open_app(watched, server, "?a=Trump+%281st+term%29")
    assert page.inner_text("#filter-administration").strip() == "Trump (1st term)"
    with page.expect_download() as info:
        page.click("#export-graphml")
    G = nx.read_graphml(info.value.path())
    kinds = nx.get_node_attributes(G, "type")
    events = [n for n, k in kinds.items() if k == "event"]
    entities = [n for n, k in kinds.items() if k not in ("event", "document")]
    assert str(len(events)) == page.inner_text("#count-events")
    assert str(len(entities)) == page.inner_text("#count-entities")
    subset = select(server.data, FilterState(administrations=["Trump (1st term)"]))
    assert set(events) == set(subset.events) and set(entities) == set(subset.entities)
    with page.expect_download() as info:
        page.click("#export-csv")
    rows = list(csv.DictReader(io.StringIO(open(info.value.path(), encoding="utf-8").read())))
    assert len(rows) == len(events)
    assert watched.problems() == []


def test_tl006_filter_state_survives_reload(watched: Watched, server: Server) -> None:
    page = open_app(watched, server)
    kind = sorted(server.data.by_type)[0]
    page.click(f"#filter-event-types input[value='{kind}']")
    wait_idle(page)
    count = page.inner_text("#count-events")
    assert f"type={kind}" in page.url and count == str(len(server.data.by_type[kind]))
    page.reload()
    wait_idle(page)
    assert page.is_checked(f"#filter-event-types input[value='{kind}']")
    assert page.inner_text("#count-events") == count
    page.click("#filter-reset")
    wait_idle(page)
    assert (
        page.inner_text("#count-events") == str(len(server.data.events)) and "type=" not in page.url
    )
    assert watched.problems() == []


def test_tl007_undated_event_details_show_sources_as_text(watched: Watched, server: Server) -> None:
    data = server.data
    undated = [e for e in data.events.values() if not e.dated]
    if not undated:
        pytest.skip("the demo graph has no undated events")
    page = open_app(watched, server)
    page.click(chip(undated[0].id))
    wait_idle(page)
    text = page.inner_text("#details").casefold()
    assert "undated" in text and "sources" in text
    hrefs = page.eval_on_selector_all("#details a", "as => as.map(a => a.getAttribute('href'))")
    assert all(h.startswith(("http://", "https://")) for h in hrefs)
    assert watched.problems() == []


def drag(page: Any, left: float, right: float) -> None:
    """Drag across the timeline from ``left`` to ``right`` (fractions of its width)."""
    page.evaluate("() => document.getElementById('timeline').scrollIntoView()")
    box = page.query_selector("#timeline .nsewdrag").bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * left, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * right, y + 5, steps=8)
    page.mouse.up()
    wait_idle(page)


def view_of(page: Any) -> dict[str, Any]:
    """What the page shows: counts, date box, network nodes, export links, x range."""
    return {
        "events": page.inner_text("#count-events"),
        "entities": page.inner_text("#count-entities"),
        "dates": [page.input_value(f"#{i}") for i in ("filter-dates", "filter-dates-end-date")],
        "nodes": sorted(page.evaluate(NODES_JS)),
        "exports": [page.get_attribute(f"#{i}", "href") for i in ("export-graphml", "export-csv")],
        "range": page.evaluate(
            "() => document.querySelector('#timeline .js-plotly-plot')._fullLayout.xaxis.range"
        ),
    }


def test_tl008_dragged_period_filters_everything_like_the_date_box(
    watched: Watched, server: Server
) -> None:
    # issue 17: after a drag the network kept every entity, and the counts, date box, URL
    # and downloads stayed on the whole graph; "Clear filters" left the old period.
    page = open_app(watched, server)
    full = view_of(page)
    drag(page, 0.55, 0.75)
    query = page.url.split("?", 1)[1]
    assert "from=" in query and "to=" in query
    dragged = view_of(page)
    date_from, date_to = dragged["dates"]
    assert f"from={date_from}" in query and f"to={date_to}" in query
    assert all(f"from={date_from}&to={date_to}" in href for href in dragged["exports"])
    assert int(dragged["events"]) < int(full["events"])
    assert len(dragged["nodes"]) < len(full["nodes"])
    state = FilterState(date_from=date_from, date_to=date_to)
    expect_events(page, server, state)
    assert set(dragged["nodes"]) == set(select(server.data, state).entities)
    # The same period typed as a link shows the same view.
    typed = view_of(open_app(watched, server, f"?from={date_from}&to={date_to}"))
    assert {k: v for k, v in typed.items() if k != "range"} == {
        k: v for k, v in dragged.items() if k != "range"
    }
    page.click("#undated-list button")  # a selection, which "Clear filters" clears too
    wait_idle(page)
    assert "Click an entity" not in page.inner_text("#details")
    page.click("#filter-reset")
    wait_idle(page)
    cleared = view_of(page)
    assert "Click an entity" in page.inner_text("#details")
    assert "?" not in page.url and cleared["dates"] == ["", ""]
    assert cleared == full
    assert watched.problems() == []


def test_tl009_hostile_text_is_shown_as_text(watched: Watched, hostile_server: Server) -> None:
    page = open_app(watched, hostile_server)
    page.click(chip("v:undated"))
    wait_idle(page)
    details = page.inner_text("#details")
    assert '<script>alert("x")</script>' in details  # the title, as text
    assert page.eval_on_selector_all("#details a", "as => as.length") == 0  # javascript: URL
    page.click("#filter-search")
    page.fill("#filter-search", "<img")
    page.keyboard.press("Enter")
    wait_idle(page)
    injected = page.evaluate("""() => [
        document.querySelectorAll('[onerror], [onclick], [onload]').length,
        document.querySelectorAll('#details script, #details img, #undated-list img').length,
        window.__pwned === undefined]""")
    assert injected == [0, 0, True]
    assert watched.problems() == []


POINT_JS = """() => {
  // The page position of the last point of the first point trace, and what it carries.
  const gd = document.querySelector('#timeline .js-plotly-plot');
  const trace = gd._fullData.find(
      t => t.mode.startsWith('markers') && (t.customdata || []).length);
  const i = trace.customdata.length - 1;
  const xa = gd._fullLayout.xaxis, ya = gd._fullLayout.yaxis;
  const box = gd.getBoundingClientRect();
  return {position: trace.customdata[i],
          x: box.left + xa._offset + xa.l2p(trace.x[i]),
          y: box.top + ya._offset + ya.l2p(trace.y[i])};
}"""


def test_tl011_clicking_a_timeline_point_opens_its_event(watched: Watched, server: Server) -> None:
    page = open_app(watched, server)
    page.evaluate("() => document.getElementById('timeline').scrollIntoView()")
    point = page.evaluate(POINT_JS)
    event = server.data.events[server.data.cols.ids[point["position"]]]
    page.mouse.move(point["x"], point["y"])
    page.mouse.click(point["x"], point["y"])
    wait_idle(page)
    assert event.label[:40] in page.inner_text("#details")
    assert set(server.data.cols.ids[page.evaluate(SELECTED_JS)]) == {event.id}
    assert watched.problems() == []


def test_tl012_links_name_things_and_say_what_they_cannot_find(
    watched: Watched, server: Server
) -> None:
    # issue 17: links carried ids (?j=jur_...), and ?j=New York showed everything silently.
    query = "?jurisdiction=Illinois&administration=Trump%20(1st%20term)&entity=Matthew%20Albence"
    page = open_app(watched, server, query + "&lanes=agency")
    assert page.inner_text("#filter-jurisdiction").strip() == "Illinois, United States"
    assert page.inner_text("#filter-administration").strip() == "Trump (1st term)"
    assert page.is_checked("#view-group-by input[value='agency']")
    assert "Matthew Albence" in page.inner_text("#details")
    assert page.inner_text("#link-notice").strip() == ""
    hrefs = [page.get_attribute(f"#{i}", "href") for i in ("export-graphml", "export-csv")]
    assert all("jurisdiction=Illinois&administration=Trump%20(1st%20term)" in h for h in hrefs)
    count = page.inner_text("#count-events")
    illinois = [
        r.id
        for r in server.data.entities.values()
        if r.type == "jurisdiction" and r.label == "Illinois"
    ]
    old = open_app(watched, server, f"?j={illinois[0]}&a=Trump+%281st+term%29")
    assert old.inner_text("#count-events") == count  # an old id link still works
    page = open_app(watched, server, "?jurisdiction=Atlantis&administration=Biden")
    notice = page.inner_text("#link-notice")
    assert "Atlantis" in notice and "not applied" in notice
    assert page.is_visible("#link-notice .gx-notice")
    assert page.inner_text("#filter-administration").strip() == "Biden"
    assert watched.problems() == []


INTERNAL_ID = (
    r"\b(?:per|age|org|jur|med|adm|prg|law)_[0-9a-f]{8,}\b|\bv:[0-9a-f]{8,}|\bd:[0-9a-f]{8,}"
)
READABLE_JS = """() => {
  const parts = [document.title, location.href, document.body.innerText];
  document.querySelectorAll('svg text').forEach(t => parts.push(t.textContent));
  document.querySelectorAll('[title], [aria-label], [placeholder], a[href]').forEach(e =>
      ['title', 'aria-label', 'placeholder', 'href'].forEach(
          k => parts.push(e.getAttribute(k) || '')));
  const cy = document.getElementById('network')._cyreg.cy;
  cy.nodes().forEach(n => parts.push(n.data('label')));
  return parts.join('\\n');
}"""


def ids_shown(page: Any) -> list[str]:
    import re

    return re.findall(INTERNAL_ID, page.evaluate(READABLE_JS))


def test_tl013_no_internal_id_is_shown_to_people(watched: Watched, server: Server) -> None:
    # issue 17: "Acting ICE Director — age_5e7685c5d1ae", "Mayor — jur_ad59ca095c22".
    page = open_app(watched, server)
    assert ids_shown(page) == []
    for name, role in [
        ("Matthew Albence", "Acting ICE Director — U.S. Immigration and Customs Enforcement"),
        ("Bill de Blasio", "Mayor — New York City"),
        ("Lorella Praeli", "American Civil Liberties Union"),
    ]:
        page = open_app(watched, server, f"?entity={name}")
        assert role in page.inner_text("#details")
        assert ids_shown(page) == []
    page = open_app(watched, server)
    chips = page.locator("#undated-list button").count()
    assert chips > 0
    for i in range(0, chips, 3):
        page.locator("#undated-list button").nth(i).click()
        wait_idle(page)
        assert ids_shown(page) == []
    assert watched.problems() == []


LABELS_JS = "() => document.getElementById('network')._cyreg.cy.nodes().map(n => n.data('label'))"


def test_tl014_filters_match_what_a_reporter_means(watched: Watched, server: Server) -> None:
    # issue 17: Biden showed no Mayorkas (his events have no date of their own), and
    # search ran only on Enter and missed "Núñez" when typed "Nunez".
    page = open_app(watched, server, "?administration=Biden")
    assert "Alejandro Mayorkas" in page.evaluate(LABELS_JS)
    assert int(page.inner_text("#count-events")) < len(server.data.events)
    page = open_app(watched, server)
    page.locator("#filter-search").press_sequentially("nunez", delay=60)
    page.wait_for_function("() => location.search.includes('q=nunez')", timeout=5000)
    wait_idle(page)
    assert "Jeanette Núñez" in page.evaluate(LABELS_JS)
    assert int(page.inner_text("#count-entities")) < len(server.data.entities)
    assert watched.problems() == []


def test_tl015_legend_and_plain_words(watched: Watched, server: Server) -> None:
    # issue 17: no legend for colours, shapes or dashed edges; "legal_action" and
    # "Precision: day" in the timeline and the details.
    page = open_app(watched, server)
    legend = page.inner_text("#network-legend")
    types = page.evaluate(
        "() => document.getElementById('network')._cyreg.cy.nodes().map(n => n.data('type'))"
    )
    assert {"person", "agency", "jurisdiction"} <= set(types)
    assert all(t.replace("_", " ") in legend for t in types)
    assert "shared events" in legend and "part of, within" in legend
    assert page.locator("#network-legend .gx-swatch").count() >= len(set(types))
    ticks = page.eval_on_selector_all("#timeline .ytick text", "ts => ts.map(t => t.textContent)")
    assert "legal action" in ticks and not [t for t in ticks if "_" in t]
    page = open_app(watched, server, "?entity=Matthew%20Albence")
    details = page.inner_text("#details")
    assert "Precision" not in details and "Jan 2020" in details
    page.locator("#details .gx-list button").first.click()  # one of his events
    wait_idle(page)
    details = page.inner_text("#details")
    assert "Precision" not in details, details
    assert "2020-W" not in details and "Jan 2020" in details, details
    assert watched.problems() == []


@pytest.mark.parametrize("size", [(1280, 800), (1600, 1000)])
def test_tl016_network_and_details_in_the_first_view(
    watched: Watched, server: Server, size: tuple[int, int]
) -> None:
    # issue 17: at 1280x800 and 1600x1000 the network and details were below the fold.
    width, height = size
    watched.page.set_viewport_size({"width": width, "height": height})
    page = open_app(watched, server, "?entity=Matthew%20Albence")
    for selector in ("#network", ".gx-details", "#network-legend"):
        box = page.locator(selector).bounding_box()
        assert box["y"] >= 0 and box["y"] + box["height"] <= height, selector
        assert box["x"] >= 0 and box["x"] + box["width"] <= width, selector
    assert page.locator("#network").bounding_box()["height"] >= 300
    assert watched.problems() == []


def test_tl017_one_column_under_1000_px(watched: Watched, server: Server) -> None:
    watched.page.set_viewport_size({"width": 800, "height": 1000})
    page = open_app(watched, server)
    sidebar = page.locator(".gx-sidebar").bounding_box()
    network = page.locator("#network").bounding_box()
    details = page.locator(".gx-details").bounding_box()
    assert sidebar["width"] > 700  # the whole width, not 290 px beside the views
    assert network["y"] > sidebar["y"] + sidebar["height"] - 1
    assert details["y"] > network["y"] + network["height"] - 1
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 800
    assert watched.problems() == []
