"""A name typed by what its sentence says of it ("Acme, a clothing company"; issue 16)."""

from __future__ import annotations

from spacy.tokens import Doc

from graphx.extract import evidence, grounds, places
from graphx.extract.drafts import Draft

__all__ = ["by_evidence"]

_TYPE_LABELS = {"person": "PERSON", "agency": "AGENCY", "organization": "ORG", "media": "MEDIA",
                "jurisdiction": "GPE", "program": "PROGRAM", "law": "LAW"}  # fmt: skip


def by_evidence(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """Retype (or drop) a name by what its sentence says ("Acme, a clothing company")."""
    keep = []
    starts = sorted(d.start for d in drafts)
    places_end = {d.end for d in drafts if d.type == "jurisdiction"}
    for d in drafts:
        limit = next((s for s in starts if s >= d.end), len(doc))
        found = (
            None
            if d.canonical or _state_of_a_place(doc, d, places_end)
            else evidence.evidence_type(doc, d.start, d.end, d.type, limit=limit)
        )
        if found is not None and _a_group_by_its_first_word(d, found[1]):
            found = None
        if (found is not None and found[0] == "none") or grounds.ground_read_as_a_name(doc, d):
            continue  # "the Harbor Notes newsletter", "filled Taylor Park"
        if found is not None and found[0] != d.type:
            d.reason = f"typed {found[0]}, not {d.type}: {found[1]}"
            d.type = found[0]
            d.label = _TYPE_LABELS.get(d.type, d.label)
        keep.append(d)
    return keep


def _state_of_a_place(doc: Doc, d: Draft, places_end: set[int]) -> bool:
    """A state written after a place and a comma ("a Franklin County, Vermont, sheriff's
    deputy"): the place's state, which the words after it do not describe (the deputy had
    made "Vermont" a person; found in a probe on invented articles)."""
    after_place = d.start >= 2 and doc[d.start - 1].text == "," and d.start - 1 in places_end
    text = doc[d.start : d.end].text
    return (
        d.type == "jurisdiction"
        and after_place
        and bool(places.state_named(text, places.load_gazetteer()))
    )


def _a_group_by_its_first_word(d: Draft, why: str) -> bool:
    """A group its own first word names is no person an appositive describes ("The vigil
    was organized by Voces Unidas, a director of the group said": a person, once "voces"
    opened groups' names)."""
    return d.reason.startswith("a name beginning with") and why.startswith("described as")
