"""Where an act told as part of another took place (issue 15)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from graphx.extract.where import governed_by, locative
from graphx.model import EventMention, Mention

__all__ = ["placed_along"]


def placed_along(
    doc: Doc, mentions: Sequence[Mention], events: list[EventMention]
) -> list[EventMention]:
    """An act told as part of another of its type, with no place of its own, took place
    where that one did: "walked out of a detention center in Central Falls, R.I., ending 17
    days in custody that made him a rallying point across Vermont" (found in probe325: the
    release was in Vermont too). A place its own words put it at stays ("arrested him in
    Newark, detaining him at a facility in Elizabeth": a review)."""
    at = {e.start: e for e in events}
    by_id = {m.id: m for m in mentions}
    for event in events:
        act = at.get(event.along) if event.along >= 0 else None
        if act is None or act.event_type != event.event_type or act.place is None:
            continue
        own = by_id.get(event.place or "")
        if own is None or not _put_there(doc, own, event.start):
            event.place, event.near = act.place, act.near
    return events


def _put_there(doc: Doc, place: Mention, trigger_start: int) -> bool:
    """The place is one a preposition of place puts the trigger's act at, no verb between
    ("detaining him at a jail in St. Albans"; not "custody that made him a rallying point
    across Vermont", "penalties for cities like Dallas")."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None or not locative(doc, place):
        return False
    trigger = next((t.i for t in span.root.ancestors if t.idx == trigger_start), -1)
    return governed_by(span.root, trigger)
