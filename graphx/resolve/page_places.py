"""The places one page names, and how it writes them: the state written after a name
("Carthage, Miss."), the dateline's state, the state its place names share, names in a list
of states or before "counties", and the other mentions of one name (issue 16).

``documents.DocResolver`` reads a jurisdiction's context from here.
"""

from __future__ import annotations

import re
from collections import Counter

import us
from spacy.lang.en.stop_words import STOP_WORDS

from graphx.extract import namesakes, places
from graphx.model import DocExtraction, Document, Mention
from graphx.resolve.told_states import towns_told_with_states

__all__ = ["PagePlaces", "outlet_county", "outlet_states", "with_towns_of_townships"]

_NEXT_WORD = re.compile(r"[ \t]+([a-z][a-z-]+)")
_LIST_GAP = re.compile(r"\s*(?:,|,?\s+(?:and|or))\s*")
# An office of a body a place name is the seat of: "ICE's Dallas field office".
_OFFICE = re.compile(r"\s+(?:field\s+)?(?:office|bureau)s?\b", re.IGNORECASE)
# the rest of a list of names that "counties" closes: ", Bucks and Northampton counties"
_COUNTIES_AFTER = re.compile(
    r"(?:,? (?:and|or) [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?|, [A-Z][\w.'’-]*)* counties\b"
)


class PagePlaces:
    """The place mentions of one document, read for what each one's context is."""

    def __init__(self, doc: Document, ext: DocExtraction, gazetteer: places.Gazetteer):
        self.doc, self.ext, self.gazetteer = doc, ext, gazetteer
        ms = ext.mentions
        # the outlet's state ("Southwest Oklahoma Ledger"), when the page's own places name
        # none but an office's seat ("ICE's Dallas field office"), which then counts for none
        self.outlets: list[str] = []
        own = [x.text for x in ms if x.type == "jurisdiction" and not self._a_seat(x)]
        if not places.states_named(own, gazetteer):
            self.outlets = outlet_states(doc.source)
        # not a people's adjective: "the Canadian border" names no Canadian, Texas (found
        # in probe325, where it made a Vermont page's "Sheldon" the Texas town's)
        told = [x for x in ms if x.type == "jurisdiction" and not self.adjective(x)]
        named = [x.text for x in told if not self.based_in(x)]
        # the state its place names share; the mentions of its dateline's state ("TRYON, N.C.")
        self.shared_state = namesakes.shared_state(named, gazetteer)
        self.filed = [
            j for j, x in enumerate(ms) if x.dateline and places.state_named(x.text, gazetteer)
        ]
        # whether the page names a state or a country at all (else its bare names are
        # read as the corpus reads them: ``corpus.places_typed_apart``)
        self.names_a_region = any(_region_of(n, gazetteer) for n in named) or bool(self.outlets)
        # the states its bodies are of: the page's last word on where a bare town is
        self.of_bodies = _states_of_bodies(ms, gazetteer)
        self.named = named
        # each mention's name as its context reads it (``_named``), worked out once
        self.read_as = [self._named(j) for j in range(len(ms))]
        self._regions: dict[str, set[str]] = {}  # a name's key -> ``regions`` of it
        self.times_named = _times_named(ms)
        # a town written with its state where no mention holds it: "Portland, ME" (a postal
        # code), or in the copyright line ("Recorded in Portland, Maine": probe287, read);
        # not in a caption's or a teaser's furniture (a review)
        copyright = [line for line in doc.furniture if line.startswith("copyright:")]
        self.told_with_states = towns_told_with_states([doc.text, *copyright], gazetteer)

    def regions(self, name: str) -> set[str]:
        """The states and countries the page's other place names are in (not ``name``'s own:
        "Camden" puts no page in New Jersey): a town read in none of them was read by its
        name alone. Worked out once per name (every mention of the page asks)."""
        key = places.normalize_place(name)
        if key not in self._regions:
            others = [n for n in self.named if places.normalize_place(n) != key]
            found = {p.name for n in others if (p := _region_of(n, self.gazetteer)) is not None}
            found |= set(places.states_named(others, self.gazetteer)) | set(self.of_bodies)
            self._regions[key] = found
        return self._regions[key]

    def appositive(self, i: int) -> list[int]:
        """The place written right after mention ``i`` with a comma ("Carthage, Miss.")."""
        ms = self.ext.mentions
        return [
            j
            for j in range(i + 1, min(i + 2, len(ms)))
            if ms[j].type == "jurisdiction"
            and ms[j].start - ms[i].end <= 2
            and self.doc.text[ms[i].end : ms[j].start].strip() == ","
        ]

    def based_in(self, m: Mention) -> bool:
        """ "the Nashville-based prison company", or an office's seat on a page read in its
        outlet's state: where a body sits, read by its name alone and none of the page's
        context (a Georgia page's "Stewart County" went to Tennessee, and "Nashville" to
        Georgia's namesake; an Oklahoma paper's county went to Texas for ICE's Dallas
        office: found in probes)."""
        based = self.doc.text[m.end : m.end + 6].lower() == "-based"
        return based or (bool(self.outlets) and self._a_seat(m))

    def _a_seat(self, m: Mention) -> bool:
        """A town an office of a body sits in ("ICE's Dallas field office"; not a state's
        office, "the ACLU's Oklahoma office", which names the page's state)."""
        seat = _OFFICE.match(self.doc.text[m.end : m.end + 24]) is not None
        return seat and not places.state_named(m.text, self.gazetteer)

    def context(self, i: int) -> list[str]:
        """Place names of the document: an appositive state ("Cook County, Illinois"), the
        dateline's state, those before it, the state its namesakes share, the rest."""
        ms = self.ext.mentions
        if self.based_in(ms[i]):
            return []
        county = namesakes.state_of_its_county(ms[i].text, self.named, self.gazetteer)
        if county and county in places.states_named(self.named, self.gazetteer):
            return [county]  # of a state the page names: not a county's namesake elsewhere
        places_idx = self._other_places(i)
        after = self.appositive(i)
        before = sorted((j for j in places_idx if j < i), reverse=True)
        same, local = self.same_name(i)
        # a state written with a namesake is none of this one's context (``same_name``)
        theirs = {j for k in same for j in self.appositive(k)} if local else set()
        later = [j for j in places_idx if j > i and j not in after and j not in theirs]
        shared = [self.shared_state] if self.shared_state else []
        # the states its own sentence's places put it in, before the page's other states ("a
        # retired Black Hawk County public defender who lives in Waterloo": Iowa's, though
        # "Lexington, Neb." came earlier; found in a probe), or, when it names none, the one
        # state that holds all of its sentence's towns and counties ("a judge in Jackson
        # ... ruled that the Hinds County Sheriff's Office ...": Mississippi's, in a
        # Tennessee story; found in probe178)
        read = self.read_as
        sentence = [read[j] for j in before if ms[j].sentence == ms[i].sentence]
        own = [st for name in sentence for st in places.states_named([name], self.gazetteer)]
        held, by_a_body = self._held_by_a_body(i)
        if by_a_body and places.town_of(ms[i].text, [held], self.gazetteer) is not None:
            # the state of a body's county that holds the town too, whatever the page names
            # most ("BERKSHIRE, Vt. -- ... brought to the Strafford County House of
            # Corrections ... in Dover": found in probe285, Dover had gone to Vermont's)
            return [held]
        # a state its sentence writes that holds its sentence's towns and counties comes
        # before the dateline's ("TIMBERVILLE, Va. -- ... Cecil County, Maryland, ... its
        # jail in Elkton": found in probe228, Elkton had gone to Virginia's namesake)
        sure = [held] if held in own else []
        names = [read[j] for j in after] + sure + [read[j] for j in self.filed]
        names += own or ([held] if held else [])
        names += [read[j] for j in before] + shared + [read[j] for j in later]
        names = with_towns_of_townships(names, self.gazetteer)
        return names + self.of_bodies + self._told_in(i, local) + self.outlets

    def _told_in(self, i: int, local: bool) -> list[str]:
        """After the page's own places (reviews: a footer's town is not a story's own), the
        one state the page writes mention ``i``'s name with where no mention holds it ("...
        Westbrook Street, Portland, ME"); none for the dateline's own town, nor for a name
        read abroad by itself ("Moscow, ID" on a story of Moscow)."""
        name = self.ext.mentions[i].text
        told = self.told_with_states.get(namesakes.place_key(name), set())
        alone = places.lookup(name, gazetteer=self.gazetteer)
        american = alone is not None and alone.parent in self.gazetteer.states.values()
        return sorted(told) if len(told) == 1 and not local and american else []

    def _other_places(self, i: int) -> list[int]:
        """The page's place mentions but mention ``i``, those of its own name ("City of
        Portland" beside "Portland", which by its size alone would put it in Oregon:
        probe287, read) and seats of offices (``based_in``)."""
        ms = self.ext.mentions
        name = namesakes.place_key(ms[i].text)
        return [
            j
            for j, x in enumerate(ms)
            if x.type == "jurisdiction"
            and namesakes.place_key(x.text) != name
            and not self.based_in(x)
        ]

    def _held_by_a_body(self, i: int) -> tuple[str, bool]:
        """``_held_by_its_sentence``; for a name no mention writes with a state, the state a
        body's county puts another mention of it in, if any ("Men Taken to Dover Jail" over
        "... the Strafford County House of Corrections ... in Dover": found in probe285)."""
        held, by_a_body = self._held_by_its_sentence(i)
        same, _ = self.same_name(i)
        if by_a_body or any(self.appositive(k) for k in [i, *same]):
            return held, by_a_body
        theirs = (self._held_by_its_sentence(k) for k in same)
        return next((found for found in theirs if found[1]), (held, by_a_body))

    def _held_by_its_sentence(self, i: int) -> tuple[str, bool]:
        """The one state that has a place of each town and county mention ``i``'s sentence
        names, a county a body's name begins with too ("the Hinds County Sheriff's
        Office"), else ""; and whether mention ``i`` is told right after a body whose county
        is in that state ("... House of Corrections on County Farm Road in Dover")."""
        ms = self.ext.mentions
        told = [x for x in ms if x.sentence == ms[i].sentence and not self.based_in(x)]
        names = [x.text for x in told if x.type == "jurisdiction"]
        bodies = [
            (x, c.group(0))
            for x in told
            if x.type != "jurisdiction" and (c := _COUNTY_FIRST.match(x.text))
        ]
        held = namesakes.shared_state(names + [c for _, c in bodies], self.gazetteer)
        # the town is where the body is: "the Strafford County House of Corrections on County
        # Farm Road in Dover", not "arrested in Newport and taken to the Strafford County ..."
        theirs = [places.lookup(c) for x, c in bodies if self._where_it_is(x, ms[i])]
        return held, any(c is not None and c.parent == held for c in theirs)

    def _where_it_is(self, body: Mention, town: Mention) -> bool:
        """The town is told right after the body as where it is ("... in Dover")."""
        gap = self.doc.text[body.end : town.start] if body.end <= town.start else ""
        return _WHERE_A_BODY_IS.fullmatch(gap) is not None

    def _named(self, j: int) -> str:
        """Mention ``j``'s name, a state's in a list with another state ("Lawmakers from
        Washington and Oregon") by its postal code, which names the state and never the
        capital (a review: "Everett" went to Massachusetts)."""
        text = self.ext.mentions[j].text
        state = places.state_named(text, self.gazetteer)
        found = us.states.lookup(state) if state and self._states_listed_with(j) else None
        return found.abbr if found is not None else text

    def written_with_state(self, i: int, m: Mention) -> str:
        """ "Carthage, Miss." when a state is written right after the name (it rules out
        namesakes, places a town the gazetteer lacks), else the name; with a namesake, only
        the dateline's state ("TRYON, N.C. — Polk County ... Unlike Polk County, Ga.")."""
        ms, gaz = self.ext.mentions, self.gazetteer
        same, local = self.same_name(i)
        filed = places.state_named(ms[self.filed[0]].text, gaz) if self.filed else ""
        for k in [i] if local else [i, *same]:
            for j in self.appositive(k):
                state = places.state_named(ms[j].text, gaz)
                if state and (k == i or not filed or state == filed):
                    return f"{m.text}, {ms[j].text}"
        return m.text

    def same_name(self, i: int) -> tuple[list[int], bool]:
        """The other mentions of mention i's name, and whether the dateline names it bare:
        then it is the story's own town, and a state written with the name elsewhere a
        namesake's ("PLAINFIELD — ... 20 years with the police in Plainfield, N.J.");
        otherwise that state is its ("SCHUYLER, Neb. —" makes the body's "in Schuyler"
        that town, "in Greenville, S.C." the headline's "Greenville")."""
        ms = self.ext.mentions
        key = places.normalize_place(ms[i].text)
        same = [k for k, x in enumerate(ms) if k != i and places.normalize_place(x.text) == key]
        local = any(ms[k].dateline and not self.appositive(k) for k in [i, *same])
        return same, local

    def adjective(self, m: Mention) -> bool:
        """A people's name told before a noun ("Canadian border"): their country's."""
        return places.demonym(m.text) is not None and self.before_noun(m)

    def before_noun(self, m: Mention) -> bool:
        """A word told before a noun ("Canadian border", "Canadian police"): an adjective."""
        after = _NEXT_WORD.match(self.doc.text, m.end)
        return after is not None and after.group(1) not in STOP_WORDS

    def as_county(self, m: Mention) -> str:
        """ "Lehigh and Northampton counties": each name is a county's ("Lehigh County"),
        not the English town, when a county has the name (the caller looks it up); "" when
        no "counties" follows the list it stands in."""
        after = self.doc.text[m.end : m.end + 80]
        # "the County of Bergen" (a county's own release; "Bergen" went to Norway)
        of = _COUNTY_OF.search(self.doc.text[max(0, m.start - 12) : m.start])
        if of is None and not _COUNTIES_AFTER.match(after):
            return ""
        if places.state_named(m.text, self.gazetteer):
            return ""  # "11 Florida counties": the state's
        return f"{m.text} {of.group(1)}" if of else f"{m.text} County"

    def in_state_list(self, i: int) -> bool:
        """The mention stands in a list of places of which two others are states
        ("New Jersey, Washington, Massachusetts and Virginia", issue 16)."""
        return self._states_listed_with(i) >= 2

    def _states_listed_with(self, i: int) -> int:
        """How many states stand in a list of places with mention ``i``."""
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
        return sum(places.normalize_place(ms[j].text) in states for j in chain if j != i)


def _times_named(ms: list[Mention]) -> Counter[str]:
    """How often a page names each of its places, in lower case: alone, or a county at the
    head of a body's name ("the Cerro Gordo County Jail": found in probe227, where the
    county, named alone once and in its bodies' names thrice, lost its Board of Supervisors
    to the county seat named thrice); not a city at the head of a paper's or a police
    department's name ("Chicago Tribune" on an Evanston page: a review)."""
    counts = Counter(x.text.lower() for x in ms if x.type == "jurisdiction")
    counties = [t for t in counts if t.endswith((" county", " parish"))]
    for x in ms:
        if x.type not in ("jurisdiction", "media"):
            counts.update(t for t in counties if x.text.lower().startswith(t + " "))
    return counts


def with_towns_of_townships(
    names: list[str], gazetteer: places.Gazetteer | None = None
) -> list[str]:
    """Place names, each township's followed by the town it is named for, in its state as a
    rule ("Ypsilanti Township": Ypsilanti, which the gazetteer knows where it lacks the
    township; found in probe160, where the jail's "Monroe County" went to Ohio, named
    later)."""
    gaz = gazetteer or places.load_gazetteer()
    return [n for name in names for n in (name, *_town_of_township(name, gaz))]


def _town_of_township(name: str, gazetteer: places.Gazetteer) -> list[str]:
    """A town the gazetteer places in one state for sure, not a state's or a president's
    name many townships share ("Washington Township", "Indiana Township": a review)."""
    words = name.split()
    if len(words) < 2 or words[-1].lower() not in _TOWNSHIP:
        return []
    town = " ".join(words[:-1])
    found = places.lookup(town, gazetteer=gazetteer)
    sure = found is not None and found.level == "city" and not found.ambiguous
    return [town] if sure and not places.state_named(town, gazetteer) else []


_TOWNSHIP = frozenset({"township", "twp.", "twp"})


def _states_of_bodies(ms: list[Mention], gazetteer: places.Gazetteer) -> list[str]:
    """The states a page's bodies are of: the state a name ends with ("the District of
    Vermont", "the ACLU of Iowa"), the one state of the county it begins with ("Bergen
    County Jail" in a weekly naming only "Englewood"; both found in probes)."""
    found = []
    for x in ms:
        if x.type == "jurisdiction":
            continue
        if " of " in x.text and (
            state := places.state_named(x.text.rsplit(" of ", 1)[1], gazetteer)
        ):
            found.append(state)
        elif county := _COUNTY_FIRST.match(x.text):
            found.extend(places.states_named([county.group(0)], gazetteer))
    return found


# "Bergen County Jail": the county a body's name begins with.
# what stands between a body and the town it is in: "in", its street before ("on County Farm
# Road in"), a comma
_WHERE_A_BODY_IS = re.compile(r"(?:\s+on(?:\s+[A-Z][\w.'’-]*){1,4})?,?\s+(?:in|at|near)\s+")
_COUNTY_FIRST = re.compile(r"(?:[A-Z][\w.'’-]* ){1,3}(?:County|Parish)(?= )")
# "the County of Bergen", "the Parish of Allen": a county named after its word.
_COUNTY_OF = re.compile(r"\b(County|Parish) of $")


def _region_of(name: str, gazetteer: places.Gazetteer) -> places.Place | None:
    """The state or country a place name names, else None."""
    place = places.lookup(name, gazetteer=gazetteer)
    return place if place is not None and place.level in ("state", "country") else None


# a county at the head of an outlet's name, before more words: "Cecil County Ledger"
_COUNTY_FIRST_IN_NAME = re.compile(
    r"(?:(?i:the)\s+)?((?!(?i:the)\s)(?:[A-Z][\w.'’-]*\s+){1,3}(?i:county|parish))\s+[A-Z]"
)


def outlet_county(outlet: str) -> list[str]:
    """The county an outlet's name begins with, the county it covers ("Cecil County Ledger",
    "The Carroll County Times"), as a place name of its pages; none else ("Cecil County",
    a county's own government: ``bodies.publishing_place``).

    >>> outlet_county("CECIL COUNTY LEDGER"), outlet_county("The Carroll County Times")
    (['CECIL COUNTY'], ['Carroll County'])
    >>> outlet_county("The County Line"), outlet_county("Cass County")
    ([], [])
    """
    found = _COUNTY_FIRST_IN_NAME.match(outlet.strip())
    return [found[1]] if found else []


def outlet_states(outlet: str) -> list[str]:
    """The states an outlet's name names as words ("Southwest Oklahoma Ledger", "The Texas
    Tribune"; not "Washington Post", a capital's name before a state's, nor a city named
    after a state, "Kansas City Star")."""
    words = re.sub(r"[^\w\s]", " ", outlet).split()
    found = []
    for state in us.states.STATES:
        name = state.name.split()
        ends = [i + len(name) for i in range(len(words)) if words[i : i + len(name)] == name]
        alone = [e for e in ends if e >= len(words) or words[e] not in _CITY_WORDS]
        if state.name != "Washington" and alone:
            found.append(state.name)
    # "West Virginia" names no Virginia
    return [f for f in found if not any(g != f and g.endswith(" " + f) for g in found)]


# Words after a state's name that make a city's: "Kansas City", "Virginia Beach".
_CITY_WORDS = frozenset({"City", "Beach"})
