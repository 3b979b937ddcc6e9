"""The parties a lawsuit's story names after it: "The plaintiffs are the Alabama Immigrant
Families Coalition, ... Tolbert and Attorney General Lucas Pruett are named as defendants."

A lede tells the suit by who brought it in general words ("A coalition of immigrant
advocates ... filed a federal lawsuit Monday"); the story names the parties a paragraph or
two later. Those named as plaintiffs bring the suit the story last told (its agents), those
named as defendants are sued (its patients).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from graphx.extract.taxonomy import Taxonomy
from graphx.model import EventMention, Mention

__all__ = ["parties_named_after"]

_ROLES = {"plaintiff": "agent", "petitioner": "agent", "defendant": "patient"}
_NEAR = 4  # the parties are named within a few sentences of the suit
_SUED = frozenset({"sue"})  # the family of bringing a suit (``event_types.csv``)


def parties_named_after(
    doc: Doc, mentions: Sequence[Mention], events: list[EventMention], taxonomy: Taxonomy
) -> list[EventMention]:
    """The events, with the parties a sentence names added to the last suit told in the
    few sentences up to it, and to earlier ones there that name no one in that role (the
    lede's "A coalition ... filed a federal lawsuit Monday", told again as "the complaint,
    filed in U.S. District Court")."""
    sentences = list(doc.sents)
    found = list(events)
    for index, sent in enumerate(sentences):
        told = _parties(sent)
        if told is None:
            continue
        role, words = told
        suits = [
            n
            for n, e in enumerate(found)
            if index - _NEAR <= e.sentence <= index
            and taxonomy.family(e.lemma, e.event_type) in _SUED
        ]
        named = [m.id for m in mentions if _a_party(m) and m.start in words]
        for n in suits:
            suit = found[n]
            if n != suits[-1] and any(r == role for _, r in suit.participants):
                continue  # another suit, with parties of its own ("The ACLU sued ...")
            added = [(i, role) for i in named if all(i != p for p, _ in suit.participants)]
            found[n] = replace(suit, participants=[*suit.participants, *added])
    return found


def _parties(sent: Span) -> tuple[str, set[int]] | None:
    """The role of those a sentence names as a suit's parties, and where the names may
    start (character offsets): "The plaintiffs are ...", "The defendants include ...",
    "... are named as defendants"; not what a relative clause of theirs names ("who owns
    two taquerias in Birmingham"); else None."""
    for token in sent:
        role = _ROLES.get(token.lemma_.lower())
        if role is None or token.tag_ != "NNS":
            continue
        verb = token.head
        if token.dep_ == "nsubj" and verb.lemma_ in ("be", "include"):
            named = [c for c in verb.children if c.dep_ in ("attr", "dobj")]
        elif verb.lower_ == "as" and verb.head.lemma_ == "name":
            named = [c for c in verb.head.children if c.dep_ == "nsubjpass"]
        else:
            continue
        return role, {t.idx for n in named for t in _without_clauses(n)}
    return None


def _without_clauses(noun: Token) -> list[Token]:
    """A noun phrase's words and its conjuncts', without the clauses and phrases that
    describe them ("the Rev. Samuel Okafor of Greater Grace Fellowship in Hoover")."""
    words = [noun]
    for child in noun.children:
        if child.dep_ not in ("relcl", "acl", "prep", "punct"):
            words.extend(_without_clauses(child))
    return words


def _a_party(mention: Mention) -> bool:
    return mention.type in ("person", "agency", "organization", "jurisdiction")
