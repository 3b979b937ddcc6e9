"""A short headline per event, built from its trigger and its participants.

"U.S. Immigration and Customs Enforcement subpoenaed New York City
Department of Corrections" says what a sentence fragment ("Last Friday, the
agency subpoenaed the …") does not (issue 17: the timeline had no words).
Who did it, the trigger word, to whom; a long name gives way to its
acronym (ICE) when the graph knows one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from graphx.contract import as_list

__all__ = ["MAX_HEADLINE", "headline", "names_of", "short_name"]

MAX_HEADLINE = 80
_ACRONYM = re.compile(r"^[A-Z][A-Z.&]{1,9}$")


def short_name(label: str, aliases: Iterable[str]) -> str:
    """A name fit for a headline: an acronym alias for a long name ("ICE"), else the label.

    >>> short_name("U.S. Immigration and Customs Enforcement", ["ICE", "the agency"])
    'ICE'
    >>> short_name("Matthew Albence", ["Albence"])
    'Matthew Albence'
    """
    if len(label) > 24:
        acronyms = sorted(a for a in aliases if _ACRONYM.match(a))
        if acronyms:
            return acronyms[0]
    return label


def _names(people: Sequence[tuple[str, str]], names: Mapping[str, str], role: str) -> str:
    picked = [names[n] for n, r in people if r == role and n in names]
    return " and ".join(picked[:2]) + (" and others" if len(picked) > 2 else "")


def _cut(text: str, limit: int = MAX_HEADLINE) -> str:
    """``text`` within ``limit`` characters, cut at a word, with an ellipsis when cut."""
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def _after(trigger: str, sentence: str, words: int = 7) -> str:
    """Up to ``words`` words after the trigger in the sentence ("" when it is not there).

    >>> _after("arrested", "the agency arrested 158,581 illegal immigrants nationwide.")
    '158,581 illegal immigrants nationwide'
    """
    found = re.search(rf"\b{re.escape(trigger)}\b(.*)", " ".join(sentence.split()))
    if not found:
        return ""
    tail = found.group(1).split()
    return " ".join(tail[:words]).rstrip(".,;:…") + ("…" if len(tail) > words else "")


def headline(
    trigger: str,
    participants: Sequence[tuple[str, str]],
    names: Mapping[str, str],
    fallback: str,
) -> str:
    """Who, trigger, whom: "ICE subpoenaed New York City Department of Corrections".

    ``participants`` are (entity, role) pairs, ``names`` their short names;
    without a trigger or anyone who did it or had it done to them, the event's
    own label, cut at a word.

    >>> names = {"a": "ICE", "b": "New York City Department of Corrections"}
    >>> headline("subpoenaed", [("a", "agent"), ("b", "patient")], names, "x")
    'ICE subpoenaed New York City Department of Corrections'
    >>> headline("issued", [("a", "agent")], names, "he issued city rules")
    'ICE issued city rules'
    >>> headline("arrested", [("c", "other")], {"c": "Maria Fuertes"}, "arrested for …")
    'arrested: Maria Fuertes'
    >>> headline("County", [("c", "agent")], {"c": "Cook County"}, "Cook County released")
    'Cook County released'
    >>> headline("", [], {}, "a very long sentence " * 6)[-1]
    '…'
    """
    trigger = " ".join(trigger.split())
    if not trigger:
        return _cut(" ".join(fallback.split()))
    who, whom = _names(participants, names, "agent"), _names(participants, names, "patient")
    if trigger.casefold() in f"{who} {whom}".casefold():
        # A trigger that is part of a name ("County") makes no sentence: say it as written.
        return _cut(" ".join(fallback.split()))
    if who or whom:
        # Without whom it was done to, the words after the trigger say what was done.
        rest = whom or _after(trigger, fallback)
        return _cut(" ".join(filter(None, (who, trigger, rest))))
    also = _names(participants, names, "other")
    return _cut(f"{trigger}: {also}" if also else " ".join(fallback.split()))


def names_of(G: Any, people: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Short names of the participants, read from the graph's nodes."""
    out = {}
    for node, _ in people:
        attrs = G.nodes[node]
        aliases = [str(a) for a in as_list(attrs.get("aliases", ""))]
        out[node] = short_name(str(attrs.get("label", "") or ""), aliases)
    return out
