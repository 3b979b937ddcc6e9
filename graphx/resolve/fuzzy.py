"""Across documents: join name-keyed clusters by a guarded fuzzy match.

Two clusters join when they have the same type, a high similarity and token
containment; people need the same surname and a compatible first name, and
two spellings of one surname join only when both are named with the same
co-participant (issue 16). A lone surname joins only when one person of the
corpus carries it; a name without its second surname ("Rogelio Ventura" of
"Rogelio Ventura Castañeda") only then, and when both are named with the same
co-participant. Candidates are found through blocking keys, so the cost
stays near linear in the corpus.
"""

from __future__ import annotations

import re
from collections import defaultdict

from rapidfuzz import fuzz

from graphx.extract.known import name_words, read_head_words, read_titles
from graphx.extract.ner import normalize_name
from graphx.extract.taxonomy import load_taxonomy
from graphx.lexicon import Lexicon, shipped
from graphx.resolve.aliases import AliasRules
from graphx.resolve.bodies import full_initials
from graphx.resolve.clusters import (
    ORG_TYPES,
    Cluster,
    is_surname,
    label_of,
    merge_into,
    nicknamer,
    person_forms,
    person_key,
    same_org,
    stem,
    suffixes_differ,
    without_suffix,
)
from graphx.resolve.seats import seat_words

__all__ = ["fuzzy_join"]

# A surname spelled two ways ("Fuertes"/"Fuertas") joins only with the same first
# name, this similarity, and a co-participant both spellings share (issue 16).
_SPELLING_MIN = 80


def _blocks(kind: str, names: list[str]) -> set[tuple[str, object]]:
    """Index keys that every joinable pair shares (surname; stemmed word set)."""
    keys: set[tuple[str, object]] = set()
    for name in names:
        words = normalize_name(name).split()
        if words and kind == "person":
            words = without_suffix(words)
            keys.add((kind, words[-1]))
            if len(words) > 1:  # two spellings of one surname ("Fuertes", "Fuertas")
                keys.add((kind, (words[0], words[-1][:3])))
            if len(words) > 2:  # named once without the second surname ("Rogelio Ventura")
                keys.add((kind, (words[0], words[-2][:3])))
        elif words:
            keys.add((kind, frozenset(stem(w) for w in words)))
    return keys


def _heads(cluster: Cluster) -> set[tuple[str, object]]:
    """Keys a shorter name of the same story meets: a body's first words ("CivicGuard" of
    "CivicGuard Corrections", "Cajun Coast Seafood" of "Cajun Coast Seafood Processing")."""
    keys: set[tuple[str, object]] = set()
    for name in cluster.names if cluster.type in ORG_TYPES else ():
        words = normalize_name(name).split()
        keys.update((cluster.type, frozenset(map(stem, words[:n]))) for n in range(1, len(words)))
    return keys


class _Index:
    """The clusters kept so far, by blocking key."""

    def __init__(self) -> None:
        self.by_key: dict[tuple[str, object], list[Cluster]] = defaultdict(list)
        self.kept: dict[int, int] = {}  # a cluster's id -> when it was first kept

    def keep(self, cluster: Cluster) -> None:
        self.kept.setdefault(id(cluster), len(self.kept))
        # a body's initials key it too: "OIRA" in another article meets it
        spelled = (
            [a for n in cluster.names for a in full_initials(n)]
            if cluster.type in ORG_TYPES
            else []
        )
        for key in _blocks(cluster.type, [*cluster.names, *cluster.forms, *spelled]) | _heads(
            cluster
        ):
            self.by_key[key].append(cluster)

    def pool(self, cluster: Cluster, label: str) -> list[Cluster]:
        """The kept clusters that share a blocking key with the cluster, in the order kept."""
        kinds = ORG_TYPES if cluster.type in ORG_TYPES else (cluster.type,)
        found = {
            id(c): c
            for kind in kinds
            for key in _blocks(kind, [label, *cluster.forms, *_other_names(cluster)])
            for c in self.by_key[key]
            if c is not cluster
        }
        # in the order kept, whatever order the set of keys gave: the first candidate joins
        return sorted(found.values(), key=lambda c: self.kept[id(c)])


def _other_names(cluster: Cluster) -> list[str]:
    """The full names a body labelled by its initials bears, whose words those initials
    spell: the name an article spelled out beside the initials it went on to use ("National
    Press Wire" of "NPW"); not another name it bears ("Sheriff's Office" of "the Clark
    County Sheriff's Office", which every county's office is called: a review)."""
    label = label_of(cluster)
    if cluster.type not in ORG_TYPES or not re.fullmatch(r"[A-Z]{2,7}", label):
        return []
    return [n for n in cluster.names if _initials(n) == label]


def _initials(name: str) -> str:
    words = [w for w in name.split() if w.lower() not in ("of", "and", "the", "for", "&")]
    return "".join(w[0] for w in words if w[:1].isupper()) if len(words) > 1 else ""


def fuzzy_join(
    groups: dict[tuple[str, ...], Cluster],
    rules: AliasRules,
    company: dict[int, set[str]] | None = None,
) -> dict[int, Cluster]:
    """Join name-keyed clusters across documents, guarded against false merges.

    ``company`` maps a cluster to the people and bodies named in its documents,
    the context that lets two spellings of one name join.

    Returns:
        The joined clusters (by ``id``) and the cluster each joined.
    """
    company = company or {}
    redirect: dict[int, Cluster] = {}
    index = _Index()
    for k, c in groups.items():
        if k[1] == "canon":
            index.keep(c)
    named = sorted(
        (c for k, c in groups.items() if k[1] == "name"), key=lambda c: -len(label_of(c))
    )
    for cluster in named:
        label = normalize_name(label_of(cluster))
        split = (cluster.type, label) in rules.split or ("", label) in rules.split
        found = None if split else _match(cluster, label, index.pool(cluster, label), company)
        if found is None:
            index.keep(cluster)
            continue
        target, why = found
        cluster.reasons.append(f"{label_of(cluster)!r} joined {label_of(target)!r}: {why}")
        merge_into(target, cluster)
        redirect[id(cluster)] = target
        index.keep(target)
    return redirect


def _match(
    cluster: Cluster, label: str, pool: list[Cluster], company: dict[int, set[str]]
) -> tuple[Cluster, str] | None:
    """The cluster this one joins and why, or None when none or several could."""
    mine = company.get(id(cluster), set())
    reasons = {id(k): _joinable(cluster, k, label, mine & company.get(id(k), set())) for k in pool}
    candidates = [k for k in pool if reasons[id(k)]]
    if not candidates:
        return None
    why = reasons[id(candidates[0])]
    # A lone surname, or the last names of a fuller name, joins only when one
    # person of the corpus carries it.
    lone = cluster.type == "person" and (
        is_surname(label.split())
        or why.startswith(("last names", "a short first name", "first names of one"))
    )
    if len(candidates) == 1 or not lone:
        return candidates[0], why
    # one who bears the surname as written before others who bear it spelled another way
    # ("Ray Thibodeau": "Raymond J. Thibodeau", not "Ray Thibodeaux"; found in probe147)
    as_written = [k for k in candidates if not reasons[id(k)].startswith(_SPELLED)]
    if len(as_written) == 1:
        return as_written[0], reasons[id(as_written[0])]
    return None


_SPELLED = "similar spelling"


def _joinable(cluster: Cluster, other: Cluster, label: str, shared: set[str]) -> str:
    """Why the two clusters are one entity ("" when they are not)."""
    others = [normalize_name(n) for n in other.names]
    if cluster.type != other.type:
        # The model types a bare acronym apart from the body it stands for ("NYDOC").
        acronym = re.fullmatch(r"[A-Z]{2,7}", label_of(cluster)) is not None
        bodies_only = {cluster.type, other.type} <= set(ORG_TYPES)
        if acronym and bodies_only and label in others:
            return "acronym of a body that another document defines"
        return ""
    if cluster.type == "person":
        tokens = without_suffix(label.split())
        if any(suffixes_differ(label.split(), o.split()) for o in others):
            return ""  # a junior and a senior
        alike = bool(_titles(cluster) & _titles(other))  # one title: a suffix, a nickname
        if _suffix_told_once(cluster, other) and not alike:
            return ""  # "Jose Carrillo Jr." is no "Jose Luis Carrillo" of no shared title
        forms = [f for n in other.names for f in person_forms(n)]
        fulls = [f for f in forms if len(f) > 1]
        if is_surname(tokens):
            n = len(tokens)
            if any(len(f) > n and f[-n:] == tokens for f in fulls):
                return "surname of a person named in full elsewhere"
            if n == 1:  # "Al Kubicek" may be a first name and a surname, not "al-"
                return ""
        if any(person_key(tokens) == person_key(f) for f in fulls):
            return "same first name and surname"
        if any(len(f) > len(tokens) and f[-len(tokens) :] == tokens for f in fulls):
            return "last names of a person named in full elsewhere"
        if len(tokens) > 1 and shared and _second_surname_dropped(cluster, other, tokens, fulls):
            with_whom = sorted(shared)[0]
            return f"first names of one named with a second surname elsewhere, with {with_whom}"
        apart = not cluster.docs & other.docs  # two names one article tells apart
        return _spelling_variant(tokens, fulls, shared, apart=apart)
    return _same_body(cluster, other, label, others, shared)


def _second_surname_dropped(
    cluster: Cluster, other: Cluster, tokens: list[str], fulls: list[list[str]]
) -> bool:
    """Whether a name is another's without its second surname ("Rigoberto Almaraz" of
    "Rigoberto Almaraz Ochoa") with the same office. Within one article the page's full name
    joins it first, unless told as kin ("Jose Garcia Lopez's father, Jose Garcia":
    ``clusters.person_named``)."""
    # "Maria Lopez" may be another woman, as "Councilwoman Maria Lopez" or "Judge Maria Lopez"
    # is of "Maria Lopez Vega" who holds no office ("Coach Maria Lopez Vega" may be her)
    if (_titles(cluster) ^ _titles(other)) & shipped().derived(_office_words):
        return False
    return any(len(f) == len(tokens) + 1 and f[:-1] == tokens for f in fulls)


def _office_words(lexicon: Lexicon) -> frozenset[str]:
    """Titles of an office: a seat on a body (``seat_titles.csv``), an office of a place of one
    word (``place_titles.txt``: "mayor", "sheriff") and a court's (``COURT`` rows: "judge")."""
    places = {normalize_name(t) for t in lexicon.word_set("place_titles.txt") if " " not in t}
    return seat_words(lexicon) | places | frozenset(load_taxonomy(lexicon).courts)


def _suffix_told_once(cluster: Cluster, other: Cluster) -> bool:
    """One of two people is named with a generational suffix, the other never."""

    def suffixed(c: Cluster) -> bool:
        return any(without_suffix(n.split()) != n.split() for n in map(normalize_name, c.names))

    return suffixed(cluster) != suffixed(other)


def _titles(cluster: Cluster) -> set[str]:
    """The title words a person is named with ("sheriff" of "Sheriff Wendell Pruitt"; "gov"
    of "Gov. Frank Tolbert", the table's "gov." once normalised as the name is)."""
    titles = shipped().derived(_normalised_titles)
    return {w for t in cluster.titled for w in normalize_name(t).split() if w in titles}


def _normalised_titles(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(normalize_name(t) for t in read_titles(lexicon))


def _same_body(
    cluster: Cluster, other: Cluster, label: str, others: list[str], shared: set[str]
) -> str:
    """Why two bodies' clusters are one body ("" when they are not). Initials join the
    name they spell only in articles about one story (one more name in common): "CASA"
    is not "Court Appointed Special Advocates" in a story about immigrant rights."""
    if label in others:
        return "same name"
    if any(normalize_name(n) in others for n in _other_names(cluster)):
        return "a full name both bodies bear"
    acronym = shared and re.fullmatch(r"[A-Z]{4,7}", label_of(cluster)) is not None
    if acronym and any(label in full_initials(n) for n in other.names):
        return "initials of a body another document names in full, in the same story"
    if any(same_org(label, o) for o in others):
        return "same name up to spelling"
    words = label.split()
    if shared and len(words) == 1 and any(o.split()[:1] == words and " " in o for o in others):
        return "first word of a body another document of the same story names in full"
    if shared and _company_cut_short(cluster, words, others):
        return "a company's first words, which another document of the same story names in full"
    for form in sorted(cluster.forms | {label}):
        for o in sorted(set(others) | other.forms):
            if same_org(form, o):
                return f"same body once its place or edition is read ({form!r} ~ {o!r})"
    return ""


def _company_cut_short(cluster: Cluster, words: list[str], others: list[str]) -> bool:
    """A company's name of two words or more that ends in a trade ("Cajun Coast Seafood")
    and begins another's that goes on with trade words or a legal form only ("Cajun Coast
    Seafood Processing LLC": found in probe234: an advocates' blog named the plant short;
    not "... Construction Workers Union" nor "... Dairy Farmers Association": a review)."""
    trade = read_head_words()["business"]
    if cluster.type != "organization" or len(words) < 2 or words[-1] not in trade:
        return False
    more = trade | {f.rstrip(".") for f in name_words().legal_forms}
    return any(
        o.split()[: len(words)] == words and set(o.split()[len(words) :]) <= more
        for o in others
        if len(o.split()) > len(words)
    )


def _spelling_variant(
    tokens: list[str],
    fulls: list[list[str]],
    shared: set[str],
    *,
    apart: bool = True,
) -> str:
    """ "maria fuertas" ~ "maria fuertes" when both are seen with the same people or
    places; "al kubicek" ~ "alvin kubicek" and, in no one article, "wendall oakes" ~
    "wendell oakes" with two of them."""
    if not shared:
        return ""
    company = sorted(shared)[0]
    for full in fulls:
        score = fuzz.ratio(tokens[-1], full[-1])
        if tokens[0] == full[0] and len(tokens[-1]) >= 5 and score >= _SPELLING_MIN:
            return f"similar spelling (score {score:.0f}) and both named with {company}"
        same_surname = len(full) == len(tokens) > 1 and full[-1] == tokens[-1]
        # "rod brace" of "rodney a brace": a middle initial told once
        initial_left = len(tokens) == 2 and len(full) == 3 and len(full[1]) == 1
        initial_left = initial_left and full[-1] == tokens[-1]
        short = (same_surname or initial_left) and apart
        # a nickname of the table by two names in common ("Tom Brannigan", "Thomas
        # Brannigan"; found in probe151), as a short form is
        short = short and len(shared) > 1 and _short_of(tokens[0], full[0])
        if short:
            return f"a short first name ({tokens[0]} of {full[0]}), both named with {company}"
        if same_surname and apart and len(shared) > 1 and _first_name_spelled(tokens[0], full[0]):
            spelled = f"{tokens[0]}, {full[0]}"
            return f"a first name spelled two ways ({spelled}), both named with {company}"
    return ""


def _first_name_spelled(first: str, other: str) -> bool:
    """One first name spelled two ways in its vowels alone ("wendall", "wendell";
    "jeffrey", "jeffery"), or in an "s" for a "z", one sound in Spanish ("baltazar",
    "baltasar"), not two names ("martin", "marvin"; "mario", "maria"; "mariana", "marina"),
    nor a short one."""
    if first == other or len(first) != len(other) or len(first) < 5:
        return False
    ends = first[0] == other[0] and first[-1] == other[-1]  # "mario", "maria": two names
    return ends and _consonants(first) == _consonants(other)


def _consonants(name: str) -> str:
    return re.sub(r"[aeiouy]", "", name).replace("z", "s")


def _short_of(first: str, other: str) -> bool:
    """One first name the short form of the other ("al" of "alvin", "dan" of "daniel"), or
    its shorter nickname of the same first letter ("randy" of "randall", "tom" of "thomas":
    ``nicknames``' table, whose old nicknames of other letters would join a father and a
    son, "bill" of "robert"); not a woman's name made from a man's ("juana" of "juan", "anna"
    of "ann"): a review found "andrea" and "andrew" joined."""
    short, long = sorted((first, other), key=len)
    feminine = long.endswith("a") and not short.endswith("a")
    if not 2 <= len(short) < len(long) or feminine:
        return False
    known = short[0] == long[0] and short in nicknamer().nicknames_of(long)
    return long.startswith(short) or known
