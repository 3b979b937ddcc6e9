"""Clusters of mentions, and the name comparisons that decide which clusters are one.

A :class:`Cluster` holds the mentions of one entity, first within one
document, then merged across the corpus; it becomes one :class:`Entity`.
The helpers here compare names (a person's short and full names, two
spellings of one body) and pick a cluster's label.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from nicknames import NickNamer
from rapidfuzz import fuzz

from graphx.extract import places
from graphx.extract.known import name_words
from graphx.extract.ner import _PARTICLES, normalize_name
from graphx.model import DocExtraction, Document, Mention

__all__ = [
    "ORG_TYPES",
    "Cluster",
    "defined_acronyms",
    "display",
    "entity_id",
    "global_key",
    "is_surname",
    "nicknamer",
    "label_of",
    "merge_into",
    "named_cluster",
    "outlets_of",
    "person_forms",
    "person_key",
    "person_named",
    "person_match",
    "same_org",
    "sentence_text",
    "source_parts",
    "stem",
    "suffixes_differ",
    "tokens_of",
    "without_suffix",
]


ORG_TYPES = ("agency", "organization", "media")


_FUZZY_MIN = 92


@dataclass(slots=True)
class Cluster:
    """Mentions of one entity in one document (then, merged, in the corpus)."""

    type: str
    key: tuple[str, ...]
    names: Counter[str] = field(default_factory=Counter)
    titled: set[str] = field(default_factory=set)
    canonical: str = ""
    place: places.Place | None = None
    docs: set[str] = field(default_factory=set)
    evidence: str = ""
    doc_evidence: dict[str, str] = field(default_factory=dict)  # doc id -> first sentence there
    roles: list[tuple[str, object, str]] = field(default_factory=list)
    mentions: int = 0
    label: str = ""
    reasons: list[str] = field(default_factory=list)
    forms: set[str] = field(default_factory=set)  # normalized, place read in context
    typed: str = ""  # why the type is not the model's (from the mention)
    # a place read on pages that name no state nor country ("WARSAW —"), and one the page's
    # other places did not help read either (the name's most likely place)
    unplaced: bool = False
    by_name_alone: bool = False


def entity_id(kind: str, key: str) -> str:
    """Deterministic node id from an entity's type and normalized key.

    >>> entity_id("agency", "ice") == entity_id("agency", "ice")
    True
    """
    digest = hashlib.sha1(f"{kind}|{key}".encode()).hexdigest()[:12]
    return f"{kind[:3]}_{digest}"


def sentence_text(doc: Document, ext: DocExtraction, m: Mention) -> str:
    if 0 <= m.sentence < len(ext.sentences):
        return ext.sentences[m.sentence].text
    text = doc.text
    left = max(text.rfind(". ", 0, m.start), text.rfind("\n", 0, m.start)) + 1
    ends = [i for i in (text.find(". ", m.end), text.find("\n", m.end)) if i >= 0]
    return text[left : min(ends) + 1 if ends else len(text)].strip()


def tokens_of(text: str) -> list[str]:
    return normalize_name(text).split()


def person_named(
    clusters: Sequence[Cluster], short: list[str], title: str, before: str = ""
) -> Cluster | None:
    """The document's person a person's mention (its words, its title and the text
    ``before`` it) names: the first by ``person_match``, else the one whose full name was
    written after the same title a congregation gives a given name alone by ("Pastor Festus"
    ~ "Pastor Festus Adeyemi", ``name_words.csv``'s given_title): not "Pastor Luis" and "Luis
    Hernandez", "her father Antonio", nor one of two such ("Father Mike Okafor and Father
    Mike Brennan": reviews)."""
    people = [c for c in clusters if c.type == "person"]
    kin = _told_as_kin(before)
    found = next(
        (c for c in people if any(person_match(short, tokens_of(n), kin) for n in c.names)), None
    )
    word = title.lower().rstrip(".")
    if found or len(short) != 1 or not title[:1].isupper():
        return found
    if word not in name_words().given_titles:
        return None
    given = [c for c in people if any(tokens_of(n)[:2] == [word, short[0]] for n in c.titled)]
    return given[0] if len(given) == 1 else None


def person_match(short: list[str], full: list[str], kin: bool = False) -> bool:
    """ "lucero" ~ "henry lucero"; "todd lyons" ~ "todd michael lyons"; "pruitt" ~ "wendell
    j pruitt jr"; "tafoya" ~ "eusebio tafoya lerma" and "tomas arreguin" ~ "tomas arreguin
    olvera" (the first of two surnames, as Spanish names are told short, unless told as
    ``kin``: "Jose Garcia Lopez's father, Jose Garcia"); never two first names, nor a junior
    and a senior."""
    if suffixes_differ(short, full):
        return False
    if len(short) > 1 and full[:-1] == short and _first_surname(short[-1:], full):
        return not kin  # found in probe309: "Tomás Arreguín Olvera ... Tomás Arreguín is home"
    if short != full and without_suffix(short) == without_suffix(full):
        return True  # "wendell pruitt" ~ "wendell pruitt jr"
    short, full = without_suffix(short), without_suffix(full)
    if not short or not full or short == full or len(short) > len(full):
        return False
    if full[-len(short) :] == short or _first_surname(short, full):
        return True
    return short[0] == full[0] and short[-1] == full[-1]


def _first_surname(short: list[str], full: list[str]) -> bool:
    """The first of two surnames ("tafoya" of "eusebio tafoya lerma", "quintanilla" of
    "rafael ignacio quintanilla ortega"); not a given name in the middle ("michael" of "john
    michael smith", ``nicknames``' table of given names)."""
    if len(short) != 1 or len(full) < 3 or full[-2] != short[0] or len(short[0]) < 3:
        return False
    names = nicknamer()
    return not (names.nicknames_of(short[0]) or names.canonicals_of(short[0]))


def _told_as_kin(before: str) -> bool:
    """Text before a name that ends in a noun of kin ("his father, ", "her son"): the name is
    another person than a namesake the page named before (``name_words.csv``'s kin)."""
    return any(w in name_words().kin for w in re.findall(r"[a-z]+", before.lower())[-2:])


@functools.cache
def nicknamer() -> NickNamer:
    """``nicknames``' table of given names and their nicknames, read once."""
    return NickNamer()


def source_parts(name: str) -> tuple[str, list[str]]:
    """The publisher of a source and the outlets it credits in parentheses.

    >>> source_parts("National Memo (Harbor Times/TNS)")
    ('National Memo', ['Harbor Times', 'TNS'])
    >>> source_parts("Harbor Times")
    ('Harbor Times', [])
    """
    match = re.fullmatch(r"(.+?)\s*\(([^()]+)\)\s*", name)
    if not match:
        return name, []
    credited = [p.strip() for p in re.split(r"[/,;]", match.group(2)) if p.strip()]
    return match.group(1).strip(), credited


# a web domain ("wkqr907.org", "via www.harbortimes.com"); not a station's frequency
# ("WKQR 90.7") nor an abbreviation's stops ("U.S. News")
_WEB_DOMAIN = re.compile(r"\b(?:[\w-]+\.)+[a-z]{2,}\b", re.I)


def outlets_of(source: str) -> dict[str, str]:
    """The outlets a document's source names, by their comparison key; none for a bare web
    domain, which is no outlet's name.

    >>> outlets_of("WKQR 90.7"), outlets_of("wkqr907.org"), outlets_of("via harbor.com")
    ({'wkqr 90 7': 'WKQR 90.7'}, {}, {})
    """
    name = source.strip()
    if not name or _WEB_DOMAIN.search(name):
        return {}
    publisher, credited = source_parts(name)
    return {normalize_name(outlet): outlet for outlet in (publisher, *credited)}


def stem(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


def same_org(a: str, b: str) -> bool:
    """Guarded fuzzy match of two normalized organization names.

    >>> same_org("nyc department of corrections", "nyc department of correction")
    True
    >>> same_org("cook county sheriff s office", "franklin county sheriff s office")
    False
    """
    if a == b:
        return True
    ta, tb = {stem(w) for w in a.split()}, {stem(w) for w in b.split()}
    return ta == tb and fuzz.ratio(a, b) >= _FUZZY_MIN


def person_key(tokens: list[str]) -> tuple[str, str]:
    tokens = without_suffix(tokens)
    return (tokens[0], tokens[-1]) if tokens else ("", "")


# A generational suffix ends a name and is no surname: "Wendell J. Pruitt Jr." is a Pruitt.
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# A nickname told in quotes inside a name: 'Francisco "Frank" Ybarra Jr.'
_NICKNAME = re.compile(r"[\"“”]([^\"“”]+)[\"“”]")


def without_suffix(tokens: list[str]) -> list[str]:
    """A name's words without its generational suffix ("jr", "iii")."""
    return tokens[:-1] if len(tokens) > 1 and tokens[-1] in _SUFFIXES else tokens


def suffixes_differ(a: list[str], b: list[str]) -> bool:
    """ "wendell pruitt jr" and "wendell pruitt sr": father and son."""
    return bool(a and b) and a[-1] in _SUFFIXES and b[-1] in _SUFFIXES and a[-1] != b[-1]


def person_forms(name: str) -> list[list[str]]:
    """The words a person's name is compared by, without a generational suffix, and those
    of the nickname it tells in quotes with the surname ('Francisco "Frank" Ybarra Jr.':
    "francisco frank ybarra", "frank ybarra")."""
    words = without_suffix(normalize_name(name).split())
    nickname = _NICKNAME.search(name)
    if nickname is None or not words:
        return [words]
    nick = normalize_name(nickname.group(1)).split()
    return [words, nick + words[-1:]] if len(nick) == 1 else [words]


def global_key(cluster: Cluster) -> tuple[str, ...]:
    if cluster.key[0] in ("canon", "place", "apart"):
        return (cluster.type, *cluster.key)
    if cluster.label:  # a merge row of the aliases file names the entity
        return (cluster.type, "name", normalize_name(cluster.label))
    return (cluster.type, "name", normalize_name(label_of(cluster)))


def _cut_from(full: str, short: str) -> bool:
    return full.endswith(" " + short) or full.startswith(short + " ")


def display(name: str) -> str:
    """A name without the determiner the mention span may carry ("the Center for ...")."""
    return re.sub(r"^(?:the|The)\s+(?=\S)", "", name) if name[:4].lower() == "the " else name


def label_of(cluster: Cluster) -> str:
    names = [display(n) for n in cluster.names if n]
    if not names:
        return ""
    if cluster.type == "person":
        return max(names, key=lambda n: (len(n.split()), len(n), cluster.names[n]))
    counts: Counter[str] = Counter()
    for n, c in cluster.names.items():
        counts[display(n)] += c
    # A short form joined to its full name ("Department of Corrections", or the first words
    # "Casa Adelante" of "Casa Adelante Legal Services": found in probe300, where its label
    # kept it from the full name's node) never labels it.
    short = {n for n in names if any(o != n and _cut_from(o, n) for o in names)}
    return max(
        names, key=lambda n: (counts[n] > 0, n not in short, len(n.split()) > 1, counts[n], len(n))
    )


def merge_into(target: Cluster, other: Cluster) -> None:
    target.label = target.label or other.label
    target.names.update(other.names)
    for name in other.names:
        target.names[name] += 0
    target.titled |= other.titled
    target.docs |= other.docs
    target.roles += other.roles
    target.mentions += other.mentions
    target.evidence = target.evidence or other.evidence
    for doc_id, sentence in other.doc_evidence.items():
        target.doc_evidence.setdefault(doc_id, sentence)
    target.reasons += other.reasons
    target.forms |= other.forms
    target.typed = target.typed or other.typed
    target.unplaced = target.unplaced and other.unplaced
    target.by_name_alone = target.by_name_alone and other.by_name_alone
    if target.place is not None and other.place is not None and other.place.ambiguous is False:
        target.place = target.place if not target.place.ambiguous else other.place


def is_surname(tokens: list[str]) -> bool:
    """One word, or a surname with its particle ("de blasio", "van der berg")."""
    return len(tokens) == 1 or (len(tokens) > 1 and tokens[0] in _PARTICLES)


# "Department of Corrections (NYDOC)", "the Coalition for Humane Rights, or CHR" (issue 16).
_DEFINED = re.compile(r"\s*(?:\(\s*([A-Z][A-Za-z&.]{1,9})\s*\)|,\s*or\s+([A-Z][A-Z&.]{1,9})\b)")


def defined_acronyms(doc: Document, ext: DocExtraction) -> dict[str, int]:
    """Acronyms defined after a name: "Department of Corrections (NYDOC)" -> mention index."""
    found = {}
    for i, m in enumerate(ext.mentions):
        match = _DEFINED.match(doc.text[m.end : m.end + 16])
        if match and m.type in ORG_TYPES and len(m.text.split()) > 1:
            found[match.group(1) or match.group(2)] = i
    return found


def named_cluster(clusters: list[Cluster], kind: str, names: set[str]) -> Cluster | None:
    """The first cluster of a type that goes by one of the names (by comparison key)."""
    wanted = {normalize_name(n) for n in names}
    for cluster in clusters:
        known = {normalize_name(n) for n in [*cluster.names, cluster.label] if n}
        if cluster.type == kind and known & wanted:
            return cluster
    return None
