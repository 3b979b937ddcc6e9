"""The publishable events table and its one-row-per-source companion, values by hand."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from graphx.explore.data import ExplorerData
from graphx.explore.filters import FilterState
from graphx.exports import Provenance, write_view
from tests.graph_factory import make_graph


def _rows(path: Path) -> dict[str, dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return {row["event_id"]: row for row in csv.DictReader(f)}


@pytest.fixture
def data() -> ExplorerData:
    G = make_graph()
    report = {"doc_id": "a", "sentence": "Last Friday ICE served subpoenas."}
    report.update(date_text="Last Friday", date="2020-01-17")
    G.nodes["v:subpoena"]["reports"] = [report]
    G.nodes["v:subpoena"].update(reported="2020-01-20", reported_basis="file metadata")
    G.nodes["d:c"]["published"] = "2018-12/.."
    return ExplorerData.from_graph(G)


def test_export_tables_events_row_written_by_hand(data: ExplorerData, tmp_path: Path) -> None:
    paths = write_view(data, FilterState(), tmp_path / "ev.csv", format="events",
                       provenance=Provenance(documents=5))  # fmt: skip
    assert [p.name for p in paths] == ["ev.csv", "ev.provenance.json"]
    rows = _rows(paths[0])
    assert len(rows) == 9
    sub = rows["v:subpoena"]
    assert sub["headline"] == "ICE subpoenaed New York City"
    assert sub["type"] == "legal action"
    assert sub["date"] == "17 January 2020"
    assert sub["first_reported"] == "20 January 2020"
    assert sub["place"] == "New York City"
    assert sub["agents"] == "Immigration and Customs Enforcement"
    assert sub["patients"] == "New York City"
    assert sub["others"] == "Matthew Albence"
    assert sub["evidence"] == "ICE subpoenaed New York City."
    assert (sub["source_outlets"], sub["source_dates"]) == ("Example News", "2020-01-20")
    assert sub["source_urls"] == "https://example.org/a"
    arrests = rows["v:arrests"]
    assert arrests["date"] == "about fiscal year 2018 (1 October 2017 to 30 September 2018)"
    assert arrests["date_uncertain"] == "yes"
    assert (
        arrests["agents"]
        == "Enforcement and Removal Operations | Immigration and Customs Enforcement"
    )
    assert rows["v:grant"]["administration"] == "Obama | Trump (1st term)"
    assert rows["v:undated"]["date"] == "no date"
    assert rows["v:undated"]["source_urls"] == ""  # a javascript: URL is not published


def test_export_tables_per_source_rows(data: ExplorerData, tmp_path: Path) -> None:
    paths = write_view(data, FilterState(event_types=["legal_action", "enforcement"]),
                       tmp_path / "ev.csv", format="events", provenance=Provenance(),
                       per_source=True)  # fmt: skip
    assert [p.name for p in paths] == ["ev.csv", "ev-sources.csv", "ev.provenance.json"]
    with paths[1].open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert sorted(r["event_id"] for r in rows) == ["v:arrests", "v:raid", "v:subpoena", "v:suit"]
    by_event = {r["event_id"]: r for r in rows}
    sub = by_event["v:subpoena"]
    assert sub["sentence"] == "Last Friday ICE served subpoenas."
    assert (sub["date_as_written_by_source"], sub["date_by_source"]) == (
        "Last Friday",
        "2020-01-17",
    )
    assert (sub["outlet"], sub["published_in_words"]) == ("Example News", "20 January 2020")
    assert by_event["v:arrests"]["published_in_words"] == "not before December 2018"


def test_export_tables_neutralise_formulas(tmp_path: Path) -> None:
    G = make_graph()
    G.nodes["v:raid"]["label"] = '=HYPERLINK("http://x")'
    rows = _rows(write_view(ExplorerData.from_graph(G), FilterState(), tmp_path / "e.csv",
                            format="events", provenance=Provenance())[0])  # fmt: skip
    assert rows["v:raid"]["headline"] == '\'=HYPERLINK("http://x")'


def test_export_tables_sidecar_records_the_filter(data: ExplorerData, tmp_path: Path) -> None:
    from graphx.exports import make_provenance

    state = FilterState(jurisdictions=["e:il"], date_from="2019-01-01")
    write_view(data, state, tmp_path / "e.csv", format="events",
               provenance=make_provenance(data, state, built="2026-11-01"))  # fmt: skip
    saved = json.loads((tmp_path / "e.provenance.json").read_text(encoding="utf-8"))["provenance"]
    assert saved["filter"] == "in Illinois (and the places inside); from 2019-01-01 to the end"
    assert (saved["built"], saved["documents"]) == ("2026-11-01", 5)
    assert saved["graphx_version"]
