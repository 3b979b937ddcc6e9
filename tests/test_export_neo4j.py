"""Neo4j import files, checked against the documented header rules of ``neo4j-admin``.

No Neo4j server is available to the tests (not in the package registries
this project uses), so the files are checked against the rules of
"Import: CSV header format" in the Neo4j 5 operations manual: one ``:ID``
column per node file, ``:START_ID`` and ``:END_ID`` in relationship files,
``name:type`` headers with a known type (``[]`` for arrays, items joined
with the array delimiter ``;``), dates as ISO days, booleans as
``true``/``false``, every relationship end a node id, and a command that
names every file.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path

import pytest

from graphx.build.neo4j import QUERIES, write_neo4j
from tests.graph_factory import make_graph

TYPES = {"int", "long", "float", "double", "boolean", "byte", "short", "char", "string",
         "point", "date", "localtime", "time", "localdatetime", "datetime", "duration"}  # fmt: skip
FIELD = re.compile(r"(?P<name>[^:]*)(?::(?P<type>[A-Za-z_]+)(?P<array>\[\])?)?")


def _read(path: Path) -> tuple[list[str], list[list[str]]]:
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    return rows[0], rows[1:]


def _check_value(kind: str, array: bool, value: str) -> None:
    if value == "":
        return  # an empty field is no property
    for item in value.split(";") if array else [value]:
        assert item != "", value
        if kind == "date":
            dt.date.fromisoformat(item)
        elif kind == "boolean":
            assert item in ("true", "false")
        elif kind in ("long", "int"):
            int(item)
        elif kind in ("double", "float"):
            float(item)


def check_file(path: Path, *, relationships: bool) -> list[list[str]]:
    """Check a file's header and values; returns its rows."""
    header, rows = _read(path)
    special = [h for h in header if h.startswith(":") or h.endswith(":ID")]
    if relationships:
        assert header[:2] == [":START_ID", ":END_ID"] and special == header[:2]
    else:
        assert header[0].endswith(":ID") and special == header[:1]
    for i, field in enumerate(header[len(special) :], len(special)):
        m = FIELD.fullmatch(field)
        assert m and m["name"], field
        kind = m["type"] or "string"
        assert kind in TYPES, field
        for row in rows:
            assert len(row) == len(header)
            _check_value(kind, bool(m["array"]), row[i])
    return rows


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    write_neo4j(make_graph(), tmp_path / "graphx")
    return tmp_path / "graphx"


def _by_id(path: Path) -> dict[str, dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return {row[next(iter(row))]: row for row in csv.DictReader(f)}


def test_export_neo4j_files_follow_the_header_rules(folder: Path) -> None:
    G = make_graph()
    ids: list[str] = []
    for path in sorted(folder.glob("nodes-*.csv")):
        ids += [row[0] for row in check_file(path, relationships=False)]
    assert len(ids) == len(set(ids)) == G.number_of_nodes()  # one id space, every node once
    ends = 0
    for path in sorted(folder.glob("rels-*.csv")):
        for row in check_file(path, relationships=True):
            assert row[0] in ids and row[1] in ids
            ends += 1
    assert ends == G.number_of_edges()


def test_export_neo4j_typed_values_written_by_hand(folder: Path) -> None:
    events = _by_id(folder / "nodes-event.csv")
    assert events["v:release"]["date_start:date"] == "2019-05-01"
    assert events["v:release"]["date_end:date"] == "2019-05-31"
    assert events["v:grant"]["administration:string[]"] == "Obama;Trump (1st term)"
    assert events["v:arrests"]["date_uncertain:boolean"] == "true"
    assert events["v:undated"]["date_start:date"] == ""  # no date: no property
    places = _by_id(folder / "nodes-jurisdiction.csv")
    assert places["e:us"]["aliases:string[]"] == "U.S.;USA"
    assert places["e:us"]["mentions:long"] == "3"
    people = _by_id(folder / "nodes-person.csv")
    assert people["e:albence"]["roles"].startswith('[{"title": "Director"')  # JSON text
    with (folder / "rels-affiliated_with.csv").open(encoding="utf-8") as f:
        assert f.readline().strip() == ":START_ID,:END_ID,doc_id,evidence,role"


def test_export_neo4j_command_names_every_file_with_its_labels(folder: Path) -> None:
    command = (folder / "import.sh").read_text(encoding="utf-8")
    assert "neo4j-admin database import full" in command
    named = dict(re.findall(r"--(?:nodes|relationships)=(\S+)=(\S+\.csv)", command))
    files = {p.name for p in folder.glob("*.csv")}
    assert set(named.values()) == files
    by_file = {f: labels for labels, f in named.items()}
    assert by_file["nodes-person.csv"] == "Node:Entity:Person"
    assert by_file["nodes-event.csv"] == "Node:Event"
    assert by_file["rels-part_of.csv"] == "PART_OF"


def test_export_neo4j_load_cypher_reads_every_file(folder: Path) -> None:
    cypher = (folder / "load.cypher").read_text(encoding="utf-8")
    assert "REQUIRE n.id IS UNIQUE" in cypher
    for path in folder.glob("*.csv"):
        assert f"'file:///graphx/{path.name}'" in cypher
    assert "date(row.`date_start:date`)" in cypher
    assert "split(row.`aliases:string[]`, ';')" in cypher
    assert "CREATE (a)-[r:WITHIN]->(b)" in cypher


def test_export_neo4j_readme_has_three_queries(folder: Path) -> None:
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert len(QUERIES) == 3 and readme.count("```cypher") == 3
    assert "neo4j-admin database import full" in readme


def test_export_neo4j_array_items_never_carry_the_delimiter(tmp_path: Path) -> None:
    G = make_graph()
    G.nodes["e:us"]["aliases"] = ["A; B", "C"]
    write_neo4j(G, tmp_path / "out")
    assert (
        _by_id(tmp_path / "out" / "nodes-jurisdiction.csv")["e:us"]["aliases:string[]"] == "A, B;C"
    )
