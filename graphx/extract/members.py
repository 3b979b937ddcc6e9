"""The body a noun of its people stands for: "immigration agents" for ICE (issue 15).

"Federal immigration agents arrested 14 people" names no one, but a reader takes the agents
for ICE's when the article names U.S. Immigration and Customs Enforcement: the word before
the noun ("immigration", "sheriff's") is a word of the body's name. Words many bodies' names
hold ("federal", "county") tell none (``member_nouns.txt``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from spacy.tokens import Token

from graphx.extract import places
from graphx.extract.known import known_names, normalize_name, read_head_words
from graphx.lexicon import Lexicon, shipped
from graphx.model import Mention

__all__ = ["body_of_members", "member_words"]

_MODIFIERS = frozenset({"compound", "amod", "poss"})


def member_words(lexicon: Lexicon | None = None) -> tuple[frozenset[str], frozenset[str]]:
    """``member_nouns.txt``: the nouns of a body's people, and the words that tell no body."""
    return (lexicon or shipped()).derived(_member_words)


def _member_words(lexicon: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    kinds = lexicon.word_kinds("member_nouns.txt")
    return kinds.get("member", frozenset()), kinds.get("vague", frozenset())


def body_of_members(token: Token, mentions: Sequence[Mention], starts: list[int]) -> int | None:
    """The agency mention a noun of people stands for: the nearest, before it or else
    after it, whose name holds a word said before the noun; None when no word tells it.
    ``starts``: the mentions' start offsets, in order."""
    nouns, vague = member_words()
    words = _said_before(token) - vague if token.lemma_.lower() in nouns else set()
    if not words:
        return _body_they_sit_on(token, mentions, starts)
    offset: int = token.idx
    nearest: list[int] = [
        *range(bisect_left(starts, offset) - 1, -1, -1),  # before the noun, nearest first
        *range(bisect_right(starts, offset), len(mentions)),  # then after it
    ]
    for i in nearest:
        if mentions[i].type == "agency" and words <= _name_words(mentions[i].text):
            return i
    return None


def _body_they_sit_on(token: Token, mentions: Sequence[Mention], starts: list[int]) -> int | None:
    """ "the commissioners" after "the Twin Falls County Board of Commissioners" (found in
    probe153), "the supervisors" after a Board of Supervisors: the members of a body that
    votes (``head_words.csv``), with "the" alone before them, stand for the nearest agency
    named before them whose name holds the word ("the families" are no Department of
    Children and Families: a review)."""
    lefts = [c.lower_ for c in token.lefts]
    if token.lower_ not in read_head_words()["members"] or lefts != ["the"]:
        return None
    # "In Pima County, the supervisors": another county's board, not the one named before
    # ("In Greeley, the commissioners", its county seat, is the board's own: a review)
    sent = token.sent
    elsewhere = {
        m.text.lower()
        for m in mentions
        if m.type == "jurisdiction"
        and sent.start_char <= m.start < token.idx
        and getattr(places.lookup(m.text), "level", "") == "county"
    }
    for i in range(bisect_left(starts, token.idx) - 1, -1, -1):
        name = mentions[i].text
        if mentions[i].type == "agency" and token.lower_ in _name_words(name):
            return i if all(place in name.lower() for place in elsewhere) else None
    return None


def _said_before(noun: Token) -> set[str]:
    """Every word of the phrase before the noun that says what it is: "Greene County
    sheriff's" in "Greene County sheriff's deputies", "law enforcement" in "local law
    enforcement officers"; each must be a word of the body's name."""
    modifiers = [c for c in noun.lefts if c.dep_ in _MODIFIERS]
    return {
        t.lower_
        for m in modifiers
        for t in m.subtree
        if t.is_alpha and t.dep_ not in ("det", "case", "punct")
    }


def _name_words(name: str) -> set[str]:
    """The words of a name and of the table name it is a form of ("ICE": its full name)."""
    row = known_names().get(normalize_name(name))
    full = f"{name} {row.name}" if row is not None else name
    return set(re.findall(r"[a-z]+", full.lower()))
