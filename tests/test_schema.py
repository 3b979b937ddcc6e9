"""Tests of graphx.schema: decoded JSON checked against a dataclass (issue 12 F8)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

import pytest

from graphx.ingest.readers import Record
from graphx.schema import SchemaError, checker


@dataclass
class Inner:
    at: int
    note: str = ""


@dataclass
class Outer:
    name: str
    score: float
    flag: bool
    kind: Literal["a", "b"]
    pairs: list[tuple[int, str]] = field(default_factory=list)
    inner: Inner | None = None


GOOD: dict[str, Any] = {
    "name": "x",
    "score": 1,
    "flag": False,
    "kind": "a",
    "pairs": [[1, "agent"]],
    "inner": {"at": 3},
}


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"name": None}, "name: expected str, got null"),
        ({"score": "1.5"}, "score: expected float, got str"),
        ({"flag": 0}, "flag: expected bool, got int"),
        ({"kind": "c"}, "kind: 'c' is not one of ['a', 'b']"),
        ({"pairs": [[1, "agent"], [2]]}, "pairs[1]: expected a list of 2, got list"),
        ({"pairs": [[True, "agent"]]}, "pairs[0][0]: expected int, got bool"),
        ({"inner": {"at": "3"}}, "inner.at: expected int, got str"),
        ({"inner": {"note": "n"}}, "inner: missing key 'at'"),
        ({"extra": 1}, "entry: unknown key 'extra'"),
    ],
)
def test_schema_names_what_does_not_fit(changes: dict[str, Any], message: str) -> None:
    with pytest.raises(SchemaError) as e:
        checker(Outer)({**GOOD, **changes})
    assert str(e.value) == message


def test_schema_accepts_what_asdict_wrote() -> None:
    checker(Outer)(GOOD)
    checker(Outer)({**GOOD, "inner": None, "pairs": []})
    checker(Outer)({k: v for k, v in GOOD.items() if k not in ("pairs", "inner")})


def test_schema_record_with_null_warnings() -> None:
    row = {"format": "text", "text": "Body.", "warnings": None}
    with pytest.raises(SchemaError, match="^warnings: expected list, got null$"):
        checker(Record)(row)
    with pytest.raises(SchemaError, match="^entry: expected an object \\(Record\\), got list$"):
        checker(Record)([row])
