"""A federal court's district after the court's name and a comma is the court's: "the U.S.
District Court, Eastern District of Missouri" came as a court, a place "Eastern District" and
a state, so the court was two names and "Eastern District" a place, one node across every
state's Eastern District (found in probe282). With "for the" between them ("the U.S. District
Court for the Western District of Missouri") :func:`joined.bodies_ended_at_of` joins them.
A judge's district ("U.S. District Judge Ana Lee of the Western District of Louisiana", "... of
the District of New Jersey") is the judge's court, an agency the resolver names with its state,
which stays a place of its own (found in probe304, probe319 and probe323: the court was no
entity).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from graphx.extract import places
from graphx.extract.drafts import BODY_TYPES, Draft
from graphx.extract.gazetteer import DISTRICT_SIDES, load_gazetteer
from graphx.model import Mention

__all__ = ["court_districts", "named_with_its_state"]

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
        end = _state_closing(doc, i + 2)
        if end is None:
            continue
        start = _court_before(doc, i - 1, out)
        if start == i - 1:
            out = [d for d in out if not _the_district_alone(d, i)]
            if _a_judges(doc, i - 1, out):
                out = _the_judges_court(out, i - 1, i + 1, end)
            continue
        out = [d for d in out if d.end <= start or d.start >= end]
        out.append(Draft(start, end, "ORG", "agency", reason="a federal court's district"))
    return _districts_of_a_whole_state(doc, sorted(out, key=lambda d: d.start))


def _districts_of_a_whole_state(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """A judge's district that is a whole state ("U.S. District Judge Ana Lee of the District
    of New Jersey", which the model read as a place "District of New Jersey"); not the
    District of Columbia, a place."""
    out = drafts
    for i in range(1, len(doc) - 2):
        if doc[i].text != "District" or doc[i - 1].lower_ != "the" or doc[i + 1].lower_ != "of":
            continue
        end = _state_closing(doc, i + 2)
        if end is None:
            continue
        whole = doc[i + 2].text != "Columbia" and not _inside_a_body(i, out)
        if whole and _a_judges(doc, i, out):
            out = _the_judges_court(out, i, i + 1, end)
    return sorted(out, key=lambda d: d.start)


def _a_judges(doc: Doc, side: int, drafts: list[Draft]) -> bool:
    """A district a judge is "of" or "in": "U.S. District Judge Ana Lee of the ...",
    "federal judge Ana Lee of the ...", "a federal judge in the ...", "a federal court in
    the ..."; not "prosecutors in the Middle District", "Assistant U.S. Attorney Kevin Judge
    of the ...", "access to justice in the ..." (a review)."""
    at = side - 1 if doc[side - 1].lower_ == "the" else side
    if at < 3 or doc[at - 1].lower_ not in ("of", "in"):
        return False
    person = next((d for d in drafts if d.type == "person" and d.end == at - 1), None)
    if person is None and _a_judge(doc[at - 2]):
        return doc[at - 3].lower_ not in _OTHER_BENCHES  # "a federal judge in the ..."
    if doc[at - 2].lower_ == "court" and doc[at - 3].lower_ in _COURTS_OF_LAW:
        return True
    titled = list(doc[max(0, person.start - 3) : person.start]) if person is not None else []
    judged = [k for k, t in enumerate(titled) if _a_judge(t)]
    return bool(judged) and not any(t.lower_ in _OTHER_BENCHES for t in titled[: judged[0]])


# who sits on a federal district court, and the words that make a "court" one of law
_JUDGES = frozenset({"judge", "magistrate"})
_COURTS_OF_LAW = frozenset({"federal", "district"})
# the benches whose judges are of no district court: "U.S. Bankruptcy Judge X of the District
# of Delaware", "an immigration judge in the District of Arizona" (a review)
_OTHER_BENCHES = frozenset(
    {"bankruptcy", "immigration", "probate", "tax", "county", "state", "municipal", "family"}
)


def _a_judge(word: Token) -> bool:
    return word.lemma_.lower() in _JUDGES or word.lower_ in _JUDGES


def _the_judges_court(drafts: list[Draft], start: int, district: int, end: int) -> list[Draft]:
    """The district's words (``start`` to ``district``) as the judge's court, and its state
    after "of" as a place."""
    out = [d for d in drafts if d.end <= start or d.start >= end]
    out.append(Draft(start, district, "ORG", "agency", reason="a federal judge's court"))
    state = next((d for d in drafts if d.start == district + 1 and d.end == end), None)
    out.append(state or Draft(district + 1, end, "GPE", "jurisdiction", reason="a court's state"))
    return out


def named_with_its_state(text: str, mentions: Sequence[Mention], i: int) -> str:
    """The name of mention ``i``, a judge's court told by its district alone, with the state
    that follows it, or that follows the page's other mentions of it when they name one:
    "Western District" of Louisiana is the "U.S. District Court for the Western District of
    Louisiana", and so is "the Western District" later on its page (found in probe304: two
    nodes); "" for another mention."""
    m = mentions[i]
    side, _, district = m.text.rpartition(" ")
    if m.type != "agency" or side.lower() not in (*DISTRICT_SIDES, "") or district != "District":
        return ""
    states = {
        s
        for k, n in enumerate(mentions)
        if n.text == m.text and (s := _state_after(text, mentions, k))
    }
    here = _state_after(text, mentions, i)
    state = here or (next(iter(states)) if len(states) == 1 else "")
    return f"U.S. District Court for the {m.text} of {state}" if state else ""


def _state_after(text: str, mentions: Sequence[Mention], i: int) -> str:
    """The state right after mention ``i`` and "of", else ""."""
    place = mentions[i + 1] if i + 1 < len(mentions) else None
    if (
        place is None
        or place.type != "jurisdiction"
        or text[mentions[i].end : place.start] != " of "
    ):
        return ""
    return places.state_named(place.text, load_gazetteer())  # "N.J." is New Jersey


def _the_district_alone(draft: Draft, district: int) -> bool:
    """The model's place "Middle District" (or "the Middle District"), ended at the word."""
    return (
        draft.type == "jurisdiction" and draft.end == district + 1 and draft.start >= district - 2
    )


def _inside_a_body(side: int, drafts: list[Draft]) -> bool:
    """A district already inside a body's name ("the U.S. Attorney's Office for the Eastern
    District of Oklahoma")."""
    return any(d.type in BODY_TYPES and d.start < side < d.end for d in drafts)


def _state_closing(doc: Doc, start: int) -> int | None:
    """The end of a state's name that starts at ``start`` and ends the district's name, else
    None: not one a longer name goes on from ("the Western District of Kentucky Baptist
    Association", "the District of Montana Water Court": reviews)."""
    end = _state_end(doc, start)
    return None if end is None or (end < len(doc) and doc[end].is_title) else end


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
