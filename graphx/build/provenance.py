"""Where an exported file comes from: the filter, the graphx version, the build, the corpus.

Every export records a :class:`Provenance` (issue 18): GraphML and JSON as
graph attributes, GEXF in ``<meta>``, SVG in ``<metadata>`` and the caption,
the CSV and Neo4j files in a ``*.provenance.json`` sidecar, so a file found
on its own still says which view of which build it shows. The filter in
words is made by ``graphx.exports.provenance``, which knows the explorer.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass
from pathlib import Path

__all__ = ["NO_FILTER", "Provenance", "build_date"]

NO_FILTER = "everything (no filter)"


@dataclass(frozen=True)
class Provenance:
    """What an export file says about itself.

    >>> Provenance("types policy", "0.1.0", built="2026-11-30", documents=5).sentence()
    'graphx 0.1.0; graph built 2026-11-30 from 5 documents; filter: types policy'
    """

    filter: str = NO_FILTER
    graphx_version: str = ""
    built: str = ""  # ISO date of the build the graph comes from
    documents: int = 0  # documents in the corpus (the whole graph, not the view)
    exported: str = ""  # ISO date of the export

    def __post_init__(self) -> None:
        if not self.graphx_version:
            from graphx import __version__

            object.__setattr__(self, "graphx_version", __version__)

    def as_dict(self) -> dict[str, str | int]:
        """The fields by name, as the files record them."""
        return dict(asdict(self))

    def as_graph_attributes(self) -> dict[str, str | int]:
        """The fields as ``graphx_*`` graph attributes (GraphML, JSON)."""
        return {f"graphx_{k}": v for k, v in self.as_dict().items()}

    def sentence(self) -> str:
        """One line for captions and descriptions."""
        return (
            f"graphx {self.graphx_version}; graph built {self.built or 'on an unknown date'}"
            f" from {self.documents} documents; filter: {self.filter}"
        )

    def sidecar_json(self) -> str:
        return json.dumps({"provenance": self.as_dict()}, indent=1, ensure_ascii=False) + "\n"


def build_date(graph_path: str | Path) -> str:
    """The UTC day the graph file was written (the build), or "" when it cannot be read."""
    try:
        mtime = Path(graph_path).stat().st_mtime
    except OSError:
        return ""
    return dt.datetime.fromtimestamp(mtime, dt.UTC).date().isoformat()
