"""Score a built graph against a hand-made gold file (the seeds' ``seeds.json``).

The gold file lists, per document, the entities a careful reader finds (with
type, aliases, role, affiliation, ``part_of``), the jurisdictions with their
parent, the administrations mentioned, names that must not appear, and dated
events. A gold name matches a node when the node's label or one of its
aliases equals the name or one of its aliases, ignoring case, punctuation
and a leading "the".
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from .errors import GraphxError

__all__ = ["GoldReport", "name_key", "node_names", "score_seeds"]

_PUNCT = re.compile(r"[^\w\s]")


def name_key(name: str) -> str:
    """Normalise a name for matching.

    >>> name_key("The Associated Press")
    'associated press'
    >>> name_key("Lawyer\u2019s Committee")
    'lawyers committee'
    """
    text = _PUNCT.sub("", name.lower()).strip()
    text = re.sub(r"\s+", " ", text)
    return text[4:] if text.startswith("the ") else text


def node_names(data: dict[str, Any]) -> set[str]:
    names = {name_key(str(data.get("label", "")))}
    try:
        names |= {name_key(a) for a in json.loads(data.get("aliases") or "[]")}
    except ValueError:
        pass
    return names - {""}


@dataclass(slots=True)
class GoldReport:
    checks: Counter[str] = field(default_factory=Counter)
    passed: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)

    def check(self, kind: str, ok: bool, what: str) -> None:
        self.checks[kind] += 1
        if ok:
            self.passed[kind] += 1
        else:
            self.failures.append(f"{kind}: {what}")

    def to_dict(self) -> dict[str, Any]:
        scores = {k: round(self.passed[k] / n, 3) for k, n in sorted(self.checks.items())}
        return {
            "recall": scores,
            "passed": sum(self.passed.values()),
            "checks": sum(self.checks.values()),
            "failures": self.failures,
        }


class _Index:
    def __init__(self, G: nx.MultiDiGraph) -> None:
        self.G = G
        self.by_name: dict[str, set[str]] = {}
        for node, data in G.nodes(data=True):
            if data.get("type") in ("event", "document"):
                continue
            for key in node_names(data):
                self.by_name.setdefault(key, set()).add(node)

    def find(self, name: str, aliases: list[str] = ()) -> set[str]:  # type: ignore[assignment]
        found: set[str] = set()
        for key in {name_key(n) for n in [name, *aliases]}:
            found |= self.by_name.get(key, set())
        return found

    def linked(self, node: str, relation: str) -> set[str]:
        return {v for _, v, r in self.G.out_edges(node, data="relation") if r == relation}


def _check_entity(
    report: GoldReport, index: _Index, gold: dict[str, Any], doc: str, text: str | None
) -> None:
    name, aliases = gold["name"], gold.get("aliases", [])
    if text is not None:
        # An alias the article never uses cannot be found by reading it.
        folded = name_key(text)
        aliases = [a for a in aliases if f" {name_key(a)} " in f" {folded} "]
    nodes = index.find(name, aliases)
    typed = {n for n in nodes if index.G.nodes[n].get("type") == gold["type"]}
    optional = gold.get("optional", False)
    if not typed and optional:
        return
    report.check("entity", bool(typed), f"{doc}: {name} ({gold['type']}) -> {sorted(nodes)}")
    if not typed:
        return
    if aliases:
        per_alias = [index.find(a) & typed for a in aliases]
        one_node = len(set.union(*per_alias) | typed) == 1 and all(per_alias)
        report.check("alias", one_node, f"{doc}: aliases {aliases} of {name} not on one node")
    if "affiliated_with" in gold:
        orgs = index.find(gold["affiliated_with"])
        linked = set().union(*(index.linked(n, "affiliated_with") for n in typed))
        report.check(
            "affiliation", bool(orgs & linked), f"{doc}: {name} -> {gold['affiliated_with']}"
        )
    if "role" in gold:
        roles = " ".join(str(index.G.nodes[n].get("roles", "")) for n in typed).lower()
        report.check("role", gold["role"].lower() in roles, f"{doc}: {name} role {gold['role']!r}")
    if "part_of" in gold:
        parents = index.find(gold["part_of"])
        linked = set().union(*(index.linked(n, "part_of") for n in typed))
        report.check("part_of", bool(parents & linked), f"{doc}: {name} part of {gold['part_of']}")


def _check_jurisdiction(report: GoldReport, index: _Index, gold: dict[str, Any], doc: str) -> None:
    nodes = {
        n
        for n in index.find(gold["name"], gold.get("aliases", []))
        if index.G.nodes[n].get("type") == "jurisdiction"
    }
    levels = {index.G.nodes[n].get("level") for n in nodes}
    report.check(
        "jurisdiction",
        gold["level"] in levels,
        f"{doc}: {gold['name']} ({gold['level']}) -> {levels}",
    )
    if "within" in gold:
        parents = index.find(gold["within"])
        linked = set().union(set(), *(index.linked(n, "within") for n in nodes))
        report.check(
            "within", bool(parents & linked), f"{doc}: {gold['name']} within {gold['within']}"
        )


def _participant_found(index: _Index, name: str, aliases: list[str], members: set[str]) -> bool:
    if index.find(name, aliases) & members:
        return True
    # "sued the Obama administration": the gold names the president for his administration.
    return any(
        index.G.nodes[m].get("type") == "administration"
        and name_key(str(index.G.nodes[m].get("label", ""))).removesuffix(" administration")
        == name_key(name)
        for m in members
    )


def _event_matches(
    G: nx.MultiDiGraph,
    node: str,
    gold: dict[str, Any],
    index: _Index,
    aliases: dict[str, list[str]],
) -> bool:
    data = G.nodes[node]
    if gold.get("date_start"):
        if (data.get("date_start"), data.get("date_end")) != (gold["date_start"], gold["date_end"]):
            return False
    elif gold.get("date") and re.fullmatch(r"\d{4}(-\d\d){0,2}", gold["date"]):
        if data.get("date") != gold["date"]:
            return False
    elif (gold.get("date") or "").startswith("since "):
        if not str(data.get("date_start", "")).startswith(gold["date"][6:]):
            return False
    if gold.get("administration"):
        if gold["administration"] not in json.loads(data.get("administration") or "[]"):
            return False
    members = {u for u, _ in G.in_edges(node)}
    for name in gold.get("participants", []):
        if not _participant_found(index, name, aliases.get(name, []), members):
            return False
    if gold.get("jurisdiction") and not index.find(gold["jurisdiction"]) & members:
        return False
    return True


def score_seeds(
    gold_path: str | Path, G: nx.MultiDiGraph, *, texts: dict[str, str] | None = None
) -> dict[str, Any]:
    """Compare a graph with the gold file; returns recall per kind and the failures.

    Args:
        gold_path: the gold JSON file.
        G: the graph built from the gold's documents.
        texts: the documents' clean texts by path; when given, gold aliases
            that never occur in a document's text are not required.
    """
    try:
        gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise GraphxError(f"cannot read gold file {gold_path}: {e}") from e
    index = _Index(G)
    report = GoldReport()
    docs = {str(d.get("path", "")): n for n, d in G.nodes(data=True) if d.get("type") == "document"}
    for name, doc in gold.get("documents", {}).items():
        report.check("document", name in docs, f"document {name} missing")
        text = texts.get(name) if texts is not None else None
        for entity in doc.get("entities", []):
            _check_entity(report, index, entity, name, text)
        aliases = {e["name"]: e.get("aliases", []) for e in doc.get("entities", [])}
        for place in doc.get("jurisdictions", []):
            _check_jurisdiction(report, index, place, name)
        for bad in doc.get("must_not", []):
            hits = {
                n for n in index.find(bad["name"]) if bad["type"] in ("any", G.nodes[n].get("type"))
            }
            report.check("must_not", not hits, f"{name}: {bad['name']} present as {bad['type']}")
        doc_events = [n for n, _ in G.in_edges(docs[name])] if name in docs else []
        for event in doc.get("events", []):
            ok = any(_event_matches(G, n, event, index, aliases) for n in doc_events)
            if not ok and event.get("optional"):
                continue
            report.check("event", ok, f"{name}: {event['what']}")
    return report.to_dict()
