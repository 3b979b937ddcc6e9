"""The forms a body's names join by across documents (issue 16).

Each body's name with its leading place read in its document ("New York Department of
Corrections" in a New York City story is the city's), an outlet's name without its
edition words ("The Harbor Times Weekly"), a county's board told by its members
("Twin Falls County commissioners"), and the name a place's body goes by in
``body_synonyms.txt`` ("Plymouth County Sheriff's Department" is the Sheriff's Office).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from graphx.extract import places
from graphx.extract.gazetteer import DISTRICT_SIDES
from graphx.extract.joined import COMMITTEES
from graphx.extract.known import name_words, read_head_words
from graphx.extract.ner import KnownName, normalize_name
from graphx.lexicon import Lexicon, shipped
from graphx.resolve.bodies import (
    edition_base,
    leading_place,
    level_named,
    owned,
    place_qualified,
)
from graphx.resolve.clusters import ORG_TYPES, Cluster

__all__ = [
    "add_place_forms",
    "court_form",
    "level_of",
    "read_body_synonyms",
    "state_body",
    "translated_forms",
]


def add_place_forms(
    clusters: Sequence[Cluster],
    context: Sequence[str],
    names: dict[str, KnownName],
    gazetteer: places.Gazetteer,
) -> None:
    """Each body name with its leading place read in its document (``context``: the
    document's place names), the name its place's body goes by (``body_synonyms.txt``),
    an outlet's name without its edition words ("... Times Weekly") and a company's without
    its legal form ("... Co."), as forms to join by (issue 16)."""
    national = _a_national_chamber(clusters, names)
    for cluster in clusters:
        if cluster.type not in ORG_TYPES:
            continue
        # "DHS Office of Inspector General" = "DHS's Office of Inspector General"
        cluster.forms.update(f for n in cluster.names if (f := owned(n, names)))
        if cluster.canonical:
            continue
        told = [n for n, count in cluster.names.items() if count]
        # the name a body takes from its page's place ("Board of County Commissioners" after
        # "Carbon County" is the Carbon County Commission: found in probe222)
        named = cluster.key[0] == "name" and cluster.label and cluster.label not in told
        for name in told + ([cluster.label] if named else []):
            form = place_qualified(name, context=context, gazetteer=gazetteer)
            if form and form != normalize_name(name):
                cluster.forms.add(form)
            cluster.forms.update(_synonym_forms(name, context, gazetteer))
            cluster.forms.update(set() if national else _chamber_forms(name, context, gazetteer))
            base = edition_base(name) if cluster.type == "media" else ""
            if base:
                cluster.forms.add(base)
            if cluster.type == "organization" and (company := _without_legal_form(name)):
                cluster.forms.add(company)
        cluster.forms.update(_board_forms(cluster))
        cluster.forms.update(f for n in cluster.names for f in translated_forms(n))
        cluster.forms.update(f for n in cluster.names if (f := court_form(n)))


# a federal court's name before its district, with a comma or "for the" between them
_COURT_BEFORE_DISTRICT = re.compile(
    rf"\bcourt,? (?:for the )?((?:{'|'.join(DISTRICT_SIDES)}) district of )"
)


def court_form(name: str) -> str:
    """ "U.S. District Court, Eastern District of Missouri" and "the U.S. District Court for
    the Eastern District of Missouri" are one court (found in probe282), else ""."""
    normalized = normalize_name(name)
    form = _COURT_BEFORE_DISTRICT.sub(r"court \1", normalized)
    return form if form != normalized else ""


def state_body(name: str, context: Sequence[str], gaz: places.Gazetteer) -> str | None:
    """ "state Senate" read as the chamber of the state the document names most ("Nevada
    Senate"); None when the name is no such body, "" when no one state is named most.

    >>> state_body("state Senate", ["Nevada", "Reno", "Nev.", "Utah"], places.load_gazetteer())
    'Nevada Senate'
    >>> state_body("state Senate", ["Nevada", "Utah"], places.load_gazetteer())
    ''
    """
    first, _, rest = name.partition(" ")
    if first != "state" or not rest:
        return None
    state = _state_named_most(context, gaz)
    return f"{state} {rest}" if state else ""


def _state_named_most(context: Sequence[str], gaz: places.Gazetteer) -> str:
    """The one state the document's place names name most, else, when they name no state,
    the one they put it in most, a town or a county of one state counting for its state
    ("ST. PAUL" and "Crow Wing County": Minnesota; not "CARSON CITY, Nev." beside three
    California cities: a review); "" of a tie or of none."""
    named = Counter(s for text in context if (s := places.state_named(text, gaz)))
    counts = named or Counter(places.states_named(context, gaz))
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return ""
    return ranked[0][0]


def _chamber_forms(name: str, context: Sequence[str], gaz: places.Gazetteer) -> set[str]:
    """A chamber's body named bare, as the body of the chamber of the state its page names
    most: "the House Public Safety Finance and Policy Committee" on a Minnesota page joins
    the "Minnesota House Public Safety Finance and Policy Committee" another page writes
    (found in probe227: one committee was two bodies); a committee only, not a court ("Court
    of Appeals": a review). A form only: it joins a body some page names with its state,
    never makes one."""
    words = name.split()
    words = words[1:] if words[:1] == ["the"] else words
    chambers = read_head_words()["chamber"]  # "Senate", "House", "Assembly" ...
    if len(words) < 2 or words[0].lower() not in chambers or not words[0][:1].isupper():
        return set()
    if words[-1].lower() not in COMMITTEES:
        return set()
    state = _state_named_most(context, gaz)
    return {normalize_name(f"{state} {' '.join(words)}")} if state else set()


def _a_national_chamber(clusters: Sequence[Cluster], names: dict[str, KnownName]) -> bool:
    """Whether the page names a national legislature or a chamber of it, whose committees
    its bare "House Judiciary Committee" may be ("told the House Judiciary Committee in
    Washington" under a headline naming Congress: a review): a federal body of the tables
    that is part of another and whose name ends in a chamber's word ("U.S. Senate"; not the
    "White House"), or the body it is part of ("U.S. Congress")."""
    chambers = read_head_words()["chamber"]
    national = {
        k.id
        for k in names.values()
        if k.level == "federal" and k.parent and k.name.split()[-1].lower() in chambers
    }
    national |= {k.parent for k in names.values() if k.id in national}
    return any(c.canonical in national for c in clusters)


def _without_legal_form(name: str) -> str:
    """A company's name without the legal form that ends it, when two words or more are
    left ("harborline seafood processing" of "Harborline Seafood Processing Co."), else "".

    >>> _without_legal_form("Harborline Seafood Processing Co."), _without_legal_form("Ford Co.")
    ('harborline seafood processing', '')
    """
    words = name.split()
    if len(words) < 3 or words[-1].lower() not in name_words().legal_forms:
        return ""
    return normalize_name(" ".join(words[:-1]).rstrip(","))


def _synonym_forms(name: str, context: Sequence[str], gazetteer: places.Gazetteer) -> set[str]:
    """The name a place's body goes by in ``body_synonyms.txt`` for another of its names,
    with the place's state, so that namesakes stay apart: "plymouth county massachusetts
    sheriff office" for "Plymouth County Sheriff's Department" in a Massachusetts story;
    none for a town of several states the page does not choose among (a review joined
    Aurora, Colo.'s police with Aurora, Ill.'s)."""
    found = leading_place(name, context=context, gazetteer=gazetteer)
    if found is None:
        return set()
    place, rest = found[0], normalize_name(found[1])
    synonyms = read_body_synonyms()
    form = synonyms.get((place.level, rest)) or synonyms.get(("any", rest))
    return {normalize_name(f"{place.name} {place.parent} {form}")} if form else set()


def read_body_synonyms(lexicon: Lexicon | None = None) -> dict[tuple[str, str], str]:
    """``body_synonyms.txt``: (level of place, a body's name after the place) -> the form
    its names join by.

    Raises:
        SettingsError: the file is unreadable.
    """
    return (lexicon or shipped()).derived(_body_synonyms)


def level_of(name: str) -> str:
    """The one level of place ``body_synonyms.txt`` lists a body's name of two words or more
    under, when the name says none ("board of supervisors": county), else "" ("council": a
    city's, a county's too).

    >>> level_of("board of supervisors"), level_of("council"), level_of("police department")
    ('county', '', '')
    """
    if level_named(name):
        return ""  # the name says its level ("city council")
    levels = {level for level, form in read_body_synonyms() if form == name}
    if len(levels) > 1:
        levels.discard("any")  # "sheriff office": any place's, read at a county's
    return levels.pop() if len(levels) == 1 and " " in name and "any" not in levels else ""


def _body_synonyms(lexicon: Lexicon) -> dict[tuple[str, str], str]:
    synonyms = {}
    for line in lexicon.text("body_synonyms.txt").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        level, _, names = line.partition(":")
        forms = [n.strip() for n in names.split("|") if n.strip()]
        synonyms.update({(level.strip(), form): forms[0] for form in forms})
    return synonyms


def _board_forms(cluster: Cluster) -> set[str]:
    """A county's board told by its members ("Twin Falls County commissioners") as the
    board's name ("... County Board of Commissioners"; found in probe153: one board was two
    bodies)."""
    members = read_head_words()["members"]
    county_words = places.load_gazetteer().county_words
    forms = set()
    for name in (normalize_name(n) for n in cluster.names):
        words = name.split()
        if len(words) > 2 and words[-1] in members and words[-2] in county_words:
            forms.add(f"{' '.join(words[:-1])} board of {words[-1]}")
    return forms


def translated_forms(name: str, lexicon: Lexicon | None = None) -> set[str]:
    """A Spanish name of a body in English, its words in the order English puts them or in
    its own: "Vecinos Unidos de Humboldt" is "humboldt neighbors united" (found in probe197
    and probe204, where a Spanish outlet's name of a group was a body of its own). A name
    with fewer than two of ``translated_words.txt``'s Spanish words is none ("Red Cross"),
    nor is one of fewer than three words; the name after its last "de" that the list does
    not translate (a place, a person) comes first, as English puts it.

    >>> sorted(translated_forms("Alianza Inmigrante de Sand Mountain"))
    ['sand mountain alliance immigrant', 'sand mountain immigrant alliance']
    """
    table, glue, small = _translations(lexicon or shipped())
    words = normalize_name(name).split()
    if sum(w in table or w in glue for w in words) < 2:
        return set()
    glue = glue | small
    cut = max((k for k, w in enumerate(words) if w in ("de", "del")), default=len(words))
    if any(w in table for w in words[cut + 1 :]):
        cut = len(words)  # "... del Valle Central": all of it in Spanish
    meant = [table.get(w, w) for w in words[:cut] if w not in glue]
    named = words[cut + 1 :]
    if len(meant) + len(named) < 3:
        return set()
    return {" ".join(named + meant), " ".join(named + meant[::-1])}


def _translations(lexicon: Lexicon) -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    return lexicon.derived(_read_translations)


def _read_translations(
    lexicon: Lexicon,
) -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    kinds = dict(lexicon.word_kinds("translated_words.txt"))
    glue, small = kinds.pop("glue", frozenset()), kinds.pop("small", frozenset())
    return {word: english for english, words in kinds.items() for word in words}, glue, small
