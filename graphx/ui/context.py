"""The app's context: the loaded data and view settings every callback reads.

``dash.callback`` callbacks are module-level and never import the app, so
``server.create_app`` registers the context here and the callbacks read it;
neither module imports the other for it (issue 14).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from graphx.explore.data import ExplorerData

__all__ = ["Context", "get_context", "set_context"]


@dataclass
class Context:
    """What every callback needs: the indexed graph and the view settings."""

    data: ExplorerData
    max_nodes: int = 300
    stylesheet: list[dict[str, Any]] = field(default_factory=list)
    # Where each entity sits in every view (``placement``); empty: the browser lays out.
    positions: dict[str, tuple[float, float]] = field(default_factory=dict)
    shown_nodes: int = 0  # the network's entities before "show more" (0: max_nodes)


_CONTEXT: dict[str, Context] = {}


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
