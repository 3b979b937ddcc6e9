"""Gold event dates of the seeds' ``seeds.json``: which event-node dates a gold date accepts.

Split from :mod:`graphx.eval.goldcheck`, which re-exports
:func:`event_date_matches`.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["event_date_matches"]

_ISO_PREFIX = re.compile(r"\d{4}(-\d\d){0,2}|\d{4}-W\d\d")
_FISCAL = re.compile(r"FY(\d{4})")


def event_date_matches(data: dict[str, Any], gold: dict[str, Any]) -> bool | None:
    """Whether an event node's date is the gold date; None when the gold date is not explicit.

    Explicit gold dates: null or ``undated`` (the event must carry no date), an
    ISO prefix or week, ``FY2019`` (the US federal year), ``date_start`` with
    ``date_end`` or ``A/B`` (that exact interval), ``since X`` (starting in X
    and running past it).

    >>> event_date_matches({"date": "2018", "date_start": "2018-01-01"}, {"date": "2018"})
    True
    >>> event_date_matches({"date": "", "date_start": ""}, {"date": None})
    True
    >>> event_date_matches({"date": "2019-11", "date_start": "2019-11-01",
    ...     "date_end": "2019-11-30"}, {"date": "since 2019-11"})
    False
    """
    start, end = str(data.get("date_start") or ""), str(data.get("date_end") or "")
    value = gold.get("date")
    if gold.get("date_start"):
        return (start, end) == (gold["date_start"], gold.get("date_end"))
    if value in (None, "", "undated"):
        return not start
    value = str(value)
    if "/" in value:
        return (start, end) == tuple(value.split("/", 1))
    if _ISO_PREFIX.fullmatch(value):
        return str(data.get("date") or "") == value
    fiscal = _FISCAL.fullmatch(value)
    if fiscal:
        year = int(fiscal[1])
        return (start, end) == (f"{year - 1}-10-01", f"{year}-09-30")
    if value.startswith("since ") and _ISO_PREFIX.fullmatch(value[6:]):
        # "since November": an open interval, not an event in November.
        return start.startswith(value[6:]) and not end.startswith(value[6:])
    return None
