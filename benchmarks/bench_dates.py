"""Throughput of the time-expression stage (characters per second).

Run: .venv/bin/python -m pytest benchmarks/bench_dates.py --benchmark-only
(kept out of the unit tests: timings on a shared 2-core machine are noise).
"""

from __future__ import annotations

from typing import Any

from graphx.extract.timex.normalise import find_time_expressions

TEXT = (
    "Officials said Friday that 2,000 people were detained last week in Cook County, "
    "and the program, started in fiscal year 2018, ends next month. "
) * 200


def test_bench_dates_find_time_expressions(benchmark: Any) -> None:
    found = benchmark(find_time_expressions, TEXT, dct="2020-01-20")
    assert found  # the benchmark measured real work
    benchmark.extra_info["chars"] = len(TEXT)
