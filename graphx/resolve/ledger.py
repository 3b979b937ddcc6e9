"""The decision ledger: a reader's corrections to the graph, kept next to it and replayed.

``OUT/decisions.jsonl`` holds one decision a line, plain and diff-able::

    {"action": "reject", "name": "Agent X", "type": "person", "target": "",
     "reason": "a headline word", "time": "2026-11-30T10:00:00Z", "author": "ana"}

Actions: ``merge`` (the name becomes part of the entity named ``target``),
``split`` (the name stays an entity of its own), ``reject`` (the name is no
entity: dropped from the graph), ``retype`` (the entity's type becomes
``target``); and for events, ``split-event`` (not the same happening: the
reports of ``documents`` leave the event whose trigger, as written, is
``name``) and ``merge-event`` (the same happening as the event of trigger
``target`` told in ``target_documents``). Decisions are keyed by names, types,
triggers and document ids, never by node ids, so
they survive rebuilds, new articles and model changes; resolution replays them
on every build (issue 19), beside the aliases file, through the same rules. A
malformed line is reported with its number and skipped; undo removes a line.
Appends and removals hold a lock on the file, so two writers never lose one.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import getpass
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from graphx.errors import OutputError, SettingsError
from graphx.model import ENTITY_TYPES, Problem

__all__ = [
    "ACTIONS",
    "ENTITY_ACTIONS",
    "EVENT_ACTIONS",
    "LEDGER_NAME",
    "Decision",
    "append",
    "read_ledger",
    "read_numbered",
    "remove",
]

LEDGER_NAME = "decisions.jsonl"
ENTITY_ACTIONS = ("merge", "split", "reject", "retype")
EVENT_ACTIONS = ("split-event", "merge-event")
ACTIONS = ENTITY_ACTIONS + EVENT_ACTIONS
_LISTS = ("documents", "target_documents")


@dataclass(frozen=True, slots=True)
class Decision:
    """One correction, by name; ``target`` is the canonical name (merge) or the type (retype).

    Event decisions name the trigger as written (``name``, and ``target`` for
    ``merge-event``) and the document ids whose reports are meant.
    """

    action: str
    name: str
    type: str = ""
    target: str = ""
    reason: str = ""
    time: str = ""
    author: str = ""
    documents: tuple[str, ...] = ()
    target_documents: tuple[str, ...] = ()

    def describe(self) -> str:
        """The decision in words.

        >>> Decision("merge", "ICE", "agency", "Immigration and Customs Enforcement").describe()
        "merge 'ICE' (agency) into 'Immigration and Customs Enforcement'"
        >>> Decision("split", "Ana Lopez", "person", documents=("d7",)).describe()
        "split 'Ana Lopez' (person) only in d7"
        """
        kind = f" ({self.type})" if self.type else ""
        tail = {
            "merge": f" into {self.target!r}",
            "split": f" only in {', '.join(self.documents)}" if self.documents else "",
            "retype": f" as {self.target}",
            "split-event": f": the reports of {', '.join(self.documents)} leave",
            "merge-event": f" in {', '.join(self.documents)} = {self.target!r} in "
            + ", ".join(self.target_documents),
        }
        return f"{self.action} {self.name!r}{kind}{tail.get(self.action, '')}"

    def to_json(self) -> str:
        """The ledger line (without the newline); empty document lists are left out."""
        data = {k: (list(v) if k in _LISTS else v) for k, v in asdict(self).items()}
        kept = {k: v for k, v in data.items() if v or k not in _LISTS}
        return json.dumps(kept, ensure_ascii=False)


def _value(key: str, value: object) -> object:
    if key not in _LISTS:
        return str(value)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{key} must be a list of document ids")
    return tuple(value)


def _checked(data: object) -> Decision:
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    known = {k: _value(k, v) for k, v in data.items() if k in Decision.__slots__}
    decision = Decision(**known)  # type: ignore[arg-type]
    if decision.action not in ACTIONS:
        raise ValueError(f"action must be one of {', '.join(ACTIONS)}, not {decision.action!r}")
    if not decision.name.strip():
        raise ValueError("a decision needs a name")
    if decision.type and decision.type not in ENTITY_TYPES:
        raise ValueError(f"unknown type {decision.type!r}")
    if decision.action == "merge" and not decision.target.strip():
        raise ValueError("a merge needs a target name")
    if decision.action == "retype" and decision.target not in ENTITY_TYPES:
        raise ValueError(f"retype needs one of {', '.join(ENTITY_TYPES)} as target")
    if decision.action in EVENT_ACTIONS:
        _check_event(decision)
    return decision


def _check_event(decision: Decision) -> None:
    if not decision.documents:
        raise ValueError(f"{decision.action} needs the documents whose reports are meant")
    if decision.action == "merge-event" and not (
        decision.target.strip() and decision.target_documents
    ):
        raise ValueError("merge-event needs the other event's trigger and documents")


def read_ledger(path: Path) -> tuple[list[Decision], list[Problem]]:
    """The decisions of a ledger (none when it does not exist) and its unusable lines.

    Raises:
        SettingsError: the file exists but cannot be read.
    """
    numbered, problems = read_numbered(path)
    return [d for _, d in numbered], problems


def read_numbered(path: Path) -> tuple[list[tuple[int, Decision]], list[Problem]]:
    """``read_ledger`` with each decision's line number (what ``remove`` takes)."""
    if not path.is_file():
        return [], []
    try:
        # Bad bytes spoil only their own line, which is then reported like any bad line.
        lines = path.read_bytes().decode("utf-8", errors="replace").splitlines()
    except OSError as e:
        raise SettingsError(f"cannot read the decision ledger {path}: {e.strerror}") from e
    decisions: list[tuple[int, Decision]] = []
    problems: list[Problem] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            decisions.append((number, _checked(json.loads(line))))
        except (ValueError, TypeError) as e:
            problems.append(Problem(f"{path.name}, line {number}", f"{e} (line left out)"))
    return decisions, problems


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path.with_name(path.name + ".lock"), os.O_CREAT | os.O_RDWR, 0o666)
    except OSError as e:
        raise OutputError(f"cannot write the decision ledger {path}: {e.strerror or e}") from e
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def append(path: Path, decision: Decision) -> Decision:
    """Add a decision (stamped with the time and ``$USER`` when unset) under the lock."""
    decision = _checked(json.loads(decision.to_json()))
    stamped = replace(
        decision,
        time=decision.time or dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        author=decision.author or os.environ.get("USER") or getpass.getuser(),
    )
    with _locked(path):
        try:
            with path.open("a", encoding="utf-8") as f:
                f.write(stamped.to_json() + "\n")
                f.flush()
                os.fsync(f.fileno())
        except OSError as e:
            raise OutputError(f"cannot write the decision ledger {path}: {e.strerror}") from e
    return stamped


def remove(path: Path, number: int) -> str:
    """Undo: remove the decision on line ``number`` (1-based); returns that line.

    Raises:
        SettingsError: no such line.
    """
    with _locked(path):
        lines = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
        if not 1 <= number <= len(lines) or not lines[number - 1].strip():
            raise SettingsError(f"{path} has no decision on line {number}")
        removed = lines.pop(number - 1)
        tmp = path.with_name(f".{path.name}.tmp")
        tmp.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
        os.replace(tmp, path)
    return removed
