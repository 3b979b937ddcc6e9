"""Whether a verb tells someone held in, or let out of, custody (issue 15).

"held in the county jail", "taken into custody", "kept on a detainer" tell a detention;
"walked out of the county jail" a release. A custody noun (``CUSTODY`` rows of
``event_types.csv``) says where; the verb's people say whether anyone was held. A verb of
taking (``CAPTURE`` rows) tells an arrest when who it takes is someone and who takes them,
if named, is of the law ("the four men were picked up Tuesday", ``capture_nouns.txt``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from graphx.extract import courts
from graphx.extract.doers import doers
from graphx.extract.lemmas import phrasal_verb
from graphx.extract.someone import counted_people, out_of_somewhere, someone
from graphx.extract.taxonomy import load_taxonomy
from graphx.extract.tree import objects_of
from graphx.extract.word_lists import capture_nouns, capture_word_kinds, many_acts_words

if TYPE_CHECKING:
    from graphx.extract.triggers import Taxonomy

__all__ = [
    "by_the_laws_people",
    "halted",
    "captured",
    "custody_noun",
    "ends_a_stay",
    "of_someone",
    "in_custody",
    "names_custody",
    "of_the_law",
    "swept",
]


# The prepositions that say where or on what terms someone is held: "in jail", "into
# custody", "at the county jail", "on a detainer", "without bond".
_CUSTODY_PREPOSITIONS = frozenset({"in", "into", "at", "on", "without", "under"})


def in_custody(verb: Token, taxonomy: Taxonomy) -> bool:
    """Someone held where or on the terms a custody noun names: a passive with its subject
    ("he was taken into custody"), or an object that is a name, a pronoun or counted people
    ("held Ruiz in jail", "kept 30 detainees"), or anyone taken "into" custody ("took a man
    into custody"); never a thing ("took a job at the jail")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    # the parse may hang the phrase on the name held ("held Ana Ruiz in the county jail")
    preps = [
        prep.lower_
        for word in (verb, *objects)
        for prep in word.children
        if prep.dep_ == "prep" and prep.lower_ in _CUSTODY_PREPOSITIONS
        for noun in prep.children
        if noun.dep_ == "pobj" and custody_noun(noun, taxonomy)
    ]
    held = any(c.dep_ == "nsubjpass" for c in verb.children) or any(
        c.pos_ == "PRON" or _people_held(c) for c in objects
    )  # "placed him", "held Ruiz", "kept 30 detainees", "placed the woman under arrest"
    # or the people a participle tells: "the 86 workers taken into custody a day earlier"
    held = held or (verb.dep_ == "acl" and verb.tag_ == "VBN" and _people_held(verb.head))
    # "took a man into custody": only a person is taken into custody
    into = bool(preps) and (held or (bool(objects) and "into" in preps))
    return into or _custody_of_someone(verb, objects)


def _custody_of_someone(verb: Token, objects: list[Token]) -> bool:
    """ "Border Patrol agents took custody of the seven individuals": custody of someone
    taken by the law's people; not "the aunt took custody of the two children"."""
    taken = [
        n
        for o in objects
        if o.lemma_.lower() == "custody"
        for p in o.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for n in p.children
        if n.dep_ == "pobj"
    ]
    people = any(someone(n, capture_nouns()[0]) or _people_held(n) for n in taken)
    return people and of_the_law([c for c in verb.children if c.dep_ == "nsubj"])


def _people_held(noun: Token) -> bool:
    """Counted people or people of ``capture_nouns.txt``: "the 86 workers", "a man"."""
    counted = any(c.dep_ == "nummod" for c in noun.children)
    return noun.pos_ == "PROPN" or counted or noun.lemma_.lower() in capture_nouns()[0]


def captured(verb: Token) -> bool:
    """Someone taken by the law: the passive subject or the object of a verb of taking is
    a name, a person pronoun or a "taken" noun ("the four men were picked up", "agents
    grabbed him"), and whoever takes them, when named, is of the law (a "taker" noun or an
    agency's name); not a thing ("picked up the tab"), nor someone taken by anyone else
    ("parents picked up their children", "a gunman grabbed a woman"). Told of whom it
    took, the noun the participle hangs on is who was taken ("the release of a farmworker
    picked up by immigration agents last week")."""
    taken_nouns = capture_nouns()[0]
    told_of = verb.dep_ == "acl" and verb.tag_ == "VBN"
    taken = [verb.head] if told_of else _taken(verb)
    named = any(someone(word, taken_nouns) for word in taken)
    if not (named or out_of_somewhere(verb) and any(counted_people(w) for w in taken)):
        return False
    by = doers(verb)
    if not by:  # told of a woman "grabbed outside her home": by anyone
        return named and not told_of and any(c.dep_ == "nsubjpass" for c in verb.children)
    return counted_of_the_law(by)


def halted(verb: Token) -> bool:
    """Someone stopped by the law's people it names (``HALT`` rows): "was stopped Wednesday
    by plainclothes ICE officers", "troopers pulled over Ana Ruiz"; not "Johnson was stopped
    on fourth down", "officers stopped a man from jumping off the bridge"; "agents took 40
    workers from the line" takes them from where they were)."""
    doing = [g for c in verb.children if c.lower_ == "from" for g in c.children if g.tag_ == "VBG"]
    if doing or any(c.dep_ == "xcomp" for c in verb.children):
        return False
    return bool(doers(verb)) and captured(verb)


def _taken(verb: Token) -> list[Token]:
    """Who a verb of taking takes: its object or passive subject, or the object of its
    particle the parser read as a preposition ("pulled over Ana Ruiz")."""
    taken = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
    particles = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in _PARTICLES]
    return taken + [o for p in particles for o in p.children if o.dep_ == "pobj"]


def by_the_laws_people(verb: Token) -> bool:
    """A verb whose subject is the law's people who take others ("agents", "deputies",
    ``capture_nouns.txt``), or a thing or a crowd in the way ("barrier" lines), or whose
    object is a way in or out ("way" lines: "and blocked both driveways", found in
    probe246), not a court: "deputies blocked the plant entrance", "vehicles blocked"."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "conj":  # "arrived and blocked": the first verb's
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    # "that unmarked vehicles and a bus had blocked": a parse with none; not a noun the verb
    # describes, nor one with its doer ("the fence blocked by a federal judge")
    described = verb.dep_ in ("acl", "relcl") or any(c.dep_ == "agent" for c in verb.children)
    if not subjects and not described:
        subjects = _noun_right_before(verb)
    kinds = capture_word_kinds()
    in_court = any(
        c.lower_ == "in" and "court" in {g.lower_ for g in c.children} for c in verb.children
    )
    way = any(_a_way(c, kinds.get("way", frozenset())) for c in verb.children)
    way = way and not courts.court_acting(verb, load_taxonomy())  # "a judge blocked the road"
    barred = any(s.lemma_.lower() in kinds.get("barrier", ()) for s in subjects) or way
    barred = barred and not in_court
    return any(_a_taker(s) for s in subjects) or barred


def _a_way(word: Token, ways: frozenset[str]) -> bool:
    """An object that is a way in or out ("both driveways"), not a noun's first word ("the
    street closure", as the parser may read it: a review)."""
    compound = word.i + 1 < len(word.doc) and word.nbor(1).pos_ == "NOUN"
    return word.dep_ == "dobj" and word.lemma_.lower() in ways and not compound


def _noun_right_before(verb: Token) -> list[Token]:
    """The noun right before a verb and its auxiliaries ("a bus had blocked"), if any."""
    i = verb.i - 1
    while i >= 0 and verb.doc[i].dep_ in ("aux", "auxpass", "neg", "advmod"):
        i -= 1
    return [verb.doc[i]] if i >= 0 and verb.doc[i].pos_ == "NOUN" else []


# Particles the parser reads as prepositions before whom the verb takes ("pulled over Ana").
_PARTICLES = frozenset({"over", "up"})


# The prepositions of moving onto or through a place: "fanned out across Garden City",
# "descended on the plant", "swept through the neighborhood".
_ONTO = frozenset({"across", "through", "into", "on", "upon", "onto"})


def swept(verb: Token) -> bool:
    """The law's people moved onto a place (``SWEEP`` rows): who moved is of the law, where
    is a preposition's object, and no search for someone is told ("Police fanned out to
    search for the missing boy", "Deputies swept through the woods for the hiker", "Officers
    descended the stairs", "ICE swept the headlines" are none)."""
    children = list(verb.children)
    if not counted_of_the_law([c for c in children if c.dep_ == "nsubj"]):
        return False
    if place_to_place(verb) and _an_agency_canvassing(verb):
        return True  # "ICE agents went door to door asking residents for their papers"
    if any(c.dep_ in ("dobj", "xcomp", "advcl") or c.lower_ == "for" for c in children):
        return False
    return any(c.dep_ == "prep" and c.lower_ in _ONTO and _a_place(c) for c in children)


def _an_agency_canvassing(verb: Token) -> bool:
    """Going door to door is a raid when an agency is named as who went, and no incident
    it answers ("ICE agents went door to door"; not "Deputies went door to door after a
    string of break-ins", nor in an evacuation zone: a review)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    named = any(t.ent_type_ == "AGENCY" for s in subjects for t in s.subtree)
    named = named or any(s.lemma_.lower() == "agent" for s in subjects)  # "Federal agents"
    answers = any(
        c.lower_ in ("after", "following") and not _a_time(c) for c in verb.children
    )  # not "after sunrise"
    return named and not answers


def _a_time(prep: Token) -> bool:
    return any(o.ent_type_ in ("DATE", "TIME") for o in prep.children if o.dep_ == "pobj")


def place_to_place(verb: Token) -> list[str]:
    """The words right after a verb when they go from one place to the next of its kind
    ("went door to door", "house-to-house", "from house to house"): places it moved onto;
    else none."""
    after = [t.lower_ for t in verb.doc[verb.i + 1 : verb.i + 7] if not t.is_punct]
    after = after[1:4] if after[:1] == ["from"] else after[:3]  # "went from house to house"
    return after if len(after) == 3 and after[1] == "to" and after[0] == after[2] else []


def _a_place(prep: Token) -> bool:
    """A preposition's object that is no time ("on Tuesday")."""
    objects = [o for o in prep.children if o.dep_ == "pobj"]
    return bool(objects) and all(o.ent_type_ not in ("DATE", "TIME") for o in objects)


def taken_by_the_law(name: Span) -> bool:
    """A name in capitals taken by the law's people: the object of a verb of taking or
    arresting whose doer is of the law ("ICE officers picked up Mateo Tuyuc Chiroy", which
    the model read as a building; found in probe155), so a person's."""
    root, verb = name.root, name.root.head
    if root.dep_ != "dobj" or verb.pos_ != "VERB" or not all(t.is_title for t in name):
        return False
    taxonomy = load_taxonomy()
    said = [verb.lemma_.lower(), *(phrasal_verb(verb, c, taxonomy) for c in verb.children)]
    taking = any(w in taxonomy.capturing for w in said)
    arrest = taxonomy.family(said[0], taxonomy.verbs.get(said[0], "")) == "arrest"
    return (taking or arrest) and of_the_law(doers(verb))


def of_the_law(people: list[Token]) -> bool:
    """Someone of the law among these words: a "taker" noun of ``capture_nouns.txt``
    ("agents", "deputies") or a name the entity ruler tags as an agency ("ICE")."""
    return any(_a_taker(t) or t.ent_type_ == "AGENCY" for t in people)


def counted_of_the_law(people: list[Token]) -> bool:
    """``of_the_law``, or a count of the law's people ("dozens of federal agents descended
    on the plant": found in probe288, read; the count words of ``many_acts_words.txt``).
    Only for who took someone or moved on a place: "hundreds of police officers surrounded
    the Capitol" is a guard, not a raid (a review)."""
    counts = many_acts_words()[0]
    counted = [o for t in people if t.lower_ in counts for o in objects_of(t, "of")]
    return of_the_law([*people, *counted])


def _a_taker(word: Token) -> bool:
    """A "taker" noun of ``capture_nouns.txt``: someone of the law ("agents", "deputies"),
    or a group of the law by the word right before it ("A SWAT team stormed a house": a
    review); the model reads a plural opening a sentence as a name ("Agents from the
    station found ..."), whose lemma is itself, so that one is made singular here."""
    lemma = word.lemma_.lower()
    if word.is_sent_start and word.pos_ == "PROPN" and lemma.endswith("s"):
        lemma = lemma[:-3] + "y" if lemma.endswith("ies") else lemma[:-1]
    takers = capture_nouns()[1]
    before = [c.lower_ for c in word.children if c.i == word.i - 1 and c.dep_ in _MODIFIERS]
    return lemma in takers or any(f"{b} {lemma}" in takers for b in before)


_MODIFIERS = frozenset({"compound", "amod"})


def of_someone(verb: Token) -> bool:
    """The one a verb tells of, as its object or passive subject, else its subject, is
    someone: "he was pronounced dead", "found the inmate dead", "a detainee passed away";
    not "the bill was pronounced dead", "found the dog dead" (a review)."""
    people = capture_nouns()[0]
    told = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")] + [
        s for c in verb.children if c.dep_ == "ccomp" for s in c.children if s.dep_ == "nsubj"
    ]  # "found the inmate dead": the parse makes "the inmate" the subject of "dead"
    # with none, the subject of a verb of no object: "a Ghanaian national passed away"
    told = told or [c for c in verb.children if c.dep_ == "nsubj"]
    return any(someone(c, people) for c in told)


def ends_a_stay(verb: Token, taxonomy: Taxonomy) -> bool:
    """A verb of ending a stretch of time in custody, which tells the release: "hugged her
    children Saturday, ending nearly three months in immigration detention"."""
    stretches = [c for c in verb.children if c.dep_ == "dobj" and c.ent_type_ == "DATE"]
    preps = [p for s in stretches for p in (*s.children, *verb.children) if p.lower_ == "in"]
    return names_custody(preps, taxonomy)


def names_custody(preps: list[Token], taxonomy: Taxonomy) -> bool:
    """Whether one of the prepositions has a custody noun as its object ("in the jail")."""
    return any(custody_noun(o, taxonomy) for p in preps for o in p.children if o.dep_ == "pobj")


def custody_noun(noun: Token, taxonomy: Taxonomy) -> bool:
    """A CUSTODY noun, alone ("jail"), with the word before it ("the Calhoun County
    Correctional Center") or with its "of" phrase ("the Strafford County House of
    Corrections")."""
    lemma = noun.lemma_.lower()
    if lemma == "arrest" and any(c.dep_ in _KINDS_OF for c in noun.children):
        return False  # "under house arrest", "a citizen's arrest": no one's custody
    before = noun.doc[noun.i - 1].lemma_.lower() if noun.i > 0 else ""
    of = [
        f"{lemma} of {o.lower_}"
        for p in noun.children
        if p.lower_ == "of"
        for o in p.children
        if not _named_before_more(o)
    ]
    named = (lemma, f"{before} {lemma}", *of)
    return any(name in taxonomy.custody for name in named)


_KINDS_OF = frozenset({"compound", "amod", "poss", "nmod"})


def _named_before_more(last: Token) -> bool:
    """A house of correction's name before what it names: "the House of Correction meeting",
    "the House of Correction's courtyard" (a review): no custody walked out of."""
    after = last.doc[last.i + 1] if last.i + 1 < len(last.doc) else None
    return after is not None and (after.pos_ in ("NOUN", "PROPN") or after.text in ("'s", "’s"))
