"""The decision ledger: a reader's corrections by name, replayed on every build (issue 19)."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from graphx.errors import SettingsError
from graphx.model import Entity
from graphx.resolve.aliases import AliasRules, apply_review, unapplied
from graphx.resolve.ledger import Decision, append, read_ledger, read_numbered, remove


def test_ledger_append_read_and_undo(tmp_path: Path) -> None:
    path = tmp_path / "decisions.jsonl"
    assert read_ledger(path) == ([], [])
    first = append(path, Decision("reject", "Agent X", "person", reason="a headline word"))
    assert first.author and first.time.endswith("Z")
    append(path, Decision("merge", "DOC", "agency", "City Department of Correction"))
    (decisions, problems) = read_ledger(path)
    assert [d.action for d in decisions] == ["reject", "merge"] and problems == []
    assert json.loads(path.read_text().splitlines()[0])["name"] == "Agent X"
    assert "reject" in remove(path, 1)
    assert [d.name for d in read_ledger(path)[0]] == ["DOC"]
    with pytest.raises(SettingsError, match="no decision on line 5"):
        remove(path, 5)


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ('{"action": "explode", "name": "x"}', "action must be one of"),
        ('{"action": "merge", "name": "x"}', "a merge needs a target"),
        ('{"action": "retype", "name": "x", "target": "planet"}', "retype needs one of"),
        ('{"action": "reject", "name": "x", "type": "planet"}', "unknown type"),
        ('{"action": "reject", "name": ""}', "needs a name"),
        ("[1, 2]", "not a JSON object"),
        ("{not json", "Expecting property name"),
        ("\udcff{bad bytes", "Expecting value"),
    ],
)
def test_ledger_a_malformed_line_is_named_and_left_out(
    tmp_path: Path, line: str, problem: str
) -> None:
    path = tmp_path / "decisions.jsonl"
    data = f'{{"action": "split", "name": "Ann Lee"}}\n{line}\n'
    path.write_bytes(data.encode("utf-8", errors="surrogateescape"))
    numbered, problems = read_numbered(path)
    assert [(n, d.name) for n, d in numbered] == [(1, "Ann Lee")]
    (only,) = problems
    assert only.path == "decisions.jsonl, line 2" and problem in only.message


def test_ledger_writers_at_once_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "decisions.jsonl"

    def write(n: int) -> None:
        for i in range(20):
            append(path, Decision("split", f"Name {n}-{i}"))

    threads = [threading.Thread(target=write, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    decisions, problems = read_ledger(path)
    assert len(decisions) == 80 and problems == []


def test_ledger_review_rules_reject_retype_and_report_what_no_longer_applies() -> None:
    entities = {
        "per_1": Entity("per_1", "person", "X. Rest"),
        "org_1": Entity("org_1", "organization", "Tren de Aragua", aliases={"TdA"}),
        "age_1": Entity("age_1", "agency", "County Jail"),
    }
    decisions = [
        Decision("reject", "X. Rest", "person"),
        Decision("retype", "tda", "", "organization"),
        Decision("retype", "County Jail", "", "organization"),
        Decision("reject", "Nobody Here"),
    ]
    rules = AliasRules()
    for d in decisions:
        rules.add(d)
    rejected = apply_review(entities, rules)
    assert set(rejected) == {"per_1"} and sorted(entities) == ["age_1", "org_1"]
    assert entities["age_1"].type == "organization"
    assert unapplied(decisions, entities, rejected) == ["reject 'Nobody Here'"]
