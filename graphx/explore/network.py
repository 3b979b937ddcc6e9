"""The network card's figures: Cytoscape elements, layout options, legend and stylesheet.

Pure: every input is an argument. Cytoscape draws labels on a canvas, so
they need no escaping.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from graphx.explore.data import ExplorerData
from graphx.explore.placement import GAP, grid
from graphx.explore.rows import plain

__all__ = [
    "COSE_NODES",
    "LABELLED",
    "READABLE_RULES",
    "NetworkView",
    "highlight_for",
    "network_elements",
    "network_layout",
    "network_legend",
    "network_stylesheet",
    "shared_events",
]


LABELLED = 15  # the most central nodes whose labels are always drawn


@dataclass(frozen=True, slots=True)
class NetworkView:
    """Cytoscape elements plus how many entities and edges the caps left out."""

    elements: list[dict[str, Any]]
    shown: int
    hidden: int
    hidden_edges: int = 0


def network_elements(
    data: ExplorerData,
    entity_ids: Sequence[str] | npt.NDArray[np.int64],
    event_ids: Iterable[str] | npt.NDArray[np.bool_],
    *,
    size_by: str = "degree",
    max_nodes: int = 300,
    max_edges: int | None = None,
    positions: Mapping[str, tuple[float, float]] | None = None,
    labelled: int = LABELLED,
) -> NetworkView:
    """Nodes for the most central ``max_nodes`` entities, edges weighted by shared events.

    At most ``max_edges`` shared-event edges are drawn (default four per node),
    the heaviest first: 300 busy nodes can share tens of thousands of edges,
    which the browser takes seconds to lay out (measured on a 10,000-article graph).

    Structural relations among the drawn entities (``within``, ``part_of``,
    ``affiliated_with``) are drawn as dashed edges. Entities and events may be
    given as ids, or as positions and a mask (``Subset.entity_index``, a mask
    from ``filters.event_mask``). With ``positions`` (``placement``) each node
    carries its place; the ``labelled`` most central carry ``top`` (their
    labels are always drawn).
    """
    metric = data.centrality if size_by == "centrality" else data.degree
    order = data.ranking(size_by)
    ranked = order[data.entity_mask(entity_ids)[order]]
    kept = ranked[:max_nodes]
    a, b, weights = data.co_occurrence(data.event_mask(event_ids), kept)
    shown = data.entity_ids[kept]
    cap = 4 * max_nodes if max_edges is None else max_edges
    drawn = list(
        zip(data.entity_ids[a[:cap]], data.entity_ids[b[:cap]], weights[:cap].tolist(), strict=True)
    )
    elements = _node_elements(data, shown, metric, positions or {}, labelled)
    elements += _shared_edges(drawn)
    elements += _structural_edges(data.structure, set(shown.tolist()))
    return NetworkView(
        elements=elements,
        shown=len(kept),
        hidden=len(ranked) - len(kept),
        hidden_edges=len(a) - len(drawn),
    )


def _node_elements(
    data: ExplorerData,
    shown: npt.NDArray[np.object_],
    metric: Mapping[str, float],
    positions: Mapping[str, tuple[float, float]],
    labelled: int,
) -> list[dict[str, Any]]:
    """A node per entity, its area growing with its share of the largest metric.

    The full name is the label (Cytoscape wraps it; issue 17: names were cut at 40).
    """
    top = max((metric.get(n, 0.0) for n in shown), default=0.0) or 1.0
    positions = _placed(shown.tolist(), positions) if positions else positions
    elements: list[dict[str, Any]] = []
    for rank, n in enumerate(shown):
        row = data.entities[n]
        size = 18 + 46 * math.sqrt(max(metric.get(n, 0.0), 0.0) / top)
        node: dict[str, Any] = {
            "data": {
                "id": n,
                "label": row.label,
                "type": row.type,
                "size": round(size, 1),
                "top": int(rank < labelled),
            },
            "classes": row.type,
        }
        if n in positions:
            node["position"] = {"x": positions[n][0], "y": positions[n][1]}
        elements.append(node)
    return elements


def _placed(
    shown: list[str], positions: Mapping[str, tuple[float, float]]
) -> Mapping[str, tuple[float, float]]:
    """Positions of the shown nodes; those the whole graph's layout left out go in a grid
    under the others (in rank order, so the same view places them the same way)."""
    missing = [n for n in shown if n not in positions]
    if not missing:
        return positions
    have = [positions[n] for n in shown if n in positions]
    left = min((p[0] for p in have), default=0.0)
    width = max(1200.0, max((p[0] for p in have), default=0.0) - left)
    top = max((p[1] for p in have), default=-GAP) + GAP * 1.5
    return {**positions, **grid(missing, left=left, top=top, width=width)}


def _shared_edges(drawn: Sequence[tuple[str, str, int]]) -> list[dict[str, Any]]:
    """An edge per pair sharing events, its width growing with its share of the heaviest."""
    wmax = max((w for _, _, w in drawn), default=1)
    return [
        {
            "data": {
                "id": f"{src}|{dst}",
                "source": src,
                "target": dst,
                "weight": weight,
                "width": round(1 + 5 * weight / wmax, 2),
            },
            "classes": "shared",
        }
        for src, dst, weight in drawn
    ]


def _structural_edges(
    structure: Iterable[tuple[str, str, str]], shown: Collection[str]
) -> list[dict[str, Any]]:
    """The structural relations (within, part_of, affiliated_with) among drawn entities."""
    return [
        {
            "data": {
                "id": f"{src}>{dst}:{relation}",
                "source": src,
                "target": dst,
                "relation": relation,
            },
            "classes": "structural",
        }
        for src, dst, relation in structure
        if src in shown and dst in shown
    ]


COSE_NODES = 120  # above this, force-directed layout costs seconds in the browser


def network_layout(name: str, nodes: int, *, preset: bool = False, key: str = "") -> dict[str, Any]:
    """Cytoscape layout options; "auto" is the precomputed positions when the nodes carry them.

    Without positions "auto" is cose for small networks and concentric for
    large ones: cose is quadratic in the nodes per iteration (11 s for 300
    nodes in headless Chromium), so its iterations are cut as the network
    grows. Every layout fits the view to the drawn nodes; ``key`` (the view's
    elements) makes a new view a new layout, so Cytoscape runs it and fits again.

    >>> network_layout("auto", 50)["name"], network_layout("auto", 300)["name"]
    ('cose', 'concentric')
    >>> network_layout("auto", 300, preset=True)["name"]
    'preset'
    >>> network_layout("cose", 300)["numIter"] < network_layout("cose", 50)["numIter"]
    True
    """
    if name == "auto":
        name = "preset" if preset else "cose" if nodes <= COSE_NODES else "concentric"
    options: dict[str, Any] = {"name": name, "animate": False, "fit": True, "padding": 30}
    if key:
        options["graphxView"] = key
    if name == "cose":
        options["numIter"] = max(150, min(1000, int(1000 * (COSE_NODES / max(nodes, 1)) ** 2)))
    elif name == "concentric":
        options.update(minNodeSpacing=8, equidistant=False)
    return options


_TYPE_RULE = re.compile(r'^node\[type = "([^"]+)"\]$')


def network_legend(
    stylesheet: Sequence[Mapping[str, Any]], types: Iterable[str]
) -> list[dict[str, str]]:
    """One legend entry per entity type: its colour and shape, read from the stylesheet.

    Read from the same rules Cytoscape draws with, so the legend cannot drift
    from the network (issue 17: there was no legend for colours and shapes).

    >>> sheet = [{"selector": "node", "style": {"background-color": "#999"}},
    ...          {"selector": 'node[type = "person"]', "style": {"background-color": "#4C78A8"}}]
    >>> network_legend(sheet, ["person", "law"])
    [{'type': 'law', 'label': 'law', 'color': '#999', 'shape': 'ellipse'}, \
{'type': 'person', 'label': 'person', 'color': '#4C78A8', 'shape': 'ellipse'}]
    """
    base: dict[str, Any] = {}
    by_type: dict[str, dict[str, Any]] = {}
    for rule in stylesheet:
        selector, style = str(rule.get("selector", "")), rule.get("style", {})
        if selector == "node":
            base = {**base, **style}
        elif m := _TYPE_RULE.match(selector):
            by_type[m.group(1)] = dict(style)
    entries = []
    for kind in sorted(set(types)):
        style = {**base, **by_type.get(kind, {})}
        entries.append(
            {
                "type": kind,
                "label": plain(kind),
                "color": str(style.get("background-color", "#999")),
                "shape": str(style.get("shape", "ellipse")),
            }
        )
    return entries


def _selector(kind: str, ids: Iterable[str]) -> str:
    return ", ".join(f"{kind}[id = {json.dumps(i)}]" for i in sorted(ids))


def network_stylesheet(
    base: Sequence[Mapping[str, Any]],
    *,
    focus: Collection[str] = (),
    neighbours: Collection[str] = (),
) -> list[dict[str, Any]]:
    """The base stylesheet, plus (when something is selected) faded others and outlined focus."""
    sheet = [dict(rule) for rule in base]
    if not focus and not neighbours:
        return sheet
    sheet.append({"selector": "node", "style": {"opacity": 0.2}})
    sheet.append({"selector": "edge", "style": {"opacity": 0.08}})
    lit = set(focus) | set(neighbours)
    # The selection and its neighbours are named, central or not (issue 17).
    sheet.append(
        {"selector": _selector("node", lit), "style": {"opacity": 1, "label": "data(label)"}}
    )
    if focus:
        sheet.append(
            {
                "selector": _selector("node", focus),
                "style": {"border-width": 4, "border-color": "#111", "opacity": 1},
            }
        )
        ends = ", ".join(
            f"edge[source = {json.dumps(a)}], edge[target = {json.dumps(a)}]" for a in sorted(focus)
        )
        sheet.append({"selector": ends, "style": {"opacity": 0.9}})
    return sheet


def shared_events(data: ExplorerData, edge: str, events: Collection[str]) -> list[str]:
    """The events (among ``events``) both ends of a shared-events edge ``"a|b"`` take part in."""
    a, _, b = edge.partition("|")
    both = data.entity_events.get(a, frozenset()) & data.entity_events.get(b, frozenset())
    return [e for e in data.events if e in both and e in events]


READABLE_RULES: list[dict[str, Any]] = [
    # Full names, wrapped; only the most central (``top``) and the selection are labelled,
    # so labels do not pile up (issue 17).
    # Drawn at the zoom that fits the whole network (about half size): 16 px reads as 8-9.
    {
        "selector": "node",
        "style": {
            "text-wrap": "wrap",
            "text-max-width": 170,
            "font-size": 16,
            "min-zoomed-font-size": 4,
            "text-background-color": "#ffffff",
            "text-background-opacity": 0.7,
        },
    },
    {"selector": "node[top = 0]", "style": {"label": ""}},
    {"selector": "node:selected", "style": {"label": "data(label)"}},
    {"selector": "edge.shared", "style": {"overlay-padding": 4}},
]


def highlight_for(
    data: ExplorerData, kind: str, node: str, events: Collection[str]
) -> tuple[set[str], set[str], set[str]]:
    """(events, focus entities, neighbour entities) to highlight for a selection.

    An entity lights up its events (among ``events``) and the entities that
    share them; an event lights up its participants; an edge (``"a|b"``)
    lights up the events its two entities share, and them.
    """
    if kind == "edge":
        mine = set(shared_events(data, node, events))
        return mine, set(node.split("|", 1)) & set(data.entities), set()
    if kind == "entity" and node in data.entities:
        mine = {e for e in data.entity_events.get(node, ()) if e in events}
        near = {n for e in mine for n, _ in data.events[e].participants} - {node}
        near |= {b if a == node else a for a, b, _ in data.structure if node in (a, b)}
        return mine, {node}, near
    if kind == "event" and node in data.events:
        return {node}, {n for n, _ in data.events[node].participants}, set()
    return set(), set(), set()
