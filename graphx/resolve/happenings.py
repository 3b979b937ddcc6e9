"""Which event mentions report the same happening, within one article and across many.

A reporter who loads everything written about a story wants each thing that
happened once, with every outlet that reported it (issue 15). Each event
mention becomes an :class:`Occurrence`; :func:`same_happening` weighs the
evidence a journalist would accept that two of them are one happening, and
:func:`group_occurrences` joins them, strongest evidence first.

Evidence, and its weight:

- the trigger family ("subpoenaed" = "issued subpoenas"; ``family`` in
  ``resources/event_types.csv``), which two reports must share: 2;
- dates that agree: 1.5 for the same day, 1 for overlapping spans;
- participants both name, each weighted by its rarity in the corpus (ICE in a
  corpus about ICE says little; a city's jail says much): up to 2;
- the same place, or one within the other: 0.5;
- a report with no date published within a week after the other's date: 0.5;
- similar clause wording, across articles: up to 0.75.

Never the same happening: different trigger families; dates that
cannot both be true (a date read against an inferred publication date gets a
week of slack); an undated report published before the other happened;
places in different jurisdictions; different people as the ones acted upon.
Across articles the evidence must reach :data:`ACROSS`, within one article
:data:`WITHIN` (the family and one more agreement, such as a shared participant).
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations

from rapidfuzz import fuzz

__all__ = [
    "ACROSS",
    "WITHIN",
    "Corpus",
    "Occurrence",
    "document_likeness",
    "group_occurrences",
    "rarity_weights",
    "same_happening",
]

ACROSS = 3.0
WITHIN = 2.5  # within one article the family and any one agreement more
SLACK = dt.timedelta(days=7)  # how far a date read against an inferred publication date may be off
# A key shared by more occurrences than this is compared in a sliding window over them in
# time order (each with its WINDOW nearest), so work stays linear and nothing is skipped.
LARGEST_BLOCK = 200
WINDOW = 50
NEVER = float("-inf")
RELATED = 1.0  # two related families ("arrested", "charged") instead of one: half the evidence
WEEKDAY = 0.5  # two reports name one weekday by chance one time in seven
LIKENESS = 0.75  # two articles about one story: most of their rare names in common

Span = tuple[dt.date, dt.date]


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

    @property
    def kindred(self) -> str:
        return self.kin or self.family

    @property
    def participants(self) -> frozenset[str]:
        return self.agents | self.patients | self.others


@dataclass(frozen=True, slots=True)
class Corpus:
    """What the decision needs to know of the corpus beyond the two mentions.

    ``weights``: entity id -> rarity in (0, 1]; ``within``: place id -> that
    place and every place containing it; ``people``: ids of person entities;
    ``named``: document id -> the entities it names.
    """

    weights: Mapping[str, float] = field(default_factory=dict)
    within: Mapping[str, frozenset[str]] = field(default_factory=dict)
    people: frozenset[str] = frozenset()
    named: Mapping[str, frozenset[str]] = field(default_factory=dict)


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


def _shift(day: dt.date, by: dt.timedelta) -> dt.date:
    """``day + by``, held at the calendar's ends (a date of 0001 or 9999 is allowed in)."""
    try:
        return day + by
    except OverflowError:
        return dt.date.max if by > dt.timedelta(0) else dt.date.min


def _widened(o: Occurrence) -> Span | None:
    if o.span is None:
        return None
    return (_shift(o.span[0], -SLACK), _shift(o.span[1], SLACK)) if o.uncertain else o.span


def _overlap(a: Span, b: Span) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _certain_day(o: Occurrence) -> dt.date | None:
    if o.span is None or o.uncertain or o.span[0] != o.span[1]:
        return None
    return o.span[0]


def _weekday_only(o: Occurrence) -> bool:
    """Dated by a weekday it could not place in a week ("Friday", no publication date)."""
    return o.weekday is not None and (o.span is None or o.uncertain)


def _weekday_evidence(a: Occurrence, b: Occurrence) -> float:
    """A report dated only by its weekday against the other's day: NEVER when they differ."""
    for named, other in ((a, b), (b, a)):
        if not _weekday_only(named):
            continue
        day = _certain_day(other)
        theirs = day.weekday() if day is not None else other.weekday
        if theirs is None:
            return 0.0
        return WEEKDAY if theirs == named.weekday else NEVER
    return 0.0


def _span_evidence(a: Occurrence, b: Occurrence) -> float:
    """Agreement of the dates' spans, or NEVER when they cannot both be true."""
    wa, wb = _widened(a), _widened(b)
    if wa is not None and wb is not None:
        if not _overlap(wa, wb):
            return NEVER
        if dt.date.max in (wa[1], wb[1]):
            return 0.0  # a date open towards the future can be true, but agrees with nothing
        same_day = a.span == b.span and a.span is not None and a.span[0] == a.span[1]
        return 1.5 if same_day else 1.0
    dated, undated = (a, b) if wa is not None else (b, a)
    if dated.span is None or undated.published is None:
        return 0.0
    lag = undated.published - dated.span[1]
    if undated.published < _shift(dated.span[0], -SLACK):
        return NEVER  # reported before it happened
    return 0.5 if dt.timedelta(0) <= lag <= SLACK else 0.0


def _date_evidence(a: Occurrence, b: Occurrence) -> float:
    """Agreement of the dates, or NEVER when they cannot both be true."""
    weekdays = _weekday_evidence(a, b)
    spans = _span_evidence(a, b) if weekdays != NEVER else NEVER
    return spans if spans == NEVER else max(spans, weekdays)


def _places_agree(a: str, b: str, corpus: Corpus) -> bool | None:
    """True for one place or one within the other, False for two jurisdictions, None unknown."""
    if not a or not b:
        return None
    return a in corpus.within.get(b, frozenset({b})) or b in corpus.within.get(a, frozenset({a}))


def document_likeness(a: str, b: str, corpus: Corpus) -> float:
    """How much two articles are about one story: the cosine of the entities they name,
    each weighted by its rarity (0 to 1).

    Systems that resolve events across documents first cluster the documents by topic
    and compare events within a cluster; this is that signal, as evidence among others.
    """
    named_a, named_b = corpus.named.get(a, frozenset()), corpus.named.get(b, frozenset())
    if not named_a or not named_b:
        return 0.0

    def mass(entities: frozenset[str]) -> float:
        return math.fsum(corpus.weights.get(e, 0.5) ** 2 for e in sorted(entities))

    return mass(named_a & named_b) / math.sqrt(mass(named_a) * mass(named_b))


def _different_people(a: frozenset[str], b: frozenset[str], corpus: Corpus) -> bool:
    pa, pb = a & corpus.people, b & corpus.people
    return bool(pa) and bool(pb) and not (pa & pb)


def same_happening(a: Occurrence, b: Occurrence, corpus: Corpus) -> float:
    """The weight of evidence that two mentions report one happening (NEVER: they cannot)."""
    if a.kindred != b.kindred:
        return NEVER
    dates = _date_evidence(a, b)
    places = _places_agree(a.place, b.place, corpus)
    if dates == NEVER or places is False or _different_people(a.patients, b.patients, corpus):
        return NEVER
    score = (2.0 if a.family == b.family else RELATED) + dates + (0.5 if places else 0.0)
    shared = sorted(a.participants & b.participants)
    # fsum over a sorted list: the same score whatever the hash seed (sets have no order).
    score += min(2.0, math.fsum(corpus.weights.get(e, 0.5) for e in shared))
    if _different_people(a.agents, b.agents, corpus):
        score -= 1.0
    # One writer words different happenings alike ("arrested a man ... arrested a woman"):
    # wording counts across articles only.
    if a.text and b.text and a.doc_id != b.doc_id:
        score += 0.75 * fuzz.token_sort_ratio(a.text.lower(), b.text.lower()) / 100
    if a.doc_id != b.doc_id:
        score += LIKENESS * document_likeness(a.doc_id, b.doc_id, corpus)
    return round(score, 9)


def _months(span: Span) -> Iterator[str]:
    year, month = span[0].year, span[0].month
    for _ in range(13):
        if (year, month) > (span[1].year, span[1].month):
            return
        yield f"{year}-{month:02d}"
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def _keys(o: Occurrence) -> Iterator[tuple[str, ...]]:
    """Blocking keys: two occurrences are compared only when they share one."""
    yield ("doc", o.doc_id, o.kindred)
    for entity in sorted(o.participants | ({o.place} if o.place else set())):
        yield (o.kindred, entity)
    widened = _widened(o)
    if widened is not None:
        for month in _months(widened):
            yield (o.kindred, month)
    elif o.published is not None:
        before = _shift(o.published, -dt.timedelta(days=31))
        yield from ((o.kindred, m) for m in _months((before, o.published)))
    # "Friday" with no publication date meets the reports of a Friday ("wd4").
    weekday = o.weekday if _weekday_only(o) else _certain_day(o)
    if isinstance(weekday, dt.date):
        weekday = weekday.weekday()
    if weekday is not None:
        yield (o.kindred, f"wd{weekday}")


def _candidate_pairs(occurrences: Sequence[Occurrence]) -> set[tuple[int, int]]:
    blocks: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, o in enumerate(occurrences):
        for key in _keys(o):
            blocks[key].append(i)
    pairs: set[tuple[int, int]] = set()
    for members in blocks.values():
        if len(members) <= LARGEST_BLOCK:
            pairs.update(combinations(members, 2))
            continue
        ordered = sorted(members, key=lambda i: (_when(occurrences[i]), i))
        for n, i in enumerate(ordered):
            pairs.update((min(i, j), max(i, j)) for j in ordered[n + 1 : n + 1 + WINDOW])
    return pairs


def _when(o: Occurrence) -> dt.date:
    """Where an occurrence sits in time, for the sliding window: its date, else its report's."""
    if o.span is not None:
        return o.span[0]
    return o.published or dt.date.min


@dataclass(slots=True)
class _Group:
    members: list[int]
    span: Span | None
    place: str
    patients: frozenset[str]
    weekdays: frozenset[int]  # of its reports dated only by a weekday

    @classmethod
    def of(cls, i: int, o: Occurrence) -> _Group:
        weekday = {o.weekday} if o.weekday is not None and _weekday_only(o) else set()
        return cls([i], _widened(o), o.place, o.patients, frozenset(weekday))


def _joined(a: _Group, b: _Group, corpus: Corpus) -> _Group | None:
    """The two groups as one, or None when their dates, places or people disagree."""
    span = a.span or b.span
    if a.span is not None and b.span is not None:
        if not _overlap(a.span, b.span):
            return None
        span = (max(a.span[0], b.span[0]), min(a.span[1], b.span[1]))
    if _places_agree(a.place, b.place, corpus) is False:
        return None
    if _different_people(a.patients, b.patients, corpus):
        return None
    weekdays = a.weekdays | b.weekdays
    if len(weekdays) > 1 or (span and span[0] == span[1] and weekdays - {span[0].weekday()}):
        return None  # "Friday" in one report, "Monday" or a Tuesday's date in another
    # The deeper place stands for both ("Queens" within "New York City").
    place = a.place or b.place
    if a.place and b.place and a.place in corpus.within.get(b.place, frozenset()):
        place = b.place
    return _Group(sorted(a.members + b.members), span, place, a.patients | b.patients, weekdays)


def group_occurrences(occurrences: Sequence[Occurrence], corpus: Corpus) -> list[list[int]]:
    """Occurrences grouped into happenings, each group in input order, groups by first member.

    Pairs are joined strongest evidence first, and a join that would put
    disagreeing dates, places or people in one group is refused, so no chain
    of pairwise matches can merge two happenings that cannot be one.
    """
    scored = []
    for i, j in _candidate_pairs(occurrences):
        a, b = occurrences[i], occurrences[j]
        score = same_happening(a, b, corpus)
        if score >= (WITHIN if a.doc_id == b.doc_id else ACROSS):
            scored.append((-score, i, j))
    groups = {i: _Group.of(i, o) for i, o in enumerate(occurrences)}
    owner = list(range(len(occurrences)))
    for _, i, j in sorted(scored):
        gi, gj = owner[i], owner[j]
        if gi == gj:
            continue
        joined = _joined(groups[gi], groups[gj], corpus)
        if joined is None:
            continue
        keep, drop = min(gi, gj), max(gi, gj)
        groups[keep] = joined
        del groups[drop]
        for member in joined.members:
            owner[member] = keep
    return [groups[g].members for g in sorted(groups)]
