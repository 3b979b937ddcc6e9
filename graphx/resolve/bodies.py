"""Names of public bodies: initials, and the place a body's name begins with.

Pure helpers for resolution (issue 16). "NYDOC" and "DOC" are initials of
"New York Department of Corrections"; in a document about New York City,
"New York Department of Corrections" and "New York City Department of
Correction" name one body, because the leading "New York" reads as the city
there. The place is read with the same gazetteer and document context as any
other place name (``graphx.extract.places``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from graphx.extract import places
from graphx.extract.known import facility_or_group, read_head_words
from graphx.extract.ner import KnownName, normalize_name
from graphx.extract.short_names import SHORT_NAME
from graphx.lexicon import Lexicon, shipped
from graphx.model import Mention

__all__ = [
    "any_places",
    "company_cut_short",
    "call_sign",
    "short_outlet_name",
    "station_names",
    "level_named",
    "local_body",
    "publishing_place",
    "chapter_name",
    "counties_of",
    "owned",
    "publisher_kind",
    "edition_base",
    "full_initials",
    "initials",
    "leading_place",
    "place_qualified",
    "read_editions",
]

_MINOR = {"of", "the", "and", "for", "on", "in", "at", "&"}
_PLACE_LEVELS = ("city", "county", "state")
_CALL_SIGN = re.compile(r"[KW][A-Z]{3}")  # an American broadcaster's call sign
_FREQUENCY = re.compile(r"\s+(?:(?:\d{2,3}\.\d|\d{3,4})(?:\s*[AF]M)?|[AF]M)$")  # "88.3 FM"
_STATION = re.compile(r"(?:\d{2,4}(?:\.\d)?\s+)?([KW][A-Z]{3})(?:-(?:TV|FM|AM|DT|LP))?(?=\s|$)")
# a brand with its channel before the call sign: "NewsChannel 9 WCTN", "Fox 17 WZTV"
_BRANDED_STATION = re.compile(r"^\S.*?\s\d{1,3}\s([KW][A-Z]{3})(?:-(?:TV|FM|AM|DT|LP))?$")
_TUNED = re.compile(r"(?:\d{3,4}\s+)?[KW][A-Z]{3}\s+\d{2,4}(?:\.\d)?(?:\s*[AF]M)?\b")  # "KNYE 95.1"
_WORD = re.compile(r"[A-Za-z][A-Za-z'’.]*")


def company_cut_short(m: Mention, words: Sequence[str]) -> bool:
    """A mention read as a company's short name (``short_names``: "Blue Ridge, which employs
    about 900 people, said") and a name of the page whose last word says what a company
    makes ("blue ridge premium poultry"), which it opens; not any one word that opens a
    company's name ("Harvest said" beside Harvest Fresh Produce and Harvest Community
    Church, a review)."""
    made = read_head_words()["business"]
    return m.type_reason == SHORT_NAME and bool(words) and words[-1] in made


def call_sign(name: str) -> str:
    """The station a name begins with, by its call sign, after an AM station's dial number
    ("1010 WINS") or an FM one's ("88.1 KDPR", probe218) and before its band or frequency
    ("WZMV-FM", "WKQR 90.7"), or ends with after its brand ("NewsChannel 9 WCTN": found in
    probe211); "" if none.

    >>> [call_sign(n) for n in ("WKQR 90.7", "WZMV-FM", "1010 WINS", "WMKR", "Wake County")]
    ['WKQR', 'WZMV', 'WINS', 'WMKR', '']
    >>> [call_sign(n) for n in ("NewsChannel 9 WCTN", "Fox 17 WZTV-TV", "Tulsa WORK", "88.1 KDPR")]
    ['WCTN', 'WZTV', '', 'KDPR']
    """
    match = _STATION.match(name) or _BRANDED_STATION.search(name)
    return match.group(1) if match else ""


def station_names(name: str) -> list[str]:
    """The names a station goes by, its call sign and that with its frequency ("KNYE" and
    "KNYE 95.1" of "KNYE 95.1 The Valley"), or none for a name that is no station's.

    >>> station_names("KNYE 95.1 The Valley"), station_names("WZMV-FM"), station_names("Fox 5")
    (['KNYE', 'KNYE 95.1'], ['WZMV'], [])
    """
    sign = call_sign(name)
    if not sign:
        return []
    tuned = _TUNED.match(name)
    return [sign] + ([tuned.group(0)] if tuned and tuned.group(0) != name else [])


def short_outlet_name(name: str, gazetteer: places.Gazetteer | None = None) -> str:
    """An outlet's name after the place it begins with, as a page calls itself ("the
    Beacon" in "The Lansing Beacon", "the Star" in "Kansas City Star"); "" if it begins with
    no place.

    >>> short_outlet_name("The Lansing Beacon"), short_outlet_name("Kansas City Star")
    ('Beacon', 'Star')
    >>> short_outlet_name("Mother Jones"), short_outlet_name("Lansing")
    ('', '')
    """
    led = leading_place(name, gazetteer=gazetteer)
    return led[1] if led and led[1][:1].isupper() else ""


def full_initials(name: str) -> set[str]:
    """The initials of a whole name of three or more words, four letters or more, lower
    case, as a form to meet its acronym in another article by; fewer letters ("DOC") name
    too many bodies.

    >>> sorted(full_initials("Oregon Immigrant Rights Alliance"))
    ['oira']
    >>> full_initials("Department of Corrections"), full_initials("OIRA")
    (set(), set())
    """
    words = _name_words(name)
    if len(words) < 3 or not all(w[0].isupper() or w.lower() in _MINOR for w in words):
        return set()
    return {a.lower() for a in _spellings(words) if len(a) >= 4}


def _name_words(name: str) -> list[str]:
    """The words of a body's name, without a leading "the"."""
    words = _WORD.findall(name)
    return words[1:] if words and words[0].lower() == "the" else words


def _spellings(words: list[str]) -> set[str]:
    """The initials of the words, with and without the small words."""
    return {
        "".join(_initial(w) for w in words),
        "".join(_initial(w) for w in words if w.lower() not in _MINOR),
    }


def _initial(word: str) -> str:
    bare = word.replace(".", "")
    return bare if bare.isupper() and len(bare) <= 3 else word[0].upper()


def initials(name: str) -> set[str]:
    """Initials of a body's name and of its tails, with and without the small words.

    An all-capitals word counts whole ("NY Department of Corrections" -> NYDOC).

    >>> sorted(initials("New York Department of Corrections"))
    ['DC', 'DOC', 'NYDC', 'NYDOC', 'YDC', 'YDOC']
    >>> initials("Police")
    set()
    """
    words = _name_words(name)
    found: set[str] = set()
    for start in range(len(words) - 1):
        if words[start].lower() not in _MINOR:
            found |= _spellings(words[start:])
    return found


def place_qualified(
    name: str, *, context: Sequence[str] = (), gazetteer: places.Gazetteer | None = None
) -> str:
    """The body's name with its leading place read in the document's context, normalized.

    Returns "" when the name does not begin with a city, county or state.

    >>> place_qualified("New York Department of Corrections", context=["New York City"])
    'new york city department of corrections'
    >>> place_qualified("Department of Corrections")
    ''
    """
    found = leading_place(name, context=context, gazetteer=gazetteer)
    return normalize_name(f"{found[0].name} {found[1]}") if found else ""


def leading_place(
    name: str, *, context: Sequence[str] = (), gazetteer: places.Gazetteer | None = None
) -> tuple[places.Place, str] | None:
    """The city, county or state a body's name begins with, read in the document's
    context, and the rest of the name; None when it begins with none (or with a name of
    several places the context does not choose among).

    >>> place, rest = leading_place("Sherburne County Sheriff's Office", context=["Minnesota"])
    >>> (place.name, place.level, place.parent, rest)
    ('Sherburne County', 'county', 'Minnesota', "Sheriff's Office")
    """
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    for size in range(min(4, len(words) - 1), 0, -1):
        head, rest = " ".join(words[:size]), " ".join(words[size:])
        if not head[:1].isupper() or rest.split()[0].lower() in _MINOR:
            continue
        place = places.lookup(head, context=context, gazetteer=gazetteer)
        if place is not None and not place.ambiguous and place.level in _PLACE_LEVELS:
            return place, rest
    return None


def counties_of(
    mentions: Sequence[Mention], context: Sequence[str], gazetteer: places.Gazetteer
) -> Iterator[tuple[Mention, places.Place]]:
    """Each agency's mention whose name begins with a county, with that county read in the
    document's context: "the Sherburne County jail" names Sherburne County, Minnesota, in
    an article that names Minnesota, though never on its own; only when one of the states
    the article names has a county of that name ("the Lake County Sheriff's Department in
    Crown Point" beside "Chicago" is Indiana's or Illinois's: none)."""
    states = set(places.states_named(context, gazetteer))
    for m in (m for m in mentions if m.type == "agency"):
        found = leading_place(m.text, context=context, gazetteer=gazetteer)
        if found is None or found[0].level != "county":
            continue
        county = places.normalize_place(found[0].name)
        having = {c.parent for c in gazetteer.counties.get(county, [])}
        if len(having & states) == 1:
            yield m, found[0]


def read_editions(lexicon: Lexicon | None = None) -> frozenset[str]:
    """The edition words of ``editions.txt`` ("weekly", "sunday").

    Raises:
        SettingsError: the file is unreadable.
    """
    return (lexicon or shipped()).derived(_editions)


def _editions(lexicon: Lexicon) -> frozenset[str]:
    lines = lexicon.text("editions.txt").splitlines()
    return frozenset(x.strip().lower() for x in lines if x.strip() and not x.startswith("#"))


def edition_base(name: str) -> str:
    """An outlet's normalized name without the edition words that end it ("" if none).

    >>> edition_base("The Harbor Times Weekly"), edition_base("The Harbor Times")
    ('harbor times', '')
    >>> edition_base("KSCW 12"), edition_base("Fox 5"), edition_base("Lake Public Radio 88.3 FM")
    ('kscw', '', 'lake public radio')
    """
    bare = _FREQUENCY.sub("", name)  # found in probe219: "Empire Public Radio 88.3 FM"
    bare = bare if bare.count(" ") >= 2 else name  # "News Talk 760" is no "News Talk"
    words, editions = normalize_name(bare).split(), read_editions()
    cut = len(words)
    while cut > 1 and words[cut - 1] in editions:
        cut -= 1
    if cut > 1 and _CALL_SIGN.fullmatch(name.split()[0]):
        # a station is its call sign, whatever its channel, place or brand after it:
        # "KSCW 12", "KATX 24 News", "WDVT 11 Philadelphia" are KSCW, KATX, WDVT
        cut = 1
    return " ".join(words[:cut]) if cut < len(words) or bare != name else ""


def chapter_name(name: str, names: dict[str, KnownName], gaz: places.Gazetteer) -> str:
    """The full name of a group's chapter in a state, whichever form of the group's name
    it is written with ("" when the name is no chapter of a group of the tables), so that
    "ACLU of Nevada" and "American Civil Liberties Union of Nevada" name one body.

    >>> chapter_name("ACLU of Nevada", {"aclu": KnownName("aclu", "Civil Union", "organization")},
    ...              places.load_gazetteer())
    'Civil Union of Nevada'
    """
    group, sep, state = name.partition(" of ")
    known = names.get(normalize_name(group)) if sep else None
    if known is None or known.type != "organization" or not places.state_named(state, gaz):
        return ""
    return f"{known.name} of {state.strip()}"


def any_places(name: str, lexicon: Lexicon | None = None) -> bool:
    """Whether a body's name is one every place has ("City Council", "the county
    commission"): all its words in ``local_body_words.txt``.

    >>> any_places("the City Council"), any_places("Boise City Council")
    (True, False)
    """
    words = (lexicon or shipped()).word_set("local_body_words.txt")
    found = name.lower().replace("’", "'").split()
    return bool(found) and all(w in words for w in found)


_GOVERNMENT = re.compile(r"(?:the\s+)?(?:city|town|village|county|borough) of (.+)", re.I)
_COUNTY_NAME = re.compile(r"[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)* (?:County|Parish)")


def publishing_place(source: str) -> list[str]:
    """The place whose government publishes a page ("Lansing" of "City of Lansing"; "Cass
    County" of "Cass County"), as the place names of its article; none for any other
    publisher.

    >>> publishing_place("City of Lansing"), publishing_place("Cass County")
    (['Lansing'], ['Cass County'])
    >>> publishing_place("Lansing Beacon"), publishing_place("Cass County Sheriff's Office")
    ([], [])
    """
    name = source.strip()
    if found := _GOVERNMENT.fullmatch(name):
        return [found.group(1)]
    return [name] if _COUNTY_NAME.fullmatch(name) else []


def level_named(name: str) -> str:
    """The level of place a body's name says ("the City Council", "the Board of County
    Commissioners"), else "".

    >>> level_named("the City Council"), level_named("Board of County Commissioners")
    ('city', 'county')
    """
    return next((w.lower() for w in name.split() if w.lower() in ("city", "county")), "")


def local_body(name: str, context: Sequence[str], gaz: places.Gazetteer, level: str = "") -> str:
    """A body every place has ("the City Council", "the county commission") named with the
    one city or county its article names ("Duluth City Council", "Butler County
    Commission"), "" when the article names none or several of the level its name says,
    or its name says no level ("the council").

    >>> local_body("the City Council", ["Duluth", "Minnesota"], places.load_gazetteer())
    'Duluth City Council'
    >>> local_body("the county commission", ["Butler County", "Kansas"], places.load_gazetteer())
    'Butler County Commission'
    >>> local_body("the City Council", ["Duluth", "Minneapolis"], places.load_gazetteer())
    ''
    >>> local_body("the Board of County Commissioners", ["Butler County"], places.load_gazetteer())
    'Butler County Board of County Commissioners'
    """
    words = [w for w in name.split() if w.lower() != "the"]
    # the level the name says, else the caller's ("the Board of Supervisors" is a county's:
    # ``body_synonyms.txt``)
    level = level_named(name) or level
    if not level:
        return ""  # "the council", "the board": of a city, a county, a school district...
    found = set()
    for text in context:
        place = places.lookup(text, context=context, gazetteer=gaz)
        if place is not None and place.level == level:
            found.add(place.name)
    if len(found) != 1:
        return ""
    where = found.pop()
    leads = words[0].lower() == level and where.lower().endswith(" " + level)
    rest = words[1:] if leads else words
    small = ("of", "and", "for")
    return " ".join([where, *(w if w in small else w[:1].upper() + w[1:] for w in rest)])


def owned(name: str, names: dict[str, KnownName]) -> str:
    """A unit's name with its owner's table name, "" when no agency owns it by name: "DHS
    Office of Inspector General" and "Department of Homeland Security's Office of Inspector
    General" are both "u s department of homeland security office of inspector general"."""
    owner, mark, rest = name.replace("’", "'").partition("'s ")
    words = name.split()
    splits = [(owner, rest)] if mark else [
        (" ".join(words[:k]), " ".join(words[k:])) for k in (1, 2, 3) if len(words) > k + 1
    ]  # fmt: skip
    for owner, rest in splits:
        known = names.get(normalize_name(owner))
        if known is not None and known.type == "agency":
            return normalize_name(f"{known.name} {rest}")
    return ""


# The last words of a government body that publishes its own releases: "Wood County
# Sheriff's Office", "Lima Police Department", "California State Auditor" (probe159), "Wood
# County Sheriff" (not "Washington Bureau", "Editorial Board",
# "Public Service", "Bloomberg Government": outlets and their desks).
_GOVERNMENT_PAGES = frozenset({"office", "department", "police", "sheriff", "auditor"})
_LEVELS = frozenset({"county", "city", "town", "village", "borough", "parish", "township"})


def publisher_kind(name: str, names: dict[str, KnownName] | None = None) -> str:
    """The type of a publisher no table knows: a group, a house of worship or a government
    body that publishes its own pages by its name, else a news outlet. A body's head word
    before "of" ("Washington State Office of the Attorney General") or last ("Abbeville County
    Sheriff's Office", "Lyons Police Department"; ``head_words.csv``), with no word of a
    news outlet ("Cronkite News Service"), or a chapter of a body a table knows ("ACLU of
    Utah"); a group's word a newsroom's name ends in too ("Wisconsin Watch") is an outlet's."""
    group = facility_or_group(name.split())
    words = name.lower().split()
    heads = read_head_words()
    if group == "agency" or (group == "organization" and words[-1] not in heads["newsroom"]):
        return group
    if len(words) > 1 and words[-1] in heads["worship"] and places.lookup(name) is None:
        return "organization"  # a church's blog (found in probe291), not "Acadia Parish"
    if group == "media" or set(re.split(r"[\s-]+", name.lower())) & heads["media"]:
        return "media"  # "Chicago Sun-Times Editorial Board", "Inter Press Service"
    pairs = zip(words, words[1:], strict=False)
    governed = any(w in heads["agency"] and after == "of" for w, after in pairs)
    # a place's governing body by its level ("Erie County Council", found in probe296)
    levelled = len(words) > 2 and words[-2] in _LEVELS and words[-1] in heads["agency"]
    if governed or levelled or (len(words) > 1 and words[-1] in _GOVERNMENT_PAGES):
        return "agency"
    body, of, _ = name.partition(" of ")
    known = (names or {}).get(normalize_name(body)) if of else None
    return known.type if known and known.type in ("agency", "organization") else "media"
