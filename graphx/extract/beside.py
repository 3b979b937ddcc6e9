"""Participants an event takes from beyond its own clause (issue 15).

A published document's people and what it is about, whom a ruling rules on, who held a
gathering that names no one (the article's organizer: "a vigil for the workers ... said
organizer Sofia Herrera"), and who did an act of taking told in the passive with no one
doing it: the law's body another clause of its sentence, or the next sentence, names with
the law's people ("Thirty-eight workers were arrested Thursday at a catfish plant. Agents
with Homeland Security Investigations ... executed a search warrant").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from graphx.extract import arguments
from graphx.extract.triggers import load_taxonomy, verb_lemma
from graphx.extract.word_lists import capture_nouns, organizers, other_instance_words
from graphx.model import Mention

__all__ = ["done_by_next", "with_what_it_tells"]


def with_what_it_tells(
    trigger: Token,
    sense: tuple[str, str],
    named: list[tuple[str, str]],
    place: str | None,
    mentions: Sequence[Mention],
    starts: list[int],
) -> list[tuple[str, str]]:
    """A document's people with who and what it is about (``what_it_says``); a ruling's
    with whom it rules on (``ruled_on``); an arrest or raid told in the passive with no one
    doing it, with the law's body a clause beside it names (``done_by_next``)."""
    kind, family = sense
    if kind == "publication":
        ids = {i for i, _ in named}
        said = arguments.what_it_says(trigger, mentions, starts)
        return named + [(i, role) for i, role in said if i not in ids and i != place]
    if family == "ruling":  # whom it rules on is its patient, not only named with it
        ruled = arguments.ruled_on(trigger, mentions, starts, named)
        return [(i, role) for i, role in named if (i, "patient") not in ruled] + ruled
    if kind == "meeting" and family in _gatherings():
        return named + [(i, "agent") for i in _organizers(trigger, named, mentions)]
    if kind != "enforcement" or family not in _TAKING:
        return named
    bodies = {m.id for m in mentions if m.type == "agency"}
    if any(role == "agent" or i in bodies for i, role in named):
        return named
    return named + [(i, "agent") for i in done_by_next(trigger, mentions, starts)]


def done_by_next(trigger: Token, mentions: Sequence[Mention], starts: list[int]) -> list[str]:
    """Who did an act told in the passive with no one doing it ("Thirty-eight workers were
    arrested Thursday at a catfish plant"): the bodies named with the law's people as the
    subject of another clause of its sentence ("as U.S. Border Patrol agents asked drivers
    ..., and by evening 11 people had been taken into custody"), else of the next sentence
    ("Agents with Homeland Security Investigations ... executed a search warrant"); not a
    body doing anything else ("The Belzoni City Council met Friday")."""
    children = list(trigger.children)
    if not any(c.dep_ == "nsubjpass" for c in children) or any(c.dep_ == "agent" for c in children):
        return []
    doc = trigger.doc
    around = [s for s in trigger.sent if s.dep_ == "nsubj" and s.head.i != trigger.i]
    if trigger.sent.end < len(doc):
        root = doc[trigger.sent.end].sent.root
        around += [s for s in root.children if s.dep_ == "nsubj"]
    takers = capture_nouns()[1]  # the law's people: "Agents with ...", "ICE officers"
    for subject in around:
        words = list(subject.subtree)
        if any(w.lemma_.lower() in takers for w in words) and _the_same_act(subject.head):
            found = arguments.argument_mentions(words, mentions, starts)
            return [mentions[i].id for i in found if mentions[i].type == "agency"]
    return []


# The families of taking people in: who did it can be told beside it.
_TAKING = frozenset({"arrest", "raid"})


def _the_same_act(verb: Token) -> bool:
    """A clause that can tell the act's doers: a past act of no other kind ("executed a
    search warrant", "asked drivers about their citizenship"), not another happening ("were
    investigating an unrelated shooting", "found him on the sidewalk")."""
    taxonomy = load_taxonomy()
    other = taxonomy.verbs.get(verb_lemma(verb, taxonomy)) not in (None, "enforcement")
    another = any(t.lower_ in other_instance_words() for t in verb.sent)
    return verb.tag_ == "VBD" and not other and not another


def _gatherings() -> frozenset[str]:
    """The families of the people's gatherings (``GATHER`` rows: "protest")."""
    taxonomy = load_taxonomy()
    return frozenset(taxonomy.family(lemma, kind) for lemma, kind in taxonomy.crowding.items())


def _organizers(
    trigger: Token, named: list[tuple[str, str]], mentions: Sequence[Mention]
) -> list[str]:
    """The people the article titles or describes as a gathering's organizers, when it
    names no one who held it and no more than two ("said organizer Sofia Herrera", "said
    Maria Villalobos, who helped organize the march"); none otherwise."""
    if any(role == "agent" for _, role in named):
        return []
    words = organizers()
    found = [
        m.id
        for m in mentions
        if m.title.lower() in words.get("title", frozenset())
        or (
            m.type == "person"
            and _described_organizing(trigger.doc, m, words.get("verb", frozenset()))
        )
    ]
    found = list(dict.fromkeys(found))
    return found if len(found) <= 2 else []


def _described_organizing(doc: Doc, mention: Mention, verbs: frozenset[str]) -> bool:
    """A "who" clause on the person tells that they organized ("who organized the march",
    "who helped organize it")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    for clause in (c for c in span.root.children if c.dep_ == "relcl"):
        acts = [clause, *(c for c in clause.children if c.dep_ == "xcomp")]
        if any(a.lemma_.lower() in verbs for a in acts):
            return True
    return False
