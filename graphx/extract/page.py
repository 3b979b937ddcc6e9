"""The page around the story: datelines, bylines and photo credits, headlines, quotes' sources.

A dateline's city is where the story was filed; a name inside a byline or a
photo credit names no participant; a name on a title-case line needs the
body's support; an outlet after "told" is a quote's source (issue 16).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from graphx.extract import credits, headlines, places
from graphx.extract.drafts import BODY_TYPES, Draft, covered
from graphx.extract.known import read_head_words
from graphx.extract.lines import DATELINE, line_bounds
from graphx.extract.word_lists import byline_roles
from graphx.model import Mention

__all__ = [
    "dateline_cities",
    "mark_attributions",
    "mark_datelines",
    "page_names",
    "the_text_itself",
    "without_furniture_words",
    "without_item_labels",
]


def dateline_cities(doc: Doc, text: str, drafts: list[Draft]) -> list[Draft]:
    """The city of a dateline the model missed ("LARGO, Fla. –"), when the gazetteer
    places it in the dateline's state (issue 16)."""
    found = []
    # "ST. ALBANS --": a town of several states is the one of a state the page names
    named = [doc[d.start : d.end].text for d in drafts if d.type == "jurisdiction"]
    for match in DATELINE.finditer(text):
        city, state = match.group("city").strip(), (match.group("state") or "").strip()
        place = places.lookup(f"{city}, {state}" if state else city, context=named)
        # a town of several states with no state told ("LANCASTER —" on a local paper's
        # page) is one still, placed by the corpus (found in probe265)
        if place is None or (place.ambiguous and state) or place.level != "city":
            continue
        span = doc.char_span(match.start("city"), match.start("city") + len(city))
        if span is None:
            continue
        inside = range(span.start, span.end)
        # a word of the capitals the model took for a body ("SIERRA" of "SIERRA LINDA") or a
        # place ("ST" of "ST. ALBANS") yields
        drafts = [d for d in drafts if not _within(d, inside) or _whole(d, inside)]
        line = doc.char_span(match.start("city"), match.end(), alignment_mode="expand")
        reach = range(line.start, line.end) if line is not None else inside
        drafts = _across_the_dash(doc, drafts, reach, match.end())
        if covered(drafts).isdisjoint(inside):
            found.append(Draft(span.start, span.end, "GPE", "jurisdiction"))
        drafts = _dateline_state(doc, drafts, match)
    return sorted(drafts + found, key=lambda d: d.start)


def _dateline_state(doc: Doc, drafts: list[Draft], match: re.Match[str]) -> list[Draft]:
    """The state of a dateline the model missed or took for someone ("MARTINSBURG, W.Va.
    (AP) —", "BARRE, Vt. (AP)" read as a person): the story's state, as the model's
    "Del." of "GEORGETOWN, Del. —" is."""
    state = (match.group("state") or "").strip()
    span = doc.char_span(match.start("state"), match.start("state") + len(state))
    if not state or span is None or not places.state_named(state, places.load_gazetteer()):
        return drafts
    inside = range(span.start, span.end)
    drafts = [d for d in drafts if not _within(d, inside) or d.type == "jurisdiction"]
    if covered(drafts).isdisjoint(inside):
        drafts.append(Draft(span.start, span.end, "GPE", "jurisdiction"))
    return drafts


def _across_the_dash(doc: Doc, drafts: list[Draft], line: range, dash_end: int) -> list[Draft]:
    """A name the model ran from a dateline's city or state across its dash ("HARTFORD -
    Immigration authorities ...", "W.Va. - Berkeley County") starts after the dash, and is
    no body when one word is left ("HARTFORD - Lamont signed it" keeps the person)."""
    kept = []
    for d in drafts:
        if d.type != "jurisdiction" and d.start in line and doc[d.end - 1].idx >= dash_end:
            d.start = next(t.i for t in doc[d.start : d.end] if t.idx >= dash_end)
            if d.end - d.start < 2 and d.type in BODY_TYPES:
                continue
        kept.append(d)
    return kept


def _within(d: Draft, span: range) -> bool:
    return span.start <= d.start and d.end <= span.stop


def _whole(d: Draft, span: range) -> bool:
    return d.type == "jurisdiction" and (d.start, d.end) == (span.start, span.stop)


def mark_datelines(text: str, mentions: list[Mention]) -> list[Mention]:
    """Flag the places of a dateline: where the story was filed, not where the happening
    was (issue 16)."""
    spans = [m.span() for m in DATELINE.finditer(text)]
    for m in mentions:
        inside = any(a <= m.start and m.end <= b for a, b in spans)
        if inside and m.type == "jurisdiction":
            m.dateline = True
        elif inside and m.type != "person" and text[m.start - 1 : m.start] == "(":
            # "PORTLAND, Ore. (KXYZ) —", "(MNS)": the outlet that filed the story, not an actor
            if m.type != "media":
                m.type, m.type_reason = "media", f"typed media, not {m.type}: in a dateline"
            m.attribution = True
    return mentions


def mark_attributions(text: str, mentions: list[Mention]) -> list[Mention]:
    """Flag an outlet named as a quote's source ("told The Daily Planet", issue 16); a name
    there that ends in an outlet's word is one, whatever the model read ("told the Herald"
    as a person; found in probe165)."""
    ends = credits.attribution_ends(text)
    outlets = read_head_words()["media"]
    for m in (m for m in mentions if m.start in ends):
        if m.type != "media" and m.text.split()[-1].lower() in outlets:
            m.type, m.type_reason = "media", f"typed media, not {m.type}: a quote told to it"
        m.attribution = m.attribution or m.type == "media"
    return mentions


def page_names(doc: Doc, text: str, drafts: list[Draft]) -> list[Draft]:
    """Drop names inside page credits, and names of title-case lines the body never writes.

    A byline or a photo credit names no participant, and a headline in title
    case lets the model read verbs as names ("Orders Denver"); a table name
    or a place the gazetteer knows outright is kept (issue 16).
    """
    credit_spans = credits.credit_spans(text)
    credited = "\n".join(text[a:b] for a, b in credit_spans if _BYLINE.match(text, a))
    lines = headlines.title_case_lines(text)
    keep = []
    for d in drafts:
        span = doc[d.start : d.end]
        start, end = span.start_char, span.end_char
        if d.type == "person" and _credited_elsewhere(span.text, credited):
            continue  # "By Ana Ruiz, KXYZ News", then "KXYZ's Ana Ruiz reports from the jail"
        if any(a <= start and end <= b for a, b in credit_spans):
            if d.type != "media":
                continue  # a reporter or photographer is metadata, not a name of the story
            d.credit = True  # the outlet stays, linked to the document, never an actor
        if any(a <= start < b for a, b in lines) and _unsupported(d, span.text, text, lines):
            continue
        keep.append(d)
    return keep


# A byline's credit: "By Jane Roe, KXYZ News" (not "written by" a bill's sponsor, nor a
# video "courtesy of" a family: a review)
_BYLINE = re.compile(r"[ \t]*by[ \t]", re.I)


def _credited_elsewhere(name: str, credited: str) -> bool:
    """Whether a person's full name (two words or more) is one the page's byline gives: the
    page's reporter, wherever the page names them (found in probe261)."""
    if len(name.split()) < 2:
        return False
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", credited) is not None


# A meeting roundup's item label: capitals opening a paragraph, then a dash ("ROAD WORK —
# Approved 5-0 a bid"; found in probe168, where "JAIL STAFFING" became a body)
_ITEM_LABEL = re.compile(r"[A-Z][A-Z0-9&'’ ]{1,40}[ \t]*(?:—|–|--)[ \t]")


def without_item_labels(doc: Doc, text: str, drafts: list[Draft]) -> list[Draft]:
    """The names but those that are a roundup item's label in capitals, which names no
    body ("JAIL STAFFING — Approved hiring two corrections officers."); a place or a person
    opening a paragraph so is a dateline's or a speaker's."""
    return [
        d
        for d in drafts
        if d.type in ("jurisdiction", "person") or not _an_item_label(doc, text, d)
    ]


def without_furniture_words(doc: Doc, text: str, drafts: list[Draft]) -> list[Draft]:
    """The names but a body's or an unknown place's one word that is page furniture: a cell
    of a bar of links ("News | Weather | Traffic | Contests"), a line by itself ("Contact",
    "Publicidad") or the word that opens a line's label ("Media contact: Ana Ruiz, ICE");
    found in probe corpora, where "Traffic", "Contact" and "Media" became bodies and
    "Weather", "Classifieds", "Noticias" places. A place the gazetteer knows stays (a
    masthead's "WKQR | Nashville")."""
    return [d for d in drafts if not _a_furniture_name(doc, text, d)]


def _a_furniture_name(doc: Doc, text: str, draft: Draft) -> bool:
    """A draft of one word, no name the tables know ("FBI" on a line of its own in a list of
    agencies), that is furniture on its line and of a kind it drops."""
    if draft.end - draft.start != 1 or draft.canonical:
        return False
    word = doc[draft.start]
    start, end = line_bounds(text, word.idx)
    line = text[start:end]
    return _a_furniture_word(doc, word, line, start) and _of_a_name(word, draft, line)


def _of_a_name(word: Token, draft: Draft, line: str) -> bool:
    """A body's draft, or a bar's cell that is a place the gazetteer does not know (not a
    heading "Darfur" on its own line, nor "Darfur death toll: 14 killed": a review)."""
    if draft.type in BODY_TYPES:
        return True
    unknown = draft.type == "jurisdiction" and places.lookup(word.text) is None
    return unknown and "|" in line


def _a_furniture_word(doc: Doc, word: Token, line: str, start: int) -> bool:
    """A word that fills a bar's cell or its line (which begins at ``start``), or opens the
    line's label; not a label's word whose label tells an act ("ICE said:", "Amazon
    spokesperson said:": a review)."""
    cells = [c.strip() for c in line.split("|")]
    if word.text in cells:
        return len(cells) == 1 or all(len(c.split()) <= 4 for c in cells)
    # a transcript's "JANET OSTRANDER, HOST:", or its role alone ("HOST:", found in probe285)
    role = _SPEAKERS_ROLE.match(line) or _ROLE_ALONE.match(line)
    if role is not None and role.start(1) == word.idx - start:
        return word.lower_ in byline_roles()
    label = _LINE_LABEL.match(line)
    if label is None or label.group(1) != word.text:
        return False
    told = doc.char_span(word.idx, start + label.end(), alignment_mode="expand")
    return told is not None and not any(t.pos_ in ("VERB", "AUX") for t in told)


# A line's short label before a colon whose first word is capitalised and the rest not
# ("Media contact:", "Press inquiries:")
_LINE_LABEL = re.compile(r"\s*([A-Z]\w+)(?:\s+[a-z]\w*){1,2}\s*:")
# A transcript's speaker in capitals and their role on the show ("CALEB FINN, BYLINE:")
_SPEAKERS_ROLE = re.compile(r"\s*[A-Z][A-Z.'’\- ]+,\s*([A-Z]{2,})\s*:")
_ROLE_ALONE = re.compile(r"\s*([A-Z]{2,})\s*:")


def _an_item_label(doc: Doc, text: str, draft: Draft) -> bool:
    """All of a label a subjectless verb in the past follows ("Approved", "Voted", "Set"),
    not a body a sentence goes on about ("ICE — the agency at the center of the dispute",
    "ICE — Agents arrested 12": a review)."""
    start, last = doc[draft.start].idx, doc[draft.end - 1].idx  # ``text`` is doc.text, read once
    line_start = text.rfind("\n", 0, start) + 1
    label = _ITEM_LABEL.match(text, line_start)
    if label is None or text[line_start:start].strip() or last >= label.end():
        return False
    after = next((t for t in doc[draft.end :] if t.idx >= label.end()), None)
    return after is not None and after.is_title and after.tag_ in ("VBD", "VBN")


def _unsupported(draft: Draft, name: str, text: str, lines: list[tuple[int, int]]) -> bool:
    """A name of a title-case line that no table, body sentence or sure place backs."""
    return (
        not draft.canonical
        and not headlines.supported(name, text, lines)
        and not _sure_place(draft, name)
    )


def _sure_place(draft: Draft, text: str) -> bool:
    """A place the gazetteer knows outright: one place, not one of several."""
    if draft.type != "jurisdiction":
        return False
    place = places.lookup(text)
    return place is not None and not place.ambiguous


# What a page calls itself: "our report from Saturday's vigil", "this story", "my notes".
_ITSELF = frozenset({"our", "my", "this"})
_TEXTS = frozenset({"report", "story", "article", "notes", "post", "update", "coverage"})


def the_text_itself(noun: Token) -> bool:
    """A noun that names the page itself, no happening: "our report from Saturday's vigil"
    (found in probe154: it took the vigil's day and the vigil was lost), "in this report"."""
    return (
        noun.pos_ == "NOUN"
        and noun.lemma_.lower() in _TEXTS
        and any(c.lower_ in _ITSELF and c.dep_ in ("poss", "det") for c in noun.children)
    )
