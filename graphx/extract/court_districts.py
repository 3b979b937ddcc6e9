"""A federal court's district after the court's name and a comma is the court's: "the U.S.
District Court, Eastern District of Missouri" came as a court, a place "Eastern District" and
a state, so the court was two names and "Eastern District" a place, one node across every
state's Eastern District (found in probe282). With "for the" between them ("the U.S. District
Court for the Western District of Missouri") :func:`joined.bodies_ended_at_of` joins them.
"""

from __future__ import annotations

from spacy.tokens import Doc

from graphx.extract import places
from graphx.extract.drafts import BODY_TYPES, Draft
from graphx.extract.gazetteer import DISTRICT_SIDES, load_gazetteer

__all__ = ["court_districts"]

_LONGEST_STATE = 3  # "District of Columbia" ... the words of a state's name, at most


def court_districts(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """ "U.S. District Court, Eastern District of Missouri" is one agency; a district named
    without its court ("prosecutors in the Middle District of North Carolina", "U.S. Attorney
    Ana Ruiz of the Eastern District of Virginia") is no place of its own, while its state
    stays the place it names (a review: made an agency, it took the state from the acts told
    there, whose place became the country's)."""
    out = list(drafts)
    for i in range(1, len(doc) - 2):
        if doc[i].text != "District" or doc[i - 1].lower_ not in DISTRICT_SIDES:
            continue
        if not doc[i - 1].is_title or doc[i + 1].lower_ != "of" or _inside_a_body(i - 1, out):
            continue
        end = _state_end(doc, i + 2)
        if end is None or (end < len(doc) and doc[end].is_title):
            continue  # "the Western District of Kentucky Baptist Association" (a review)
        start = _court_before(doc, i - 1, out)
        if start == i - 1:
            out = [d for d in out if not _the_district_alone(d, i)]
            continue
        out = [d for d in out if d.end <= start or d.start >= end]
        out.append(Draft(start, end, "ORG", "agency", reason="a federal court's district"))
    return sorted(out, key=lambda d: d.start)


def _the_district_alone(draft: Draft, district: int) -> bool:
    """The model's place "Middle District" (or "the Middle District"), ended at the word."""
    return (
        draft.type == "jurisdiction" and draft.end == district + 1 and draft.start >= district - 2
    )


def _inside_a_body(side: int, drafts: list[Draft]) -> bool:
    """A district already inside a body's name ("the U.S. Attorney's Office for the Eastern
    District of Oklahoma")."""
    return any(d.type in BODY_TYPES and d.start < side < d.end for d in drafts)


def _state_end(doc: Doc, start: int) -> int | None:
    """The end of a state's name that starts at ``start`` (the longest), else None."""
    gaz = load_gazetteer()
    for size in range(_LONGEST_STATE, 0, -1):
        words = doc[start : start + size]
        if len(words) == size and all(w.is_title for w in words):
            if places.state_named(words.text, gaz):
                return start + size
    return None


def _court_before(doc: Doc, side: int, drafts: list[Draft]) -> int:
    """The start of a court's name right before the district and a comma ("U.S. District
    Court, Eastern District ..."), else the district's own start."""
    if side < 2 or doc[side - 1].text != ",":
        return side
    court = next((d for d in drafts if d.end == side - 1 and d.type in BODY_TYPES), None)
    if court is None or doc[court.end - 1].text != "Court":
        return side
    return court.start
