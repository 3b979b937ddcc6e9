"""The place a body every place has is of, when its name says none ("the City Council",
"the Board of Supervisors", "the Sheriff's Office"): read from where the page names places
(issue 16).

``documents.DocResolver`` keeps such a body to its article when no place is read for it.
"""

from __future__ import annotations

import re
from collections import Counter

from graphx.extract import places
from graphx.model import DocExtraction, Document, Mention
from graphx.resolve import bodies, body_forms
from graphx.resolve.page_places import PagePlaces, outlet_county

__all__ = ["place_named"]


def place_named(m: Mention, norm: str, doc: Document, ext: DocExtraction, page: PagePlaces) -> str:
    """The body's name with the place it is of ("Duluth City Council"), else "": the first
    context of ``_contexts`` that names one, when it is of a place the article names most
    ("a Houston man" in a Duluth article's paragraph names no council), or of the page's
    publisher's place, a government's or a county paper's."""
    publisher = bodies.publishing_place(doc.source)
    home = outlet_county(doc.source)
    counts = page.times_named
    owned = _owner_word(doc.text, m.start)  # "the county's Metro Jail": a county's (probe263)
    owner = _OWNERS_LEVELS.get(owned, "")
    level = body_forms.level_of(norm) or owner
    contexts = _contexts(m, (level, owned == level), doc, ext, (publisher, home, counts))
    found = (bodies.local_body(m.text, c, page.gazetteer, level) for c in contexts)
    named = next(filter(None, found), "")
    top = max(counts.values(), default=0)
    most = {t for t, n in counts.items() if n == top} or {p.lower() for p in publisher}
    most |= {h.lower() for h in home}
    if owner:  # the county its sentence's body names before it
        most |= {p.lower() for p in _bodies_places(m, ext, owner)}
    if own_level := bodies.level_named(m.text) or level:
        # the county named most, on a page naming its state more (found in probe331)
        most |= _most_of_level(counts, own_level, page.gazetteer)
    return named if any(named.lower().startswith(t) for t in most) else ""


def _most_of_level(counts: Counter[str], level: str, gaz: places.Gazetteer) -> set[str]:
    """The places of a level ("county") the page names most often, twice or more (not "the
    man, who was born in Harris County": a review)."""
    own = {
        t: n
        for t, n in counts.items()
        if n > 1 and (place := places.lookup(t, gazetteer=gaz)) is not None and place.level == level
    }
    top = max(own.values(), default=0)
    return {t for t, n in own.items() if n == top}


# the level of place a possessive before a body gives it
_OWNERS_LEVELS = {"county": "county", "city": "city", "town": "city"}


def _owner_word(text: str, start: int) -> str:
    """The word whose possessive ends right before offset ``start`` ("county" of "the
    county's Board of Supervisors"), lower case, else ""."""
    owned = re.search(r"\b(\w+)['’]s\s+$", text[max(0, start - 12) : start])
    return owned[1].lower() if owned else ""


def _contexts(
    m: Mention,
    level_owned: tuple[str, bool],
    doc: Document,
    ext: DocExtraction,
    own: tuple[list[str], list[str], Counter[str]],
) -> list[list[str]]:
    """The place names a local body is read with, in turn: its paragraph's (a roundup's
    items are other stories; not "the Minneapolis-based center", where a body sits); a
    place's own page's ("I will ask City Council ..." in the City of Lansing's release:
    found in probe201); the places the page names twice or more ("The City Council is
    scheduled ..." in a story about Flagstaff: found in probe197; not "A Wichita man was
    killed" once: a review); last, the county a county paper is named after ("The County
    Council is scheduled ..." in the Cecil County Ledger, which names Elkton, the county
    seat, twice and the county once: found in probe228). A name that says no level is a
    county's by ``body_synonyms.txt`` only after the county in its sentence ("Pottawattamie
    County will hold detainees under a deal the Board of Supervisors approved": probe216; not
    "... failed last year in San Mateo County": a review), or on a page that names one place
    of its level only, that one twice or more, when its sentence names no place before it
    ("the Sheriff's Office" in a story that names San Joaquin County three times and no
    other county: found in probe218), or the county paper's."""
    publisher, home, counts = own
    level, owned = level_owned  # and whether a possessive of that level is before it
    named = [x for x in ext.mentions if x.type == "jurisdiction"]
    paragraph = _paragraph_places(m, named, doc.text)
    if level:
        told = [x.text for x in named if x.sentence == m.sentence and x.end <= m.start]
        # not after another place in its sentence ("taken to Fresno, where the Sheriff's")
        page = list(counts) if max(counts.values(), default=0) > 1 and not told else []
        # "the county's Board of Supervisors": its paragraph's county (found in probe237)
        if owned:  # "the Salt Lake County Council voted to stop the county's Metro Jail"
            paragraph += _bodies_places(m, ext, level)
        return [told, paragraph if owned else [], page, [] if told else home]
    return [paragraph, publisher, [t for t in counts if counts[t] > 1], home]


def _bodies_places(m: Mention, ext: DocExtraction, level: str) -> list[str]:
    """The places of that level bodies named before it in its sentence begin with ("Salt
    Lake County" of "the Salt Lake County Council", found in probe263; not "Clark" of the
    "Clark County Commission" for "the city's Police Department": a review)."""
    before = (x for x in ext.mentions if x.sentence == m.sentence and x.end <= m.start)
    led = (bodies.leading_place(x.text) for x in before if x.type in ("agency", "organization"))
    return [found[0].name for found in led if found is not None and found[0].level == level]


def _paragraph_places(m: Mention, named: list[Mention], text: str) -> list[str]:
    """The places the mention's paragraph names, not where a body sits ("the
    Minneapolis-based center")."""
    first, last = text.rfind("\n", 0, m.start) + 1, text.find("\n", m.end) % (len(text) + 1)
    return [
        x.text
        for x in named
        if first <= x.start < last and not text[x.end : x.end + 6].startswith("-based")
    ]
