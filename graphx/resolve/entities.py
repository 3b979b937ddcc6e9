"""Stages 3-4: resolve mentions into entities, within and across documents.

Within a document, mentions are grouped into local clusters: names from the
resource tables by their id, acronyms defined in the text ("New York City
Department of Corrections (NYDOC)"), surname-only and partial person names
to the fuller name of the same document ("Lucero" -> "Henry Lucero"), short
forms of a longer name ("Herald" -> "Boston Herald"), and jurisdictions by
their gazetteer place (``graphx.extract.places``). Titles become :class:`Role`
records with the organization named next to them.

Across documents, clusters join by table id, by place, or by normalized
name and type, and then by a guarded fuzzy match (same type, high
similarity and token containment; people need the same surname and a
compatible first name). The user's ``aliases.csv`` merges or splits names
on every rebuild.
"""

from __future__ import annotations

import csv
import hashlib
import logging
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from graphx.boundary import failure
from graphx.errors import SettingsError
from graphx.extract import places
from graphx.extract.ner import (
    _PARTICLES,
    KnownName,
    known_names,
    known_table,
    normalize_name,
    read_titles,
)
from graphx.lexicon import Lexicon, for_settings
from graphx.model import ENTITY_TYPES, DocExtraction, Document, Entity, Failure, Mention, Role
from graphx.resolve import bodies
from graphx.resolve.ledger import Decision
from graphx.settings import Settings

__all__ = ["AliasRules", "Resolution", "entity_id", "read_aliases", "resolve_corpus"]

log = logging.getLogger(__name__)

_ORG_TYPES = ("agency", "organization", "media")
_LINK = re.compile(r"\s+(?:of|for|at|with|from|in)\s+(?:the\s+)?$")
_FUZZY_MIN = 92
# A surname spelled two ways ("Fuertes"/"Fuertas") joins only with the same first
# name, this similarity, and a co-participant both spellings share (issue 16).
_SPELLING_MIN = 80
_COMPANY_SHARE = 0.2  # a co-participant named in more of the corpus is no evidence
# "Department of Corrections (NYDOC)", "the Coalition for Humane Rights, or CHR" (issue 16).
_DEFINED = re.compile(r"\s*(?:\(\s*([A-Z][A-Za-z&.]{1,9})\s*\)|,\s*or\s+([A-Z][A-Z&.]{1,9})\b)")
_LIST_GAP = re.compile(r"\s*(?:,|,?\s+(?:and|or))\s*")


@dataclass(slots=True)
class Resolution:
    """Entities of the corpus, and the entity of every mention of every document."""

    entities: dict[str, Entity]
    mention_entity: dict[str, list[str]]
    failures: list[Failure] = field(default_factory=list)
    unapplied: list[str] = field(default_factory=list)  # review decisions whose names are gone


@dataclass(slots=True)
class AliasRules:
    """User corrections: ``merge`` maps (type, name) to a canonical name.

    ``split`` holds the (type, name) pairs never joined to another entity.
    """

    merge: dict[tuple[str, str], str] = field(default_factory=dict)
    split: set[tuple[str, str]] = field(default_factory=set)
    reject: set[tuple[str, str]] = field(default_factory=set)  # (type, name): no entity
    retype: dict[tuple[str, str], str] = field(default_factory=dict)  # (type, name) -> type

    def add(self, decision: Decision) -> None:
        """Fold one review decision (``graphx.resolve.ledger``) into the rules."""
        key = (decision.type, normalize_name(decision.name))
        if decision.action == "merge":
            self.merge[key] = decision.target
        elif decision.action == "split":
            self.split.add(key)
        elif decision.action == "reject":
            self.reject.add(key)
        else:
            self.retype[key] = decision.target


@dataclass(slots=True)
class _Cluster:
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


def entity_id(kind: str, key: str) -> str:
    """Deterministic node id from an entity's type and normalized key.

    >>> entity_id("agency", "ice") == entity_id("agency", "ice")
    True
    """
    digest = hashlib.sha1(f"{kind}|{key}".encode()).hexdigest()[:12]
    return f"{kind[:3]}_{digest}"


def read_aliases(lexicon: Lexicon) -> AliasRules:
    """Parse the merge/split file (``aliases.csv``, or the user's): read anew on every call,
    since people edit it while the explorer runs.

    Raises:
        SettingsError: naming the file and line of a malformed row.
    """
    rules = AliasRules()
    path = lexicon.path("aliases.csv")
    lines = lexicon.current_text("aliases.csv").splitlines()
    rows = [
        (n, line)
        for n, line in enumerate(lines, start=1)
        if line.strip() and not line.startswith("#")
    ]
    if not rows or [c.strip() for c in next(csv.reader([rows[0][1]]))] != [
        "action",
        "name",
        "type",
        "canonical",
    ]:
        raise SettingsError(f"{path}, line 1: header must be action,name,type,canonical")
    for number, line in rows[1:]:
        cells = [c.strip() for c in next(csv.reader([line]))]
        if len(cells) != 4 or cells[0] not in ("merge", "split") or not cells[1]:
            raise SettingsError(
                f"{path}, line {number}: expected merge|split,name,type,canonical: {line!r}"
            )
        action, name, kind, canonical = cells
        if kind and kind not in ENTITY_TYPES:
            raise SettingsError(f"{path}, line {number}: unknown type {kind!r}")
        if action == "merge" and not canonical:
            raise SettingsError(f"{path}, line {number}: a merge needs a canonical name")
        if action == "merge":
            rules.merge[(kind, normalize_name(name))] = canonical
        else:
            rules.split.add((kind, normalize_name(name)))
    return rules


# --- within a document -------------------------------------------------------


def _sentence_text(doc: Document, ext: DocExtraction, m: Mention) -> str:
    if 0 <= m.sentence < len(ext.sentences):
        return ext.sentences[m.sentence].text
    text = doc.text
    left = max(text.rfind(". ", 0, m.start), text.rfind("\n", 0, m.start)) + 1
    ends = [i for i in (text.find(". ", m.end), text.find("\n", m.end)) if i >= 0]
    return text[left : min(ends) + 1 if ends else len(text)].strip()


def _tokens(text: str) -> list[str]:
    return normalize_name(text).split()


def _person_match(short: list[str], full: list[str]) -> bool:
    """ "lucero" ~ "henry lucero"; "todd lyons" ~ "todd michael lyons"; never two first names."""
    if not short or not full or short == full or len(short) > len(full):
        return False
    if full[-len(short) :] == short:
        return True
    return short[0] == full[0] and short[-1] == full[-1]


def _acronyms(doc: Document, ext: DocExtraction) -> dict[str, int]:
    """Acronyms defined after a name: "Department of Corrections (NYDOC)" -> mention index."""
    found = {}
    for i, m in enumerate(ext.mentions):
        match = _DEFINED.match(doc.text[m.end : m.end + 16])
        if match and m.type in _ORG_TYPES and len(m.text.split()) > 1:
            found[match.group(1) or match.group(2)] = i
    return found


class _DocResolver:
    """Groups the mentions of one document into local clusters."""

    def __init__(
        self,
        doc: Document,
        ext: DocExtraction,
        names: dict[str, KnownName],
        rules: AliasRules,
        gazetteer: places.Gazetteer,
    ):
        self.doc, self.ext, self.names, self.rules = doc, ext, names, rules
        self.gazetteer = gazetteer
        self.clusters: list[_Cluster] = []
        self.of_mention: list[_Cluster | None] = [None] * len(ext.mentions)
        self.by_key: dict[tuple[str, ...], _Cluster] = {}

    def run(self) -> list[_Cluster | None]:
        acronyms = _acronyms(self.doc, self.ext)
        order = sorted(range(len(self.ext.mentions)), key=self._priority)
        for i in order:
            m = self.ext.mentions[i]
            target = acronyms.get(m.text)
            defined = self.of_mention[target] if target is not None and target != i else None
            if defined is not None:
                self._add(i, defined)
            else:
                self._add(i, self._cluster_for(i, m))
        self._possessive_forms()
        for acronym, i in acronyms.items():
            cluster = self.of_mention[i]
            if cluster is not None:
                cluster.names[acronym] += 0
        self._roles()
        self._place_forms()
        return self.of_mention

    def _place_forms(self) -> None:
        """Each body name with its leading place read in this document, and an outlet's
        name without its edition words ("... Times Weekly"), as forms to join by (issue 16)."""
        context = [m.text for m in self.ext.mentions if m.type == "jurisdiction"]
        for cluster in self.clusters:
            if cluster.type not in _ORG_TYPES or cluster.canonical:
                continue
            for name in [n for n, count in cluster.names.items() if count]:
                form = bodies.place_qualified(name, context=context, gazetteer=self.gazetteer)
                if form and form != normalize_name(name):
                    cluster.forms.add(form)
                base = bodies.edition_base(name) if cluster.type == "media" else ""
                if base:
                    cluster.forms.add(base)

    def _possessive_forms(self) -> None:
        """ "ICE's Enforcement and Removal Operations" is also a name of the unit."""
        ms = self.ext.mentions
        for prev, (j, m) in zip(ms, enumerate(ms[1:], start=1), strict=False):
            cluster = self.of_mention[j]
            gap = self.doc.text[prev.end : m.start]
            owner = self.of_mention[j - 1]
            if owner is None or owner.type not in ("agency", "organization"):
                continue  # "Biden's DHS" is not a name of DHS
            if (
                cluster is not None
                and cluster.type in _ORG_TYPES
                and re.fullmatch(r"['’]s\s+", gap)
            ):
                cluster.names[self.doc.text[prev.start : m.end]] += 0

    def source_cluster(self) -> _Cluster | None:
        """The outlet that published the document is a media entity of it (no mention counted).

        "National Memo (Harbor Times/TNS)" names the publisher and, in
        parentheses, the outlets it credits: each is a media entity of the
        document (issue 16).
        """
        name = self.doc.source.strip()
        if not name or "." in name:  # a bare web domain is not an outlet's name
            return None
        publisher, credited = _source_parts(name)
        for outlet in credited:
            self._outlet(outlet)
        return self._outlet(publisher)

    def _outlet(self, name: str) -> _Cluster:
        known = self.names.get(normalize_name(name))
        kind = known.type if known else "media"
        if known:
            cluster = self._new(kind, ("canon", known.id), canonical=known.id)
        else:
            cluster = self._new(kind, ("name", normalize_name(name)))
        cluster.names[name] += 0
        if kind == "media" and bodies.edition_base(name):
            cluster.forms.add(bodies.edition_base(name))  # "... Times Weekly" (issue 16)
        return cluster

    def _priority(self, i: int) -> tuple[int, int, int]:
        """Longer, table-backed names first, so short forms find their full name."""
        m = self.ext.mentions[i]
        return (0 if m.canonical and m.type != "person" else 1, -len(m.text.split()), i)

    def _add(self, i: int, cluster: _Cluster) -> None:
        m = self.ext.mentions[i]
        self.of_mention[i] = cluster
        cluster.names[m.text] += 1
        cluster.mentions += 1
        if (
            m.title
            and cluster.type == "person"
            and self.doc.text[: m.start].rstrip().endswith(m.title)
        ):
            cluster.titled.add(f"{m.title} {m.text}")
        if self.doc.id not in cluster.doc_evidence:
            cluster.doc_evidence[self.doc.id] = _sentence_text(self.doc, self.ext, m)
        if not cluster.evidence:
            cluster.evidence = cluster.doc_evidence[self.doc.id]
        cluster.typed = cluster.typed or m.type_reason

    def _new(self, kind: str, key: tuple[str, ...], **extra: object) -> _Cluster:
        if (kind, *key) in self.by_key:
            return self.by_key[(kind, *key)]
        cluster = _Cluster(kind, key, docs={self.doc.id}, **extra)  # type: ignore[arg-type]
        self.by_key[(kind, *key)] = cluster
        self.clusters.append(cluster)
        return cluster

    def _cluster_for(self, i: int, m: Mention) -> _Cluster:
        norm = normalize_name(m.text)
        split = (m.type, norm) in self.rules.split or ("", norm) in self.rules.split
        merged = self.rules.merge.get((m.type, norm)) or self.rules.merge.get(("", norm))
        if merged:
            known = self.names.get(normalize_name(merged))
            if known and known.type == m.type:
                return self._new(m.type, ("canon", known.id), canonical=known.id)
            return self._new(m.type, ("name", normalize_name(merged)), label=merged)
        if m.type == "jurisdiction":
            return self._jurisdiction(i, m)
        if not split:
            local = self._local_match(m, norm)
            if local is not None:
                return local
        if m.canonical:
            return self._new(m.type, ("canon", m.canonical), canonical=m.canonical)
        return self._new(m.type, ("split" if split else "name", norm))

    def _local_match(self, m: Mention, norm: str) -> _Cluster | None:
        tokens = norm.split()
        if m.type == "person":
            for cluster in self.clusters:
                if cluster.type == "person" and any(
                    _person_match(tokens, _tokens(name)) for name in cluster.names
                ):
                    return cluster
        if len(tokens) == 1 and not m.canonical:
            for cluster in self.clusters:  # "Herald" after "Boston Herald"
                if cluster.type in _ORG_TYPES and any(
                    len(_tokens(n)) > 1 and _tokens(n)[-1] == tokens[0] for n in cluster.names
                ):
                    return cluster
        if m.type in _ORG_TYPES and not m.canonical:
            for cluster in self.clusters:
                if cluster.type == m.type and any(
                    _same_org(norm, normalize_name(n)) for n in cluster.names
                ):
                    return cluster
            return self._short_form(m)
        return None

    def _short_form(self, m: Mention) -> _Cluster | None:
        """The one body of the document that a generic short form or initials stand for.

        "the Department of Corrections" after "New York Department of
        Corrections", "DOC" or "NYDOC" beside it (issue 16); nothing when two
        bodies of the document fit.
        """
        norm = normalize_name(m.text)
        short = norm.split()
        acronym = re.fullmatch(r"[A-Z]{2,7}", m.text) is not None
        fits = []
        for cluster in self.clusters:
            if cluster.type not in _ORG_TYPES:
                continue
            for name in cluster.names:
                full = _tokens(name)
                if acronym and m.text in bodies.initials(name):
                    fits.append((cluster, f"initials of {name!r} in the same document"))
                    break
                longer = len(short) > 1 and len(full) > len(short)
                if longer and short in (full[-len(short) :], full[: len(short)]):
                    fits.append((cluster, f"short form of {name!r} in the same document"))
                    break
        if len(fits) != 1:
            return None
        cluster, why = fits[0]
        cluster.reasons.append(f"{m.text!r}: {why}")
        return cluster

    def _context(self, i: int) -> list[str]:
        """Place names of the document, an appositive state first ("Cook County, Illinois")."""
        ms = self.ext.mentions
        places_idx = [j for j, x in enumerate(ms) if x.type == "jurisdiction" and j != i]
        after = [
            j
            for j in places_idx
            if j > i
            and ms[j].start - ms[i].end <= 2
            and self.doc.text[ms[i].end : ms[j].start].strip() == ","
        ]
        before = sorted((j for j in places_idx if j < i), reverse=True)
        later = [j for j in places_idx if j > i and j not in after]
        return [ms[j].text for j in after + before + later]

    def _jurisdiction(self, i: int, m: Mention) -> _Cluster:
        place = places.lookup(
            m.text,
            context=self._context(i),
            gazetteer=self.gazetteer,
            listed=self._in_state_list(i),
            city=m.dateline,
        ) or places.demonym(m.text)
        if place is None:
            place = places.Place(m.text.strip(), "", "", ambiguous=True)
            return self._new("jurisdiction", ("place", normalize_name(m.text), ""), place=place)
        return self._new(
            "jurisdiction", ("place", place.name, place.level, place.parent), place=place
        )

    def _in_state_list(self, i: int) -> bool:
        """The mention stands in a list of places of which two others are states
        ("New Jersey, Washington, Massachusetts and Virginia", issue 16)."""
        ms, text = self.ext.mentions, self.doc.text
        chain = [i]
        for step in (-1, 1):
            j = i
            while 0 <= j + step < len(ms) and ms[j + step].type == "jurisdiction":
                a, b = (ms[j + step], ms[j]) if step < 0 else (ms[j], ms[j + step])
                if not _LIST_GAP.fullmatch(text[a.end : b.start]):
                    break
                j += step
                chain.append(j)
        states = self.gazetteer.states
        return sum(places.normalize_place(ms[j].text) in states for j in chain if j != i) >= 2

    def _roles(self) -> None:
        for i, m in enumerate(self.ext.mentions):
            cluster = self.of_mention[i]
            if cluster is None or cluster.type != "person":
                continue
            org = self._org_before(m) if m.title else None
            if org is None:
                org = self._org_after(m)
            if m.title or org is not None:
                cluster.roles.append((m.title, org, self.doc.id))

    def _org_before(self, m: Mention) -> _Cluster | None:
        """The body named inside or just before a prefixed title ("New York City Mayor")."""
        if not self.doc.text[: m.start].rstrip().endswith(m.title.split()[-1]):
            return None
        lo = m.start - len(m.title) - 3
        found = None
        for j, other in enumerate(self.ext.mentions):
            gap = re.sub(r"^['’]s\s+", "", self.doc.text[other.end : m.start].strip())
            if (
                lo <= other.end <= m.start
                and other.type in (*_ORG_TYPES, "jurisdiction")
                and m.title.endswith(gap)
            ):
                found = self.of_mention[j]
        return found or self._named_by_title_word(m.title)

    def _named_by_title_word(self, title: str) -> _Cluster | None:
        """ "Pinellas Sheriff" -> the Pinellas County named elsewhere in the document."""
        first = title.split()[0]
        if not first[:1].isupper() or first.lower() in read_titles():
            return None
        for cluster in self.clusters:
            if cluster.type in ("jurisdiction", "agency") and any(
                n.split()[0] == first and len(n.split()) > 1 for n in cluster.names if n
            ):
                return cluster
        return None

    def _org_after(self, m: Mention) -> _Cluster | None:
        """ "Lyons, the acting field director for ICE's Boston office" -> ICE."""
        rest = self.doc.text[m.end : m.end + 200]
        apposition = (
            r"\s*,\s*(?:(?:the|a|an)\s+)?"
            + re.escape(m.title)
            + r"\s+(?:for|of|at|with|in)\s+(?:the\s+)?"
        )
        match = (m.title and re.match(apposition, rest)) or re.match(
            r"\s*,?\s*(?:of|from|with|at)\s+(?:the\s+)?", rest
        )
        if not match:
            return None
        at = m.end + match.end()
        lo = at - 4 if match.group(0).rstrip().lower().endswith("the") else at - 1
        following = [j for j, x in enumerate(self.ext.mentions) if lo <= x.start <= at + 1]
        kinds = (*_ORG_TYPES, "jurisdiction") if m.title else _ORG_TYPES
        if not following or self.ext.mentions[following[0]].type not in kinds:
            return None
        j = following[0]
        first = self.ext.mentions[j]
        tail = self.doc.text[first.end : first.end + 4]
        nxt = j + 1
        if re.match(r"['’]s\s", tail) and nxt < len(self.ext.mentions):
            second = self.ext.mentions[nxt]
            if second.type in _ORG_TYPES and second.start - first.end <= 4:
                j = nxt  # "ICE's Enforcement and Removal Operations" -> ERO
        return self.of_mention[j]


def _source_parts(name: str) -> tuple[str, list[str]]:
    """The publisher of a source and the outlets it credits in parentheses.

    >>> _source_parts("National Memo (Harbor Times/TNS)")
    ('National Memo', ['Harbor Times', 'TNS'])
    >>> _source_parts("Harbor Times")
    ('Harbor Times', [])
    """
    match = re.fullmatch(r"(.+?)\s*\(([^()]+)\)\s*", name)
    if not match:
        return name, []
    credited = [p.strip() for p in re.split(r"[/,;]", match.group(2)) if p.strip()]
    return match.group(1).strip(), credited


def _stem(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


def _same_org(a: str, b: str) -> bool:
    """Guarded fuzzy match of two normalized organization names.

    >>> _same_org("nyc department of corrections", "nyc department of correction")
    True
    >>> _same_org("cook county sheriff s office", "franklin county sheriff s office")
    False
    """
    if a == b:
        return True
    ta, tb = {_stem(w) for w in a.split()}, {_stem(w) for w in b.split()}
    return ta == tb and fuzz.ratio(a, b) >= _FUZZY_MIN


# --- across documents --------------------------------------------------------


def _person_key(tokens: list[str]) -> tuple[str, str]:
    return (tokens[0], tokens[-1]) if tokens else ("", "")


def _global_key(cluster: _Cluster) -> tuple[str, ...]:
    if cluster.key[0] in ("canon", "place"):
        return (cluster.type, *cluster.key)
    if cluster.label:  # a merge row of the aliases file names the entity
        return (cluster.type, "name", normalize_name(cluster.label))
    return (cluster.type, "name", normalize_name(_label_of(cluster)))


def _display(name: str) -> str:
    """A name without the determiner the mention span may carry ("the Center for ...")."""
    return re.sub(r"^(?:the|The)\s+(?=\S)", "", name) if name[:4].lower() == "the " else name


def _label_of(cluster: _Cluster) -> str:
    names = [_display(n) for n in cluster.names if n]
    if not names:
        return ""
    if cluster.type == "person":
        return max(names, key=lambda n: (len(n.split()), len(n), cluster.names[n]))
    counts: Counter[str] = Counter()
    for n, c in cluster.names.items():
        counts[_display(n)] += c
    # A short form joined to its full name ("Department of Corrections") never labels it.
    short = {n for n in names if any(o != n and o.endswith(" " + n) for o in names)}
    return max(
        names, key=lambda n: (counts[n] > 0, n not in short, len(n.split()) > 1, counts[n], len(n))
    )


def _merge_into(target: _Cluster, other: _Cluster) -> None:
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
    if target.place is not None and other.place is not None and other.place.ambiguous is False:
        target.place = target.place if not target.place.ambiguous else other.place


def _blocks(kind: str, names: list[str]) -> set[tuple[str, object]]:
    """Index keys that every joinable pair shares (surname; stemmed word set)."""
    keys: set[tuple[str, object]] = set()
    for name in names:
        words = normalize_name(name).split()
        if words and kind == "person":
            keys.add((kind, words[-1]))
            if len(words) > 1:  # two spellings of one surname ("Fuertes", "Fuertas")
                keys.add((kind, (words[0], words[-1][:3])))
        elif words:
            keys.add((kind, frozenset(_stem(w) for w in words)))
    return keys


def _fuzzy_join(
    groups: dict[tuple[str, ...], _Cluster],
    rules: AliasRules,
    company: dict[int, set[str]] | None = None,
) -> dict[int, _Cluster]:
    """Join name-keyed clusters across documents, guarded against false merges.

    ``company`` maps a cluster to the people and bodies named in its documents,
    the context that lets two spellings of one name join.
    """
    company = company or {}
    redirect: dict[int, _Cluster] = {}
    named = [c for k, c in groups.items() if k[1] in ("name",)]
    named.sort(key=lambda c: -len(_label_of(c)))
    index: dict[tuple[str, object], list[_Cluster]] = defaultdict(list)

    def keep(cluster: _Cluster) -> None:
        for key in _blocks(cluster.type, [*cluster.names, *cluster.forms]):
            index[key].append(cluster)

    for k, c in groups.items():
        if k[1] == "canon":
            keep(c)
    for cluster in named:
        label = normalize_name(_label_of(cluster))
        if (cluster.type, label) in rules.split or ("", label) in rules.split:
            keep(cluster)
            continue
        kinds = _ORG_TYPES if cluster.type in _ORG_TYPES else (cluster.type,)
        pool = {
            id(c): c
            for kind in kinds
            for key in _blocks(kind, [label, *cluster.forms])
            for c in index[key]
            if c is not cluster
        }
        mine = company.get(id(cluster), set())
        reasons = {
            id(k): _joinable(cluster, k, label, mine & company.get(id(k), set()))
            for k in pool.values()
        }
        candidates = [k for k in pool.values() if reasons[id(k)]]
        first = reasons[id(candidates[0])] if candidates else ""
        # A lone surname, or the last names of a fuller name, joins only when one
        # person of the corpus carries it.
        lone = cluster.type == "person" and (
            _is_surname(label.split()) or first.startswith("last names")
        )
        if len(candidates) == 1 or (candidates and not lone):
            why = reasons[id(candidates[0])]
            cluster.reasons.append(
                f"{_label_of(cluster)!r} joined {_label_of(candidates[0])!r}: {why}"
            )
            _merge_into(candidates[0], cluster)
            redirect[id(cluster)] = candidates[0]
            keep(candidates[0])
        else:
            keep(cluster)
    return redirect


def _is_surname(tokens: list[str]) -> bool:
    """One word, or a surname with its particle ("de blasio", "van der berg")."""
    return len(tokens) == 1 or (len(tokens) > 1 and tokens[0] in _PARTICLES)


def _joinable(cluster: _Cluster, other: _Cluster, label: str, shared: set[str]) -> str:
    """Why the two clusters are one entity ("" when they are not)."""
    others = [normalize_name(n) for n in other.names]
    if cluster.type != other.type:
        # The model types a bare acronym apart from the body it stands for ("NYDOC").
        acronym = re.fullmatch(r"[A-Z]{2,7}", _label_of(cluster)) is not None
        bodies_only = {cluster.type, other.type} <= set(_ORG_TYPES)
        if acronym and bodies_only and label in others:
            return "acronym of a body that another document defines"
        return ""
    if cluster.type == "person":
        tokens = label.split()
        fulls = [o.split() for o in others if len(o.split()) > 1]
        if _is_surname(tokens):
            n = len(tokens)
            same = any(len(f) > n and f[-n:] == tokens for f in fulls)
            return "surname of a person named in full elsewhere" if same else ""
        if any(_person_key(tokens) == _person_key(f) for f in fulls):
            return "same first name and surname"
        if any(len(f) > len(tokens) and f[-len(tokens) :] == tokens for f in fulls):
            return "last names of a person named in full elsewhere"
        return _spelling_variant(tokens, fulls, shared)
    if label in others:
        return "same name"
    if any(_same_org(label, o) for o in others):
        return "same name up to spelling"
    for form in sorted(cluster.forms | {label}):
        for o in sorted(set(others) | other.forms):
            if _same_org(form, o):
                return f"same body once its place or edition is read ({form!r} ~ {o!r})"
    return ""


def _spelling_variant(tokens: list[str], fulls: list[list[str]], shared: set[str]) -> str:
    """ "maria fuertas" ~ "maria fuertes" when both are seen with the same people."""
    if not shared:
        return ""
    for full in fulls:
        score = fuzz.ratio(tokens[-1], full[-1])
        if tokens[0] == full[0] and len(tokens[-1]) >= 5 and score >= _SPELLING_MIN:
            return f"similar spelling (score {score:.0f}) and both named with {sorted(shared)[0]}"
    return ""


class _CorpusBuilder:
    def __init__(self, settings: Settings):
        self.names = known_names()
        self.table = {row.id: row for row in known_table()}
        lexicon = for_settings(settings)
        self.rules = read_aliases(lexicon)
        self.gazetteer = places.load_gazetteer(lexicon)
        self.groups: dict[tuple[str, ...], _Cluster] = {}

    def add(self, cluster: _Cluster) -> _Cluster:
        key = _global_key(cluster)
        if key in self.groups:
            _merge_into(self.groups[key], cluster)
            return self.groups[key]
        cluster.key = key
        self.groups[key] = cluster
        return cluster

    def ensure_parents(self) -> None:
        for cluster in list(self.groups.values()):
            self._parent_of(cluster)

    def _parent_of(self, cluster: _Cluster) -> _Cluster | None:
        if cluster.type == "agency" and cluster.canonical:
            row = self.table.get(cluster.canonical)
            if row is None or not row.parent or row.parent not in self.table:
                return None
            return self._ensure(("agency", "canon", row.parent), "agency", canonical=row.parent)
        if cluster.type == "jurisdiction" and cluster.place is not None and cluster.place.parent:
            parent = places.lookup(cluster.place.parent, gazetteer=self.gazetteer) or places.Place(
                cluster.place.parent, "", ""
            )
            key = ("jurisdiction", "place", parent.name, parent.level, parent.parent)
            return self._ensure(key, "jurisdiction", place=parent)
        return None

    def _ensure(self, key: tuple[str, ...], kind: str, **extra: object) -> _Cluster:
        if key not in self.groups:
            cluster = _Cluster(kind, key, **extra)  # type: ignore[arg-type]
            self.groups[key] = cluster
            self._parent_of(cluster)
        return self.groups[key]

    def entity(self, cluster: _Cluster) -> Entity:
        label = self._label(cluster)
        aliases = {_display(n) for n in cluster.names if n} | cluster.titled
        aliases = {a for a in aliases if a != label and _display(label) != a}
        kind = cluster.type
        ent = Entity(
            id=entity_id(kind, "|".join(cluster.key[1:])),
            type=kind,
            label=label,
            aliases=aliases,
            mentions=cluster.mentions,
            doc_ids=set(cluster.docs),
            evidence=cluster.evidence,
            doc_evidence=dict(sorted(cluster.doc_evidence.items())),
            merged_because=sorted(set(cluster.reasons)),
            typed_because=cluster.typed,
        )
        if cluster.place is not None:
            ent.level, ent.ambiguous = cluster.place.level, cluster.place.ambiguous
        parent = self._parent_of(cluster)
        if parent is not None:
            ent.parent = entity_id(parent.type, "|".join(parent.key[1:]))
        return ent

    def _label(self, cluster: _Cluster) -> str:
        if (
            cluster.canonical
            and cluster.canonical in self.table
            and cluster.type == self.table[cluster.canonical].type
        ):
            return self.table[cluster.canonical].name
        if cluster.place is not None and cluster.place.level:
            return cluster.place.name
        if cluster.label:
            return cluster.label
        return _label_of(cluster) if cluster.names else cluster.key[-1]


def _places_typed_apart(groups: dict[tuple[str, ...], _Cluster]) -> dict[int, _Cluster]:
    """An "organization" named exactly as a place of the corpus, or by the place's short
    form, is that place ("Queens", "NYC" where the model guessed ORG, issue 16)."""
    by_name: dict[str, list[tuple[_Cluster, str]]] = defaultdict(list)
    for c in groups.values():
        if c.type == "jurisdiction" and c.place is not None and c.place.level:
            by_name[normalize_name(c.place.name)].append((c, c.place.name))
    redirect: dict[int, _Cluster] = {}
    for key, c in groups.items():
        if c.type != "organization" or key[1] != "name":
            continue
        label = _label_of(c)
        found = by_name.get(normalize_name(label), [])
        if not found and label.isupper() and len(label) <= 4:  # "NYC" read as a body
            read = places.lookup(label)
            found = by_name.get(normalize_name(read.name), []) if read else []
        if len(found) == 1:
            place, name = found[0]
            c.reasons.append(f"{label!r} joined the place {name!r}: same name")
            _merge_into(place, c)
            redirect[id(c)] = place
    return redirect


def _company(by_doc: list[list[_Cluster]], merged: dict[int, _Cluster]) -> dict[int, set[str]]:
    """Corpus cluster -> the people and bodies named in the same documents (by label).

    News outlets are left out: the wire that carried two stories says nothing
    about whether they name the same person.
    """
    company: dict[int, set[str]] = defaultdict(set)
    label_of: dict[int, str] = {}  # one label per corpus cluster, not one per document
    # Only a co-participant few documents name is evidence: every story names ICE.
    most = max(3, int(_COMPANY_SHARE * len(by_doc)))
    for clusters in by_doc:
        actors = {
            id(merged[id(c)]): merged[id(c)]
            for c in clusters
            if c.type in ("person", "agency", "organization") and len(merged[id(c)].docs) <= most
        }
        labels = {
            key: label_of.get(key) or label_of.setdefault(key, _label_of(c))
            for key, c in actors.items()
        }
        for key in actors:
            company[key] |= {label for other, label in labels.items() if other != key and label}
    return company


def _title_key(title: str) -> str:
    """A role title's words, whatever their case and order.

    >>> _title_key("ICE acting Director") == _title_key("Acting ICE Director")
    True
    """
    return " ".join(sorted(title.lower().replace(".", "").split()))


def _drop_shared_place_names(entities: dict[str, Entity]) -> None:
    """A place's alias that is another place's name is not listed as its alias.

    "New York" read as the city beside "New York City" stays linked to the
    city, but listing it would make the city a second "New York" next to the
    state (issue 16); the mentions keep their entity either way.
    """
    labels: defaultdict[str, set[str]] = defaultdict(set)
    for ent in entities.values():
        if ent.type == "jurisdiction":
            labels[normalize_name(ent.label)].add(ent.id)
    for ent in entities.values():
        if ent.type == "jurisdiction":
            ent.aliases = {
                a for a in ent.aliases if not labels.get(normalize_name(a), set()) - {ent.id}
            }


def resolve_corpus(
    extractions: list[DocExtraction],
    documents: list[Document],
    *,
    settings: Settings,
    decisions: Sequence[Decision] = (),
) -> Resolution:
    """Resolve every mention of the corpus into entities.

    Args:
        extractions: per-document mentions (from ``graphx.ner.find_mentions``).
        documents: the documents, for their text (acronyms, roles, evidence).
        settings: where to find ``aliases.csv``.
        decisions: a reader's review decisions (``graphx.resolve.ledger``), replayed with
            the aliases file's rules.

    Returns:
        The entities by id, and for each document the entity id of each of
        its mentions, in order ("" for a mention that was dropped).

    Raises:
        SettingsError: the aliases file is malformed.
    """
    builder = _CorpusBuilder(settings)
    for decision in decisions:
        builder.rules.add(decision)
    by_id = {d.id: d for d in documents}
    local: dict[str, list[_Cluster | None]] = {}
    every: list[_Cluster] = []
    by_doc: list[list[_Cluster]] = []
    failures: list[Failure] = []
    for ext in extractions:
        doc = by_id.get(ext.doc_id) or Document(id=ext.doc_id, path="", format="", text="")
        try:
            resolver = _DocResolver(doc, ext, builder.names, builder.rules, builder.gazetteer)
            local[ext.doc_id] = resolver.run()
            resolver.source_cluster()
        except SettingsError:
            raise
        except Exception as e:
            # Its mentions resolve to nothing; the document stays in the graph (issue 11).
            failures.append(failure(ext.doc_id, e, default_stage="resolution"))
            local[ext.doc_id] = [None] * len(ext.mentions)
            continue
        every.extend(resolver.clusters)
        by_doc.append(resolver.clusters)
    merged: dict[int, _Cluster] = {}
    for cluster in every:
        if id(cluster) not in merged:
            merged[id(cluster)] = builder.add(cluster)
    company = _company(by_doc, merged)
    redirect = _places_typed_apart(builder.groups)
    builder.groups = {k: c for k, c in builder.groups.items() if id(c) not in redirect}
    redirect.update(_fuzzy_join(builder.groups, builder.rules, company))
    builder.groups = {k: c for k, c in builder.groups.items() if id(c) not in redirect}

    def final(cluster: _Cluster | None) -> _Cluster | None:
        if cluster is None:
            return None
        cluster = merged.get(id(cluster), cluster)
        return redirect.get(id(cluster), cluster)

    builder.ensure_parents()
    entities = {}
    ids: dict[int, str] = {}
    for cluster in builder.groups.values():
        ent = builder.entity(cluster)
        entities[ent.id] = ent
        ids[id(cluster)] = ent.id
    _drop_shared_place_names(entities)
    for cluster in builder.groups.values():
        ent = entities[ids[id(cluster)]]
        spelled: dict[str, str] = {}
        for title, org, doc_id in cluster.roles:
            target = final(org) if isinstance(org, _Cluster) else None
            # One spelling per title: "ICE acting Director" is "Acting ICE Director" (issue 16).
            title = spelled.setdefault(_title_key(title), title)
            role = Role(title, ids.get(id(target), "") if target else "", doc_id)
            if role not in ent.roles:
                ent.roles.append(role)
        placed = {(r.title, r.doc_id) for r in ent.roles if r.organization}
        ent.roles = [r for r in ent.roles if r.organization or (r.title, r.doc_id) not in placed]
    rejected = _apply_review(entities, builder.rules)
    mention_entity = {
        doc_id: [_kept(ids.get(id(final(c)), "") if c is not None else "", rejected)
                 for c in clusters]
        for doc_id, clusters in local.items()
    }  # fmt: skip
    log.info("resolved %d entities from %d documents", len(entities), len(extractions))
    unapplied = _unapplied(decisions, entities, rejected)
    return Resolution(entities, mention_entity, failures, unapplied)


def _kept(entity_id: str, rejected: dict[str, str]) -> str:
    return "" if entity_id in rejected else entity_id


def _names(entity: Entity) -> set[str]:
    return {normalize_name(n) for n in (entity.label, *entity.aliases)}


def _apply_review(entities: dict[str, Entity], rules: AliasRules) -> dict[str, str]:
    """Drop the entities a reader rejected and retype the ones they retyped, by name.

    Returns:
        The dropped entities' ids and their names (to report what applied).
    """
    rejected: dict[str, str] = {}
    for entity in list(entities.values()):
        names = _names(entity)
        if any(n in names and k in ("", entity.type) for k, n in rules.reject):
            rejected[entity.id] = normalize_name(entity.label)
            del entities[entity.id]
            continue
        for (kind, name), new_type in rules.retype.items():
            if name in names and kind in ("", entity.type):
                entity.type = new_type
    return rejected


def _unapplied(
    decisions: Sequence[Decision], entities: dict[str, Entity], rejected: dict[str, str]
) -> list[str]:
    """The decisions whose name no entity carries any more: reported, never dropped silently."""
    present = set().union(*(_names(e) for e in entities.values())) | set(rejected.values())
    return [d.describe() for d in decisions if normalize_name(d.name) not in present]
