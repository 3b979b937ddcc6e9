"""The towns a page writes with their state where no mention holds the state: a postal
code after a town ("1186 Westbrook Street, Portland, ME"), which the model reads as no
place, or a copyright line the page's furniture keeps ("Recorded in Portland, Maine.").
``page_places.PagePlaces`` reads them after the page's own places (issue 16).
"""

from __future__ import annotations

import re

import us

from graphx.extract import namesakes, places

__all__ = ["towns_told_with_states"]


# a town and the state written after it: "Portland, ME", "Recorded in Portland, Maine."
# (a lookahead: "Westbrook Street, Portland, ME" holds two pairs)
_TOWN_STATE = re.compile(
    r"(?=\b([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}), ([A-Z]{2}\b|[A-Z][a-z]+(?: [A-Z][a-z]+)?))"
)


def towns_told_with_states(texts: list[str], gazetteer: places.Gazetteer) -> dict[str, set[str]]:
    """Each town written with a state after it that has a town of its name (a postal code
    counts: "1186 Westbrook Street, Portland, ME"), by its key: the states it is told in;
    not a state in a list of states ("Washington, Georgia and Ohio"), nor a word of a line in
    capitals that looks like a code (a review)."""
    told: dict[str, set[str]] = {}
    for text in texts:
        for town, written in _TOWN_STATE.findall(text):
            code = us.states.lookup(written) if written.isupper() else None
            state = code.name if code is not None else places.state_named(written, gazetteer)
            if places.state_named(town, gazetteer) or not state or (code and town.isupper()):
                continue  # a state in a list; a line in capitals ("PORTLAND, OR ELSE")
            if places.town_of(town, [state], gazetteer) is not None:
                told.setdefault(namesakes.place_key(town), set()).add(state)
    return told
