"""Exports of a filtered view, one format a module (issue 18).

:func:`write_view` is what ``graphx export`` calls: the graph formats
(GraphML, dynamic GEXF, node-link JSON, nodes/edges CSV) go through
:func:`graphx.export.write_graph`; the publishable ones are here: the events
table (``events``, with ``per_source`` its one-row-per-source companion),
the Neo4j import folder (``neo4j``) and pictures of a view (``svg``,
``png``). Every one records its :class:`Provenance`.
"""

from __future__ import annotations

from pathlib import Path

from graphx.explore.data import ExplorerData
from graphx.explore.filters import FilterState, filter_graph, select
from graphx.exports.provenance import Provenance, build_date, filter_in_words, make_provenance

__all__ = [
    "VIEW_FORMATS",
    "Provenance",
    "build_date",
    "filter_in_words",
    "make_provenance",
    "picture_svg",
    "write_view",
]

VIEW_FORMATS = ("graphml", "gexf", "json", "csv", "events", "neo4j", "svg", "png")


def picture_svg(
    data: ExplorerData, state: FilterState, *, view: str, provenance: Provenance
) -> str:
    """The SVG of a view (``network`` or ``timeline``) of ``state``'s events."""
    return _picture(data, select(data, state).events, view, provenance)


def _picture(data: ExplorerData, events: tuple[str, ...], view: str, provenance: Provenance) -> str:
    from graphx.exports.pictures import Picture, count_sources, network_svg, timeline_svg

    what = "Who acts together" if view == "network" else "Events over time"
    picture = Picture(
        title=f"{what}: {provenance.filter}",
        caption=f"From {count_sources(data, events)} of {provenance.documents} source documents.",
        provenance=provenance,
    )
    draw = network_svg if view == "network" else timeline_svg
    return draw(data, events, picture)


def write_view(
    data: ExplorerData,
    state: FilterState,
    out: str | Path,
    *,
    format: str,
    provenance: Provenance,
    per_source: bool = False,
    view: str = "network",
) -> list[Path]:
    """Write ``state``'s view of ``data`` in ``format``; returns the files written.

    Raises:
        GraphxError: an unknown format or view, or no browser for PNG.
        OutputError: a file cannot be written.
    """
    from graphx.build.export import FORMATS, atomic_write, write_graph, write_sidecar
    from graphx.errors import GraphxError

    out = Path(out)
    if format in FORMATS:
        return write_graph(filter_graph(data, state), out, format=format, provenance=provenance)
    if format == "neo4j":
        from graphx.exports.neo4j import write_neo4j

        return write_neo4j(filter_graph(data, state), out, provenance=provenance)
    events = select(data, state).events
    if format == "events":
        from graphx.exports.tables import write_events_csv, write_sources_csv

        paths = [write_events_csv(data, events, out)]
        if per_source:
            paths.append(write_sources_csv(data, events, out.with_name(f"{out.stem}-sources.csv")))
        return paths + write_sidecar(out, provenance)
    if format not in ("svg", "png") or view not in ("network", "timeline"):
        raise GraphxError(
            f"unknown export format {format!r} or view {view!r}; "
            f"formats: {', '.join(VIEW_FORMATS)}; views: network, timeline"
        )
    svg = _picture(data, events, view, provenance)
    if format == "png":
        from graphx.exports.pictures import svg_to_png

        return [svg_to_png(svg, out, provenance=provenance)]
    with atomic_write(out, "w") as f:
        f.write(svg)
    return [out]
