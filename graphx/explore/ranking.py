"""Walks over the explorer's entity graphs: reachability and weighted PageRank."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import numpy.typing as npt

__all__ = ["pagerank", "reachable"]

Index = npt.NDArray[np.int64]


def reachable(node: str, children: Mapping[str, set[str]]) -> set[str]:
    """Every node reachable from ``node`` along ``children`` (``node`` included).

    >>> sorted(reachable("a", {"a": {"b"}, "b": {"c"}}))
    ['a', 'b', 'c']
    """
    seen, stack = {node}, [node]
    while stack:
        for child in children.get(stack.pop(), ()):
            if child not in seen:
                seen.add(child)
                stack.append(child)
    return seen


def pagerank(
    n: int, a: Index, b: Index, weight: npt.NDArray[np.float64], *, damping: float = 0.85
) -> npt.NDArray[np.float64]:
    """Weighted PageRank of an undirected graph given as edge arrays, by power iteration.

    Kept rather than networkx's (issue 14): ``nx.pagerank`` needs scipy, which
    graphx does not ship, and igraph is not a dependency. networkx's pure
    Python power iteration took 3.9 s on the 10,000-article benchmark graph
    (15,000 entities, 160,000 weighted edges) against 54 ms here, and its
    float rounding reorders entities of near-equal rank (the node sizes and
    the 300-node cut would change); the top 50 agree.
    """
    if not n:
        return np.zeros(0)
    src, dst = np.concatenate([a, b]), np.concatenate([b, a])
    weight = np.concatenate([weight, weight])
    strength = np.bincount(src, weights=weight, minlength=n)
    share = np.divide(weight, strength[src], out=np.zeros_like(weight), where=strength[src] > 0)
    rank = np.full(n, 1.0 / n)
    for _ in range(60):
        dangling = rank[strength == 0].sum()
        rank = (1 - damping) / n + damping * (
            dangling / n + np.bincount(dst, weights=rank[src] * share, minlength=n)
        )
    return rank
