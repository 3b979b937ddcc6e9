"""The app's context: the loaded data and view settings every callback reads.

``dash.callback`` callbacks are module-level and never import the app, so
``server.create_app`` registers the context here and the callbacks read it;
neither module imports the other for it (issue 14).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field, replace
from typing import Any

from graphx.explore.data import ExplorerData

__all__ = ["Context", "get_context", "set_context", "swap_data"]


@dataclass
class Context:
    """What every callback needs: the indexed graph and the view settings."""

    data: ExplorerData
    max_nodes: int = 300
    stylesheet: list[dict[str, Any]] = field(default_factory=list)
    review: Any = None  # a ui.review_session.ReviewSession in review mode (issue 19)
    exports: Any = None  # the app's downloads.ExportFiles, pointed at new data on a swap
    # Where each entity sits in every view (``placement``); empty: the browser lays out.
    positions: dict[str, tuple[float, float]] = field(default_factory=dict)
    shown_nodes: int = 0  # the network's entities before "show more" (0: max_nodes)


_CONTEXT: dict[str, Context] = {}
_SWAP = threading.Lock()


def set_context(context: Context) -> None:
    """Register the data the callbacks serve (one app per process)."""
    _CONTEXT["current"] = context


def get_context() -> Context:
    """The registered context.

    Raises:
        LookupError: no app has been created yet.
    """
    try:
        return _CONTEXT["current"]
    except KeyError as e:
        raise LookupError("graphx.ui: create_app() has not been called") from e


def swap_data(data: ExplorerData) -> None:
    """Serve ``data`` from now on, whole: a request reads the old context or the new one.

    The new context is made complete first and then replaces the old in one
    assignment; the lock keeps two swaps (and the exports' reset) in order.
    """
    with _SWAP:
        current = get_context()
        if current.exports is not None:
            _point_exports(current.exports, data)
        _CONTEXT["current"] = replace(current, data=data)


def _point_exports(exports: Any, data: ExplorerData) -> None:
    """Point the export files at new data, forgetting the files written from the old."""
    with exports.writing:
        exports.data = data
        for path in exports.files.values():
            path.unlink(missing_ok=True)
        exports.files.clear()
