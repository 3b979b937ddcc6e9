"""A practice ended, told as the rule from now on (issue 15).

A sheriff's office announces a change as the rule it sets: "Effective today, the Sheriff's
Office will no longer hold anyone on a detainer alone"; the news tells it as said: "the
jail will stop honoring detainers, Sheriff Lund said Tuesday". The modal tells what is to
come, but what happened is the change, on the day it was announced or took effect: a
happening of the kind ``practice_ends.txt`` names (a policy ended). It is dated by the day
someone said it (``reported``), or for a rule told as in effect now ("Effective
immediately") or as news in the present ("the sheriff says ...") by the days the text was
written (``rule_dates``); told as said in the past with no day ("announced that his jail
will stop ...") it is done by then, undated; otherwise it is none.
"""

from __future__ import annotations

from spacy.tokens import Token

from graphx.extract.aspect import told_in_the_past
from graphx.extract.funded import took_money
from graphx.extract.known import read_head_words
from graphx.extract.narrowed import narrowed, only_on
from graphx.extract.notices import notice_of_an_end
from graphx.extract.rule_setters import a_body, a_body_rules, titled, told_by_saying
from graphx.extract.taxonomy import Taxonomy, load_taxonomy
from graphx.extract.tree import dated_below, direct_objects, objects_of
from graphx.extract.word_lists import listed_sense, practice_ends

__all__ = [
    "a_practice_end",
    "announced_change",
    "awarded_as_announced",
    "ended_practice",
    "ends_a_practice",
    "practice_ended",
    "purpose_of_past_act",
    "told_as_done",
]

_WILL = frozenset({"will", "'ll", "shall"})


def practice_ended(verb: Token, taxonomy: Taxonomy) -> tuple[str, str] | None:
    """The event type and the lemma that names the happening of a practice's end told as
    the rule from now on ("will no longer hold", "will stop honoring"), else None."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    if not (a_practice_end(verb) or announced_change(verb)):
        return None
    return listed_sense("happening", taxonomy)


def a_practice_end(verb: Token) -> bool:
    """A practice's end told as the rule from now on or as done (either reading below)."""
    return ends_a_practice(verb) or ended_practice(verb)


def ended_practice(verb: Token) -> bool:
    """ "the jail stopped honoring detainers on Tuesday", "has stopped honoring", or in what
    a teller says, "the jail no longer honors detainers" and "his jail was done holding
    people": a body's practice (``practices``) ended, told as done or as the state now; not
    one person's doing ("she stopped attending"), nor anything else stopped ("the Dow
    stopped falling", "deputies stopped a car", "the jail no longer exists")."""
    words = practice_ends()
    if _not_an_act(verb) or _denied(verb) or _hedged(verb):
        return False
    practice = next((c for c in verb.children if _the_practice(c)), None)
    said = told_by_saying(verb)
    if verb.lemma_.lower() in words.get("stop", ()) and told_in_the_past(verb):
        told = said or verb.dep_ != "ccomp"  # not "denied that the jail stopped ..."
    elif verb.lower_ in words.get("done", ()):
        told = said and any(c.dep_ == "auxpass" and c.lemma_ == "be" for c in verb.children)
    else:
        practice = verb if _no_longer(verb) and verb.tag_ in ("VBZ", "VBP", "VBD") else None
        told = said
    if not told or practice is None or practice.lemma_.lower() not in words.get("practices", ()):
        return False
    if said and any(c.lower_ == "had" for c in verb.children) and not dated_below(verb):
        return False  # "told the Herald in 2021 that the jail had stopped ...": the telling
    return a_body_rules(verb) and _bodys(verb, said) and not _supposed(verb)


def _hedged(verb: Token) -> bool:
    """ "almost stopped honoring", "briefly stopped", "stopped taking comment at 10 p.m.":
    no end, or a halt for a while, not a practice ended (``hedges``)."""
    hedges = practice_ends().get("hedges", frozenset())
    if any(c.dep_ == "advmod" and c.lower_ in hedges for c in verb.children):
        return True
    return any(t.ent_type_ == "TIME" and t.lower_ in hedges for t in verb.subtree)


def _bodys(verb: Token, said: bool) -> bool:
    """Whether the subject (or the appositive a dateline's subject has) is a body's; "it"
    only in what someone says ("the county said it stopped ..."), not "it stopped raining"."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    named = [subject, *(c for c in subject.children if c.dep_ == "appos")]
    return any((said or n.lower_ != "it") and a_body(n) for n in named)


def _the_practice(word: Token) -> bool:
    """The gerund a practice's end names ("stopped honoring", "was done holding", which the
    parser may read as a clause of its own), not a time's ("done after holding")."""
    return (
        word.tag_ == "VBG"
        and word.dep_ in ("xcomp", "advcl")
        and not any(c.dep_ == "mark" for c in word.children)
    )


def _not_an_act(verb: Token) -> bool:
    """A state or one's own doing (``not_acts``), told by the verb or the gerund it ends
    ("will stop attending"), or by the gerund with its object ("stopped taking questions")."""
    not_acts = practice_ends().get("not_acts", frozenset())
    for act in (verb, *(c for c in verb.children if c.dep_ == "xcomp" or _the_practice(c))):
        lemma = act.lemma_.lower()
        objects = (c.lemma_.lower() for c in act.children if c.dep_ == "dobj")
        if lemma in not_acts or any(f"{lemma} {o}" in not_acts for o in objects):
            return True
    return False


def _no_longer(verb: Token) -> bool:
    longer = practice_ends().get("longer", ())
    return any(
        c.dep_ == "advmod" and c.lower_ in longer and any(n.lower_ == "no" for n in c.children)
        for c in verb.children
    )


def _denied(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def announced_change(verb: Token) -> bool:
    """ "announced the change Tuesday", "made the change": the change the story tells,
    announced or made by a teller; not "announced changes to the bus schedule" (no change
    told before) nor "shortly after the shift change"."""
    words = practice_ends()
    if verb.lemma_.lower() not in words.get("announcing", ()):
        return False
    told = [
        c.lemma_.lower()
        for c in verb.children
        if c.dep_ == "dobj"
        and c.tag_ == "NN"
        and any(d.dep_ == "det" and d.lower_ in ("the", "this", "that") for d in c.children)
    ]
    if any(noun in words.get("change", ()) for noun in told):
        return True
    # "made the announcement Thursday afternoon" after "... says it won't keep anyone for
    # immigration agents unless there's a judge's warrant" (found in a probe)
    said = any(noun in words.get("announcement", ()) for noun in told)
    return said and _told_just_before(verb)


def _told_just_before(verb: Token) -> bool:
    """A practice ended in the sentence before the verb's (the change "the announcement"
    stands for; not one told paragraphs earlier: a review)."""
    start = verb.sent.start
    before = verb.doc[start - 1].sent if start > 0 else None
    if before is not None and not before.text.strip():  # a blank line the parser kept
        before = verb.doc[before.start - 1].sent if before.start > 0 else None
    return before is not None and any(a_practice_end(t) for t in before if t.pos_ == "VERB")


def ends_a_practice(verb: Token) -> bool:
    """ "will no longer hold anyone", "will stop honoring detainers", "inmates will no
    longer be held", "will terminate its agreement": a body's practice ended, by the rule it
    sets; not a state ("will no longer be able"), nor one person's doing ("she will no
    longer attend"), nor the end of anything else ("will end the year with a surplus")."""
    words = practice_ends()
    if _not_an_act(verb) or not (_will(verb) or narrowed(verb)):
        return False
    if verb.dep_ == "ccomp" and not told_by_saying(verb):
        return False  # "denied that", "predicted that", "a rumor spread that"
    longer = _no_longer(verb) or narrowed(verb)
    stops = verb.lemma_.lower() in words.get("stop", ()) and any(
        c.dep_ in ("xcomp", "dobj") for c in verb.children
    )
    # "will terminate its agreement with ICE" (found in probe149)
    ends = verb.lemma_.lower() in words.get("ending", ()) and any(
        c.dep_ == "dobj" and c.lemma_.lower() in words.get("arrangements", ())
        for c in verb.children
    )
    return (longer or stops or ends) and a_body_rules(verb) and not _supposed(verb)


def leaves_no_arrangement(verb: Token, lemma: str) -> bool:
    """A verb of leaving (``leaving`` lines) whose object, "of" or "from" object is no
    arrangement: "the car pulled out of the lot", "withdrew $500 from Wells Fargo", "withdrew
    from the Boston Marathon" (not "pulled out of the 287(g) program", "withdrew from the
    agreement"); "cut ties" with no body: "severed ties with its former pastor" (a review)."""
    words = practice_ends()
    if lemma not in words.get("leaving", ()):
        return False
    if _one_persons_leaving(verb):
        return True  # "Tom Ruiz walked away from a drug treatment program" (a review)
    if lemma.endswith(" tie"):  # with a body, or its people ("federal immigration authorities")
        bodies = [
            o
            for head in (verb, *direct_objects(verb))
            for o in (*objects_of(head, "with"), *objects_of(head, "to"))
        ]
        heads = read_head_words()
        bodies_words = heads["agency"] | heads["organization"] | _AUTHORITIES
        return not any(o.ent_type_ in _BODIES or o.lemma_.lower() in bodies_words for o in bodies)
    left = [c for c in verb.children if c.dep_ == "dobj"] + [
        o
        for p in verb.subtree
        if p.dep_ == "prep" and p.lower_ in ("of", "from") and p.head in (verb, *verb.children)
        for o in p.children
        if o.dep_ == "pobj"
    ]
    arrangements = words.get("arrangements", ())
    return not any(o.lemma_.lower() in arrangements or o.ent_type_ in _PROGRAMS for o in left)


def _one_persons_leaving(verb: Token) -> bool:
    """A person by name, with no office's title, as the one who leaves: "Lineman Jalen
    Moss walked away from a $40 million contract"; not "Sheriff Ana Ruiz pulled out of the
    program", "the county", nor "he" (the sheriff who said "he is pulling out" is one)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects:
        return False
    return subjects[0].ent_type_ == "PERSON" and not titled(subjects[0])


# Names of bodies one has ties with: "cut ties with ICE", "with the city of Dayton".
_BODIES = frozenset({"ORG", "AGENCY", "GPE", "NORP"})
_AUTHORITIES = frozenset({"authority", "authorities", "government", "company", "vendor"})
# Names of what a body takes part in: "withdrew from Secure Communities" (a review).
_PROGRAMS = frozenset({"PROGRAM", "LAW"})


def _supposed(verb: Token) -> bool:
    """A change told only as what would follow from something: "would stop honoring
    detainers if the county paid for it" (not the rule's own exception: "unless ...", "only
    if ...")."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]  # "stop honoring"
    return any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children)
        and not only_on(verb, c)
        for head in heads
        for c in head.children
    )


def told_as_done(verb: Token) -> bool:
    """A practice's end told as said or announced, so done by then, though undated
    ("announced that his jail will stop holding people for ICE"), or money a body will
    take told as announced, given by then ("announced that four counties will receive $2.4
    million"; not "said the county will receive"); not one with a time of its own ("will
    stop cooperating next year"); or an end a formal notice told (``notices``: "received a
    letter Monday saying the grant will be terminated")."""
    if notice_of_an_end(verb) is not None:
        return True
    said = told_by_saying(verb) and _said_in_the_past(verb.head)
    told = a_practice_end(verb) or awarded_as_announced(verb)
    return said and told and not _dated_but_its_effect(verb)


def awarded_as_announced(verb: Token) -> bool:
    """Money a body or a place will take, told as announced: "announced Thursday that
    Maverick County will receive $865,000" (a grant's award, on the day announced)."""
    announced = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in load_taxonomy().tellings
    given = announced and _said_in_the_past(verb.head) and _will(verb) and took_money(verb)
    return given and not _awaited(verb)


def _awaited(verb: Token) -> bool:
    """Money that waits on something: "once the budget is signed", "if it signs",
    "unless the Legislature cuts it", "pending approval", "will eventually receive"."""
    marked = any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" for m in c.children) for c in verb.children
    )
    return marked or any(t.lower_ in _AWAITING for t in verb.subtree)


_AWAITING = frozenset({"pending", "eventually", "ultimately", "later", "someday"})


def _dated_but_its_effect(verb: Token) -> bool:
    """A time in the verb's clause other than the day the change takes effect ("will stop
    honoring detainers effective July 1": announced, so done by then; found in probe149)."""
    effect = practice_ends().get("effect", ())
    return dated_below(verb, {t.i for c in verb.children if c.lower_ in effect for t in c.subtree})


def _said_in_the_past(telling: Token) -> bool:
    """ "announced", or "to announce" of a past act (``purpose_of_past_act``)."""
    return telling.tag_ == "VBD" or purpose_of_past_act(telling)


def purpose_of_past_act(verb: Token) -> bool:
    """ "to announce" in "held a news conference Monday to announce that ...", "spoke to
    reporters Tuesday to say ...": the purpose of a past act, done as it was held; not the
    complement of a verb that takes one ("failed to announce", "agreed to tell")."""
    if verb.tag_ != "VB" or verb.head.tag_ != "VBD":
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    act = verb.head
    done_to = any(c.dep_ in ("dobj", "prep") and c.i < verb.i for c in act.children)
    return verb.dep_ == "advcl" or (verb.dep_ == "xcomp" and done_to)


def _will(verb: Token) -> bool:
    """Told with "will", or "would" in what was said ("said the jail would stop honoring
    detainers"), and not denied: not "will not stop"."""
    auxiliaries = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    reported = told_by_saying(verb) and _said_in_the_past(verb.head)
    will = any(a in _WILL or (reported and a == "would") for a in auxiliaries)
    return will and not _denied(verb)
