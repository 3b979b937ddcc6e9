"""Where a report was (resolve/places.py): local bodies, and places the gazetteer does
not know. Situations invented; no model."""

from __future__ import annotations

from dataclasses import replace

from graphx.extract.taxonomy import load_taxonomy
from graphx.model import Entity, EventMention, Participant
from graphx.resolve.places import local_places, place_names, placed, unknown_places_within
from graphx.resolve.reports import Told, occurrence


def jurisdiction(id_: str, label: str, level: str = "", docs: tuple[str, ...] = ()) -> Entity:
    return Entity(id_, "jurisdiction", label, level=level, doc_ids=set(docs))


ENTITIES = {
    "ny": jurisdiction("ny", "New York", "state", ("a", "b")),
    "nyc": jurisdiction("nyc", "New York City", "city", ("a", "b")),
    "man": jurisdiction("man", "Manhattan", "county", ("a",)),
    "tulsa": jurisdiction("tulsa", "Tulsa", "city", ("c", "d")),
    "akron": jurisdiction("akron", "Akron", "city", ("e",)),
    "border": jurisdiction("border", "Southwest Border", docs=("c", "e")),
    "westlake": jurisdiction("westlake", "Westlake District", docs=("c", "d")),
}
WITHIN = {
    "ny": frozenset({"ny"}),
    "nyc": frozenset({"nyc", "ny"}),
    "man": frozenset({"man", "nyc", "ny"}),
    "tulsa": frozenset({"tulsa"}),
    "akron": frozenset({"akron"}),
}


def test_places_an_articles_local_place_is_its_deepest_when_the_rest_contain_it() -> None:
    # a names Manhattan and New York City: Manhattan; b only New York City; a state alone
    # (New York) is no local place
    assert local_places(ENTITIES, WITHIN) == {"a": "man", "b": "nyc", "c": "tulsa", "d": "tulsa",
                                               "e": "akron"}  # fmt: skip
    two = {**ENTITIES, "akron": jurisdiction("akron", "Akron", "city", ("c", "e"))}
    assert "c" not in local_places(two, WITHIN)  # Tulsa and Akron: no one place


def test_places_an_unknown_place_is_within_the_city_its_articles_agree_on() -> None:
    found = unknown_places_within(ENTITIES, WITHIN)
    # the Westlake District is named in two Tulsa articles: within Tulsa
    assert found["westlake"] == frozenset({"westlake", "tulsa"})
    # the Southwest Border in a Tulsa and an Akron article: left unknown
    assert "border" not in found


def told(participants: list[str], place: str = "") -> Told:
    mention = EventMention(0, "sued", "legal_action", "s")
    return Told(mention, "a", [Participant(p, "agent") for p in participants], place, "s")


def test_places_a_local_body_places_a_report_and_a_state_body_only_near() -> None:
    entities = {
        **ENTITIES,
        "court": Entity("court", "agency", "Tulsa Municipal Court"),
        "ag": Entity("ag", "agency", "New York Attorney General"),
    }
    names = place_names(entities)
    local = placed(told(["court"]), entities, names)
    assert (local.place, local.near) == ("tulsa", "")
    state = placed(told(["ag"]), entities, names)
    assert (state.place, state.near) == ("", "ny")
    # a place of its own is kept; an entity resolution dropped is no body at all
    assert placed(told(["court"], "akron"), entities, names).place == "akron"
    assert placed(told(["gone"]), entities, names) == told(["gone"])


def test_places_a_national_agencys_regional_office_places_nothing() -> None:
    # found in probe304: "signed today by Sheriff ... and ICE's New Orleans Field Office"
    # put the signing in New Orleans, apart from the report of it placed where it was
    entities = {
        **ENTITIES,
        "office": Entity("office", "agency", "Tulsa Field Office"),
        "sector": Entity("sector", "agency", "Akron Sector"),
        "police": Entity("police", "agency", "Akron Police Department"),
    }
    names = place_names(entities)
    office = placed(told(["office"]), entities, names)
    assert (office.place, office.near) == ("", "tulsa")  # near it only: vetoes no place
    sector = placed(told(["sector"]), entities, names)
    assert (sector.place, sector.near) == ("", "akron")
    # ... unless the act was done at the office (a review: a check-in, an interview)
    at = replace(told(["office"]), sentence="He was arrested at the Tulsa Field Office.")
    assert placed(at, entities, names).place == "tulsa"
    # the local body beside it still places the report
    assert placed(told(["office", "police"]), entities, names).place == "akron"


def test_places_a_body_sits_in_the_namesake_its_article_names() -> None:
    # two Franklin Counties, each named by its own article: the sheriff's office of
    # article "a" sits in the one "a" names, whichever the corpus listed first
    entities = {
        "fr_wa": jurisdiction("fr_wa", "Franklin County", "county", ("b",)),
        "fr_vt": jurisdiction("fr_vt", "Franklin County", "county", ("a",)),
        "sheriff": Entity("sheriff", "agency", "Franklin County Sheriff's Office"),
    }
    names = place_names(entities)
    assert placed(told(["sheriff"]), entities, names).place == "fr_vt"
    # one place, its name in two cases ("LOS ANGELES" in a dateline), is no namesake
    shouted = {**entities, "fr_vt": jurisdiction("fr_vt", "Franklin County", "county", ("a",))}
    shouted["fr_vt"].aliases = {"FRANKLIN COUNTY"}
    del shouted["fr_wa"]
    lone = Told(told([]).mention, "c", [Participant("sheriff", "agent")], "", "s")
    assert placed(lone, shouted, place_names(shouted)).place == "fr_vt"
    # an article naming neither of two namesakes: neither
    elsewhere = Told(told([]).mention, "c", [Participant("sheriff", "agent")], "", "s")
    assert placed(elsewhere, entities, names).place == ""


def test_places_a_report_is_filed_where_its_datelines_town_or_county_is() -> None:
    # found in a probe corpus: "FAIRFIELD — ... they had arrested 11 of the 14 men" named no
    # place, and the wire story's "nine detained" at Fairfield could not be the same raid
    taxonomy = load_taxonomy()
    assert occurrence(replace(told([]), filed="akron"), None, ENTITIES, taxonomy).filed == "akron"
    # a state's dateline says nothing of where
    assert occurrence(replace(told([]), filed="ny"), None, ENTITIES, taxonomy).filed == ""
    # ... and it is no place of the report's own: it agrees with none (``happenings``)
    assert occurrence(replace(told([]), filed="akron"), None, ENTITIES, taxonomy).place == ""
