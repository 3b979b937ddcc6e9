"""The days crowds were there, which a gathering noun told again takes (issue 15).

"More than 200 people packed Taylor Park on Saturday afternoon ... The rally was organized by
the alliance": the rally is that crowd's, on its day. A crowd's day holds for the sentences
after it until the story names another time; a story that tells of people there on one day
only gives that day to the rally it tells again anywhere.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Doc, Span, Token

from graphx.extract import again, attach, crowds
from graphx.extract.taxonomy import Taxonomy
from graphx.extract.triggers import load_taxonomy, noun_lemma
from graphx.model import EventMention, TimeExpression

__all__ = [
    "a_day",
    "crowd_gathering",
    "crowd_there",
    "for_crowds",
    "one_crowd",
    "told_as_crowd",
    "story_gathering",
    "the_storys",
    "told_done",
]


def a_day(time: TimeExpression) -> bool:
    """A day, or a weekday of a week the corpus may yet find ("Thursday evening" in an
    article of no date): when the crowd a gathering noun tells again was there (not any
    happening told again: there "the arrest" may be another, the weekday misplaced)."""
    return time.precision in ("day", "time") or time.value.startswith("XXXX-WXX-")


def crowd_there(
    doc: Doc, sent: Span, times: Sequence[TimeExpression], earlier: TimeExpression | None
) -> TimeExpression | None:
    """The day of a sentence's crowd told by a verb of no gathering ("Hundreds of people
    filled the lawn outside the church on Thursday evening"), for the gathering noun a later
    sentence tells again; the ``earlier`` crowd's day holds until the story names a time."""
    in_sentence = [t for t in times if sent.start_char <= t.start < sent.end_char]
    for time in in_sentence:
        span = doc.char_span(time.start, time.end, alignment_mode="expand")
        verb = _verb_over(span) if span is not None else None
        if verb is not None and a_day(time) and crowds.people_there(verb) and _for_none(verb):
            return time
    return None if in_sentence or another_gathering(sent) else earlier


def another_gathering(sent: Span) -> bool:
    """A sentence that tells of a gathering as a new one (``again.told_anew``)."""
    taxonomy = load_taxonomy()
    kinds = {
        taxonomy.family(lemma, kind) for lemma, kind in taxonomy.nouns.items() if kind == "meeting"
    }
    return bool(again.told_anew(sent, taxonomy) & kinds)


def _for_none(verb: Token) -> bool:
    """A crowd there for no other thing than a gathering: not "packed the gym for a
    basketball game", "filled the church for the funeral"."""
    taxonomy = load_taxonomy()
    for_what = [o for p in verb.children if p.lower_ == "for" for o in p.children]
    for_what = [o for o in for_what if o.ent_type_ not in ("DATE", "TIME")]  # "for two hours"
    return all(taxonomy.nouns.get(noun_lemma(o, taxonomy)) == "meeting" for o in for_what)


def _verb_over(span: Span) -> Token:
    """The verb a time is of, through the words it hangs on ("For about two hours Saturday,
    more than 100 people stood outside": "stood")."""
    word = attach.verb_of_time(span)
    for _ in range(3):
        if word.pos_ in ("VERB", "AUX") or word.head.i == word.i:
            break
        word = word.head
    return word


def one_crowd(
    doc: Doc, times: Sequence[TimeExpression], gathering: str = ""
) -> TimeExpression | None:
    """The day of the story's crowd when it tells of people there on one day only: the
    rally it tells again later ("The rally was organized by ..."), past other times, is
    that crowd's, when it is of a kind people gather for (the families of GATHER rows).
    A gathering told anew after the crowd's may be the one told again; not one of another
    kind than the ``gathering`` the story names ("a bond hearing ... is set for Thursday"
    in a story of a vigil, found in probe296)."""
    taxonomy = load_taxonomy()
    story = taxonomy.family(gathering, "meeting") if gathering else ""
    days: list[TimeExpression] = []
    for sent in doc.sents:
        if (day := crowd_there(doc, sent, times, None)) is not None:
            days.append(day)
        elif days and another_gathering(sent) and (not story or _told_anew(sent, story)):
            return None
    return days[0] if days and len({t.value for t in days}) == 1 else None


def _told_anew(sent: Span, family: str) -> bool:
    return family in again.told_anew(sent, load_taxonomy())


def for_crowds(taxonomy: Taxonomy, sense: tuple[str, str]) -> bool:
    """A happening of a kind people gather for: a family of the GATHER rows ("rally")."""
    kinds = {taxonomy.family(lemma, kind) for lemma, kind in taxonomy.crowding.items()}
    return taxonomy.family(sense[1], sense[0]) in kinds


def the_storys(taxonomy: Taxonomy, sense: tuple[str, str], gathering: str) -> bool:
    """A gathering of the kind the story names (any, when it names none): a protest told
    again in a story of a town hall is not the town hall's crowd (a review)."""
    family = taxonomy.family(sense[1], sense[0])
    return not gathering or family == taxonomy.family(gathering, "meeting")


def story_gathering(doc: Doc, taxonomy: Taxonomy, headline_end: int) -> str:
    """The lemma of the first gathering the story names in its headline ("Packed Town
    Hall") or tells as done with no time of its own ("the vigil was organized by"), else
    "" (not "The vigil ... will be held next week", "the singer's tour")."""
    for token in doc:
        one = token.pos_ in ("NOUN", "PROPN") and token.tag_ not in ("NNS", "NNPS")
        lemma = noun_lemma(token, taxonomy) if one else ""
        told = token.idx < headline_end or told_done(token)
        if taxonomy.nouns.get(lemma) == "meeting" and told:
            return lemma
    return ""


def _tells_none_of_its_own(trigger: Token) -> bool:
    """A gathering told as one of many, not the story's, by a participle alone ("part of
    a wave of vigils across the country protesting conditions"), or by a noun's word ("a
    meeting room")."""
    meetings = load_taxonomy().nouns
    if trigger.tag_ == "VBG" and not any(c.dep_ == "nsubj" for c in trigger.children):
        return True  # "protesting conditions": a participle tells no gathering of its own
    if trigger.dep_ == "compound" and trigger.head.pos_ == "NOUN":
        return True  # "packed a meeting room": a word of what the room is for
    for word in (trigger, *trigger.ancestors):
        if word.tag_ in ("NNS", "NNPS") and meetings.get(word.lemma_.lower()) == "meeting":
            return True
        if word.pos_ in ("VERB", "AUX") and word.i != trigger.i:
            return False
    return False


def told_done(noun: Token) -> bool:
    """A noun of a past clause with no time of its own: "The rally was organized by the
    alliance"; not "The walkout would be the first", "The rally will follow", "The march
    is an annual tradition", "The boycott called last month"."""
    verb = next((t for t in noun.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.tag_ not in ("VBD", "VBN"):
        return False
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False
    near = [*noun.subtree, *(c for c in verb.children if c.dep_ != "ccomp")]
    return not any(t.ent_type_ in ("DATE", "TIME") for t in near)


def crowd_gathering(
    sent: Span,
    candidates: Mapping[int, tuple[str, str]],
    gathering: str,
    crowd: TimeExpression | None,
) -> dict[int, tuple[str, str]]:
    """The verb of the story's one crowd (``one_crowd``), there at a place, as the gathering
    the story names, when no trigger of its sentence tells one: "More than 200 people packed
    the Forsyth Community Center Monday night to question the sheriff" in a story of a town
    hall is the town hall (its verb -> the meeting type and the gathering's lemma); nothing
    in a story of no gathering, nor "Volunteers packed boxes"."""
    doc = sent.doc
    told = [
        i
        for i, (kind, _) in candidates.items()
        if kind == "meeting" and not _tells_none_of_its_own(doc[i])
    ]
    if not gathering or crowd is None or told:
        return {}
    if not sent.start_char <= crowd.start < sent.end_char:
        return {}
    span = sent.doc.char_span(crowd.start, crowd.end, alignment_mode="expand")
    verb = _verb_over(span) if span is not None else None
    if verb is None or not crowds.people_there(verb) or not crowds.at_a_place(verb):
        return {}
    # standing or waiting outside is a rally's or a vigil's; a hall packed, or a crowd
    # spoken to, any gathering's
    placed = any(c.dep_ == "dobj" for c in verb.children) or crowds.before_a_crowd(verb)
    taxonomy = load_taxonomy()
    if not placed and not for_crowds(taxonomy, ("meeting", gathering)):
        return {}
    return {verb.i: ("meeting", gathering)}


def told_as_crowd(doc: Doc, event: EventMention) -> bool:
    """A gathering told only as people gathering ("crowded into a room", "gathered
    outside"), which a noun of the next sentence may name ("The town hall")."""
    span = doc.char_span(event.start, event.start + len(event.trigger))
    verb = span.root.lemma_.lower() if span is not None else ""
    return event.event_type == "meeting" and verb in load_taxonomy().crowding
