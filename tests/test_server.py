"""The served app, attacked over HTTP on 127.0.0.1 (issue 12): each test talks to ``app.py``.

One ``app.py`` per module serves the hand-built graph (``graph_factory``);
requests go through ``http.client`` so headers, bodies and paths are sent
exactly as written. Every test is bounded: small bodies, short timeouts.
"""

from __future__ import annotations

import http.client
import json
import logging
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from graph_factory import make_graph
from serving import ROOT, Running, serve_app

from graphx.build.export import write_graph
from graphx.ui.listen import OncePerMinute


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
    ("empty-state", "children"),
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


def _start(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """``app.py args`` run to its end (a server that starts instead is stopped: a failure)."""
    try:
        return subprocess.run(
            [sys.executable, str(ROOT / "app.py"), *args],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"app.py {' '.join(args)} started serving instead of refusing")


@pytest.mark.parametrize("port", ["99999", "65536", "0", "-1", "http"])
def test_server_app_refuses_an_invalid_port_in_one_line(tmp_path: Path, port: str) -> None:
    # issue 12: --port 99999 served on 34463 without a word.
    folder = _write(make_graph(), tmp_path)
    done = _start("--graph", str(folder), "--corpus", str(folder / "none"), "--port", port)
    assert done.returncode == 2 and done.stdout == ""
    assert len(done.stderr.strip().splitlines()) == 1 and port in done.stderr


def test_server_app_says_in_one_line_that_the_port_is_taken(tmp_path: Path) -> None:
    # issue 11 point 6: `make run` with the port taken ended in a traceback.
    folder = _write(make_graph(), tmp_path)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        done = _start("--graph", str(folder), "--corpus", str(folder / "none"), "--port", port)
    lines = done.stderr.strip().splitlines()
    assert done.returncode == 2 and len(lines) == 1, done.stderr
    assert f"port {port}" in lines[0] and "in use" in lines[0] and "make run PORT=" in lines[0]


def test_server_keeps_accepting_with_100_half_open_connections(app: Running) -> None:
    # issue 12: 100 connections that never finish a request stopped the server
    # accepting for 120 s (waitress's default connection_limit is 100).
    idle = []
    try:
        for _ in range(110):
            s = socket.create_connection(("127.0.0.1", app.port), timeout=5)
            s.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")  # never ends the headers
            idle.append(s)
        started = time.monotonic()
        conn = http.client.HTTPConnection("127.0.0.1", app.port, timeout=10)
        conn.request("GET", "/_dash-layout", headers={"Host": f"127.0.0.1:{app.port}"})
        assert conn.getresponse().status == 200 and time.monotonic() - started < 10
        conn.close()
    finally:
        for s in idle:
            s.close()


def test_server_closes_a_half_open_connection_within_30_seconds(app: Running) -> None:
    # issue 12: waitress kept idle connections 120 s (checked every 30 s).
    with socket.create_connection(("127.0.0.1", app.port), timeout=40) as s:
        s.sendall(b"GET / HTTP/1.1\r\n")
        started = time.monotonic()
        assert s.recv(1024) == b""  # closed by the server, no answer
        assert time.monotonic() - started < 30


def test_server_logs_queue_depth_at_most_once_a_minute(app: Running) -> None:
    # issue 12: waitress warned "Task queue depth" for every waiting request
    # (4,945 lines a minute under load).
    before = len(app.log_text())
    body = json.dumps(timeline_body()).encode()

    def one(_: int) -> int:
        return post(app, None, raw=body)[0]

    with ThreadPoolExecutor(max_workers=48) as pool:
        statuses = list(pool.map(one, range(96)))
    assert statuses == [200] * 96
    assert app.log_text()[before:].count("Task queue depth") <= 1


def test_server_queue_warning_filter_lets_one_a_minute_through() -> None:
    now = [0.0]
    limit = OncePerMinute(every=60, clock=lambda: now[0])

    def record() -> logging.LogRecord:
        return logging.LogRecord("waitress.queue", logging.WARNING, "", 0, "depth", (), None)

    passed = []
    for t in (0, 1, 30, 59.9, 60, 61, 200):
        now[0] = t
        r = record()
        if limit.filter(r):
            passed.append((t, r.getMessage()))
    assert passed == [
        (0, "depth"),
        (60, "depth (3 more in the last minute)"),
        (200, "depth (1 more in the last minute)"),
    ]


@pytest.fixture(scope="module")
def big_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Running]:
    """app.py on a generated 2,000-article graph (8,000 events)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from make_large_graph import write_large_graph

    folder = tmp_path_factory.mktemp("served-2k")
    write_large_graph(folder, 2000, seed=3)
    with serve_app(folder, folder / "no-corpus") as running:
        yield running


def _peak_rss_mb(pid: int) -> float:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(status.split("VmHWM:")[1].split()[0]) / 1024


def _get(running: Running, path: str) -> tuple[int, dict[str, str], bytes]:
    return request(running, "GET", path, headers={"Host": f"127.0.0.1:{running.port}"})


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc")
def test_server_exports_stream_files_written_once_without_memory_per_request(
    big_app: Running,
) -> None:
    # issue 12: an export was a callback answering the whole file in JSON; four at once
    # on the 10,000-article graph took the server from 1.4 to 2.65 GB.
    base = _peak_rss_mb(big_app.proc.pid)
    status, headers, whole = _get(big_app, "/_graphx/export/graphml")
    assert status == 200 and whole.startswith(b"<?xml") and whole.endswith(b"</graphml>\n")
    assert "attachment" in headers["content-disposition"]
    one = _peak_rss_mb(big_app.proc.pid) - base
    queries = ["?vt=enforcement", "?vt=policy", "?a=Obama", "?a=Biden"]
    with ThreadPoolExecutor(max_workers=4) as pool:
        answers = list(pool.map(lambda q: _get(big_app, "/_graphx/export/graphml" + q), queries))
    assert [a[0] for a in answers] == [200] * 4
    # Written one after the other: four exports need no more memory than one did.
    four = _peak_rss_mb(big_app.proc.pid) - base
    print(
        f"peak RSS {base:.0f} MB; +{one:.0f} MB for one export of {len(whole) / 2**20:.1f} MB, "
        f"+{four:.0f} MB after four more at once"
    )
    assert four < one + 50 and all(len(a[2]) > 100_000 for a in answers)
    with ThreadPoolExecutor(max_workers=4) as pool:
        again = list(
            pool.map(
                lambda _: _get(big_app, "/_graphx/export/graphml?a=Trump+%281st+term%29"), range(4)
            )
        )
    assert len({a[2] for a in again}) == 1 and again[0][0] == 200
    assert big_app.log_text().count("export written: graphml") == 6  # 1 + 4 + 1, not 9


def test_server_log_shows_client_text_on_one_line(app: Running) -> None:
    before = len(app.log_text())
    status, _headers, _body = request(
        app, "GET", "/x%0aERROR%20forged%20line", headers={"Host": "attacker.example"}
    )
    logged = app.log_text()[before:]
    assert status == 400 and "refused (400): unknown Host" in logged
    assert "\nERROR forged line" not in logged


def selection_body(link_id: Any, *, changed: str | None = None) -> dict[str, Any]:
    """A click on an event button in a list, as the page sends it (a pattern-matching input)."""
    button = {"id": link_id, "property": "n_clicks", "value": 1}
    return {
        "output": "selection.data",
        "outputs": {"id": "selection", "property": "data"},
        "inputs": [
            {"id": "network", "property": "tapNodeData", "value": None},
            {"id": "timeline", "property": "clickData", "value": None},
            [button],
            [],
            {"id": "filter-reset", "property": "n_clicks", "value": None},
            {"id": "network", "property": "tapEdgeData", "value": None},
        ],
        "changedPropIds": [changed or '{"id":"v:raid","type":"event-link"}.n_clicks'],
        "state": [],
    }


@pytest.mark.parametrize(
    ("link_id", "changed", "status"),
    [
        ({"id": "v:raid", "type": "event-link"}, None, 200),
        ({"id": 5, "type": "event-link"}, None, 400),
        ({"id": "v:raid", "type": "event-link", "x": "y"}, None, 400),
        ({"id": "v:raid", "type": "entity-link"}, None, 400),
        ("event-link", None, 400),
        (
            {"id": "v:raid", "type": "event-link"},
            '{"id":"v:other","type":"event-link"}.n_clicks',
            400,
        ),
    ],
)
def test_server_checks_pattern_matching_inputs(
    app: Running, link_id: Any, changed: str | None, status: int
) -> None:
    sent, answer = post(app, selection_body(link_id, changed=changed))
    assert sent == status
    if status == 200:
        assert json.loads(answer)["response"]["selection"]["data"] == {
            "kind": "event",
            "id": "v:raid",
        }
