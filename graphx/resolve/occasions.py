"""Acts done at an occasion, told apart in one article (issue 15): "the April 1 regular
meeting of the county board" and "the board approved the agreement" are one happening, the
board's vote at its meeting (``occasions.csv``). Only within an article, of one day, with
someone in common: two reports of different kinds are otherwise two happenings.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from graphx.lexicon import Lexicon, shipped
from graphx.resolve.dating import told_one_day

if TYPE_CHECKING:
    from graphx.resolve.happenings import Occurrence

__all__ = ["act_type", "held_at", "hosted_types", "hosts_of", "occasion_keys"]


def hosts_of(lexicon: Lexicon | None = None) -> dict[str, frozenset[str]]:
    """The family of an occasion -> the types of the acts done at one."""
    return (lexicon or shipped()).derived(_hosts)


def _hosts(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    hosts: dict[str, set[str]] = {}
    for row in lexicon.rows("occasions.csv", required=("occasion", "act")):
        hosts.setdefault(row["occasion"].strip(), set()).add(row["act"].strip())
    return {family: frozenset(acts) for family, acts in hosts.items()}


def hosted_types(lexicon: Lexicon | None = None) -> frozenset[str]:
    """The types of acts some occasion hosts (worked out once: every occurrence's blocking
    keys ask)."""
    return (lexicon or shipped()).derived(_hosted_types)


def _hosted_types(lexicon: Lexicon) -> frozenset[str]:
    return frozenset().union(*hosts_of(lexicon).values())


def held_at(a: Occurrence, b: Occurrence, people: frozenset[str]) -> bool:
    """Whether one report is of an act done at the other's occasion: in one article, told
    of one day, the act's doer a body that held the occasion (the board that met and voted;
    not a mayor at a county board's meeting and her council's vote: a review)."""
    if a.doc_id != b.doc_id:
        return False
    hosts = hosts_of()
    pairs = [(a, b), (b, a)]
    hosted = [(o, act) for o, act in pairs if act.event_type in hosts.get(o.family, ())]
    # the body that met, not one a sheriff's news conference asked for money (a review)
    bodies = any(
        (act.agents & o.participants) - people and (act.agents & o.agents or not o.agents)
        for o, act in hosted
    )
    return bodies and told_one_day(a, b)


def occasion_keys(o: Occurrence) -> Iterator[tuple[str, ...]]:
    """The blocking key that puts an occasion and the acts its article tells beside each other."""
    if o.family in hosts_of() or o.event_type in hosted_types():
        yield ("doc", o.doc_id, "occasion")


def act_type(reports: Sequence[Occurrence], voted: str) -> str:
    """The type of a happening told as an act and the occasion it was done at: the act's,
    unless the occasion is told more often ("the council met Tuesday" and "the council
    approved the contract" are a policy; a review found the vote typed a meeting)."""
    hosts = hosts_of()
    acts = Counter(o.event_type for o in reports if o.event_type in hosted_types())
    occasions = sum(1 for o in reports if o.family in hosts)
    if not acts or not occasions or voted in acts:
        return voted
    act, count = acts.most_common(1)[0]
    return act if count >= occasions else voted
