"""Listen and serve: the port checked before the build, waitress sized for the machine.

``app.py`` calls ``check_port`` (through ``server.prepare``) and ``run``. A
bad or taken port is one line and exit 2 (issues 11 and 12); waitress gets
threads, a connection limit and timeouts from the machine
(``waitress_options``), and its per-request "Task queue depth" warning is
let through once a minute (``OncePerMinute``).
"""

from __future__ import annotations

import errno
import logging
import os
import socket
import time
from collections.abc import Callable
from typing import Any

import dash

from graphx.errors import GraphxError, SettingsError
from graphx.ui.guard import is_loopback

__all__ = ["MAX_REQUEST_BYTES", "OncePerMinute", "check_port", "run", "waitress_options"]

log = logging.getLogger(__name__)

MAX_REQUEST_BYTES = 1_000_000


def check_port(host: str, port: int) -> None:
    """Raise a one-line error unless ``port`` is a TCP port that ``host`` can listen on now.

    Raises:
        SettingsError: the port is not between 1 and 65535.
        GraphxError: the port is taken (or not allowed to this user).
    """
    if not 1 <= port <= 65535:
        raise SettingsError(f"port {port} is not a TCP port (1 to 65535)")
    try:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as waitress does
            probe.bind((host, port))
    except OSError as e:
        raise GraphxError(_bind_error(host, port, e)) from e


def _bind_error(host: str, port: int, e: OSError) -> str:
    if e.errno == errno.EADDRINUSE:
        return (
            f"port {port} on {host} is already in use (another explorer?); "
            f"choose another: make run PORT={port % 65535 + 1} (or python app.py --port "
            f"{port % 65535 + 1})"
        )
    return f"cannot listen on {host}:{port}: {e.strerror or e}"


def waitress_options(cpus: int, open_files: int) -> dict[str, Any]:
    """waitress settings for a machine with ``cpus`` cores and an ``open_files`` limit.

    Callbacks are CPU-bound and hold the GIL, so more threads than a few per
    core only queue; slow clients and downloads hold a thread each, hence
    some spare. Idle connections close after 15 s (waitress: 120 s, checked
    every 30 s) and up to a quarter of the file limit may be open (waitress:
    100), so 100 half-open connections no longer stop the server accepting
    for two minutes (issue 12). ``poll`` because ``select`` fails past
    1,024 descriptors.

    >>> o = waitress_options(2, 20_000)
    >>> o["threads"], o["connection_limit"], o["channel_timeout"]
    (8, 1000, 15)
    >>> waitress_options(64, 1024)["threads"], waitress_options(1, 1024)["connection_limit"]
    (16, 256)
    """
    return {
        "threads": min(16, 4 + 2 * max(1, cpus)),
        "connection_limit": max(100, min(1000, open_files // 4)),
        "channel_timeout": 15,
        "cleanup_interval": 5,
        "asyncore_use_poll": True,
        "max_request_body_size": MAX_REQUEST_BYTES,
        "ident": "graphx",
    }


def _open_files() -> int:
    try:
        import resource

        return int(resource.getrlimit(resource.RLIMIT_NOFILE)[0])
    except (ImportError, ValueError, OSError):  # no resource module (Windows)
        return 512


class OncePerMinute(logging.Filter):
    """Lets one record through per ``every`` seconds and counts the ones it held back.

    waitress warns "Task queue depth is N" for every request that waits for a
    thread: 4,945 lines a minute under load (issue 12). The count of held
    back lines is added to the next one let through.
    """

    def __init__(self, every: float = 60.0, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self.every, self.clock = every, clock
        self.last: float | None = None
        self.held = 0

    def filter(self, record: logging.LogRecord) -> bool:
        now = self.clock()
        if self.last is not None and now - self.last < self.every:
            self.held += 1
            return False
        if self.held:
            record.msg = f"{record.msg} ({self.held} more in the last minute)"
        self.last, self.held = now, 0
        return True


def _quiet_queue_warnings() -> None:
    queue_log = logging.getLogger("waitress.queue")
    if not any(isinstance(f, OncePerMinute) for f in queue_log.filters):
        queue_log.addFilter(OncePerMinute())


def run(app: dash.Dash, *, host: str, port: int, debug: bool = False) -> None:
    """Serve the app: waitress normally, Dash's dev server only with ``debug``.

    Raises:
        GraphxError: the port cannot be listened on (taken since ``prepare``).
    """
    if not is_loopback(host):
        log.warning("serving on %s: the explorer is reachable from other machines", host)
    if debug:
        log.warning("Dash debug mode is on: never expose it")
        app.run(host=host, port=port, debug=True)
        return
    from waitress import create_server

    options = waitress_options(os.cpu_count() or 1, _open_files())
    try:
        server = create_server(app.server, host=host, port=port, **options)
    except OSError as e:
        raise GraphxError(_bind_error(host, port, e)) from e
    _quiet_queue_warnings()
    log.info("graphx explorer on http://%s:%d/ (%d threads)", host, port, options["threads"])
    server.run()
