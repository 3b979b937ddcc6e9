"""Score a built graph against a hand-made gold file (the seeds' ``seeds.json``), strictly.

The gold file lists, per document, the entities a careful reader finds (type,
aliases, role, affiliation, ``part_of``), the jurisdictions with their parent,
names that must not appear, and dated events. A gold name matches a node when
the node's label or one of its aliases equals the name or one of its aliases,
ignoring case, punctuation and a leading "the".

Strict, because a lenient scorer once passed a made-up event (issue 13):

* everything is checked per document: a gold entity of document D is looked
  for only among the nodes ``mentioned_in`` D, a gold event only among the
  event nodes ``reported_in`` D. A document missing from the graph fails all
  its checks, ``must_not`` included;
* a gold event matches an event node when its type is the gold ``type`` (or
  the trigger's stem occurs in the gold description ``what``), every named
  participant is linked to it, its date equals the gold date written as an
  explicit value (``undated``/null, an ISO prefix, ``FY2019``, an interval
  ``A/B``, ``since 2019-11``), and its administration and place agree. Each
  event node stands for at most one gold event;
* a role is a title and an organization, both compared, in that document;
* the denominator is fixed by the gold file: an item whose entity is missing
  fails instead of dropping out. Only items marked ``optional`` stay outside
  both numerator and denominator;
* precision is reported too: the share of a gold document's entity and
  event nodes that some gold item accounts for.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from graphx.contract import EVENT, as_list, encode_value, is_entity
from graphx.errors import GraphxError
from graphx.eval.eventscore import stem
from graphx.eval.golddates import event_date_matches
from graphx.extract.events import load_taxonomy

__all__ = ["GoldReport", "event_date_matches", "name_key", "node_names", "score_seeds"]

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
    """The keys of a node's label and aliases."""
    names = {name_key(str(data.get("label", "")))}
    names |= {name_key(str(a)) for a in as_list(data.get("aliases"))}
    return names - {""}


@dataclass(slots=True)
class GoldReport:
    """Checks per kind, the failures, and the graph nodes no gold item accounts for."""

    checks: Counter[str] = field(default_factory=Counter)
    passed: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)
    found: Counter[str] = field(default_factory=Counter)
    accounted: Counter[str] = field(default_factory=Counter)
    unaccounted: list[str] = field(default_factory=list)

    def check(self, kind: str, ok: bool, what: str) -> None:
        self.checks[kind] += 1
        if ok:
            self.passed[kind] += 1
        else:
            self.failures.append(f"{kind}: {what}")

    def to_dict(self) -> dict[str, Any]:
        def share(num: Counter[str], den: Counter[str]) -> dict[str, float]:
            return {k: round(num[k] / n, 3) if n else 0.0 for k, n in sorted(den.items())}

        return {
            "recall": share(self.passed, self.checks),
            "precision": share(self.accounted, self.found),
            "passed": sum(self.passed.values()),
            "checks": sum(self.checks.values()),
            "failures": self.failures,
            "unaccounted": self.unaccounted,
        }


def _named(by_name: dict[str, set[str]], name: str, aliases: list[str] | None) -> set[str]:
    """The nodes known by a name or one of its aliases."""
    return set().union(*(by_name.get(name_key(n), set()) for n in [name, *(aliases or [])]))


class _Doc:
    """One document's nodes in the graph: its entities by name, and its events."""

    def __init__(self, G: nx.MultiDiGraph, doc_node: str | None) -> None:
        self.G = G
        self.present = doc_node is not None
        incoming = list(G.in_edges(doc_node, data="relation")) if doc_node else []
        self.entities = {u for u, _, r in incoming if r == "mentioned_in"}
        self.events = {
            u for u, _, r in incoming if r == "reported_in" and G.nodes[u].get("type") == EVENT
        }
        self.doc_id = str(doc_node or "").removeprefix("d:")
        self.by_name: dict[str, set[str]] = {}
        for node in self.entities:
            for key in node_names(G.nodes[node]):
                self.by_name.setdefault(key, set()).add(node)

    def find(self, name: str, aliases: list[str] | None = None, kind: str = "any") -> set[str]:
        found = _named(self.by_name, name, aliases)
        return {n for n in found if kind in ("any", self.G.nodes[n].get("type"))}


class _Global:
    """Every entity node by name: for the far end of a link (a parent, an employer)."""

    def __init__(self, G: nx.MultiDiGraph) -> None:
        self.G = G
        self.by_name: dict[str, set[str]] = {}
        for node, data in G.nodes(data=True):
            if is_entity(data.get("type")):
                for key in node_names(data):
                    self.by_name.setdefault(key, set()).add(node)

    def find(self, name: str, aliases: list[str] | None = None) -> set[str]:
        return _named(self.by_name, name, aliases)

    def linked(self, nodes: set[str], relation: str) -> set[str]:
        return {
            v for n in nodes for _, v, r in self.G.out_edges(n, data="relation") if r == relation
        }


def _check_entity(
    report: GoldReport,
    doc: _Doc,
    every: _Global,
    gold: dict[str, Any],
    where: str,
    text: str | None,
) -> set[str]:
    """Check one gold entity; return the nodes it accounts for."""
    name, aliases = gold["name"], list(gold.get("aliases", []))
    used = [name, *aliases]
    if text is not None:
        # A spelling the article never uses cannot be found by reading it.
        folded = f" {name_key(text)} "
        used = [a for a in used if f" {name_key(a)} " in folded]
    typed = doc.find(name, aliases, gold["type"])
    if gold.get("optional"):
        return typed
    report.check("entity", bool(typed), f"{where}: {name} ({gold['type']})")
    if aliases and len(used) > 1:
        per_alias = [doc.find(a, kind=gold["type"]) for a in used]
        one_node = len(set.union(*per_alias)) == 1 and all(per_alias)
        report.check("alias", one_node, f"{where}: {used} not on one node")
    if "affiliated_with" in gold:
        orgs = every.find(gold["affiliated_with"])
        ok = bool(orgs & every.linked(typed, "affiliated_with"))
        report.check("affiliation", ok, f"{where}: {name} -> {gold['affiliated_with']}")
    if "role" in gold:
        report.check(
            "role",
            _has_role(doc, every, typed, gold),
            f"{where}: {name} role {gold['role']!r} at {gold.get('affiliated_with', '-')}",
        )
    if "part_of" in gold:
        ok = bool(every.find(gold["part_of"]) & every.linked(typed, "part_of"))
        report.check("part_of", ok, f"{where}: {name} part of {gold['part_of']}")
    return typed


def _has_role(doc: _Doc, every: _Global, nodes: set[str], gold: dict[str, Any]) -> bool:
    """A role of this document whose title and organization are the gold ones."""
    orgs = every.find(gold["affiliated_with"]) if "affiliated_with" in gold else None
    for node in nodes:
        for role in as_list(doc.G.nodes[node].get("roles")):
            if not isinstance(role, dict) or role.get("doc_id") not in ("", doc.doc_id):
                continue
            if name_key(str(role.get("title", ""))) != name_key(gold["role"]):
                continue
            if orgs is None or role.get("organization") in orgs:
                return True
    return False


def _check_jurisdiction(
    report: GoldReport, doc: _Doc, every: _Global, gold: dict[str, Any], where: str
) -> set[str]:
    nodes = doc.find(gold["name"], gold.get("aliases", []), "jurisdiction")
    levels = {doc.G.nodes[n].get("level") for n in nodes}
    report.check(
        "jurisdiction", gold["level"] in levels, f"{where}: {gold['name']} ({gold['level']})"
    )
    if "within" in gold:
        ok = bool(every.find(gold["within"]) & every.linked(nodes, "within"))
        report.check("within", ok, f"{where}: {gold['name']} within {gold['within']}")
    return nodes


def _described(data: dict[str, Any], gold: dict[str, Any]) -> bool:
    """The gold event's type, or its description's words, name this event's trigger.

    A light verb ("hold" a press conference) means little alone: it is accepted
    when the description names an eventive noun of the event's type.
    """
    if gold.get("type"):
        return bool(data.get("event_type") == gold["type"])
    trigger = str(data.get("trigger") or "")
    words = {stem(w) for w in re.findall(r"[A-Za-z]+", gold.get("what", ""))}
    if trigger and all(stem(w) in words for w in trigger.split()):
        return True
    taxonomy = load_taxonomy()
    nouns = {stem(n) for n, kind in taxonomy.nouns.items() if kind == data.get("event_type")}
    return trigger.lower() in taxonomy.light and bool(nouns & words)


def _participant_found(every: _Global, name: str, aliases: list[str], members: set[str]) -> bool:
    if every.find(name, aliases) & members:
        return True
    # "sued the Obama administration": the gold names the president for his administration.
    return any(
        every.G.nodes[m].get("type") == "administration"
        and name_key(str(every.G.nodes[m].get("label", ""))).removesuffix(" administration")
        == name_key(name)
        for m in members
    )


def _event_mismatch(
    node: str, gold: dict[str, Any], every: _Global, aliases: dict[str, list[str]]
) -> str | None:
    """Why an event node is not the gold event, or None when it is."""
    G = every.G
    data = G.nodes[node]
    if not _described(data, gold):
        return f"trigger {data.get('trigger')!r} ({data.get('event_type')}) not in the description"
    dated = event_date_matches(data, gold)
    if dated is None:
        return f"gold date {gold.get('date')!r} is not an explicit value"
    if not dated:
        return f"date {data.get('date') or 'undated'!r} is not {gold.get('date')!r}"
    admins = as_list(data.get("administration"))
    if gold.get("administration") and gold["administration"] not in admins:
        return f"administration {encode_value(admins)} lacks {gold['administration']!r}"
    members = {u for u, _ in G.in_edges(node)}
    for name in gold.get("participants", []):
        if not _participant_found(every, name, aliases.get(name, []), members):
            return f"participant {name!r} not linked"
    places = {u for u, _, r in G.in_edges(node, data="relation") if r == "place"}
    if gold.get("jurisdiction") and not every.find(gold["jurisdiction"]) & places:
        return f"place is not {gold['jurisdiction']!r}"
    return None


def _check_events(
    report: GoldReport, doc: _Doc, every: _Global, gold_doc: dict[str, Any], where: str
) -> set[str]:
    """Match gold events one-to-one to the document's event nodes; return the matched nodes."""
    aliases = {e["name"]: e.get("aliases", []) for e in gold_doc.get("entities", [])}
    free = set(doc.events)
    for event in gold_doc.get("events", []):
        reasons = {n: _event_mismatch(n, event, every, aliases) for n in sorted(free)}
        match = next((n for n, why in reasons.items() if why is None), None)
        if match is not None:
            free.discard(match)
        elif not event.get("optional"):
            nearest = next((why for why in reasons.values() if "trigger" not in str(why)), "")
            nearest = nearest or "no event with that trigger"
            report.check("event", False, f"{where}: {event['what']} ({nearest})")
            continue
        if not event.get("optional"):
            report.check("event", True, "")
    return doc.events - free


def _administration_nodes(doc: _Doc, gold_doc: dict[str, Any]) -> set[str]:
    """Administration nodes of the document named by ``administrations_mentioned``."""
    names = {w for a in gold_doc.get("administrations_mentioned", []) for w in name_key(a).split()}
    return {
        n
        for n in doc.entities
        if doc.G.nodes[n].get("type") == "administration"
        and name_key(str(doc.G.nodes[n].get("label", ""))).removesuffix(" administration") in names
    }


def _score_document(
    report: GoldReport,
    doc: _Doc,
    every: _Global,
    gold_doc: dict[str, Any],
    where: str,
    text: str | None,
) -> None:
    report.check("document", doc.present, f"document {where} missing")
    accounted: set[str] = set()
    for entity in gold_doc.get("entities", []):
        accounted |= _check_entity(report, doc, every, entity, where, text)
    for place in gold_doc.get("jurisdictions", []):
        accounted |= _check_jurisdiction(report, doc, every, place, where)
    for bad in gold_doc.get("must_not", []):
        hits = doc.find(bad["name"], kind=bad["type"])
        what = f"{where}: {bad['name']} present as {bad['type']}"
        report.check(
            "must_not", doc.present and not hits, what if doc.present else f"{where}: missing"
        )
    accounted |= _administration_nodes(doc, gold_doc)
    matched = _check_events(report, doc, every, gold_doc, where)
    _count_precision(report, doc, accounted, matched, where)


def _count_precision(
    report: GoldReport, doc: _Doc, accounted: set[str], matched: set[str], where: str
) -> None:
    report.found["entity"] += len(doc.entities)
    report.accounted["entity"] += len(doc.entities & accounted)
    report.found["event"] += len(doc.events)
    report.accounted["event"] += len(matched)
    for node in sorted((doc.entities - accounted) | (doc.events - matched)):
        data = doc.G.nodes[node]
        report.unaccounted.append(f"{where}: {data.get('type')} {str(data.get('label'))[:70]!r}")


def score_seeds(
    gold_path: str | Path, G: nx.MultiDiGraph, *, texts: dict[str, str] | None = None
) -> dict[str, Any]:
    """Compare a graph with the gold file; returns recall per kind, precision and failures.

    Args:
        gold_path: the gold JSON file.
        G: the graph built from the gold's documents.
        texts: the documents' clean texts by path; when given, gold aliases
            that never occur in a document's text are not required.

    Raises:
        GraphxError: the gold file cannot be read.
    """
    try:
        gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise GraphxError(f"cannot read gold file {gold_path}: {e}") from e
    every = _Global(G)
    report = GoldReport()
    docs = {str(d.get("path", "")): n for n, d in G.nodes(data=True) if d.get("type") == "document"}
    for name, gold_doc in gold.get("documents", {}).items():
        text = texts.get(name) if texts is not None else None
        _score_document(report, _Doc(G, docs.get(name)), every, gold_doc, name, text)
    return report.to_dict()
