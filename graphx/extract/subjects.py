"""Who does what a clause without a subject of its own tells (issue 15).

A relative clause's subject is the noun it hangs on, a gerund's or a noun's the subject of
the clause above; what someone says has a subject of its own, never the speaker's. A text
that the clause of its making describes is against whom it names ("The lawsuit, filed
Tuesday, accuses the county of ...").
"""

from __future__ import annotations

import itertools

from spacy.tokens import Token

from graphx.extract import antecedents
from graphx.extract.clauses import adjunct_verb, ancestors
from graphx.extract.known import read_head_words
from graphx.extract.same_day import text_that_acts
from graphx.extract.taxonomy import load_taxonomy
from graphx.extract.word_lists import judging_verbs
from graphx.lexicon import shipped

__all__ = [
    "body_saying_it",
    "done_to_the_noun",
    "SUBJECTS",
    "implied_subject",
    "is_relative",
    "named_by_the_text",
    "outside_relatives",
    "relative_antecedent",
    "where_they_are_held",
    "whom_they_stand_for",
]

SUBJECTS = frozenset({"nsubj", "csubj", "agent"})


def body_saying_it(token: Token) -> Token | None:
    """The body that says "it" did what it tells: in "ICE said Friday that it had arrested
    41 people", "it" is ICE; not when a person or a pronoun speaks ("Sheriff Tom Hale said it
    was a mistake"), nor a noun that is no body's ("the report said it was ...")."""
    if token.lower_ != "it" or token.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = token.head
    if clause.dep_ != "ccomp" or not load_taxonomy().tells(clause.head.lemma_.lower()):
        return None
    speakers = [c for c in clause.head.children if c.dep_ == "nsubj"]
    bodies = {w for w, kind in antecedents.definite_heads().items() if kind in _BODY_KINDS}
    if speakers and (speakers[0].ent_type_ in _BODY_ENTITIES or speakers[0].lemma_ in bodies):
        return speakers[0]
    return None


_BODY_KINDS = frozenset({"agency", "jurisdiction"})
_BODY_ENTITIES = frozenset({"AGENCY", "ORG", "GPE"})


def implied_subject(trigger: Token) -> list[Token]:
    """The subject a clause without one shares with the clause or noun above it.

    "officials in Cook County who have released..." (relative clause),
    "the sheriff's office ... drew attention for releasing..." (gerund), and
    "the decision by Albence to hold a press conference" (noun complement).
    """
    # "sent a letter Monday ending the agreement and praising deputies": both the letter's
    signer = text_that_acts(trigger.head if trigger.dep_ == "conj" else trigger, load_taxonomy())
    if signer is not None:
        # "signed a letter to ICE ending the agreement": the signer ends it, not ICE
        signers = [c for c in signer.children if c.dep_ in SUBJECTS]
        return list(signers[0].subtree) if signers else []
    if voters := _body_passed_on_a_vote(trigger):
        return voters
    below = trigger
    for token in ancestors(trigger)[:6]:
        if below.dep_ == "ccomp" or _content_of_noun(below):
            # "Ten men were taken into custody, Madison said", "told reporters in a
            # statement that 44 people were arrested": what one says has a subject of its
            # own, never the speaker
            return []
        if below.dep_ == "acl" and adjunct_verb(token) is not None:
            # "In a ruling issued Tuesday, Judge Lee wrote...": the ruling is the judge's.
            below = token
            continue
        if below.dep_ == "relcl" or (below.dep_ == "acl" and token.pos_ in ("NOUN", "PROPN")):
            inside = {t.i for t in below.subtree}
            return _named_by_copula(token, below) or [t for t in token.subtree if t.i not in inside]
        if blamed := _blamed_for(below, token, trigger):
            return blamed
        subjects = [c for c in token.children if c.dep_ in SUBJECTS]
        if below.dep_ == "nsubjpass" and below.pos_ == "NOUN" and not subjects:
            # "The vigil was organized with the coalition": who it was done with
            subjects = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "with"]
        if subjects and held_by_which(below, token):
            # "the alliance, which organized Monday's rally": the noun "which" stands for
            return relative_antecedent(token)
        if subjects:
            return list(subjects[0].subtree)
        below = token
    return []


def _blamed_for(prep: Token, verb: Token, trigger: Token) -> list[Token]:
    """Who a verb of judging and its "for" say did what the gerund after it tells: the one
    the verb praises, blames or sues ("condemned the board for approving the deal", "sued
    the county for holding him"), or a passive verb's subject ("the board was condemned by
    the group for approving it"); found in probe313, where the group that condemned the
    board approved the deal. Not a gerund's own words ("sued the city for arresting him at
    a protest": no one judged held the protest), nor a verb of using or billing."""
    if prep.dep_ != "prep" or prep.lower_ != "for" or trigger.head.i != prep.i:
        return []
    if trigger.dep_ != "pcomp" or trigger.tag_ != "VBG" or not _judging(verb):
        return []
    done_to = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return list(done_to[0].subtree) if done_to and _someone(done_to[0]) else []


def _judging(verb: Token) -> bool:
    """A verb of judging someone for an act: a statement's or a lawsuit's trigger of
    praise, blame or suing, or one of ``judging_verbs.txt``."""
    lemma, taxonomy = verb.lemma_.lower(), load_taxonomy()
    family = taxonomy.family(lemma, taxonomy.verbs.get(lemma, ""))
    return family in _JUDGING or lemma in judging_verbs()


# the families of statements and suits that judge someone for what they did
_JUDGING = frozenset({"criticize", "praise", "accuse", "sue"})


def _someone(noun: Token) -> bool:
    """A name or a pronoun of someone, or a body's or a person's common noun."""
    if noun.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "AGENCY") or noun.tag_ == "PRP":
        return noun.lower_ not in ("it", "its")
    word = noun.lemma_.lower()
    bodies = antecedents.definite_heads().get(word, "") in ("agency", "jurisdiction")
    return (
        bodies
        or word in read_head_words()["votes"]
        or word in shipped().word_set("person_nouns.txt")
    )


def _body_passed_on_a_vote(vote: Token) -> list[Token]:
    """The body a measure passed or cleared "on a 7-2 vote", which cast it ("A bill ...
    cleared the Senate Judiciary Committee on Tuesday on a 7-2 vote", found in probe297:
    the bill was the vote's agent), else none."""
    on, verb = vote.head, vote.head.head
    if vote.lemma_.lower() != "vote" or vote.dep_ != "pobj" or on.lower_ not in ("on", "by", "in"):
        return []
    votes = read_head_words()["votes"]
    # what passed is a measure, not a body that overrode another ("The council overrode the
    # Planning Commission on a 7-2 vote": a review)
    measure = [c for c in verb.children if c.dep_ == "nsubj" and _a_measure(c, votes)]
    passed = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in votes]
    return list(passed[0].subtree) if on.head.i == verb.i and measure and passed else []


def _a_measure(subject: Token, votes: frozenset[str]) -> bool:
    """A common noun that names no body that votes, nor anyone ("A bill", "The measure")."""
    return subject.pos_ == "NOUN" and subject.lower_ not in votes and not subject.ent_type_


def _named_by_copula(noun: Token, clause: Token) -> list[Token]:
    """Who a noun with an active infinitive is said to be: "Lyon County is the second
    county to vote on the agreement", "Texas became the first state to sue" (Lyon County
    votes)."""
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    # "the first person to be deported": the one it was done to, not its doer
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in clause.children)
    if noun.dep_ != "attr" or not infinitive or passive:
        return []
    named = [c for c in noun.head.children if c.dep_ in SUBJECTS]
    return list(named[0].subtree) if named else []


def is_relative(subject: Token) -> bool:
    """A relative pronoun, or a noun it owns: "which", "who", "whose group"."""
    return subject.tag_ in ("WDT", "WP") or any(c.tag_ == "WP$" for c in subject.children)


_VERBS = frozenset({"VERB", "AUX"})

# Verbs whose subject holds the gathering or act that is their object.
_HOLDING = frozenset({"organize", "hold", "lead", "stage", "host", "call", "sponsor", "plan"})


def held_by_which(noun: Token, verb: Token) -> bool:
    """A happening a relative clause says its noun held: "the alliance, which organized
    Monday's rally"; not "Deputies arrested her, which sparked Wednesday's protest" (which
    stands for a clause) nor "the office, which arrested 12 people at Saturday's rally"."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    return (
        subject is not None
        and is_relative(subject)
        and verb.dep_ == "relcl"
        and noun.dep_ == "dobj"
        and verb.lemma_.lower() in _HOLDING
    )


def _content_of_noun(clause: Token) -> bool:
    """A "that" clause that says what a noun says: "a statement that ..."."""
    return clause.dep_ == "acl" and any(
        c.lower_ == "that" and c.dep_ == "mark" for c in clause.children
    )


def relative_antecedent(trigger: Token) -> list[Token]:
    """What a relative pronoun stands for: the noun phrase the clause hangs on.

    The parser often attaches the clause to the last word of a place name
    ("officials in Cook County, Illinois who released..."), so climb through
    appositions and prepositions to the noun that heads the phrase.
    """
    noun = climbed = trigger.head
    for head in ancestors(noun):
        # not past a verb: "according to the alliance, which organized the vigil" stands for
        # the alliance, not for the sentence "according to" hangs on
        if climbed.dep_ not in ("appos", "pobj", "prep", "compound") or head.pos_ in _VERBS:
            break
        climbed = head
        noun = head if head.pos_ != "ADP" else noun
    inside = {t.i for t in trigger.subtree}
    return [t for t in noun.subtree if t.i not in inside]


def named_by_the_text(trigger: Token) -> list[list[Token]]:
    """Whom a text says its say of, when the clause of its making describes it: "The
    lawsuit, filed Tuesday in federal court, accuses Kent County of ...", "The indictment,
    which a grand jury returned on Oct. 22, charges two managers": the county is sued."""
    text = trigger.head
    if trigger.dep_ not in ("acl", "relcl") or text.dep_ != "nsubj" or text.pos_ != "NOUN":
        return []
    says = text.head
    if says.tag_ not in ("VBZ", "VBP") or says.lemma_.lower() not in _TEXTS_SAY:
        return []
    return [list(c.subtree) for c in says.children if c.dep_ == "dobj"]


def done_to_the_noun(trigger: Token) -> list[list[Token]]:
    """The name a passive participle tells something done to ("New Jersey's Immigrant
    Trust Directive, issued in November 2018 by Gurbir Grewal", "Tom Ruiz, arrested Tuesday
    by ICE"): the name before it, when it has no object of its own."""
    name = trigger.head
    if trigger.dep_ != "acl" or trigger.tag_ != "VBN" or name.pos_ != "PROPN":
        return []
    if name.dep_ == "pobj":
        return []  # "a letter to Gov. Kristi Noem, signed by 40 pastors": not her signing
    if any(c.dep_ in ("dobj", "nsubjpass", "nsubj") for c in trigger.children):
        return []
    return [[*(t for t in name.lefts if t.dep_ == "compound"), name]]


# What a text says of whom it is against: "accuses the county", "charges two managers"
# ("The sheriff, who was indicted on Tuesday, oversees the jail": no text, no one accused).
_TEXTS_SAY = frozenset({"accuse", "charge", "name", "allege", "cite", "target", "challenge"})


def outside_relatives(token: Token, kept: set[int]) -> list[Token]:
    """The token's subtree, within ``kept``, without what a relative clause in it says was
    so ("a judge in Portland who found" of "a judge in Portland who found Clackamas County
    had violated ..."); who the token works for stays ("agents who work for ICE"). A "by"
    the parse left without its object is followed by it, a name ("Thursday's ruling by
    U.S. District Judge Ana Ruiz 'judicial overreach'", the name hung on the quote)."""
    if token.lower_ == "by" and not any(c.dep_ == "pobj" for c in token.children):
        after = token.doc[token.i + 1 : token.i + 8]
        return list(itertools.takewhile(lambda t: t.pos_ == "PROPN", after))
    told = {
        t.i
        for r in token.subtree
        if r.dep_ == "relcl"
        for c in r.children
        if c.dep_ in ("ccomp", "xcomp")
        for t in c.subtree
    }
    return [t for t in token.subtree if t.i in kept and t.i not in told]


def whom_they_stand_for(trigger: Token) -> list[Token]:
    """ "agents ... prevented a tragedy when they discovered 38 individuals", "When agents
    opened the doors, they found 38 individuals": a "they" doing the act is the subject of
    the clause it hangs on, or of the one that hangs on it, when that subject is no pronoun."""
    if not any(c.dep_ == "nsubj" and c.lower_ == "they" for c in trigger.children):
        return []
    others = [trigger.head] if trigger.dep_ == "advcl" else []
    others += [c for c in trigger.children if c.dep_ == "advcl"]
    subjects = [c for v in others for c in v.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
    # many, as "they" are: "agents", "EL PASO - agents" (not "Sheriff Dan Miller fired
    # the two deputies after they arrested a U.S. citizen": a review)
    many = [
        s for s in subjects[:1] if any(_plural(t) for t in (s, *s.children) if t.dep_ != "compound")
    ]
    return [t for s in many for t in s.subtree]


def _plural(word: Token) -> bool:
    return word.tag_ in ("NNS", "NNPS") or (word.dep_ == "conj" and word.pos_ in ("NOUN", "PROPN"))


# the acts of people held somewhere that are done elsewhere (a court's, a body's)
_DONE_ELSEWHERE = frozenset({"legal_action", "policy", "funding", "publication"})


def where_they_are_held(trigger: Token) -> list[Token]:
    """ "at least 40 men held at the Magnolia Ridge center in Meridian have refused every
    meal": where the act's subject is held, told by a participle of the subject, is where
    they act and what they act in (found in a probe: a hunger strike had no place); not
    where a suit they file or a rule they make is ("A woman held at the Stewart Detention
    Center in Lumpkin filed a lawsuit": a review)."""
    taxonomy = load_taxonomy()
    lemma = trigger.lemma_.lower()
    if taxonomy.verbs.get(lemma, taxonomy.nouns.get(lemma, "")) in _DONE_ELSEWHERE:
        return []
    confining = taxonomy.confining
    held = [
        verb
        for subject in trigger.children
        if subject.dep_ == "nsubj"
        for verb in subject.children
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.lemma_.lower() in confining
    ]
    return [
        t
        for verb in held
        for phrase in verb.children
        if phrase.dep_ == "prep" and phrase.lower_ in ("at", "in")
        for t in phrase.subtree
    ]
