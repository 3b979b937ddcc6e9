"""What the explorer's HTTP server lets in and what it sends with every answer (issue 12).

An attack on the served app found: any ``Host`` accepted (DNS rebinding), no
security headers, a 900 KB search string in a callback, type-confused
callback values and ``/_dash-component-suites/`` traversal answered 500
with a 3 KB traceback in the log. Here every request first passes:

- the ``Host`` check: only the bound address (and, on loopback, ``localhost``,
  ``127.0.0.1`` and ``[::1]``) with the bound port, else 400;
- for ``/_dash-update-component``, a check of the body against the
  registered callbacks: the callback exists, its inputs and states are the
  declared components, and every value has the shape and size its control
  can send (``INPUT_SHAPES``), else 400 with one log line;
- any other error: one log line (the traceback only at DEBUG) and a bare 500;

and every answer carries a Content-Security-Policy, ``nosniff`` and
``X-Frame-Options: DENY``.
"""

from __future__ import annotations

import ipaddress
import json
import logging
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import flask
from dash.exceptions import DependencyException
from werkzeug.exceptions import HTTPException

from . import ids

__all__ = [
    "INPUT_SHAPES",
    "MAX_CHOICES",
    "MAX_QUERY",
    "MAX_TEXT",
    "allowed_hosts",
    "callback_problem",
    "content_security_policy",
    "install",
]

log = logging.getLogger(__name__)

MAX_TEXT = 200  # the search box, as the URL's q= already was (issue 7)
MAX_CHOICES = 500  # values of one multi-select: no one picks more by hand
MAX_QUERY = 16_384  # a page URL's query string
_MAX_JSON_NODES = 50_000  # lanes of a by-jurisdiction timeline come back in its meta store
_MAX_JSON_DEPTH = 8
_MAX_JSON_TEXT = 1_000

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
    return v is None or (
        isinstance(v, dict)
        and v.get("kind") in ("entity", "event")
        and isinstance(v.get("id"), str)
        and len(v["id"]) <= _MAX_JSON_TEXT
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
    return v is None or (isinstance(v, dict) and isinstance(v.get("id"), str) and _bounded_json(v))


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
    (ids.TL_RANGE, "data"): _period,
    (ids.TL_META, "data"): _meta,
    (ids.SELECTION, "data"): _selection,
    (ids.NETWORK_NOTE, "children"): _bounded_json,
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
                and all(isinstance(v, str) and len(v) <= MAX_TEXT for v in sent.values())
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


def _is_wildcard(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_unspecified
    except ValueError:
        return False


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return host == "localhost"


def allowed_hosts(host: str, port: int) -> frozenset[str] | None:
    """The ``Host`` header values the server answers (None: any, when bound to all addresses).

    A page on another site can point its own name at 127.0.0.1 (DNS
    rebinding); its requests then carry that name, which is not here.

    >>> sorted(allowed_hosts("127.0.0.1", 8050))
    ['127.0.0.1:8050', '[::1]:8050', 'localhost:8050']
    """
    if _is_wildcard(host):
        return None
    names = {host.lower()}
    if _is_loopback(host):
        names |= {"127.0.0.1", "localhost", "[::1]"}
    names = {f"[{n}]" if ":" in n and not n.startswith("[") else n for n in names}
    hosts = {f"{n}:{port}" for n in names}
    if port == 80:
        hosts |= names
    return frozenset(hosts)


def content_security_policy(script_hashes: Iterable[str]) -> str:
    """The policy: everything from this origin, the page's inline scripts by hash.

    Dash's renderer starts from one inline script, allowed by its hash; no
    other inline script and no ``eval`` runs (plotly's WebGL traces draw
    without it: ``tests/integration/test_server_browser.py``). plotly and
    Dash's components set inline styles, hence ``'unsafe-inline'`` for
    styles only; images include ``data:`` and ``blob:`` for the PNG exports.

    >>> "frame-ancestors 'none'" in content_security_policy(["'sha256-x'"])
    True
    """
    directives = {
        "default-src": ["'self'"],
        "script-src": ["'self'", *script_hashes],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "worker-src": ["'self'", "blob:"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
    return "; ".join(f"{name} {' '.join(values)}" for name, values in directives.items())


def _reject(status: int, reason: str) -> flask.Response:
    log.info("%s %s refused (%d): %s", flask.request.method, flask.request.path, status, reason)
    return flask.Response(reason + "\n", status=status, mimetype="text/plain")


def install(app: Any, *, host: str, port: int) -> None:
    """Put the checks and headers on a Dash app's Flask server (``create_app`` calls it)."""
    server: flask.Flask = app.server
    hosts = allowed_hosts(host, port)
    headers: dict[str, str] = {}

    @server.before_request
    def _check() -> flask.Response | None:
        sent = (flask.request.headers.get("Host") or "").lower()
        if hosts is not None and sent not in hosts:
            return _reject(400, "unknown Host")
        if flask.request.path.endswith("/_dash-update-component"):
            try:
                body = json.loads(flask.request.get_data(cache=True))
            except (ValueError, RecursionError):
                return _reject(400, "the body is not JSON")
            problem = callback_problem(body, app.callback_map)
            if problem:
                return _reject(400, problem)
        return None

    @server.after_request
    def _headers(response: flask.Response) -> flask.Response:
        if not headers:
            headers.update(
                {
                    "Content-Security-Policy": content_security_policy(app.csp_hashes()),
                    "X-Content-Type-Options": "nosniff",
                    "X-Frame-Options": "DENY",
                    "Referrer-Policy": "same-origin",
                }
            )
        response.headers.update(headers)
        return response

    @server.errorhandler(DependencyException)
    def _not_a_component_file(_e: Exception) -> flask.Response:
        return _reject(404, "no such component file")

    @server.errorhandler(Exception)
    def _failed(e: Exception) -> Any:
        if isinstance(e, HTTPException):
            return e
        log.error(
            "%s %s failed: %s: %s",
            flask.request.method,
            flask.request.path,
            type(e).__name__,
            str(e)[:200],
        )
        log.debug("traceback", exc_info=e)
        return flask.Response("internal error\n", status=500, mimetype="text/plain")
