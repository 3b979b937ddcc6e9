"""A clause that describes any one of a kind, not a happening the story knows (issue 15).

"warrants like the ones issued by ICE", "requests for people who were charged with crimes",
"individuals arrested on criminal charges when there is probable cause ...", "a form
signed by an immigration officer rather than a judge": each tells what such people or
things are. A clause that says where or in what ("detained in the Newark raid") tells of
the story's own.
"""

from __future__ import annotations

from spacy.tokens import Token

from graphx.extract import places
from graphx.extract.known import read_head_words, read_titles
from graphx.extract.taxonomy import load_taxonomy
from graphx.extract.word_lists import other_instance_words
from graphx.lexicon import shipped

__all__ = ["another_of_its_kind", "describes_a_kind"]

_SPECIFIERS = frozenset({"det", "nummod", "poss", "quantmod", "predet"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_ANY_ONE = frozenset({"each", "every", "any"})  # one of a kind, whichever


def describes_a_kind(token: Token, kind_words: frozenset[str], headline: bool = False) -> bool:
    """A verb of a clause that describes any one of a kind, not ones the story knows:
    "warrants like the ones issued by ICE", "anyone arrested", and "requests for people
    who were charged with crimes" (a plural with no determiner or number but a capacity's,
    "for up to 550 people detained by ICE", after a preposition: as a subject or object,
    "Workers who were detained said", it is more often the story's own). A clause that says
    where or in what ("detained in the Newark raid", "arrested at the Chicago plant") tells
    of the story's own people.
    """
    if token.dep_ not in ("relcl", "acl") or _placed(token):
        return False
    head = token.head
    if head.lower_ in kind_words or _by_anyone(token):
        return True
    if any(c.dep_ == "det" and c.lower_ in _ANY_ONE for c in head.children):
        return True  # "$58 a day for each person held on an ICE detainer"
    specified = any(c.dep_ in _SPECIFIERS and not _capacity(c) for c in head.children)
    bare = head.tag_ == "NNS" and not specified
    bare = bare and not _of_a_named_place(head)
    # "a pair of lawsuits filed by the city", "dozens of people who were detained": counted
    counted = head.head.lower_ == "of" and head.head.head.pos_ in ("NOUN", "NUM", "PRON")
    # a headline's present tells what was done; a relative clause tells of someone the story
    # names ("accuses agents who arrested Omar Haddad of using force": a review)
    habit = token.dep_ == "acl" and _of_a_habit(head) and not headline
    return bare and (head.dep_ == "pobj" and not counted or habit)


def _of_a_habit(noun: Token) -> bool:
    """The object of a present tense that tells what is done as a rule ("The jail holds people
    detained by ICE", "requires sheriffs to honor detainers issued by ICE"), not of a past
    ("Agents freed workers detained at the plant": the story's own)."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    infinitive = any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
    return verb.tag_ == "VB" and infinitive and verb.head.tag_ in ("VBZ", "VBP")


def _capacity(number: Token) -> bool:
    """ "up to 550" in "a center for up to 550 people detained by ICE": how many it holds,
    not people the story counts (found in probe197)."""
    bounds = [q.lower_ for q in number.children if q.dep_ == "quantmod"]
    return number.dep_ == "nummod" and bounds[:2] == ["up", "to"]


def _by_anyone(verb: Token) -> bool:
    """A policy act's participle done by anyone of a kind to a thing: "paperwork signed by
    an ICE officer, not a judge" tells what such paperwork is, not a signing."""
    if load_taxonomy().verbs.get(verb.lemma_.lower()) != "policy":
        return False  # "a 17-year-old detained by an ICE agent": someone acted upon
    people = shipped().word_set("person_nouns.txt")
    if verb.head.ent_type_ == "PERSON" or verb.head.lemma_.lower() in people:
        return False  # "a man arrested by an ICE officer": someone the story tells of
    return verb.tag_ == "VBN" and any(
        c.dep_ == "agent" and any(o.dep_ == "pobj" and _indefinite(o) for o in c.children)
        for c in verb.children
    )


def _indefinite(noun: Token) -> bool:
    """ "an ICE officer", "a judge": anyone who holds a title, not "a narrow margin"."""
    anyone = noun.pos_ == "NOUN" and noun.lemma_.lower() in read_titles()
    return anyone and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def _own_phrases(verb: Token) -> list[Token]:
    """The words of a verb's own phrases, not of a clause under it ("arrested on charges
    when there is cause to believe they are removable from the United States")."""
    out, stack = [], [verb]
    while stack:
        token = stack.pop()
        out.append(token)
        stack.extend(c for c in token.children if c.dep_ not in ("advcl", "ccomp", "relcl", "acl"))
    return out


def _of_a_named_place(noun: Token) -> bool:
    """ "commissioners in Belknap County": the members of a body that votes, of a county or a
    town the phrase names, are that body, the story's own (found on a working probe: "by
    commissioners in Belknap County, who voted 2-1"); "immigrants in Texas who were
    arrested" or "lawmakers in Florida who voted against similar measures" are any of a
    kind."""
    if noun.lower_ not in read_head_words()["votes"]:
        return False
    named = [
        o
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ in ("in", "of", "from")
        for o in prep.children
        if o.dep_ == "pobj" and o.ent_type_ == "GPE"
    ]
    return any(_local(o) for o in named)


def _local(token: Token) -> bool:
    """Whether the place name a token is in names a county or a town."""
    name = next((e.text for e in token.doc.ents if e.start <= token.i < e.end), token.text)
    place = places.lookup(name)
    return place is not None and place.level in ("county", "city")


def _placed(verb: Token) -> bool:
    """Whether a clause names a particular place or thing its act was at or in: a
    preposition (not the passive's "by") whose object is a name or has "the", "this",
    "its"."""
    for prep in (t for t in _own_phrases(verb) if t.dep_ == "prep" and t.i > verb.i):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            definite = any(
                c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE)
                for c in obj.children
            )
            if obj.pos_ == "PROPN" or definite:
                return True
    return False


def another_of_its_kind(trigger: Token, lemma: str) -> bool:
    """Told as another happening of its kind than the story's: "sent similar subpoenas to
    Denver", "another lawsuit" (``other_instance_words.txt``). Only the happening's own
    noun counts (the trigger, or a light verb's object): "condemned the other raid" tells
    a statement that is the story's."""
    words = other_instance_words()
    light = trigger.pos_ == "VERB" and lemma != trigger.lemma_.lower()  # its noun's lemma
    nouns = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")] if light else []
    if trigger.pos_ == "NOUN":
        nouns.append(trigger)
    return any(
        c.dep_ in ("amod", "det") and c.lower_ in words for noun in nouns for c in noun.children
    )
