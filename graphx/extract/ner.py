"""Stages 1-2: named entities, domain rules and typing.

``load_nlp`` (from :mod:`graphx.extract.nlp`) builds the spaCy pipeline with
the domain entity ruler. ``find_mentions`` reads only ``doc.ents`` and
``doc.sents`` (so it works on hand-built Docs) and returns typed
:class:`graphx.model.Mention` objects. Each entity of the model becomes a
draft (:mod:`graphx.extract.spans`: the model's known confusions fixed);
the document's drafts then go through the repairs in the order of
``find_mentions``: names moved or added (:mod:`graphx.extract.repairs`), the
page's credits, datelines and headlines (:mod:`graphx.extract.page`), types
decided by the document (:mod:`graphx.extract.retype`), later bare uses of a
surname or acronym, and role titles split off people's names
(:mod:`graphx.extract.titles`).

The name tables live in :mod:`graphx.extract.known`; their names stay
importable from here for the packages that read them.
"""

from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Doc

from graphx.extract import (
    affiliations,
    aged,
    counties,
    evidenced,
    headed,
    hyphens,
    joined,
    nicknames,
    page,
    parted,
    repairs,
    retype,
    seated,
    short_names,
    surnames,
    titled,
    town_bodies,
)
from graphx.extract.drafts import Draft, covered
from graphx.extract.known import (
    KnownName,
    known_names,
    known_table,
    name_words,
    normalize_name,
    read_head_words,
    read_products,
    read_titles,
    table_patterns,
)
from graphx.extract.nlp import AUTO_MODELS, load_nlp, release_models
from graphx.extract.nlp import _load_nlp as _load_nlp  # tests read its cache
from graphx.extract.spans import draft_entity, label_type
from graphx.extract.titles import split_title, untagged_titled_people
from graphx.model import Mention

__all__ = [
    "AUTO_MODELS",
    "KnownName",
    "find_mentions",
    "known_names",
    "known_table",
    "label_type",
    "load_nlp",
    "normalize_name",
    "read_head_words",
    "read_products",
    "read_titles",
    "release_models",
    "table_patterns",
]

# graphx.resolve.entities imports the name particles from here.
_PARTICLES = name_words().particles


def find_mentions(doc: Doc, told: frozenset[str] = frozenset()) -> list[Mention]:
    """Typed mentions of a parsed document, ordered by start; ``told``: the surnames its page
    names in full only in its furniture (a photo's caption).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Mayor", "Eric", "Adams", "spoke"],
    ...           ents=["B-PERSON", "I-PERSON", "I-PERSON", "O"])
    >>> [(m.text, m.type, m.title) for m in find_mentions(doc)]
    [('Eric Adams', 'person', 'Mayor')]
    """
    names = known_names()
    drafts = [d for ent in doc.ents for d in draft_entity(doc, ent, names)]
    text = doc.text  # built from the tokens on every access: read it once
    drafts = surnames.lone_names(doc, _repaired(doc, text, drafts, names), read_titles(), told)
    drafts = page.without_furniture_words(doc, text, page.without_item_labels(doc, text, drafts))
    drafts = sorted(drafts + _repeats(doc, drafts), key=lambda d: d.start)
    mentions = _mentions(doc, drafts)
    return page.mark_attributions(text, page.mark_datelines(text, mentions))


def _repaired(doc: Doc, text: str, drafts: list[Draft], names: dict[str, KnownName]) -> list[Draft]:
    """The document's drafts through every repair, in order: each step sees the last's."""
    titles = read_titles()
    drafts = nicknames.quoted_nicknames(doc, hyphens.hyphenated_names(doc, drafts))
    drafts = affiliations.people_of_bodies(doc, drafts)
    drafts = affiliations.holders_read_with_bodies(doc, drafts)
    # a body found by its head word may start after a hyphen ("Tri-Cities Immigrant ...")
    drafts = hyphens.hyphenated_names(doc, headed.named_bodies(doc, drafts))
    drafts = counties.county_names(doc, drafts)
    drafts = counties.untagged_towns(doc, counties.untagged_counties(doc, drafts))
    drafts = counties.county_bodies(doc, drafts)
    drafts = headed.members_of_places(doc, drafts)
    drafts = titled.places_cut_at_titles(doc, repairs.bodies_around_places(doc, drafts), titles)
    drafts = titled.titled_names(doc, drafts, titles)
    drafts = repairs.possessive_places(doc, drafts)
    drafts = repairs.numbered_bodies(
        doc, repairs.capitalised(doc, repairs.person_words(doc, drafts))
    )
    drafts = aged.aged_people(doc, surnames.apostrophe_surnames(doc, drafts), titles)
    drafts = aged.named_by_age(doc, parted.states_run_into_names(doc, drafts))
    drafts = repairs.described_people(doc, repairs.named_speakers(doc, drafts))
    drafts = counties.towns_of_people(doc, counties.hometowns(doc, drafts))
    drafts = untagged_titled_people(doc, drafts, titles)
    drafts = affiliations.people_told_of_as_who(doc, affiliations.names_read_as_places(doc, drafts))
    drafts = surnames.names_in_full(doc, drafts, titles)
    drafts = page.dateline_cities(doc, text, retype.people_read_as_places(doc, drafts))
    drafts = _towns(doc, drafts)
    drafts = evidenced.by_evidence(doc, page.page_names(doc, text, drafts))
    drafts = retype.places_before_titles(doc, retype.places_opening_names(doc, drafts))
    drafts = retype.places_read_with_titles(doc, drafts)
    drafts = joined.possessive_bodies(doc, joined.broken_bodies(doc, drafts))
    drafts = seated.seated_bodies(doc, joined.field_offices(doc, drafts, names))
    drafts = joined.bodies_named_after_their_kind(doc, joined.saints_houses_of_worship(doc, drafts))
    drafts = parted.people_of_towns(doc, joined.bodies_ended_at_of(doc, drafts))
    drafts = headed.chapters(doc, repairs.regional_outlets(doc, drafts))
    drafts = repairs.administrations(doc, headed.state_chambers(doc, drafts, names), names)
    drafts = parted.case_captions(doc, surnames.first_names_of_people(doc, drafts, titles))
    drafts = short_names.companies_by_short_name(doc, headed.businesses(doc, drafts))
    drafts = retype.companies(doc, retype.people_by_surname(doc, drafts))
    return retype.consistent_types(doc, retype.places_named_like_the_famous(doc, drafts))


def _towns(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """The repairs of towns the model read as something else, in order."""
    drafts = retype.towns_read_as_names(doc, parted.places_after_bodies(doc, drafts))
    drafts = retype.towns_of_named_states(doc, retype.city_and_state(doc, drafts))
    return town_bodies.towns_named_by_their_bodies(doc, drafts)


def _mentions(doc: Doc, drafts: list[Draft]) -> list[Mention]:
    """The drafts as mentions, titles split off people's names, ordered by offsets."""
    titles = read_titles()
    sent_of = _sentence_index(doc)
    ents_at = {i: d for d in drafts for i in range(d.start, d.end)}
    mentions = []
    for draft in drafts:
        if draft.type == "person":
            split_title(doc, draft, titles, ents_at)
            if draft.end <= draft.start:
                continue
        mentions.append(_mention(doc, draft, sent_of[draft.start]))
    return sorted(mentions, key=lambda m: (m.start, m.end))


def _mention(doc: Doc, draft: Draft, sentence: int) -> Mention:
    span = doc[draft.start : draft.end]
    return Mention(
        text=span.text,
        start=span.start_char,
        end=span.end_char,
        sentence=sentence,
        type=draft.type,
        label=draft.label,
        canonical=draft.canonical,
        title=draft.title,
        type_reason=draft.reason,
        attribution=draft.credit,
    )


def _sentence_index(doc: Doc) -> list[int]:
    if not doc.has_annotation("SENT_START"):
        return [0] * len(doc)
    index = [0] * len(doc)
    for n, sent in enumerate(doc.sents):
        for i in range(sent.start, sent.end):
            index[i] = n
    return index


def _repeats(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """Later bare uses of a surname or of an acronym the text defined, which the model missed.

    "Todd Michael Lyons ... Lyons said" and "Department of Corrections
    (NYDOC) ... NYDOC" (issue 3: surname-only mentions and defined acronyms).
    """
    taken = covered(drafts)
    # Indexed by first word: one dict probe per token instead of a scan of every name.
    by_first: dict[str, list[tuple[tuple[str, ...], Draft]]] = defaultdict(list)
    for seq, source in _repeatable(doc, drafts).items():
        by_first[seq[0]].append((seq, source))
    words = [t.text for t in doc]
    found = []
    for i, word in enumerate(words):
        for seq, source in by_first.get(word, ()):
            end = i + len(seq)
            if tuple(words[i:end]) == seq and not taken.intersection(range(i, end)):
                canonical = "" if source.type == "person" else source.canonical
                found.append(Draft(i, end, source.label, source.type, canonical))
                taken.update(range(i, end))
    return found


def _repeatable(doc: Doc, drafts: list[Draft]) -> dict[tuple[str, ...], Draft]:
    """The words a later bare use repeats, each with the draft it names: a person's
    surname (with its particle: "van Buren", or without: "Santos" of "Marisol de los
    Santos", a review), an acronym defined in parentheses."""
    particles = name_words().particles
    wanted: dict[tuple[str, ...], Draft] = {}
    for d in drafts:
        words = [t.text for t in doc[d.start : d.end]]
        if d.type == "person" and len(words) > 1 and words[-1][:1].isupper():
            size = 2 if len(words) > 2 and words[-2] in particles else 1
            wanted.setdefault(tuple(words[-size:]), d)
            wanted.setdefault((words[-1],), d)
        nxt = doc[d.end : d.end + 3]
        if (
            d.type in ("agency", "organization", "media")
            and len(nxt) == 3
            and nxt[0].text == "("
            and nxt[2].text == ")"
            and nxt[1].text.isupper()
            and len(nxt[1].text) > 1
        ):
            wanted.setdefault((nxt[1].text,), d)
    return wanted
