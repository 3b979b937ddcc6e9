"""Which callback requests may run: the declared callback, with values of bounded shape (issue 12).

The explorer's callbacks take what the browser sends. An attack found a
900 KB search string (0.9 s and 12 MB of ``re`` cache per request) and
type-confused values answered with a 500 and a traceback. ``guard`` runs
``callback_problem`` on every ``/_dash-update-component`` body before
Dash does: the callback must exist, its outputs, inputs and states must be
the declared ones, ``changedPropIds`` must name its inputs, and each value
must have the shape its control sends (``INPUT_SHAPES``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from graphx.ui import ids

__all__ = ["INPUT_SHAPES", "MAX_CHOICES", "MAX_QUERY", "MAX_TEXT", "callback_problem"]

MAX_TEXT = 200  # the search box, as the URL's q= already was (issue 7)
MAX_CHOICES = 500  # values of one multi-select: no one picks more by hand
MAX_QUERY = 16_384  # a page URL's query string
_MAX_JSON_NODES = 50_000  # lanes of a by-jurisdiction timeline come back in its meta store
_MAX_JSON_DEPTH = 8
_MAX_JSON_TEXT = 100_000  # one text in plotly's or Cytoscape's event data (article text)
_MAX_ID = 1_000  # a node id sent back: the graph's, so not bounded at MAX_TEXT

Check = Callable[[Any], bool]


def _text(limit: int) -> Check:
    return lambda v: v is None or (isinstance(v, str) and len(v) <= limit)


def _choices(v: Any) -> bool:
    values = [v] if isinstance(v, str) else v
    return v is None or (
        isinstance(values, list)
        and len(values) <= MAX_CHOICES
        and all(isinstance(x, str) and len(x) <= MAX_TEXT for x in values)
    )


def _clicks(v: Any) -> bool:
    return v is None or (type(v) is int and 0 <= v < 2**31)


def _bounded_json(v: Any) -> bool:
    """A JSON value of bounded depth, node count and string length (the callbacks check types)."""
    budget = [_MAX_JSON_NODES]

    def walk(x: Any, depth: int) -> bool:
        budget[0] -= 1
        if budget[0] < 0 or depth > _MAX_JSON_DEPTH:
            return False
        if isinstance(x, str):
            return len(x) <= _MAX_JSON_TEXT
        if isinstance(x, list):
            return all(walk(y, depth + 1) for y in x)
        if isinstance(x, dict):
            return all(len(k) <= _MAX_JSON_TEXT and walk(y, depth + 1) for k, y in x.items())
        return x is None or isinstance(x, bool | int | float)

    return walk(v, 0)


def _period(v: Any) -> bool:
    return v is None or (
        isinstance(v, list) and len(v) == 2 and all(isinstance(x, str) and len(x) <= 40 for x in v)
    )


def _selection(v: Any) -> bool:
    """The selection store: None (page load), {} (cleared) or what was clicked."""
    return (
        v is None
        or v == {}
        or (
            isinstance(v, dict)
            and v.get("kind") in ("entity", "event", "edge")
            and isinstance(v.get("id"), str)
            and len(v["id"]) <= 2 * _MAX_ID + 1
        )
    )


def _meta(v: Any) -> bool:
    """The timeline meta store, as ``update_timeline`` writes it."""
    return v is None or (
        isinstance(v, dict)
        and _bounded_json(v)
        and type(v.get("n")) is int
        and isinstance(v.get("lanes"), list)
        and all(isinstance(x, str) for x in v["lanes"])
        and isinstance(v.get("group_by"), str)
        and all(type(v.get(k, False)) is bool for k in ("webgl", "binned"))
        and _period(v.get("period"))
    )


def _node(v: Any) -> bool:
    return v is None or (
        isinstance(v, dict)
        and isinstance(v.get("id"), str)
        and len(v["id"]) <= _MAX_ID
        and _bounded_json(v)
    )


def _edge(v: Any) -> bool:
    """A tapped edge's data: ``"a|b"`` (shared events) or ``"a>b:relation"``."""
    return v is None or (
        isinstance(v, dict)
        and isinstance(v.get("id"), str)
        and len(v["id"]) <= 2 * _MAX_ID + 40
        and _bounded_json(v)
    )


def _count(v: Any) -> bool:
    return v is None or (type(v) is int and 0 <= v <= 1_000_000)


# What each callback input or state may carry: (component id or pattern type, property).
INPUT_SHAPES: Mapping[tuple[str, str], Check] = {
    (ids.URL, "search"): _text(MAX_QUERY),
    (ids.SEARCH, "value"): _text(MAX_TEXT),
    (ids.JURISDICTION, "value"): _choices,
    (ids.ADMINISTRATION, "value"): _choices,
    (ids.ENTITY_TYPES, "value"): _choices,
    (ids.EVENT_TYPES, "value"): _choices,
    (ids.DATES, "start_date"): _text(32),
    (ids.DATES, "end_date"): _text(32),
    (ids.GROUP_BY, "value"): _text(40),
    (ids.SIZE_BY, "value"): _text(40),
    (ids.LAYOUT, "value"): _text(40),
    (ids.RESET, "n_clicks"): _clicks,
    (ids.EXPORT_PNG, "n_clicks"): _clicks,
    (ids.EVENT_LINK, "n_clicks"): _clicks,
    (ids.ENTITY_LINK, "n_clicks"): _clicks,
    (ids.TIMELINE, "relayoutData"): _bounded_json,
    (ids.TIMELINE, "clickData"): _bounded_json,
    (ids.CYTO, "tapNodeData"): _node,
    (ids.CYTO, "tapEdgeData"): _edge,
    (ids.SHOW_MORE, "n_clicks"): _clicks,
    (ids.NETWORK_LIMIT, "data"): _count,
    (ids.TL_RANGE, "data"): _period,
    (ids.TL_META, "data"): _meta,
    (ids.SELECTION, "data"): _selection,
    (ids.NETWORK_NOTE, "children"): _bounded_json,
    # Review mode (issue 19): the panel's form, its buttons, its pending decisions.
    (ids.REVIEW_ACTION, "value"): _text(40),
    (ids.REVIEW_SEARCH, "value"): _text(MAX_TEXT),
    (ids.REVIEW_OTHER, "value"): _text(_MAX_ID),
    (ids.REVIEW_CHOICES, "value"): _choices,
    (ids.REVIEW_TYPE, "value"): _text(40),
    (ids.REVIEW_REASON, "value"): _text(MAX_TEXT),
    (ids.REVIEW_APPLY, "n_clicks"): _clicks,
    (ids.REVIEW_UNDO, "n_clicks"): _clicks,
    (ids.REVIEW_PENDING, "data"): _bounded_json,
}


def _pattern(declared: str) -> dict[str, Any] | None:
    """The pattern of a declared pattern-matching id (``'{"id":["ALL"],"type":...}'``)."""
    if not declared.startswith("{"):
        return None
    pattern: dict[str, Any] = json.loads(declared)
    return pattern


def _one(item: Any, declared: Mapping[str, str], kind: str) -> str | None:
    """What is wrong with one sent input/state (None when it is what was declared)."""
    pattern = _pattern(declared["id"])
    if pattern is None:
        if not isinstance(item, dict) or item.get("id") != declared["id"]:
            return f"{kind} is not {declared['id']}"
        items, key = [item], declared["id"]
    else:
        if not isinstance(item, list) or len(item) > MAX_CHOICES * 10:
            return f"{kind} for {pattern['type']} is not a list"
        items, key = item, pattern["type"]
        for x in items:
            sent = x.get("id") if isinstance(x, dict) else None
            if not (
                isinstance(sent, dict)
                and sent.get("type") == key
                and set(sent) == set(pattern)
                and all(isinstance(v, str) and len(v) <= _MAX_ID for v in sent.values())
            ):
                return f"{kind} for {key} has a malformed id"
    check = INPUT_SHAPES.get((key, declared["property"]))
    for x in items:
        if x.get("property") != declared["property"]:
            return f"{kind} {key} has the wrong property"
        if check is None or not check(x.get("value")):
            return f"{kind} {key}.{declared['property']} has a value of the wrong type or size"
    return None


def _sent_ids(items: Iterable[Any]) -> set[str]:
    """The prop ids (``id.property``, pattern ids as Dash writes them) of sent inputs."""
    out = set()
    for item in items:
        for x in item if isinstance(item, list) else [item]:
            sent = x["id"]
            key = sent if isinstance(sent, str) else json.dumps(sent, sort_keys=True)
            out.add(f"{key}.{x['property']}")
    return out


def _canonical(prop_id: str) -> str:
    """A changed prop id with a pattern id re-serialised the way ``_sent_ids`` writes it."""
    if not prop_id.startswith("{"):
        return prop_id
    key, _, prop = prop_id.rpartition(".")
    try:
        parsed = json.loads(key)
    except ValueError:
        return ""
    return f"{json.dumps(parsed, sort_keys=True)}.{prop}" if isinstance(parsed, dict) else ""


def _outputs_problem(sent: Any, output: str) -> str | None:
    """What is wrong with the sent outputs of the callback whose id is ``output``.

    Dash writes several outputs as ``..a.x...b.y..`` and sends them as a list.
    """
    multi = output.startswith("..")
    wanted = len(output[2:-2].split("...")) if multi else 1
    outputs = sent if isinstance(sent, list) else [sent]
    if isinstance(sent, list) != multi or len(outputs) != wanted:
        return "outputs do not match the callback"
    for out in outputs:
        if not (
            isinstance(out, dict)
            and isinstance(out.get("property"), str)
            and isinstance(out.get("id"), str | dict)
        ):
            return "malformed output"
    return None


def callback_problem(body: Any, callbacks: Mapping[str, Mapping[str, Any]]) -> str | None:
    """What is wrong with a ``/_dash-update-component`` body (None when it may run).

    ``callbacks`` is the app's ``callback_map``. The message names the part
    that is wrong, never the value sent.

    >>> callback_problem({"output": "nope.data"}, {})
    'no such callback'
    """
    if not isinstance(body, dict) or not isinstance(body.get("output"), str):
        return "the body is not a callback request"
    spec = callbacks.get(body["output"])
    if spec is None:
        return "no such callback"
    problem = _outputs_problem(body.get("outputs"), body["output"])
    if problem:
        return problem
    for kind in ("inputs", "state"):
        sent, declared = body.get(kind, []), spec[kind]
        if not isinstance(sent, list) or len(sent) != len(declared):
            return f"{kind} do not match the callback"
        for item, want in zip(sent, declared, strict=True):
            problem = _one(item, want, kind)
            if problem:
                return problem
    changed = body.get("changedPropIds", [])
    known = _sent_ids(body["inputs"])
    if not isinstance(changed, list) or not all(
        isinstance(c, str) and _canonical(c) in known for c in changed
    ):
        return "changedPropIds name no input of the callback"
    return None
