"""Integrity of the shipped resource files: tables, patterns, titles, aliases, gazetteer."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
import spacy
import srsly

from graphx.errors import SettingsError
from graphx.extract.credits import credit_spans
from graphx.extract.headlines import small_words
from graphx.extract.known import name_words
from graphx.extract.lines import run_on_words
from graphx.extract.ner import (
    known_names,
    known_table,
    normalize_name,
    read_products,
    read_titles,
    table_patterns,
)
from graphx.extract.places import load_gazetteer, lookup
from graphx.lexicon import SHIPPED, Lexicon, shipped
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


def test_resources_name_words_hold_the_lists_that_were_code() -> None:
    # issue 14: these lists moved from graphx/extract/ner.py to name_words.csv unchanged.
    words = name_words()
    assert {"de", "van", "von", "bin", "al", "st"} <= words.particles
    assert words.honorifics == {"mr", "mrs", "ms", "dr", "miss"}
    assert words.eras == {"era", "years", "age"}
    assert {"UTC", "USD", "JPY"} <= words.codes
    assert {"European", "North American", "Middle Eastern"} <= words.regions
    assert {"llc", "inc.", "n.v.", "gmbh", "lp"} <= words.legal_forms
    assert words.indexes == {"index", "indices", "indexes", "average", "composite"}


@pytest.mark.parametrize("name", ["name_words.csv", "place_words.csv"])
def test_resources_word_table_with_an_unknown_kind_is_named(name: str, tmp_path: Path) -> None:
    folder = tmp_path / "resources"
    shutil.copytree(SHIPPED, folder)
    (folder / name).write_text("kind,word\nnickname,bob\n", encoding="utf-8")
    lexicon = Lexicon(folder=folder)
    with pytest.raises(SettingsError, match=name):
        name_words(lexicon) if name == "name_words.csv" else load_gazetteer(lexicon)


def test_resources_place_words_feed_the_gazetteer() -> None:
    gaz = load_gazetteer()
    assert gaz.countries["usa"] == gaz.countries["u s"] == "United States"
    assert gaz.county_words == {"county", "parish", "borough"}
    place = lookup("Orleans Parish")
    assert place is not None and place.level == "county"


def test_resources_word_lists_of_headlines_lines_and_credits() -> None:
    assert {"the", "of", "amid", "vs"} <= small_words()
    assert {"of", "mayor", "director"} <= run_on_words()
    text = "The storm hit.\nJane Roe / Getty Images\nIt rained. (Reuters Photo/John Doe)"
    assert [text[a:b] for a, b in credit_spans(text)] == [
        "Jane Roe / Getty Images",
        "(Reuters Photo/John Doe)",
    ]


@pytest.mark.parametrize(
    ("text", "credits"),
    [
        # a credit with an outlet's name after a caption's last sentence, and "Credit ..."
        ("Trucks on Tuesday. Ana Ruiz/Dayton Ledger", [" Ana Ruiz/Dayton Ledger"]),
        ("Tom Ray at home. Credit Ana Ruiz / Ohio Radio", [" Credit Ana Ruiz / Ohio Radio"]),
        # a slash between names inside a sentence, and a company called Credit, are none
        ("The mayor spoke. Tom Ray/Ann Lee ticket won the race.", []),
        ("He said it. Credit Suisse agreed to pay.", []),
        # a contribution line opens a line or a sentence; a bill "written by" its sponsor is
        # none (a review)
        ("The port closed.\nReporting by Ana Ruiz; editing by Tom Ray",
         ["Reporting by Ana Ruiz; editing by Tom Ray"]),
        ("The bill, written by state Sen. Ana Ruiz, passed.", []),
        ("The port closed. Additional reporting by Ana Ruiz.",
         [" Additional reporting by Ana Ruiz."]),
    ],
)  # fmt: skip
def test_resources_credits_after_a_caption(text: str, credits: list[str]) -> None:
    assert [text[a:b] for a, b in credit_spans(text)] == credits
