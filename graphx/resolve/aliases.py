"""A user's corrections to resolution: the aliases file and a reader's review decisions.

``aliases.csv`` (or the user's file) merges or splits names on every rebuild;
the review ledger (``graphx.resolve.ledger``) adds merges, splits, rejections
and new types. Both fold into one :class:`AliasRules`; after resolution,
rejected entities are dropped, retyped ones retyped, and decisions whose names
no entity carries any more are reported.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass, field

from graphx.errors import SettingsError
from graphx.extract.ner import normalize_name
from graphx.lexicon import Lexicon
from graphx.model import ENTITY_TYPES, Entity
from graphx.resolve.ledger import ENTITY_ACTIONS, Decision

__all__ = ["AliasRules", "apply_review", "read_aliases", "unapplied"]


@dataclass(slots=True)
class AliasRules:
    """User corrections: ``merge`` maps (type, name) to a canonical name.

    ``split`` holds the (type, name) pairs never joined to another entity;
    ``apart`` the (type, name) pairs whose mentions in some documents are an
    entity of their own (a split by documents: "the Khan of these articles is
    another man").
    """

    merge: dict[tuple[str, str], str] = field(default_factory=dict)
    split: set[tuple[str, str]] = field(default_factory=set)
    reject: set[tuple[str, str]] = field(default_factory=set)  # (type, name): no entity
    retype: dict[tuple[str, str], str] = field(default_factory=dict)  # (type, name) -> type
    apart: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict)  # -> doc ids

    def apart_in(self, kind: str, name: str, doc_id: str) -> bool:
        """Whether the mentions of a normalized name in a document were split off by documents."""
        docs = self.apart.get((kind, name), frozenset()) | self.apart.get(("", name), frozenset())
        return doc_id in docs

    def add(self, decision: Decision) -> None:
        """Fold one review decision (``graphx.resolve.ledger``) into the rules."""
        key = (decision.type, normalize_name(decision.name))
        if decision.action not in ENTITY_ACTIONS:
            return  # event decisions act on happenings (``graphx.resolve.regroup``)
        if decision.action == "merge":
            self.merge[key] = decision.target
        elif decision.action == "split" and decision.documents:
            self.apart[key] = self.apart.get(key, frozenset()) | frozenset(decision.documents)
        elif decision.action == "split":
            self.split.add(key)
        elif decision.action == "reject":
            self.reject.add(key)
        else:
            self.retype[key] = decision.target


def read_aliases(lexicon: Lexicon) -> AliasRules:
    """Parse the merge/split file (``aliases.csv``, or the user's): read anew on every call,
    since people edit it while the explorer runs.

    Raises:
        SettingsError: naming the file and line of a malformed row.
    """
    rules = AliasRules()
    path = lexicon.path("aliases.csv")
    lines = lexicon.current_text("aliases.csv").splitlines()
    rows = [
        (n, line)
        for n, line in enumerate(lines, start=1)
        if line.strip() and not line.startswith("#")
    ]
    if not rows or [c.strip() for c in next(csv.reader([rows[0][1]]))] != [
        "action",
        "name",
        "type",
        "canonical",
    ]:
        raise SettingsError(f"{path}, line 1: header must be action,name,type,canonical")
    for number, line in rows[1:]:
        action, name, kind, canonical = _alias_row(line, f"{path}, line {number}")
        if action == "merge":
            rules.merge[(kind, normalize_name(name))] = canonical
        else:
            rules.split.add((kind, normalize_name(name)))
    return rules


def _alias_row(line: str, where: str) -> tuple[str, str, str, str]:
    """The action, name, type and canonical name of one row of the aliases file.

    Raises:
        SettingsError: the row is malformed; the message starts with ``where``.
    """
    cells = [c.strip() for c in next(csv.reader([line]))]
    if len(cells) != 4 or cells[0] not in ("merge", "split") or not cells[1]:
        raise SettingsError(f"{where}: expected merge|split,name,type,canonical: {line!r}")
    action, name, kind, canonical = cells
    if kind and kind not in ENTITY_TYPES:
        raise SettingsError(f"{where}: unknown type {kind!r}")
    if action == "merge" and not canonical:
        raise SettingsError(f"{where}: a merge needs a canonical name")
    return action, name, kind, canonical


def _names(entity: Entity) -> set[str]:
    return {normalize_name(n) for n in (entity.label, *entity.aliases)}


def apply_review(entities: dict[str, Entity], rules: AliasRules) -> dict[str, str]:
    """Drop the entities a reader rejected and retype the ones they retyped, by name.

    Returns:
        The dropped entities' ids and their names (to report what applied).
    """
    rejected: dict[str, str] = {}
    for entity in list(entities.values()):
        names = _names(entity)
        if any(n in names and k in ("", entity.type) for k, n in rules.reject):
            rejected[entity.id] = normalize_name(entity.label)
            del entities[entity.id]
            continue
        for (kind, name), new_type in rules.retype.items():
            if name in names and kind in ("", entity.type):
                entity.type = new_type
    return rejected


def unapplied(
    decisions: Sequence[Decision], entities: dict[str, Entity], rejected: dict[str, str]
) -> list[str]:
    """The decisions whose name no entity carries any more (in the decision's documents, for
    a split by documents): reported, never dropped silently."""
    present = set().union(*(_names(e) for e in entities.values())) | set(rejected.values())
    named_in: dict[str, set[str]] = {}
    for entity in entities.values():
        for name in _names(entity):
            named_in.setdefault(name, set()).update(entity.doc_ids)
    return [
        d.describe()
        for d in decisions
        if d.action in ENTITY_ACTIONS
        and (
            normalize_name(d.name) not in present
            or bool(d.documents)
            and not named_in.get(normalize_name(d.name), set()) & set(d.documents)
        )
    ]
