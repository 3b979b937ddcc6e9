"""The name tables of ``graphx/resources``, read through the lexicon.

Agencies, media, people and organizations (``KnownName`` rows and their
entity-ruler patterns), role titles, products, the head words of bodies'
names and the word lists about names (``name_words.csv``). Every loader takes
an optional :class:`graphx.lexicon.Lexicon` and builds its table once per
lexicon.
"""

from __future__ import annotations

import csv
import functools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.language import Language

from graphx.errors import SettingsError
from graphx.lexicon import Lexicon, shipped

__all__ = [
    "KnownName",
    "NameWords",
    "any_head_words",
    "facility_or_group",
    "known_names",
    "known_table",
    "name_words",
    "normalize_name",
    "read_head_words",
    "regional_head_size",
    "read_products",
    "read_titles",
    "table_patterns",
]


_TABLES = (
    ("agencies.csv", "agency"),
    ("media.csv", "media"),
    ("people.csv", "person"),
    ("organizations.csv", "organization"),
)
_RULER_LABELS = {"agency": "AGENCY", "media": "MEDIA", "person": "PERSON", "organization": "ORG"}


@dataclass(frozen=True, slots=True)
class KnownName:
    """A row of a resource table: canonical id, table name, type and every surface form."""

    id: str
    name: str
    type: str
    forms: tuple[str, ...] = ()
    parent: str = ""
    level: str = ""


# "LLC", "L.L.C.", "Inc.", "Corp." after a company's name (not "Co.": "Harris Co." is a county)
_LEGAL_FORM = re.compile(r"(?<=\w) (?:llc|l l c|inc|incorporated|corp|ltd|llp|l l p|lp|plc)$")


# an apostrophe or an okina inside a word joins it: "Hawai'i", "Hawaiʻi" and "Hawaii" are one
INNER_APOSTROPHE = re.compile(r"(?<=\w)['’‘ʻ](?=\w)")


@functools.lru_cache(maxsize=65536)
def normalize_name(text: str) -> str:
    """Comparison key of a name: case, accents, punctuation, a leading "the"/"U.S."/"United
    States", "'s"
    and a company's legal form at the end ("LLC", "Inc.") ignored; outlets spell "Lucía"
    and "Lucia" for one person.

    >>> normalize_name("the U.S. Immigration and Customs Enforcement's")
    'immigration and customs enforcement'
    >>> normalize_name("Lakeshore Fresh Poultry, L.L.C."), normalize_name("Inc.")
    ('lakeshore fresh poultry', 'inc')
    >>> normalize_name("Armand Nkémelu") == normalize_name("Armand Nkemelu")
    True
    >>> normalize_name("United States District Court"), normalize_name("United States of America")
    ('district court', 'united states of america')
    >>> normalize_name("Hawai'i Department of Public Safety"), normalize_name("Kauaʻi")
    ('hawaii department of public safety', 'kauai')
    """
    text = "".join(_unaccented(c) for c in text)
    text = re.sub(r"['’]s\b", "", text.strip())
    text = INNER_APOSTROPHE.sub("", text)
    text = re.sub(r"[^\w&]+", " ", text.lower().replace("&", " and ")).strip()
    text = re.sub(r"^the ", "", text)
    text = re.sub(_LEGAL_FORM, "", text)
    # "United States District Court" is the "U.S. District Court" (found in probe302); not
    # "United States of America"
    return re.sub(r"^(?:u s|us|united states) (?=(?!of |and )\w+ \w)", "", text)


def _unaccented(char: str) -> str:
    """A Latin letter without its accents ("í" -> "i"); any other character as it is (the
    marks of other scripts tell letters apart)."""
    base = unicodedata.normalize("NFKD", char)
    if base[:1].isascii() and all(unicodedata.combining(c) for c in base[1:]):
        return base[0]
    return char


def _read_table(lexicon: Lexicon, name: str, kind: str) -> list[KnownName]:
    path = lexicon.path(name)
    out = []
    for line, row in enumerate(lexicon.rows(name), start=2):
        if not row.get("id") or not row.get("name"):
            raise SettingsError(f"{path}, line {line}: every row needs an id and a name")
        forms = [row["name"]]
        for column in ("acronyms", "aliases"):
            forms += [f.strip() for f in (row.get(column) or "").split(";") if f.strip()]
        out.append(
            KnownName(
                row["id"],
                row["name"],
                kind,
                tuple(forms),
                row.get("parent") or "",
                row.get("level") or "",
            )
        )
    return out


def known_table(lexicon: Lexicon | None = None) -> tuple[KnownName, ...]:
    """Every row of the agency, media, people and organization tables."""
    return (lexicon or shipped()).derived(_known_table)


def _known_table(lexicon: Lexicon) -> tuple[KnownName, ...]:
    rows: list[KnownName] = []
    for name, kind in _TABLES:
        rows += _read_table(lexicon, name, kind)
    return tuple(rows)


def known_names(lexicon: Lexicon | None = None) -> dict[str, KnownName]:
    """Normalized surface form -> table row (first table wins on a clash)."""
    return (lexicon or shipped()).derived(_known_names)


def _known_names(lexicon: Lexicon) -> dict[str, KnownName]:
    index: dict[str, KnownName] = {}
    for row in known_table(lexicon):
        for form in row.forms:
            index.setdefault(normalize_name(form), row)
    return index


def read_titles(lexicon: Lexicon | None = None) -> frozenset[str]:
    """The role titles of ``titles.txt``: one-word titles, and word pairs of longer ones.

    "Under Secretary" gives the pair "under secretary" but not "under", so
    "under President Trump" keeps only "President".
    """
    return (lexicon or shipped()).derived(_titles)


def _titles(lexicon: Lexicon) -> frozenset[str]:
    words: set[str] = set()
    for line in lexicon.text("titles.txt").splitlines():
        parts = [w.lower() for w in line.split() if w.lower() not in ("of", "the", "and")]
        if not parts or line.startswith("#"):
            continue
        if len(parts) == 1:
            words.add(parts[0])
        words.update(f"{a} {b}" for a, b in zip(parts, parts[1:], strict=False))
    return frozenset(words)


def read_products(lexicon: Lexicon | None = None) -> frozenset[str]:
    """The product names and lines of ``products.txt``, lower-cased ("macbook air")."""
    return (lexicon or shipped()).derived(_products)


def _products(lexicon: Lexicon) -> frozenset[str]:
    lines = (line.strip() for line in lexicon.text("products.txt").splitlines())
    return frozenset(" ".join(line.lower().split()) for line in lines if line and line[0] != "#")


def _variants(form: str) -> list[str]:
    out = [form]
    if form.startswith("U.S. "):
        out += [form[5:], "US " + form[5:]]
    return out


def table_patterns(nlp: Language) -> list[dict[str, object]]:
    """Entity-ruler phrase patterns for every table name, acronym and alias.

    Phrase patterns (matched on the token texts, as ORTH token patterns would
    be) go through spaCy's PhraseMatcher, about eight times faster than the
    token Matcher on hundreds of names (measured by benchmarks/bench_build.py).

    A lone surname of a person ("Trump", "Harris") gets no pattern: it is
    resolved against the full names of its document instead.
    """
    patterns: list[dict[str, object]] = []
    for row in known_table():
        for form in row.forms:
            if row.type == "person" and " " not in form:
                continue
            for variant in _variants(form):
                patterns.append(
                    {"label": _RULER_LABELS[row.type], "pattern": variant, "id": row.id}
                )
    return patterns


def any_head_words(lexicon: Lexicon | None = None) -> frozenset[str]:
    """Every word of ``head_words.csv``, whatever kind of body it ends, built once."""
    return (lexicon or shipped()).derived(_any_head_words)


def _any_head_words(lexicon: Lexicon) -> frozenset[str]:
    return frozenset().union(*read_head_words(lexicon).values())


def read_head_words(lexicon: Lexicon | None = None) -> dict[str, frozenset[str]]:
    """``head_words.csv``: the words that end the name of a kind of body, by kind.

    Raises:
        SettingsError: the file is unreadable or a row has an unknown kind.
    """
    return (lexicon or shipped()).derived(_head_words)


def regional_head_size(words: Sequence[str]) -> int:
    """How many last words of a name, lower case, are a regional office's head (``regional``
    rows of ``head_words.csv``: 2 of "new orleans field office", 1 of "laredo sector"), with
    words before them; 0 for any other name."""
    regional = read_head_words()["regional"]
    return next((n for n in (2, 1) if len(words) > n and " ".join(words[-n:]) in regional), 0)


def _head_words(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    path = lexicon.path("head_words.csv")
    kinds: dict[str, set[str]] = {
        kind: set()
        for kind in (
            *("agency", "media", "event", "organization", "facility", "chamber", "members"),
            *("council", "name_end", "building", "name_start", "street", "business", "ground"),
            *("votes", "newsroom", "program", "desk", "seated", "worship", "business_of_three"),
            *("regional", "broadcaster"),
        )
    }
    lines = [x for x in lexicon.text("head_words.csv").splitlines() if x.strip() and x[0] != "#"]
    for row in csv.DictReader(lines):
        kind, word = (row.get("kind") or "").strip(), (row.get("word") or "").strip().lower()
        if kind not in kinds or not word:
            raise SettingsError(f"{path}: a row needs a word and one of {sorted(kinds)}: {row}")
        kinds[kind].add(word)
    return {k: frozenset(v) for k, v in kinds.items()}


def facility_or_group(words: Sequence[str], lexicon: Lexicon | None = None) -> str:
    """The type the last words of a name give it as a facility or a group, else "" (or the
    first word, in a language that puts the kind first: "Iglesia ...").

    A facility's head ("Detention Center", "Jail") makes a body run by a government, an
    agency; a group's ("Coalition", "Network") an organization, or an outlet after a media
    word ("News Network"). The words before the head must name something.

    >>> facility_or_group(["Harlan", "County", "Detention", "Center"])
    'agency'
    >>> facility_or_group(["Bristol", "County", "House", "of", "Correction"])
    'agency'
    >>> facility_or_group(["Tidewater", "Tenants", "Coalition"])
    'organization'
    >>> facility_or_group(["Coastal", "News", "Network"]), facility_or_group(["Jail"])
    ('media', '')
    """
    heads = read_head_words(lexicon)
    low = [w.lower() for w in words]
    while low and _YEAR.fullmatch(low[-1]):
        low.pop()  # "Lowcountry Immigrant Coalition 2020" (found in probe257), "Project 2025"
    for size in (3, 2, 1):
        if len(low) > size and " ".join(low[-size:]) in heads["facility"]:
            return "agency"
    if len(low) > 2 and " ".join(low[-2:]) in heads["organization"]:
        return "organization"  # "Southern Poverty Law Center"
    if len(low) > 1 and low[-1] in heads["organization"]:
        return "media" if low[-2] in heads["media"] else "organization"
    if len(low) > 1 and low[0] in heads["name_start"]:
        return "organization"  # "Iglesia Bautista Nueva Vida", "Centro de Trabajadores"
    return ""


_YEAR = re.compile(r"(?:19|20)\d\d")  # a year a group's name ends with: no head word


@dataclass(frozen=True, slots=True)
class NameWords:
    """The word lists of ``name_words.csv``, by kind (see the file's comments)."""

    particles: frozenset[str]
    honorifics: frozenset[str]
    eras: frozenset[str]
    codes: frozenset[str]
    regions: frozenset[str]
    legal_forms: frozenset[str]
    indexes: frozenset[str]
    prefixes: frozenset[str]
    openers: frozenset[str]
    firms: frozenset[str]
    given_titles: frozenset[str]
    kin: frozenset[str]


_NAME_WORD_KINDS = (
    *("particle", "honorific", "era", "code", "region", "legal_form", "index", "prefix"),
    "opener",
    "firm",
    "given_title",
    "kin",
)


def name_words(lexicon: Lexicon | None = None) -> NameWords:
    """``name_words.csv``: particles, honorifics, legal forms and the other words about names.

    Raises:
        SettingsError: the file is unreadable or a row has an unknown kind.
    """
    return (lexicon or shipped()).derived(_name_words)


def _name_words(lexicon: Lexicon) -> NameWords:
    kinds: dict[str, set[str]] = {kind: set() for kind in _NAME_WORD_KINDS}
    for row in lexicon.rows("name_words.csv"):
        kind, word = (row.get("kind") or "").strip(), (row.get("word") or "").strip()
        if kind not in kinds or not word:
            path = lexicon.path("name_words.csv")
            raise SettingsError(f"{path}: a row needs a word and one of {_NAME_WORD_KINDS}: {row}")
        kinds[kind].add(word)
    return NameWords(*(frozenset(kinds[kind]) for kind in _NAME_WORD_KINDS))
