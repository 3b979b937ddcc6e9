"""Where each entity sits in the network: computed once for the whole graph, reused by every view.

A force-directed layout run in the browser after each filter moved every
node (issue 17: "the layout changes after each filter"). Here each connected
group of the whole graph's most central entities gets a seeded spring
layout, once, at start; the groups are packed in rows, largest first, and
entities sharing no event with another sit in a grid under them. Every
filtered view draws its nodes at these positions (Cytoscape's ``preset``
layout), so a filter removes nodes and leaves the others where they were.
Entities past ``LAID_OUT`` have no place here: a view puts those it draws
in a grid under the others (``network``).
"""

from __future__ import annotations

import math
from typing import Any

import networkx as nx
import numpy as np
import numpy.typing as npt

from graphx.explore.data import ExplorerData

__all__ = ["GAP", "LAID_OUT", "SEED", "SPACE", "grid", "seeded_positions", "spread"]

LAID_OUT = 400  # under 500 per group: networkx lays out densely with numpy (no scipy needed)
SEED = 17
GAP = 90.0  # pixels between groups, and between the cells of the grid of loners
SPACE = 75.0  # pixels at least between two nodes of a group: a large node and its label
Point = tuple[float, float]


def _whole_graph(data: ExplorerData, limit: int) -> nx.Graph:
    """The most central entities, linked when they share events or a structural relation."""
    kept = data.ranking("degree")[:limit]
    a, b, weights = data.co_occurrence(data.event_mask(data.cols.ids), kept)
    G = nx.Graph()
    G.add_nodes_from(data.entity_ids[kept].tolist())
    for x, y, w in zip(data.entity_ids[a], data.entity_ids[b], weights.tolist(), strict=True):
        G.add_edge(x, y, weight=float(w))
    G.add_edges_from((x, y) for x, y, _ in data.structure if x in G and y in G)
    return G


def _group_layout(G: nx.Graph, nodes: set[str], seed: int) -> dict[str, Point]:
    """A seeded spring layout of one connected group, its corner at (0, 0)."""
    H = G.subgraph(sorted(nodes))
    scale = 80.0 * math.sqrt(len(H))
    # Unweighted and with twice the default spacing: heavy edges pulled a busy group into
    # one heap of overlapping nodes and labels.
    k = 2.5 / math.sqrt(len(H))
    laid = nx.spring_layout(H, seed=seed, iterations=100, scale=scale, k=k, weight=None)
    names = [str(n) for n in laid]
    xy = spread(np.array([laid[n] for n in laid], dtype=float))
    xy -= xy.min(axis=0)
    return {n: (float(x), float(y)) for n, (x, y) in zip(names, xy.tolist(), strict=True)}


def spread(xy: npt.NDArray[np.float64], *, apart: float = SPACE, rounds: int = 80) -> Any:
    """Positions pushed apart until no two are closer than ``apart`` pixels (or rounds run out).

    A spring layout leaves a busy group as a heap of overlapping nodes and
    labels; this keeps its shape and opens the heap. Deterministic.

    >>> spread(np.array([[0.0, 0.0], [1.0, 0.0]]), apart=10.0).round(1).tolist()
    [[-4.5, 0.0], [5.5, 0.0]]
    """
    xy = xy.copy()
    for _ in range(rounds):
        delta = xy[:, None, :] - xy[None, :, :]
        dist = np.hypot(delta[..., 0], delta[..., 1])
        np.fill_diagonal(dist, 2 * apart)  # a node does not push itself
        close = dist < apart
        if not close.any():
            break
        push = np.where(close, (apart - dist) / 2 / np.maximum(dist, 1e-6), 0.0)
        xy += (delta * push[..., None]).sum(axis=1) * 0.5
    return xy


def _pack(groups: list[dict[str, Point]], width: float) -> dict[str, Point]:
    """Groups in rows of at most ``width`` pixels (a shelf packing), in the order given."""
    out: dict[str, Point] = {}
    x = y = row = 0.0
    for group in groups:
        w = max(p[0] for p in group.values())
        h = max(p[1] for p in group.values())
        if x and x + w > width:
            x, y, row = 0.0, y + row + GAP, 0.0
        out.update({n: (round(x + px, 1), round(y + py, 1)) for n, (px, py) in group.items()})
        x, row = x + w + GAP, max(row, h)
    return out


def seeded_positions(
    data: ExplorerData, *, limit: int = LAID_OUT, seed: int = SEED
) -> dict[str, Point]:
    """Pixel positions of every entity: the same graph and seed give the same positions."""
    G = _whole_graph(data, limit)
    parts = sorted(nx.connected_components(G), key=lambda c: (-len(c), min(c)))
    groups = [_group_layout(G, part, seed) for part in parts if len(part) > 1]
    width = max([1200.0, *(max(p[0] for p in g.values()) for g in groups)])
    positions = _pack(groups, width)
    bottom = max((p[1] for p in positions.values()), default=-GAP) + GAP * 1.5
    ranked = [str(n) for n in data.entity_ids[data.ranking("degree")].tolist()]
    loners = [n for n in ranked if n in G and G.degree(n) == 0]
    positions.update(grid(loners, left=0.0, top=bottom, width=width))
    return positions


def grid(nodes: list[str], *, left: float, top: float, width: float) -> dict[str, Point]:
    """``nodes`` in rows of cells ``GAP`` apart, from (left, top), rows ``width`` wide.

    >>> grid(["a", "b", "c"], left=0.0, top=10.0, width=2 * GAP)
    {'a': (0.0, 10.0), 'b': (90.0, 10.0), 'c': (0.0, 100.0)}
    """
    per_row = max(1, int(width // GAP))
    return {
        n: (round(left + (i % per_row) * GAP, 1), round(top + (i // per_row) * GAP, 1))
        for i, n in enumerate(nodes)
    }
