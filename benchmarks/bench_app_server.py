"""Server-side timing of the explorer on a 10,000-article graph (issue 6).

Usage::

    python benchmarks/bench_app_server.py [--graph DIR] [--articles 10000] [--seed 7]
        [--out benchmarks/results/bench_app_server.json] [--profile] [--browser]

Loads ``DIR/graph.graphml`` (generated with ``make_large_graph.py`` first when
missing), times ``read_graph`` and ``ExplorerData.from_graph`` once, registers
the app the way ``graphx.ui.server.prepare`` does (indexes frozen out of the
cyclic collector, ``create_app``), then replays a scripted series of filter
changes built from the data (event types, administrations, states and
counties, entity types, date ranges, searches, lane and size choices, a
zoomed period, clicks), calling the real callbacks of ``graphx.ui.callbacks``
directly, as Dash would for each change. Every response is encoded with
plotly's JSON encoder, as Dash does before sending it; the time reported per
callback includes that encoding. Reports p50/p95/max per callback in ms, the
response sizes next to the size of the whole graph as JSON, and whether the
300 ms p95 target holds. ``--profile`` adds the top functions by cumulative
time over the series. ``--browser`` also serves the graph with ``app.py``
(waitress, loopback) and times, in headless Chromium (/usr/bin/chromium),
navigation until both views are drawn (timeline points and network nodes
present, no callback pending), twice (cold cache, then warm), with each
request's timing and size, against the 3 s target. Exits 1 when a target
fails.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import json
import logging
import pstats
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx
import plotly.utils
from dash import no_update
from dash._callback_context import context_value
from dash._utils import AttributeDict

sys.path.insert(0, str(Path(__file__).resolve().parent))

from loadtest import _pct  # noqa: E402
from make_large_graph import write_large_graph  # noqa: E402

from graphx.build.export import read_graph  # noqa: E402
from graphx.explore.data import ExplorerData  # noqa: E402
from graphx.ui import callbacks, ids  # noqa: E402
from graphx.ui.server import create_app  # noqa: E402

__all__ = ["Step", "main", "replay", "script"]

log = logging.getLogger(__name__)

TARGET_MS = 300.0
TARGET_USABLE_S = 3.0
CHROMIUM = "/usr/bin/chromium"
USABLE_JS = """() => {
  const gd = document.querySelector('#timeline .js-plotly-plot');
  const cy = document.getElementById('network');
  const points = gd && gd._fullData ? gd._fullData.reduce(
      (n, t) => n + Array.from(t.x || []).filter(v => v !== null).length, 0) : 0;
  const nodes = cy && cy._cyreg && cy._cyreg.cy ? cy._cyreg.cy.nodes().length : 0;
  return !document.querySelector('[data-dash-is-loading="true"]') && points > 0 && nodes > 0;
}"""
RESULTS = Path(__file__).resolve().parent / "results"
NO_FILTERS: dict[str, Any] = {
    "text": "",
    "jurisdictions": [],
    "administrations": [],
    "entity_types": [],
    "event_types": [],
    "date_from": None,
    "date_to": None,
}
_FILTER_KEYS = tuple(NO_FILTERS)

Step = dict[str, Any]


def script(data: ExplorerData, n: int = 60) -> list[Step]:
    """A series of at least ``n`` UI states, each one change from the one before.

    Values come from the data (the busiest event types, administrations,
    states and counties), so the series exercises big and small subsets.
    """
    states = sorted(
        (j for j, r in data.entities.items() if r.level == "state"),
        key=lambda j: -len(data.descendants.get(j, ())),
    )
    counties = sorted(
        (j for j, r in data.entities.items() if r.level == "county"),
        key=lambda j: -len(data.place_events.get(j, ())),
    )
    admins = sorted(data.admin_events, key=lambda a: -len(data.admin_events[a]))
    types = sorted(data.by_type, key=lambda t: -len(data.by_type[t]))
    busiest = sorted(data.entity_events, key=lambda e: -len(data.entity_events[e]))
    lo, hi = data.date_bounds()
    years = list(range(int(lo[:4]), int(hi[:4]) + 1)) if lo else [2020]
    changes: list[dict[str, Any]] = [
        {"event_types": types[:1]},
        {"event_types": types[:2]},
        {"event_types": types[:3]},
        {"administrations": admins[:1]},
        {"event_types": []},
        {"administrations": admins[1:2]},
        {"administrations": admins[:2]},
        {"administrations": []},
        {"jurisdictions": states[:1]},
        {"jurisdictions": states[:2]},
        {"jurisdictions": counties[:1]},
        {"jurisdictions": []},
        {"entity_types": ["person"]},
        {"entity_types": ["agency", "person"]},
        {"entity_types": ["jurisdiction"]},
        {"entity_types": []},
        {"date_from": f"{years[len(years) // 2]}-01-01"},
        {"date_to": f"{years[len(years) // 2] + 1}-12-31"},
        {"date_from": None, "date_to": None},
        {"text": "a"},
        {"text": "agen"},
        {"text": "agency 1"},
        {"text": ""},
        {"group_by": "agency"},
        {"group_by": "jurisdiction"},
        {"group_by": "event_type"},
        {"size_by": "centrality"},
        {"size_by": "degree"},
        {"layout": "concentric"},
        {"layout": "auto"},
        {"period": [f"{years[-3]}-01-01", f"{years[-1]}-12-31"]},
        {"period": [f"{years[-1]}-01-01", f"{years[-1]}-03-31"]},
        {"period": None},
        {"select": ("entity", busiest[0])},
        {"select": ("event", next(iter(data.events)))},
        {"select": None},
    ]
    for i in range(0, max(0, n - len(changes)), 5):  # year windows x event types x states
        y = years[(i // 5) % len(years)]
        changes += [
            {"date_from": f"{y}-01-01", "date_to": f"{y}-12-31"},
            {"event_types": types[(i // 5) % len(types) : (i // 5) % len(types) + 1]},
            {"jurisdictions": states[(i // 5) % len(states) : (i // 5) % len(states) + 1]},
            {"select": ("entity", busiest[(i // 5) % len(busiest)])},
            {"event_types": [], "jurisdictions": [], "date_from": None, "date_to": None},
        ]
    ui: Step = {
        **NO_FILTERS,
        "group_by": "event_type",
        "size_by": "degree",
        "layout": "auto",
        "period": None,
        "select": None,
    }
    steps = []
    for change in changes:
        ui = {**ui, **change, "changed": sorted(change)}
        steps.append(ui)
    return steps


def _encode(value: Any) -> int:
    return len(json.dumps(value, cls=plotly.utils.PlotlyJSONEncoder).encode("utf-8"))


def _call(fn: Callable[..., Any], *args: Any) -> tuple[float, int, Any]:
    t0 = time.perf_counter()
    out = fn(*args)
    size = _encode(out)
    return (time.perf_counter() - t0) * 1000, size, out


def replay(steps: list[Step]) -> dict[str, list[tuple[float, int, str]]]:
    """Call the callbacks each step would fire; (ms, response bytes, change) per callback."""
    timings: dict[str, list[tuple[float, int, str]]] = defaultdict(list)
    meta: dict[str, Any] | None = None
    for step in steps:
        changed = set(step["changed"])
        label = ", ".join(f"{k}={step[k]!r}"[:80] for k in step["changed"])
        filters = [step[k] for k in _FILTER_KEYS]
        selection = {"kind": step["select"][0], "id": step["select"][1]} if step["select"] else None
        if changed & {*_FILTER_KEYS, "group_by", "size_by", "layout"}:
            trigger = next(iter(changed))
            context_value.set(
                AttributeDict(triggered_inputs=[{"prop_id": f"{ids.SEARCH}.{trigger}", "value": 1}])
            )
            ms, size, _ = _call(
                callbacks.sync_url,
                "",
                None,
                None,  # the dragged period (issue 17: it sets the dates)
                None,  # the selection (issue 17: the selected entity is in the URL)
                *filters,
                step["group_by"],
                step["size_by"],
                step["layout"],
            )
            timings["sync_url"].append((ms, size, label))
        if "period" in changed:  # the zoomed range, as the range store reports it
            context_value.set(
                AttributeDict(triggered_inputs=[{"prop_id": f"{ids.TL_RANGE}.data", "value": 1}])
            )
        if changed & {*_FILTER_KEYS, "group_by", "period"}:
            ms, size, out = _call(
                callbacks.update_timeline,
                *filters,
                step["group_by"],
                step["period"],
                selection,
                meta,
            )
            if out[1] is not no_update:
                meta = out[1]
            timings["update_timeline"].append((ms, size, label))
        if changed & {*_FILTER_KEYS, "size_by", "layout", "period"}:
            ms, size, _ = _call(
                callbacks.update_network, *filters, step["size_by"], step["layout"], step["period"]
            )
            timings["update_network"].append((ms, size, label))
        if "select" in changed:
            ms, size, _ = _call(callbacks.show_selection, selection, meta, *filters)
            timings["show_selection"].append((ms, size, label))
    return timings


def _watch(page: Any) -> tuple[list[Any], list[str]]:
    """The page's finished requests and console errors, collected as they come."""
    finished: list[Any] = []
    errors: list[str] = []

    def on_console(message: Any) -> None:
        if message.type == "error":
            errors.append(message.text)

    def on_finished(request: Any) -> None:  # a def: playwright tags handlers with attributes
        finished.append(request)

    page.on("requestfinished", on_finished)
    page.on("console", on_console)
    return finished, errors


def browser_timing(graph_dir: Path, runs: int = 2) -> dict[str, Any]:
    """Seconds from navigation to both views drawn, per run, with every request's timing."""
    import subprocess

    from loadtest import HOST, _free_port, _wait_ready, start_app
    from playwright.sync_api import sync_playwright

    port = _free_port()
    proc = start_app(graph_dir, port, subprocess.DEVNULL)
    result: dict[str, Any] = {"runs": []}
    try:
        result["server_startup_s"] = round(_wait_ready(port, proc), 1)
        with sync_playwright() as p:
            browser = p.chromium.launch(
                executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"], headless=True
            )
            context = browser.new_context(viewport={"width": 1400, "height": 1000})
            for run in range(runs):
                page = context.new_page()
                finished, errors = _watch(page)
                t0 = time.perf_counter()
                page.goto(f"http://{HOST}:{port}/")
                page.wait_for_function(USABLE_JS, timeout=180_000, polling=50)
                usable = time.perf_counter() - t0
                nav = page.evaluate("() => performance.timing.navigationStart")
                dom = page.evaluate(
                    "() => performance.timing.domContentLoadedEventEnd - "
                    "performance.timing.navigationStart"
                )
                requests = []
                for r in finished:
                    timing, name = r.timing, r.url.rsplit("/", 1)[-1].split("?")[0]
                    if "update-component" in r.url:
                        name = "callback " + str((r.post_data_json or {}).get("output", ""))[:60]
                    requests.append(
                        {
                            "name": name,
                            "start_ms": round(timing["startTime"] - nav),
                            "end_ms": round(timing["startTime"] + timing["responseEnd"] - nav),
                            "bytes": r.sizes()["responseBodySize"],
                        }
                    )
                requests.sort(key=lambda q: q["start_ms"])
                result["runs"].append(
                    {
                        "cache": "cold" if run == 0 else "warm",
                        "usable_s": round(usable, 2),
                        "dom_content_loaded_ms": dom,
                        "requests": requests,
                        "console_errors": errors,
                    }
                )
                page.close()
            browser.close()
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    result["target_s"] = TARGET_USABLE_S
    result["target_met"] = all(r["usable_s"] < TARGET_USABLE_S for r in result["runs"])
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graph", default="/tmp/graphx-10k", help="dir holding graph.graphml")
    parser.add_argument("--articles", type=int, default=10_000, help="when generating")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--steps", type=int, default=60)
    parser.add_argument("--out", default=str(RESULTS / "bench_app_server.json"))
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--browser", action="store_true", help="also time the page in Chromium")
    parser.add_argument("--browser-only", action="store_true", help="only the page timing")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    path = Path(args.graph) / "graph.graphml"
    if not path.is_file():
        write_large_graph(args.graph, args.articles, seed=args.seed)
    if args.browser_only:
        timing = browser_timing(Path(args.graph))
        print(json.dumps(timing, indent=1))
        return 0 if timing["target_met"] else 1
    t0 = time.perf_counter()
    G = read_graph(path)
    t1 = time.perf_counter()
    data = ExplorerData.from_graph(G)
    t2 = time.perf_counter()
    gc.collect()
    gc.freeze()  # as graphx.ui.server.prepare does
    t3 = time.perf_counter()
    create_app(data)
    t4 = time.perf_counter()
    steps = script(data, args.steps)
    replay(steps[:3])  # warm-up: imports, lane caches
    profiler = cProfile.Profile() if args.profile else None
    if profiler:
        profiler.enable()
    timings = replay(steps)
    if profiler:
        profiler.disable()
    full_graph = _encode(nx.node_link_data(G, edges="links"))
    report: dict[str, Any] = {
        "graph": str(path),
        "nodes": G.number_of_nodes(),
        "edges": G.number_of_edges(),
        "events": len(data.events),
        "entities": len(data.entities),
        "documents": len(data.documents),
        "read_graph_s": round(t1 - t0, 2),
        "from_graph_s": round(t2 - t1, 2),
        "gc_freeze_s": round(t3 - t2, 2),
        "create_app_s": round(t4 - t3, 2),
        "steps": len(steps),
        "full_graph_json_bytes": full_graph,
        "target_p95_ms": TARGET_MS,
        "callbacks": {},
    }
    ok = True
    for name, rows in sorted(timings.items()):
        ms = [r[0] for r in rows]
        sizes = [r[1] for r in rows]
        p95 = _pct(ms, 0.95)
        ok &= p95 < TARGET_MS
        report["callbacks"][name] = {
            "calls": len(rows),
            "p50_ms": round(statistics.median(ms), 1),
            "p95_ms": round(p95, 1),
            "max_ms": round(max(ms), 1),
            "bytes_median": int(statistics.median(sizes)),
            "bytes_max": max(sizes),
            "max_share_of_full_graph": round(max(sizes) / full_graph, 4),
        }
    report["slowest"] = [
        {"callback": name, "ms": round(ms, 1), "bytes": size, "change": label}
        for name, rows in timings.items()
        for ms, size, label in rows
    ]
    report["slowest"] = sorted(report["slowest"], key=lambda r: -r["ms"])[:10]
    report["target_met"] = ok
    if args.browser:
        del G, data
        gc.unfreeze()
        gc.collect()
        report["browser"] = browser_timing(Path(args.graph))
        ok &= report["browser"]["target_met"]
    if profiler:
        buf = io.StringIO()
        pstats.Stats(profiler, stream=buf).sort_stats("cumulative").print_stats(35)
        report["profile_top"] = buf.getvalue().splitlines()[:70]
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(
        f"{report['nodes']} nodes / {report['edges']} edges; read_graph {report['read_graph_s']} s,"
        f" ExplorerData.from_graph {report['from_graph_s']} s; {len(steps)} filter changes;"
        f" full graph as JSON {full_graph / 1e6:.1f} MB"
    )
    for name, row in report["callbacks"].items():
        print(
            f"  {name:16s} n={row['calls']:3d} p50 {row['p50_ms']:7.1f} ms"
            f"  p95 {row['p95_ms']:7.1f} ms  max {row['max_ms']:7.1f} ms"
            f"  response median {row['bytes_median'] / 1e3:8.1f} kB"
            f"  max {row['bytes_max'] / 1e3:8.1f} kB"
        )
    callbacks_ok = report["target_met"]
    print(
        f"p95 < {TARGET_MS:.0f} ms for every callback: {'yes' if callbacks_ok else 'NO'}"
        f"  -> {args.out}"
    )
    for row in report["slowest"][:6]:
        print(
            f"  slow: {row['callback']} {row['ms']} ms {row['bytes'] / 1e3:.0f} kB {row['change']}"
        )
    for run in report.get("browser", {}).get("runs", []):
        print(
            f"  page usable ({run['cache']} cache): {run['usable_s']} s after navigation"
            f" (target {TARGET_USABLE_S:.0f} s); DOMContentLoaded {run['dom_content_loaded_ms']} ms"
        )
        for q in run["requests"]:
            if q["end_ms"] - q["start_ms"] > 50 or q["bytes"] > 100_000:
                print(
                    f"    {q['start_ms']:6d}-{q['end_ms']:6d} ms {q['bytes'] / 1e3:9.1f} kB "
                    f"{q['name']}"
                )
    if profiler:
        print("\n".join(report["profile_top"]))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
