"""The explorer's review mode on the server: preview, apply and undo decisions (issue 19).

A :class:`ReviewSession` holds the build's cached extractions (read once, when
first needed), previews a decision by applying it to a copy
(``build.changes.preview``), and applies one by appending it to the ledger,
re-running resolution and the graph from the cache (``pipeline.reresolve``,
well under a second on the demo corpus) and swapping the new data into the
app's context. Appliers take turns (a lock here, the build lock across
processes); the swap happens only once the new data is complete, so no
request ever sees a half-applied graph.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from pathlib import Path

from graphx.build.cached import Cached, load_cached
from graphx.build.changes import Change, preview
from graphx.build.export import read_graph
from graphx.build.pipeline import reresolve
from graphx.explore.data import ExplorerData
from graphx.explore.suggest import Suggestion, suggestions
from graphx.resolve.ledger import LEDGER_NAME, Decision, append, read_numbered, remove
from graphx.settings import Settings
from graphx.ui.context import swap_data

__all__ = ["ReviewSession"]

log = logging.getLogger(__name__)


class ReviewSession:
    """Review decisions for the graph built from ``corpus`` into ``out``."""

    def __init__(self, corpus: str | Path, out: str | Path, settings: Settings) -> None:
        self.corpus, self.out, self.settings = Path(corpus), Path(out), settings
        self.ledger = self.out / LEDGER_NAME
        self.notes: list[str] = []  # what the last application reported
        self._cached: Cached | None = None
        self._applying = threading.Lock()
        self._loading = threading.Lock()

    def cached(self) -> Cached:
        """The documents and their cached extractions, read on first use."""
        with self._loading:
            if self._cached is None:
                self._cached = load_cached(self.corpus, self.out, settings=self.settings)
            return self._cached

    def decisions(self) -> list[tuple[int, Decision]]:
        """The ledger's decisions with their line numbers (malformed lines left out)."""
        return read_numbered(self.ledger)[0]

    def preview(self, proposed: Sequence[Decision]) -> Change:
        """What ``proposed`` would change, applied to a copy; nothing is written."""
        current = [d for _, d in self.decisions()]
        return preview(self.cached(), self.settings, current, proposed)

    def apply(self, proposed: Sequence[Decision]) -> list[str]:
        """Append the decisions to the ledger and serve the graph with them; returns notes."""
        for decision in proposed:
            append(self.ledger, decision)
        return self.refresh()

    def undo(self, line: int) -> list[str]:
        """Remove the decision on ``line`` of the ledger and serve the graph without it."""
        remove(self.ledger, line)
        return self.refresh()

    def refresh(self) -> list[str]:
        """Re-resolve from the cache, write the graph, and swap the new data in whole."""
        with self._applying:
            resolved = reresolve(
                self.corpus, self.out, settings=self.settings, cached=self.cached()
            )
            data = ExplorerData.from_graph(read_graph(self.out / "graph.graphml"))
            swap_data(data)
            self.notes = resolved.notes
        for note in self.notes:
            log.warning("%s", note)
        return self.notes

    def suggestions(self, data: ExplorerData) -> list[Suggestion]:
        """The review queue of the served graph."""
        return suggestions(data.G)
