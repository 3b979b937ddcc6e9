"""Where an event took place, of the places its clause names: a place a preposition of
place governs ("in Aurora", "at the Sturgis plant"), a town of the state named first (issue
15), a place within a country.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Token

from graphx.extract import places, statements
from graphx.extract.known import read_head_words
from graphx.extract.taxonomy import Taxonomy, load_taxonomy
from graphx.extract.word_lists import capture_word_kinds
from graphx.model import Mention

__all__ = [
    "governed_by",
    "locative",
    "place_told",
    "seat_of_an_office",
    "town_where_done",
    "where_another_act_was",
    "within_country",
]

_LOCATIVE = {"in", "at", "near", "outside", "inside", "across", "throughout"}


def seat_of_an_office(doc: Doc, mention: Mention) -> bool:
    """The city a national agency's regional office is named for (``regional`` rows of
    ``head_words.csv``), which is no place of what its officers did: "officers from the
    agency's Portland field office arrested him" (found in probe302): the office that acts,
    or its officers; not one acted at ("detained in the lobby of the Portland field office",
    "rallied in front of the field office": a review)."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return False
    office = span.root.head
    named = " ".join(t.lower_ for t in doc[span.end : office.i + 1])
    if office.i < span.end or named not in read_head_words()["regional"]:
        return False
    if office.dep_ in ("nsubj", "nsubjpass") or office.head.dep_ == "agent":
        return True  # "ICE's Portland field office arrested", "... by the field office"
    takers = capture_word_kinds().get("taker", frozenset())
    # "officers from the agency's Portland field office"; not "the lobby of the field office"
    return office.dep_ == "pobj" and office.head.head.lemma_.lower() in takers


def locative(doc: Doc, mention: Mention) -> bool:
    """ "in Aurora", "at the Sturgis plant"... a place a preposition of place governs."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ in ("nmod", "compound", "appos") and root.head.dep_ == "pobj":
        root = root.head  # "in Reno, Nevada" parsed with "Reno" on "Nevada"
    return root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE


def town_where_done(trigger: Token, state: Mention, mentions: Sequence[Mention]) -> int | None:
    """A county or town of the state taken as the place, that a place phrase of the
    trigger's own clause names ("arrested 23 workers at a plant in Huron": no verb between);
    not one of someone's past ("a man who lived in Dallas"), nor a namesake in another
    state (Memphis is Tennessee's, whatever "Texas" says)."""
    outer = places.lookup(state.text)
    if outer is None or outer.level != "state":
        return None
    doc = trigger.doc
    for index, mention in enumerate(mentions):
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or mention.type != "jurisdiction" or not locative(doc, mention):
            continue
        if not governed_by(span.root, trigger.i):
            continue
        inner = places.lookup(mention.text)
        if inner is not None and inner.ambiguous:
            inner = places.lookup(mention.text, context=[state.text])
        if inner is not None and inner.level in ("county", "city") and inner.parent == outer.name:
            return index
    return None


def governed_by(word: Token, trigger: int) -> bool:
    """The trigger (a token index) is above the word with no verb between ("arrested 23
    workers at a plant in Huron"; not "a man who lived in Dallas")."""
    ups = list(word.ancestors)
    depth = next((k for k, t in enumerate(ups) if t.i == trigger), -1)
    return depth >= 0 and not any(t.pos_ in ("VERB", "AUX") for t in ups[:depth])


def within_country(mention: Mention, country: Mention) -> bool:
    """Whether ``mention`` names a place within the country ``country`` names ("Texas" in
    the United States; not "Texas" in Mexico)."""
    outer, inner = places.lookup(country.text), places.lookup(mention.text)
    if outer is None or inner is None or outer.level != "country" or inner.level == "country":
        return False
    if inner.parent == outer.name:
        return True
    state = places.lookup(inner.parent) if inner.parent else None
    return state is not None and state.level == "state" and state.parent == outer.name


def where_they_stayed(trigger: Token, clause: list[Token]) -> list[Token]:
    """The words of a "who" clause of the trigger's clause that tells where its people lived
    or were held (``CONFINE`` and ``DWELL`` rows), whose places are none of the act's: "filed
    a lawsuit on behalf of five families who were held ... at the Imperial Beach station"
    (found in probe163); not "arrested a man who was shopping at a Home Depot in Pasadena",
    where he was taken (a review)."""
    rows = load_taxonomy().rows
    staying = {*rows.get("CONFINE", {}), *rows.get("DWELL", {})}
    return _words_of(
        c
        for c in _relatives_beside(trigger, clause)
        if c.lemma_.lower() in staying and any(w.lower_ in ("who", "whom") for w in c.children)
    )


def where_another_act_was(trigger: Token, clause: list[Token]) -> list[Token]:
    """The words of a relative clause of the trigger's clause that tells another act, by its
    verb or its subject ("a dairy worker whose arrest outside the Mount Vernon courthouse
    drew protests was released from detention Friday": found in probe335; "released a man
    who was arrested in Dallas"), whose places are that act's; not "arrested a man who was
    shopping at a Home Depot in Pasadena" (no act done to him: where he was taken), nor
    "detained a man at the site where a raid took place in Pasco" (the act's own site: a
    review)."""
    taxonomy = load_taxonomy()
    return _words_of(
        c
        for c in _relatives_beside(trigger, clause)
        if not any(w.tag_ == "WRB" for w in c.children)  # "the site where a raid took place"
        and (_done_to_them(c, taxonomy) or any(_an_act(s, taxonomy) for s in c.children))
    )


def _relatives_beside(trigger: Token, clause: list[Token]) -> list[Token]:
    """The verbs of the relative clauses of the trigger's clause that do not hold it."""
    above = (trigger, *trigger.ancestors)
    return [c for c in clause if c.dep_ == "relcl" and c not in above]


def _words_of(clauses: Iterable[Token]) -> list[Token]:
    return [t for c in clauses for t in c.subtree]


def _done_to_them(verb: Token, taxonomy: Taxonomy) -> bool:
    """An act told in the passive of whom the clause is about ("who was arrested in
    Dallas"); not what they did themselves ("arrested 20 protesters who blocked a road in
    Portland", where they were taken: a review)."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return passive and verb.lemma_.lower() in taxonomy.verbs


def _an_act(subject: Token, taxonomy: Taxonomy) -> bool:
    return subject.dep_ in ("nsubj", "nsubjpass") and subject.lemma_.lower() in taxonomy.nouns


# The families of a court case's acts, which happen where the court sits ("filed in U.S.
# District Court in Tucson").
_COURT_CASE = frozenset({"sue", "ruling"})


def place_told(
    trigger: Token,
    sense: tuple[str, str],
    taxonomy: Taxonomy,
    mentions: Sequence[Mention],
    place: str | None,
) -> tuple[str | None, str | None]:
    """The event's place, and a place it is only near: not a place named in what a saying
    says ("said on Friday that the deputies went to Dallas": not said in Dallas); for a
    lawsuit or a ruling, a place named in a party's name is only near ("sued Marion
    County Sheriff Tom Hale", "ruled that the Kent County jail violated": not
    done in that county, where other outlets name the court's city, but it agrees with
    one in it)."""
    if place is None:
        return None, None
    if taxonomy.family(sense[1], sense[0]) in _COURT_CASE:
        mention = next((m for m in mentions if m.id == place), None)
        named = mention is not None and _in_a_partys_name(trigger.doc, mention)
        return (None, place) if named else (place, None)
    if not statements.is_saying(sense[1], taxonomy):
        return place, None
    return (
        (None, None) if statements.told_in_what_is_said(trigger, mentions, place) else (place, None)
    )


def _in_a_partys_name(doc: Doc, mention: Mention) -> bool:
    """A place that is a word of a longer name or noun phrase ("Marion County Sheriff Tom
    Hale", "the Kent County jail", "a Dover group", "a Texas law"), not a
    party itself ("New York City sued") nor a place phrase, the court's own ("in Tucson",
    "filed in Manhattan federal court")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.root.dep_ not in ("compound", "nmod", "poss"):
        return False
    named = span.root.head
    return not (named.dep_ == "pobj" and named.head.lower_ in _LOCATIVE)
