"""The state a document's place names of many states share (``extract/namesakes.py``)."""

from __future__ import annotations

from graphx.extract.namesakes import shared_state
from graphx.extract.places import load_gazetteer


def test_the_one_state_with_all_of_a_storys_namesakes_is_its_state() -> None:
    # found in a probe: a Michigan story's "Grand Rapids" went to Minnesota, named once in
    # passing; Grand Rapids, Hastings, Lansing and Barry County are all Michigan's
    names = ["Grand Rapids", "Barry County", "Hastings", "Minnesota", "Lansing"]
    assert shared_state(names, load_gazetteer()) == "Michigan"


def test_one_namesake_or_a_tie_says_nothing() -> None:
    gaz = load_gazetteer()
    assert shared_state(["Grand Rapids", "Minnesota", "Michigan"], gaz) == ""
    assert shared_state(["Springfield", "Franklin"], gaz) == ""  # many states have both
    assert shared_state([], gaz) == ""


def test_a_towns_government_is_the_towns_one_name() -> None:
    # found in probe287 (read): "Portland" and "City of Portland" counted twice for Oregon
    # made a Maine page an Oregon page
    assert shared_state(["Portland", "City of Portland"], load_gazetteer()) == ""
