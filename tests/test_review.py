"""Review decisions on events, applied without a full rebuild, previewed, suggested (issue 19).

The corpus is ``tests/data/review_corpus``: two articles written for these
tests, both reporting one arrest (so the automatic grouping makes one event
of two sources).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import networkx as nx
import pytest

from graphx.build.cached import load_cached
from graphx.build.changes import graph_changes, preview
from graphx.build.export import read_graph
from graphx.build.pipeline import build, reresolve
from graphx.explore.suggest import suggestions
from graphx.model import EventMention
from graphx.resolve.ledger import Decision, append, read_ledger, read_numbered, remove
from graphx.resolve.regroup import regroup
from graphx.resolve.reports import Told
from graphx.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "review_corpus"


def _told(doc: str, trigger: str) -> Told:
    mention = EventMention(sentence=0, trigger=trigger, event_type="arrest", summary="")
    return Told(mention=mention, doc_id=doc, participants=[], place="", sentence=trigger)


def test_regroup_split_event_takes_the_documents_reports_out() -> None:
    told = [_told("a", "arrested"), _told("b", "arrest"), _told("c", "detained")]
    split = Decision("split-event", "Arrested", documents=("b", "c"))
    groups, gone = regroup([[0, 1, 2]], told, [split])
    assert groups == [[0], [1, 2]] and gone == []
    # Once split there is nothing left to split: the same decision does not apply again.
    assert regroup(groups, told, [split]) == (groups, [split.describe()])


def test_regroup_merge_event_joins_two_groups_and_reports_a_missing_one() -> None:
    told = [_told("a", "arrested"), _told("b", "detained"), _told("c", "fired")]
    same = Decision(
        "merge-event", "detained", documents=("b",), target="arrested", target_documents=("a",)
    )
    assert regroup([[0], [1], [2]], told, [same]) == ([[0, 1], [2]], [])
    gone = Decision("merge-event", "sued", documents=("b",), target="x", target_documents=("a",))
    assert regroup([[0], [1]], told, [gone]) == ([[0], [1]], [gone.describe()])


def test_ledger_event_decisions_round_trip_and_are_checked(tmp_path: Path) -> None:
    path = tmp_path / "decisions.jsonl"
    append(path, Decision("split-event", "arrested", documents=("d1",)))
    append(path, Decision("reject", "Agent X"))
    first, second = path.read_text().splitlines()
    assert json.loads(first)["documents"] == ["d1"] and "documents" not in json.loads(second)
    assert read_ledger(path)[0][0].documents == ("d1",)
    with pytest.raises(ValueError, match="needs the documents"):
        append(path, Decision("split-event", "arrested"))
    path.write_text(path.read_text() + '{"action": "split-event", "name": "x", "documents": 3}\n')
    decisions, problems = read_numbered(path)
    assert len(decisions) == 2 and "line 3" in problems[0].path


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("review-graph")
    build(CORPUS, out, settings=Settings())
    return out


def _copy(built: Path, tmp_path: Path) -> Path:
    out = tmp_path / "graph"
    shutil.copytree(built, out)
    return out


def _events(out: Path) -> list[list[str]]:
    G = read_graph(out / "graph.graphml")
    return sorted(sorted(d["sources"]) for _, d in G.nodes(data=True) if d["type"] == "event")


def test_reresolve_applies_a_split_and_a_merge_of_events_from_the_cache(
    built: Path, tmp_path: Path
) -> None:
    out = _copy(built, tmp_path)
    ((first, second),) = _events(out)  # the demo of the module: one arrest, two sources
    append(out / "decisions.jsonl", Decision("split-event", "arrested", documents=(second,)))
    resolved = reresolve(CORPUS, out, settings=Settings())
    assert _events(out) == sorted([[first], [second]]) and resolved.notes == []
    nodes = read_graph(out / "graph.graphml").nodes(data=True)
    triggers = {d["sources"][0]: d["trigger"] for _, d in nodes if d["type"] == "event"}
    same = Decision(
        "merge-event",
        triggers[second],
        documents=(second,),
        target=triggers[first],
        target_documents=(first,),
    )
    append(out / "decisions.jsonl", same)
    reresolve(CORPUS, out, settings=Settings())
    assert _events(out) == [[first, second]]
    remove(out / "decisions.jsonl", 2)
    append(out / "decisions.jsonl", Decision("split-event", "sued", documents=("nobody",)))
    notes = reresolve(CORPUS, out, settings=Settings()).notes
    assert _events(out) == sorted([[first], [second]])
    gone = "split-event 'sued': the reports of nobody leave"
    assert notes == [f"review decision no longer applies: {gone}"]


def test_reresolve_with_an_empty_ledger_writes_the_built_graph_again(
    built: Path, tmp_path: Path
) -> None:
    out = _copy(built, tmp_path)
    before = (out / "graph.graphml").read_bytes()
    reresolve(CORPUS, out, settings=Settings())
    assert (out / "graph.graphml").read_bytes() == before


def test_preview_shows_the_change_and_writes_nothing(built: Path, tmp_path: Path) -> None:
    out = _copy(built, tmp_path)
    before = (out / "graph.graphml").read_bytes()
    cached = load_cached(CORPUS, out, settings=Settings())
    change = preview(cached, Settings(), [], [Decision("reject", "Ruth Delgado")])
    assert [(kind, label) for _, kind, label in change.removed] == [("person", "Ruth Delgado")]
    assert change.added == [] and change.edges_removed and change.events == (1, 1)
    # The cached extractions are a copy's: a second preview sees the same thing.
    assert preview(cached, Settings(), [], [Decision("reject", "Ruth Delgado")]) == change
    assert (out / "graph.graphml").read_bytes() == before
    assert not (out / "decisions.jsonl").exists()


def test_graph_changes_by_node_and_edge() -> None:
    before, after = nx.MultiDiGraph(), nx.MultiDiGraph()
    before.add_node("a", type="person", label="Ann")
    before.add_node("b", type="person", label="Bo")
    before.add_edge("a", "b", relation="knows")
    after.add_node("a", type="agency", label="Ann")
    after.add_node("c", type="event", label="met")
    change = graph_changes(before, after)
    assert change.added == [("c", "event", "met")] and change.removed == [("b", "person", "Bo")]
    assert change.changed == [("a", "agency", "Ann")] and change.events == (0, 1)
    assert change.edges_removed == [("Ann", "knows", "Bo")] and not change.is_empty()
    assert graph_changes(before, before).lines() == ["nothing in the graph would change"]


def test_concurrent_appliers_lose_no_decision(built: Path, tmp_path: Path) -> None:
    out = _copy(built, tmp_path)
    names = ["Ruth Delgado", "Anna Kowalczyk", "Tomas Weller", "Valley Courier"]

    def apply(name: str) -> None:
        append(out / "decisions.jsonl", Decision("reject", name))
        reresolve(CORPUS, out, settings=Settings())

    threads = [threading.Thread(target=apply, args=(n,)) for n in names]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    labels = {d["label"] for _, d in read_graph(out / "graph.graphml").nodes(data=True)}
    assert len(read_ledger(out / "decisions.jsonl")[0]) == 4 and not labels & set(names)


def test_suggestions_rank_doubts_by_the_events_they_touch() -> None:
    G = nx.MultiDiGraph()
    G.add_node("d", type="document", title="Agent X speaks")
    G.add_node("v", type="event", label="arrest", conflicts=["date: 2020 in d"], sources=["d"])
    G.add_node("p", type="person", label="Maria", merged_because=["'Marla' joined 'Maria'"])
    G.add_node("x", type="person", label="Agent X", merged_because=[])
    G.add_node("l", type="law", label="Service Agreement", typed_because="ends in Agreement")
    G.add_node("j", type="jurisdiction", label="Springfield", ambiguous=True)
    G.add_edge("p", "v", relation="agent")
    G.add_edge("j", "v", relation="place")
    G.add_edge("p", "d", relation="mentioned_in", evidence="Maria said.")
    G.add_edge("x", "d", relation="mentioned_in", evidence="Agent X speaks")
    rows = [(s.kind, s.label, s.action, s.events) for s in suggestions(G)]
    assert rows == [
        ("date conflict", "arrest", "split-event", 1),
        ("name join", "Maria", "split", 1),
        ("ambiguous place", "Springfield", "retype or split", 1),
        ("headline only", "Agent X", "reject", 0),
        ("type change", "Service Agreement", "retype", 0),
    ]


def test_cli_review_event_actions_and_suggest(built: Path, tmp_path: Path) -> None:
    out = _copy(built, tmp_path)

    def graphx(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "graphx.cli", "review", *args, "--graph", str(out)]
        return subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)

    done = graphx("split-event", "arrested", "--documents", "d1,d2")
    assert done.returncode == 0 and "the reports of d1, d2 leave" in done.stdout
    assert graphx("merge-event", "arrested", "--documents", "d1").returncode == 2
    assert "split-event 'arrested'" in graphx("list").stdout
    suggested = graphx("suggest")
    assert suggested.returncode == 0 and suggested.stdout.startswith("events\tkind")


def test_cli_review_split_by_documents_forks_an_entity_on_rebuild(
    built: Path, tmp_path: Path
) -> None:
    out = _copy(built, tmp_path)
    G = read_graph(out / "graph.graphml")
    (courier,) = [n for n, d in G.nodes(data=True) if d.get("path") == "b_valley_courier.txt"]
    command = [sys.executable, "-m", "graphx.cli", "review", "split", "Ruth Delgado"]
    command += ["--type", "person", "--documents", courier.removeprefix("d:"), "--graph", str(out)]
    assert subprocess.run(command, cwd=ROOT, capture_output=True, check=False).returncode == 0
    reresolve(CORPUS, out, settings=Settings())
    G = read_graph(out / "graph.graphml")
    ruths = [n for n, d in G.nodes(data=True) if d.get("label") == "Ruth Delgado"]
    assert len(ruths) == 2
    named_in = {
        r: {v for _, v, e in G.out_edges(r, data=True) if e["relation"] == "mentioned_in"}
        for r in ruths
    }
    assert sorted(map(sorted, named_in.values())) == sorted(
        [[courier], [n for n, d in G.nodes(data=True) if d.get("path") == "a_ledger_gazette.txt"]]
    )
