"""The Dash layer of the explorer: the only package that imports dash.

``server`` creates the app and registers the loaded data in ``context``;
the ``dash.callback`` callbacks (``callbacks``, ``selection``) read it from
there. ``layout``, ``sidebar``, ``cards`` and ``details`` build components;
``query`` keeps the view in the URL; ``guard``, ``checks`` and ``listen``
protect and serve the app; ``downloads`` streams the exports.
"""

from __future__ import annotations

from graphx.ui.context import Context, get_context, set_context

__all__ = ["Context", "get_context", "set_context"]
