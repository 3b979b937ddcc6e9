"""A happening told again to say more of it (issue 15).

"The vigil was organized by the coalition" is Sunday's vigil, told the sentence before; "The
operation at the plant was carried out by Homeland Security Investigations" is the raid the
sentence before dated, now told with who did it. Such a report takes the day its happening
was last dated in the article.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Doc, Span, Token

from graphx.extract import clauses, subjects
from graphx.extract.courts import a_council_named_before
from graphx.extract.crowds import crowd_nouns
from graphx.extract.known import read_head_words
from graphx.extract.taxonomy import Taxonomy, kin_of
from graphx.extract.triggers import definite, light_nouns, noun_lemma, verb_lemma
from graphx.model import TimeExpression

__all__ = [
    "day_within",
    "days_told_before",
    "definite",
    "last_day_of",
    "told_again",
    "told_apart",
    "told_anew",
]

# Words that tell a happening apart from one told before: "a similar meeting", "the other
# rally", "a second lawsuit".
_OTHER = frozenset(
    {"another", "other", "similar", "second", "earlier", "smaller", "larger"}
    | {"previous", "prior", "last", "first", "next"}  # "At the previous meeting": another
)
# Words that put an act inside a happening: "during the raid", "at the meeting"; "in" only
# for the law's operations ("arrested in the raid"), since "in the lawsuit" tells a text.
_WITHIN = frozenset({"during", "at"})
_WITHIN_OPERATION = frozenset({"in"})
# How one member voted in a vote just told: "voted no", "voted against the agreement" (not
# "for": "signed for the agency" is on whose behalf); only a vote ("ruled against" is not).
_ROLL_CALL = frozenset({"yes", "no", "aye", "nay", "against"})
_FAVOR = frozenset({"favor", "favour"})
_VOTE = "vote"
_MEET = "meet"
_THE_LAWS = "enforcement"
_MEETING = "meeting"
_GATHERING = "meeting"  # the type of verbs and nouns of gathering ("attended the meeting")
_HABITS = frozenset({"every", "always", "consistently", "repeatedly", "routinely", "never"})


def told_anew(sent: Span, taxonomy: Taxonomy) -> set[str]:
    """The families of the happenings a sentence tells as new ones, by an indefinite noun
    or one set apart ("Her arrest sparked a protest", "A similar meeting was held"): after
    it, "the protest" may be that one (``_told_done``)."""
    families = set()
    for token in sent:
        lemma = noun_lemma(token, taxonomy) if token.pos_ == "NOUN" else ""
        kind = taxonomy.nouns.get(lemma)
        other = told_apart(token)
        if kind and (other or not definite(token)) and _told_done(token):
            families.add(taxonomy.family(lemma, kind))
    return families


def _told_done(noun: Token) -> bool:
    """One happening told as done: a singular noun of a past verb not negated ("sparked a
    protest", "A similar meeting was held last month"); not many, a habit or what is to
    come ("has held rallies", "does not comment on local forums", "to hold a forum", "never
    attended a rally")."""
    verb = clauses.verb_over(noun)
    if noun.tag_ != "NN" or verb is None or verb.tag_ not in ("VBD", "VBN"):
        return False
    return not any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children)


def told_again(token: Token, triggers: set[int], taxonomy: Taxonomy) -> bool:
    """A noun the sentence is about, or a light verb of one, told again to say more of it."""
    told = _noun_told_again(token, triggers) or _carried_out_again(token, taxonomy)
    return told or _attended(token, taxonomy) is not None


def _noun_told_again(noun: Token, triggers: set[int]) -> bool:
    """A noun the sentence is about, told again to say more of it ("The vigil was organized
    by the coalition"): the one subject of a clause whose verb tells no happening of its
    own ("The ruling was criticized by DHS" is the criticism), not of what someone says ("he
    said the lawsuit was no surprise"), and not many of a kind ("the arrests have become
    routine")."""
    chain = [noun, *clauses.ancestors(noun)]
    # or where someone did something ("At that hearing, the chief told councilors ...")
    where = noun.dep_ == "pobj" and noun.head.lower_ in ("at", "during")
    subject = noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i not in triggers
    # or what someone named by "which" held ("the alliance, which organized the vigil"),
    # when its clause gives it no time of its own and tells of no other one ("also")
    held = definite(noun) and subjects.held_by_which(noun, noun.head)
    held = held and not any(
        t.ent_type_ in ("DATE", "TIME") or t.lower_ in ("also", "too") for t in noun.head.subtree
    )
    told = subject or where or held
    return noun.tag_ == "NN" and told and not any(t.dep_ == "ccomp" for t in chain)


def _carried_out_again(verb: Token, taxonomy: Taxonomy) -> bool:
    """A light verb whose happening is its own definite passive subject or object ("The
    operation at the plant was carried out by HSI", "The raid was conducted by deputies",
    "The group filed the lawsuit"; not "the lawsuit the ACLU filed"), in no clause of what
    someone says."""
    if verb.pos_ != "VERB" or verb_lemma(verb, taxonomy) not in taxonomy.light:
        return False
    if any(t.dep_ == "ccomp" for t in [verb, *clauses.ancestors(verb)]):
        return False
    if any(c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" for c in verb.children):
        return False  # "The hearing will be held by the committee": to come
    # or its definite object: "The group filed the lawsuit on behalf of Tom Ruiz"
    told = [n for n in light_nouns(verb) if n.head == verb and n.dep_ in ("nsubjpass", "dobj")]
    return any(n.tag_ == "NN" and definite(n) and not told_apart(n) for n in told)


def _attended(verb: Token, taxonomy: Taxonomy) -> str | None:
    """The family of the gathering a verb of gathering tells again by its definite object
    ("About 60 people attended the meeting", "who attended the hearing but did not speak";
    not "attended a meeting", "the previous meeting", "will attend the meeting")."""
    lemma = verb_lemma(verb, taxonomy) if verb.pos_ == "VERB" else ""
    if taxonomy.verbs.get(lemma) != _GATHERING or clauses.is_opinion(verb):
        return None  # not "appealed the ruling", "dismissed the lawsuit": acts of their own
    for noun in (c for c in verb.children if c.dep_ == "dobj" and c.tag_ == "NN"):
        named = noun_lemma(noun, taxonomy)
        noun_kind = taxonomy.nouns.get(named)
        # not "the meeting of the state sheriffs association", "the meeting with ICE"
        told = any(c.dep_ == "prep" and c.lower_ in ("of", "with") for c in noun.children)
        if noun_kind == _GATHERING and definite(noun) and not told_apart(noun) and not told:
            return taxonomy.family(named, noun_kind)
    return None


def _vote_of_meeting(
    setting: str, taxonomy: Taxonomy, days_of: Mapping[str, TimeExpression]
) -> TimeExpression | None:
    """The day of the vote or meeting the article told last, for "the meeting": a body
    votes at one ("first met on Feb. 6 ... On Tuesday, the board voted ... About 60 people
    attended the meeting": Tuesday's)."""
    vote = taxonomy.family(_VOTE, taxonomy.verbs.get(_VOTE, ""))
    meeting = taxonomy.family(_MEETING, taxonomy.nouns.get(_MEETING, ""))
    if setting != meeting:
        return days_of.get(setting)
    told = [t for t in (days_of.get(vote), days_of.get(meeting)) if t is not None]
    return max(told, key=lambda t: t.start) if told else None


def days_told_before(
    doc: Doc,
    candidates: Mapping[int, tuple[str, str]],
    taxonomy: Taxonomy,
    days_of: Mapping[str, TimeExpression],
) -> dict[int, TimeExpression]:
    """The day each trigger's happening was last dated in the article, for a definite noun
    of its family ("the ruling") or a light verb of one carried out again, which may be of a
    related family ("detaining 63 workers ... The operation was carried out by HSI")."""
    found = {}
    for i, (kind, lemma) in candidates.items():
        # a related family only for a raid told again as the detentions it made ("the
        # arrests" after "the May 20 raid": found in probe273)
        day = _family_day(lemma, kind, taxonomy, days_of, _THE_LAWS)
        if day is not None and definite(doc[i]) and not told_apart(doc[i]):
            found[i] = day
        elif (setting := _attended(doc[i], taxonomy)) is not None:
            held = _vote_of_meeting(setting, taxonomy, days_of)
            if held is not None:
                found[i] = held
        elif day is not None and _carried_out_again(doc[i], taxonomy):
            found[i] = day
    return found


def day_within(
    trigger: Token, taxonomy: Taxonomy, days_of: Mapping[str, TimeExpression]
) -> TimeExpression | None:
    """The day the article last gave a happening an act is told inside of ("During the
    operation, agents arrested three men", "At the meeting, commissioners voted 4-1", "Two
    men were arrested in the raid"): a definite noun of that happening's family or of a kin
    one ("the operation" after "agents raided a plant Tuesday"); or how members voted in the
    vote last dated ("Magistrates Pam Lee and Ed Stone voted no")."""
    if (roll_call := _how_voted(trigger, taxonomy, days_of)) is not None:
        return roll_call
    if (session := _at_its_meeting(trigger, taxonomy, days_of)) is not None:
        return session
    for noun in _settings_of(trigger):
        operation = noun.head.lower_ in _WITHIN_OPERATION
        day = last_day_of(noun, taxonomy, days_of, "enforcement" if operation else "")
        if day is not None:
            return day
    return None


def last_day_of(
    noun: Token,
    taxonomy: Taxonomy,
    days_of: Mapping[str, TimeExpression],
    kind_only: str = "",
    kin_of_kind: str = "",
) -> TimeExpression | None:
    """The day the article last dated the happening a noun names, of its family or a kin
    one ("the operation" after "agents raided a plant Tuesday"); ``kind_only``: a type the
    noun's happening must be of, "" for any; ``kin_of_kind``: the only type whose kin
    families count, "" for any."""
    lemma = noun_lemma(noun, taxonomy)
    kind = taxonomy.nouns.get(lemma) or taxonomy.objects.get(lemma)
    if not kind or (kind_only and kind != kind_only):
        return None
    return _family_day(lemma, kind, taxonomy, days_of, kin_of_kind)


def _family_day(
    lemma: str,
    kind: str,
    taxonomy: Taxonomy,
    days_of: Mapping[str, TimeExpression],
    kin_of_kind: str,
) -> TimeExpression | None:
    """The day ``days_of`` has for the family of ``lemma`` as ``kind``, else for its last
    dated kin family (only for ``kin_of_kind``'s type, when one is given)."""
    family, kin = taxonomy.family(lemma, kind), kin_of()
    kindred = kin.get(family) if not kin_of_kind or kind == kin_of_kind else None
    related = [f for f in days_of if kindred and kin.get(f) == kindred]
    return days_of.get(family) or (days_of[related[-1]] if related else None)


def _at_its_meeting(
    trigger: Token, taxonomy: Taxonomy, days_of: Mapping[str, TimeExpression]
) -> TimeExpression | None:
    """The day of the meeting the article last dated, for an act a body that votes told in
    the past with no day of its own ("The Warren County Fiscal Court met in regular session
    Tuesday evening. ... By a 5-2 vote, the court approved a renewal": found in probe267);
    "the court" only after a county's governing court is named, not a judge's."""
    day = days_of.get(taxonomy.family(_MEET, taxonomy.verbs.get(_MEET, "")))
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    if day is None or subject is None or trigger.tag_ != "VBD" or not definite(subject):
        return None
    councils = read_head_words()["council"]
    court = subject.lower_ == "court" and a_council_named_before(subject, councils)
    return day if subject.lemma_.lower() in read_head_words()["votes"] or court else None


def _how_voted(
    trigger: Token, taxonomy: Taxonomy, days_of: Mapping[str, TimeExpression]
) -> TimeExpression | None:
    """The day of its family's last happening for a verb told in the past with how one voted
    in it ("voted no", "voted against the agreement"); not a present, which tells a habit
    ("said rural sheriffs sign these agreements for a simple reason" had taken the day of the
    article's signing: probe304)."""
    lemma = verb_lemma(trigger, taxonomy) if trigger.pos_ == "VERB" else ""
    kind = taxonomy.verbs.get(lemma)
    family = taxonomy.family(lemma, kind) if kind else ""
    if family != taxonomy.family(_VOTE, taxonomy.verbs.get(_VOTE, "")) or not _roll_call(trigger):
        return None
    return days_of.get(family) if clauses.is_past(trigger) else None


def _roll_call(verb: Token) -> bool:
    """ "voted no", "voted against the measure": how one voted, in a clause with no time,
    habit or other happening of its own ("has voted against every budget", "had voted
    against a similar bill", "who voted yes when the plan first came up")."""
    how = any(c.lower_ in _ROLL_CALL for c in verb.children)
    # "Commissioners Ann Lee and Tom Park voted in favor of the agreement" (found in
    # probe251), "... voted for the agreement"; not a crowd's vote ("workers voted for a
    # strike", "members of the union voted for the measure": a review, crowd_nouns.txt), nor
    # one for a person (an election)
    crowd = any(s.lemma_.lower() in crowd_nouns() for s in verb.children if s.dep_ == "nsubj")
    in_favor = any(
        (c.lower_ == "for" and not any(g.ent_type_ == "PERSON" for g in c.children))
        or (c.lower_ == "in" and any(g.lower_ in _FAVOR for g in c.children))
        for c in verb.children
        if c.dep_ == "prep"
    )
    how = how or (in_favor and not crowd)
    told = {c.dep_ for c in verb.children} & {"advcl", "npadvmod"}
    aux = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    other = any(t.lower_ in _OTHER or t.lower_ in _HABITS for t in verb.subtree)
    return how and not told and not aux and not other


def _settings_of(trigger: Token) -> list[Token]:
    """The definite singular nouns after "during", "at" or "in" that hang on a trigger."""
    words = _WITHIN | _WITHIN_OPERATION
    preps = [c for c in trigger.children if c.dep_ == "prep" and c.lower_ in words]
    nouns = [n for p in preps for n in p.children if n.dep_ == "pobj"]
    return [n for n in nouns if n.tag_ == "NN" and definite(n) and not told_apart(n)]


def told_apart(noun: Token) -> bool:
    """A noun told apart from one told before: "the previous meeting", "a similar raid"."""
    return any(c.lower_ in _OTHER for c in noun.children)
