"""Exports of a filtered view, one format a module (issue 18).

:func:`write_view` is what ``graphx export`` calls: the graph formats
(GraphML, dynamic GEXF, node-link JSON, nodes/edges CSV) go through
:func:`graphx.export.write_graph`; the publishable ones are here: the events
table (``events``, with ``per_source`` its one-row-per-source companion),
the Neo4j import folder (``neo4j``) and pictures of a view (``svg``,
``png``). Every one records its :class:`Provenance`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from graphx.contract import ENTITY_TYPES
from graphx.errors import GraphxError
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
    "view_state",
    "write_view",
]

VIEW_FORMATS = ("graphml", "gexf", "json", "csv", "events", "neo4j", "svg", "png")


def view_state(
    data: ExplorerData,
    *,
    jurisdiction: str | None = None,
    administration: str = "",
    days: tuple[str, str] = ("", ""),
    types: Sequence[str] | None = None,
) -> FilterState:
    """The view ``graphx export`` options name: a place by name, a term, first and last days.

    ``types`` mixes entity and event types, as ``--type`` does.

    Raises:
        GraphxError: no jurisdiction of that name in the graph.
    """
    types = types or []
    return FilterState(
        jurisdictions=_jurisdiction_ids(data, jurisdiction),
        administrations=[administration] if administration else [],
        entity_types=[t for t in types if t in ENTITY_TYPES],
        event_types=[t for t in types if t not in ENTITY_TYPES],
        date_from=days[0],
        date_to=days[1],
    )


def _jurisdiction_ids(data: ExplorerData, name: str | None) -> tuple[str, ...]:
    """Jurisdiction nodes whose label or alias is ``name`` (case-insensitive)."""
    if not name:
        return ()
    wanted = name.casefold()
    found = tuple(
        node
        for node, row in data.entities.items()
        if row.type == "jurisdiction"
        and wanted in {row.label.casefold(), *map(str.casefold, row.aliases)}
    )
    if not found:
        raise GraphxError(f"no jurisdiction named {name!r} in the graph")
    return found


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
    from graphx.build.export import FORMATS, write_graph

    out = Path(out)
    if format in FORMATS:
        return write_graph(filter_graph(data, state), out, format=format, provenance=provenance)
    if format == "neo4j":
        from graphx.build.neo4j import write_neo4j

        return write_neo4j(filter_graph(data, state), out, provenance=provenance)
    if format == "events":
        return _write_events(data, state, out, provenance=provenance, per_source=per_source)
    return _write_picture(data, state, out, format=format, provenance=provenance, view=view)


def _write_events(
    data: ExplorerData, state: FilterState, out: Path, *, provenance: Provenance, per_source: bool
) -> list[Path]:
    """The events table, with its one-row-per-source companion when asked, and a sidecar."""
    from graphx.build.export import write_sidecar
    from graphx.exports.tables import write_events_csv, write_sources_csv

    events = select(data, state).events
    paths = [write_events_csv(data, events, out)]
    if per_source:
        paths.append(write_sources_csv(data, events, out.with_name(f"{out.stem}-sources.csv")))
    return paths + write_sidecar(out, provenance)


def _write_picture(
    data: ExplorerData,
    state: FilterState,
    out: Path,
    *,
    format: str,
    provenance: Provenance,
    view: str,
) -> list[Path]:
    """An SVG or PNG picture of the view."""
    from graphx.files import atomic_write

    if format not in ("svg", "png") or view not in ("network", "timeline"):
        raise GraphxError(
            f"unknown export format {format!r} or view {view!r}; "
            f"formats: {', '.join(VIEW_FORMATS)}; views: network, timeline"
        )
    svg = _picture(data, select(data, state).events, view, provenance)
    if format == "png":
        from graphx.exports.pictures import svg_to_png

        return [svg_to_png(svg, out, provenance=provenance)]
    with atomic_write(out, "w") as f:
        f.write(svg)
    return [out]
