"""The full name of a person the model named only by surname (issue 15).

The model sometimes misses a name where it stands whole ("Gerardo Quintanilla was
deported ...") and tags only the later bare uses ("Quintanilla said"), which then look like
lone words and are dropped. The capitalised word before an untagged use of such a surname
is the first name.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from graphx.extract import places
from graphx.extract.drafts import Draft, covered
from graphx.extract.known import name_words
from graphx.extract.titles import is_title_word

__all__ = ["full_names_of_surnames"]

_FULL = "the full name of a person the text names by surname"


def full_names_of_surnames(doc: Doc, drafts: list[Draft], titles: frozenset[str]) -> list[Draft]:
    """A person the model named only by surname, whose full name it missed where it stands
    whole: "Gerardo Quintanilla was deported ... Quintanilla said". The capitalised word
    before an untagged use of the surname is the first name (not a title, not a word of
    the language: "Sheriff Quintanilla", "When Quintanilla")."""
    taken = covered(drafts)
    surnames = {doc[d.start].text for d in drafts if d.type == "person" and d.end - d.start == 1}
    found = []
    for token in doc[1:]:
        first = doc[token.i - 1]
        if token.text not in surnames or taken.intersection((first.i, token.i)):
            continue
        if _first_name(first, titles, token) and token.is_title:
            found.append(Draft(first.i, token.i + 1, "PERSON", "person", reason=_FULL))
            taken.update((first.i, token.i))
    return drafts + found


def _first_name(word: Token, titles: frozenset[str], surname: Token) -> bool:
    """A word that can be a first name: capitalised, alone before the surname (not the end
    of a longer name, "The Newton Kansan", "Peach State Patriot"), no word of the language
    ("Support", "When"), title or place."""
    before = word.doc[word.i - 1] if word.i > 0 else None
    if before is not None and (before.is_title or before.lower_ == "the"):
        return False
    if not (word.is_alpha and word.is_title) or word.is_stop or word.pos_ != "PROPN":
        return False
    if len(word) < 2:
        return False  # a letter is an initial, written with its dot ("J. Quintanilla")
    if word.ent_type_:
        return False  # a name or a time of its own: "in March Castellanos", "Mexican"
    words = name_words()
    if word.lower_ in words.openers or word.lower_ in words.honorifics:
        return False  # "Operation Stonegarden", "Mrs Castellanos"
    if is_title_word(word.text, titles, surname.text) or f"{word.lower_}." in titles:
        return False  # "Sheriff Castellanos", "Sgt Castellanos"
    return places.lookup(word.text) is None
