"""The outlet that published a document, as its own pages name it.

A page calls its publisher by more than the name its source gives: a station by its call
sign alone ("told WMKR on Monday", which the model may read as a place), a desk of it
("WMKR News"), a paper by its name after its place ("reviewed by the Beacon" in the
Lansing Beacon, which the gazetteer knows as a town in New York), and a station by its
brand on its masthead ("WSVR 89.9 FM | Valley Public Radio"). Each is the one outlet,
not a body or a place of its own.
"""

from __future__ import annotations

import dataclasses
import re

from graphx.extract import places
from graphx.extract.known import read_head_words
from graphx.extract.ner import normalize_name
from graphx.lexicon import shipped
from graphx.model import DocExtraction, Document, Mention
from graphx.resolve import bodies
from graphx.resolve.clusters import outlets_of, source_parts

__all__ = ["OwnOutlet", "byline_outlets", "head_outlets"]

# the lines of a page's head, where its masthead sits
_HEAD_LINES = 5
_CREDIT_LINES = 8  # ... and where a wire's credit may stand below the byline
_TOLD_TO = re.compile(r"\b(?:told|by|according to|with|in an interview with)\s+[Tt]he\s+$")
_REPORTS = re.compile(r"\s+(?:has\s+)?(?:reported|reports|learned|obtained|requested|reviewed)\b")
_PARTS = re.compile(r"\s[|·•]\s")  # the parts of a masthead line
_DATELINE_END = re.compile(r"\)\s*(?:[-–—]|--)")  # "(PWS) —", "(PWS) --"
_BYLINE_PARTS = re.compile(r"\s*[,|/•·–—]\s*")
_SMALL_WORDS = frozenset({"of", "the", "and", "&"})


def byline_outlets(doc: Document) -> list[str]:
    """The outlets a document's byline credits beside its reporter, other than the ones its
    source names: a wire's story a paper prints ("By Carla Dunmore, Mountain West News
    Service", found in probe226: the wire was no entity of the page). A part of the byline
    that names an outlet by a word of one (``head_words.csv``: "News", "Press", "Wire") or
    is a wire service, with no word of a reporter's role (``byline_roles.txt``: "Staff
    Writer", "WLTZ News Director"), and that is not the source's own outlet again ("By Tom
    Varga | WSSB News" on WSSB 97.3 FM's page).

    >>> doc = Document("x", "a.txt", "text", "", source="The Valley Courier")
    >>> doc.furniture = ["byline: By Ann Lee, Mountain West News Service | June 3, 2018"]
    >>> byline_outlets(doc)
    ['Mountain West News Service']
    >>> doc.furniture = ["byline: By Ann Lee, Staff Writer", "byline: By Ann Lee | Valley Courier"]
    >>> byline_outlets(doc)
    []
    """
    sources = [o.split() for o in outlets_of(doc.source).values()]
    found: list[str] = []
    for piece in doc.furniture:
        kind, _, line = piece.partition(": ")
        for part in _BYLINE_PARTS.split(line)[1:] if kind == "byline" else []:
            name = re.sub(r"^[Tt]he\s+|\s*\([A-Z]{2,6}\)$", "", part.strip())
            if _an_outlet(name) and not _a_source(name.split(), sources):
                found += [name] if name not in found else []
    return found


def head_outlets(doc: Document) -> list[str]:
    """The outlets named alone on a line of the page's head below its headline whose name
    or initials the dateline credits in parentheses: a wire ("By THERESA QUILL" over
    "Empire State Wire", then "ALBION, N.Y. (ESW) —", in a paper's reprint: found in
    probe238); not a section's name ("World News"), nor the source's own outlet.

    >>> text = "Plant raided\\nValley Post\\n\\nHigh Plains Wire\\n\\nAMES (HPW) — Text."
    >>> head_outlets(Document("x", "a.txt", "txt", text, source="Valley Post"))
    ['High Plains Wire']
    >>> head_outlets(Document("x", "a.txt", "txt", text.replace("(HPW)", ""), source="Post"))
    []
    """
    sources = [o.split() for o in outlets_of(doc.source).values()]
    lines = [line.strip() for line in doc.text.split("\n")[1:_CREDIT_LINES]]
    return [
        line
        for line in lines
        if 1 < len(line.split()) <= 5
        and _an_outlet(line)
        and not _a_source(line.split(), sources)
        and any(f"({n})" in doc.text for n in (line, _initials(line)) if n)
    ]


def _an_outlet(name: str) -> bool:
    """A name of an outlet: a wire service's, or a name ("Mountain West") with a word of an
    outlet ("News Service"), no word of a role or a section ("Press Secretary", "Breaking
    News", "For The Times": a review)."""
    lexicon = shipped()
    if name in lexicon.lines("wire_services.txt"):
        return True
    words = name.split()
    lower = {w.lower() for w in re.split(r"[\s-]+", name)}
    capitals = all(w[:1].isupper() or w.lower() in _SMALL_WORDS for w in words)
    media = read_head_words()["media"]
    named = bool(lower - media - _SMALL_WORDS - {"for"}) and words[0].lower() != "for"
    roles = lexicon.word_set("byline_roles.txt")
    return capitals and named and bool(lower & media) and not lower & roles


def _a_source(name: list[str], sources: list[list[str]]) -> bool:
    """The source's outlet, or a desk of it, by a word of its name other than an outlet's
    ("Capital 24 News" of "WCPF Capital 24 News", "NBC Chicago News" of "NBC 5 Chicago": a
    review) or a call sign of it ("WCYR News" of "NewsRadio 1170 WCYR")."""
    generic = read_head_words()["media"] | _SMALL_WORDS
    words = set(normalize_name(" ".join(name)).split()) - generic
    for source in sources:
        if words & (set(normalize_name(" ".join(source)).split()) - generic):
            return True
    return False


def _a_call_sign(name: str) -> bool:
    """A station's call sign alone, with its band or not ("WDVN-TV", "KXAS").

    >>> _a_call_sign("WDVN-TV"), _a_call_sign("KXAS"), _a_call_sign("Harbor Times")
    (True, True, False)
    """
    return " " not in name.strip() and bool(bodies.call_sign(name.strip()))


def _paper_word(outlet: str) -> str:
    """The last word of an outlet's name of three words or more that says it is an outlet,
    as the page calls itself ("told the Herald" in the Western New York Herald, found in
    probe219; its place is a region the gazetteer does not know); "" else.

    >>> _paper_word("Western New York Herald"), _paper_word("The Daily Herald")
    ('Herald', '')
    """
    words = [w for w in outlet.split() if w.lower() != "the"]
    media = read_head_words()["media"]
    return words[-1] if len(words) >= 3 and words[-1].lower() in media else ""


def _initials(outlet: str) -> str:
    """The initials of an outlet's name of three words or more, which its wire's dateline
    gives ("PWS" of "Pacific Wire Service", found in probe218); "" else.

    >>> _initials("Pacific Wire Service"), _initials("The Daily Star")
    ('PWS', '')
    """
    words = [w for w in outlet.split() if w.lower() not in ("the", "of", "and", "&")]
    capitals = all(w[:1].isupper() for w in words)
    return "".join(w[0] for w in words) if len(words) >= 3 and capitals else ""


class OwnOutlet:
    """The names of the outlets a document's source gives, as its text may write them."""

    def __init__(self, doc: Document, gazetteer: places.Gazetteer):
        self.doc = doc
        self.by_key = outlets_of(doc.source)  # the source's names, by comparison key
        self.by_key |= {normalize_name(o): o for o in byline_outlets(doc) + head_outlets(doc)}
        # "Action 33 News (WDVN-TV)": a call sign alone in the source's parentheses is the
        # station's own, no outlet it credits (found in probe235: one station was two); a
        # station's brand has its channel or a broadcaster's last word ("Valley Gazette (KRGV)"
        # credits a station: a review)
        publisher, credited = source_parts(doc.source)
        last = publisher.lower().split()[-1:]
        channel = any(ch.isdigit() for ch in publisher) or (
            bool(last) and last[0] in read_head_words()["broadcaster"]
        )
        self.call_signs = {c: publisher for c in credited if channel and _a_call_sign(c)}
        self.by_key |= {normalize_name(c): publisher for c in self.call_signs}
        outlets = list(dict.fromkeys(self.by_key.values()))
        self.stations = {sign: o for o in outlets if (sign := bodies.call_sign(o))}
        self.stations |= {bodies.call_sign(c): o for c, o in self.call_signs.items()}
        self.short = {
            normalize_name(short): o
            for o in outlets
            if (short := bodies.short_outlet_name(o, gazetteer) or _paper_word(o))
        }
        self.initials = {i: o for o in outlets if (i := _initials(o))}
        breaks = [b.end() for b in re.finditer("\n", doc.text)][:_HEAD_LINES]
        self.head_end = breaks[-1] if len(breaks) == _HEAD_LINES else len(doc.text)

    def read_in(self, ext: DocExtraction) -> DocExtraction:
        """The document's mentions with the outlet's names the model read as places read
        as the outlet's: they put the page in no place's state."""
        mentions = [
            dataclasses.replace(m, type="media")
            if m.type == "jurisdiction" and self.named(m, normalize_name(m.text))
            else m
            for m in ext.mentions
        ]
        return dataclasses.replace(ext, mentions=mentions)

    def named(self, m: Mention, norm: str) -> str:
        """The outlet mention ``m`` names ("" if none): its full name read as a person or a
        group ("Habersham Ledger"), its short name told as an outlet ("told the Beacon"),
        its call sign alone or with a desk's word, or a brand on the masthead line of its
        name, read as an outlet (not a group named beside it: a review)."""
        if m.type in ("person", "organization") and norm in self.by_key:
            return self.by_key[norm]
        if norm in self.short and self._told_as_an_outlet(m):
            return self.short[norm]
        if station := self.stations.get(bodies.call_sign(m.text)):
            return station
        if m.text in self.initials and not m.canonical and self._in_a_dateline(m):
            return self.initials[m.text]  # "HILO, Hawaii (PWS)" from the Pacific Wire Service
        return self._on_masthead(m) if m.type == "media" else ""

    def _in_a_dateline(self, m: Mention) -> bool:
        """A name in the parentheses of a dateline, before its dash: "HILO, Hawaii (PWS) --";
        not "The FBI said" on the Fort Bend Independent's page (a review)."""
        text = self.doc.text
        after = text[m.end : m.end + 6]
        return text[m.start - 1 : m.start] == "(" and bool(_DATELINE_END.match(after))

    def _told_as_an_outlet(self, m: Mention) -> bool:
        """A name after "the" told as an outlet is: told to, by or according to it, or as
        what reports ("told the Beacon", "the Beacon reported"); not a region ("fled to the
        Delta": a review)."""
        text = self.doc.text
        before = text[max(0, m.start - 20) : m.start]
        after = text[m.end : m.end + 20]
        return bool(_TOLD_TO.search(before) or _REPORTS.match(after))

    def _on_masthead(self, m: Mention) -> str:
        """The outlet whose name or call sign is told with the mention at the page's head,
        in one part of its masthead line or in the part beside it: "KFGR 91.7 High Country
        Radio | Listen Live", "WSVR 89.9 FM | Valley Public Radio"; not a name a table
        knows ("WSVR | NPR for the Valley"), nor a licensee a footer names."""
        if m.end > self.head_end or m.canonical:
            return ""
        text = self.doc.text
        end = text.find("\n", m.end)
        line = text[text.rfind("\n", 0, m.start) + 1 : end if end >= 0 else len(text)]
        parts = [p.strip() for p in _PARTS.split(line)]
        at = next((i for i, p in enumerate(parts) if m.text in p), None)
        if at is None:
            return ""
        told = [parts[at].replace(m.text, " ")]
        told += [parts[j] for j in (at - 1, at + 1) if parts[at] == m.text and 0 <= j < len(parts)]
        for outlet in self.by_key.values():
            sign = bodies.call_sign(outlet)
            if any(outlet in p or (sign and re.search(rf"\b{sign}\b", p)) for p in told):
                return outlet
        return ""
