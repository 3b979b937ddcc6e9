"""Integrity of the shipped resource files: tables, patterns, titles, aliases, gazetteer."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
import spacy
import srsly

from graphx.extract.ner import (
    known_names,
    known_table,
    normalize_name,
    read_products,
    read_titles,
    table_patterns,
)
from graphx.extract.places import load_gazetteer
from graphx.lexicon import shipped
from graphx.resolve.entities import read_aliases

TABLES = ("agencies.csv", "media.csv", "people.csv", "organizations.csv")


def rows(name: str) -> list[dict[str, str]]:
    with shipped().path(name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_resources_ids_are_unique_across_tables() -> None:
    ids = [row["id"] for name in TABLES for row in rows(name)]
    assert len(ids) == len(set(ids))


def test_resources_agency_parents_exist_and_levels_are_known() -> None:
    agencies = rows("agencies.csv")
    ids = {row["id"] for row in agencies}
    for row in agencies:
        assert not row["parent"] or row["parent"] in ids, row
        assert row["level"] in ("federal", "state", "local"), row


def test_resources_no_surface_form_names_two_rows() -> None:
    seen: dict[str, str] = {}
    for row in known_table():
        for form in row.forms:
            key = normalize_name(form)
            assert seen.setdefault(key, row.id) == row.id, (form, seen[key], row.id)


def test_resources_table_names_are_indexed() -> None:
    index = known_names()
    assert index["ice"].id == "ice"
    assert index[normalize_name("Immigration and Customs Enforcement")].id == "ice"
    assert index[normalize_name("The Associated Press")].type == "media"


def test_resources_patterns_are_valid() -> None:
    patterns = list(srsly.read_jsonl(shipped().path("patterns.jsonl")))
    assert patterns and all(set(p) == {"label", "pattern", "id"} for p in patterns)
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler", config={"validate": True})
    ruler.add_patterns([{k: v for k, v in p.items() if k != "id" or v} for p in patterns])
    ruler.add_patterns(table_patterns(nlp))
    doc = nlp("The Franklin County Sheriff's Office and the New York City Department of Correction")
    assert [e.label_ for e in doc.ents] == ["AGENCY", "AGENCY"]


def test_resources_products_file_has_products() -> None:
    products = read_products()
    assert {"windows vista", "camry"} <= products
    # issue 13: names taken from the evaluation corpora are gone
    assert not {"taurus", "hang seng", "macbook air"} & products
    assert not any(p.startswith("#") for p in products)


def test_resources_products_are_not_known_bodies() -> None:
    """A product line that is also a table name would silently drop that body."""
    clash = {p for p in read_products() if normalize_name(p) in known_names()}
    assert not clash, clash


def test_resources_titles_file_has_titles() -> None:
    assert {"mayor", "sheriff", "director", "acting", "secretary"} <= read_titles()


def test_resources_aliases_file_parses() -> None:
    rules = read_aliases(shipped())
    assert rules.merge == {} and rules.split == set()


def test_resources_gazetteer_file_parses() -> None:
    gaz = load_gazetteer()
    assert gaz.extras["nyc"].name == "New York City"


@pytest.mark.parametrize("name", [*TABLES, "gazetteer.csv", "aliases.csv"])
def test_resources_csv_files_are_utf8_with_header(name: str) -> None:
    text = Path(shipped().path(name)).read_text(encoding="utf-8")
    assert text.splitlines()[0].count(",") >= 2
