"""The full name of a person the model named only by surname (issue 15).

The model sometimes misses a name where it stands whole ("Gerardo Quintanilla was
deported ...") and tags only the later bare uses ("Quintanilla said"), which then look like
lone words and are dropped. The capitalised word before an untagged use of such a surname
is the first name.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from graphx.extract import places
from graphx.extract.drafts import BODY_TYPES, Draft, covered
from graphx.extract.hyphens import joined_by_hyphen
from graphx.extract.known import any_head_words, name_words
from graphx.extract.titles import ends_title, in_capitals, is_title_word, stop_word_first_name

_APOSTROPHE_NAME = re.compile(r"[A-Z][a-z]?['’][A-Z][a-z]+")  # O'Keefe, D’Angelo

__all__ = [
    "apostrophe_surnames",
    "first_names_of_people",
    "full_names_of_surnames",
    "last_words_of_people",
    "lone_names",
    "names_in_full",
    "people_surnames",
    "told_with_age",
]

_FULL = "the full name of a person the text names by surname"
_INITIAL = re.compile(r"[A-Z]\.")
# Names the model may run a first name into ("Berkeley County Sheriff Curtis" as a FAC):
# the word is free once that name was cut back.
_NAMES_RUN_ON = frozenset({"FAC", "ORG", "PERSON"})


def names_in_full(doc: Doc, drafts: list[Draft], titles: frozenset[str]) -> list[Draft]:
    """People's names the model cut: the full name of one named by surname
    (``full_names_of_surnames``), then the last word of a name (``last_words_of_people``)."""
    drafts = last_words_of_people(doc, full_names_of_surnames(doc, drafts, titles), titles)
    return surnames_after_first_names(doc, drafts, titles)


def full_names_of_surnames(doc: Doc, drafts: list[Draft], titles: frozenset[str]) -> list[Draft]:
    """A person the model named only by surname (or read as another kind, a surname another
    person of the page bears), whose full name it missed where it stands whole: "Gerardo
    Quintanilla was deported ... Quintanilla said". The capitalised word
    before an untagged use of the surname is the first name (not a title, not a word of
    the language: "Sheriff Quintanilla", "When Quintanilla")."""
    taken = covered(drafts)
    lone = {doc[d.start].text: d.type for d in drafts if d.end - d.start == 1}
    # a lone word the model typed otherwise that a person of the page bears as a surname
    # ("Solórzano" read as a body, beside "his wife, Araceli Solórzano": found in probe269)
    borne = {doc[d.end - 1].text for d in drafts if d.type == "person" and d.end - d.start > 1}
    surnames = {w for w, kind in lone.items() if kind == "person" or w in borne}
    found = []
    for token in doc[1:]:
        first = doc[token.i - 1]
        if token.text not in surnames or taken.intersection((first.i, token.i)):
            continue
        if _first_name(first, titles, token) and token.is_title:
            found.append(Draft(first.i, token.i + 1, "PERSON", "person", reason=_FULL))
            taken.update((first.i, token.i))
    return drafts + found


def first_names_of_people(doc: Doc, drafts: list[Draft], titles: frozenset[str]) -> list[Draft]:
    """A person named by one or two words whose first name the model left out of the name:
    "Keely Thorsen, a spokeswoman for the ACLU" tagged "Thorsen" alone (as a body, typed a
    person by its role), "Ana Lucía Portillo" as "Lucía Portillo", "Isabel Carrasco-Montes"
    as "Carrasco-Montes", "Curtis J. Hendershot Jr." as "J. Hendershot Jr."; the
    capitalised word right before it that can be a first name, and that the parse hangs on
    it, is one."""
    taken = covered(drafts)
    for d in drafts:
        words = sum(t.text != "-" for t in doc[d.start : d.end])  # "Carrasco-Montes": one
        initial = _INITIAL.fullmatch(doc[d.start].text) is not None  # "J. Hendershot Jr."
        short = d.type == "person" and (words <= 2 or initial) and d.start > 0
        first = doc[d.start - 1]
        hung = short and d.start <= first.head.i < d.end  # the parse makes it part of the name
        named = _first_name(first, titles, doc[d.start], town=told_with_age(doc, d.end))
        if hung and first.i not in taken and named:
            d.start -= 1
            taken.add(d.start)
    return drafts


def last_words_of_people(doc: Doc, drafts: list[Draft], titles: frozenset[str]) -> list[Draft]:
    """A person's name the model cut before its last word, a word of the language too:
    "Delia Spotted Bear", "Loren Heavy Shield" (found in probe161). The capitalised word
    right after a name of two words or more, in a sentence's run of text (not a headline's
    capitals), is its last word when no capitalised word follows it and it is no title,
    no body's word, and no time, place or other name the model read."""
    taken = covered(drafts)
    heads = any_head_words()
    for d in drafts:
        if d.type != "person" or d.end - d.start < 2 or d.end + 1 >= len(doc):
            continue
        word, after = doc[d.end], doc[d.end + 1]
        if word.i in taken or not (word.is_alpha and word.is_title) or word.is_sent_start:
            continue
        # (no name of its own; the rest of one the name's words began: '"Bear" Heavy
        # Shield' read as a title's words)
        own = word.ent_type_ not in ("", "PERSON") and word.ent_iob_ == "B"
        if own or (after.is_alpha and after.is_title):
            continue
        if word.lower_ in heads or word.is_stop or is_title_word(word.text, titles, ""):
            continue
        if not in_capitals(doc, d.start):  # (a town's name may end one: "Bear", Del.)
            d.end += 1
            taken.add(word.i)
    return drafts


def surnames_after_first_names(
    doc: Doc, drafts: list[Draft], titles: frozenset[str]
) -> list[Draft]:
    """A person the model named by a first name alone, cutting the two surnames after it
    ("The plaintiff, Teodoro | Valdivia Ruiz, was arrested": found in probe265): the one or
    two capitalised words after it that the model read as nothing are the rest of the name
    when a comma or a word in lower case ends them, none is a title's, a body's or a place's
    word, and the line is no headline's capitals."""
    taken, heads = covered(drafts), any_head_words()
    for d in drafts:
        if d.type != "person" or d.end - d.start != 1 or in_capitals(doc, d.start):
            continue
        end = d.end
        while end < min(d.end + 2, len(doc)) and _untagged_name_word(
            doc[end], taken, heads, titles
        ):
            end += 1
        closed = end < len(doc) and (doc[end].text == "," or doc[end].is_lower)
        if end > d.end and closed:
            taken.update(range(d.end, end))
            d.end = end
    return drafts


def _untagged_name_word(
    word: Token, taken: set[int], heads: frozenset[str], titles: frozenset[str]
) -> bool:
    if word.i in taken or word.ent_type_ or not (word.is_alpha and word.is_title) or word.is_stop:
        return False
    if word.lower_ in heads or is_title_word(word.text, titles, ""):
        return False
    return places.lookup(word.text) is None


def told_with_age(doc: Doc, end: int) -> bool:
    """Whether the name that ends before token ``end`` is told with an age after it ("Garland
    Hickey, 61, of Tazewell"): a person news introduces (whose first word is a first name
    though a town bears it too, whose "of" names where they live, whom a lede told only by
    what they are)."""
    after = doc[end : end + 3]
    return len(after) == 3 and after[0].text == "," and after[1].like_num and after[2].text == ","


def _first_name(word: Token, titles: frozenset[str], surname: Token, *, town: bool = False) -> bool:
    """A word that can be a first name: capitalised, alone before the surname (not the end
    of a longer name, "The Newton Kansan", "Peach State Patriot"), no word of the language
    ("Support", "When"), title or place (``town``: a town's name is one too, "Garland")."""
    before = word.doc[word.i - 1] if word.i > 0 else None
    # a title's word, or the end of one of two words ("Attorney General Renata Solheim")
    titled = before is not None and ends_title(word.doc, before.i, titles)
    if before is not None and ((before.is_title and not titled) or before.lower_ == "the"):
        return False  # (a title before it opens no longer name: "Sheriff Rosalind Hayes")
    if before is not None and f"{before.lower_} {word.lower_}" in titles:
        return False  # the end of a title: "Attorney General Jeff Sessions"
    # a word the tagger took for no name is one when the parse hangs it on the surname
    # ("Keely Thorsen" read as an adverb of "Thorsen"; not "Meanwhile Thorsen said")
    named = word.pos_ == "PROPN" or word.head.i == surname.i
    stop = word.is_stop and not stop_word_first_name(word, titles)
    if not (word.is_alpha and word.is_title) or stop or not named:
        return False
    if len(word) < 2:
        return False  # a letter is an initial, written with its dot ("J. Quintanilla")
    if word.ent_type_ and word.ent_type_ not in _NAMES_RUN_ON:
        return False  # a name or a time of its own: "in March Castellanos", "Mexican"
    words = name_words()
    if word.lower_ in words.openers or word.lower_ in words.honorifics:
        return False  # "Operation Stonegarden", "Mrs Castellanos"
    if is_title_word(word.text, titles, surname.text) or f"{word.lower_}." in titles:
        return False  # "Sheriff Castellanos", "Sgt Castellanos"
    return town or places.lookup(word.text) is None


def apostrophe_surnames(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """ "Yasmeen Pitts O'Keefe": a surname with an apostrophe right after a person's name
    belongs to it, whatever the tagger made of it (issue 16)."""
    starts = {d.start for d in drafts}
    for d in drafts:
        if d.type != "person" or d.end >= len(doc) or d.end in starts:
            continue
        if _APOSTROPHE_NAME.fullmatch(doc[d.end].text) and "\n" not in doc[d.end - 1].whitespace_:
            d.end += 1
    return drafts


def lone_names(
    doc: Doc, drafts: list[Draft], titles: frozenset[str], told: frozenset[str] = frozenset()
) -> list[Draft]:
    """Drop a one-word "person" the document never names in full, titles or knows.

    News introduces a person by full name before using the surname alone, so
    a lone capitalized word the model calls PERSON ("Zephyrair", "Marseille") is
    more often a company or a place the model missed. ``told``: the surnames the page
    names in full where its text does not, in a photo's caption ("County Manager Felipe
    Archuleta addresses ..." before "Archuleta said": found in probe237).
    """
    full = people_surnames(doc, drafts) | told
    heads = {
        doc[d.end - 1].text: d.type for d in drafts if d.type in BODY_TYPES and d.end - d.start > 1
    }
    keep = []
    for d in drafts:
        lone = d.type == "person" and d.end - d.start == 1 and not d.canonical
        word = doc[d.start].text
        titled = d.start > 0 and is_title_word(doc[d.start - 1].text, titles, doc[d.start].text)
        if lone and word not in full and not titled:
            if word not in heads:
                continue
            d.type = heads[word]  # "the Herald" after "the Boston Herald"
        keep.append(d)
    return keep


def people_surnames(doc: Doc, drafts: list[Draft]) -> set[str]:
    """The last words of the people the document names in full (not "Zephyrair" alone), a
    hyphenated surname whole ("Betancourt-Reyes" of "Carla Betancourt-Reyes")."""
    people = [d for d in drafts if d.type == "person" and d.end - d.start > 1]
    last = {doc[d.end - 1].text for d in people}
    joined = {
        doc[d.end - 3 : d.end].text
        for d in people
        if d.end - d.start > 3 and joined_by_hyphen(doc, d.end - 3)
    }
    return last | joined
