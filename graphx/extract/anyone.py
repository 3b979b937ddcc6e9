"""Acts told of anyone they may befall: a habit, a rule, or whoever may be (issue 15).

"people arrested in the city are booked into the county jail" and "inmates who are arrested
on local charges and booked into the jail" tell a habit; "would let jailers check the status
of people booked into the jail" and "will be able to screen people booked in the county"
tell of whoever may be. Their participles look past, but none tells a happening.
"""

from __future__ import annotations

from spacy.tokens import Token

from graphx.extract.tree import ancestors, auxiliaries, verb_over

__all__ = [
    "of_anyone",
    "of_someone_since",
    "passive_present",
    "present_passive_of_anyone",
    "shared_participle",
]

# Pronouns that stand for whoever may be: "those arrested", "anyone booked" (not "everyone":
# "ICE will deport everyone detained at the plant" is those the raid took).
_ANYONE = frozenset({"those", "anyone"})
# Verbs a modal's reach passes up from: "will be able to screen", "would have to check"; not a
# clause of its own ("would not say how many of those arrested remain").
_REACH = frozenset({"xcomp", "acomp"})
_LETTING = frozenset({"let", "help", "make"})  # "would let jailers check": a bare infinitive


def passive_present(verb: Token) -> bool:
    """A passive in the simple present ("are detained", "gets deported"), not a perfect
    ("has been arrested") nor a progressive ("are being served")."""
    told = auxiliaries(verb)
    present = all(a.dep_ == "auxpass" and a.tag_ in ("VBZ", "VBP") for a in told)
    return verb.tag_ == "VBN" and bool(told) and present


def present_passive_of_anyone(verb: Token) -> bool:
    """A passive in the simple present told of anyone: of a "get" ("who gets detained"), or
    of a bare plural or its "who" ("people ... are booked into the jail"). Not "Ana Ruiz is
    charged" nor "Two men who are charged", news of those named."""
    if not passive_present(verb):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    anyone = any(_who_of_anyone(s) or (s.tag_ == "NNS" and _bare(s)) for s in subjects)
    return anyone or any(a.lemma_ == "get" for a in auxiliaries(verb))


def of_anyone(participle: Token) -> bool:
    """A reduced relative told of anyone it may be: "people arrested in the city are booked
    into the county jail" (a habit), "would apply only to people already booked into the
    jail", "will be able to screen people booked in Halden" (whoever may be)."""
    noun = participle.head
    anyone = (noun.tag_ == "NNS" and _bare(noun)) or noun.lower_ in _ANYONE
    if participle.dep_ != "acl" or not anyone:
        return False  # "ICE will deport the 12 workers detained in the raid": those
    over = verb_over(noun)
    return over is not None and (_may_be(over) or present_passive_of_anyone(over))


def shared_participle(verb: Token) -> Token:
    """The participle whose auxiliaries a bare conjunct shares: "arrested" for "booked" in
    "inmates who are arrested on local charges and booked into the jail"; else the verb."""
    for head in [verb, *ancestors(verb)]:
        if head.dep_ != "conj" or head.tag_ != "VBN" or auxiliaries(head):
            return head if head.tag_ == "VBN" else verb
    return verb


def _may_be(verb: Token) -> bool:
    """A verb told with a modal, or the complement of one: "would let jailers check",
    "will be able to screen"."""
    for head in [verb, *ancestors(verb)][:4]:
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children):
            return True
        letting = head.dep_ == "ccomp" and head.head.lemma_.lower() in _LETTING
        if head.dep_ not in _REACH and not letting:
            return False
    return False


def _who_of_anyone(subject: Token) -> bool:
    """ "who" of no one named ("decides who gets detained") or of a bare plural ("inmates who
    are arrested"); not of a group counted ("Two men who are charged ... will appear")."""
    if subject.tag_ != "WP":
        return False
    clause = subject.head
    noun = clause.head if clause.dep_ == "relcl" else None
    return noun is None or (noun.tag_ == "NNS" and _bare(noun)) or noun.lower_ in _ANYONE


def _bare(noun: Token) -> bool:
    """A noun with no determiner, owner or number: "people", "immigrants"."""
    return not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children)


def of_someone_since(verb: Token, time: Token) -> bool:
    """A state someone has been in since a time, theirs ("a cook who has been in custody
    since early this month": not when the judge set her bond, probe310); not a day told of
    them ("arrested Ana Ruiz, who had been at her sister's house on Tuesday": a review)."""
    who = any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "who" for c in verb.children)
    perfect = [a for a in auxiliaries(verb) if a.lemma_ == "have"]
    since = time.head.lower_ in ("since", "for") or any(a.tag_ in ("VBZ", "VBP") for a in perfect)
    return who and bool(perfect) and since
