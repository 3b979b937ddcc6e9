"""Bodies as the ones who decide: "the county commission decided Tuesday to end the
contract" is the commission's decision (``RESOLVE`` rows of ``event_types.csv``), and "the
county board rejected the resolution 12-7" its vote (``VOTE`` rows, on a ``MEASURE``), while a
mayor who rejected the criticism, a board that rejected the claims, or a sheriff's office that
rejected them, only said so. A body that votes and a tally tell a vote with any verb
("commissioners split 3-2 on the motion").
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from graphx.extract import courts
from graphx.extract.antecedents import definite_heads
from graphx.extract.doers import doers
from graphx.extract.governments import by_a_place_s_government
from graphx.extract.known import read_head_words
from graphx.extract.money import money_refused
from graphx.extract.taxonomy import Taxonomy, load_taxonomy
from graphx.extract.tree import dated_apart, objects_of
from graphx.extract.word_lists import money_words
from graphx.model import TimeExpression

__all__ = [
    "approval_before",
    "approved_act",
    "asked_for",
    "asked_for_no_money",
    "by_a_body",
    "by_a_government",
    "by_a_voting_body",
    "by_whom",
    "dated_by_possessive",
    "decided",
    "enacted_by_a_body",
    "object_kind",
    "ruled_or_approved",
    "tallied",
    "voted",
]


def voted(verb: Token, lemma: str, taxonomy: Taxonomy) -> tuple[str, str] | None:
    """A court's ruling ("the judge rejected his request") or a body's vote ("the county
    board rejected the resolution") that a ``VOTE`` verb tells, else None."""
    if court := courts.court_acting(verb, taxonomy):
        return courts.ruling_of(court, taxonomy)
    if by_a_voting_body(verb) and _a_measure(verb, taxonomy):
        return taxonomy.voting[lemma], lemma
    return None


def _a_measure(verb: Token, taxonomy: Taxonomy) -> bool:
    """What the verb acts on is what a body votes on (``MEASURE`` rows: "rejected the
    resolution", "the plan was rejected"; not "rejected the claims", "rejected his appeal")."""
    acted_on = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(noun.lemma_.lower() in taxonomy.measures for noun in acted_on)


def by_a_body(verb: Token) -> bool:
    """A body is the verb's subject ("the county commission decided", "commissioners
    decided"): its last word is a government body's (``head_words.csv``)."""
    heads = read_head_words()
    bodies = heads["agency"] | heads["council"]
    return any(_named_by(s, bodies) for s in verb.children if s.dep_ == "nsubj")


def by_a_government(verb: Token) -> bool:
    """A body or a place's government is the verb's subject ("Marion County joined the
    program", "his office has joined"), no person."""
    return by_a_body(verb) or by_a_place_s_government(verb, states=False)


def charged_with_a_duty(verb: Token) -> bool:
    """A body charged with a task, no crime: "the agency charged with enforcing immigration
    laws", "the unified border agency ... charged with the management ... of our nation's
    borders"; the one charged is an agency's name or a noun that stands for one
    (``definite_heads.csv``); not "the company was charged with fraud"."""
    # a standing duty is told of the body ("the agency charged with") or in the present
    # ("is charged with"); "was charged Tuesday with contempt" is a charge (a review)
    present = any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in verb.children)
    charged = [c for c in verb.children if c.dep_ == "nsubjpass"] if present else []
    charged += [verb.head] if verb.dep_ == "acl" else []
    bodies = {word for word, kind in definite_heads().items() if kind in _BODY_KINDS}
    return any(c.ent_type_ == "AGENCY" or c.lemma_.lower() in bodies for c in charged)


_BODY_KINDS = frozenset({"agency", "administration"})


def resolved(verb: Token) -> bool:
    """A body's decision (``RESOLVE`` rows): a body or a place's government is the subject
    ("Marion County agreed Tuesday to end its contract", "the city agreed"; a place's only
    with an infinitive of what it will do, and not a state's, which may be a prosecution's:
    "the state decided to appeal", a review), and a ``TO_ACT`` verb (or a place's) has an
    infinitive of what it will do that is no refusal of itself
    ("the board agreed Wednesday to take $1.38 million"; not "agreed with the mayor",
    "agreed that the jail is too costly", "agreed to disagree")."""
    lemma = verb.lemma_.lower()
    body = by_a_body(verb)
    by_a_place = not body and by_a_place_s_government(verb, states=False)
    if not (body or by_a_place):
        return False
    acts = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
    if lemma not in load_taxonomy().rows.get("TO_ACT", {}) and not by_a_place:
        return True
    if _agrees_to_a_done_act(acts):
        return False  # "agreed to settle the lawsuit": the settlement (``agreed``), not a decision
    return any(c.lemma_.lower() not in (f"dis{lemma}", lemma) for c in acts)


def _agrees_to_a_done_act(acts: list[Token]) -> bool:
    """An infinitive, or one of its own, that tells an act done once agreed to (``AGREED``
    rows): "agreed to settle", "agreed to pay $47,500 to settle"."""
    done = load_taxonomy().rows.get("AGREED", {})
    told = [*acts, *(c for a in acts for c in a.children if c.dep_ in ("xcomp", "advcl"))]
    return any(t.lemma_.lower() in done for t in told)


def approved_act(verb: Token, taxonomy: Taxonomy) -> tuple[str, str] | None:
    """The act whose measure a verb of approving approves ("approved the settlement" is
    the settling, as is "signed off on the settlement"; ``MEASURE`` rows with a type), else
    None."""
    acted_on = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(c.dep_ == "prt" for c in verb.children):
        acted_on += objects_of(verb, "on")
    acts = (taxonomy.act_by("MEASURE", c.lemma_.lower()) for c in acted_on)
    return next(filter(None, acts), None)


def approval_before(noun: Token, lemma: str, taxonomy: Taxonomy) -> tuple[str, str] | None:
    """A body's approval that an act came after, so given by then: "following approval by
    the Board of Supervisors at its meeting on May 11, the sheriff's office will ..." (an
    ``OBJECT`` noun of the ``enact`` family a body gave, ``enacted_by_a_body``), or one told
    with its own day ("asking the court to void the commission's Aug. 20 approval of the
    contract"); not "pending approval by the board", "subject to approval by the board"."""
    after = noun.dep_ == "pobj" and noun.head.lower_ in _AFTER
    if not after and not (dated_apart(noun) and _a_calendar_day(noun)):
        return None
    kind = taxonomy.objects.get(lemma, "")
    if kind and taxonomy.family(lemma, kind) == _ENACT and enacted_by_a_body(noun):
        return kind, lemma
    return None


_AFTER = frozenset({"after", "following"})


def _a_calendar_day(noun: Token) -> bool:
    """A noun's own date with a number in it ("Aug. 20"), which no tense reads ahead; not a
    weekday ("will challenge the council's Tuesday approval" was read as the next Tuesday:
    a review)."""
    return any(t.like_num for c in noun.lefts if c.ent_type_ == "DATE" for t in c.subtree)


def ruled_or_approved(
    verb: Token, lemma: str, kind: str, taxonomy: Taxonomy
) -> tuple[str, str] | None:
    """A court's act of a policy verb is a ruling ("a federal judge ordered"), as is its end
    of a lawsuit ("Judge Ana Ruiz ended the lawsuit", no settling); a body's approval of a
    measure that names an act is that act ("approved the settlement"); a request granted is
    an approval ("granted his request for a stay": no money given)."""
    granted = kind == "funding" and asked_for_no_money(verb, taxonomy)
    if granted:
        kind, lemma = "policy", "approve"
    ruled = kind in ("policy", "funding") or taxonomy.family(lemma, kind) == _SETTLE
    if ruled and (court := courts.court_acting(verb, taxonomy)):
        return courts.ruling_of(court, taxonomy)
    if taxonomy.family(lemma, kind) == _ENACT:
        return approved_act(verb, taxonomy) or ((kind, lemma) if granted else None)
    return None


def asked_for(verb: Token, taxonomy: Taxonomy) -> list[Token]:
    """The verb's objects that name what someone asked for: "his request", "bond", "the
    motion" (``PETITION`` rows)."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return [o for o in objects if o.lemma_.lower() in taxonomy.petitions]


def asked_for_no_money(verb: Token, taxonomy: Taxonomy) -> bool:
    """A ``GRANT`` verb whose object is what someone asked for, and no money ("granted his
    request for a stay", "granted the permit"; not "granted the group's request for
    $20,000", "granted the city's request for federal funds"): a decision, no money given."""
    if verb.lemma_.lower() not in taxonomy.rows.get("GRANT", {}):
        return False
    asked = asked_for(verb, taxonomy)
    money = frozenset().union(*money_words().values())
    return bool(asked) and not any(
        t.ent_type_ == "MONEY" or t.lemma_.lower() in money for o in asked for t in o.subtree
    )


def by_whom(verb: Token, lemma: str, kind: str, taxonomy: Taxonomy) -> tuple[str, str]:
    """The type and family of a verb of people's act, a court's decision a ruling ("a Cole
    County judge agreed Thursday to continue a hearing": found in probe214, a policy)."""
    if kind == "policy" and (court := courts.court_acting(verb, taxonomy)):
        return courts.ruling_of(court, taxonomy)
    return kind, taxonomy.family(lemma, kind)


def decided(verb: Token, lemma: str, taxonomy: Taxonomy) -> tuple[str, str] | None:
    """What a vote decided (``voted``), or money refused (``money_refused``), else None."""
    if lemma in taxonomy.voting and (vote := voted(verb, lemma, taxonomy)):
        return vote
    return money_refused(verb, lemma, taxonomy)


def sat_to_hear(verb: Token) -> bool:
    """A body sat to hear a matter put to it (``SIT`` rows): its subject a body that votes
    and its object a ``MEASURE`` or a ``HEARD`` noun ("commissioners heard a proposal",
    "the board took public comment"), or people it heard from ("heard from more than 40
    speakers Monday night": found in probe204); not "the board heard the news", "Lopez took
    the comment", nor a sheriff, a jury or a court (a review)."""
    taxonomy = load_taxonomy()
    put = taxonomy.measures | taxonomy.heard
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    heard = any(o.lemma_.lower() in put for o in objects)
    return (heard or any(_many(o) for o in objects_of(verb, "from"))) and by_a_voting_body(verb)


def _many(people: Token) -> bool:
    """People counted or told in the plural ("more than 40 speakers", "residents")."""
    return people.tag_ == "NNS" or any(c.dep_ == "nummod" for c in people.children)


def object_kind(noun: Token, taxonomy: Taxonomy, lemma: str = "") -> str:
    """The type of a noun eventive only as an object (``OBJECT`` rows; ``lemma`` as the table
    lists it, "policy change"), "" for none or for an approval or a decision no body gave
    (``enacted_by_a_body``)."""
    lemma = lemma or noun.lemma_.lower()
    kind = taxonomy.objects.get(lemma, "")
    if kind and lemma not in taxonomy.nouns and taxonomy.family(lemma, kind) == _ENACT:
        # a court's decision is given too ("today's decision by U.S. District Judge ...")
        given = enacted_by_a_body(noun) or courts.ruled_by_court(noun, kind, taxonomy)
        return kind if given else ""
    if kind and lemma not in taxonomy.nouns and taxonomy.family(lemma, kind) == _RULING:
        # a text that is a ruling only when a court gives it: "Judge Ann Lee handed down the
        # opinion", not "In an opinion released Monday, the court ordered ..." (the order)
        return kind if courts.given_by_court(noun, taxonomy) else ""
    return kind


def enacted_by_a_body(noun: Token) -> bool:
    """An approval or a decision a body gave: its owner ("the commission's decision") or its
    appositive's ("the decision, the board's vote"), its "by" ("Tuesday's decision by county
    commissioners") or the subject of the verb it is the object of ("the board made its
    decision"); not a person's ("Mayor Ann Lee made a decision", as "Maria Ortiz decided"
    tells none)."""
    heads = read_head_words()
    bodies = heads["agency"] | heads["council"] | heads["votes"]
    # the parse hangs a "by" on the noun or on its "of" phrase ("the approval of a jail
    # agreement by commissioners")
    of = [p for c in noun.children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    # "Last month's decision — the Department of Public Safety's order": its appositive's
    # owner (the parse may make the body itself the appositive)
    told_as = [c for c in noun.children if c.dep_ == "appos"]
    owners = [c for w in (noun, *told_as) for c in w.children if c.dep_ == "poss"] + told_as
    owners += [p for w in (noun, *of) for c in w.children if c.lower_ == "by" for p in c.children]
    if noun.dep_ == "dobj":
        owners += [c for c in noun.head.children if c.dep_ == "nsubj"]
    return any(_named_by(o, bodies) for o in owners)


_ENACT = "enact"
_RULING = "ruling"
_SETTLE = "settle"


def dated_by_possessive(
    noun: Token,
    kind: str,
    taxonomy: Taxonomy,
    time: TimeExpression,
    now: tuple[dt.date, dt.date] | None,
) -> bool:
    """Whether a possessive day dates the noun's making: an approval or a decision a body
    gave ("Tuesday night's decision by commissioners") or a text told by what it found
    (``dated_text``: "Last week's state audit found"), on a day not after the article was
    written ("Wednesday's decision will cost the county" read ahead is not); not the day a
    thing covers or stands in ("last year's program", "during Wednesday's operation")."""
    made = kind == _PUBLISHED or taxonomy.family(noun.lemma_.lower(), kind) == _ENACT
    if noun.dep_ == "pobj" or not made:
        return False
    return now is None or not time.date_start or time.date_start <= now[1].isoformat()


def dated_text(noun: Token, kind: str, span: Span, time: TimeExpression) -> bool:
    """Whether a date of a noun eventive only as an object can date its making: any but a
    text's ("the Jan. 6 footage", "the 2019 study" tell what they cover), and a text's by
    its own day or week when it is told by what it found ("Last week's state audit found
    that the department handed ICE the dates"; not "last year's audit")."""
    if kind != _PUBLISHED:
        return True
    own_day = span.root.dep_ == "poss" and time.precision in ("day", "week")
    return own_day and noun.dep_ == "nsubj" and noun.head.lemma_.lower() in _FOUND


_PUBLISHED = "publication"
# verbs of what a text found
_FOUND = frozenset({"find", "show", "conclude", "reveal", "say", "document", "detail"})


def by_a_voting_body(verb: Token) -> bool:
    """A body that decides by vote is the verb's subject, or its doer after "by" ("the
    resolution was rejected by the board"): its last word is a ``votes`` word of
    ``head_words.csv`` ("board", "council", "supervisors", "legislature")."""
    votes = read_head_words()["votes"]
    return any(_named_by(s, votes) for s in doers(verb))


def _named_by(subject: Token, words: frozenset[str]) -> bool:
    """The subject's last word, or its last two ("Borough Assembly"), is one of ``words``."""
    two = f"{subject.doc[subject.i - 1].lower_} {subject.lower_}" if subject.i else ""
    return subject.lower_ in words or subject.lemma_.lower() in words or two in words


def tallied(verb: Token, taxonomy: Taxonomy) -> tuple[str, str] | None:
    """A vote told by its tally with a verb that names none ("commissioners split 3-2 on a
    motion", "the board went 4-1 for the plan", "supervisors sided 5-0 with the sheriff"):
    a body that votes is the subject, and the tally hangs on the verb, which has no object."""
    kind = taxonomy.verbs.get(_VOTE)
    votes = read_head_words()["votes"]
    split = any(_named_by(s, votes) for s in verb.children if s.dep_ == "nsubjpass")
    if verb.pos_ != "VERB" or kind is None or not (split or by_a_voting_body(verb)):
        return None  # "the board went 4-1", "commissioners were split 3-2"
    if any(c.dep_ == "dobj" and not c.like_num for c in verb.children):
        return None  # "split the grant 50-50 with the county": a share, no vote
    if not _told_as_done(verb):
        return None  # "The Senate is split 51-49", "has been split 3-2 since": its makeup
    return (kind, _VOTE) if any(_a_tally(c) for c in verb.children) else None


_VOTE = "vote"


def _told_as_done(verb: Token) -> bool:
    """A simple past ("split 3-2") or a past passive ("were split 3-2")."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBD":
        return not auxes
    return verb.tag_ == "VBN" and len(auxes) == 1 and auxes[0].tag_ == "VBD"


def _a_tally(number: Token) -> bool:
    """The first number of a tally: "3" of "3-2" (the model splits it in three)."""
    doc = number.doc
    if not number.like_num or number.i + 2 >= len(doc) or doc[number.i + 1].text not in "-–":
        return False
    return doc[number.i + 2].like_num
