"""Which event mentions report the same happening, within one article and across many.

A reporter who loads everything written about a story wants each thing that happened once,
with every outlet that reported it (issue 15). Each event mention becomes an
:class:`Occurrence`; :func:`same_happening` weighs the evidence a journalist would accept that
two of them are one happening, and ``grouping.group_occurrences`` joins them, strongest first.

Evidence, and its weight:

- the trigger family ("subpoenaed" = "issued subpoenas"; ``family`` in ``event_types.csv``),
  which two reports must share: 2;
- dates that agree (``dating``): 1.5 for the same day, 1 for overlapping spans or for one night
  told as "late Friday" and "early Saturday", 1 for a month and day its article gave no year
  ("Feb. 4") on the other's day;
- participants both name, each weighted by its rarity in the corpus (ICE in a corpus about ICE
  says little; a city's jail says much): up to 2;
- the same place, or one within the other: 0.5 (a place the gazetteer does not know, such as a
  neighbourhood, neither agrees nor disagrees);
- a report with no date published within a week after the other's date: 0.5;
- two reports with no date in articles published over a month apart: -1;
- similar clause wording, across articles: up to 0.75;
- the same exact count of those acted upon ("Nineteen of the workers were released",
  "the 19 were released"): 0.5.

Never the same happening: different trigger families (but for an act and the occasion it was done
at, told in one article: ``occasions``); acts gathered since a time ("since 2019, ICE has arrested
300 people") and one act; dates that cannot both be true (a date read against an inferred
publication date gets a week of slack); an undated report published before the other happened;
places in different jurisdictions; different people as the ones acted upon, or counts of them that
differ by more than one and a tenth ("11 were released", "23 were released"); across articles, no
participant and no place in common in articles hardly alike. Across articles the evidence must reach
:data:`ACROSS`, within one article :data:`WITHIN` (the family and one more agreement, such as a
shared participant).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from graphx.resolve.dating import (
    APART,
    MONTH_DAY,
    NEVER,
    SLACK,
    WEEKDAY,
    Span,
    certain_day,
    date_evidence,
    days_of_week,
    overlap,
    shift,
    told_one_day,
    weekday_only,
    widened,
)
from graphx.resolve.occasions import held_at

__all__ = [
    "ACROSS",
    "APART",
    "COUNTED",
    "MONTH_DAY",
    "LIKENESS",
    "NEVER",
    "RELATED",
    "SLACK",
    "SPECIFIC",
    "STORY_KEYS",
    "WEEKDAY",
    "WITHIN",
    "Corpus",
    "Occurrence",
    "Span",
    "certain_day",
    "counts_differ",
    "days_of_week",
    "different_people",
    "filed_there",
    "other_doers",
    "document_likeness",
    "overlap",
    "places_agree",
    "rarity_weights",
    "same_happening",
    "shift",
    "weekday_only",
    "widened",
]

ACROSS = 3.0
WITHIN = 2.5  # within one article the family and any one agreement more
RELATED = 1.0  # two related families ("arrested", "charged") instead of one: half the evidence
LIKENESS = 0.75  # two articles about one story: most of their rare names in common
UNLIKE = 0.05  # two articles this little alike, with no one and no place in common: two stories
STORY_KEYS = 10  # a document's rarest shared names: keys of its reports that name no one
PLACE = 0.5  # one place told twice, or a town and its county
BROAD_PLACE = 0.25  # a place and the state or country it lies in
THEME = 0.5  # within one article, the same thing acted on ("a report released", "the report")
PART = 1.5  # within one article, an act told as part of the other ("the raid, in which ...")
COUNTED = 0.5  # the same exact count of those acted upon ("Nineteen ..." and "the 19")
TALLY = 0.5  # the same split tally ("voted 3-2 Monday", "By a 3-2 vote, ... approved")
HEADLINE = 1.0  # a headline and its own article's report of one family: its story first
SPECIFIC = 0.9  # the rarity weight of a participant few articles name (a tenth or fewer)


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One event mention with its participants resolved to entity ids.

    ``span`` is the inclusive days its date covers (None when undated);
    ``weekday`` the day of the week its date text names (Monday 0: "Friday"), which
    still says something when the date could not be read in full; ``published`` the
    last day its document can have been published.
    """

    doc_id: str
    event_type: str
    family: str
    span: Span | None = None
    uncertain: bool = False
    published: dt.date | None = None
    agents: frozenset[str] = frozenset()
    patients: frozenset[str] = frozenset()
    others: frozenset[str] = frozenset()
    place: str = ""
    text: str = ""
    kin: str = ""  # the group of related families (``related_families.csv``); "" for its own
    weekday: int | None = None
    # the month and day its date names when its article could give no year ("Feb. 4")
    month_day: tuple[int, int] | None = None
    # a place the report implies (where its local body sits): it agrees, it never vetoes
    near: str = ""
    # told as another happening of its kind than the story's ("sent similar subpoenas")
    another: bool = False
    # told as acts gathered since a time ("since 2019, ICE has arrested 300 people")
    gathered: bool = False
    # how many it was done to, counted exactly ("released 19 workers"); None: not counted
    counted: int | None = None
    tally: str = ""  # a vote's ("voted 5-2"): two tallies are two votes
    theme: str = ""  # the thing it was done to ("report"): within an article, the same one
    theme_known: bool = False  # told as known already ("the report")
    # "late" for a day told late or at night, "early" for one told early or in the morning
    night: str = ""
    start: int = -1  # the trigger's offset in its article (-1: unknown)
    along: int = -1  # the offset of the trigger whose act it is told as part of (-1: none)
    headline: bool = False  # told in its article's headline
    # the town or county of its article's dateline, where it was filed: it may have been
    # there, which says only that first counts told of one day there may be revised
    filed: str = ""
    # worked out once: every comparison reads it (millions of times in a large corpus)
    participants: frozenset[str] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        everyone = self.agents
        if self.patients or self.others:  # one set more only where there is more than one
            everyone = self.agents | self.patients | self.others
        object.__setattr__(self, "participants", everyone)

    @property
    def kindred(self) -> str:
        return self.kin or self.family


@dataclass(slots=True)
class _Known:
    """Figures worked out once per corpus: a document's mass and its story keys."""

    masses: dict[str, float] = field(default_factory=dict)
    stories: dict[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Corpus:
    """What the decision needs to know of the corpus beyond the two mentions.

    ``weights``: entity id -> rarity in (0, 1]; ``within``: place id -> that
    place and every place containing it; ``levels``: place id -> "city", "county",
    "state"...; ``people``: ids of person entities; ``named``: document id -> the
    entities it names.
    """

    weights: Mapping[str, float] = field(default_factory=dict)
    within: Mapping[str, frozenset[str]] = field(default_factory=dict)
    levels: Mapping[str, str] = field(default_factory=dict)
    people: frozenset[str] = frozenset()
    named: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # what document_likeness worked out already: set anew for every Corpus made, so a
    # ``dataclasses.replace`` copy never reads its original's figures
    _known: _Known = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_known", _Known())

    def mass(self, entities: frozenset[str]) -> float:
        # fsum over a sorted list: the same sum whatever the hash seed (sets have no order)
        return math.fsum(self.weights.get(e, 0.5) ** 2 for e in sorted(entities))

    def document_mass(self, doc_id: str) -> float:
        masses = self._known.masses
        if doc_id not in masses:
            masses[doc_id] = self.mass(self.named.get(doc_id, frozenset()))
        return masses[doc_id]

    def story_keys(self, doc_id: str) -> tuple[str, ...]:
        """The rarest entities a document shares with another: what its story is about."""
        stories = self._known.stories
        if doc_id not in stories:
            named = self.named.get(doc_id, frozenset())
            shared = [e for e in named if self.weights.get(e, 1.0) < 1.0]
            ranked = sorted(shared, key=lambda e: (-self.weights.get(e, 1.0), e))
            stories[doc_id] = tuple(ranked[:STORY_KEYS])
        return stories[doc_id]


def rarity_weights(doc_counts: Mapping[str, int], documents: int) -> dict[str, float]:
    """How much sharing an entity says: 1 when one document names it, 0.1 when all do.

    >>> rarity_weights({"ice": 10, "jail": 1, "city": 4}, 10)
    {'ice': 0.1, 'jail': 1.0, 'city': 0.667}
    """
    spread = max(documents - 1, 1)
    return {
        entity: round(max(0.1, 1.0 - (max(count, 1) - 1) / spread), 3)
        for entity, count in doc_counts.items()
    }


def places_agree(a: str, b: str, corpus: Corpus) -> bool | None:
    """True for one place or one within the other, False for two jurisdictions, None unknown.

    A place the gazetteer does not know (not in ``corpus.within``: "the Westlake
    District", a neighbourhood) may lie in any other, so it says nothing either way.
    """
    if not a or not b:
        return None
    if a == b:
        return True
    if a not in corpus.within or b not in corpus.within:
        return None
    if a in corpus.within[b] or b in corpus.within[a]:
        return True
    if _state_unknown(a, b, corpus) or _state_unknown(b, a, corpus):
        return None
    return None if _county_unknown(a, b, corpus) or _county_unknown(b, a, corpus) else False


def _state_unknown(local: str, state: str, corpus: Corpus) -> bool:
    """A county or city whose state the corpus could not tell ("Adams County", of many
    states) beside a state: it may lie in it, so they do not disagree."""
    levels = corpus.levels
    unplaced = levels.get(local) in ("county", "city") and corpus.within[local] == {local}
    return unplaced and levels.get(state) == "state"


def _county_unknown(city: str, county: str, corpus: Corpus) -> bool:
    """A city in the county's state whose own county the corpus does not know ("Lyons,
    Ga." from a dateline, beside "Toombs County"): it may lie in it, so they do not
    disagree."""
    levels = corpus.levels
    if (levels.get(city), levels.get(county)) != ("city", "county"):
        return False
    chain = corpus.within[city]
    if any(levels.get(p) == "county" for p in chain):
        return False  # its county is known, and it is not this one
    return bool((chain - {city}) & (corpus.within[county] - {county}))


def document_likeness(a: str, b: str, corpus: Corpus) -> float:
    """How much two articles are about one story: the cosine of the entities they name,
    each weighted by its rarity (0 to 1).

    Systems that resolve events across documents first cluster the documents by topic
    and compare events within a cluster; this is that signal, as evidence among others.
    """
    # Not kept per pair: a large corpus has millions of pairs of articles.
    shared = corpus.named.get(a, frozenset()) & corpus.named.get(b, frozenset())
    if not shared:
        return 0.0
    total = math.sqrt(corpus.document_mass(a) * corpus.document_mass(b))
    return corpus.mass(shared) / total if total else 0.0


def counts_differ(a: int | None, b: int | None, *, one_day_and_place: bool = False) -> bool:
    """Two exact counts of those acted upon that cannot be one act's: "11 were released"
    and "23 were released". An outlet's later tally may differ by one or a tenth; of an
    act told on one day in one place, by two, as first counts are revised ("nine
    detained" in the first wire story, "11" the next day; a review found 20 and 24 at two
    sites of one city, 30 in the morning and 36 at night, joined by a quarter)."""
    if a is None or b is None:
        return False
    return abs(a - b) > (2 if one_day_and_place else max(1, max(a, b) // 10))


def filed_there(first: str, second: str, corpus: Corpus) -> bool:
    """Whether two reports' places, or the towns of the datelines they were filed under
    (``Occurrence.filed``), are known and do not disagree ("Fairfield" of no known county
    beside "Franklin County" of its state)."""
    return bool(first and second) and places_agree(first, second, corpus) is not False


def other_doers(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two reports' doers, both named, who share no one ("the sheriff's deputies" and ICE)."""
    return bool(a) and bool(b) and not a & b


def different_people(a: frozenset[str], b: frozenset[str], corpus: Corpus) -> bool:
    pa, pb = a & corpus.people, b & corpus.people
    return bool(pa) and bool(pb) and not (pa & pb)


def _own_evidence(a: Occurrence, b: Occurrence, corpus: Corpus) -> bool:
    """Evidence beyond the kind of happening that two reports tell one: both name places
    (that do not disagree), or both name a participant few articles name.

    "ICE sent similar subpoenas to Denver" is not the story's own subpoenas; it is one
    with another report only on such evidence, never on the kind and ICE alone.
    """
    if (a.place or a.near) and (b.place or b.near):
        return True
    shared = a.participants & b.participants
    return any(corpus.weights.get(e, 0.0) >= SPECIFIC for e in shared)


def _place_weight(a: str, b: str, corpus: Corpus) -> float:
    """How much two agreeing places say: a state holds every county of it, so "a ruling in
    Oregon" and "Josephine County" agree less than one county told twice."""
    broad = ("state", "country")
    if a != b and (corpus.levels.get(a) in broad or corpus.levels.get(b) in broad):
        return BROAD_PLACE
    return PLACE


def _what_agrees(a: Occurrence, b: Occurrence) -> float:
    """The weight of what the two acts were done to: the same exact count or tally, and within one
    article the same thing, told again as known ("a report released Wednesday", "the report
    was published by"), by no one else ("Human Rights Watch has published a report" and "a
    report published by the journal" are two); or one act told as part of the other ("the
    April raid, in which agents detained 61 workers")."""
    score = COUNTED if a.counted is not None and a.counted == b.counted else 0.0
    # a unanimous tally ("5-0") is how most votes end: it tells one vote from no other
    score += TALLY if a.tally and a.tally == b.tally and not a.tally.endswith("-0") else 0.0
    same_thing = a.theme and a.theme == b.theme and (a.theme_known or b.theme_known)
    others = other_doers(a.agents, b.agents)
    if a.doc_id == b.doc_id and same_thing and not (others or a.another or b.another):
        score += THEME
    part = a.along >= 0 and a.along == b.start or b.along >= 0 and b.along == a.start
    if a.doc_id == b.doc_id and part:
        score += PART
    # "Commissioners hear pitch to rent jail beds" over "commissioners on Thursday heard a
    # proposal": the headline's own story first; half for a related family, which then needs
    # a place or someone in common ("Agents raid Houma plant", "agents detained": probe234)
    if a.doc_id == b.doc_id and a.headline != b.headline:
        score += HEADLINE if a.family == b.family else HEADLINE / 2
    return score


def same_happening(a: Occurrence, b: Occurrence, corpus: Corpus) -> float:
    """The weight of evidence that two mentions report one happening (NEVER: they cannot)."""
    if (a.kindred != b.kindred and not held_at(a, b, corpus.people)) or a.gathered != b.gathered:
        return NEVER  # acts gathered since a time are no one act of a day told elsewhere
    dates = date_evidence(a, b)
    places = places_agree(a.place, b.place, corpus)
    if dates == NEVER or places is False or different_people(a.patients, b.patients, corpus):
        return NEVER
    if places is None and (a.near or b.near):
        places = places_agree(a.place or a.near, b.place or b.near, corpus) or None
    # (the sheriff's deputies' 12 at a checkpoint and ICE's 15 at a plant are two acts)
    others = other_doers(a.agents, b.agents)
    there = filed_there(a.place or a.filed, b.place or b.filed, corpus)
    revised = (places is True or there) and told_one_day(a, b) and not others
    if counts_differ(a.counted, b.counted, one_day_and_place=revised):
        return NEVER
    if a.tally != b.tally and a.tally and b.tally:
        return NEVER
    if (a.another or b.another) and not _own_evidence(a, b, corpus):
        return NEVER
    score = (2.0 if a.family == b.family else RELATED) + dates
    score += _place_weight(a.place or a.near, b.place or b.near, corpus) if places else 0.0
    score += _what_agrees(a, b)
    shared = a.participants & b.participants
    if shared:
        # fsum over a sorted list: the same score whatever the hash seed (sets have no order).
        score += min(2.0, math.fsum(corpus.weights.get(e, 0.5) for e in sorted(shared)))
    if different_people(a.agents, b.agents, corpus):
        score -= 1.0
    # One writer words different happenings alike ("arrested a man ... arrested a woman"):
    # wording counts across articles only.
    if a.doc_id != b.doc_id:
        likeness = document_likeness(a.doc_id, b.doc_id, corpus)
        if not (shared or places or likeness >= UNLIKE):
            return NEVER  # nothing but the kind and a month: another story's arrest
        if a.text and b.text:
            score += 0.75 * fuzz.token_sort_ratio(a.text.lower(), b.text.lower()) / 100
        score += LIKENESS * likeness
    return round(score, 9)
