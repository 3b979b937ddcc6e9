"""Repairs of the parse: a clause's subject the parser hung on the phrase before it (issue 15).

After a long opening phrase the parser often reads the subject as an apposition of that
phrase's last noun: in "After two hours of public comment that spilled into the hallway of
the Municipal Building, the City Council voted 6-3", "the City Council" hangs on "Building"
and "voted" has no subject, so the vote named no one. A finite verb with no subject, right
after a noun phrase set off by a comma inside its own opening phrase, takes that phrase as
its subject.

A past tense the parser read as a participle of its subject, a time set between them, leaves
the sentence a noun for its root: "The City Council on Tuesday, June 13, approved by a vote of
six to one the ordinance" had no vote. The participle is the sentence's verb, the noun its
subject.

A dateline the parser took for a subject of the lede's verb beside its own ("SCHUYLER, Neb.
(AP) — Federal immigration agents swept into ...") is no subject.

Times and clauses of when are repaired in ``when_clauses``.

After a verb of saying and its day, the parser may read what was said as a clause
describing the day: in "the chief said the next day that his officers were told of the
arrests", "that his officers were told ..." hangs on "day", so the saying said nothing. A
clause opened by "that" on the day of a verb of saying with no clause of its own is what
was said.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Token

from graphx.extract import when_clauses
from graphx.extract.triggers import load_taxonomy

__all__ = ["COMPONENT", "SAID_COMPONENT", "said_clauses", "stranded_subjects"]

COMPONENT = "graphx_stranded_subjects"
SAID_COMPONENT = "graphx_said_clauses"

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
# the entities that do what a passive's "by" says (the domain ruler's bodies among them)
_DOERS = frozenset({"PERSON", "ORG", "NORP", "GPE", "AGENCY"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
# words between a subject and its verb: "the council unanimously voted", "had voted"
_BETWEEN = frozenset({"advmod", "aux", "auxpass", "neg"})


@Language.component(COMPONENT)
def stranded_subjects(doc: Doc) -> Doc:
    """Give a sentence left with a noun for its root its verb, each subjectless main verb
    the apposition stranded right before it, and each subject's participle the bare time
    stranded between it and the verb."""
    for word in doc:
        _verb_of_a_root(word)
    for verb in doc:
        _dateline_no_subject(verb)
        _participle_read_as_a_clause(verb)
        noun = _stranded_before(verb)
        if noun is not None:
            passive = any(c.dep_ == "auxpass" for c in verb.children)
            noun.head = verb
            noun.dep_ = "nsubjpass" if passive else "nsubj"
    for date in doc:
        _date_run_into_a_name(date)
        _name_after_the_date(date)
    when_clauses.times_to_their_verbs(doc)
    return doc


_DASHES = frozenset({"—", "–", "--", "-"})


def _verb_of_a_root(noun: Token) -> None:
    """Make the past tense the parser read as a participle of the noun it left as the
    sentence's root, a time set between them, the sentence's verb and the noun its subject
    ("The City Council on Tuesday, June 13, approved by a vote of six to one the ordinance":
    found in probe229, where the vote had no day); the time and the "by" phrase are the
    verb's; a dateline the noun hangs on is the verb's too ("SALT LAKE CITY — The City
    Council ...")."""
    root = noun.head if noun.dep_ == "appos" and noun.head.dep_ == "ROOT" else noun
    if root.dep_ != "ROOT" or {noun.pos_, root.pos_} - {"NOUN", "PROPN"}:
        return
    after = list(noun.rights)
    timed = [c for c in after if c.dep_ == "prep" and any(_a_date(t) for t in c.subtree)]
    told = [c for c in after if c.dep_ == "acl" and c.tag_ == "VBN" and c.lower_.endswith("ed")]
    verb = next((v for v in told if any(t.i < v.i for t in timed)), None)
    if verb is None or _done_by_someone(verb):
        return
    verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
    if root != noun:
        root.head, root.dep_ = verb, "dep"
    noun.head, noun.dep_ = verb, "nsubj"
    for child in [c for c in after if c.i < verb.i and c.dep_ == "prep"]:
        child.head = verb
    for child in [c for c in verb.children if c.dep_ == "agent"]:
        child.dep_ = "prep"


def _participle_read_as_a_clause(verb: Token) -> None:
    """A participle the parser read as the verb of a clause its noun is the subject of:
    "The network condemns the arrests carried out this morning by ICE" ("carried" with no
    auxiliary, so no clause of its own, found in probe282): the noun is the object of the
    verb above, the participle its modifier."""
    if verb.dep_ != "ccomp" or verb.tag_ != "VBN" or verb.head.pos_ != "VERB":
        return
    if any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children):
        return
    if not any(c.dep_ in ("agent", "prt") for c in verb.children):
        return  # "found the arrest justified on Tuesday": what was found of it (a review)
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    objects = [c for c in verb.head.children if c.dep_ in ("dobj", "ccomp") and c != verb]
    if len(subjects) != 1 or objects or subjects[0].pos_ != "NOUN":
        return
    noun = subjects[0]
    if noun.right_edge.i != verb.i - 1:
        return  # the participle right after the noun's phrase
    noun.head, noun.dep_ = verb.head, "dobj"
    verb.head, verb.dep_ = noun, "acl"


def _done_by_someone(participle: Token) -> bool:
    """A participle whose "by" names who did it, a passive indeed ("Luis Herrera in Ogden on
    Tuesday, March 5, deported to Mexico by ICE": a review); not "by a vote of six to one"."""
    agents = [c for c in participle.children if c.dep_ == "agent"]
    return any(t.ent_type_ in _DOERS for a in agents for t in a.subtree)


def _dateline_no_subject(verb: Token) -> None:
    """A dateline the parser took for a second subject of the lede's verb ("SCHUYLER, Neb.
    (AP) — Federal immigration agents swept into ..."), or for a modifier of the noun after
    it ("VINELAND, N.J. (AP) -- New Jersey's attorney general said"): where the story was
    filed, no one who acted nor anything said of the noun."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    # "SIDNEY, Mont., Feb. 10 (MNS) — Richland County commissioners voted": the subject an
    # apposition of the dateline's outlet, which the verb takes once the dateline is no subject
    told = [a for s in subjects[:1] for a in s.children if a.dep_ == "appos" and a.i > s.i]
    heir = None
    if len(subjects) >= 2:
        opening, before = subjects[:1], subjects[1].left_edge.i
    elif told and _right_before(told[-1], verb):
        opening, before, heir = subjects, told[-1].left_edge.i, told[-1]
    elif verb.pos_ in ("NOUN", "PROPN"):
        opening, before = [c for c in verb.children if c.dep_ in ("nmod", "compound")], verb.i
    else:
        return
    for word in opening:
        if word.left_edge.i != word.sent.start or not _looks_like_a_dateline(word):
            continue
        end = max(t.i for t in word.subtree if t.i < before)  # the dash hangs on it, or follows
        dash = end if verb.doc[end].text in _DASHES else end + 1
        if dash < before and verb.doc[dash].text in _DASHES:
            if heir is not None:
                heir.head, heir.dep_ = verb, word.dep_
            word.dep_ = "dep"


def _right_before(word: Token, verb: Token) -> bool:
    """Whether a word's phrase ends right before the verb, or before the verb's auxiliaries
    ("A Greer man who owned a business was sentenced")."""
    between = verb.doc[word.right_edge.i + 1 : verb.i]
    return all(t.head == verb and t.dep_ in ("aux", "auxpass", "neg") for t in between)


def _looks_like_a_dateline(word: Token) -> bool:
    """A town in capitals ("SCHUYLER"), or a name with its outlet in parentheses ("Dover, Del.
    (AP)"): not "Sheriff Ray Dunn — not ICE — arrested the men", a subject set off by dashes."""
    first = word.doc[word.left_edge.i]
    return (first.is_upper and len(first.text) > 1) or any(t.text == "(" for t in word.subtree)


# "10/22/2019", "3-14-19": a date of one word, which the model does not always tag
_NUMERIC_DATE = re.compile(r"\d{1,2}([/-])\d{1,2}\1\d{2,4}$")


def _date_run_into_a_name(date: Token) -> None:
    """A date right after its preposition, which the parser read as a number of the name
    after it: in "On 10/22/2019 Judge Ana Ruiz of the county court ordered", the date is what
    "On" takes and the judge the subject of "ordered" (the parse gave the verb no subject);
    in "On 3/14/2019 Sheriff Tom Hale announced", "On" took nothing."""
    name, doc = date.head, date.doc
    if date.dep_ != "nummod" or not _a_date(date) or not 0 < date.i < name.i:
        return
    opener = doc[date.i - 1]
    if opener.dep_ != "prep" or any(c.dep_ == "pobj" and c != name for c in opener.children):
        return
    if name.head == opener and name.dep_ == "pobj":
        if not _subject_of_its_verb(name, opener.head):
            return
    date.head, date.dep_ = opener, "pobj"


def _name_after_the_date(date: Token) -> None:
    """A name the parser took for a second object of the date's preposition: in "On
    5/14/2019, Judge Ana Ruiz of the district court entered an order", the judge is the
    subject of "entered" (the parse gave the verb none)."""
    opener = date.head
    if date.dep_ != "pobj" or opener.dep_ != "prep" or not _a_date(date):
        return
    after = [c for c in opener.children if c.dep_ == "pobj" and c.i > date.i]
    # not a date after the date: "On Tuesday, March 5, ..."
    if len(after) == 1 and after[0].pos_ == "PROPN" and not _a_date(after[0]):
        _subject_of_its_verb(after[0], opener.head)


def _a_date(word: Token) -> bool:
    return word.ent_type_ == "DATE" or bool(_NUMERIC_DATE.match(word.text))


def _subject_of_its_verb(name: Token, verb: Token) -> bool:
    """Make a name the subject of a verb that has none; False when the verb has one."""
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in _SUBJECTS for c in verb.children):
        return False
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    name.head, name.dep_ = verb, "nsubjpass" if passive else "nsubj"
    return True


def _stranded_before(verb: Token) -> Token | None:
    """The noun heading the phrase set off by a comma just before a main verb that has no
    subject, when the parser hung it inside the verb's own opening phrase."""
    if verb.dep_ != "ROOT" or verb.pos_ not in ("VERB", "AUX") or not _finite(verb):
        return None
    if any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    if verb.i == verb.sent.start:
        return None
    before = verb.i - 1
    while before > verb.sent.start and _between(verb.doc[before], verb):
        before -= 1
    noun = verb.doc[before]
    if noun.dep_ != "appos" or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    start = noun.left_edge.i
    if start <= verb.sent.start or verb.doc[start - 1].text != ",":
        return None
    return noun if _in_opening_phrase(noun, verb) and noun.head.i < start else None


def _in_opening_phrase(noun: Token, verb: Token) -> bool:
    """Whether a noun hangs, through its heads, on a phrase the verb opens with: a
    preposition or clause before the verb ("After two hours of comment ..., ")."""
    below = noun
    for head in noun.ancestors:
        if head == verb:
            return below.i < verb.i and below.dep_ in ("prep", "advcl", "npadvmod")
        below = head
    return False


def _between(word: Token, verb: Token) -> bool:
    return word.head == verb and word.dep_ in _BETWEEN


def _finite(verb: Token) -> bool:
    """A verb that can head a sentence: a tensed one, or one with a tensed auxiliary."""
    return verb.tag_ in _FINITE or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE | {"MD"} for c in verb.children
    )


@Language.component(SAID_COMPONENT)
def said_clauses(doc: Doc) -> Doc:
    """Give each verb of saying the clause the parser hung on its day, and make a clause
    the parser took for what a verb says, though "after" or "before" opens it before the
    verb, the clause of when ("A day after the council voted ..., the sheriff said
    Wednesday that nothing will change")."""
    when_clauses.clauses_of_when(doc)
    spoken = load_taxonomy().spoken
    for verb in doc:
        if verb.lemma_.lower() not in spoken:
            continue
        clause = _said_on_its_day(verb)
        if clause is not None:
            clause.head, clause.dep_ = verb, "ccomp"
            for opener in (c for c in clause.children if c.lower_ == "that"):
                opener.dep_ = "mark"
    return doc


# The days after another that open what was said, not a day a clause describes ("said the
# next day that ...", where "the day that agents arrived" is a day described).
_NEXT = frozenset({"next", "following"})
# The words that open a clause describing what comes before it.
_RELATIVES = frozenset({"that", "which", "who", "whom", "whose", "when", "where"})


def _said_on_its_day(verb: Token) -> Token | None:
    """The clause the parser hung on a saying's day, with a subject of its own, when the
    saying has no clause nor object: after "the next day that" ("said the next day that
    police were told") or a bare day with no word to relate it ("said Wednesday her
    officers learned"); not "the day that changed everything", "said little the day that
    agents came", "the same day that he was arrested"."""
    if any(c.dep_ in ("ccomp", "dobj") for c in verb.children):
        return None
    for day in (c for c in verb.children if c.dep_ == "npadvmod" and c.ent_type_ == "DATE"):
        for clause in (c for c in day.children if c.dep_ == "relcl" and c.i > day.i):
            if not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
                continue
            opener = verb.doc[day.i + 1]
            if any(c.dep_ == "amod" and c.lower_ in _NEXT for c in day.children):
                if opener.lower_ == "that" and opener.head == clause and opener.dep_ != "nsubj":
                    return clause
            bare = not any(c.dep_ == "det" for c in day.children)
            if bare and not any(c.lower_ in _RELATIVES for c in clause.children):
                return clause
    return None
