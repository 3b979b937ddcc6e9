"""Within one document: group its mentions into local clusters, one per entity.

Names from the resource tables join by their id, acronyms defined in the
text ("New York City Department of Corrections (NYDOC)") join the name they
follow, surname-only and partial person names join the fuller name of the
same document ("Lucero" -> "Henry Lucero"), short forms a longer name
("Herald" -> "Boston Herald"), and jurisdictions join by their gazetteer
place (``graphx.extract.places``). The outlet that published the document
is one of its media entities.
"""

from __future__ import annotations

import re

from graphx.extract import court_districts, places, seated
from graphx.extract.gazetteer import post_office_town
from graphx.extract.ner import KnownName, normalize_name
from graphx.model import DocExtraction, Document, Mention
from graphx.resolve import bodies, body_forms, local_bodies
from graphx.resolve.aliases import AliasRules
from graphx.resolve.clusters import (
    ORG_TYPES,
    Cluster,
    defined_acronyms,
    named_cluster,
    outlets_of,
    person_named,
    same_org,
    sentence_text,
    tokens_of,
)
from graphx.resolve.guesses import read_as_a_guess
from graphx.resolve.own_outlet import OwnOutlet
from graphx.resolve.page_places import PagePlaces, with_towns_of_townships
from graphx.resolve.roles import Page, document_roles

__all__ = ["DocResolver"]


class DocResolver:
    """Groups the mentions of one document into local clusters."""

    def __init__(
        self,
        doc: Document,
        ext: DocExtraction,
        names: dict[str, KnownName],
        rules: AliasRules,
        gazetteer: places.Gazetteer,
    ):
        self.own_outlet = OwnOutlet(doc, gazetteer)
        # the outlet's names the model read as places place nothing ("the Beacon")
        ext = self.own_outlet.read_in(ext)
        self.doc, self.ext, self.names, self.rules = doc, ext, names, rules
        self.gazetteer = gazetteer
        self.clusters: list[Cluster] = []
        self.of_mention: list[Cluster | None] = [None] * len(ext.mentions)
        self.by_key: dict[tuple[str, ...], Cluster] = {}
        self.page = PagePlaces(doc, ext, gazetteer)

    def run(self) -> list[Cluster | None]:
        acronyms = defined_acronyms(self.doc, self.ext)
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
        document_roles(Page(self.doc, self.ext.mentions, self.of_mention, self.clusters))
        # where the page's places are, not where a body sits ("ICE's Dallas field office"),
        # and, last, its outlet's state ("Southwest Oklahoma Ledger")
        context = with_towns_of_townships(self.page.named, self.gazetteer) + self.page.outlets
        body_forms.add_place_forms(self.clusters, context, self.names, self.gazetteer)
        self._counties_of_bodies(context)
        return self.of_mention

    def _counties_of_bodies(self, context: list[str]) -> None:
        """A county a body's name begins with is named ("the Sherburne County jail");
        ``context``: the document's place names."""
        for m, place in bodies.counties_of(self.ext.mentions, context, self.gazetteer):
            key = ("place", place.name, place.level, place.parent)
            county = self._new("jurisdiction", key, place=place)
            county.doc_evidence.setdefault(self.doc.id, sentence_text(self.doc, self.ext, m))
            county.evidence = county.evidence or county.doc_evidence[self.doc.id]

    def _possessive_forms(self) -> None:
        """ "ICE's Enforcement and Removal Operations" is also a name of the unit."""
        ms = self.ext.mentions
        for prev, (j, m) in zip(ms, enumerate(ms[1:], start=1), strict=False):
            cluster = self.of_mention[j]
            gap = self.doc.text[prev.end : m.start]
            owner = self.of_mention[j - 1]
            if owner is None or owner.type not in ("agency", "organization"):
                continue  # "Biden's DHS" is not a name of DHS
            if cluster is not None and cluster.type in ORG_TYPES and re.fullmatch(r"['’]s\s+", gap):
                cluster.names[self.doc.text[prev.start : m.end]] += 0

    def source_cluster(self) -> Cluster | None:
        """The outlet that published the document is a media entity of it (no mention counted).

        "National Memo (Harbor Times/TNS)" names the publisher and, in
        parentheses, the outlets it credits: each is a media entity of the
        document (issue 16).
        """
        outlets = list(dict.fromkeys(self.own_outlet.by_key.values()))
        for outlet in outlets[1:]:
            self._outlet(outlet)
        if not outlets:
            return None
        own = self._outlet(outlets[0])
        for sign in self.own_outlet.call_signs:  # "WDVN-TV", "WDVN" of "Action 33 News (WDVN-TV)"
            for name in (sign, *bodies.station_names(sign)):
                own.names[name] += 0
        return own

    def _outlet(self, name: str) -> Cluster:
        known = self.names.get(normalize_name(name))
        kind = known.type if known else bodies.publisher_kind(name, self.names)
        if known:
            cluster = self._new(kind, ("canon", known.id), canonical=known.id)
        elif kind != "media":
            return self._publishing_body(name, kind)
        else:
            cluster = self._new(kind, ("name", normalize_name(name)))
        cluster.names[name] += 0
        for station in bodies.station_names(name) if kind == "media" else []:
            cluster.names[station] += 0  # "KNYE", "KNYE 95.1" of "KNYE 95.1 The Valley"
        if kind == "media" and bodies.edition_base(name):
            cluster.forms.add(bodies.edition_base(name))  # "... Times Weekly" (issue 16)
        return cluster

    def _publishing_body(self, name: str, kind: str) -> Cluster:
        """A body that publishes its own release: the cluster its text names it by ("The
        ACLU of Iowa today filed suit"), else its own, under a chapter's full name
        ("American Civil Liberties Union of Iowa")."""
        chapter = bodies.chapter_name(name, self.names, self.gazetteer)
        if own := named_cluster(self.clusters, kind, {name, chapter or name}):
            return own
        label = {"label": chapter} if chapter else {}
        cluster = self._new(kind, ("name", normalize_name(chapter or name)), **label)
        cluster.names[name] += 0
        return cluster

    def _priority(self, i: int) -> tuple[int, int, int]:
        """Longer, table-backed names first, so short forms find their full name."""
        m = self.ext.mentions[i]
        return (0 if m.canonical and m.type != "person" else 1, -len(m.text.split()), i)

    def _add(self, i: int, cluster: Cluster) -> None:
        m = self.ext.mentions[i]
        self.of_mention[i] = cluster
        # a consulate by its name with its town only: a country's offices in two towns
        # would join by their bare name
        cluster.names[cluster.label if cluster.key[0] == "seat" else m.text] += 1
        cluster.mentions += 1
        if (
            m.title
            and cluster.type == "person"
            and self.doc.text[: m.start].rstrip().endswith(m.title)
        ):
            cluster.titled.add(f"{m.title} {m.text}")
        if self.doc.id not in cluster.doc_evidence:
            cluster.doc_evidence[self.doc.id] = sentence_text(self.doc, self.ext, m)
        if not cluster.evidence:
            cluster.evidence = cluster.doc_evidence[self.doc.id]
        cluster.typed = cluster.typed or m.type_reason

    def _new(self, kind: str, key: tuple[str, ...], **extra: object) -> Cluster:
        if (kind, *key) in self.by_key:
            return self.by_key[(kind, *key)]
        cluster = Cluster(kind, key, docs={self.doc.id}, **extra)  # type: ignore[arg-type]
        self.by_key[(kind, *key)] = cluster
        self.clusters.append(cluster)
        return cluster

    def _seated(self, i: int) -> str:
        """A body's name with the place after it: a consulate's town, a court's state."""
        text, mentions = self.doc.text, self.ext.mentions
        return seated.named_with_its_town(text, mentions, i) or (
            court_districts.named_with_its_state(text, mentions, i)
        )

    def _cluster_for(self, i: int, m: Mention) -> Cluster:
        norm = normalize_name(m.text)
        if self.rules.apart_in(m.type, norm, self.doc.id):
            return self._new(m.type, ("apart", norm))
        split = (m.type, norm) in self.rules.split or ("", norm) in self.rules.split
        if not split and (outlet := self.own_outlet.named(m, norm)):
            return self._outlet(outlet)
        merged = self.rules.merge.get((m.type, norm)) or self.rules.merge.get(("", norm))
        if merged:
            known = self.names.get(normalize_name(merged))
            if known and known.type == m.type:
                return self._new(m.type, ("canon", known.id), canonical=known.id)
            return self._new(m.type, ("name", normalize_name(merged)), label=merged)
        if m.type == "jurisdiction":
            return self._jurisdiction(i, m)
        if not split and (seat := self._seated(i)):
            cluster = self._new(m.type, ("seat", normalize_name(seat)), label=seat)
            cluster.forms.update({seated.country_form(seat), body_forms.court_form(seat)} - {""})
            return cluster
        named = None if split else self._named_body(m)
        if named is not None:
            return named
        if not split:
            local = self._local_match(m, norm)
            if local is not None:
                return local
        if m.canonical and not split:  # a split name leaves even a known entity
            return self._new(m.type, ("canon", m.canonical), canonical=m.canonical)
        if not split and m.type in ORG_TYPES and bodies.any_places(m.text):
            # "the City Council" of this article's place: not another article's
            return self._local_body(m, norm)
        return self._new(m.type, ("split" if split else "name", norm))

    def _named_body(self, m: Mention) -> Cluster | None:
        """A group's chapter under its full name ("ACLU of Nevada"); a state's chamber under
        its state's name, or kept to this document when no one state is named most: never
        the national body (both found by a probe on invented articles)."""
        if m.type not in ORG_TYPES or m.canonical:
            return None
        chapter = bodies.chapter_name(m.text, self.names, self.gazetteer)
        if chapter:
            return self._new(m.type, ("name", normalize_name(chapter)), label=chapter)
        context = [x.text for x in self.ext.mentions if x.type == "jurisdiction"]
        chamber = body_forms.state_body(m.text, context, self.gazetteer)
        if chamber:
            return self._new(m.type, ("name", normalize_name(chamber)), label=chamber)
        if chamber == "":
            return self._new(m.type, ("apart", normalize_name(m.text), self.doc.id))
        return None

    def _local_body(self, m: Mention, norm: str) -> Cluster:
        """A body every place has, named with its article's one city or county ("Duluth
        City Council"), else kept to its article."""
        named = local_bodies.place_named(m, norm, self.doc, self.ext, self.page)
        if named:
            return self._new(m.type, ("name", normalize_name(named)), label=named)
        return self._new(m.type, ("apart", norm, self.doc.id))

    def _local_match(self, m: Mention, norm: str) -> Cluster | None:
        tokens = norm.split()
        before = self.doc.text[max(0, m.start - 30) : m.start]  # "his father, " tells another
        if m.type == "person" and (person := person_named(self.clusters, tokens, m.title, before)):
            return person
        if len(tokens) == 1 and not m.canonical:
            for cluster in self.clusters:  # "Herald" after "Boston Herald"
                if cluster.type in ORG_TYPES and any(
                    len(tokens_of(n)) > 1 and tokens_of(n)[-1] == tokens[0] for n in cluster.names
                ):
                    return cluster
        if m.type in ORG_TYPES and not m.canonical:
            for cluster in self.clusters:
                if cluster.type == m.type and any(
                    same_org(norm, normalize_name(n)) for n in cluster.names
                ):
                    return cluster
            return self._short_form(m) or self._publishers_short_name(m, norm)
        return None

    def _publishers_short_name(self, m: Mention, norm: str) -> Cluster | None:
        """The group that published the page, by the last words of its name ("the Family
        Unity Project bond fund" on the Front Range Family Unity Project's own blog: found in
        probe225), when no body the page names fits it (``_short_form`` is read first)."""
        short = norm.split()
        for name in outlets_of(self.doc.source).values():
            full = tokens_of(name)
            if len(short) > 1 and len(full) > len(short) and full[-len(short) :] == short:
                cluster = self._new(m.type, ("name", normalize_name(name)), label=name)
                cluster.reasons.append(f"{m.text!r}: the short name of {name!r}, the publisher")
                return cluster
        return None

    def _short_form(self, m: Mention) -> Cluster | None:
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
            if cluster.type not in ORG_TYPES:
                continue
            for name in cluster.names:
                full = tokens_of(name)
                if acronym and m.text in bodies.initials(name):
                    fits.append((cluster, f"initials of {name!r} in the same document"))
                    break
                cut = len(short) > 1 or bodies.company_cut_short(m, full)
                longer = cut and len(full) > len(short)
                if longer and short in (full[-len(short) :], full[: len(short)]):
                    fits.append((cluster, f"short form of {name!r} in the same document"))
                    break
        if len(fits) != 1:
            return None
        cluster, why = fits[0]
        cluster.reasons.append(f"{m.text!r}: {why}")
        return cluster

    def _jurisdiction(self, i: int, m: Mention) -> Cluster:
        context, county, gaz = self.page.context(i), self.page.as_county(m), self.gazetteer
        written, listed = self.page.written_with_state(i, m), self.page.in_state_list(i)
        # "the Canadian border" is Canada's, not Canadian, Texas ("in Canadian on Monday" is);
        # a town's name before a noun is still bare ("the Sheldon farm": probe325)
        adjective = written == m.text and self.page.adjective(m)
        # a state's name is read with its dateline ("RENO, Nevada") each time it is written
        bare = written == m.text and not county and not adjective
        bare = bare and not places.state_named(m.text, gaz)
        if bare and (told := self._told_bare_before(i)):
            return told  # one page's "Dakota City" is one town ("Unlike Polk County, Ga." not)
        place = (
            (places.lookup(county, context=context, gazetteer=gaz) if county else None)
            or (places.demonym(m.text) if adjective else None)
            or places.lookup(
                written, context=context, gazetteer=gaz, listed=listed, city=self._filed_from(i)
            )
        )
        place, by_post_office = self._post_office_reading(i, m, written, context, place)
        if place is None:
            place = places.Place(m.text.strip(), "", "", ambiguous=True)
            return self._new("jurisdiction", ("place", normalize_name(m.text), ""), place=place)
        key = ("place", place.name, place.level, place.parent)
        cluster = self._new("jurisdiction", key, place=place)
        unplaced = bare and read_as_a_guess(self.page, m.text, place)
        first = not cluster.mentions
        cluster.unplaced = (unplaced or by_post_office) and (cluster.unplaced or first)
        # the page's other towns did not read it either ("Centreville" beside "Sturgis" is
        # Michigan's; alone, Virginia's, the largest)
        alone = unplaced and place == places.lookup(written, gazetteer=gaz)
        cluster.by_name_alone = alone and (cluster.by_name_alone or first)
        return cluster

    def _post_office_reading(
        self, i: int, m: Mention, written: str, context: list[str], place: places.Place | None
    ) -> tuple[places.Place | None, bool]:
        """The town of the page's state that a bare name is (``_in_the_pages_state``), and
        whether it is one: a guess that another article's reading of the name overrules."""
        # not "Franklin, Quebec", "Zamora, a city in Michoacán" (a review)
        told = re.match(r",\s+(?:a|an|the)\s", self.doc.text[m.end : m.end + 6])
        if written != m.text or self.page.appositive(i) or told:
            return place, False
        states = places.states_named(context, self.gazetteer)
        read = _in_the_pages_state(m.text, place, states, self.gazetteer)
        return read, read is not place

    def _filed_from(self, i: int) -> bool:
        """Mention ``i`` opens a dateline, whose first name is a city's ("WASHINGTON —" is
        the capital), not the state written after it ("PORTLAND, Maine —": the state, not
        Maine, Wisconsin; a review)."""
        ms = self.ext.mentions
        after_city = i > 0 and ms[i - 1].dateline and i in self.page.appositive(i - 1)
        return ms[i].dateline and not after_city

    def _told_bare_before(self, i: int) -> Cluster | None:
        """The place a mention of the same name, written with no state, was already read as."""
        same, _ = self.page.same_name(i)
        ms = self.ext.mentions
        return next(
            (
                cluster
                for k in same
                if (cluster := self.of_mention[k]) is not None
                and cluster.type == "jurisdiction"
                and not self.page.appositive(k)
                and not self.page.as_county(ms[k])
                and not self.page.before_noun(ms[k])
            ),
            None,
        )


def _in_the_pages_state(
    text: str, place: places.Place | None, states: list[str], gaz: places.Gazetteer
) -> places.Place | None:
    """A town no gazetteer lists, or one it lists only as a small town of a state the page
    does not name, that a post office of the page's states bears the name of: that town
    ("Irasburg", "Barton" in a Vermont story, the second read in Wisconsin: found in
    probe253); a city of 100,000 and up keeps its reading, and so does a name the
    gazetteer file gives ("Washington": the capital, a review)."""
    if places.is_city(text, gaz) or places.normalize_place(text) in gaz.extras:
        return place
    if place is None:
        return post_office_town(text, states)
    american = place.level == "city" and place.parent in gaz.states.values()
    if american and place.parent not in states and not places.is_city(place.name, gaz):
        return post_office_town(text, states) or place
    return place
