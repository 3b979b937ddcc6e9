"""Grouping event mentions into happenings: which pairs to compare, and joining them.

``happenings.same_happening`` weighs two mentions; this module compares only mentions that share a
blocking key (a participant or the place, a month their dates touch, a split vote's tally, or the
names of the article of a mention that names no one or whose date is open towards the future),
joins pairs strongest first, and refuses any join that would put disagreeing dates, places or
people in one group (issue 15)."""

from __future__ import annotations

import datetime as dt
from array import array
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

import numpy as np
import numpy.typing as npt

from graphx.resolve.dating import holds_month_day, one_day_told, spans_joined
from graphx.resolve.happenings import (
    ACROSS,
    SLACK,
    WITHIN,
    Corpus,
    Occurrence,
    Span,
    certain_day,
    counts_differ,
    days_of_week,
    different_people,
    filed_there,
    other_doers,
    places_agree,
    same_happening,
    shift,
    weekday_only,
    widened,
)
from graphx.resolve.occasions import occasion_keys

__all__ = [
    "LARGEST_BLOCK",
    "WINDOW",
    "Grouper",
    "candidate_pairs",
    "group_occurrences",
]

# A key shared by more occurrences than this is compared in a sliding window over them in
# time order (each with its WINDOW nearest), so work stays linear and nothing is skipped.
LARGEST_BLOCK = 200
WINDOW = 50


def _months(span: Span) -> Iterator[str]:
    year, month = span[0].year, span[0].month
    for _ in range(13):
        if (year, month) > (span[1].year, span[1].month):
            return
        yield f"{year}-{month:02d}"
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def _keys(o: Occurrence, corpus: Corpus) -> Iterator[tuple[str, ...]]:
    """Blocking keys: two occurrences are compared only when they share one."""
    yield ("doc", o.doc_id, o.kindred)
    yield from occasion_keys(o)  # a meeting and the vote at it
    for entity in sorted(o.participants | {p for p in (o.place, o.near) if p}):
        yield (o.kindred, entity)
    if o.tally and not o.tally.endswith("-0"):
        yield (o.kindred, "tally", o.tally)  # "voted 13-6", "on a 13-6 roll call": a split vote
    span = widened(o)
    if span is not None:
        for month in _months(span):
            yield (o.kindred, month)
    elif o.published is not None:
        before = shift(o.published, -dt.timedelta(days=31))
        yield from ((o.kindred, m) for m in _months((before, o.published)))
    # "launched Monday" names no one: it meets the reports that name what its article is
    # about (the rarest names the article shares with others), as if it named them. So does
    # a date open towards the future ("Wednesday" in an article of 2017 or later), or a
    # weekday of no known week or a month and day of no known year, whose months no key
    # can cover.
    open_ended = span is not None and span[1] == dt.date.max
    no_year = o.weekday is not None or o.month_day is not None
    unplaced = span is None and no_year and o.published is None
    if not o.participants or open_ended or unplaced:
        for entity in corpus.story_keys(o.doc_id):
            yield (o.kindred, entity)


def candidate_pairs(
    occurrences: Sequence[Occurrence],
    corpus: Corpus | None = None,
    among: set[int] | None = None,
    within: set[int] | None = None,
) -> Iterator[tuple[int, int]]:
    """Pairs (i < j) that share a blocking key, each once; with ``among``, only pairs with a
    member in it; with ``within``, only pairs of its members.

    Every pair of a block of up to LARGEST_BLOCK members; in a larger block, each member
    with the WINDOW after it in time. A pair is found from its earlier member in time only,
    and that member's partners are gathered from all its blocks at once, so no set of all
    pairs is ever held (tens of millions at 10,000 articles).
    """
    corpus = corpus or Corpus()
    keyed: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, o in enumerate(occurrences):
        if within is None or i in within:
            for key in dict.fromkeys(_keys(o, corpus)):  # a name both named and a story key
                keyed[key].append(i)
    memberships = _memberships(occurrences, keyed.values(), among)
    del keyed
    for i, blocks in enumerate(memberships):
        partners: set[int] = set()
        for members, at in blocks:
            end = len(members) if len(members) <= LARGEST_BLOCK else at + 1 + WINDOW
            partners.update(members[at + 1 : end])
        memberships[i] = []  # let it go as the walk goes on
        for j in partners:
            if among is None or i in among or j in among:
                yield (i, j) if i < j else (j, i)


def _memberships(
    occurrences: Sequence[Occurrence], blocks: Iterable[list[int]], among: set[int] | None
) -> list[list[tuple[list[int], int]]]:
    """For each occurrence, the blocks it is in (members in time order) and its place there."""
    order = sorted(range(len(occurrences)), key=lambda i: (_when(occurrences[i]), i))
    rank = [0] * len(occurrences)
    for at, i in enumerate(order):
        rank[i] = at
    memberships: list[list[tuple[list[int], int]]] = [[] for _ in occurrences]
    for members in blocks:
        if len(members) < 2 or (among is not None and among.isdisjoint(members)):
            continue
        members.sort(key=rank.__getitem__)
        for at, i in enumerate(members):
            memberships[i].append((members, at))
    return memberships


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
    month_days: frozenset[tuple[int, int]]  # of its reports dated by a month and day, no year
    told_by: dt.date | None  # the earliest day one of its reports told it as done
    counts: frozenset[int]  # its reports' exact counts of those acted upon
    tallies: frozenset[str]  # its reports' vote tallies ("5-2"): one at most
    # the days its reports told late or at night, and early or in the morning ("overnight")
    nights: frozenset[tuple[dt.date, str]] = frozenset()
    filed: str = ""  # where its first report was filed (``Occurrence.filed``)
    agents: frozenset[str] = frozenset()  # who its reports say did it

    @classmethod
    def of(cls, i: int, o: Occurrence) -> _Group:
        weekday = {o.weekday} if o.weekday is not None and weekday_only(o) else set()
        month_day = {o.month_day} if o.month_day is not None else set()
        return cls(
            [i],
            widened(o),
            o.place,
            o.patients,
            frozenset(weekday),
            frozenset(month_day),
            _told_by(o),
            frozenset() if o.counted is None else frozenset({o.counted}),
            frozenset({o.tally} - {""}),
            frozenset({(day, o.night)}) if o.night and (day := certain_day(o)) else frozenset(),
            o.filed,
            o.agents,
        )


def _done_to_others(a: _Group, b: _Group, corpus: Corpus) -> bool:
    """Other people, or counts of them one act's reports cannot give (first counts revised
    are one act's when told on one day in one place)."""
    there = filed_there(a.place or a.filed, b.place or b.filed, corpus)
    others = other_doers(a.agents, b.agents)
    revised = there and not others and one_day_told((a.span, a.month_days), (b.span, b.month_days))
    return different_people(a.patients, b.patients, corpus) or any(
        counts_differ(m, n, one_day_and_place=revised) for m in a.counts for n in b.counts
    )


def _told_by(o: Occurrence) -> dt.date | None:
    """The day a report's article was published, when it tells the happening as done by
    then: with no date, or a date wholly before it; not one told ahead ("will testify on
    Feb. 10"), nor a span that holds the publication ("is set to testify this month")."""
    if o.published is None or (o.span is not None and o.span[1] > o.published):
        return None
    return o.published


def _joined(a: _Group, b: _Group, corpus: Corpus) -> _Group | None:
    """The two groups as one, or None when their dates, places or people disagree."""
    fits, span = spans_joined((a.span, a.nights), (b.span, b.nights))
    if not fits:
        return None
    if places_agree(a.place, b.place, corpus) is False or _done_to_others(a, b, corpus):
        return None
    if len(a.tallies | b.tallies) > 1:
        return None  # "voted 5-2" in one report, "voted 4-2" in another
    weekdays = a.weekdays | b.weekdays
    if len(weekdays) > 1 or (span and weekdays - days_of_week(span)):
        return None  # "Friday" in one report, "Monday" or a Tuesday's date in another
    month_days = a.month_days | b.month_days
    if len(month_days) > 1 or (span and any(not holds_month_day(span, d) for d in month_days)):
        return None  # "Feb. 4" in one report, "Feb. 5" or a day in March in another
    told_by = min(filter(None, (a.told_by, b.told_by)), default=None)
    if span and told_by and span[0] > shift(told_by, SLACK):
        return None  # a report published before the happening told it as done
    # The deeper place stands for both ("Queens" within "New York City"); a known place
    # before one the gazetteer does not know, which could veto nothing.
    place = a.place or b.place
    if (
        a.place
        and b.place
        and (a.place in corpus.within.get(b.place, frozenset()) or a.place not in corpus.within)
    ):
        place = b.place
    people = a.patients | b.patients
    members = sorted(a.members + b.members)
    counts, tallies = a.counts | b.counts, a.tallies | b.tallies
    nights = a.nights | b.nights
    return _Group(
        members, span, place, people, weekdays, month_days, told_by, counts, tallies, nights,
        a.filed or b.filed, a.agents | b.agents,
    )  # fmt: skip


@dataclass(frozen=True, slots=True)
class Scored:
    """Pairs whose evidence reached the bar, strongest first (ties by index), held as three
    arrays: at 10,000 articles there are millions, and a tuple a pair took gigabytes."""

    neg_score: npt.NDArray[np.float64]
    first: npt.NDArray[np.int64]
    second: npt.NDArray[np.int64]

    @classmethod
    def of(cls, neg: array[float], first: array[int], second: array[int]) -> Scored:
        return cls._sorted(
            np.asarray(neg, dtype=np.float64),
            np.asarray(first, dtype=np.int64),
            np.asarray(second, dtype=np.int64),
        )

    @classmethod
    def _sorted(
        cls,
        neg: npt.NDArray[np.float64],
        first: npt.NDArray[np.int64],
        second: npt.NDArray[np.int64],
    ) -> Scored:
        order = np.lexsort((second, first, neg))
        return cls(neg[order], first[order], second[order])

    def pairs(self, chunk: int = 100_000) -> Iterator[tuple[int, int]]:
        for at in range(0, len(self.first), chunk):
            firsts, seconds = self.first[at : at + chunk], self.second[at : at + chunk]
            yield from zip(firsts.tolist(), seconds.tolist(), strict=True)

    def without(self, changed: set[int]) -> Scored:
        """The pairs with no member in ``changed``."""
        gone = np.fromiter(changed, dtype=np.int64, count=len(changed))
        keep = ~(np.isin(self.first, gone) | np.isin(self.second, gone))
        return Scored(self.neg_score[keep], self.first[keep], self.second[keep])

    def plus(self, other: Scored) -> Scored:
        return Scored._sorted(
            np.concatenate((self.neg_score, other.neg_score)),
            np.concatenate((self.first, other.first)),
            np.concatenate((self.second, other.second)),
        )


def _scored(
    pairs: Iterable[tuple[int, int]], occurrences: Sequence[Occurrence], corpus: Corpus
) -> Scored:
    """The pairs whose evidence reaches the bar, strongest first (ties by index)."""
    neg, first, second = array("d"), array("q"), array("q")
    for i, j in pairs:
        a, b = occurrences[i], occurrences[j]
        score = same_happening(a, b, corpus)
        if score >= (WITHIN if a.doc_id == b.doc_id else ACROSS):
            neg.append(-score)
            first.append(i)
            second.append(j)
    return Scored.of(neg, first, second)


@dataclass(slots=True)
class _Grouping:
    """Groups of occurrences joined so far, and which group each occurrence is in."""

    groups: dict[int, _Group]
    owner: list[int]

    @classmethod
    def of(cls, occurrences: Sequence[Occurrence]) -> _Grouping:
        groups = {i: _Group.of(i, o) for i, o in enumerate(occurrences)}
        return cls(groups, list(range(len(occurrences))))

    def join(self, scored: Scored, corpus: Corpus) -> None:
        for i, j in scored.pairs():
            gi, gj = self.owner[i], self.owner[j]
            if gi == gj:
                continue
            joined = _joined(self.groups[gi], self.groups[gj], corpus)
            if joined is None:
                continue
            keep, drop = min(gi, gj), max(gi, gj)
            self.groups[keep] = joined
            del self.groups[drop]
            for member in joined.members:
                self.owner[member] = keep

    def dated(self, occurrences: Sequence[Occurrence]) -> list[Occurrence]:
        """Each occurrence with the day its group's dated reports agree on, where it has
        no day of its own: the happening as known so far."""
        out = list(occurrences)
        for group in self.groups.values():
            days = {d for m in group.members if (d := certain_day(occurrences[m])) is not None}
            if len(days) != 1:
                continue
            (day,) = days
            for m in group.members:
                if certain_day(occurrences[m]) is None:
                    known = replace(occurrences[m], span=(day, day), uncertain=False)
                    out[m] = replace(known, weekday=None, month_day=None)
        return out


@dataclass(slots=True)
class Grouper:
    """Groups occurrences into happenings, and remembers the pairs of its last round that
    reached the bar: a next round over the same reports, some of them changed (new
    objects), scores again only the pairs with a changed report."""

    corpus: Corpus
    last: Sequence[Occurrence] = ()
    settled: Scored | None = None

    def group(self, occurrences: Sequence[Occurrence]) -> list[list[int]]:
        """Occurrences grouped into happenings, each group in input order, groups by first
        member (see ``group_occurrences``)."""
        corpus = self.corpus
        if self.settled is not None and len(self.last) == len(occurrences):
            pairs = zip(occurrences, self.last, strict=True)
            changed = {i for i, (o, before) in enumerate(pairs) if o is not before}
            fresh = _scored(candidate_pairs(occurrences, corpus, changed), occurrences, corpus)
            scored = self.settled.without(changed).plus(fresh)
        else:
            scored = _scored(candidate_pairs(occurrences, corpus), occurrences, corpus)
        self.last, self.settled = occurrences, scored
        grouping = _Grouping.of(occurrences)
        grouping.join(scored, corpus)
        _join_as_dated(grouping, occurrences, corpus)
        return [grouping.groups[g].members for g in sorted(grouping.groups)]


def _join_as_dated(grouping: _Grouping, occurrences: Sequence[Occurrence], corpus: Corpus) -> None:
    """The second pass: reports that had no day of their own against the others dated as
    their happenings are so far."""
    dated = grouping.dated(occurrences)
    changed = {i for i, (o, d) in enumerate(zip(occurrences, dated, strict=True)) if o is not d}
    # A report dated only now matters to those with no certain day of their own.
    loose = {i for i, o in enumerate(occurrences) if o.span is None or weekday_only(o)}
    owner = grouping.owner
    apart = (
        (i, j)
        for i, j in candidate_pairs(dated, corpus, changed, changed | loose)
        if owner[i] != owner[j] and ((i in changed and j in loose) or (j in changed and i in loose))
    )
    grouping.join(_scored(apart, dated, corpus), corpus)


def group_occurrences(occurrences: Sequence[Occurrence], corpus: Corpus) -> list[list[int]]:
    """Occurrences grouped into happenings, each group in input order, groups by first member.

    Pairs are joined strongest evidence first, and a join that would put disagreeing dates, places
    or people in one group is refused, so no chain of pairwise matches can merge two happenings that
    cannot be one. A second pass compares the reports that had no day of their own with the others,
    as their happenings are dated so far: "launched Monday" meets the undated "the program was
    launched" of an article whose other report dates the launch Monday, 6 May.
    """
    return Grouper(corpus).group(occurrences)
