"""Where someone comes from: a place named of a person, not where their act took place.

"a citizen of Mexico", "an immigrant from Guatemala", "a Lynden resident", "Ana Ruiz, 41, of
Toledo" and "retired teacher Ines Carrasco of Dover" name a person's home or origin; "Sheriff
Tom Hall of Kent County" names the place of an office, where he acts
(``origin_nouns.txt``, ``titles.txt``).
"""

from __future__ import annotations

from spacy.tokens import Token

from graphx.extract import antecedents, described, members, places
from graphx.extract.known import read_titles
from graphx.extract.surnames import told_with_age
from graphx.lexicon import Lexicon, shipped

__all__ = ["is_origin", "origin_nouns"]

_BODY_LABELS = frozenset({"ORG", "AGENCY", "MEDIA"})


def origin_nouns(lexicon: Lexicon | None = None) -> frozenset[str]:
    """``origin_nouns.txt``: nouns whose "of X" says where someone comes from."""
    return (lexicon or shipped()).word_set("origin_nouns.txt")


# Participles of where someone was born or grew up: "a Texas-born man", "born in Texas".
_BIRTH = frozenset({"born", "raised", "bred"})


def is_origin(token: Token) -> bool:
    """The name in "an immigrant from X", "a citizen of X", "an X resident" or "a Guyanese
    man": where someone comes from."""
    # "a Honduran man", "a Guatemalan woman": the model may tag the demonym a noun
    while token.dep_ in ("conj", "appos") and token.head.i < token.i:
        token = token.head  # "citizens of Mexico and Guatemala", "of Pasco, Wash.": as the first
    if _where_a_body_sits(token):
        return True
    hyphened = token.head.i == token.i + 2 and token.nbor().text == "-"
    born = token.head.lower_ == "born" and token.i < token.head.i and token.dep_ != "nsubj"
    if born or (token.head.lower_ in _BIRTH and hyphened):
        return True  # "a Texas-born man sued ..." (found in a probe); not "Florida raised"
    if token.dep_ == "compound" and token.head.lemma_.lower() in origin_nouns():
        return True  # "a Lynden resident": where she lives, not where she was released
    if token.dep_ == "compound" and (_a_group_of(token.head) or _whence(token.head)):
        # "voted to hand $180,000 to a Providence nonprofit", "alongside an official from the
        # agency's Atlanta office": where a body sits
        return True
    demonym = token.pos_ == "ADJ" or token.ent_type_ == "NORP" or places.demonym(token.text)
    if token.dep_ in ("amod", "compound") and demonym and token.head.pos_ == "NOUN":
        # A demonym before a noun ("a Mexican national"); not before a body of the place
        # ("the Mexican government" acts there).
        return token.head.lemma_.lower() not in antecedents.definite_heads()
    preposition, noun = token.head, token.head.head
    if token.dep_ == "pobj" and noun.lower_ in _BIRTH and preposition.lower_ in ("in", "at"):
        return True  # "a man who was born in Texas has sued" (found in a probe)
    counted = noun.pos_ in ("NUM", "PRON") and preposition.lower_ == "from"  # "one from Honduras"
    counted = counted and token.ent_type_ in ("GPE", "LOC")  # not "six from the detention center"
    if token.dep_ != "pobj" or (noun.pos_ not in ("NOUN", "PROPN") and not counted):
        return False
    if preposition.lower_ == "from":
        # "a man from Guatemala"; not "officers from ICE": whose people they are
        people = noun.lemma_.lower() in members.member_words()[0]
        return not (people and token.ent_type_ in _BODY_LABELS)
    # "a citizen of Mexico", "Ana Ruiz, 41, of Toledo", "teacher Ines Carrasco of Dover"; not
    # "Sheriff Tom Hall of Kent County"
    placed = token.ent_type_ in ("GPE", "LOC") or places.lookup(token.text) is not None
    # (told with no age, a place's bare name: not "of the Lima Immigrant Alliance")
    bare = not any(c.dep_ == "det" for c in token.children)
    home = bare and _named_with_no_office(noun)
    named = placed and (told_with_age(noun.doc, noun.i + 1) or home)
    return preposition.lower_ == "of" and (named or noun.lemma_.lower() in origin_nouns())


def _a_group_of(noun: Token) -> bool:
    """ "to a Providence nonprofit", "for an Austin coalition": a group told with "a" by its
    kind (``indefinite_heads.csv``) that something goes to, which a place before it only
    says where it sits (found in a probe: a council's vote to fund one was placed there)."""
    kind = antecedents.indefinite_heads().get(noun.lemma_.lower())
    told_with_a = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
    # what is given to or done for it; not "a Dallas coalition held a rally", "raided the
    # offices of a Houston union", where the group's city is where it happened (a review)
    given = noun.dep_ == "pobj" and noun.head.lower_ in ("to", "for")
    return kind == "organization" and told_with_a and given


def _whence(noun: Token) -> bool:
    """ "alongside an ICE official from the agency's Atlanta office": the place of what
    someone beside the act is from, not of the act (found in a probe: a sheriff's signing
    "at the county jail alongside" her was placed in Atlanta)."""
    preposition = noun.head
    # someone beside the act ("alongside", "with"); not those who act ("agents from its
    # Atlanta office arrested the man": the office is the best word of where, if no other)
    someone = preposition.head
    told_of = someone.pos_ in ("NOUN", "PROPN", "PRON") and someone.dep_ == "pobj"
    # a common noun: not the last word of a name ("agents from Homeland Security
    # Investigations" are the agency's own)
    office = noun.pos_ == "NOUN" and noun.dep_ == "pobj"
    return office and preposition.lower_ == "from" and told_of


def _where_a_body_sits(token: Token) -> bool:
    """ "the Minneapolis-based law center", "ICE New Orleans": where a body sits, not where
    it acted."""
    based = token.head.lower_ == "based" and token.i < token.head.i
    return based or _office_named_by_its_city(token)


def _office_named_by_its_city(token: Token) -> bool:
    """An agency's field office named by the agency and its city ("ICE New Orleans, local
    partners arrest 41 in Northwest Arkansas", "Enforcement and Removal Operations New
    Orleans arrested"): where the office sits, not where it acted; not "the Texas Department
    of Public Safety", whose place comes first."""
    return token.ent_type_ in ("GPE", "LOC") and any(
        c.dep_ in ("compound", "nmod") and c.i < token.i and c.ent_type_ in _BODY_LABELS
        for c in token.children
    )


def _named_with_no_office(noun: Token) -> bool:
    """A person's name told with what the person is and no title of office ("retired
    teacher Ines Carrasco"; not "Sheriff Tom Hall", "Commissioner Ann Lee", nor a bare "Tom
    Hall of Harlan County", who may hold an office there)."""
    before = noun.doc[noun.left_edge.i : noun.i]  # "Sheriff Grady Judd": on "Grady"
    told = any(t.lemma_.lower() in described.person_nouns() for t in before)
    if noun.pos_ != "PROPN" or not told:
        return False
    return not any(t.lower_ in read_titles() for t in before)
