"""The explorer's indexes: the numpy columns agree with the rows they were built from.

The vectorised answers (co-occurrence, masks, lanes) are checked against
plain Python over the same rows, on the hand-built contract graph and on a
generated 300-article graph (``benchmarks/make_large_graph.py``).
"""

from __future__ import annotations

import sys
import threading
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
from graph_factory import make_graph
from hypothesis import given, settings
from hypothesis import strategies as st

from graphx.explore import figures
from graphx.explore.data import GROUPINGS, RECENT_ANSWERS, ExplorerData, iso_day

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import make_large_graph  # noqa: E402


@pytest.fixture(scope="module")
def small() -> ExplorerData:
    return ExplorerData.from_graph(make_graph())


@pytest.fixture(scope="module")
def generated() -> ExplorerData:
    return ExplorerData.from_graph(make_large_graph.make_graph(300, seed=3))


def _shared_events(
    data: ExplorerData, events: set[str], kept: set[str]
) -> Counter[tuple[str, ...]]:
    """Pairs of kept entities and how many of ``events`` both take part in, in plain Python."""
    weights: Counter[tuple[str, ...]] = Counter()
    for event in events:
        members = sorted({n for n, _ in data.events[event].participants if n in kept})
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                weights[(a, b)] += 1
    return weights


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(0, 2**16), share_events=st.floats(0, 1), share_entities=st.floats(0, 1))
def test_explorer_co_occurrence_matches_plain_python(
    generated: ExplorerData, seed: int, share_events: float, share_entities: float
) -> None:
    rng = np.random.default_rng(seed)
    events = rng.random(len(generated.events)) < share_events
    kept = np.flatnonzero(rng.random(len(generated.entities)) < share_entities)
    a, b, weight = generated.co_occurrence(events, kept)
    got = Counter(
        {
            (str(x), str(y)): int(w)
            for x, y, w in zip(
                generated.entity_ids[a], generated.entity_ids[b], weight, strict=True
            )
        }
    )
    expected = _shared_events(
        generated, set(generated.cols.ids[events]), set(generated.entity_ids[kept])
    )
    assert got == expected
    order = [(-w, x, y) for (x, y), w in zip(got, weight.tolist(), strict=True)]
    assert order == sorted(order)  # heaviest first, ties in id order


def test_explorer_degree_counts_distinct_neighbours(small: ExplorerData) -> None:
    every = set(small.events)
    pairs = _shared_events(small, every, set(small.entities))
    for node, degree in small.degree.items():
        assert degree == sum(1 for pair in pairs if node in pair)


def test_explorer_columns_follow_the_rows(generated: ExplorerData) -> None:
    cols = generated.cols
    for i, (event, row) in enumerate(generated.events.items()):
        assert cols.ids[i] == event and generated.event_position[event] == i
        assert cols.type_names[cols.type_code[i]] == row.event_type
        assert bool(cols.dated[i]) == row.dated and bool(cols.uncertain[i]) == row.uncertain
        if row.dated:
            assert (iso_day(cols.start_ms[i]), iso_day(cols.end_ms[i])) == (row.start, row.end)
            assert iso_day(cols.mid_ms[i]) == row.mid
        else:
            assert np.isnan(cols.mid_ms[i])


@pytest.mark.parametrize("group_by", [*GROUPINGS, "no-such-grouping"])
def test_explorer_lane_codes_follow_lanes(generated: ExplorerData, group_by: str) -> None:
    codes, names = generated.lane_codes(group_by)
    known = group_by if group_by in GROUPINGS else "event_type"
    assert [names[c] for c in codes] == [generated.lane(e, known) for e in generated.events]


def test_explorer_unknown_groupings_share_one_cache_entry(small: ExplorerData) -> None:
    for i in range(50):
        small.lane_codes(f"client-sent-{i}")
        small.ranking(f"client-sent-{i}")
    assert set(small._lane_codes) <= set(GROUPINGS) and set(small._ranking) <= {
        "id",
        "degree",
        "centrality",
    }


def test_explorer_masks_and_positions_round_trip(small: ExplorerData) -> None:
    chosen = ["v:raid", "v:undated", "no-such-event"]
    mask = small.event_mask(chosen)
    assert set(small.cols.ids[mask]) == {"v:raid", "v:undated"}
    assert small.event_mask(np.flatnonzero(mask)).tolist() == mask.tolist()
    people = small.entities_of_events(mask)
    expected = {n for e in ("v:raid", "v:undated") for n, _ in small.events[e].participants}
    assert set(small.entity_ids[people]) == expected
    assert set(small.cols.ids[small.events_of_entities(people)]) >= {"v:raid", "v:undated"}


def test_explorer_timeline_sends_typed_arrays(generated: ExplorerData) -> None:
    fig = figures.timeline_figure(generated, np.arange(len(generated.events)), webgl_threshold=10)
    points = [t for t in fig.to_plotly_json()["data"] if t.get("customdata") is not None][0]
    # Plotly encodes numpy arrays as {"dtype", "bdata"} (base64), not as JSON lists.
    assert points["x"]["dtype"] == "f4" and "bdata" in points["y"]
    # dcc.Graph reads a clicked point's customdata from the figure as sent: it must be a list.
    assert points["customdata"] == sorted(points["customdata"]) and all(
        isinstance(c, int) for c in points["customdata"]
    )


def test_explorer_labels_never_fall_back_to_ids() -> None:
    # issue 17: a node without a label showed its id to people.
    G = make_graph()
    del G.nodes["v:raid"]["label"]
    G.nodes["v:raid"].pop("summary", None)
    G.nodes["e:aclu"]["label"] = ""
    data = ExplorerData.from_graph(G)
    assert data.events["v:raid"].label == "enforcement"
    assert data.entities["e:aclu"].label == "American Civil Liberties Union"


def test_explorer_remember_keeps_the_last_answers_and_drops_the_oldest() -> None:
    data = ExplorerData.from_graph(make_graph())
    calls: list[int] = []

    def answer(i: int) -> int:
        calls.append(i)
        return i * i

    assert data.remember(("sq", 3), lambda: answer(3)) == 9
    assert data.remember(("sq", 3), lambda: answer(3)) == 9 and calls == [3]
    for i in range(RECENT_ANSWERS):
        data.remember(("sq", 100 + i), lambda i=i: answer(100 + i))
    data.remember(("sq", 3), lambda: answer(3))
    assert calls.count(3) == 2  # the oldest answer was dropped
    data.remember("table", lambda: answer(-1), forever=True)
    for i in range(2 * RECENT_ANSWERS):
        data.remember(("sq", 200 + i), lambda i=i: answer(200 + i))
    assert data.remember("table", lambda: answer(-1), forever=True) == 1 and calls.count(-1) == 1


def test_explorer_remember_is_safe_across_threads() -> None:
    # Issue 14: the selection cache was a module-global dict shared by the server's threads.
    data = ExplorerData.from_graph(make_graph())
    errors: list[AssertionError] = []

    def ask(start: int) -> None:
        try:
            for i in range(start, start + 400):
                assert data.remember(("n", i % 40), lambda i=i: i % 40) == i % 40
        except AssertionError as e:
            errors.append(e)

    workers = [threading.Thread(target=ask, args=(k * 7,)) for k in range(8)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(30)
    assert errors == [] and len(data._recent) <= RECENT_ANSWERS
