"""Where and when an act was, told around it (issue 15): the office someone came from is
not where the act was, a state seen "as of" a day did not begin that day, a protest of
people held somewhere is where they are held, and a decision dated by its possessive is
one when its appositive names the body that made it; an agency's office named by its city
("ICE New Orleans") is not where it acted, nor is a lawsuit or a ruling in the county of
the one it names (only near it: drawn there when no report says where). Sentences invented;
each case was read wrong on an invented probe corpus. The publication date is Friday 8 March
2024.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from spacy.language import Language

from graphx.build.engines import extract
from graphx.build.pipeline import build
from graphx.extract.ner import load_nlp
from graphx.model import Document, EventMention
from graphx.settings import Settings, load_settings
from tests.extracting import NEEDS_MODEL, day_of

pytestmark = NEEDS_MODEL


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_nlp(Settings())


def read(nlp: Language, text: str) -> dict[str, tuple[EventMention, str, dict[str, str]]]:
    """Each trigger's event, its place's name ("" for none) and its participants by name."""
    document = Document("t", "t.txt", "txt", text, published="2024-03-08", published_basis="known")
    found = extract(nlp(text), document)
    names = {m.id: m.text for m in found.mentions}
    return {
        e.trigger: (e, names.get(e.place or "", ""), {names[i]: r for i, r in e.participants})
        for e in found.events
    }


def test_the_office_someone_came_from_is_not_where_the_act_was(nlp: Language) -> None:
    text = (
        "The sheriff signed it at the county jail alongside an ICE official from the "
        "agency's Charleston office."
    )
    _, place, _ = read(nlp, text)["signed"]
    assert place == ""
    # ... but agents from an agency named in full are the agency's, who act
    text = "This week, agents from Homeland Security Investigations surrounded a plant in Dover."
    _, place, people = read(nlp, text)["surrounded"]
    assert people.get("Homeland Security Investigations") == "agent"
    assert place == "Dover"


def test_a_state_seen_as_of_a_day_did_not_begin_that_day(nlp: Language) -> None:
    text = (
        "Dozens of men held at an immigration detention center in Tacoma stopped eating "
        "Monday and were still refusing meals as of Wednesday night, advocates said."
    )
    refusing, _, _ = read(nlp, text)["refusing"]
    assert refusing.time is None or refusing.time.date_start != "2024-03-06"
    # ... but a change "as of" a day is that day's (a review)
    stopped, _, _ = read(nlp, "The county jail stopped honoring ICE detainers as of Tuesday.")[
        "stopped"
    ]
    assert day_of(stopped) == "2024-03-05"


def test_people_held_somewhere_act_where_they_are_held(nlp: Language) -> None:
    text = (
        "Since Monday morning, at least 30 women held at the Tri-County Processing Center in "
        "Lumpkin, Georgia, have refused every meal brought to them."
    )
    refused, place, people = read(nlp, text)["refused"]
    assert place == "Lumpkin"
    assert people == {"Tri-County Processing Center": "other"}  # where they are, no agent
    assert day_of(refused) == "2024-03-04"
    # ... but a suit one of them files is the court's (a review)
    text = "A woman held at the Tri-County Processing Center in Lumpkin filed a lawsuit Tuesday."
    _, place, _ = read(nlp, text)["filed"]
    assert place != "Lumpkin"


def test_a_decision_its_appositive_says_a_body_made(nlp: Language) -> None:
    text = (
        "Last month's detainer decision — the Department of Corrections' order that the "
        "state's jails stop holding inmates for ICE unless a judge signs a warrant — was "
        "sold as caution."
    )
    decision, _, people = read(nlp, text)["decision"]
    assert decision.event_type == "policy"
    assert decision.time is not None and decision.time.value == "2024-02"
    assert "Department of Corrections" in people
    # a decision told with no body that made it tells no happening
    assert "decision" not in read(nlp, "Last month's decision was sold as caution.")


def test_a_later_hour_is_on_the_day_its_paragraph_told(nlp: Language) -> None:
    # the day told two sentences before, in the same paragraph, not the publication day
    text = (
        "Rosa Diaz was found unresponsive in her cell at about 3:10 a.m. March 2. Staff began "
        "CPR and called an ambulance. She was taken to a hospital, where she was pronounced "
        "dead at 4:05 a.m."
    )
    pronounced, _, _ = read(nlp, text)["pronounced"]
    assert day_of(pronounced) == "2024-03-02"
    # ... a later hour of a day told with its hour; not an hour after a day told with none,
    # weeks of which may have gone by (a review)
    text = (
        "He was arrested Feb. 1 near Yuma. He spent six weeks in the Florence center. He "
        "was released at 4 p.m."
    )
    released, _, _ = read(nlp, text)["released"]
    assert day_of(released) == "2024-03-08"


def test_passing_away_is_a_death(nlp: Language) -> None:
    text = (
        "A 51-year-old Honduran national in ICE custody passed away early Tuesday at a "
        "hospital in Lumpkin, Georgia."
    )
    passed, place, _ = read(nlp, text)["passed"]
    assert (passed.event_type, passed.lemma) == ("enforcement", "pass away")
    assert place == "Lumpkin"
    assert day_of(passed) == "2024-03-05"


def test_an_office_named_by_its_agency_and_city_is_not_where_it_acted(nlp: Language) -> None:
    # found in probe176: "ICE New Orleans, local partners arrest 41 in Northwest Arkansas"
    _, place, people = read(
        nlp, "On Tuesday, ICE New Orleans and local partners arrested 41 people."
    )["arrested"]
    assert place == "" and people.get("ICE") == "agent"
    # ... and where it acted, when told, is the place
    text = "On Tuesday, ICE New Orleans and local partners arrested 41 people in Benton County."
    assert read(nlp, text)["arrested"][1] == "Benton County"


def test_a_lawsuit_is_not_placed_in_the_county_of_the_one_it_names(nlp: Language) -> None:
    # found in probe184: a suit against a county's sheriff, named with the county, was
    # placed in the county; the other outlets told the court's city
    text = "A Dover group sued Marion County Sheriff Tom Hale on Tuesday."
    assert read(nlp, text)["sued"][1] == ""
    text = "Judge Ann Lee ruled Tuesday that the Marion County jail violated the law."
    assert read(nlp, text)["ruled"][1] == ""
    # ... where a place phrase names it, there
    text = "A Dover group sued Sheriff Tom Hale in federal court in Wilmington on Tuesday."
    assert read(nlp, text)["sued"][1] == "Wilmington"
    text = "Two lawsuits were filed in Wilmington federal court on Tuesday by Kent County."
    assert read(nlp, text)["filed"][1] == "Wilmington"
    # ... and a case its party's place is near is kept, undated and naming no one else (a
    # review)
    sued, _, _ = read(nlp, "The Kent County sheriff has been sued by a former inmate.")["sued"]
    assert sued.place is None and sued.near is not None
    # ... and other acts keep a place no phrase of place names
    text = "Sheriff Tom Hale arrested Marion County Commissioner Ann Lee on Tuesday."
    assert read(nlp, text)["arrested"][1] == "Marion County"


def test_a_case_only_near_a_county_is_drawn_there_when_no_report_says_where(
    tmp_path: Path,
) -> None:
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    corpus.mkdir()
    text = "Woman sues sheriff\n\nAna Ruiz sued Kent County Sheriff Tom Hale on Tuesday.\n"
    (corpus / "a.txt").write_text(text)
    build(corpus, out, settings=load_settings())
    graph = nx.read_graphml(out / "graph.graphml")
    (sued,) = [a for _, a in graph.nodes(data=True) if a.get("trigger") == "sued"]
    assert graph.nodes[sued["place"]]["label"] == "Kent County"
