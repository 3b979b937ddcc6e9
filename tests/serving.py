"""Start ``app.py`` in a subprocess on a free loopback port (server and browser tests).

Shared by ``tests/test_server.py`` and ``tests/integration/conftest.py``: the
app is served the way a user starts it, its log goes to a file the tests can
read, and the process is always stopped.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

__all__ = ["ROOT", "Running", "free_port", "serve_app"]

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Running:
    """A served app: its base URL, port, process and log file."""

    url: str
    port: int
    proc: subprocess.Popen[bytes]
    log: Path

    def log_text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait(url: str, proc: subprocess.Popen[bytes], log: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            tail = log.read_text(encoding="utf-8", errors="replace")[-2000:]
            raise RuntimeError(f"app.py exited with {proc.returncode}:\n{tail}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError(f"app did not answer at {url}")


@contextmanager
def serve_app(
    graph_dir: Path, corpus: Path, *args: str, timeout: float = 180.0
) -> Iterator[Running]:
    """``app.py --corpus corpus --graph graph_dir`` on a free port, until the block ends."""
    port = free_port()
    log_path = graph_dir / f"app-{port}.log"
    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            [
                sys.executable,
                str(ROOT / "app.py"),
                "--corpus",
                str(corpus),
                "--graph",
                str(graph_dir),
                "--port",
                str(port),
                *args,
            ],
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            url = f"http://127.0.0.1:{port}/"
            _wait(url, proc, log_path, timeout)
            yield Running(url=url, port=port, proc=proc, log=log_path)
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=15)
