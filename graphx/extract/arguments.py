"""An event's participants and place: the mentions its clause names, and their roles.

Subject -> agent, object or passive subject -> patient, the rest of the clause -> other; a
clause without a subject shares the one above it, a relative pronoun stands for the noun its
clause hangs on, and a pronoun or a definite noun ("the agency") for the last mention of its
type (``antecedents.py``, ``resources/pronouns.csv``, ``resources/definite_heads.csv``). The
first jurisdiction named is the place.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from spacy.tokens import Token

from graphx.extract import (
    antecedents,
    described,
    members,
    notices,
    origins,
    places,
    subjects,
    taken_to,
    tellers,
    where,
)
from graphx.extract.word_lists import capture_nouns
from graphx.model import Mention

__all__ = ["argument_mentions", "participants", "ruled_on", "what_it_says"]


_SUBJECTS = subjects.SUBJECTS
_OBJECTS = {"dobj", "nsubjpass", "attr", "oprd", "dative"}
# ("before" is left out: "testified before the committee" names who heard it)
_TIME_ORDER = frozenset({"after", "following", "until", "since"})
_FINDING = frozenset({"find", "rule", "conclude", "hold", "determine"})  # not "said", "noted"
_PARTICIPANT_TYPES = frozenset(
    ("person", "agency", "organization", "media", "administration", "program", "law")
)


def _mention_at(mentions: Sequence[Mention], starts: list[int], offset: int) -> int | None:
    i = bisect_right(starts, offset) - 1
    if i >= 0 and mentions[i].start <= offset < mentions[i].end:
        return i
    return None


def argument_mentions(
    tokens: list[Token], mentions: Sequence[Mention], starts: list[int]
) -> list[int]:
    found: list[int] = []
    for token in sorted(tokens, key=lambda t: t.i):
        token = subjects.body_saying_it(token) or token  # "ICE said it had arrested 41"
        index = _mention_at(mentions, starts, token.idx)
        if index is None:
            wanted = antecedents.pronoun_types().get(token.lower_)
            if token.dep_ in _SUBJECTS | _OBJECTS and token.lower_ in antecedents.pronoun_types():
                skip = antecedents.not_meant(token, mentions) if wanted == "person" else set()
                index = antecedents.antecedent(mentions, token.idx, wanted or "", skip=skip)
            elif token.lemma_.lower() in antecedents.definite_heads() and any(
                c.lower_ == "the" for c in token.children
            ):
                head = token.lemma_.lower()
                index = antecedents.antecedent(
                    mentions, token.idx, antecedents.definite_heads()[head], head
                )
            elif token.dep_ in _SUBJECTS | _OBJECTS | {"pobj"}:
                index = members.body_of_members(token, mentions, starts)
                index = antecedents.place_of_members(token, mentions) if index is None else index
                if index is None and token.lemma_.lower() in antecedents.indefinite_heads():
                    index = antecedents.named_next(token, mentions)
                    index = antecedents.titled_last(token, mentions) if index is None else index
                if index is None:
                    index = described.described_person(token, mentions)
        if index is not None and index not in found:
            found.append(index)
    return found


def _arguments(trigger: Token, in_clause: set[int], apart: bool) -> list[tuple[str, list[Token]]]:
    arguments = []
    for child in trigger.children:
        role = "agent" if child.dep_ in _SUBJECTS else "patient" if child.dep_ in _OBJECTS else ""
        if trigger.pos_ == "NOUN" and child.dep_ == "prep" and child.lower_ == "by":
            # the noun's own agent ("a ruling by Judge Lee"), not a clause's ("who found ...")
            arguments.append(("agent", subjects.outside_relatives(child, in_clause)))
        if role and subjects.is_relative(child) and trigger.dep_ == "relcl":
            # "the alliance, which held ...", "the alliance, whose group led ..."
            arguments.append((role, subjects.relative_antecedent(trigger)))
        elif role:
            arguments.append((role, [t for t in child.subtree if t.i in in_clause]))
    arguments.extend(("patient", named) for named in subjects.named_by_the_text(trigger))
    arguments.extend(("patient", named) for named in subjects.done_to_the_noun(trigger))
    if not arguments and _shares_passive_subject(trigger):
        # "Khan was arrested Friday and charged": the one arrested is the one charged.
        shared = [c for c in trigger.head.children if c.dep_ == "nsubjpass"]
        arguments.append(("patient", list(shared[0].subtree)))
    passive = trigger.dep_ == "advcl" and any(
        c.dep_ == "nsubjpass" and c.tag_ not in ("WP", "WDT") for c in trigger.children
    )
    if not (passive or apart) and not any(role == "agent" for role, _ in arguments):
        # a passive with a subject of its own keeps its agent unsaid: in "officers arrested
        # him because he had been ordered removed", the officers gave no order
        arguments.append(("agent", subjects.implied_subject(trigger)))
    return arguments


def _shares_passive_subject(trigger: Token) -> bool:
    """A participle coordinated with a passive verb, without a subject of its own."""
    return (
        trigger.dep_ == "conj"
        and trigger.tag_ == "VBN"
        and any(c.dep_ == "nsubjpass" for c in trigger.head.children)
    )


def participants(
    trigger: Token,
    clause: list[Token],
    mentions: Sequence[Mention],
    starts: list[int],
    *,
    apart: bool = False,
) -> tuple[list[tuple[str, str]], str | None]:
    """The trigger's participants (mention id, role) and place (a mention id), from its clause.

    Args:
        trigger: the event's trigger word.
        clause: the tokens of its clause (``clauses.clause_tokens``).
        mentions: the document's mentions, ordered by start.
        starts: their start offsets, for bisection.
        apart: a noun told apart from the act of the verb it is the object of ("criticized
            the March 3 vote"): that verb's subject is none of its people.
    """
    # "deported in 2011 after a traffic stop in Georgia": a phrase that tells another act
    # to place this one in time names that act's place and people, not this one's; so
    # does one deeper in the clause ("announced Monday, making it the seventh county to
    # change course since a ruling in Oregon")
    other_acts = {
        t.i
        for c in clause
        if (c.dep_ == "prep" and c.lower_ in _TIME_ORDER or _someone_elses_act_before(c, trigger))
        and not c.is_ancestor(trigger)
        for t in c.subtree
    }
    clause = [*_name_right_before(trigger), *(t for t in clause if t.i not in other_acts)]
    clause = sorted({*clause, *subjects.whom_they_stand_for(trigger)}, key=lambda t: t.i)
    roles, place = _by_position(trigger, clause, mentions, starts, apart)
    taken = {i for i, _ in roles} | {place}
    for token, role in notices.parties(trigger):  # "received a letter from DHS saying ..."
        for index in argument_mentions([token], mentions, starts):
            if index != place:  # the notice's reading of who gave it and got it comes first
                roles = [(i, r) for i, r in roles if i != index]
                place = _take(mentions, index, role, roles, place)
    for index in argument_mentions(subjects.where_they_are_held(trigger), mentions, starts):
        if index not in taken:  # the place they are held at, and in, takes no part as agent
            place = _take(mentions, index, "other", roles, place)
    ids = [(mentions[index].id, role) for index, role in roles]
    return ids, None if place is None else mentions[place].id


def _someone_elses_act_before(verb: Token, trigger: Token) -> bool:
    """A clause of someone else's act, a stretch of time away, that places the trigger's in
    time: "ICE released him weeks after the group delivered a petition to the agency's
    Miami field office"; not "arrested 12 after they searched the plant in Huron", the
    same people's, nor "arrested him after a trooper stopped his car in Dalton", right
    before it and there."""
    if verb.dep_ != "advcl" or verb.head != trigger:
        return False
    if not any(m.dep_ == "mark" and m.lower_ in _TIME_ORDER for m in verb.children):
        return False
    if not any(c.dep_ == "npadvmod" and c.ent_type_ == "DATE" for c in verb.children):
        return False  # "weeks after", "two days after"
    theirs = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
    ours = {c.lower_ for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")}
    return bool(theirs) and theirs[0].lower_ not in ours


def _name_right_before(trigger: Token) -> list[Token]:
    """ "packed the Habersham County Board of Commissioners meeting Thursday night": the
    parse took "meeting" for a verb of no subject and no object, and the name right before
    it for the packed room; the name is whose meeting it is."""
    if trigger.tag_ != "VBG" or trigger.i == 0:
        return []
    if any(c.dep_ in _SUBJECTS | _OBJECTS for c in trigger.children):
        return []
    before = trigger.doc[trigger.i - 1]
    return [before] if before.pos_ == "PROPN" and before.is_title else []


def what_it_says(
    trigger: Token, mentions: Sequence[Mention], starts: list[int]
) -> list[tuple[str, str]]:
    """Who and what a published document is about, as "other" participants: the names in
    what it says, for a release told as the document's ("a report released Tuesday says
    the Lewis County jail ...", "... the center was understaffed, according to a report
    released Tuesday")."""
    document = trigger.head if trigger.dep_ in ("acl", "relcl") else trigger
    said: list[Token] = []
    if document.dep_ == "nsubj":
        said = [t for c in document.head.children if c.dep_ == "ccomp" for t in c.subtree]
    elif document.dep_ == "pobj" and document.head.head.lower_ == "according":
        phrase = {t.i for t in document.head.head.subtree}
        said = [t for t in document.head.head.head.subtree if t.i not in phrase]
    found = argument_mentions(said, mentions, starts)
    # not the outlet of a dateline, who filed the story ("ST. JOSEPH, Mo. (KSJM) —")
    kept = [i for i in found if mentions[i].type != "jurisdiction" and not mentions[i].attribution]
    return [(mentions[i].id, "other") for i in kept]


def ruled_on(
    trigger: Token, mentions: Sequence[Mention], starts: list[int], named: list[tuple[str, str]]
) -> list[tuple[str, str]]:
    """Whom a ruling finds against, a place's government too: the subject of what it rules
    or its judge found ("ruled that X had ...", "a ruling by a judge who found X had ...")."""
    by = [t for c in trigger.children if c.lower_ == "by" for t in c.subtree]
    rulers = [trigger, *(t for t in by if t.dep_ == "relcl" and t.lemma_ in _FINDING)]
    ids = {i for i, role in named if role != "other"}
    ruled = [
        t for v in rulers for c in v.children if c.dep_ == "ccomp"
        for s in c.children if s.dep_ in ("nsubj", "nsubjpass") for t in s.subtree
    ]  # fmt: skip
    found = [mentions[i].id for i in argument_mentions(ruled, mentions, starts)
             if not mentions[i].dateline]  # fmt: skip
    return [(i, "patient") for i in found if i not in ids]


def _by_position(
    trigger: Token, clause: list[Token], mentions: Sequence[Mention], starts: list[int], apart: bool
) -> tuple[list[tuple[int, str]], int | None]:
    in_clause = {t.i for t in clause}
    roles: list[tuple[int, str]] = []
    place: int | None = None
    # "a citizen of Guyana who was arrested": where someone comes from is not where
    # anything happened, so such a place is neither the place nor a participant.
    origins = _origins(clause, mentions, starts)
    stayed = argument_mentions(where.where_they_stayed(trigger, clause), mentions, starts)
    stayed += argument_mentions(where.where_another_act_was(trigger, clause), mentions, starts)
    origins |= {i for i in stayed if mentions[i].type == "jurisdiction"}
    assigned: set[int] = set()
    for role, subtree in _arguments(trigger, in_clause, apart):
        origins |= _origins(subtree, mentions, starts)
        for index in argument_mentions(subtree, mentions, starts):
            if index not in origins:
                assigned.add(index)
                place = _take(mentions, index, role, roles, place)
    teller = tellers.body_telling(trigger)
    origins |= _origins(teller, mentions, starts)
    for index in argument_mentions(teller, mentions, starts):
        if mentions[index].type in _BODIES and index not in origins:
            assigned.add(index)
            place = _take(mentions, index, "other", roles, place)
    for index in argument_mentions(tellers.rule_setter(trigger), mentions, starts):
        if index not in assigned and index not in origins:
            assigned.add(index)
            place = _take(mentions, index, "agent", roles, place)
    for index in argument_mentions(clause, mentions, starts):
        if index not in assigned and index not in origins:
            place = _take(mentions, index, "other", roles, place)
    return roles, _where_it_happened(trigger, place, clause, mentions, starts, origins)


_BODIES = frozenset({"agency"})  # a government body; a group tells what others did


def _where_it_happened(
    trigger: Token,
    place: int | None,
    clause: list[Token],
    mentions: Sequence[Mention],
    starts: list[int],
    origins: set[int],
) -> int | None:
    """The place a locative phrase of the clause names ("arrested two men in Aurora") over
    one inside a participant's name ("Denver police officers", "ERO Salt Lake City
    officers"): a body is named after where it sits, not after where it acted."""
    if trigger.pos_ == "NOUN":  # "took a turn at Tuesday's hearing down in Alvarado": its own
        own = argument_mentions(list(trigger.subtree), mentions, starts)
        own = [i for i in own if i not in origins and mentions[i].type == "jurisdiction"]
        place = next((i for i in own if where.locative(trigger.doc, mentions[i])), place)
    town = None if place is None else where.town_where_done(trigger, mentions[place], mentions)
    if town is not None:
        return town  # "at a plant in Huron, the largest such operation in South Dakota"
    if place is None or where.locative(trigger.doc, mentions[place]):
        return place
    for index in argument_mentions(clause, mentions, starts):
        found = mentions[index]
        if found.type == "jurisdiction" and index not in origins and not found.dateline:
            if where.locative(trigger.doc, found) and not where.within_country(
                mentions[place], found
            ):
                return index
    return place


def _origins(tokens: list[Token], mentions: Sequence[Mention], starts: list[int]) -> set[int]:
    """The mentions among ``tokens`` that name where someone comes from, the place of a
    body someone was taken to, or the seat of a regional office."""
    if not tokens:
        return set()
    found = set(argument_mentions([t for t in tokens if origins.is_origin(t)], mentions, starts))
    found |= _places_people_are_from(tokens, mentions, starts)
    for i in argument_mentions(tokens, mentions, starts):
        doc = tokens[0].doc
        if mentions[i].type == "jurisdiction" and (
            taken_to.in_a_body_taken_to(doc, mentions[i])
            or where.seat_of_an_office(doc, mentions[i])
        ):
            found.add(i)
    return found


def _places_people_are_from(
    tokens: list[Token], mentions: Sequence[Mention], starts: list[int]
) -> set[int]:
    """ "a Lewiston man", unless the place is told again as more ("An Orangeburg County man
    ... has sued the county")."""
    from_token = [t for t in tokens if _from_a_place(t)]
    placed = {i for i in argument_mentions(from_token, mentions, starts) if _a_place(mentions[i])}
    if placed:
        spans = [(mentions[i].start, mentions[i].end) for i in placed]
        rest = [t for t in tokens if not any(s <= t.idx < e for s, e in spans)]
        placed -= set(argument_mentions(rest, mentions, starts))
    return placed


def _a_place(mention: Mention) -> bool:
    """A town, though the model may tag one before a noun a body ("a Lewiston man"); not a
    county, whose people may sue it ("An Orangeburg County man ... sued the county")."""
    if mention.type == "jurisdiction":
        found = places.lookup(mention.text)
        return found is None or found.level == "city"
    return mention.type != "person" and places.is_city(mention.text, places.load_gazetteer())


def _from_a_place(token: Token) -> bool:
    """ "a Lewiston man": a word before a person's common noun (``capture_nouns.txt``), where
    the person is from when it names a place; not a name's words ("the Black Hills
    Immigrant Justice Coalition")."""
    person = token.head
    # a headline's capitals make the noun a name's word ("for Guymon Father": probe310)
    after = person.doc[person.i + 1] if person.i + 1 < len(person.doc) else None
    titled = person.pos_ == "PROPN" and not (after is not None and after.text.istitle())
    noun = person.pos_ == "NOUN" or titled
    if token.dep_ != "compound" or not noun or person.dep_ == "compound":
        return False
    return person.lower_ in capture_nouns()[0] or person.lemma_.lower() in capture_nouns()[0]


def _take(
    mentions: Sequence[Mention],
    index: int,
    role: str,
    roles: list[tuple[int, str]],
    place: int | None,
) -> int | None:
    """Add a mention to an event as a participant or as its place; returns the place.

    A dateline's place is where the story was filed, not where it happened, and
    an outlet a story cites ("told Fox News") or is credited to is no actor
    (issue 16): neither takes part. A country yields to a place within it named in the
    same clause ("U.S. District Judge Ann Lee blocked the Texas law": Texas; "police in
    Mexico arrested a Texas man" stays in Mexico).
    """
    mention = mentions[index]
    if mention.type == "jurisdiction":
        if mention.dateline:
            return place
        if place is None or where.within_country(mention, mentions[place]):
            return index
        return place
    if mention.type in _PARTICIPANT_TYPES and not mention.attribution:
        roles.append((index, role))
    return place


def an_outlet_reports(trigger: Token, mentions: Sequence[Mention], starts: list[int]) -> bool:
    """ "The Washington Times reported that Mayorkas said ...", "The Hill reported.": a news
    outlet's report of a clause, or of nothing it names ("reported:" before a quote), is
    where the story comes from, as "said" is, not a happening of its own ("the Times
    published an investigation" is one)."""
    if any(c.dep_ in ("dobj", "nsubjpass") for c in trigger.children):
        return False
    for subject in (c for c in trigger.children if c.dep_ == "nsubj"):
        found = _mention_at(mentions, starts, subject.idx)
        if found is not None and mentions[found].type == "media":
            return True
    return False
