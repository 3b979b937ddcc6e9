"""Walks of the dependency tree: a trigger's clause, and whether it asserts a happening.

A clause is the trigger's subtree without the sub-clauses of other triggers;
it asserts nothing that happened when negated, modal, a question, under a
verb of wanting ("irrealis"), or neither past nor present progressive. Every
walk up the tree is bounded, so a parse with a cycle cannot run away
(issue 11).
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from graphx.extract.anyone import (
    of_anyone,
    of_someone_since,
    present_passive_of_anyone,
    shared_participle,
)
from graphx.extract.tree import (
    ACT_PREPOSITIONS,
    ancestors,
    auxiliaries,
    dated_apart,
    is_root,
    means_of_a_gerund,
    verb_over,
)
from graphx.extract.triggers import Taxonomy, awaited, verb_lemma

__all__ = [
    "adjunct_nouns",
    "adjunct_verb",
    "a_tally",
    "cited",
    "ancestors",
    "clause_tokens",
    "completed",
    "is_irrealis",
    "is_opinion",
    "is_past",
    "is_root",
    "modified_trigger",
    "own_subject",
    "owner",
    "tallied",
    "verb_of_time",
    "verb_over",
    "when_relative",
]

_CLAUSES = {"ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "pcomp", "ROOT", "parataxis"}
_TALLY = re.compile(r"\b\d{1,2}\s*[-–]\s*\d{1,2}\b")  # "3-3", "4-1": a vote's count
_OPEN_MARKS = frozenset({"whether", "if", "unless"})  # a clause asked about or supposed
_MODALS = {"could", "might", "may", "should", "would", "must", "can", "will", "shall", "ought"}


def verb_of_time(span: Span) -> Token:
    """The word a time expression modifies: "Monday" -> "rose", "on Thursday" -> its verb."""
    head = span.root.head
    return head.head if head.dep_ == "prep" and head.i < span.root.i else head


def modified_trigger(span: Span, triggers: set[int]) -> int | None:
    """The one trigger a word of a time expression modifies as its time, where the parse
    hung the rest of the expression elsewhere ("workers detained last Tuesday, Aug. 22,
    2017": "Tuesday" on "detained", the date after it on "workers"; found in probe261)."""
    outside = [t for t in span if not span.start <= t.head.i < span.end]
    if len({t.head.i for t in outside}) < 2:
        return None  # hung whole: where it hangs was read already ("next month after ...")
    heads = {t.head.i for t in outside if t.dep_ in ("npadvmod", "tmod") and t.head.i in triggers}
    return heads.pop() if len(heads) == 1 else None


def is_opinion(token: Token) -> bool:
    """Negated, modal, interrogative, or asked or supposed ("would not say whether agents
    arrested anyone", "if ICE detains him"), or done to or by no one ("has released no
    names", "no officers took part", "no arrests were made"): no happening is asserted."""
    if _none_of(token):
        return True
    for child in token.children:
        if child.dep_ == "neg" or (child.dep_ == "aux" and child.lower_ in _MODALS):
            return True
        if child.dep_ in ("nsubj", "nsubjpass", "dobj") and _none_of(child):
            return True
    clause = token.head if token.dep_ == "conj" else token
    if any(c.dep_ == "mark" and c.lower_ in _OPEN_MARKS for c in clause.children):
        return True
    if _at_a_modal_act(token):
        return True
    below = token
    for head in ancestors(token):
        if below.dep_ not in ("xcomp", "conj") or own_subject(below):
            break  # (a conjunct with a subject of its own has its own mood: "The jail will
            # stop holding inmates, the sheriff announced Thursday")
        if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in head.children):
            return True
        below = head
    return _asked(token)


def _at_a_modal_act(noun: Token) -> bool:
    """A noun in a phrase of a modal verb: "would answer questions at a public meeting next
    month" tells no meeting that happened."""
    preposition = noun.head
    verb = preposition.head
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or preposition.dep_ != "prep":
        return False
    if preposition.lower_ not in ACT_PREPOSITIONS:
        return False  # "will accept the money after a 9-2 vote on Monday": the vote was
    return any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children)


def _asked(token: Token) -> bool:
    """A sentence that ends in a question asks of the trigger, unless a colon or the quote
    the question is in opens after it ("voted last month, and sheriffs are fielding the
    same question: Do you have room?"; not a word quoted inside the question: "Did agents
    arrest him because of a 'mistake' in the database?")."""
    rest = token.sent.text[token.idx - token.sent.start_char :].rstrip()
    if not rest.rstrip('"\u201d').endswith("?"):
        return False
    quoted = rest.endswith(('?"', "?\u201d"))  # the question is a quote: opened after it?
    return ":" not in rest and not (quoted and any(q in rest[:-2] for q in ('"', "\u201c")))


# Words that stand for no one and nothing: "nobody was arrested", "none were released".
_NOTHING = frozenset({"nobody", "none", "nothing", "neither"})


# Nouns "no" makes a verdict or a plea, not an absence: "voted no confidence in the chief",
# "pleaded no contest".
_SET_PHRASES = frozenset({"confidence", "contest"})


def _none_of(noun: Token) -> bool:
    """No one or nothing: "no names", "nobody", "none of the men", "neither man" (a noun
    the determiner "no" or "neither" makes none; not "no confidence", "no contest")."""
    if noun.lower_ in _NOTHING:
        return True
    if noun.pos_ not in ("NOUN", "PROPN", "PRON") or noun.lemma_.lower() in _SET_PHRASES:
        return False
    return any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in noun.children)


def own_subject(verb: Token) -> bool:
    """A conjunct with a subject of its own: a clause of its own, not a verb sharing one."""
    return verb.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def is_past(token: Token) -> bool:
    """Whether a verb asserts something that already happened or is happening.

    A participle counts only with a finite auxiliary ("was arrested", "have
    released") or as a reduced relative ("the man arrested in 2019"); "fears
    being sued" does not. A present progressive is news happening now
    ("authorities are turning to a new tactic, issuing subpoenas"), unlike the
    generic present ("ICE issues detainers").
    """
    # A gerund takes the tense of the verb it hangs on ("fired him, citing..."), through a
    # preposition of how or when it was done ("By ending the contract, the board made a bet")
    chain = [t for t in [token, *ancestors(token)] if not means_of_a_gerund(t)]
    verb = next((t for t in chain if t.tag_ != "VBG"), None)
    if verb is None:
        return any(c.dep_ == "aux" and c.lemma_ == "be" for c in chain[-1].children)
    if verb.tag_ == "VBD":
        return not of_anyone(verb)
    if verb.tag_ == "VBN":
        verb = shared_participle(verb)  # "who are arrested ... and booked": a habit too
        told = auxiliaries(verb)
        if not told:
            return verb.dep_ in ("acl", "ROOT", "conj") and not of_anyone(verb)
        if present_passive_of_anyone(verb):
            return False  # "who gets detained", "are booked into the jail": a habit or a state
        return any(a.tag_ in ("VBD", "VBZ", "VBP") for a in told)
    return False


def is_irrealis(token: Token, taxonomy: Taxonomy) -> bool:
    """Under a verb of wanting, fearing or planning, or the "-ing" an aim is ("the
    agency's focus is deporting criminals"): nothing happened yet."""
    if token.tag_ == "VBG" and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in taxonomy.aims for c in token.children
    ):
        return True
    below = token
    if token.pos_ == "NOUN" and awaited(token, taxonomy):
        return True
    if token.pos_ == "NOUN" and token.lemma_.lower() in taxonomy.objects and dated_apart(token):
        return False  # "asking the court to void the commission's Aug. 20 approval": given
    if token.pos_ == "NOUN":
        # "are expected to take up the resolution at their meeting": the verb the noun
        # hangs on says whether its happening has happened
        below = verb_over(token) or token
        lemmas = {below.lemma_.lower(), verb_lemma(below, taxonomy)}  # "called for an inquiry"
        if below.i != token.i and lemmas & taxonomy.irrealis:
            return True
    for _ in range(4):
        head = completed(below)
        if head is None:
            return False
        # "was ordered removed and was removed in August": an act beside the order is no
        # part of what it orders; one beside what it orders is ("plans to sue and deport");
        # nor is a past act told before a verb with a complement of its own ("magistrates
        # approved a new agreement ..., a change county officials expect to bring in $1.9
        # million", which the parser hangs on "expect")
        fronted = below.dep_ == "ccomp" and below.i < head.i and below.tag_ == "VBD"
        fronted = fronted and any(
            c.dep_ in ("xcomp", "ccomp") and c.i != below.i for c in head.children
        )  # the verb has a complement of its own: "... officials fear" is still feared
        if head.lemma_.lower() in taxonomy.irrealis and below.dep_ != "conj" and not fronted:
            return True
        below = head
    return False


def completed(token: Token) -> Token | None:
    """The verb whose complement (or conjunct) the token heads, else None: "ordered" for
    "removed" in "ordered him removed", and for "released" in "ordered Juan Perez released",
    which the parser hangs on the name it follows."""
    if token.dep_ in ("xcomp", "ccomp", "pcomp", "conj"):
        return token.head
    named = token.head.pos_ in ("PROPN", "PRON")  # "ordered Juan Perez released"
    by_someone = any(c.dep_ == "agent" for c in token.children)  # "records seized by agents"
    if token.dep_ == "acl" and token.tag_ == "VBN" and token.head.dep_ == "dobj":
        return token.head.head if named and not by_someone else None
    return None


def clause_tokens(trigger: Token, triggers: set[int]) -> list[Token]:
    """The trigger's subtree without the sub-clauses headed by other triggers, nor a clause
    joined to it with a subject of its own ("announced a policy last Thursday, and several
    sheriffs in metro Denver have made similar statements": not the announcement's Denver)
    or a present joined to it with no object ("was freed on Aug. 12 and now lives in
    Jefferson County": not where she was freed)."""
    out: list[Token] = []
    stack = [trigger]
    while stack:
        token = stack.pop()
        out.append(token)
        for child in token.children:
            if child.i in triggers and child.dep_ in _CLAUSES:
                continue
            if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"):
                if own_subject(child) or _a_present_beside_a_past(child, alone=True):
                    continue
            stack.append(child)
    return out


# Clauses of their own: a time inside one headed by a verb that is no trigger is that
# verb's ("ruled that the office violated the law when it kept a man in jail in March 2013").
# (A complement clause is not one: "ordered him removed in 2016" dates the order.)
_OWN_CLAUSES = frozenset({"advcl", "relcl", "acl", "csubj"})


def owner(
    token: Token,
    triggers: set[int],
    passing: frozenset[str] = frozenset(),
    ordering: frozenset[str] = frozenset(),
    after: int | None = None,
) -> int | None:
    """The nearest trigger at or above a token in the dependency tree, within the clause
    the token is in: None when a verb that is no trigger heads a clause of its own first,
    unless it only says when its noun's happening took place (``passing``: "a forum that
    took place last week", "a letter dated January 24") or what an order orders
    (``ordering``: "ordered Juan Perez released on Tuesday")."""
    after = token.i + 1 if after is None else after
    for above in [token, *ancestors(token)][:64]:
        if _before_its_mark(token, above, after):
            continue  # "holding detainees next month after the board voted": not the vote's
        if above.i in triggers:
            return above.i
        own = above.pos_ in ("VERB", "AUX") and (
            above.dep_ in _OWN_CLAUSES or _present_beside_a_past(above, token)
        )
        passes = own and above.lemma_.lower() in passing and not of_someone_since(above, token)
        if passes and not _acts_on_something(above, triggers):
            if above.lemma_.lower() in _ORIGIN_VERBS:
                # "keeping a policy that dates to 2019": when the noun began, no act's time
                return _noun_told_of(above, triggers)
            continue  # "arrested 12 people at a party that took place Saturday"
        if own and not _ordered(above, ordering):
            return None
    return None


def _present_beside_a_past(verb: Token, time: Token) -> bool:
    """ "She was freed in August and now lives in Ranson": a present joined to a past tells
    the time on it of its own ("now" is not the freeing's); not one in a clause below it
    ("detained him and confirms he was held last week": a review)."""
    on_it = time.head == verb or (time.head.dep_ == "prep" and time.head.head == verb)
    return on_it and _a_present_beside_a_past(verb)


def _a_present_beside_a_past(verb: Token, alone: bool = False) -> bool:
    """``alone``: with no object of its own, which the past would share ("detained and
    still holds 14 workers": a review)."""
    shared = alone and any(c.dep_ == "dobj" for c in verb.children)
    return verb.dep_ == "conj" and verb.tag_ in ("VBZ", "VBP") and is_past(verb.head) and not shared


def _before_its_mark(token: Token, verb: Token, after: int) -> bool:
    """Whether a token the parse hung on a verb stands before the word that opens the
    verb's clause ("after", "that"), so in the clause the verb's clause is part of; the
    mark of a time that holds it ("months before police arrested him") is the time's own
    (``after``: the first token after the time)."""
    return verb.i != token.i and any(c.dep_ == "mark" and c.i >= after for c in verb.children)


def _acts_on_something(verb: Token, triggers: set[int]) -> bool:
    """A verb of taking place with an object of its own other than "place", in a clause on
    someone or something that is no happening, tells an act of its own: "the sheriff, who
    took office on Monday, Dec. 3," (not "a forum that took place last week", "a hearing
    that took two hours on Tuesday")."""
    if verb.dep_ not in ("relcl", "acl") or verb.head.i in triggers:
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() != "place" for c in verb.children)


# Verbs that tell when a noun's thing began, not when it took place.
_ORIGIN_VERBS = frozenset({"date"})


def _noun_told_of(verb: Token, triggers: set[int]) -> int | None:
    """The trigger noun a clause's verb tells of, in the noun phrase it hangs on."""
    for above in ancestors(verb)[:8]:
        if above.pos_ in ("VERB", "AUX"):
            return None
        if above.i in triggers:
            return above.i
    return None


def _ordered(verb: Token, ordering: frozenset[str]) -> bool:
    head = completed(verb)
    return head is not None and head.lemma_.lower() in ordering


def adjunct_verb(noun: Token) -> Token | None:
    """The verb whose act a noun names, when the noun is the object of "in", "at" or
    "during" hanging on that verb ("in a ruling Tuesday, Judge Lee wrote"); None otherwise,
    and None when the noun names its own actor ("in ICE's raid", "in a raid by ICE") or
    the verb is negated or modal."""
    preposition = noun.head
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or preposition.dep_ != "prep":
        return None
    verb = preposition.head
    if preposition.lower_ not in ACT_PREPOSITIONS or verb.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by") for c in noun.children):
        return None
    return None if is_opinion(verb) else verb


def a_tally(noun: Token) -> bool:
    """A vote's tally told before its noun after "on" or "by": "failed on a 3-3 vote",
    "by a 4-1 vote"; not a count of things ("briefed on 2 deportations")."""
    preposition = noun.head
    return noun.dep_ == "pobj" and preposition.lower_ in ("on", "by") and tallied(noun)


def tallied(noun: Token) -> bool:
    """A tally written before the noun, in its phrase ("a 4-1 vote")."""
    return _TALLY.search(noun.doc[noun.left_edge.i : noun.i].text) is not None


def cited(trigger: Token) -> bool:
    """A text or its making named as where a sentence's words come from: "according to the
    complaint filed in U.S. District Court", "according to the lawsuit"; the happening is
    told elsewhere, if at all (found in probe124)."""
    noun = trigger.head if trigger.dep_ in ("acl", "relcl") else trigger
    to = noun.head
    return noun.dep_ == "pobj" and to.lower_ == "to" and to.head.lower_ == "according"


def when_relative(act: Token) -> Token | None:
    """The noun of time a "when" clause telling the act hangs on ("the morning of Oct. 19,
    when officers arrived and took him", "since August 2018, when agents arrested ..."),
    the act joined to the clause's verb too; None when it is told in none."""
    relative = act.head if act.dep_ == "conj" else act
    told = [c for v in {act, relative} for c in v.children]
    when = any(c.lower_ == "when" and c.dep_ == "advmod" for c in told)
    return relative.head if when and relative.dep_ == "relcl" else None


def adjunct_nouns(verb: Token, triggers: set[int]) -> list[int]:
    """The trigger nouns that name the act of a verb ("spoke at a rally on Friday"), or the
    vote a verb that is no trigger tells by its tally ("failed on a 3-3 vote Tuesday")."""
    return [
        noun.i
        for preposition in verb.children
        for noun in preposition.children
        if noun.i in triggers
        and (adjunct_verb(noun) is not None or (verb.i not in triggers and a_tally(noun)))
    ]
