"""Where an exported file comes from: the filter, the graphx version, the build, the corpus.

Every export records a :class:`Provenance` (issue 18): GraphML and JSON as
graph attributes, GEXF in ``<meta>``, SVG in ``<metadata>`` and the caption,
the CSV and Neo4j files in a ``*.provenance.json`` sidecar, so a file found
on its own still says which view of which build it shows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from graphx.build.provenance import NO_FILTER, Provenance, build_date
from graphx.explore.data import ExplorerData
from graphx.explore.filters import FilterState

__all__ = ["NO_FILTER", "Provenance", "build_date", "filter_in_words", "make_provenance"]


def _labels(data: ExplorerData, nodes: Sequence[str]) -> str:
    return ", ".join(data.entities[n].label if n in data.entities else n for n in nodes)


def filter_in_words(data: ExplorerData, state: FilterState) -> str:
    """The filter state as a reader would say it ("in Illinois (and the places inside)")."""
    parts = []
    if state.jurisdictions:
        parts.append(f"in {_labels(data, state.jurisdictions)} (and the places inside)")
    if state.administrations:
        parts.append(f"under {', '.join(state.administrations)}")
    types = [*state.entity_types, *state.event_types]
    if types:
        parts.append(f"types {', '.join(t.replace('_', ' ') for t in types)}")
    if state.date_from or state.date_to:
        parts.append(f"from {state.date_from or 'the start'} to {state.date_to or 'the end'}")
    if state.text:
        parts.append(f"matching {state.text!r}")
    return "; ".join(parts) or NO_FILTER


def make_provenance(data: ExplorerData, state: FilterState, *, built: str = "") -> Provenance:
    """The provenance of an export of ``state``'s view of ``data``."""
    return Provenance(
        filter=filter_in_words(data, state),
        built=built,
        documents=len(data.documents),
        exported=dt.datetime.now(dt.UTC).date().isoformat(),
    )
