"""The view in the URL: readable names, old id links, notices for unknown names (issue 17)."""

from __future__ import annotations

import pytest
from graph_factory import make_graph

from graphx.explore.data import ExplorerData
from graphx.explore.filters import FilterState
from graphx.ui.query import Query, ViewState, read_query, write_query


@pytest.fixture(scope="module")
def data() -> ExplorerData:
    return ExplorerData.from_graph(make_graph())


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        ("", Query()),
        ("?jurisdiction=Illinois", Query(FilterState(jurisdictions=["e:il"]))),
        ("?jurisdiction=illinois", Query(FilterState(jurisdictions=["e:il"]))),
        ("?j=e:il", Query(FilterState(jurisdictions=["e:il"]))),  # an old link
        ("?administration=Biden", Query(FilterState(administrations=["Biden"]))),
        ("?a=Biden", Query(FilterState(administrations=["Biden"]))),
        (
            "?administration=Trump",  # the president: both his terms
            Query(FilterState(administrations=["Trump (1st term)", "Trump (2nd term)"])),
        ),
        ("?type=legal_action", Query(FilterState(event_types=["legal_action"]))),
        ("?type=legal%20action", Query(FilterState(event_types=["legal_action"]))),
        ("?vt=release", Query(FilterState(event_types=["release"]))),
        ("?entity=Matthew%20Albence", Query(entity="e:albence")),
        ("?entity=matthew+albence", Query(entity="e:albence")),
        ("?lanes=agency", Query(view=ViewState(group_by="agency"))),
        ("?group=agency", Query(view=ViewState(group_by="agency"))),
        (
            "?from=2018-01-01&to=2018-12-31&q=albence",
            Query(FilterState(date_from="2018-01-01", date_to="2018-12-31", text="albence")),
        ),
    ],
)
def test_query_reads_names_and_old_ids(data: ExplorerData, search: str, expected: Query) -> None:
    assert read_query(data, search) == expected


@pytest.mark.parametrize(
    ("search", "words"),
    [
        ("?jurisdiction=Atlantis", "jurisdiction called “Atlantis”"),
        ("?administration=Lincoln", "administration called “Lincoln”"),
        ("?type=parade", "event type called “parade”"),
        ("?entity=Nobody", "entity called “Nobody”"),
        ("?lanes=colour", "lanes by “colour”"),
    ],
)
def test_query_unknown_names_are_noticed(data: ExplorerData, search: str, words: str) -> None:
    query = read_query(data, search)
    assert len(query.notices) == 1 and words in query.notices[0]
    assert query.state == FilterState() and query.entity == ""


def test_query_writes_names_a_reader_can_edit(data: ExplorerData) -> None:
    state = FilterState(
        jurisdictions=["e:il"],
        administrations=["Trump (1st term)"],
        event_types=["legal_action"],
        date_from="2018-01-01",
        date_to="2018-12-31",
        text="albence",
    )
    query = write_query(data, state, ViewState(group_by="agency"), entity="e:albence")
    assert query == (
        "?jurisdiction=Illinois&administration=Trump%20(1st%20term)&type=legal_action"
        "&from=2018-01-01&to=2018-12-31&q=albence&entity=Matthew%20Albence&lanes=agency"
    )
    assert read_query(data, query) == Query(state, ViewState(group_by="agency"), "e:albence")
