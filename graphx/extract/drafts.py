"""A draft mention: a token span, its label and type, while the repairs still change it.

The repairs of :mod:`graphx.extract.ner` pass lists of drafts from one step
to the next; the last step turns them into :class:`graphx.model.Mention`.
The few word classes every step needs (determiners, possessive endings) are
grammar, kept here.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["BODY_TYPES", "DETERMINERS", "POSSESSIVE", "Draft", "covered"]

BODY_TYPES = ("agency", "organization", "media")
DETERMINERS = {"the", "a", "an"}
POSSESSIVE = {"'s", "’s", "'", "’"}


@dataclass(slots=True)
class Draft:
    """A mention in the making: token offsets, the model's label and the type so far."""

    start: int  # token offsets
    end: int
    label: str
    type: str
    canonical: str = ""
    title: str = ""
    reason: str = ""  # why the type differs from the model's label (issue 16)
    credit: bool = False  # an outlet named in a byline or a photo credit


def covered(drafts: list[Draft]) -> set[int]:
    """The token offsets some draft covers."""
    return {i for d in drafts for i in range(d.start, d.end)}
