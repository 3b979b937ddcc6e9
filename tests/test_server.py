"""The served app, attacked over HTTP on 127.0.0.1 (issue 12): each test talks to ``app.py``.

One ``app.py`` per module serves the hand-built graph (``graph_factory``);
requests go through ``http.client`` so headers, bodies and paths are sent
exactly as written. Every test is bounded: small bodies, short timeouts.
"""

from __future__ import annotations

import http.client
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from graph_factory import make_graph
from serving import Running, serve_app

from graphx.export import write_graph


def _write(G: Any, folder: Path) -> Path:
    write_graph(G, folder / "graph.graphml")
    return folder


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Running]:
    folder = _write(make_graph(), tmp_path_factory.mktemp("served"))
    with serve_app(folder, folder / "no-corpus") as running:
        yield running


def request(
    running: Running,
    method: str,
    path: str,
    *,
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
) -> tuple[int, dict[str, str], bytes]:
    """One request; returns status, headers (lower-case names) and body."""
    conn = http.client.HTTPConnection("127.0.0.1", running.port, timeout=30)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        conn.close()


@pytest.mark.parametrize("day", ["9999-06-01", "0001-01-01"])
def test_server_starts_on_a_graph_with_a_date_at_the_calendar_edge(
    tmp_path: Path, day: str
) -> None:
    # issue 12, F4: the timeline padded its range past year 9999 (or before year 1).
    G = make_graph()
    event = G.nodes["v:subpoena"]
    event["date"] = event["date_start"] = event["date_end"] = day
    folder = _write(G, tmp_path)
    with serve_app(folder, folder / "no-corpus", timeout=90) as running:
        status, _headers, body = request(running, "GET", "/_dash-layout")
        assert status == 200 and day.encode() in body
        assert "Traceback" not in running.log_text()


FILTERS = [
    ("filter-search", "value", ""),
    ("filter-jurisdiction", "value", []),
    ("filter-administration", "value", []),
    ("filter-entity-types", "value", []),
    ("filter-event-types", "value", []),
    ("filter-dates", "start_date", None),
    ("filter-dates", "end_date", None),
]
TIMELINE_OUTPUTS = [
    ("timeline", "figure"),
    ("timeline-meta", "data"),
    ("undated-list", "children"),
    ("count-events", "children"),
    ("counts", "children"),
]


def timeline_body(**values: Any) -> dict[str, Any]:
    """A request for the timeline callback as the page sends it; ``values`` replace inputs."""
    inputs = [*FILTERS, ("view-group-by", "value", "event_type"), ("timeline-range", "data", None)]
    sent = [{"id": c, "property": p, "value": values.get(f"{c}.{p}", v)} for c, p, v in inputs]
    return {
        "output": "...".join(f"{c}.{p}" for c, p in TIMELINE_OUTPUTS).join(["..", ".."]),
        "outputs": [{"id": c, "property": p} for c, p in TIMELINE_OUTPUTS],
        "inputs": sent,
        "changedPropIds": ["filter-search.value"],
        "state": [
            {"id": "selection", "property": "data", "value": values.get("selection.data")},
            {"id": "timeline-meta", "property": "data", "value": values.get("timeline-meta.data")},
        ],
    }


def post(running: Running, body: Any, *, raw: bytes | None = None) -> tuple[int, bytes]:
    status, _headers, answer = request(
        running,
        "POST",
        "/_dash-update-component",
        body=raw if raw is not None else json.dumps(body).encode(),
        headers={"Content-Type": "application/json", "Host": f"127.0.0.1:{running.port}"},
    )
    return status, answer


def test_server_answers_a_callback_as_the_page_sends_it(app: Running) -> None:
    status, answer = post(app, timeline_body(**{"filter-search.value": "ICE"}))
    assert status == 200 and b'"count-events"' in answer


@pytest.mark.parametrize(("length", "status"), [(200, 200), (201, 400), (900_000, 400)])
def test_server_bounds_the_search_text(app: Running, length: int, status: int) -> None:
    # issue 12: a 900 KB search cost 0.9 s and 12 MB kept in re's cache, per request.
    assert post(app, timeline_body(**{"filter-search.value": "x" * length}))[0] == status


BAD_BODIES: list[Any] = [
    [],
    "text",
    {"output": "nope.data", "outputs": {"id": "nope", "property": "data"}},
    {k: v for k, v in timeline_body().items() if k != "inputs"},
    {**timeline_body(), "inputs": timeline_body()["inputs"][:3]},
    {**timeline_body(), "outputs": {"id": "timeline", "property": "figure"}},
    {**timeline_body(), "changedPropIds": ["network.elements"]},
    {**timeline_body(), "changedPropIds": ['{"type": 1}.value']},
    timeline_body(**{"filter-search.value": {"$gt": ""}}),
    timeline_body(**{"filter-jurisdiction.value": [1, 2]}),
    timeline_body(**{"filter-jurisdiction.value": ["e:il"] * 10_000}),
    timeline_body(**{"filter-dates.start_date": ["2020-01-01"]}),
    timeline_body(**{"view-group-by.value": 3}),
    timeline_body(**{"timeline-range.data": {"a": 1}}),
    timeline_body(**{"timeline-range.data": ["2020-01-01", 5]}),
    timeline_body(**{"selection.data": "v:raid"}),
    timeline_body(**{"timeline-meta.data": {"n": "3", "lanes": 5}}),
]


@pytest.mark.parametrize("body", BAD_BODIES)
def test_server_answers_malformed_callbacks_400_without_traceback(app: Running, body: Any) -> None:
    # issue 12: type-confused values answered 500 with a 3 KB traceback in the log.
    before = len(app.log_text())
    status, answer = post(app, body)
    assert status == 400 and b"Traceback" not in answer
    assert "Traceback" not in app.log_text()[before:]


@pytest.mark.parametrize(
    "raw", [b"{", b"[" * 100_000 + b"]" * 100_000, b"\xff\xfe", b'{"output": 1e999999}']
)
def test_server_answers_unparseable_callback_bodies_400(app: Running, raw: bytes) -> None:
    before = len(app.log_text())
    assert post(app, None, raw=raw)[0] == 400
    assert "Traceback" not in app.log_text()[before:]


@pytest.mark.parametrize(
    "path",
    [
        "/_dash-component-suites/dash/../../../../etc/passwd",
        "/_dash-component-suites/dash/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/_dash-component-suites/dash/..%2f..%2f..%2fetc%2fpasswd",
        "/_dash-component-suites/os/path.py",
        "/_dash-component-suites/graphx/settings.py",
        "/_dash-component-suites/dash/dash.py",
    ],
)
def test_server_component_suites_refuse_other_files_quietly(app: Running, path: str) -> None:
    before = len(app.log_text())
    status, _headers, body = request(app, "GET", path, headers={"Host": f"127.0.0.1:{app.port}"})
    assert status in (400, 404) and b"root:" not in body
    assert "Traceback" not in app.log_text()[before:]


@pytest.mark.parametrize(
    ("host", "status"),
    [
        ("127.0.0.1:{port}", 200),
        ("localhost:{port}", 200),
        ("[::1]:{port}", 200),
        ("LOCALHOST:{port}", 200),
        ("attacker.example:{port}", 400),
        ("attacker.example", 400),
        ("127.0.0.1:1", 400),
        ("127.0.0.1.attacker.example:{port}", 400),
        ("", 400),
    ],
)
def test_server_checks_the_host_header(app: Running, host: str, status: int) -> None:
    # issue 12: any Host was accepted, so a page whose name resolves to 127.0.0.1
    # (DNS rebinding) could read the explorer.
    sent = request(app, "GET", "/_dash-layout", headers={"Host": host.format(port=app.port)})
    assert sent[0] == status


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/"),
        ("GET", "/_dash-layout"),
        ("GET", "/nope/x.js"),
        ("POST", "/_dash-update-component"),
    ],
)
def test_server_sends_security_headers_on_every_answer(
    app: Running, method: str, path: str
) -> None:
    body = b"{}" if method == "POST" else None
    _status, headers, _body = request(
        app, method, path, body=body, headers={"Host": f"127.0.0.1:{app.port}"}
    )
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"
    policy = headers["content-security-policy"]
    assert "frame-ancestors 'none'" in policy and "default-src 'self'" in policy
    assert "'unsafe-inline'" not in policy.split("script-src", 1)[1].split(";")[0]
