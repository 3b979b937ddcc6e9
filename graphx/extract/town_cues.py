"""How a sentence tells that a name the model read as a group or a person is a town.

"a Cornelius man", "residents of Sabetha and Horton", "the Burlington-based farmworker
group", "stopped his car in Enosburg Falls", "outside his Evergreen home": words of place,
origin or dwelling around a name (``retype.towns_of_named_states`` then asks the gazetteer).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from graphx.extract import places
from graphx.extract.drafts import POSSESSIVE, Draft
from graphx.extract.known import name_words, read_head_words, read_titles
from graphx.lexicon import shipped

__all__ = ["a_part_of_it", "after_in", "named_so", "read_as_someone_else"]

# Words before a town the model read as a group ("residents of Sabetha and Horton", "a
# Cornelius man").
_PLACE_CUES = frozenset({"of", "a", "an", "and", "or"})
# Words before a town ("in Lafayette", "a worker from Delavan").
_LOCATIVE = frozenset({"in", "near", "outside", "from"})
# Where someone lives, after whose it is ("his Evergreen home").
_DWELLINGS = frozenset({"home", "house", "apartment", "residence", "farm", "ranch", "trailer"})
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its", "our", "my"})


def read_as_someone_else(doc: Doc, d: Draft) -> bool:
    """A short name the model read as a body or a person that the words around it tell as a
    place."""
    if d.type == "organization":  # "Ruth Harrison of Green Forest" (found in probe84)
        told = _told_as_place(doc, d.start) or _based_in(doc, d) or _owns_a_body(doc, d)
        return d.end - d.start <= 3 and told
    told = _where_it_was_done(doc, d) or _naming_a_kind(doc, d) or _joined_to_a_place(doc, d)
    told = told or a_part_of_it(doc, d)
    return d.type == "person" and d.end - d.start <= 3 and told


def _naming_a_kind(doc: Doc, d: Draft) -> bool:
    """A name between "a" and the noun of a person or a body, saying where it is from ("A
    Sioux Falls advocacy group", "a Huron man"); not whose follower or rally it is ("a
    Warren supporter", "a Clinton administration official")."""
    before = doc[d.start - 1].lower_ if d.start > 0 else ""
    if before not in ("a", "an") or d.end >= len(doc):
        return False
    heads = read_head_words()
    kinds = heads["organization"] | heads["business"] | heads["media"] | _GROUPS
    kinds |= shipped().word_set("person_nouns.txt")
    # the noun the name hangs on, or the word after it ("a Sioux Falls nonprofit says")
    nouns = [w for w in (doc[d.end - 1].head, doc[d.end]) if w.i >= d.end and w.is_lower]
    return any(w.lemma_.lower() in kinds or w.lower_ in kinds for w in nouns)


# Nouns of a group of people that a place's name before them says where it is from.
_GROUPS = frozenset({"group", "nonprofit", "church", "company", "business"})


def _where_it_was_done(doc: Doc, d: Draft) -> bool:
    """A name told as where an act was done ("stopped his car in Enosburg Falls"), not what
    a noun is in ("interest in Jim Thorpe", "trust in Powell"), nor whose something is ("in
    Taylor's view") or who someone is ("in Jim Thorpe, the Olympic champion")."""
    before = doc[d.start - 1] if d.start > 0 else None
    if before is None or before.lower_ != "in" or not _done_or_standing(before.head):
        return False
    after = [t.lower_ for t in doc[d.end : d.end + 2]]
    possessive = after[:1] in (["'s"], ["’s"])
    described = after[:1] == [","] and after[1:] in (["a"], ["an"], ["the"])
    return not possessive and not described


def after_in(doc: Doc, d: Draft) -> bool:
    """Whether the name comes right after "in"."""
    return d.start > 0 and doc[d.start - 1].lower_ == "in"


def named_so(doc: Doc, d: Draft) -> bool:
    """A person told in full or with a title ("Mr. Lawrence"), not a bare word the model
    read as one ("Guntersville has 8,000 residents": a review), nor one after "in"."""
    word = doc[d.start - 1].text.rstrip(".").lower() if d.start > 0 else ""
    titled = word in read_titles() or word in name_words().honorifics
    return not after_in(doc, d) and (d.end - d.start > 1 or titled)


def a_part_of_it(doc: Doc, d: Draft) -> bool:
    """A name told as the place a part of town is of, after a word of place: "a church in
    east Durham" (found in probe263, where the town was the family's lawyer, Ruth Durham)."""
    if d.start < 2 or doc[d.start - 1].lower_ not in _PARTS:
        return False
    return doc[d.start - 2].lower_ in _LOCATIVE and doc[d.end : d.end + 1].text not in ("'s", "’s")


_PARTS = frozenset(
    "east west north south northeast northwest southeast southwest downtown central "
    "suburban rural greater".split()
)


def _joined_to_a_place(doc: Doc, d: Draft) -> bool:
    """A name joined by "and" or "or" to a place the model read, after a word of place
    ("children in Jerome and Twin Falls schools": found in probe246, where the second town
    was a person)."""
    if d.start < 3 or doc[d.start - 1].lower_ not in ("and", "or"):
        return False
    place = doc[d.start - 2]
    if place.ent_type_ != "GPE":
        return False
    first = place.i
    while first > 0 and doc[first].ent_iob_ == "I":
        first -= 1
    return first > 0 and doc[first - 1].lower_ in _LOCATIVE


def _done_or_standing(word: Token) -> bool:
    """An act, or a building or body that stands somewhere ("the detention center in
    Aurora", "the jail in Dover"), by the head words of ``head_words.csv``."""
    if word.pos_ in ("VERB", "AUX"):
        return True
    heads = read_head_words()
    standing = heads["facility"] | heads["building"] | heads["agency"]
    two = f"{word.doc[word.i - 1].lemma_.lower()} {word.lemma_.lower()}" if word.i else ""
    return word.pos_ == "NOUN" and (word.lemma_.lower() in standing or two in standing)


def _based_in(doc: Doc, d: Draft) -> bool:
    """ "the Burlington-based farmworker group": where a body is based is a place (found in
    a fresh corpus)."""
    return [t.lower_ for t in doc[d.end : d.end + 2]] == ["-", "based"]


def _owns_a_body(doc: Doc, d: Draft) -> bool:
    """ "Burlington's City Council voted": a town's possessive before a body that governs or
    serves it (found in probe285, where the model read "Burlington's" as a group)."""
    mark = d.end - 1 if doc[d.end - 1].text in POSSESSIVE else d.end
    if mark >= len(doc) - 1 or doc[mark].text not in POSSESSIVE or mark == d.start:
        return False
    body = doc[mark + 1]
    words = {body.lower_}
    while body.i + 1 < len(doc) and body.is_title and doc[body.i + 1].is_title:
        body = doc[body.i + 1]
        words.add(body.lower_)
    governs = body.is_title and body.lower_ in read_head_words()["agency"]
    return governs and bool(words & _OF_A_PLACE)


# words of a body of a place's government ("City Council", "County Commission"), not of a
# firm's or a college's board ("Marshfield's Board of Directors"), nor a police department
# ("Harvard's Police Department" is a university's: reviews)
_OF_A_PLACE = frozenset({"city", "county", "town", "village", "township", "borough"})


def _end_of_a_stretch(doc: Doc, i: int) -> bool:
    """The place a stretch runs to: "from Hazelwood to Ferguson" (found in probe282), one
    to three capitalised words after "from", a place the gazetteer knows, and before "to"."""
    if i < 3 or doc[i - 1].lower_ != "to":
        return False
    for size in (1, 2, 3):
        start = i - 1 - size
        words = doc[start : i - 1]
        if start > 0 and doc[start - 1].lower_ == "from" and all(t.is_title for t in words):
            # from a place ("from Catholic Charities to Liberty" is a grant's way: a review)
            return places.lookup(words.text) is not None
    return False


def _told_as_place(doc: Doc, i: int) -> bool:
    """A word told as a place: after a word of place or origin ("in Cornelius", "residents
    of Sabetha and Horton"), as an article's "a Cornelius man", or where someone lives
    ("outside his Evergreen home"); not a company doing something ("Oracle laid off 200
    workers")."""
    if i > 0 and (doc[i - 1].lower_ in _LOCATIVE or doc[i - 1].lower_ in _PLACE_CUES):
        return True
    if _end_of_a_stretch(doc, i):
        return True
    home = i + 1 < len(doc) and doc[i + 1].lower_ in _DWELLINGS
    if not (home and i > 0 and doc[i - 1].lower_ in _POSSESSIVE_PRONOUNS):
        return False
    # a name told elsewhere as a body's is that body's ("the Harvard researcher ... her
    # Harvard apartment")
    return sum(t.text == doc[i].text for t in doc) == 1
