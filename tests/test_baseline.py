"""The model-alone graph, the real-news baseline (issue 13)."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphx.build.export import read_graph
from graphx.eval.baseline import build_baseline
from graphx.settings import load_settings


@pytest.mark.model
def test_baseline_every_verb_is_an_event_of_its_own(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = "Council Votes\n\nMayor Ola Penn sued Dayton on May 2, 2019. The council met.\n"
    (corpus / "a.txt").write_text(text)
    (corpus / "b.txt").write_text(text.replace("The council met.", "Reporters waited outside."))
    G = read_graph(build_baseline(corpus, tmp_path / "out", settings=load_settings()))
    events = [a for _, a in G.nodes(data=True) if a["type"] == "event"]
    sued = [e for e in events if e["trigger"] == "sued"]
    assert len(sued) == 2  # one per document: the baseline never merges
    assert {e["date_start"] for e in sued} == {"2019-05-02"}
    people = {a["label"] for _, a in G.nodes(data=True) if a["type"] == "person"}
    assert "Ola Penn" in people
