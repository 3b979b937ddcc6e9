"""Where each entity sits in the network: computed once for the whole graph, reused by every view.

A force-directed layout run in the browser after each filter moved every
node (issue 17: "the layout changes after each filter"). Here a seeded
spring layout of the whole graph's most central entities is computed once at
start; every filtered view draws its nodes at those positions (Cytoscape's
``preset`` layout), so a filter removes nodes and leaves the others where
they were. Entities past ``LAID_OUT`` sit on an outer ring, at an angle
derived from their id (stable from run to run).
"""

from __future__ import annotations

import math
import zlib

import networkx as nx

from graphx.explore.data import ExplorerData

__all__ = ["LAID_OUT", "SEED", "seeded_positions"]

LAID_OUT = 400  # under 500: networkx lays out densely with numpy (no scipy needed)
SEED = 17


def seeded_positions(
    data: ExplorerData, *, limit: int = LAID_OUT, seed: int = SEED
) -> dict[str, tuple[float, float]]:
    """Pixel positions of every entity: the same graph and seed give the same positions."""
    order = data.ranking("degree")
    kept = order[:limit]
    a, b, weights = data.co_occurrence(data.event_mask(data.cols.ids), kept)
    G = nx.Graph()
    G.add_nodes_from(data.entity_ids[kept].tolist())
    for x, y, w in zip(data.entity_ids[a], data.entity_ids[b], weights.tolist(), strict=True):
        G.add_edge(x, y, weight=float(w))
    G.add_edges_from((x, y) for x, y, _ in data.structure if x in G and y in G)
    scale = 60.0 * math.sqrt(max(len(G), 1))
    laid = nx.spring_layout(G, seed=seed, iterations=60, scale=scale) if len(G) else {}
    positions = {str(n): (round(float(p[0]), 1), round(float(p[1]), 1)) for n, p in laid.items()}
    for n in data.entity_ids[order[limit:]].tolist():
        angle = (zlib.crc32(str(n).encode("utf-8")) % 3600) / 3600 * 2 * math.pi
        radius = scale * (1.25 + (zlib.crc32(str(n)[::-1].encode("utf-8")) % 100) / 400)
        positions[str(n)] = (round(radius * math.cos(angle), 1), round(radius * math.sin(angle), 1))
    return positions
