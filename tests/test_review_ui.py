"""Review mode without a browser: the form's decisions, the panel, the swap (issue 19).

The graph is built from ``tests/data/review_corpus`` (two articles written for
these tests, one arrest told by both).
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from graphx.build.export import read_graph
from graphx.build.pipeline import build
from graphx.explore.data import ExplorerData
from graphx.resolve.ledger import Decision, read_ledger
from graphx.settings import Settings
from graphx.ui import ids
from graphx.ui.checks import INPUT_SHAPES
from graphx.ui.context import get_context
from graphx.ui.review import entity_documents, matches, proposed, render_ledger, review_panel
from graphx.ui.review_session import ReviewSession
from graphx.ui.server import create_app

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "review_corpus"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("review-ui")
    build(CORPUS, out, settings=Settings())
    return out


@pytest.fixture
def session(built: Path, tmp_path: Path) -> Iterator[ReviewSession]:
    out = tmp_path / "graph"
    shutil.copytree(built, out)
    review = ReviewSession(CORPUS, out, Settings())
    create_app(ExplorerData.from_graph(read_graph(out / "graph.graphml")), review=review)
    yield review


def _node(data: ExplorerData, label: str) -> str:
    return next(n for n, row in data.entities.items() if row.label == label)


def test_proposed_entity_decisions_by_name(session: ReviewSession) -> None:
    data = get_context().data
    weller, ruth = _node(data, "Tomas Weller"), _node(data, "Ruth Delgado")
    picked = {"kind": "entity", "id": weller}
    merge = proposed(data, picked, {"action": "merge", "other": ruth})
    assert [(d.name, d.target) for d in merge] == [
        ("Tomas Weller", "Ruth Delgado"),
        ("Weller", "Ruth Delgado"),
    ]
    split = proposed(data, picked, {"action": "split", "choices": ["Weller"]})
    assert split == [Decision("split", "Weller", "person")]
    articles = entity_documents(data, weller)
    assert len(articles) == 2 and all(label.startswith("only in: ") for _, label in articles)
    first = articles[0][0]
    by_article = proposed(data, picked, {"action": "split", "choices": [first]})
    assert by_article == [
        Decision("split", "Tomas Weller", "person", documents=(first.removeprefix("doc:"),))
    ]
    every = [value for value, _ in articles]
    assert proposed(data, picked, {"action": "split", "choices": every}) == []
    assert proposed(data, picked, {"action": "reject", "reason": "x"}) == [
        Decision("reject", "Tomas Weller", "person", reason="x")
    ]
    retype = proposed(data, picked, {"action": "retype", "new_type": "organization"})
    assert retype == [Decision("retype", "Tomas Weller", "person", "organization")]
    assert proposed(data, picked, {"action": "retype", "new_type": "person"}) == []
    assert proposed(data, {"kind": "entity", "id": "gone"}, {"action": "reject"}) == []
    assert [o["value"] for o in matches(data, "entity", weller, "ruth del")] == [ruth]


def test_proposed_event_decisions_by_trigger_and_documents(session: ReviewSession) -> None:
    data = get_context().data
    (arrest,) = data.events
    sources = list(data.G.nodes[arrest]["sources"])
    picked = {"kind": "event", "id": arrest}
    split = proposed(data, picked, {"action": "split-event", "choices": sources[1:]})
    assert split == [Decision("split-event", "arrested", documents=tuple(sources[1:]))]
    # Every source leaving is no split at all.
    assert proposed(data, picked, {"action": "split-event", "choices": sources}) == []


def test_panel_is_there_only_in_review_mode(session: ReviewSession, built: Path) -> None:
    panel = review_panel()
    assert panel is not None and panel.id == ids.REVIEW
    create_app(ExplorerData.from_graph(read_graph(built / "graph.graphml")))
    assert review_panel() is None
    undo = render_ledger([(3, Decision("reject", "X"))]).children[0].children[1]
    assert undo.id == {"type": ids.REVIEW_UNDO, "line": "3"}
    assert INPUT_SHAPES[(ids.REVIEW_UNDO, "n_clicks")](2)


def test_appliers_at_once_lose_nothing_and_readers_see_whole_graphs(
    session: ReviewSession,
) -> None:
    names = ["Ruth Delgado", "Anna Kowalczyk", "Valley Courier", "Ledger Gazette"]
    seen: list[str] = []
    done = threading.Event()

    def read() -> None:
        while not done.is_set():
            data = get_context().data
            # A half-applied graph would have indexes that disagree with its graph.
            nodes = len(data.entities) + len(data.events) + len(data.documents)
            if nodes != data.G.number_of_nodes() or any(n not in data.G for n in data.entities):
                seen.append("half-applied")
            seen.append("read")

    readers = [threading.Thread(target=read) for _ in range(2)]
    appliers = [
        threading.Thread(target=session.apply, args=([Decision("reject", n)],)) for n in names
    ]
    for t in readers + appliers:
        t.start()
    for t in appliers:
        t.join()
    done.set()
    for t in readers:
        t.join()
    assert "half-applied" not in seen and "read" in seen
    assert len(read_ledger(session.ledger)[0]) == 4
    labels = {row.label for row in get_context().data.entities.values()}
    assert not labels & set(names) and "Tomas Weller" in labels
    assert get_context().exports.data is get_context().data
    (ruth,) = [n for n, d in session.decisions() if d.name == "Ruth Delgado"]
    session.undo(ruth)
    assert "Ruth Delgado" in {row.label for row in get_context().data.entities.values()}


def test_same_happening_as_joins_two_events_again(session: ReviewSession) -> None:
    data = get_context().data
    (arrest,) = data.events
    sources = list(data.G.nodes[arrest]["sources"])
    split = proposed(
        data, {"kind": "event", "id": arrest}, {"action": "split-event", "choices": sources[1:]}
    )
    assert session.preview(split).events == (1, 2)
    session.apply(split)
    data = get_context().data
    first, second = data.events
    same = proposed(
        data, {"kind": "event", "id": first}, {"action": "merge-event", "other": second}
    )
    assert [d.action for d in same] == ["merge-event"] and session.preview(same).events == (2, 1)
    session.apply(same)
    assert len(get_context().data.events) == 1
