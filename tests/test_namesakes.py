"""The state a document's place names of many states share (``extract/namesakes.py``)."""

from __future__ import annotations

from graphx.extract.namesakes import shared_state, state_of_its_county
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


def test_a_town_is_of_the_state_whose_namesake_lies_in_a_county_the_page_names() -> None:
    # found in probe305: "in and around Georgetown" beside "Sussex County" went to
    # Pennsylvania, which a Philadelphia dateline named more; Delaware's Georgetown is in
    # its Sussex County
    gaz = load_gazetteer()
    assert state_of_its_county("Georgetown", ["Philadelphia", "Sussex County"], gaz) == "Delaware"
    assert state_of_its_county("Springfield", ["Greene County"], gaz) == "Missouri"
    # no county, or one holding none of its namesakes: nothing said
    assert state_of_its_county("Georgetown", ["Philadelphia", "Delaware"], gaz) == ""
    assert state_of_its_county("Georgetown", ["Cook County"], gaz) == ""
    # a town named like the county the page names may be that county ("Boone, Kenton and
    # Campbell counties" beside "Boone County": found in probe303, Boone went to Iowa's)
    assert state_of_its_county("Boone", ["Boone County", "Kenton County"], gaz) == ""
