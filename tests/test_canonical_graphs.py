"""The graphs graphx builds are pinned: a change to them is deliberate (issue 14).

The digests in ``tests/data/canonical_graphs.json`` were recorded by
``scripts/canonical_graphs.py --update`` before the code was reorganised into
packages. A refactor must leave both graphs byte-identical in their canonical
dump; a change to extraction re-records them, with the reason in its commit.
To see what changed: ``scripts/canonical_graphs.py --dumps DIR`` before and
after, then ``diff``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.canonical import build_and_dump, canonical_dump, digest, stage_realnews
from tests.conftest import DEMO_CORPUS, ROOT, SHARED

RECORD = json.loads((ROOT / "tests" / "data" / "canonical_graphs.json").read_text())
HOW = "a deliberate change re-records them: .venv/bin/python scripts/canonical_graphs.py --update"


def test_demo_graph_is_the_recorded_graph(demo_graph_dir: Path) -> None:
    dump = canonical_dump(demo_graph_dir / "graph.graphml", DEMO_CORPUS)
    assert digest(dump) == RECORD["demo"], f"the demo graph changed; {HOW}"


@pytest.mark.skipif(not (SHARED / "realnews" / "gold.json").is_file(), reason="no realnews")
def test_realnews_graph_is_the_recorded_graph(tmp_path: Path) -> None:
    corpus = stage_realnews(SHARED / "realnews", tmp_path / "corpus")
    dump = build_and_dump(corpus, tmp_path / "graph")
    assert digest(dump) == RECORD["realnews"], f"the real-news graph changed; {HOW}"


GRAPHML = """<?xml version='1.0' encoding='utf-8'?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
<key id="d0" for="node" attr.name="path" attr.type="string"/>
<graph edgedefault="directed">{nodes}<edge source="a" target="b"/></graph></graphml>"""


def _write(folder: Path, nodes: str) -> Path:
    folder.mkdir()
    path = folder / "g.graphml"
    path.write_text(GRAPHML.format(nodes=nodes.replace("ROOT", str(folder.resolve()))))
    return path


def test_dump_ignores_node_order_and_the_corpus_folder(tmp_path: Path) -> None:
    one = _write(
        tmp_path / "one", '<node id="a"><data key="d0">ROOT/x.txt</data></node><node id="b"/>'
    )
    two = _write(
        tmp_path / "two", '<node id="b"/><node id="a"><data key="d0">ROOT/x.txt</data></node>'
    )
    assert canonical_dump(one, one.parent) == canonical_dump(two, two.parent)
    assert '"path": "<corpus>/x.txt"' in canonical_dump(one, one.parent)


def test_dump_sees_a_changed_value(tmp_path: Path) -> None:
    one = _write(tmp_path / "one", '<node id="a"><data key="d0">x.txt</data></node><node id="b"/>')
    two = _write(tmp_path / "two", '<node id="a"><data key="d0">y.txt</data></node><node id="b"/>')
    assert canonical_dump(one, one.parent) != canonical_dump(two, two.parent)
