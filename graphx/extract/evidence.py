"""Types by evidence: what the sentence says about a name decides its type.

"Calle Sur, a street gang" is an organization whatever the model guessed;
"the Harbor Notes newsletter" is no entity at all (issue 16). The cue words
live in ``resources/type_evidence.csv``; ``evidence_type`` returns the type
and the reason, so a type decided against the model says why.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from graphx.errors import SettingsError
from graphx.extract import places
from graphx.extract.joined import in_a_title_case_line
from graphx.extract.known import facility_or_group, read_titles
from graphx.extract.someone import described_as_someone, named_like_an_office
from graphx.extract.titles import is_title_word
from graphx.lexicon import Lexicon, shipped
from graphx.model import ENTITY_TYPES

__all__ = ["Cues", "age_after", "appositive_head", "evidence_type", "last_words_type", "read_cues"]

_PLACES = (
    "after",
    "apposition",
    "before",
    "head",
    "last",
    "member",
    "namesake",
    "quoted",
    "someone",
)
_NAME_GLUE = {"'s", "’s", "and", "&", "of", "st", "st."}
_NAME_SPAN = 6
_DETERMINERS = {"a", "an", "the"}
_APPOSITIVE_WORDS = 4
# a law's nouns that name what parties agree to, which a region's name goes before as often
_PACTS = frozenset({"agreement", "accord", "accords", "memorandum", "treaty", "compact"})


@dataclass(frozen=True, slots=True)
class Cues:
    """Cue word -> type ("none": not an entity), by where the word stands."""

    after: dict[str, str]
    apposition: dict[str, str]
    before: dict[str, str]
    head: dict[str, str]
    last: dict[str, str]
    member: dict[str, str]
    namesake: dict[str, str]
    quoted: dict[str, str]
    someone: dict[str, str]


def read_cues(lexicon: Lexicon | None = None) -> Cues:
    """The cues of ``type_evidence.csv``.

    Raises:
        SettingsError: the file is unreadable, or a row has an unknown place or type.
    """
    return (lexicon or shipped()).derived(_cues)


def _cues(lexicon: Lexicon) -> Cues:
    path = lexicon.path("type_evidence.csv")
    lines = [x for x in lexicon.text("type_evidence.csv").splitlines() if not x.startswith("#")]
    found: dict[str, dict[str, str]] = {where: {} for where in _PLACES}
    for number, row in enumerate(csv.DictReader(lines), start=2):
        where, word, kind = (row.get(k, "") or "" for k in ("where", "word", "type"))
        if where not in _PLACES or (kind not in ENTITY_TYPES and kind != "none") or not word:
            raise SettingsError(f"{path}, row {number}: expected where,word,type: {row}")
        found[where][word.lower()] = kind
    return Cues(*(found[where] for where in _PLACES))


_WHERE = frozenset({"in", "at", "near", "outside", "into", "around"})
_OF_OR_TO = frozenset({"of", "to", "from"})


def evidence_type(
    doc: Doc, start: int, end: int, kind: str, *, cues: Cues | None = None, limit: int = -1
) -> tuple[str, str] | None:
    """The type the words around ``doc[start:end]`` give it, with the reason; None if silent.

    A person is retyped by the words before it ("members of ...") and by an appositive
    whose head is a body ("Frontera Unida, an advocacy group"), not by one whose head is a
    person's ("Smith, a company founder"); "the city of ..." makes any name
    a place. ``limit`` is where
    the next name begins: a longer name never runs into it.
    """
    cues = cues or read_cues()
    if said_last := _last_word_type(doc, start, end, cues, kind):
        return said_last, f"a name ending in {doc[end - 1].text!r}"
    if end < len(doc) and doc[end].lower_ in cues.after and kind != "person":
        word = doc[end].lower_
        return cues.after[word], f"followed by {word!r}"
    if said_quoted := _quoted_as(doc, start, end, cues):
        return said_quoted
    if kind == "jurisdiction" and (law := _law_it_names(doc, start, end, cues)):
        return "none", f"the name of the {law} after it"
    if kind not in ("person", "jurisdiction") and age_after(doc, end):
        return "person", "followed by an age"
    if kind not in ("person", "jurisdiction") and (why := _told_as_someone(doc, start, end)):
        return "person", why
    head, at = appositive_head(doc, end)
    said = cues.apposition.get(head) or described_as_someone(doc[start:end], kind, cues, head)
    # a person's role opens a clause of its own after a name the preposition that opens the
    # sentence governs ("In Garden City, a 35-year-old man was arrested", "At Glenn Valley
    # Foods, a worker"; not "According to Kirkland, a spokeswoman for ICE"), or where the
    # parse makes the role no appositive
    governed = start > 0 and doc[start - 1].pos_ == "ADP" and doc[start - 1].is_sent_start
    own_clause = said == "person" and (governed or not _in_apposition(doc[at]))
    if said and not own_clause:  # "Frontera Unida, an advocacy group": a group
        return said, f"described as {head!r}"
    told = _told_as(doc, start, end)
    if kind not in ("person", "jurisdiction") and cues.apposition.get(told) == "person":
        return "person", f"told as his or her {told!r}"
    before = doc[max(0, start - 2) : start].text.lower()
    # "members of Calle Sur" retypes a person only (members of the Senate are in an
    # agency); "the city of Dayton" is a place whatever the tagger called it
    if before in cues.before and (kind == "person" or _known_place(doc, start, end, cues, before)):
        return cues.before[before], f"after {before!r}"
    if kind == "person" and _kind_noun(doc, start, end, cues):  # "the advocacy group ..."
        return cues.before[doc[start - 1].lower_], f"after {doc[start - 1].text!r}"
    if kind == "person" and (role := _role_of_its_member(doc, start, end, cues)):
        return "organization", f"its {role!r} named after it"
    return _in_a_longer_name(doc, end, kind, limit if limit >= 0 else len(doc), cues)


def _role_of_its_member(doc: Doc, start: int, end: int, cues: Cues) -> str:
    """A role of someone who works for a body, named right after the name ("Puentes
    Lancaster organizer Hilda Carrasquillo", found in probe265, where the model read the
    group as a person; "Acme spokesman Tom Ruiz"; ``member`` rows), which makes it that
    body, else ""; not after a title ("Sen. Alma Padron spokesman Jonah Fine", a review)."""
    if start > 0 and is_title_word(doc[start - 1].text, read_titles()):
        return ""
    at = end + 1 if end < len(doc) and doc[end].pos_ == "ADJ" else end  # "executive director"
    if at + 1 >= len(doc) or not (doc[at].is_lower and doc[at].is_alpha):
        return ""
    role, after = doc[at], doc[at + 1]
    named = after.is_title and after.is_alpha and not after.is_sent_start
    return role.lower_ if role.lower_ in cues.member and named else ""


def _in_a_longer_name(
    doc: Doc, end: int, kind: str, stop: int, cues: Cues
) -> tuple[str, str] | None:
    """The type a longer name a place or a person opens gives it ("St. Mark's Church", "the
    Rosa Mae | Tillery Recreation Center"), else None."""
    head = _name_head(doc, end, stop, cues) if kind == "jurisdiction" else ""
    if head:
        return cues.head[head], f"inside the name ending in {head!r}"
    if kind == "person" and (named := _named_after(doc, end, cues)):
        return cues.namesake[named], f"the namesake of a name ending in {named!r}"
    return None


def _quoted_as(doc: Doc, start: int, end: int, cues: Cues) -> tuple[str, str] | None:
    """The type a noun right after a name in quotes gives it: a sign's or a banner's words
    are no name ('a "Follow Federal Law" sign', found in probe265's captions)."""
    quoted = start > 0 and doc[start - 1].is_quote and end < len(doc) and doc[end].is_quote
    word = doc[end + 1].lower_ if quoted and end + 1 < len(doc) else ""
    return (cues.quoted[word], f"the words of a {word}") if word in cues.quoted else None


def last_words_type(doc: Doc, start: int, end: int, cues: Cues) -> str:
    """The type ``type_evidence.csv`` gives a name's last two words ("Public Schools", when
    the name has more), else its last word ("Agreement"), else ""."""
    two = f"{doc[end - 2].lower_} {doc[end - 1].lower_}" if end - start > 2 else ""
    return cues.last.get(two, "") or cues.last.get(doc[end - 1].lower_, "")


def _last_word_type(doc: Doc, start: int, end: int, cues: Cues, kind: str) -> str:
    """The type the last word or two of a name give it ("Intergovernmental Service
    Agreement", "Lindgren Elementary School"); a town's last word only after a word of
    where and with no one's role told after it ("in Enosburg Falls", not "Maria Falls, a
    lawyer", "a letter to Kevin Falls")."""
    if end - start < 2 or not doc[end - 1].is_title:
        return ""
    if kind == "person" and named_like_an_office(doc[start:end]):
        return ""  # "Timothy Sector"
    said = last_words_type(doc, start, end, cues)
    if said != "jurisdiction":
        return said
    before = doc[start - 1].lower_ if start > 0 else ""
    # "Juan Lopez, 34, of Chippewa Falls" (a hometown set off by commas), "taken to Cuyahoga
    # Falls" (a town the gazetteer knows); not "the family of Jamal Falls", "to Kevin Falls"
    hometown = before == "of" and start > 1 and doc[start - 2].text == ","
    known = before in _OF_OR_TO and places.lookup(doc[start:end].text) is not None
    role = cues.apposition.get(appositive_head(doc, end)[0]) == "person"
    return said if (before in _WHERE or hometown or known) and not role else ""


def _law_it_names(doc: Doc, start: int, end: int, cues: Cues) -> str:
    """The common noun of a law right after a place's name no gazetteer knows, its quotes
    between, which makes the name the law's ("the Welcoming City ordinance": found in
    probe229; not "the Chicago ordinance"), its capital in a title-case headline too ("...
    Passes 'Welcoming City' Ordinance": probe238), else ""."""
    after = next((t for t in doc[end : end + 3] if not t.is_quote), None)
    if after is None or cues.last.get(after.lower_) != "law":
        return ""
    if not (after.is_lower or in_a_title_case_line(doc, after.i)):
        return ""
    if after.lower_ in _PACTS:
        return ""  # "the Bay Area agreement among nine counties": its parties' region
    return after.text if places.lookup(doc[start:end].text) is None else ""


def _kind_noun(doc: Doc, start: int, end: int, cues: Cues) -> bool:
    """A one-word cue right before the name, itself after a lower-case modifier: "the
    advocacy group ...", not "the group Ana Ruiz founded" (found by a probe on invented
    articles); or after a determiner when the name closes the phrase ("an organizer with the
    group Adelante Tualatin, said", found in a fresh corpus)."""
    if start < 2 or doc[start - 1].lower_ not in cues.before or not doc[start - 1].is_lower:
        return False
    modifier = doc[start - 2]
    if modifier.lower_ in _DETERMINERS:
        return end >= len(doc) or doc[end].is_punct
    return modifier.is_lower and modifier.is_alpha


def _known_place(doc: Doc, start: int, end: int, cues: Cues, before: str) -> bool:
    """ "the city of Dayton": a place the gazetteer knows after a jurisdiction's word (not
    "the City of Houston Police Department", an agency)."""
    return cues.before[before] == "jurisdiction" and places.lookup(doc[start:end].text) is not None


def _name_head(doc: Doc, end: int, stop: int, cues: Cues) -> str:
    """The head noun of a longer name a place opens ("St. Mark's Church"), else ""."""
    for token in doc[end : min(end + _NAME_SPAN, stop)]:
        if token.is_title and token.lower_ in cues.head:
            return token.lower_
        if not (token.is_title or token.lower_ in _NAME_GLUE):
            return ""
    return ""


def _named_after(doc: Doc, end: int, cues: Cues) -> str:
    """The head noun of a building's, a park's or a road's name a person's name opens, the
    model having cut the person's name short ("the William Kenzo | Nakamura Federal
    Courthouse", "Cora Lee | Whitten Recreation Center"), else "". A word of the name stands
    between ("Lena Park" is no park); a title-case line's words run on ("Ana Ruiz Speaks
    At County Courthouse")."""
    if end >= len(doc) or not doc[end].is_title:
        return ""
    for token in doc[end + 1 : min(end + _NAME_SPAN, doc[end].sent.end)]:
        if not (token.is_title or token.is_upper) or in_a_title_case_line(doc, token.i):
            return ""
        if token.lower_ in cues.namesake:
            return token.lower_
    return ""


def age_after(doc: Doc, end: int) -> bool:
    """ "Wilmer Cotto Iraheta, 34, a roofer": a name with an age between commas is a
    person's, whatever the model guessed; not one of a list of counts ("Texas, 45, and
    Georgia, 12", "Guatemala, 45, Honduras, 30")."""
    window = doc[end : end + 3]
    if len(window) < 3 or window[0].text != "," or window[2].text != ",":
        return False
    age = window[1].text
    if not (age.isdigit() and 0 < int(age) < 120 and len(age) <= 3):
        return False
    rest = doc[end + 3 : end + 9]
    listed = bool(rest) and rest[0].lower_ in ("and", "or")
    return not listed and not any(
        a.text == "," and b.is_digit and c.text == ","
        for a, b, c in zip(rest, rest[1:], rest[2:], strict=False)
    )


def _told_as_someone(doc: Doc, start: int, end: int) -> str:
    """Why the words around a name of two words or more tell it as someone's, else "": a
    speaker named between "said" and the body she speaks for ("said Ana Ruiz Parra of the
    Valley Workers Alliance"; not "said Acme Logistics of Dayton", "said Wells Fargo of the
    Charlotte branch"), or a name of capitalised words right after a person's title
    ("Police Chief Ramona Estrada-Bell"); never a name a group's or a facility's word ends
    ("said Lutheran Charities of the Diocese"). (", who" says no person: "Acme Logistics,
    who owns the warehouse".)"""
    words = [t.text for t in doc[start:end]]
    if len(words) < 2 or facility_or_group(words) or start == 0:
        return ""
    if doc[start - 1].lower_ in ("said", "says") and _of_a_body(doc, end):
        return "named after 'said' and before 'of the' and a body's name"
    title, named = doc[start - 1], all(t.is_title or t.text == "-" for t in doc[start:end])
    if title.is_title and title.lower_ in read_titles() and named:
        return f"named after the title {title.text!r}"
    return ""


def _of_a_body(doc: Doc, end: int) -> bool:
    """ "of the Upper Cumberland Immigrant Alliance" at token ``end``: a body's name, whose
    last word says its kind; not a topic ("of the bill", "of the Charlotte branch")."""
    if [t.lower_ for t in doc[end : end + 2]] != ["of", "the"]:
        return False
    name = []
    for token in doc[end + 2 : end + 2 + _NAME_SPAN]:
        if not (token.is_title or token.lower_ in _NAME_GLUE):
            break
        name.append(token.text)
    return len(name) > 1 and bool(facility_or_group(name))


def _in_apposition(head: Token) -> bool:
    """Whether the parse, when there is one, makes a noun an appositive (not the subject of
    a clause of its own)."""
    return not head.dep_ or head.dep_ in ("appos", "conj", "ROOT")


def appositive_head(doc: Doc, end: int) -> tuple[str, int]:
    """Head noun of ", a clothing company" after a name ("company") and where it is, else
    ("", end)."""
    i = end
    if i >= len(doc) or doc[i].text != ",":
        return "", end
    i += 1
    if i < len(doc) and doc[i].lower_ in _DETERMINERS:
        i += 1
    if [t.lower_ for t in doc[i + 1 : i + 5]] == ["-", "year", "-", "old"] and doc[i].like_num:
        i += 5  # ", a 22-year-old nursing student": an age before the head
    j = i  # ", VILA's executive director": the possessor's name, then the head
    while j < len(doc) and j - i < 4 and doc[j].is_alpha and (doc[j].is_title or doc[j].is_upper):
        j += 1
    if j > i and j < len(doc) and doc[j].lower_ in ("'s", "’s"):
        i = j + 1
    elif j > i and j < len(doc) and doc[j].is_lower:
        i = j  # ", a TIRRC organizer", ", a Tucson attorney": a name before the head
    head, at = "", end
    inner = 0  # words of a name inside the phrase, not counted
    for token in doc[i : i + _APPOSITIVE_WORDS + _APPOSITIVE_WORDS]:
        if token.i - i - inner >= _APPOSITIVE_WORDS:
            break
        if (token.tag_ == "POS" or token.lower_ in ("'s", "’s")) and head:
            head = ""  # "the group's policy director": the group is no head of hers
            continue
        if head and _inner_name(doc, token.i):
            inner += 1  # "western North Carolina organizer": a place inside the phrase
            continue
        if _ends_the_phrase(token, head):
            break
        head, at = token.lower_, token.i
    return _phrase_around(doc, head, at), at


def _ends_the_phrase(token: Token, head: str) -> bool:
    """Whether an appositive's phrase ended before this word: no lower-case word of a noun
    phrase, or a word of where after its head ("a carpet plant south of town")."""
    if not token.is_lower or token.is_stop or not token.text.replace("-", "").isalpha():
        return True
    return bool(head) and token.pos_ in ("ADV", "ADP")


def _phrase_around(doc: Doc, head: str, at: int) -> str:
    """The cue of several words the head noun at ``at`` stands in ("special agent in
    charge": a federal role whose head, "agent", a bank is too), else the head."""
    for words in _phrases():
        for j in (j for j, word in enumerate(words) if word == head):
            span = doc[max(0, at - j) : at - j + len(words)]
            if at - j >= 0 and [t.lower_ for t in span] == list(words):
                return " ".join(words)
    return head


def _phrases() -> tuple[tuple[str, ...], ...]:
    """The words of each apposition cue of several words, split once per lexicon (an
    appositive is read for every name)."""
    return shipped().derived(_split_phrases)


def _split_phrases(lexicon: Lexicon) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(p.split()) for p in read_cues(lexicon).apposition if " " in p)


def _inner_name(doc: Doc, i: int) -> bool:
    """Token ``i`` opens capitalised words that a lower-case word follows: a name inside
    a phrase of lower-case words ("western North Carolina organizer")."""
    j = i
    while j < len(doc) and j - i < 3 and doc[j].is_title and doc[j].is_alpha:
        j += 1
    return i < j < len(doc) and doc[j].is_lower and doc[j].is_alpha and not doc[j].is_stop


def _told_as(doc: Doc, start: int, end: int) -> str:
    """The noun a name stands in apposition to, right before it: "his wife, Yesenia
    Corral, said" ("wife"), "the group's director, Ana Ruiz"; else "". Not the end of an
    opening phrase: "Like the sheriff, Seward County commissioners voted"."""
    if start < 2 or doc[start - 1].text != ",":
        return ""
    noun = doc[start - 2]
    noun_like = not noun.pos_ or noun.pos_ == "NOUN"
    name = doc[start:end].root
    if name.dep_ and not (name.dep_ == "appos" and name.head.i == noun.i):
        return ""
    return noun.lower_ if noun.is_lower and noun.is_alpha and noun_like else ""
