"""A canonical dump of a built graph: the same graph always gives the same text.

Read with networkx's own GraphML reader, not graphx's, so the dump does not
move when graphx's graph contract does. Nodes and edges are sorted, attributes
sorted by name, and the corpus folder (a temporary folder in tests) replaced by
``<corpus>``, so a dump depends only on what the build extracted.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

import networkx as nx

# Graph-level attributes that say when or where a build ran, not what it found.
_VOLATILE = {"built", "built_at", "graphx_version", "corpus"}


def _clean(value: Any, corpus: str) -> Any:
    if isinstance(value, str) and corpus:
        return value.replace(corpus, "<corpus>")
    return value


def canonical_dump(graphml: Path, corpus: Path) -> str:
    """The graph at ``graphml`` as sorted JSON lines: graph attributes, nodes, then edges."""
    graph = nx.read_graphml(graphml)
    root = str(corpus.resolve())
    lines = [
        json.dumps(
            {k: _clean(v, root) for k, v in sorted(graph.graph.items()) if k not in _VOLATILE},
            sort_keys=True,
        )
    ]
    lines += sorted(
        json.dumps({"node": n, **{k: _clean(v, root) for k, v in a.items()}}, sort_keys=True)
        for n, a in graph.nodes(data=True)
    )
    edges = graph.edges(data=True)
    lines += sorted(
        json.dumps(
            {"edge": [u, v], **{k: _clean(x, root) for k, x in a.items() if k != "id"}},
            sort_keys=True,
        )
        for u, v, a in edges
    )
    return "\n".join(lines) + "\n"


def digest(dump: str) -> str:
    return hashlib.sha256(dump.encode()).hexdigest()


def stage_realnews(folder: Path, into: Path) -> Path:
    """Copy the gold's articles and the sidecar into ``into``, as the real-news scorer does."""
    into.mkdir(parents=True, exist_ok=True)
    articles = json.loads((folder / "gold.json").read_text(encoding="utf-8"))["articles"]
    for name in [*sorted(articles), "metadata.csv"]:
        if (folder / name).is_file():
            shutil.copyfile(folder / name, into / name)
    return into


def build_and_dump(corpus: Path, out: Path) -> str:
    """Build ``corpus`` into ``out`` with the default settings and dump the graph."""
    from graphx.build.pipeline import build
    from graphx.settings import load_settings

    build(corpus, out, settings=load_settings())
    return canonical_dump(out / "graph.graphml", corpus)
