"""Jurisdictions: turn a place name into a level and a parent.

A name is looked up in the gazetteer (:mod:`graphx.extract.gazetteer`). A bare county or
city is resolved by a state its document names (the caller passes the document's other
place names, most relevant first), else by a clear population dominance among namesakes,
else ``ambiguous=True``. ``demonym`` reads an adjective of nationality as its country.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from graphx.extract.demonyms import demonym
from graphx.extract.gazetteer import (
    COUNTRY,
    Gazetteer,
    Place,
    court_district_state,
    load_gazetteer,
    long_form,
    normalize_place,
)

__all__ = [
    "COUNTRY",
    "Gazetteer",
    "Place",
    "demonym",
    "is_city",
    "load_gazetteer",
    "lookup",
    "normalize_place",
    "state_named",
    "states_named",
    "town_of",
]

# A city must outnumber the next city of the same name this many times to win.
_DOMINANCE = 3.0
_TIE_DOMINANCE = 10.0  # ... to win over the nearest of three states a page lists (``_pick``)
_CITY = 100_000  # a city this big is meant by its name as often as its state is
_FOREIGN_CITY = 150_000  # a city abroad this big is meant without its country named


def state_named(text: str, gaz: Gazetteer) -> str:
    """The state a state's name or its AP abbreviation names ("Illinois", "Fla."), or a
    region of it does ("Middle Tennessee", "Upstate New York"), else ""."""
    key = normalize_place(text)
    found = _ap_state(text, gaz) or gaz.states.get(key, "")
    region, _, rest = key.partition(" ")
    return found or (gaz.states.get(rest, "") if region in gaz.region_words else "")


def _ap_state(text: str, gaz: Gazetteer) -> str:
    """The state an AP abbreviation names, its dot cut off or not ("W.Va", "Vt" of "W.Va.
    (AP)", "Vt. The": the model's tokenizer cuts some; found in a probe); not "Miss", nor
    two capitals, a postal code or a city's ("LA")."""
    written = text.strip().lower()
    code = len(written) <= 2 and text.strip().isupper()
    cut = f"{written}." if written[-1:] not in ("", ".") and written != "miss" and not code else ""
    return gaz.ap_states.get(written) or gaz.ap_states.get(cut, "")


def town_of(text: str, states: Sequence[str], gaz: Gazetteer) -> Place | None:
    """The gazetteer's town of that name in one of the states, else None ("St. Albans" may
    be written out there: "Saint Albans")."""
    keys = dict.fromkeys((normalize_place(text), long_form(normalize_place(text))))
    found = [place for key in keys for place, _ in gaz.cities.get(key, [])]
    return next((place for place in found if place.parent in states), None)


def is_city(text: str, gaz: Gazetteer, state: str = "") -> bool:
    """A city of 100,000 people or more has this name ("Washington", "New York"), in ``state``
    when given (Missouri's "Jackson" is no such city, Mississippi's is: found in probe321)."""
    found = gaz.cities.get(normalize_place(text), [])
    return any(people >= _CITY and state in ("", p.parent) for p, people in found)


def states_named(context: Sequence[str], gaz: Gazetteer) -> list[str]:
    """The states a document's place names put it in ("Illinois", "Fla.", "Chicago")."""
    states, of_counties, capitals = [], [], []  # type: list[str], list[str], list[str]
    for text in context:
        key = normalize_place(text)
        if key in gaz.extras and _city_code(text, key, context, gaz):
            states.append(gaz.extras[key].parent)  # "LA" beside "Los Angeles": not Louisiana
        elif state := state_named(text, gaz) or state_named(court_district_state(key), gaz):
            # "money comes from Washington": the capital as often as the state, so the
            # page's other states come first ("Burlington" beside "Vermont" is Vermont's)
            (capitals if _big_city_elsewhere(key, state, gaz) else states).append(state)
        elif key in gaz.extras and gaz.extras[key].level != "country":
            place = gaz.extras[key]
            states.append(place.name if place.level == "state" else place.parent)
        elif _of_one_state(text, key, gaz):
            # a county of one state only ("St. Martin Parish") puts a bare "Henderson" there,
            # after the states the text names ("Peoria" beside "Maricopa County, Illinois")
            of_counties.append(gaz.counties[key][0].parent)
        elif key in gaz.cities and key not in gaz.countries:
            # "Chicago" puts a bare "Cook County" in Illinois; "Angola" is no Indiana town's
            city = _lookup_city(key, [], gaz)
            if city is not None and not city.ambiguous and city.parent in gaz.states.values():
                states.append(city.parent)
    return states + of_counties + list(dict.fromkeys(capitals))  # the capital counts once


def _big_city_elsewhere(key: str, state: str, gaz: Gazetteer) -> bool:
    """A state's name that is a big city's in another state ("Washington")."""
    return any(people >= _CITY and p.parent != state for p, people in gaz.cities.get(key, []))


def _of_one_state(text: str, key: str, gaz: Gazetteer) -> bool:
    """A county's name, as written ("Pinal County", not Virginia's "Salem City"), that the
    gazetteer has in one state only."""
    words = text.split()
    named = len(words) > 1 and words[-1].lower() in gaz.county_words
    return named and len({c.parent for c in gaz.counties.get(key, [])}) == 1


def _pick(
    candidates: list[Place],
    states: list[str],
    people: Sequence[int] = (),
    region: Sequence[str] = (),
) -> Place | None:
    """The namesake in the state named most ("Linn County" beside Cedar Rapids and Iowa City
    is Iowa's, though "in Oregon" came nearer: a probe); of a tie among three or more of the
    ``region``'s states (no country: a review), the city ``_TIE_DOMINANCE`` times its namesakes
    ("St. Paul" in a release listing Minnesota, Iowa and Nebraska once each: probe227), else
    the nearest ("In Minnesota, a Grand Rapids group" beside Lansing; Auburn, Maine)."""
    held = [s for s in dict.fromkeys(states) if any(p.parent == s for p in candidates)]
    top = max(map(states.count, held), default=0)
    tied = [s for s in held if states.count(s) == top]
    sizes = dict(zip(candidates, people, strict=False))
    ranked = sorted((p for p in candidates if p.parent in tied), key=lambda p: -sizes.get(p, 0))
    listed = sum(region.count(s) == top for s in set(region)) >= 3
    big = len(ranked) > 1 and sizes.get(ranked[0], 0) >= _TIE_DOMINANCE * sizes.get(ranked[1], 0)
    if listed and big and sizes.get(ranked[1], 0) > 0:
        return ranked[0]
    state = tied[0] if tied else ""  # the first of the most named
    return next((p for p in candidates if p.parent == state), None)


def _split_qualified(text: str, gaz: Gazetteer) -> tuple[str, str] | None:
    """ "Cook County, Illinois" -> ("Cook County", "Illinois")."""
    head, sep, tail = text.rpartition(",")
    if sep and (state := state_named(tail, gaz)):
        return head, state
    head, sep, tail = text.rpartition(" ")
    if sep and re.fullmatch(r"[A-Z]{2}", tail) and normalize_place(tail) in gaz.states:
        return head, gaz.states[normalize_place(tail)]  # "Largo FL" (issue 16)
    return None


def _lookup_city(
    key: str, states: list[str], gaz: Gazetteer, countries: Sequence[str] = ()
) -> Place | None:
    found = gaz.cities.get(key)
    if not found:
        return None
    ranked = sorted(found, key=lambda pair: -pair[1])
    chosen = _pick([p for p, _ in ranked], [*states, *countries], [n for _, n in ranked], states)
    if chosen:
        return chosen
    top, people = ranked[0]
    if _foreign_town(top, people, gaz) and top.parent not in countries:
        return None
    if len(ranked) == 1 or ranked[0][1] >= _DOMINANCE * ranked[1][1]:
        return ranked[0][0]
    return Place(ranked[0][0].name, "city", ranked[0][0].parent, ambiguous=True)


def _foreign_town(place: Place, people: int, gaz: Gazetteer) -> bool:
    """A town abroad that a text naming no place of its country hardly means: the
    gazetteer lists American towns of 1,000 people and up, and a smaller one of the same
    name ("Carthage, Miss.", not Carthage in Tunisia) is likelier in American news than a
    town abroad. A city abroad of 150,000 people or more is meant as itself ("Paris",
    "Reynosa")."""
    return place.parent not in gaz.states.values() and people < _FOREIGN_CITY


def _lookup_county(key: str, states: list[str], gaz: Gazetteer) -> Place | None:
    if not (found := gaz.counties.get(key)):
        return None
    if chosen := _pick(found, states):
        return chosen
    if len(found) == 1:
        return found[0]
    return Place(found[0].name, "county", "", ambiguous=True)


def lookup(
    text: str,
    *,
    context: Sequence[str] = (),
    gazetteer: Gazetteer | None = None,
    listed: bool = False,
    city: bool = False,
) -> Place | None:
    """Normalize one jurisdiction name.

    Args:
        text: the name as written ("Cook County, Illinois", "Boston", "the U.S.").
        context: the document's other place names, most relevant first.
        gazetteer: indexes to use; the shipped one when None.
        listed: the name stands in a list of states ("New Jersey, Washington and
            Virginia"), so a name that is both a state and a city is the state.
        city: the name opens a dateline ("WASHINGTON —" is Washington, D.C.).

    Returns:
        The place, or None when the name is in no index.

    >>> lookup("Cook County, Illinois")
    Place(name='Cook County', level='county', parent='Illinois', ambiguous=False)
    """
    gaz = gazetteer or load_gazetteer()
    qualified = _split_qualified(text, gaz)
    if qualified is not None:  # "Cook County, Illinois": Illinois first in its context
        text, context = qualified[0], [qualified[1], *context]
    if state := _ap_state(text, gaz):
        return Place(state, "state", COUNTRY)
    key = normalize_place(text)
    if not key:
        return None
    # the name's own other mentions ("EVANSTON —" beside "Evanston") are no evidence of it
    states = states_named([c for c in context if normalize_place(c) != key], gaz)
    found = _dateline_city(key, states, gaz) if city and key in gaz.states else None
    named_state = qualified[1] if qualified else ""
    found = found or _lookup_key(text, key, states, context, gaz, listed=listed, state=named_state)
    if long_form(key) != key:  # "St. Albans": the gazetteer's "Saint Albans" may fit better
        longer = _lookup_key(
            text, long_form(key), states, context, gaz, listed=listed, state=named_state
        )
        if longer is not None and (found is None or _fits_better(longer, found, states, gaz)):
            found = longer
    if named_state and found is not None and found.level in ("city", "county"):
        # "Brooklyn, Ohio": the state written with the name rules out a namesake elsewhere
        if named_state not in (found.parent, _state_of(found, gaz)):
            return Place(_as_written(text), found.level, named_state)
    if named_state and found is None and _is_name(text):
        # "Carthage, Miss.": a town too small for the gazetteer, in the state written with it
        words = text.split()
        level = "county" if words[-1].lower() in gaz.county_words else "city"
        return Place(_as_written(text), level, named_state)
    return found


def _as_written(text: str) -> str:
    """A place's name as a body writes it: a dateline's capitals ("SIERRA LINDA, Ariz. —")
    in title case."""
    return text.strip().title() if text.isupper() else text.strip()


def _is_name(text: str) -> bool:
    """Capitalised words, as a town's name is written ("Sierra Linda", "St. Mary's")."""
    return bool(text.strip()) and all(w[:1].isupper() for w in text.split() if w.isalpha())


def _lookup_key(
    text: str,
    key: str,
    states: list[str],
    context: Sequence[str],
    gaz: Gazetteer,
    *,
    listed: bool,
    state: str = "",
) -> Place | None:
    """A normalised name in the indexes: the gazetteer file's forms (a state's name stays
    the state, and a name written with another state is not the file's: "Manhattan,
    Kansas"), states, countries, counties, cities, then "State of ..." forms."""
    extra = gaz.extras.get(key)
    if extra is not None and state and _state_of(extra, gaz) not in ("", state):
        extra = None
    if extra is not None and not state and states and _state_of(extra, gaz) not in states:
        # "Manhattan" in a Riley County, Kan., story is Kansas's (found in probe214)
        extra = town_of(text, states[:1], gaz) or extra
    if extra is not None and (key not in gaz.states or _city_code(text, key, context, gaz)):
        return extra
    if key in gaz.states:
        return _lookup_state(key, states, context, gaz, listed=listed)
    if key in gaz.countries:
        return Place(gaz.countries[key], "country", "")
    if key.split()[-1] in gaz.county_words:
        return _lookup_county(key, states, gaz)
    return _lookup_city(key, states, gaz, _countries(context, gaz)) or _qualified_form(
        key, states, context, gaz
    )


def _fits_better(longer: Place, found: Place, states: list[str], gaz: Gazetteer) -> bool:
    """ "St. Charles" in a Missouri story is Missouri's "Saint Charles", not Maryland's "St.
    Charles": the written-out name wins only in a state the document names, and never over
    a big city ("St. Louis" in a Michigan story)."""
    in_states = _state_of(longer, gaz) in states and _state_of(found, gaz) not in states
    return in_states and not is_city(found.name, gaz)  # St. Louis stays Missouri's


def _countries(context: Sequence[str], gaz: Gazetteer) -> list[str]:
    """The countries the context names, or names by their people ("the Mexican border city
    of Matamoros")."""
    found = []
    for text in context:
        key = normalize_place(text)
        if key in gaz.countries:
            found.append(gaz.countries[key])
        elif (people := demonym(text, gazetteer=gaz)) is not None:
            found.append(people.name)
    return found


def _state_of(place: Place, gaz: Gazetteer) -> str:
    """The US state a place of the gazetteer file is in ("" for a country or none known),
    through the file's places it is within (a borough, its city, its state)."""
    seen = set()
    while place.level != "state" and place.parent and place.parent not in seen:
        seen.add(place.parent)
        if place.parent in gaz.states.values():
            return place.parent
        parent = gaz.extras.get(normalize_place(place.parent))
        if parent is None:
            return ""
        place = parent
    return place.name if place.level == "state" else ""


_QUALIFIED = re.compile(r"^(?:(state|city|commonwealth) of (.+)|(.+) (state|city))$")


def _qualified_form(
    key: str, states: list[str], context: Sequence[str], gaz: Gazetteer
) -> Place | None:
    """ "State of California", "New York State", "City of Denver", "Denver City" (issue 16).

    Only reached when the whole name is in no index, so a real city called
    "... City" ("Kansas City", "New York City") keeps its own name.
    """
    match = _QUALIFIED.match(key)
    if not match:
        return None
    kind = match.group(1) or match.group(4)
    rest = match.group(2) or match.group(3)
    if kind in ("state", "commonwealth"):
        return Place(gaz.states[rest], "state", COUNTRY) if rest in gaz.states else None
    named_city = gaz.extras.get(f"{rest} city")
    if named_city is not None and named_city.level == "city":
        return named_city  # "the City of New York" is New York City
    return _lookup_city(rest, states, gaz) or (
        gaz.extras[rest] if rest in gaz.extras and gaz.extras[rest].level == "city" else None
    )


def _dateline_city(key: str, states: list[str], gaz: Gazetteer) -> Place | None:
    """The city a state's name stands for in a dateline: a gazetteer row whose name
    begins with it ("New York City"), else the biggest city of that name."""
    for form, place in gaz.extras.items():
        if form == key and place.level == "city":
            return place
    named = gaz.extras.get(f"{key} city")
    if named is not None and named.level == "city":
        return named
    return _lookup_city(key, states, gaz)


def _city_code(text: str, key: str, context: Sequence[str], gaz: Gazetteer) -> bool:
    """A bare postal code that is also a city's short form ("LA") means the city when the
    document names that city (issue 16: "LA" beside "Los Angeles" is not Louisiana)."""
    place = gaz.extras[key]
    if place.level != "city" or not re.fullmatch(r"[A-Z]{2}", text.strip()):
        return False
    return normalize_place(place.name) in {normalize_place(c) for c in context}


def _lookup_state(
    key: str, states: list[str], context: Sequence[str], gaz: Gazetteer, *, listed: bool = False
) -> Place:
    """A state name, unless the document speaks of the same-named big city.

    "New York" next to "New York City" (or "Washington" next to "DC") means
    the city; alone it means the state.
    """
    name = gaz.states[key]
    if listed and name != "District of Columbia":
        return Place(name, "state", COUNTRY)
    city_forms = {normalize_place(c) for c in context}
    for form, place in gaz.extras.items():
        if (
            place.level == "city"
            and form in city_forms
            and normalize_place(place.name).startswith(key)
        ):
            return place
    if name == "District of Columbia":
        return Place(name, "state", COUNTRY)
    if key == "washington" and "District of Columbia" in states:
        return gaz.extras.get("washington", Place("Washington", "city", "District of Columbia"))
    return Place(name, "state", COUNTRY)
