"""A bounded load test of the explorer in production mode, on loopback only (issue 7).

Usage::

    python benchmarks/loadtest.py [--graph DIR] [--clients 20] [--seconds 60]
        [--articles 10000] [--out benchmarks/results/loadtest.json]

Starts the real server (``app.py --graph DIR``, waitress on 127.0.0.1, a
free port; the corpus path given does not exist, so the existing graph is
served as is) on ``DIR/graph.graphml`` (generated with
``make_large_graph.py`` when missing). Then ``--clients`` threads, each with
its own keep-alive connection, repeatedly change filters for ``--seconds``
seconds: every change POSTs to ``/_dash-update-component`` the requests a
browser sends for it (the URL sync, the timeline and the network
callbacks), with bodies built from the app's own callback map
(``/_dash-dependencies``) and filter values taken from the served graph.
Counts responses by status, records latency p50/p95/max, and samples the
server's resident memory every second (psutil) to report start, peak, end
and the slope over the run. Stops by itself, stops the server, writes JSON
results and prints a summary; exits 1 when any request failed (non-200,
error or timeout). Nothing binds anything but 127.0.0.1.
"""

from __future__ import annotations

import argparse
import http.client
import json
import logging
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from typing import IO, Any

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_large_graph import write_large_graph  # noqa: E402

from graphx.build.export import read_graph  # noqa: E402
from graphx.contract import as_list  # noqa: E402
from graphx.ui import ids  # noqa: E402

__all__ = ["build_requests", "filter_choices", "main", "run_load"]

log = logging.getLogger(__name__)

HOST = "127.0.0.1"
ROOT = Path(__file__).resolve().parent.parent
RESULTS = Path(__file__).resolve().parent / "results"
FILTER_PROPS = (
    (ids.SEARCH, "value"),
    (ids.JURISDICTION, "value"),
    (ids.ADMINISTRATION, "value"),
    (ids.ENTITY_TYPES, "value"),
    (ids.EVENT_TYPES, "value"),
    (ids.DATES, "start_date"),
    (ids.DATES, "end_date"),
)
# The callbacks a filter change fires, named by one of their outputs.
FIRED_BY_FILTERS = (f"{ids.URL}.search", f"{ids.TIMELINE}.figure", f"{ids.CYTO}.elements")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def _outputs(spec: str) -> list[dict[str, str]]:
    """Dash's output string ("..a.b...c.d.." or "a.b") as the renderer's output list."""
    parts = spec[2:-2].split("...") if spec.startswith("..") else [spec]
    out = []
    for part in parts:
        cid, prop = part.rsplit(".", 1)
        out.append({"id": cid, "property": prop})
    return out


def filter_choices(graph: Path) -> dict[str, list[Any]]:
    """Values a user could pick in each filter, read from the served graph."""
    G = read_graph(graph)
    by_level: dict[str, list[str]] = {"state": [], "county": [], "city": []}
    admins: Counter[str] = Counter()
    types: set[str] = set()
    for node, attrs in G.nodes(data=True):
        if attrs.get("type") == "jurisdiction" and attrs.get("level") in by_level:
            by_level[attrs["level"]].append(node)
        elif attrs.get("type") == "event":
            types.add(str(attrs.get("event_type") or "other"))
            admins.update(as_list(attrs.get("administration")))  # read_graph gives lists
    return {
        "jurisdictions": by_level["state"][:20] + by_level["county"][:40] + by_level["city"][:40],
        "administrations": sorted(admins),
        "event_types": sorted(types),
        "entity_types": ["person", "agency", "organization", "media", "jurisdiction"],
        "text": ["a", "ag", "agency", "person 1", "county", "zzz"],
        "years": sorted(
            {
                int(str(a.get("date_start"))[:4])
                for _, a in G.nodes(data=True)
                if a.get("type") == "event" and a.get("date_start")
            }
        ),
    }


def random_filters(rng: random.Random, choices: dict[str, list[Any]]) -> list[Any]:
    """One random filter state, as the seven filter control values (empty most of the time)."""
    values: list[Any] = ["", [], [], [], [], None, None]
    for _ in range(rng.randint(1, 2)):
        which = rng.randrange(6)
        if which == 0:
            values[0] = rng.choice(choices["text"])
        elif which in (1, 2, 3, 4):
            key = ("jurisdictions", "administrations", "entity_types", "event_types")[which - 1]
            values[which] = rng.sample(choices[key], min(len(choices[key]), rng.randint(1, 2)))
        elif choices["years"]:
            year = rng.choice(choices["years"])
            values[5], values[6] = f"{year}-01-01", f"{year + rng.randint(0, 2)}-12-31"
    return values


def build_requests(
    dependencies: list[dict[str, Any]], filters: list[Any], changed: tuple[str, str]
) -> list[tuple[str, bytes]]:
    """The update-component bodies a browser sends for one filter change, by callback."""
    values = {f"{cid}.{prop}": v for (cid, prop), v in zip(FILTER_PROPS, filters, strict=True)}
    defaults = {
        f"{ids.GROUP_BY}.value": "event_type",
        f"{ids.SIZE_BY}.value": "degree",
        f"{ids.LAYOUT}.value": "auto",
        f"{ids.URL}.search": "",
    }
    bodies = []
    for dep in dependencies:
        outputs = _outputs(dep["output"])
        names = {f"{o['id']}.{o['property']}" for o in outputs}
        name = next((o for o in FIRED_BY_FILTERS if o in names), None)
        if not name:
            continue

        def fill(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
            out = []
            for item in items:
                key = f"{item['id']}.{item['property']}"
                out.append({**item, "value": values.get(key, defaults.get(key))})
            return out

        body = {
            "output": dep["output"],
            "outputs": outputs if dep["output"].startswith("..") else outputs[0],
            "inputs": fill(dep["inputs"]),
            "changedPropIds": [f"{changed[0]}.{changed[1]}"],
            "state": fill(dep.get("state", [])),
        }
        bodies.append((name, json.dumps(body).encode("utf-8")))
    return bodies


class Stats:
    """Shared counters of the client threads."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.status: Counter[str] = Counter()
        self.latency: dict[str, list[float]] = {}
        self.failures: list[str] = []
        self.failed = 0
        self.changes = 0

    def record(self, name: str, status: str, ms: float, problem: str = "") -> None:
        with self.lock:
            self.status[status] += 1
            self.latency.setdefault(name, []).append(ms)
            if problem:
                self.failed += 1
                if len(self.failures) < 50:
                    self.failures.append(problem)


def _client(
    port: int,
    deps: list[dict[str, Any]],
    choices: dict[str, list[Any]],
    stop_at: float,
    seed: int,
    stats: Stats,
) -> None:
    rng = random.Random(seed)
    conn = http.client.HTTPConnection(HOST, port, timeout=120)
    while time.monotonic() < stop_at:
        filters = random_filters(rng, choices)
        changed = FILTER_PROPS[rng.randrange(len(FILTER_PROPS))]
        for name, body in build_requests(deps, filters, changed):
            t0 = time.perf_counter()
            try:
                conn.request(
                    "POST",
                    "/_dash-update-component",
                    body=body,
                    headers={"Content-Type": "application/json", "Accept": "application/json"},
                )
                response = conn.getresponse()
                payload = response.read()
                ms = (time.perf_counter() - t0) * 1000
                # 204: every output of the callback was no_update (the URL already matched).
                ok = response.status == 204 or (response.status == 200 and payload.startswith(b"{"))
                stats.record(
                    name,
                    str(response.status),
                    ms,
                    "" if ok else f"{name}: HTTP {response.status} {payload[:200]!r}",
                )
            except (OSError, http.client.HTTPException) as e:
                stats.record(name, type(e).__name__, (time.perf_counter() - t0) * 1000, repr(e))
                conn.close()
                conn = http.client.HTTPConnection(HOST, port, timeout=120)
        with stats.lock:
            stats.changes += 1
    conn.close()


def _wait_ready(port: int, proc: subprocess.Popen[bytes], timeout: float = 300) -> float:
    t0 = time.monotonic()
    while time.monotonic() - t0 < timeout:
        if proc.poll() is not None:
            raise RuntimeError(f"app.py exited with {proc.returncode}")
        try:
            conn = http.client.HTTPConnection(HOST, port, timeout=5)
            conn.request("GET", "/_dash-dependencies")
            if conn.getresponse().status == 200:
                return time.monotonic() - t0
        except OSError:
            time.sleep(0.5)
    raise TimeoutError("the app did not start")


def _slope_mb_per_min(samples: list[tuple[float, float]]) -> float:
    if len(samples) < 2:
        return 0.0
    xs, ys = [s[0] for s in samples], [s[1] for s in samples]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    var = sum((x - mx) ** 2 for x in xs)
    return 60 * sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / var if var else 0.0


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))] if values else 0.0


def start_app(graph_dir: Path, port: int, output: IO[bytes] | int) -> subprocess.Popen[bytes]:
    """app.py serving the graph in ``graph_dir`` on HOST:port (its output to ``output``)."""
    return subprocess.Popen(
        [
            sys.executable,
            str(ROOT / "app.py"),
            "--graph",
            str(graph_dir),
            "--corpus",
            str(graph_dir / "no-corpus"),  # absent: serve the graph that is there
            "--host",
            HOST,
            "--port",
            str(port),
        ],
        cwd=ROOT,
        stdout=output,
        stderr=subprocess.STDOUT,
    )


def run_load(graph_dir: Path, clients: int, seconds: float, *, seed: int = 1) -> dict[str, Any]:
    """Serve ``graph_dir`` with app.py, load it, stop it; the measurements as a dict."""
    port = _free_port()
    logfile = (graph_dir / "loadtest-app.log").open("wb")
    proc = start_app(graph_dir, port, logfile)
    try:
        startup = _wait_ready(port, proc)
        conn = http.client.HTTPConnection(HOST, port, timeout=30)
        conn.request("GET", "/_dash-dependencies")
        deps = json.loads(conn.getresponse().read())
        conn.close()
        choices = filter_choices(graph_dir / "graph.graphml")
        server = psutil.Process(proc.pid)
        stats = Stats()
        memory: list[tuple[float, float]] = []
        t0 = time.monotonic()
        stop_at = t0 + seconds
        threads = [
            threading.Thread(
                target=_client, args=(port, deps, choices, stop_at, seed + i, stats), daemon=True
            )
            for i in range(clients)
        ]
        for t in threads:
            t.start()
        while any(t.is_alive() for t in threads):
            memory.append((time.monotonic() - t0, server.memory_info().rss / 2**20))
            time.sleep(1.0)
        elapsed = time.monotonic() - t0
        memory.append((elapsed, server.memory_info().rss / 2**20))
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
        logfile.close()
    all_ms = [ms for rows in stats.latency.values() for ms in rows]
    requests = sum(stats.status.values())
    half = [s for s in memory if s[0] >= seconds / 2]
    return {
        "host": HOST,
        "clients": clients,
        "seconds": seconds,
        "elapsed_s": round(elapsed, 1),
        "server_startup_s": round(startup, 1),
        "filter_changes": stats.changes,
        "requests": requests,
        "requests_per_s": round(requests / elapsed, 2),
        "status": dict(stats.status),
        "failed": stats.failed,
        "failures": stats.failures,
        "latency_ms": {
            "all": {
                "p50": round(_pct(all_ms, 0.5), 1),
                "p95": round(_pct(all_ms, 0.95), 1),
                "max": round(max(all_ms, default=0.0), 1),
            },
            **{
                name: {
                    "n": len(rows),
                    "p50": round(_pct(rows, 0.5), 1),
                    "p95": round(_pct(rows, 0.95), 1),
                    "max": round(max(rows), 1),
                }
                for name, rows in sorted(stats.latency.items())
            },
        },
        "rss_mb": {
            "start": round(memory[0][1], 1),
            "peak": round(max(m for _, m in memory), 1),
            "end": round(memory[-1][1], 1),
            "slope_mb_per_min": round(_slope_mb_per_min(memory), 2),
            "slope_second_half_mb_per_min": round(_slope_mb_per_min(half), 2),
            "samples": [[round(t, 1), round(m, 1)] for t, m in memory],
        },
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graph", default="/tmp/graphx-10k", help="dir holding graph.graphml")
    parser.add_argument("--articles", type=int, default=10_000, help="when generating")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", default=str(RESULTS / "loadtest.json"))
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    graph_dir = Path(args.graph)
    if not (graph_dir / "graph.graphml").is_file():
        write_large_graph(graph_dir, args.articles, seed=7)
    result = run_load(graph_dir, args.clients, args.seconds, seed=args.seed)
    result["graph"] = str(graph_dir / "graph.graphml")
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    lat, mem = result["latency_ms"], result["rss_mb"]
    print(
        f"{result['clients']} clients x {result['elapsed_s']} s on http://{HOST}: "
        f"{result['filter_changes']} filter changes, {result['requests']} requests "
        f"({result['requests_per_s']}/s), status {result['status']}, failed {result['failed']}"
    )
    for name, row in lat.items():
        print(
            f"  latency {name:16s} p50 {row['p50']:8.1f} ms  p95 {row['p95']:8.1f} ms"
            f"  max {row['max']:8.1f} ms"
        )
    print(
        f"  server RSS MB: start {mem['start']}, peak {mem['peak']}, end {mem['end']}, slope "
        f"{mem['slope_mb_per_min']} MB/min (second half {mem['slope_second_half_mb_per_min']})"
    )
    for problem in result["failures"][:5]:
        print("  failure:", problem)
    print("->", args.out)
    return 1 if result["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
