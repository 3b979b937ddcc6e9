"""Happenings called off (issue 15): "the council postponed Tuesday's vote", "the judge
canceled Thursday's hearing", "ICE called off the raid": the vote, the hearing and the raid
did not happen (``CALL_OFF`` rows of ``event_types.csv``); the postponing itself may be a
happening of its own."""

from __future__ import annotations

from spacy.tokens import Token

from graphx.extract.taxonomy import Taxonomy

__all__ = ["called_off"]


def called_off(noun: Token, taxonomy: Taxonomy) -> bool:
    """A noun that is what a verb of calling off takes: its object ("postponed Tuesday's
    vote") or its passive subject ("Thursday's hearing was canceled")."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return False
    lemma = verb.lemma_.lower()
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    rows = taxonomy.rows.get("CALL_OFF", {})
    return lemma in rows or any(f"{lemma} {p}" in rows for p in particles)
