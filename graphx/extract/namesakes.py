"""The one state a document's towns and counties of many states have in common (issue 15).

"Grand Rapids", "Hastings", "Lansing" and "Barry County" are each in several states, but
only Michigan has them all: a story that names them is a Michigan story, though a
paragraph names Minnesota in passing. Where one state holds more of a document's
place names than any other, and at least two of them, its towns are read there before a
state named only after them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from graphx.extract import places
from graphx.extract.gazetteer import Gazetteer, county_of_town, normalize_place

__all__ = ["place_key", "shared_state", "state_of_its_county"]

# a town's government named for it: "City of Portland" is one name with "Portland"
_GOVERNMENT_OF = re.compile(r"^(?:city|town|village|township|borough) of ")
# a state holds this many of a document's place names before it says anything
_AT_LEAST = 2


def shared_state(texts: Sequence[str], gaz: Gazetteer) -> str:
    """The state that has a place of more of these names than any other state, when it has
    at least two; else "". A state's own name says nothing here, and a town's government's
    is the town's ("City of Portland" and "Portland" are one name: probe287, read); a city
    far larger than its namesakes ("Dallas") is in its own state only."""
    by_key: dict[str, str] = {}
    for text in texts:
        by_key.setdefault(place_key(text), text)
    names = list(by_key.values())
    held = Counter(state for text in names for state in _states_of(text, gaz))
    ranked = held.most_common(2)
    if not ranked or ranked[0][1] < _AT_LEAST:
        return ""
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return ""
    return ranked[0][0]


def place_key(text: str) -> str:
    """A place's name as the gazetteer keys it, its government's words off ("City of
    Portland" is "portland")."""
    return _GOVERNMENT_OF.sub("", normalize_place(text))


def _states_of(text: str, gaz: Gazetteer) -> set[str]:
    """The states with a town or county of that name ("Hastings": Michigan, Minnesota,
    Nebraska, ...); the one state of a place the name alone gives ("Dallas": Texas); none
    for a state's own name."""
    key = normalize_place(text)
    if key in gaz.states or places.state_named(text, gaz):
        return set()
    states = set(gaz.states.values())
    alone = places.lookup(text, gazetteer=gaz)
    if alone is not None and not alone.ambiguous and alone.parent in states:
        return {alone.parent}
    towns = {place.parent for place, _ in gaz.cities.get(key, [])}
    counties = {place.parent for place in gaz.counties.get(key, [])}
    return (towns | counties) & states


def state_of_its_county(town: str, texts: Sequence[str], gaz: Gazetteer) -> str:
    """The one state whose town of that name lies in a county the document names: "arrested
    in and around Georgetown" beside "Sussex County" is Delaware's Georgetown, though a
    Philadelphia dateline names Pennsylvania more (found in probe305); "" for none or many."""
    key = normalize_place(town)
    named = {
        normalize_place(t) for t in texts if t.split() and t.split()[-1].lower() in gaz.county_words
    }
    states = {place.parent for place, _ in gaz.cities.get(key, [])}
    # not a town named like its county: "Boone" of "Boone, Kenton and Campbell counties" is
    # the county, which Boone, Iowa's county shares a name with (a probe)
    named -= {f"{key} county", f"{key} parish"}
    held = {s for s in states if normalize_place(county_of_town(town, s) or "-") in named}
    return held.pop() if len(held) == 1 else ""
