"""Whether a verb of gathering tells people gathering (issue 15).

"About 400 people rallied Saturday outside the detention center" is a gathering; "stocks
rallied" and "the study demonstrated" are not. The subject says which: people named by a
noun of ``crowd_nouns.txt``, a count of them, or a person or group named.
"""

from __future__ import annotations

from spacy.tokens import Token

from graphx.extract.custody import of_the_law
from graphx.extract.known import read_head_words
from graphx.extract.someone import someone
from graphx.extract.taxonomy import load_taxonomy
from graphx.extract.word_lists import capture_nouns
from graphx.lexicon import Lexicon, shipped

__all__ = [
    "at_a_place",
    "before_a_crowd",
    "crowd_around",
    "crowd_drawn",
    "crowd_gathered",
    "crowd_nouns",
    "crowd_verbs",
    "law_around",
    "people_there",
]

# Where a group gathers: "outside the jail", "at City Hall" (not "in": "rallied in the ninth
# inning").
_PLACES = frozenset({"outside", "at", "near", "before", "across", "along", "through"})
# What tells another sense: "rallied behind the bill", "rallied around the mayor".
_SUPPORT = frozenset({"behind", "around", "to"})
# The names of where a crowd stands: buildings and places (a business is no place to rally).
_PLACE_NAMES = frozenset({"FAC", "GPE", "LOC"})
# Standing before a crowd: one who speaks to a gathering ("stood before 300 people").
_STANDING = frozenset({"stand"})
_CROWD = 20  # fewer people than this, counted, are no crowd
_MANY = frozenset({"crowd", "hundreds", "dozens", "thousands"})
# Verbs of coming to do something: "came to pray", "turned out to rally".
_COMING = frozenset({"come", "turn", "show", "gather", "arrive", "return"})


def crowd_nouns(lexicon: Lexicon | None = None) -> frozenset[str]:
    """``crowd_nouns.txt``: the nouns of people who gather."""
    return (lexicon or shipped()).word_set("crowd_nouns.txt")


def crowd_verbs(lexicon: Lexicon | None = None) -> frozenset[str]:
    """``crowd_verbs.txt``: the verbs that tell a crowd was there."""
    return (lexicon or shipped()).word_set("crowd_verbs.txt")


def crowd_gathered(verb: Token) -> bool:
    """People as the subject, nothing as the object: "Hundreds rallied", "members of the
    coalition demonstrated outside the jail"; not "the group rallied its supporters", "Dr.
    Lopez demonstrated that it works", "Republicans rallied behind the bill"; a group's
    name, only where it gathered ("Apple rallied 3 percent" is a share price)."""
    children = list(verb.children)
    if any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in children):
        return False
    preps = {c.lower_ for c in children if c.dep_ == "prep"}
    if any(c.dep_ == "prep" and c.lower_ in _SUPPORT and not _a_place(c) for c in children):
        return False
    return any(
        _people(s) or (s.ent_type_ in ("ORG", "NORP") and preps & _PLACES) for s in _subjects(verb)
    )


def _a_place(preposition: Token) -> bool:
    """A building or a named place as the preposition's object: "gathered around the
    courthouse", "around City Hall" (where, not whom they rallied around)."""
    places = [c for c in preposition.children if c.dep_ == "pobj"]
    places += [_name_end(p) for p in places]  # "outside Our Lady of the Ridge Mission"
    return any(
        p.lemma_.lower() in read_head_words()["building"] or p.ent_type_ in _PLACE_NAMES
        for p in places
    )


def _name_end(word: Token) -> Token:
    """The last noun of a proper name with "of" in it: "Mission" of "Our Lady of the Ridge
    Mission", whose object the parse makes "Lady"."""
    while word.pos_ == "PROPN":
        ends = [
            o for p in word.children if p.lower_ == "of" for o in p.children if o.pos_ == "PROPN"
        ]
        if not ends:
            break
        word = ends[0]
    return word


def _subjects(verb: Token) -> list[Token]:
    """The verb's subjects, the people its participle or relative clause tells of, or the
    subjects of the verb of coming it completes ("about 300 people came to rally")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl" and any(s.tag_ in ("WP", "WDT") for s in subjects):
        # "one of some 250 people who gathered outside the jail"; a crowd, not "two men who
        # gathered outside the bar", whom an arrest may be of, nor one some of whom a verb
        # acts on ("arrested two of the 150 protesters who gathered": the arrest's, a review)
        noun = verb.head
        of_an_object = noun.dep_ == "pobj" and noun.head.head.dep_ in ("dobj", "nsubjpass")
        acted_on = noun.dep_ in ("dobj", "nsubjpass") or of_an_object
        return [noun] if _a_crowd(noun) and not acted_on else []
    if verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD"):
        # "told several hundred people gathered on the lawn on Saturday"; people by their
        # noun, not "40 hours of video gathered", "500 troops assembled at the border"
        return [verb.head] if verb.head.lemma_.lower() in crowd_nouns() else []
    purpose = verb.dep_ in ("xcomp", "advcl") and any(c.lower_ == "to" for c in verb.children)
    if not subjects and purpose and verb.head.lemma_.lower() in _COMING:
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return subjects


def crowd_around(verb: Token) -> bool:
    """People as the subject and a named place as the one object: "Hundreds of people ringed
    the Hawaii State Capitol", "protesters lined Beretania Street", "circled the Cleveland
    County Courthouse" (a building the model took for a body); not "the river flooded
    the town", "two men surrounded the victim", "shoppers flooded Walmart" (a business),
    "volunteers lined the route with flags"."""
    children = list(verb.children)
    objects = [c for c in children if c.dep_ == "dobj"]
    if len(objects) != 1 or any(c.dep_ in ("ccomp", "xcomp", "prt", "dative") for c in children):
        return False
    place = objects[0]
    if any(t.lower_ == "with" for c in (verb, place) for t in c.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "for" for c in children):
        return False  # there for something else: "packed St. Mary's Church for the funeral"
    people = _a_crowd_of_people([c for c in children if c.dep_ == "nsubj"])
    named = [place, *(c for c in place.children if c.dep_ == "compound")]
    named_building = place.ent_type_ == "ORG" or place.pos_ == "PROPN"
    building = named_building and place.lower_ in read_head_words()["building"]
    return people and (building or any(t.ent_type_ in _PLACE_NAMES for t in named))


def law_around(verb: Token) -> bool:
    """The law's people round a place (``ENCLOSE`` rows): who did it is of the law, and the
    one object is no one, nor a crowd or a gathering ("agents surrounded the packing
    house"; not "deputies surrounded him", "police surrounded the protesters", "officers
    surrounded the vigil"). A place surrounded for another end ("the stadium for the
    game") is read as a raid too: the words of an end are a raid's as often ("for hours",
    "to arrest the workers", a review)."""
    children = list(verb.children)
    objects = [c for c in children if c.dep_ == "dobj"]
    if len(objects) != 1 or not of_the_law([c for c in children if c.dep_ == "nsubj"]):
        return False
    place, noun = objects[0], objects[0].lemma_.lower()
    gathering = load_taxonomy().nouns.get(noun) == "meeting" or noun in crowd_nouns()
    return place.pos_ != "PRON" and not gathering and not someone(place, capture_nouns()[0])


def crowd_drawn(verb: Token) -> bool:
    """A crowd as the verb's one object, no one named: "drew about 250 people", "attracted
    hundreds of protesters"; not "drew criticism", "drew Mayor Lee to the podium"."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return len(objects) == 1 and _people(objects[0]) and objects[0].ent_type_ != "PERSON"


def people_there(verb: Token) -> bool:
    """A crowd told as there by a past verb of ``crowd_verbs.txt``: "Hundreds of people
    filled the lawn outside the church on Thursday evening", which the gathering noun of the
    next sentence names ("The vigil was organized by Casa Esperanza"); not a person, nor a
    crowd of the law ("Dozens of deputies lined the street"), nor an act of its own ("Five
    students died in a crash on Saturday")."""
    if verb.pos_ != "VERB" or verb.tag_ != "VBD":
        return False
    told = verb.head if verb.dep_ == "conj" else verb  # "filled the room and lined the hall"
    subjects = [c for c in (*verb.children, *told.children) if c.dep_ == "nsubj"]
    crowded = verb.lemma_.lower() in crowd_verbs() and _a_crowd_of_people(subjects)
    return crowded or before_a_crowd(verb)


def before_a_crowd(verb: Token) -> bool:
    """Someone who stood before a crowd: "the sheriff stood before roughly 300 people in a
    church hall Thursday night" (found in probe190, opened), "stood in front of hundreds of
    residents"; not "stood before a judge", "stood before three students", nor anyone who
    "spoke to" people, which a talk anywhere is (a review)."""
    if verb.lemma_.lower() not in _STANDING:
        return False
    heard = [o for p in verb.children if p.lower_ == "before" for o in p.children]
    fronts = [f for p in verb.children if p.lower_ == "in" for f in p.children]
    fronts = [f for f in fronts if f.lower_ == "front"]  # "stood in front of 250 people"
    heard += [o for f in fronts for p in f.children if p.lower_ == "of" for o in p.children]
    crowd = [o for o in heard if o.dep_ == "pobj" and _a_crowd(o)]
    return _a_crowd_of_people(crowd) and any(c.dep_ == "nsubj" for c in verb.children)


def _a_crowd(noun: Token) -> bool:
    """A crowd, not a few people: "roughly 300 people", "hundreds of residents", "a crowd";
    not "three students", "12 reporters", "residents"."""
    words = {noun.lemma_.lower(), noun.lower_}
    if not words & crowd_nouns():
        return False
    counts = [c.text.replace(",", "") for c in noun.children if c.dep_ == "nummod"]
    if counts:
        return all(c.isdigit() and int(c) >= _CROWD for c in counts)
    return bool(words & _MANY)


def _a_crowd_of_people(subjects: list[Token]) -> bool:
    """People, not one person, and none of the law's ("Dozens of deputies circled the
    courthouse": a guard, no crowd)."""
    if of_the_law([w for s in subjects for w in s.subtree]):
        return False
    return any(_people(s) and s.ent_type_ != "PERSON" for s in subjects)


def _people(subject: Token) -> bool:
    counted = any(c.dep_ == "nummod" for c in subject.children)
    return counted or subject.lemma_.lower() in crowd_nouns() or subject.ent_type_ == "PERSON"


def at_a_place(verb: Token) -> bool:
    """A crowd's verb told at a place: no object ("stood outside the courthouse"), or a
    place as its object ("packed Taylor Park", "filled the Civic Center") or before a
    place ("filled the lawn outside the church"); not "packed boxes", "filled the order".
    A noun after a comma is no object ("sang outside the jail on Friday night, part of a
    wave of vigils")."""
    doc = verb.doc
    objects = [
        c for c in verb.children if c.dep_ == "dobj" and doc[max(c.left_edge.i - 1, 0)].text != ","
    ]
    if not objects:
        return True
    place = objects[0]
    named = place.pos_ == "PROPN" or place.ent_type_ in (*_PLACE_NAMES, "ORG")
    building = place.lemma_.lower() in read_head_words()["building"]
    # "filled the lawn outside the church": the parse may hang "outside" on the verb, which
    # says where a ground (``head_words.csv``) was, not a thing ("filled the truck outside")
    ground = place.lemma_.lower() in read_head_words()["ground"]
    near = [*place.children, *(verb.children if ground else ())]
    beside = [c for c in near if c.dep_ == "prep" and c.lower_ in _PLACES]
    # a ground is a place whatever it lies by: "packed the sidewalk outside the Detroit field
    # office" (found in probe201)
    return named or building or ground or any(_a_place(p) for p in beside)
