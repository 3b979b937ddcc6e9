"""An end told in a formal notice, dated by the notice (issue 15).

"The City of Dunmore received a letter on Monday from DHS notifying the city that its
$900,000 grant will be terminated": the letter is how the grant was cut off, so the end it
tells, though worded as to come, is the happening, on the day the letter came. So too "DHS
notified the city Monday that the grant will be terminated" and "the sheriff sent a letter
Wednesday to ICE giving notice that the office is terminating its 287(g) agreement". What
ends is money (``money.is_money``) or an arrangement (``arrangements`` of
``practice_ends.txt``); the words of a notice are ``notices.txt``.
"""

from __future__ import annotations

from spacy.tokens import Token

from graphx.extract.money import is_money
from graphx.extract.word_lists import notices, practice_ends

__all__ = ["ends_money", "notice_of_an_end", "parties", "the_notice_day_is_on"]

_WILL = frozenset({"will", "would", "'ll", "shall"})
_CLIMB = 3  # how far a participle ("giving notice", "saying") may hang below the notice's verb


def notice_of_an_end(act: Token) -> Token | None:
    """The verb whose day is the notice's ("received", "sent", "notified") when ``act`` is an
    end a notice tells, to come or under way ("will be terminated", "is terminating"), else
    None; not an end told as what a notice may do ("could terminate"), a threat ("would
    terminate the grant unless the city complies"), nor a notice to come ("will send a
    letter")."""
    if not (_an_end(act) and _to_come_or_under_way(act)) or _threatened(act):
        return None
    notice = _notice_verb(act)
    if notice is None or notice.tag_ != "VBD":
        return None
    return notice


def parties(act: Token) -> list[tuple[Token, str]]:
    """Who gave the notice of an end (its agent) and who got it, when ``act`` is one: the
    subject and object of "DHS notified the city", the "from" and the subject of "the city
    received a letter from DHS", the subject and the "to" of "the sheriff sent a letter to
    ICE"; none otherwise."""
    notice = notice_of_an_end(act)
    if notice is None:
        return []
    subject = [(c, "agent") for c in notice.children if c.dep_ == "nsubj"]
    if notice.lemma_.lower() in notices().get("formal", ()):
        return subject + [(c, "patient") for c in notice.children if c.dep_ == "dobj"]
    if notice.lemma_.lower() in notices().get("receive", ()):
        given_by = [(o, "agent") for o in _objects(notice, "from")]
        return given_by + [(token, "patient") for token, _ in subject]
    return subject + [(o, "patient") for o in _objects(notice, "to")]


def _objects(verb: Token, preposition: str) -> list[Token]:
    """The objects of the verb's preposition, or of its notice noun's ("a letter from DHS")."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return [
        o
        for h in heads
        for p in h.children
        if p.dep_ in ("prep", "dative") and p.lower_ == preposition
        for o in p.children
        if o.dep_ == "pobj"
    ]


def the_notice_day_is_on(noun: Token) -> Token | None:
    """The verb a time told on a notice's noun dates ("received a letter on Monday", which
    the parser may hang on "letter"), else None."""
    if noun.lemma_.lower() in notices().get("noun", ()) and noun.head.pos_ == "VERB":
        return noun.head if noun.dep_ == "dobj" else None
    return None


def _an_end(act: Token) -> bool:
    """A verb of ending ("terminate", "end", "stop") whose object, or subject in the passive,
    is money or an arrangement ("its grant", "its 287(g) agreement")."""
    words = practice_ends()
    if act.lemma_.lower() not in words.get("ending", frozenset()) | words.get("stop", frozenset()):
        return False
    ended = _what_ends(act)
    if any(_one_persons(n) for n in ended):
        return False  # "notified the coach that his contract will be terminated": a job
    arrangements = words.get("arrangements", frozenset())
    return any(is_money(n) or n.lemma_.lower() in arrangements for n in ended)


def ends_money(act: Token) -> bool:
    """Whether what the end ends is money ("its grant will be terminated", "funding will
    cease")."""
    return any(is_money(n) for n in _what_ends(act))


def _what_ends(act: Token) -> list[Token]:
    """The object, or subject in the passive, of a verb of ending; the subject of one with
    no object ("funding will cease", "the agreement will end")."""
    ended = [c for c in act.children if c.dep_ in ("dobj", "nsubjpass")]
    return ended or [c for c in act.children if c.dep_ == "nsubj"]


def _one_persons(noun: Token) -> bool:
    """ "his contract", "her lease", "Ruiz's contract": what one person holds."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    return any(o.lower_ in ("his", "her") or o.ent_type_ == "PERSON" for o in owners)


def _to_come_or_under_way(act: Token) -> bool:
    """ "will be terminated", "would end", "is terminating", "is being ended"."""
    auxiliaries = [c for c in act.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in _WILL for a in auxiliaries):
        return True
    return act.tag_ in ("VBG", "VBN") and any(
        a.lemma_ == "be" and a.tag_ in ("VBZ", "VBP", "VBD") for a in auxiliaries
    )


def _threatened(act: Token) -> bool:
    """ "will not terminate", "would terminate the grant if the city does not comply" (or
    "..., a spokesman said, unless the city changes its policy": a review)."""
    if any(c.dep_ == "neg" for c in act.children):
        return True
    return any(t.dep_ == "mark" and t.lower_ in _CONDITIONS for t in act.sent if t.i > act.i)


_CONDITIONS = frozenset({"if", "unless"})


def _notice_verb(act: Token) -> Token | None:
    """The past verb that gives or receives the notice the act is told in: a formal verb of
    notice whose clause the act is ("notified the city that"), else the verb that carries a
    notice ("received a letter ... saying that", "sent a letter ... giving notice that")."""
    words = notices()
    teller = act.head
    formal = teller.lemma_.lower() in words.get("formal", ()) and teller.tag_ != "VBG"
    if act.dep_ == "ccomp" and formal:
        return teller
    if _misread_as_relative(act):
        teller = act.head.head  # "notifying the city that a grant will be terminated"
    elif act.dep_ not in ("ccomp", "acl"):
        return None
    said = teller.lemma_.lower() in words.get("telling", ()) and teller.tag_ == "VBG"
    if not (said or teller.lemma_.lower() in words.get("noun", ())):
        return None
    return _carrier(teller)


def _misread_as_relative(act: Token) -> bool:
    """ "notifying the city that a grant will be terminated", which the parser may read as a
    relative clause of "the city" (or a clause of "the borough"): a clause with a subject of
    its own on a teller's object."""
    subject = any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ != "WDT" for c in act.children)
    on_object = act.head.dep_ == "dobj" and act.head.head.lemma_.lower() in notices().get(
        "telling", ()
    )
    return act.dep_ in ("relcl", "acl") and subject and on_object


def _carrier(word: Token) -> Token | None:
    """The verb above a notice's noun or participle that carries the notice ("received a
    letter ... notifying", "sent a letter ... giving notice"): one whose object is a notice's
    noun, or, for "giving notice", the past verb above it."""
    words = notices()
    for _ in range(_CLIMB):
        word = word.head
        carry = words.get("carry", frozenset()) | words.get("receive", frozenset())
        if word.lemma_.lower() in carry and _carries_a_notice(word):
            return word if word.tag_ == "VBD" else _past_above(word)
        if word.head.i == word.i:
            return None
    return None


def _carries_a_notice(verb: Token) -> bool:
    nouns = notices().get("noun", ())
    return any(c.dep_ == "dobj" and c.lemma_.lower() in nouns for c in verb.children)


def _past_above(verb: Token) -> Token | None:
    """ "sent a letter to ICE giving notice": the past verb a participle hangs below."""
    for _ in range(_CLIMB):
        verb = verb.head
        if verb.tag_ == "VBD":
            return verb
        if verb.head.i == verb.i:
            return None
    return None
