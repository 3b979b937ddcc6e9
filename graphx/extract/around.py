"""Dates a trigger left undated takes from what is around it (issue 15).

After ``attach`` gives each time expression to the trigger whose clause it is in, an act
told without a date of its own takes one from: the clause it is told "when" or "as" in, a
participle adjunct of its verb ("Speaking to reporters Wednesday, the sheriff said"), the
dated act a noun of its own names ("arrested 31 workers in the June 11 raid"), the dated
meeting it was done at, the document whose act a dated verb tells, or the saying it is told
in (``reported``: "announced Tuesday it was suing the state").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from graphx.extract import agreed, aspect, clauses, crowds, operations, reported, same_day
from graphx.extract.clauses import verb_of_time
from graphx.extract.same_day import same_time_participle
from graphx.extract.taxonomy import kin_of
from graphx.extract.tree import progressive
from graphx.extract.triggers import event_sense, load_taxonomy
from graphx.extract.two_times import one_time
from graphx.model import TimeExpression

__all__ = ["date_by_what_they_tell", "same_time_participle", "verb_of_time"]


def date_by_what_they_tell(
    doc: Doc,
    dating: Sequence[tuple[TimeExpression, Span]],
    triggers: set[int],
    attached: dict[int, TimeExpression],
) -> None:
    """Date the triggers left undated by the acts, documents and meetings around them."""
    _date_when_clauses(doc, dating, triggers, attached)
    _date_when_relatives(doc, dating, triggers, attached)
    _date_documents_told_in(dating, triggers, attached)
    _date_act_nouns(doc, triggers, attached)
    _date_acts_at_meetings(doc, triggers, attached)
    operations.date_acts_by_operation_ends(doc, dating, triggers, attached)
    _date_by_texts_and_days(doc, dating, triggers, attached)
    _date_by_participles(dating, triggers, attached)
    _date_acts_agreed_to(dating, triggers, attached)
    reported.date_reported_acts(doc, dating, triggers, attached)
    _date_gatherings_a_crowd_came_for(dating, triggers, attached)
    same_day.date_later_that_day(doc, dating, triggers, attached)


def _date_when_clauses(
    doc: Doc,
    dating: Sequence[tuple[TimeExpression, Span]],
    triggers: set[int],
    attached: dict[int, TimeExpression],
) -> None:
    """ "Tensions rose Monday when agents arrested two workers", "60 people signed up to
    speak Thursday as a committee took up the proposal": an act told in the past in a
    "when" or "as" clause, without a date of its own, took place at the time of the clause
    it hangs on (climbing "appeared to pay off" to the
    verb the time is on, or going down "signed up to speak" to it)."""
    for i in sorted(triggers - set(attached)):
        clause = doc[i]
        when = any(c.lower_ == "when" and c.dep_ in ("advmod", "mark") for c in clause.children)
        when = when or _as_it_happened(clause)
        if clause.dep_ != "advcl" or not when or not clauses.is_past(clause):
            continue
        head = _going_on_through_a_gerund(clause.head)
        while head.dep_ == "xcomp" and head.i not in attached:
            head = head.head
        if clauses.is_irrealis(head, load_taxonomy()):
            continue  # "hoped to return in June as ICE detained his wife": June is hoped for
        verbs = {head, *(c for c in head.children if _infinitive_of(c, triggers))}
        told = [time for time, span in dating if _verb_over(span) in verbs]
        time = attached.get(head.i) or one_time(told, doc.text)
        if time is not None:
            attached[i] = time


def _going_on_through_a_gerund(verb: Token) -> Token:
    """The verb told as going on that a gerund hangs on through its preposition ("were
    driving home from buying groceries when a deputy pulled them over": the driving, whose
    time the stop shares), else the verb itself; not one done, whose time is its own
    ("apologized Friday for yelling at officers when deputies arrested his son": a review)."""
    above = verb.head.head if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" else verb
    return above if progressive(above) else verb


def _date_when_relatives(
    doc: Doc,
    dating: Sequence[tuple[TimeExpression, Span]],
    triggers: set[int],
    attached: dict[int, TimeExpression],
) -> None:
    """ "held him until the morning of Oct. 19, when officers arrived and took him into
    custody": an act told in the past in a "when" clause on a time took place then."""
    for i in sorted(triggers - set(attached)):
        act = doc[i]
        noun = clauses.when_relative(act)
        if noun is None or not clauses.is_past(act):
            continue
        relative = act.head if act.dep_ == "conj" else act
        inside = {t.i for t in relative.subtree}
        time = next(
            (t for t, span in dating if span.root.i not in inside and span.root in noun.subtree),
            None,
        )
        if time is not None:
            attached[i] = time


def _verb_over(span: Span) -> Token:
    """The verb a time is told on, through the nouns between ("flickered on the steps on
    Thursday night", which the parser hangs on "steps"), else the word it modifies."""
    head = verb_of_time(span)
    if head.pos_ in ("VERB", "AUX"):
        return head
    return clauses.verb_over(head) or head


def _as_it_happened(clause: Token) -> bool:
    """ "as a committee took up the proposal": an "as" clause in the simple past tells what
    happened meanwhile; "as the county had cut his budget" tells why."""
    marked = any((c.lower_, c.dep_) == ("as", "mark") for c in clause.children)
    return marked and clause.tag_ == "VBD" and not any(c.dep_ == "aux" for c in clause.children)


def _infinitive_of(verb: Token, triggers: set[int]) -> bool:
    """An infinitive that is no trigger, completing the verb above it ("signed up to speak
    Thursday"): a time on it is that verb's; not under a verb that looks ahead ("hoped to
    return in June": June is the hope's)."""
    head = verb.head.lemma_.lower()
    ahead = head in load_taxonomy().irrealis or head in aspect.looking_ahead_verbs()
    return (
        verb.dep_ in ("xcomp", "advcl")
        and verb.tag_ == "VB"
        and verb.i not in triggers
        and not ahead
    )


def _date_by_participles(
    dating: Sequence[tuple[TimeExpression, Span]],
    triggers: set[int],
    attached: dict[int, TimeExpression],
) -> None:
    """ "Speaking to reporters Wednesday afternoon outside his office, Sheriff Lyle Ramsour
    said ...": a participle adjunct with no subject of its own, opening its sentence before
    its verb, is part of that verb's act (``same_time_participle``), so its own bare time
    dates the verb, when the verb has none; not a time in what the participle tells
    ("arrested 40 people, bringing the total to 300 since Jan. 1")."""
    for time, span in dating:
        participle = verb_of_time(span)
        if participle.i in triggers or not same_time_participle(participle):
            continue
        bare = span.root.dep_ == "npadvmod" and span.root.head == participle
        if bare and participle.i < participle.head.i and participle.head.i in triggers:
            attached.setdefault(participle.head.i, time)


def _date_acts_agreed_to(
    dating: Sequence[tuple[TimeExpression, Span]],
    triggers: set[int],
    attached: dict[int, TimeExpression],
) -> None:
    """ "agreed Tuesday to pay $47,500 to settle the lawsuit": an act done once agreed to
    (``agreed.agreed_to``) was done on the day of the agreeing."""
    to_act = load_taxonomy().rows.get("TO_ACT", {})
    for time, span in dating:
        verb = verb_of_time(span)
        if verb.lemma_.lower() not in to_act:
            continue
        acts = [t.i for t in verb.subtree if t.i in triggers and agreed.agreed_to(t)]
        if len(acts) == 1:
            attached.setdefault(acts[0], time)


def _date_act_nouns(doc: Doc, triggers: set[int], attached: dict[int, TimeExpression]) -> None:
    """ "charged in lawsuits Wednesday", "spoke at a rally on Friday": a noun that names the
    act of a dated verb took place when that act did; not one a clause of its own tells of
    ("said Wednesday in a lawsuit filed in March")."""
    for i, time in list(attached.items()):
        if doc[i].pos_ in ("VERB", "AUX"):
            for noun in clauses.adjunct_nouns(doc[i], triggers):
                if not any(c.dep_ in ("acl", "relcl") for c in doc[noun].children):
                    attached.setdefault(noun, time)


def _date_acts_at_meetings(
    doc: Doc, triggers: set[int], attached: dict[int, TimeExpression]
) -> None:
    """ "The council, after four hours of public comment during its Oct. 19 meeting, voted
    10-2", "arrested 31 workers at the plant in the June 11 raid": a verb without a date of
    its own took place at the dated meeting it was done at or during, or in the dated act of
    its kind a noun of its own names; so did an act a noun names ("the 2-1 vote at the
    board's Aug. 17 meeting")."""
    meetings = {
        i for i in attached if doc[i].pos_ == "NOUN" and _meeting_noun(doc[i]) and i in triggers
    }
    for i in sorted(triggers - set(attached)):
        if doc[i].pos_ == "NOUN" and i not in meetings:
            occasions = _meetings_under(doc[i], meetings)  # "the 2-1 vote at its Aug. 17 meeting"
        elif doc[i].pos_ == "VERB" and clauses.is_past(doc[i]):
            acts = [
                n
                for n in clauses.adjunct_nouns(doc[i], triggers)
                if n in attached and _part_of(doc[i], doc[n])
            ]
            occasions = [*acts, *_meetings_under(doc[i], meetings)]
        else:
            continue
        for occasion in occasions:
            attached[i] = attached[occasion]
            break


def _part_of(verb: Token, noun: Token) -> bool:
    """An act that is part of the act a noun names: of one type and one family or group of
    related families ("arrested in the raid"); not one that follows it ("charged in the
    shooting", "arrested a suspect in the shooting")."""
    taxonomy, kin = load_taxonomy(), kin_of()
    act, named = event_sense(verb, taxonomy), event_sense(noun, taxonomy)
    if named is None and (kind := taxonomy.objects.get(noun.lemma_.lower())):
        named = (kind, noun.lemma_.lower())  # "during the Oct. 21 operation": dated, it is one
    if act is None or named is None or act[0] != named[0]:
        return False
    families = {taxonomy.family(lemma, kind) for kind, lemma in (act, named)}
    return len({kin.get(family, family) for family in families}) == 1


def _date_by_texts_and_days(
    doc: Doc,
    dating: Sequence[tuple[TimeExpression, Span]],
    triggers: set[int],
    attached: dict[int, TimeExpression],
) -> None:
    """ "In a statement released Tuesday, the association called the program ...": what a
    dated text (a ``COMMUNIQUE`` noun, named before the verb) says was said when the text
    came out, not "arrested him in a town founded in 1850"; "The move got a boost Tuesday, when the
    association urged all sheriffs to ...": a clause told of a day is of that day."""
    owned = {verb_of_time(span).i: time for time, span in dating}
    spans = [(span.start, span.end, time) for time, span in dating]
    communiques = load_taxonomy().communiques
    for i in sorted(triggers - set(attached)):
        verb = doc[i]
        clause = _told_in(verb)
        if verb.pos_ not in ("VERB", "AUX") or not clauses.is_past(clause):
            continue
        texts = [
            o
            for p in verb.children
            if p.dep_ == "prep" and p.lower_ == "in" and p.i < verb.i
            for o in p.children
            if o.dep_ == "pobj" and o.lemma_.lower() in communiques
        ]
        acts = [a.i for t in texts for a in t.children if a.dep_ in ("acl", "relcl")]
        dated = [owned[a] for a in acts if a in owned]
        if _on_a_time(clause):  # "Thursday night, where 300 people came"
            head = clause.head.i
            dated += [time for start, end, time in spans if start <= head < end]
        if dated:
            attached[i] = dated[0]


def _told_in(verb: Token) -> Token:
    """The clause an act is told in: its own, or the one it says the purpose of ("came to
    rally"); not one a clause of its own tells of ("which was two years after police
    arrested him")."""
    purpose = any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children)
    if purpose and verb.dep_ in ("xcomp", "advcl") and verb.head.dep_ == "relcl":
        return verb.head
    return verb


def _on_a_time(clause: Token) -> bool:
    """A clause told of a time, not one that says what the time was ("Tuesday, which was
    two years after ...")."""
    return clause.dep_ == "relcl" and not any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "that") for c in clause.children
    )


def _meeting_noun(noun: Token) -> bool:
    return load_taxonomy().nouns.get(noun.lemma_.lower()) == "meeting"


# The prepositions that lead from an act to the meeting it was done at: the first says when
# or where ("at", "during", "after hours of comment"), one between says of what ("of").
_OCCASION = frozenset({"at", "during"})
_OPENING = _OCCASION | {"after", "following"}


def _meetings_under(verb: Token, meetings: set[int]) -> list[int]:
    """The meetings a verb's phrases name after "at" or "during", directly or after a time
    it took ("after four hours of public comment during its meeting"); not after a phrase
    of what the act is about ("arrested in connection with threats at the meeting")."""
    found, frontier, allowed = [], [verb], _OPENING
    for _ in range(3):
        objects = [
            noun
            for word in frontier
            for prep in word.children
            if prep.dep_ == "prep" and prep.lower_ in allowed
            for noun in prep.children
            if noun.dep_ == "pobj"
        ]
        found += [n.i for n in objects if n.i in meetings and n.head.lower_ in _OCCASION]
        frontier, allowed = objects, _OCCASION | {"of"}
    return found


def _date_gatherings_a_crowd_came_for(
    dating: Sequence[tuple[TimeExpression, Span]],
    triggers: set[int],
    attached: dict[int, TimeExpression],
) -> None:
    """ "More than 250 people filled the community room and lined the hallway on Sunday
    afternoon for a town hall": the gathering a dated crowd was there for took place then
    (not "packed the arena for the game": no gathering noun; nor one told with a clause of
    its own: "lined up Monday for a hearing scheduled for Wednesday")."""
    for time, span in dating:
        verb = verb_of_time(span)
        if verb.i in triggers or not crowds.people_there(verb):
            continue  # "turned out for a forum", "gathered for a vigil": the verb tells it
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"):
            for noun in (c for c in prep.children if c.dep_ == "pobj" and c.i in triggers):
                if any(c.dep_ in ("acl", "relcl") for c in noun.children):
                    continue  # "for a hearing scheduled for Wednesday", "that was canceled"
                sense = event_sense(noun, load_taxonomy())  # "town hall", "vigil"
                if sense is not None and sense[0] == "meeting":
                    attached.setdefault(noun.i, time)


def _date_documents_told_in(
    dating: Sequence[tuple[TimeExpression, Span]],
    triggers: set[int],
    attached: dict[int, TimeExpression],
) -> None:
    """ "In a letter sent to ICE Thursday, the judge wrote ...": a time the parse hangs on
    the verb that tells what the document says dates the document's act (the letter's
    sending, a complaint filed), told in the "in" phrase of that verb."""
    for time, span in dating:
        verb = verb_of_time(span)
        if verb.i in triggers or verb.pos_ not in ("VERB", "AUX"):
            continue
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
            for noun in (c for c in prep.children if c.dep_ == "pobj"):
                acts = [noun, *(c for c in noun.children if c.dep_ in ("acl", "relcl"))]
                for act in (a for a in acts if a.i in triggers):
                    attached.setdefault(act.i, time)
        _date_sayings_by_their_texts(verb, time, triggers, attached)


def _date_sayings_by_their_texts(
    verb: Token, time: TimeExpression, triggers: set[int], attached: dict[int, TimeExpression]
) -> None:
    """ "Kimberly said in a written statement released Wednesday afternoon": the day of the
    text said in is the saying's, when the saying has none of its own."""
    text = verb.head
    told_in = text.head if text.dep_ == "pobj" and text.head.lower_ == "in" else None
    if verb.dep_ != "acl" or told_in is None or told_in.head.i not in triggers:
        return
    if text.lemma_.lower() in load_taxonomy().communiques:
        attached.setdefault(told_in.head.i, time)
