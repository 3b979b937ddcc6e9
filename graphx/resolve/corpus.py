"""Across documents: clusters joined by key, their parents, and the entities they become.

Clusters of every document join by table id, by gazetteer place, or by
normalized name and type (:class:`CorpusBuilder`); an organization named
as a place of the corpus joins that place. Each corpus cluster becomes one
:class:`Entity` with its label, aliases and parent (an agency's parent
body, a place's enclosing place).
"""

from __future__ import annotations

from collections import Counter, defaultdict

from graphx.extract import places
from graphx.extract.gazetteer import county_of_town
from graphx.extract.known import facility_or_group
from graphx.extract.ner import known_names, known_table, normalize_name
from graphx.lexicon import for_settings
from graphx.model import Entity
from graphx.resolve.aliases import read_aliases
from graphx.resolve.clusters import Cluster, display, entity_id, global_key, label_of, merge_into
from graphx.settings import Settings

__all__ = [
    "CorpusBuilder",
    "corpus_company",
    "drop_shared_place_names",
    "people_typed_apart",
    "places_typed_apart",
]

_COMPANY_SHARE = 0.2  # a co-participant named in more of the corpus is no evidence


class CorpusBuilder:
    def __init__(self, settings: Settings):
        self.names = known_names()
        self.table = {row.id: row for row in known_table()}
        lexicon = for_settings(settings)
        self.rules = read_aliases(lexicon)
        self.gazetteer = places.load_gazetteer(lexicon)
        self.groups: dict[tuple[str, ...], Cluster] = {}
        self._accented: dict[str, str] = {}  # "dona ana county" -> "Doña Ana County"

    def add(self, cluster: Cluster) -> Cluster:
        key = global_key(cluster)
        if key in self.groups:
            merge_into(self.groups[key], cluster)
            return self.groups[key]
        cluster.key = key
        self.groups[key] = cluster
        if cluster.place is not None and cluster.place.level == "county":
            self._accented[normalize_name(cluster.place.name)] = cluster.place.name
        return cluster

    def ensure_parents(self) -> None:
        for cluster in list(self.groups.values()):
            self._parent_of(cluster)

    def _parent_of(self, cluster: Cluster) -> Cluster | None:
        if cluster.type == "agency" and cluster.canonical:
            row = self.table.get(cluster.canonical)
            if row is None or not row.parent or row.parent not in self.table:
                return None
            return self._ensure(("agency", "canon", row.parent), "agency", canonical=row.parent)
        if cluster.type == "jurisdiction" and cluster.place is not None and cluster.place.parent:
            if (county := self._county_of(cluster.place)) is not None:
                return county
            parent = places.lookup(cluster.place.parent, gazetteer=self.gazetteer) or places.Place(
                cluster.place.parent, "", ""
            )
            key = ("jurisdiction", "place", parent.name, parent.level, parent.parent)
            return self._ensure(key, "jurisdiction", place=parent)
        return None

    def _county_of(self, town: places.Place) -> Cluster | None:
        """The county an American town lies in (``zipcodes``), when the corpus names it:
        Pahrump in Nye County, Nevada."""
        county = county_of_town(town.name, town.parent) if town.level == "city" else ""
        found = self.groups.get(("jurisdiction", "place", county, "county", town.parent))
        if found is None and county:  # the table's "Dona Ana County", the text's "Doña Ana"
            named = self._accented.get(normalize_name(county), "")
            found = self.groups.get(("jurisdiction", "place", named, "county", town.parent))
        return found

    def _ensure(self, key: tuple[str, ...], kind: str, **extra: object) -> Cluster:
        if key not in self.groups:
            cluster = Cluster(kind, key, **extra)  # type: ignore[arg-type]
            self.groups[key] = cluster
            self._parent_of(cluster)
        return self.groups[key]

    def entity(self, cluster: Cluster) -> Entity:
        label = self._label(cluster)
        aliases = {display(n) for n in cluster.names if n} | cluster.titled
        aliases = {a for a in aliases if a != label and display(label) != a}
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

    def _label(self, cluster: Cluster) -> str:
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
        return label_of(cluster) if cluster.names else cluster.key[-1]


def places_typed_apart(groups: dict[tuple[str, ...], Cluster]) -> dict[int, Cluster]:
    """An "organization" named exactly as a place of the corpus, or by the place's short
    form, is that place ("Queens", "NYC" where the model guessed ORG, issue 16); so is a
    place the gazetteer does not know named as the one place of the corpus a dateline or
    a state placed ("a meeting in Lyons" and "LYONS, Ga. —" in another article), and a
    name the gazetteer could only guess among namesakes, or read by its name alone on
    pages naming no state nor country ("WARSAW —" read as Poland's), when the corpus
    places one, or another page's towns read it (``_placed_over``)."""
    by_name: dict[str, list[tuple[Cluster, str]]] = defaultdict(list)
    for c in groups.values():
        if c.type == "jurisdiction" and c.place is not None and c.place.level:
            by_name[normalize_name(c.place.name)].append((c, c.place.name))
    redirect: dict[int, Cluster] = {}
    for key, c in groups.items():
        # unknown, or a namesake the gazetteer could only guess ("El Dorado" alone, beside
        # "El Dorado, Kan." placed in another article)
        unknown = (
            c.type == "jurisdiction"
            and c.place is not None
            and (not c.place.level or c.place.ambiguous or c.unplaced)
        )
        if not unknown and (c.type != "organization" or key[1] != "name"):
            continue
        label = c.place.name if unknown and c.place is not None else label_of(c)
        found = by_name.get(normalize_name(label), [])
        if unknown:  # the one namesake the corpus places for sure
            found = [(p, n) for p, n in found if p is not c and _placed_over(p, c)]
        if not found and label.isupper() and len(label) <= 4:  # "NYC" read as a body
            read = places.lookup(label)
            found = by_name.get(normalize_name(read.name), []) if read else []
        if len(found) == 1:
            place, name = found[0]
            c.reasons.append(f"{label!r} joined the place {name!r}: same name")
            merge_into(place, c)
            redirect[id(c)] = place
    return redirect


def _placed_over(place: Cluster, guess: Cluster) -> bool:
    """Whether a reading of a name places it better than a guess: a reading a page's state
    placed, or, over a reading by the name alone, one a page's other towns made
    ("Centreville" beside "Sturgis" and "Three Rivers" is Michigan's, where a page naming
    no other town read Virginia's, the largest)."""
    if place.place is None or place.place.ambiguous:
        return False
    return not place.unplaced or (guess.by_name_alone and not place.by_name_alone)


def people_typed_apart(groups: dict[tuple[str, ...], Cluster]) -> dict[int, Cluster]:
    """A body named exactly as a person of the corpus, in full ("Dagoberto Funes Lemus" read
    as an organization in one article, a person in the others), is that person; never a
    name a body's head word ends ("... Corrections"), nor one of the tables. A body its
    sentence told as one ("the farmworker group Migrant Justice") is read right: the
    person the model guessed elsewhere joins it."""
    people: dict[str, list[Cluster]] = defaultdict(list)
    for c in groups.values():
        if c.type == "person":
            for name in c.names:
                if len(name.split()) > 1:
                    people[normalize_name(name)].append(c)
    redirect: dict[int, Cluster] = {}
    for key, c in groups.items():
        if c.type not in ("organization", "agency") or key[1] != "name":
            continue
        label = label_of(c)
        found = {id(p): p for p in people.get(normalize_name(label), [])}
        if len(found) != 1 or facility_or_group(label.split()):
            continue
        (person,) = found.values()
        if id(person) in redirect:
            continue
        if c.typed.startswith(f"typed {c.type}, not person"):
            c.reasons.append(f"the person {label_of(person)!r} joined {label!r}: {c.typed}")
            merge_into(c, person)
            redirect[id(person)] = c
            continue
        c.reasons.append(f"{label!r} joined the person {label_of(person)!r}: same full name")
        merge_into(person, c)
        redirect[id(c)] = person
    return redirect


# who and where tell which story a document is of: a town or county few documents name is
# as much the same story as a person they share
_COMPANY_TYPES = frozenset({"person", "agency", "organization", "jurisdiction"})


def corpus_company(by_doc: list[list[Cluster]], merged: dict[int, Cluster]) -> dict[int, set[str]]:
    """Corpus cluster -> the people, bodies and places named in the same documents (by
    label).

    News outlets are left out: the wire that carried two stories says nothing
    about whether they name the same person. Only a co-participant few documents name is
    evidence (every story names ICE); a person the corpus names often keeps the people and
    bodies named in two of their documents or more: their own story's, not one article's,
    nor a town (reviews). A body named often has none: a shared lawyer joined a group to a
    restaurant association of its initials (a review).
    """
    seen: dict[int, Counter[str]] = defaultdict(Counter)
    labelled: dict[int, str] = {}  # one label per corpus cluster, not one per document
    most = max(3, int(_COMPANY_SHARE * len(by_doc)))
    often: set[int] = set()
    named: dict[int, Cluster] = {}  # every actor, by key
    for clusters in by_doc:
        actors = {id(merged[id(c)]): merged[id(c)] for c in clusters if c.type in _COMPANY_TYPES}
        often |= {key for key, c in actors.items() if len(c.docs) > most}
        named.update(actors)
        labels = {
            key: labelled.get(key) or labelled.setdefault(key, label_of(c))
            for key, c in actors.items()
            if key not in often
        }
        for key in actors:
            seen[key].update({label for other, label in labels.items() if other != key and label})
    places = {label_of(c) for c in named.values() if c.type == "jurisdiction"}
    return {
        key: {n for n, k in told.items() if key not in often or (k > 1 and n not in places)}
        for key, told in seen.items()
        if key not in often or named[key].type == "person"
    }


def drop_shared_place_names(entities: dict[str, Entity]) -> None:
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
