"""People a text first tells by what they are and names elsewhere (issue 15).

A wire lede often keeps the name for later. "The city's mayor said Wednesday ..." is the
one person of the document who holds that place's title, though "Goshen Mayor Teresa
Lindqvist" is named three paragraphs on ("Guymon's mayor told ...", "the governor signed
...": ``place_titles.txt``, with the abbreviations of ``title_words.csv``). "A De Queen man
who ran a catching crew was indicted ..." is the person the next sentence introduces with an
age ("Harlan Vick, 52, the owner of ...": ``surnames.told_with_age``), for a noun of
``person_nouns.txt`` in a sentence that names no one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Token

from graphx.extract.retype import place_titles
from graphx.extract.surnames import told_with_age
from graphx.extract.taxonomy import load_taxonomy
from graphx.extract.triggers import verb_lemma
from graphx.lexicon import Lexicon, shipped
from graphx.model import Mention

__all__ = ["described_person", "person_nouns", "title_words"]

# Verbs by which the one who did a happening carries it out, beside the light verbs of
# ``event_types.csv`` ("filed the lawsuit"): "entered the plea", "brought the suit" (English
# grammar of acts, not of a domain; as light verbs they cost events elsewhere).
_DOERS_VERBS = frozenset({"enter", "bring", "submit"})
# the families of ``event_types.csv`` of what only the one a case is against does in it
_PLEAS = frozenset({"plea"})


def title_words(lexicon: Lexicon | None = None) -> dict[str, str]:
    """``title_words.csv``: a title as written before a name -> the word for it ("gov." ->
    "governor")."""
    return (lexicon or shipped()).derived(_title_words)


def _title_words(lexicon: Lexicon) -> dict[str, str]:
    rows = lexicon.rows("title_words.csv", required=("written", "word"))
    return {row["written"].strip().lower(): row["word"].strip().lower() for row in rows}


def person_nouns(lexicon: Lexicon | None = None) -> frozenset[str]:
    """``person_nouns.txt``: nouns that tell a person by what they are ("man", "owner")."""
    return (lexicon or shipped()).word_set("person_nouns.txt")


def described_person(noun: Token, mentions: Sequence[Mention]) -> int | None:
    """The mention of the person a noun describes, named elsewhere in the document: the one
    holder of a place's title it names, or the person the next sentence introduces."""
    holder = _holder_of_title(noun, mentions)
    return holder if holder is not None else _introduced_next(noun, mentions)


def _holder_of_title(noun: Token, mentions: Sequence[Mention]) -> int | None:
    """The one person who holds the place's title a definite noun names ("the mayor", "the
    city's mayor"): the one named before it, else, when no one told before it holds the
    title, the one named after it. None when the noun says more of whose title it is ("the
    mayor of Holcomb", "the former sheriff", "the deputy sheriff", "the commissioner who
    ..."), when two hold it, the one holds it as a former title, or in a place the text has
    not named before the noun ("Elkhart's mayor" is not "Goshen Mayor Teresa Lindqvist")."""
    title = _title_named(noun)
    told = {c.dep_ for c in noun.children if not (c.dep_ == "compound" and c.lower_ in title)}
    definite = any(c.lower_ == "the" or c.dep_ == "poss" for c in noun.children)
    where = _place_told(noun)
    if where is None or not title or not definite or told - {"det", "poss", "dep", "prep"}:
        return None  # "dep": a dateline the parse hung on the noun
    doc = noun.doc
    before = _holders(mentions, title, doc, lambda m: m.start < noun.idx)
    if not before and not _told_beside_someone(noun, title, mentions):
        before = _holders(mentions, title, doc, lambda m: m.start > noun.idx)
    if len(before) != 1:
        return None
    index = next(iter(before.values()))
    place = _place_of_title(mentions[index], doc)
    if where:  # "the sheriff in Trempealeau County": the holder's, or the story's, place
        told_before = where in doc.text[: noun.sent.start_char].lower()
        return index if place == where or (not place and told_before) else None
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is not None:
        named = " ".join(t.lower_ for t in owner.subtree if t.dep_ != "case")
        return index if place in ("", named) else None
    return index if place in doc.text[: noun.idx].lower() else None


def _place_told(noun: Token) -> str | None:
    """The place a title's noun names after it ("the sheriff in Trempealeau County", "the
    mayor of Holcomb"), lower case; "" when it names none, None when it names more than a
    place ("the treasurer of the soccer league", "the police chief in nearby Madison")."""
    preps = [c for c in noun.children if c.dep_ == "prep"]
    if not preps:
        return ""
    objects = [o for o in preps[0].children if o.dep_ == "pobj"]
    if len(preps) > 1 or preps[0].lower_ not in ("of", "in", "from") or len(objects) != 1:
        return None
    words = list(objects[0].subtree)
    if not all(w.pos_ in ("PROPN", "PUNCT") for w in words):
        return None
    return " ".join(w.lower_ for w in words)


def _holders(
    mentions: Sequence[Mention], title: str, doc: Doc, where: Callable[[Mention], bool]
) -> dict[str, int]:
    """Surname -> the first mention, among those ``where`` keeps, of each person who holds
    the title."""
    holders: dict[str, int] = {}
    for i, m in enumerate(mentions):
        if m.type == "person" and m.text and where(m) and _holds(m, title, doc):
            holders.setdefault(m.text.split()[-1].lower(), i)
    return holders


def _told_beside_someone(noun: Token, title: str, mentions: Sequence[Mention]) -> bool:
    """Whether a sentence before the noun's names a person and the title ("Ann Lee, the
    county sheriff, spoke first"): someone may hold it whose title was not read."""
    doc, told = noun.doc, re.compile(rf"\b{re.escape(title)}\b")
    for m in mentions:
        if m.type != "person" or m.start >= noun.sent.start_char:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and told.search(span.sent.text.lower()):
            return True
    return False


def _title_named(noun: Token) -> str:
    """The place title a noun names with its compounds ("police chief"), or alone ("county
    sheriff": "sheriff"), else ""."""
    compounds = [c.lower_ for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
    for title in (" ".join([*compounds, noun.lower_]), noun.lower_):
        if title in place_titles():
            return title
    return ""


def _holds(mention: Mention, title: str, doc: Doc) -> bool:
    """Whether a person mention holds the title now ("Gov. Mike Braun" holds "governor"; not
    "former Mayor Jim Ames")."""
    written = f" {mention.title.lower()} "
    for abbreviation, word in title_words().items():
        written = written.replace(f" {abbreviation} ", f" {word} ")
    told = doc.text[max(0, mention.start - 40) : mention.start].lower().split()
    return f" {title} " in written and "former" not in told[-3:]


def _place_of_title(mention: Mention, doc: Doc) -> str:
    """The place named right before a person's title ("Goshen" of "Goshen Mayor Teresa
    Lindqvist"), lower case, else ""."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return ""
    i = span.start - len(mention.title.split()) - 1
    words: list[str] = []
    while i >= span.sent.start and doc[i].pos_ == "PROPN":
        words.insert(0, doc[i].lower_)
        i -= 1
    return " ".join(words)


def _introduced_next(noun: Token, mentions: Sequence[Mention]) -> int | None:
    """The person the sentence after a noun's introduces, as its subject, by name, age and
    what they are ("A De Queen man ... was indicted Tuesday. According to the indictment,
    Harlan Vick, 52, the owner of ..., hired"), when the noun's own sentence names no one
    and the person is not named before it. Not someone told by a title or a relation ("His
    wife, Ana Ruiz, 34, said", "Judge Carla Moss, 61"), nor one who only speaks, nor one
    the next sentence tells nothing more of ("Alberto Cruz, 63, was found dead")."""
    singular = noun.tag_ == "NN" and any(c.dep_ == "det" for c in noun.children)
    if not singular or noun.lemma_.lower() not in person_nouns():
        return None
    sent, doc = noun.sent, noun.doc
    if sent.end >= len(doc):
        return None
    if any(m.type == "person" and sent.start_char <= m.start < sent.end_char for m in mentions):
        return None
    following = doc[sent.end].sent
    first = next(
        (
            i
            for i, m in enumerate(mentions)
            if m.type == "person" and m.start >= following.start_char
        ),
        None,
    )
    if first is None or mentions[first].start >= following.end_char:
        return None
    person = mentions[first]
    surname = person.text.split()[-1] if person.text else ""
    if not surname or surname in doc.text[: noun.idx] or person.title:
        return None
    return first if _acting_subject(doc, person, noun) else None


def _acting_subject(doc: Doc, person: Mention, noun: Token) -> bool:
    """Whether a name told with an age opens the subject of its sentence's verb, told with
    what the person is beside the age ("the owner of ...", "of North Las Vegas"), and that
    verb is no saying."""
    span = doc.char_span(person.start, person.end, alignment_mode="expand")
    if span is None or not told_with_age(doc, span.end):
        return False
    head, spoken = span.root, load_taxonomy().spoken
    verb = head.head
    # "Prosecutors say Dale Ames, 47, the owner of ..., hired": what is said is the sentence's
    told = verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT" and verb.head.lemma_.lower() in spoken
    subject = head.dep_ in ("nsubj", "nsubjpass") and (verb.dep_ == "ROOT" or told)
    speaks = verb.lemma_.lower() in spoken
    described = any(
        (c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN"))
        or (c.dep_ == "prep" and c.lower_ == "of")
        for c in head.children
        if c.i > head.i
    )
    described = described or _told_before(verb, noun) or _pleaded_next(verb, noun)
    return subject and described and head.left_edge.i == span.start and not speaks


def _told_before(verb: Token, noun: Token) -> bool:
    """A verb that acts on the act the lede's person did ("A Milford man sued the sheriff
    Tuesday. Rogelio Banda, 34, filed the lawsuit ..."): the noun did it, as its subject,
    and the verb, one by which a doer carries an act out, has an object that names it with
    "the", in its family; not one who saw, filmed, took or made another's act ("A man was
    arrested ... Maria Lopez, 29, witnessed the arrest", "accepted the plea")."""
    taxonomy = load_taxonomy()
    act = noun.head
    if noun.dep_ != "nsubj" or act.pos_ != "VERB":
        return False
    family = taxonomy.family(verb_lemma(act, taxonomy))  # "pleaded guilty": the plea
    # (by the verb alone too: "entered the plea" is also listed with its object, "enter plea")
    said = {verb_lemma(verb, taxonomy), verb.lemma_.lower()}
    if not said & (_DOERS_VERBS | set(taxonomy.light)):
        return False  # the doer's own verb ("filed", "entered"), not "accepted the plea"
    return any(
        c.dep_ == "dobj"
        and any(d.lower_ == "the" for d in c.children)
        and taxonomy.family(c.lemma_.lower()) == family
        for c in verb.children
    )


def _pleaded_next(verb: Token, noun: Token) -> bool:
    """A plea after a lede's case against "a man" ("A Greer man ... was sentenced Thursday.
    Dale Pruitt, 54, pleaded guilty in September": a release tells the steps of one case
    against its one defendant, and only the one charged pleads). Not another step, which
    may be another's ("Ellis Crane, 61, was sentenced last week in a separate case", "Lucia
    Herrera, 29, sued him", "Mario Ochoa, 17, was killed in the crash": a review), nor after
    an act the person did ("A Milford man sued ... Tom Ruiz, 34, filed a complaint")."""
    taxonomy = load_taxonomy()
    act = noun.head
    if noun.dep_ != "nsubjpass" or act.pos_ != "VERB":
        return False
    kind, said = taxonomy.verbs.get(verb_lemma(act, taxonomy)), verb_lemma(verb, taxonomy)
    pleads = kind is not None and kind == taxonomy.verbs.get(said)
    pleads = pleads and taxonomy.family(said, kind or "") in _PLEAS
    return pleads and "nsubj" in {c.dep_ for c in verb.children}
