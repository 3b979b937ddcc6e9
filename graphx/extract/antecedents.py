"""What a pronoun or a definite noun stands for: the last name of its type before it.

"she" is the last person named, "the agency" the last agency, "the county" the last county's
name (``resources/pronouns.csv``, ``resources/definite_heads.csv``); a person pronoun after a
speaker's words stands for whom they speak of, not the speaker. "a Durham-based advocacy
group" stands for the name the next sentence opens with (``resources/indefinite_heads.csv``).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from graphx.extract import places
from graphx.extract.known import read_head_words
from graphx.lexicon import Lexicon, shipped
from graphx.model import Mention

__all__ = [
    "antecedent",
    "business_heads",
    "definite_heads",
    "indefinite_heads",
    "named_heads",
    "gendered_words",
    "named_next",
    "titled_last",
    "not_meant",
    "of_the_other_sex",
    "place_of_members",
    "pronoun_types",
    "speakers_before",
]


def definite_heads(lexicon: Lexicon | None = None) -> dict[str, str]:
    """``definite_heads.csv``: a definite noun -> the type of name it stands for."""
    return (lexicon or shipped()).derived(_definite_heads)


def _definite_heads(lexicon: Lexicon) -> dict[str, str]:
    rows = lexicon.rows("definite_heads.csv", required=("word", "type"))
    return {row["word"].strip(): row["type"].strip() for row in rows}


def named_heads(lexicon: Lexicon | None = None) -> frozenset[str]:
    """The definite nouns of ``definite_heads.csv`` that stand only for a name holding them
    ("the council" for the Metro Nashville Council, not for ICE named after it)."""
    return (lexicon or shipped()).derived(_named_heads)


def _named_heads(lexicon: Lexicon) -> frozenset[str]:
    return _heads_named(lexicon, "yes")


def business_heads(lexicon: Lexicon | None = None) -> frozenset[str]:
    """The definite nouns of ``definite_heads.csv`` that stand only for a business's name
    ("the plant" for Glenn Valley Foods, not for an advocacy group named after it)."""
    return (lexicon or shipped()).derived(_business_heads)


def _business_heads(lexicon: Lexicon) -> frozenset[str]:
    return _heads_named(lexicon, "business")


def _heads_named(lexicon: Lexicon, named: str) -> frozenset[str]:
    rows = lexicon.rows("definite_heads.csv", required=("word", "type"))
    return frozenset(r["word"].strip() for r in rows if (r.get("named") or "").strip() == named)


def indefinite_heads(lexicon: Lexicon | None = None) -> dict[str, str]:
    """``indefinite_heads.csv``: a noun introduced with "a" -> the type of name it stands for."""
    return (lexicon or shipped()).derived(_indefinite_heads)


def _indefinite_heads(lexicon: Lexicon) -> dict[str, str]:
    rows = lexicon.rows("indefinite_heads.csv", required=("word", "type"))
    return {row["word"].strip(): row["type"].strip() for row in rows}


def named_next(noun: Token, mentions: Sequence[Mention]) -> int | None:
    """The mention an indefinite noun stands for: the name of its type that is the subject
    of the next sentence ("... by a Durham-based advocacy group. The Carolina Migrant Justice
    Project reviewed ..."), a person only under that noun as a title ("a federal judge ruled
    Tuesday. ... U.S. District Judge Ana Lee found"), else None. A person's title with "the"
    is one too when no one named before holds it ("The presiding judge in Pettis County
    said Thursday ... Presiding Judge Harlan Meeks ... said")."""
    wanted = indefinite_heads().get(noun.lemma_.lower())
    dets = {c.lower_ for c in noun.children if c.dep_ == "det"}
    if wanted is None or not dets & {"a", "an", "the"}:
        return None
    if "the" in dets and (wanted != "person" or _titled_before(noun, mentions)):
        return None  # "the judge" of someone named before: not the next sentence's
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return None  # "a group of farmworkers": people, no body
    doc, end = noun.doc, noun.sent.end
    if end >= len(doc):
        return None
    following = doc[end].sent
    root = following.root
    # the parser may read a name's title as a clause of its own ("Presiding Judge Harlan
    # Meeks ... said": "Presiding" its clausal subject)
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    subjects += [t for c in root.children if c.dep_ == "csubj" for t in c.subtree]
    for subject in subjects:
        for i, m in enumerate(mentions):
            if m.start <= subject.idx < m.end and m.type == wanted and _titled(m, noun):
                return i
    return None


def titled_last(noun: Token, mentions: Sequence[Mention]) -> int | None:
    """The person "the judge" or "the sheriff" stands for: the last one named before it with
    the word in their title ("Anselmo Ruiz appeared before Judge Ana Lee. The judge denied a
    request to reduce his bond"), else None; not a noun that says more of whose title it
    is ("the former sheriff", "the mayor of Smyrna", "the deputy sheriff")."""
    told = [c.lower_ for c in noun.children if c.dep_ != "punct"]
    if indefinite_heads().get(noun.lemma_.lower()) != "person" or told != ["the"]:
        return None
    for i in range(len(mentions) - 1, -1, -1):
        m = mentions[i]
        if m.start < noun.idx and m.type == "person" and _titled(m, noun):
            return None if _another_holder(noun, m.end) else i
    return None


def _another_holder(noun: Token, since: int) -> bool:
    """Whether someone of no name holding the title ("a federal judge in Boston"), or a
    court of another level ("an appeals court"), was told after offset ``since``: "the
    judge" may be that one."""
    between = (t for t in noun.doc[: noun.i] if t.idx >= since)
    return any(
        t.lemma_.lower() in (noun.lemma_.lower(), "court")
        and any(c.lower_ in ("a", "an") for c in t.children)
        for t in between
    )


def _titled_before(noun: Token, mentions: Sequence[Mention]) -> bool:
    """Someone named before the noun, or in its sentence, may hold it: only a lede that names
    no one yet tells its person by title alone ("Gov. Greg Abbott spoke Monday. The governor
    signed the bill", "The judge sentenced Marcus Bell")."""
    return any(m.start < noun.sent.end_char and m.type == "person" for m in mentions)


def _titled(mention: Mention, noun: Token) -> bool:
    """A person the noun stands for holds it as a title ("a federal judge" -> "U.S. District
    Judge Ana Lee", not "Ana Lee" of another sentence, nor "Former Governor Rick Perry"); a
    body needs none."""
    title = mention.title.lower().split()
    told = noun.doc.text[max(0, mention.start - 40) : mention.start].lower().split()
    return mention.type != "person" or (noun.lower_ in title and "former" not in told[-3:])


def pronoun_types(lexicon: Lexicon | None = None) -> dict[str, str]:
    """``pronouns.csv``: a pronoun that stands for the last name of a type ("she" -> person)."""
    return (lexicon or shipped()).derived(_pronoun_types)


def _pronoun_types(lexicon: Lexicon) -> dict[str, str]:
    rows = lexicon.rows("pronouns.csv", required=("word", "type"))
    return {row["word"].strip(): row["type"].strip() for row in rows}


def antecedent(
    mentions: Sequence[Mention],
    before: int,
    wanted: str,
    head: str = "",
    skip: frozenset[int] | set[int] = frozenset(),
) -> int | None:
    """The last mention of a type before an offset ("the agency" -> ICE), none starting at
    an offset of ``skip``; for "the county" a county's name, for "the city" no county's or
    state's ("Yavapai County", not the Phoenix of a field office named in between)."""
    if head in business_heads():
        return _the_one_business(mentions, before, wanted, head)
    for i in range(len(mentions) - 1, -1, -1):
        m = mentions[i]
        if m.start < before and m.type == wanted and m.start not in skip:
            if _of_level(m.text, head):
                return i
    return None


def _the_one_business(
    mentions: Sequence[Mention], before: int, wanted: str, head: str
) -> int | None:
    """The last mention of the one business named before an offset ("the plant" after "the
    Snake River Creamery plant"), None when two or more are ("Agents raided Prairie Meats
    ... Rivera Construction, which built an addition to the plant, said": a review)."""
    named = [
        i
        for i, m in enumerate(mentions)
        if m.start < before and m.type == wanted and _of_level(m.text, head)
    ]
    return named[-1] if len({mentions[i].text for i in named}) == 1 else None


def place_of_members(noun: Token, mentions: Sequence[Mention]) -> int | None:
    """ "County commissioners tonight approved": the members of a body that votes, told by
    their place's level alone ("county", "city", "town") and no place of their own ("in
    Cabarrus County", "from across the state"), stand for the one American place of that
    level the text named before them ("Stutsman County"); None when it named several."""
    levels = [c.lower_ for c in noun.children if c.dep_ == "compound"]
    if noun.lower_ not in read_head_words()["votes"] or len(levels) != 1:
        return None
    if levels[0] not in _PLACE_LEVELS or any(c.dep_ == "prep" for c in noun.children):
        return None
    level = "city" if levels[0] == "town" else levels[0]
    states = set(places.load_gazetteer().states.values())
    found: dict[str, int] = {}
    for i, m in enumerate(mentions):
        place = places.lookup(m.text) if m.start < noun.idx and m.type == "jurisdiction" else None
        american = place is not None and (place.parent in states or place.ambiguous)
        if place is not None and american and place.level == level:
            found.setdefault(place.name, i)  # (a county of no one state: "Adams County")
    return next(iter(found.values())) if len(found) == 1 else None


_PLACE_LEVELS = frozenset({"county", "city", "town"})


def gendered_words(lexicon: Lexicon | None = None) -> dict[str, str]:
    """``gendered_words.csv``: a pronoun, kin noun, role noun or honorific -> "m" or "f"."""
    return (lexicon or shipped()).derived(_gendered_words)


def _gendered_words(lexicon: Lexicon) -> dict[str, str]:
    rows = lexicon.rows("gendered_words.csv", required=("word", "sex"))
    return {row["word"].strip(): row["sex"].strip() for row in rows}


# how many people named before a pronoun are read for their sex: those it may stand for
_PEOPLE_BACK = 8


def not_meant(pronoun: Token, mentions: Sequence[Mention]) -> set[int]:
    """Where the people named before a person pronoun begin that it cannot stand for: the
    speakers of the sentence before, when they speak of another, and those told as of the
    other sex."""
    return speakers_before(pronoun) | of_the_other_sex(pronoun, mentions)


def of_the_other_sex(pronoun: Token, mentions: Sequence[Mention]) -> set[int]:
    """Where the people named before a pronoun begin whose words beside them tell the other
    sex: "He is being held", after "according to his wife, Marisol Vega", is not Marisol
    Vega (found in a probe)."""
    words = gendered_words()
    sex = words.get(pronoun.lower_, "")
    if not sex:
        return set()
    people = [m for m in mentions if m.type == "person" and m.start < pronoun.idx]
    told = ((m, _sex_beside(pronoun.doc, m, words)) for m in people[-_PEOPLE_BACK:])
    return {m.start for m, other in told if other and other != sex}


def _sex_beside(doc: Doc, mention: Mention, words: dict[str, str]) -> str:
    """The sex a name's own words tell: a noun it stands beside ("his wife, Marisol Vega",
    "Ana Ruiz, the girl's mother") or an honorific right before it ("Mrs. Ruiz")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return ""
    root = span.root
    nouns = [c for c in root.children if c.dep_ == "appos"]
    nouns += [root.head] if root.dep_ == "appos" else []
    nouns += [doc[span.start - 1]] if span.start > 0 else []
    told = {words.get(t.lower_, "") for t in nouns if t.pos_ != "PRON"} - {""}
    return told.pop() if len(told) == 1 else ""


def speakers_before(pronoun: Token) -> set[int]:
    """Where the speakers of the sentence before a pronoun's begin, when what they say names
    another person: "Wilder Pacheco had come to court expecting to go home, attorney Kara
    Doucette said. Instead, two officers arrested him": he is the one she speaks of. A
    speaker who speaks of no one else may be the one told of next ("Maria Delgado said she
    had done nothing wrong. Deputies arrested her")."""
    sent = pronoun.sent
    if sent.start == 0:
        return set()
    before = pronoun.doc[sent.start - 1].sent
    speakers = {
        t.i
        for verb in before
        if verb.lemma_.lower() in ("say", "tell") and verb.pos_ == "VERB"
        for c in verb.children
        if c.dep_ == "nsubj"
        for t in c.subtree
    }
    others = any(t.ent_type_ == "PERSON" and t.i not in speakers for t in before)
    return {pronoun.doc[i].idx for i in speakers} if others else set()


def _of_level(name: str, head: str) -> bool:
    gaz = places.load_gazetteer()
    county = bool(name) and name.split()[-1].lower() in gaz.county_words
    if head in named_heads():
        return head in name.lower().split()
    if head in business_heads():
        return bool(name) and name.split()[-1].lower() in read_head_words()["business"]
    if head == "county":
        return county
    if head == "city":
        return not county and not places.state_named(name, gaz)
    return True
