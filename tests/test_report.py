"""Tests of graphx.ingest.report: the ingest table and JSON."""

from __future__ import annotations

import json
from pathlib import Path

from graphx.ingest.corpus import read_corpus
from graphx.ingest.report import format_table, to_json
from graphx.model import Corpus, Document, Problem

DOCS = [
    Document(
        "aaaa1111",
        "a.txt",
        "text",
        "One two three.",
        title="A Title",
        source="Paper",
        published="2019-05-07",
        published_basis="sidecar",
        furniture=["share: Share"],
    ),
    Document(
        "bbbb2222",
        "b.json",
        "json",
        "Four five.",
        published="2018",
        published_basis="inferred",
        warnings=["decoded as cp1252"],
    ),
]


def test_report_table_one_row_per_document() -> None:
    lines = format_table(Corpus("root", DOCS)).splitlines()
    assert lines[0].split() == [
        "id",
        "title",
        "source",
        "published",
        "(basis)",
        "words",
        "furniture",
        "warnings",
    ]
    assert lines[1].split() == [
        "aaaa1111",
        "A",
        "Title",
        "Paper",
        "2019-05-07",
        "(sidecar)",
        "3",
        "1",
        "-",
    ]
    assert lines[2].split() == [
        "bbbb2222",
        "(untitled)",
        "-",
        "2018",
        "(inferred)",
        "2",
        "0",
        "decoded",
        "as",
        "cp1252",
    ]
    assert lines[-1] == "2 document(s), no file skipped"


def test_report_table_lists_each_problem() -> None:
    problems = [Problem("x.bin", "binary file (not text)"), Problem("y.txt", "empty file")]
    text = format_table(Corpus("root", DOCS[:1], problems))
    assert text.splitlines()[-3:] == [
        "1 document(s), 2 file(s) skipped:",
        "  x.bin: binary file (not text)",
        "  y.txt: empty file",
    ]


def test_report_table_clips_long_cells() -> None:
    doc = Document("c", "c.txt", "text", "x", title="T" * 100)
    row = format_table(Corpus("r", [doc])).splitlines()[1]
    assert "T" * 43 + "…" in row and "T" * 45 not in row


def test_report_json_round_trip(demo_corpus: Path) -> None:
    corpus = read_corpus(demo_corpus)
    data = json.loads(to_json(corpus))
    assert data["root"] == corpus.root and data["problems"] == []
    assert [d["id"] for d in data["documents"]] == [d.id for d in corpus.documents]
    first = data["documents"][0]
    assert first["published_precision"] == "day" and first["word_count"] > 100
    assert set(first) >= {"title", "source", "published_basis", "furniture", "warnings", "text"}


def test_report_json_problems() -> None:
    data = json.loads(to_json(Corpus("r", [], [Problem("e.txt", "empty file")])))
    assert data["problems"] == [{"path": "e.txt", "message": "empty file"}]


def test_report_table_escapes_line_breaks_and_bidi_overrides() -> None:
    doc = Document("cccc3333", "c.txt", "text", "Text.", title="Evil\n\u202eeltit\x1b[2J")
    corpus = Corpus("x", [doc], [Problem("bad\nname.txt", "binary file (not text)")])
    table = format_table(corpus)
    assert len(table.splitlines()) == 5  # header, row, blank, summary, problem
    assert "\u202e" not in table and "\x1b" not in table
    assert "Evil\\n\\u202eeltit\\x1b[2J" in table
    assert "bad\\nname.txt: binary file (not text)" in table


def test_report_json_never_carries_a_lone_surrogate() -> None:
    doc = Document("dddd4444", "d.txt", "text", "A \ud800 b.", title="T\udfff")
    text = to_json(Corpus("x", [doc]))
    text.encode("utf-8")
    assert json.loads(text)["documents"][0]["title"] == "T\ufffd"
