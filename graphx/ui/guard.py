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
  can send (``checks.INPUT_SHAPES``), else 400 with one log line;
- any other error: one log line (the traceback only at DEBUG) and a bare 500;

and every answer carries a Content-Security-Policy, ``nosniff`` and
``X-Frame-Options: DENY``.
"""

from __future__ import annotations

import ipaddress
import json
import logging
from collections.abc import Collection, Iterable
from typing import Any

import flask
from dash.exceptions import DependencyException
from werkzeug.exceptions import HTTPException

from graphx.ui.checks import callback_problem

__all__ = ["allowed_hosts", "content_security_policy", "install", "is_loopback"]

log = logging.getLogger(__name__)


def _is_wildcard(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_unspecified
    except ValueError:
        return False


def is_loopback(host: str) -> bool:
    """Whether a host name or address (IPv6 in brackets or not) is this machine's loopback."""
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
    if is_loopback(host):
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


def _shown(text: str) -> str:
    r"""Client text as it may go into the log: short, one line, control characters escaped.

    >>> _shown("/a\nINFO fake line")
    '/a\\nINFO fake line'
    """
    return text[:120].encode("unicode_escape").decode("ascii")


def _reject(status: int, reason: str) -> flask.Response:
    request = flask.request
    log.info("%s %s refused (%d): %s", _shown(request.method), _shown(request.path), status, reason)
    return flask.Response(reason + "\n", status=status, mimetype="text/plain")


def install(app: Any, *, host: str, port: int) -> None:
    """Put the checks and headers on a Dash app's Flask server (``create_app`` calls it)."""
    server: flask.Flask = app.server
    hosts = allowed_hosts(host, port)
    headers: dict[str, str] = {}

    @server.before_request
    def _check() -> flask.Response | None:
        return _request_problem(app, hosts)

    @server.after_request
    def _headers(response: flask.Response) -> flask.Response:
        if not headers:
            headers.update(_security_headers(app))
        response.headers.update(headers)
        return response

    server.register_error_handler(DependencyException, _not_a_component_file)
    server.register_error_handler(Exception, _failed)


def _request_problem(app: Any, hosts: Collection[str] | None) -> flask.Response | None:
    """A refusal for a request with an unknown Host or a malformed callback (None: it is fine)."""
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


def _security_headers(app: Any) -> dict[str, str]:
    return {
        "Content-Security-Policy": content_security_policy(app.csp_hashes()),
        "X-Content-Type-Options": "nosniff",
        "X-Frame-Options": "DENY",
        "Referrer-Policy": "same-origin",
    }


def _not_a_component_file(_e: Exception) -> flask.Response:
    return _reject(404, "no such component file")


def _failed(e: Exception) -> Any:
    """A bare 500 for an unexpected error, logged (with the request's parts made printable)."""
    if isinstance(e, HTTPException):
        return e
    log.error(
        "%s %s failed: %s: %s",
        _shown(flask.request.method),
        _shown(flask.request.path),
        type(e).__name__,
        _shown(str(e)),
    )
    log.debug("traceback", exc_info=e)
    return flask.Response("internal error\n", status=500, mimetype="text/plain")
