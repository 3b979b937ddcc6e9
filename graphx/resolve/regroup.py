"""A reader's event decisions, applied after the automatic grouping of happenings.

``grouping.group_occurrences`` decides which event mentions report one
happening; a reader may disagree (issue 19). ``split-event`` says the reports
of some documents are not the same happening: they leave the group and make an
event of their own. ``merge-event`` says two groups are one happening. Both
name an event by a trigger as one of its reports writes it and by document
ids, never by node ids, so they hold across rebuilds; a decision that finds no
such event (or nothing left to split) is returned as no longer applying.
"""

from __future__ import annotations

from collections.abc import Sequence

from graphx.resolve.ledger import Decision
from graphx.resolve.reports import Told

__all__ = ["regroup"]

Groups = list[list[int]]


def _has_trigger(told: Told, trigger: str) -> bool:
    return told.mention.trigger.casefold() == trigger.casefold()


def _best(groups: Groups, candidates: list[int], told: Sequence[Told], docs: set[str]) -> int:
    """Of the candidate groups, the one telling the most of ``docs`` (the first on a tie)."""

    def told_docs(g: int) -> int:
        return len({told[i].doc_id for i in groups[g]} & docs)

    return max(candidates, key=lambda g: (told_docs(g), -g))


def _find(groups: Groups, told: Sequence[Told], trigger: str, docs: set[str]) -> int | None:
    """The group that has a report of ``trigger`` in one of ``docs``, if any."""
    candidates = [
        g
        for g, members in enumerate(groups)
        if any(_has_trigger(told[i], trigger) and told[i].doc_id in docs for i in members)
    ]
    return _best(groups, candidates, told, docs) if candidates else None


def _split(groups: Groups, told: Sequence[Told], decision: Decision) -> bool:
    """The reports of ``decision.documents`` leave the group of its trigger; False: none to."""
    leaving = set(decision.documents)
    candidates = [
        g
        for g, members in enumerate(groups)
        if any(_has_trigger(told[i], decision.name) for i in members)
        and any(told[i].doc_id in leaving for i in members)
        and any(told[i].doc_id not in leaving for i in members)
    ]
    if not candidates:
        return False
    g = _best(groups, candidates, told, leaving)
    members = groups[g]
    groups[g] = [i for i in members if told[i].doc_id not in leaving]
    groups.append([i for i in members if told[i].doc_id in leaving])
    return True


def _merge(groups: Groups, told: Sequence[Told], decision: Decision) -> bool:
    """Join the two named groups into one; False when either is not there."""
    first = _find(groups, told, decision.name, set(decision.documents))
    second = _find(groups, told, decision.target, set(decision.target_documents))
    if first is None or second is None:
        return False
    if first != second:
        groups[first] = sorted(groups[first] + groups[second])
        del groups[second]
    return True


def regroup(
    groups: Sequence[Sequence[int]], told: Sequence[Told], decisions: Sequence[Decision]
) -> tuple[Groups, list[str]]:
    """The groups (indexes into ``told``) after the event decisions, in ledger order.

    Returns:
        The new groups, and the decisions that no longer apply, described.
    """
    out = [list(g) for g in groups]
    gone: list[str] = []
    for decision in decisions:
        if decision.action == "split-event":
            applied = _split(out, told, decision)
        elif decision.action == "merge-event":
            applied = _merge(out, told, decision)
        else:
            continue
        if not applied:
            gone.append(decision.describe())
    return out, gone
