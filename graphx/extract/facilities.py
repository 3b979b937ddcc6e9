"""What a name the model read as a facility (FAC) is (issue 16): a building is no entity,
but the model reads other names so too: a place before a title ("Cook County Sheriff Tom
Dart"), a person the law took ("ICE officers picked up Mateo Tuyuc Chiroy"), a person told
as one ("issued by Yesenia Olmos Barrera, executive director of ...")."""

from __future__ import annotations

from spacy.tokens import Doc

from graphx.extract import places
from graphx.extract.custody import taken_by_the_law
from graphx.extract.drafts import Draft
from graphx.extract.evidence import appositive_head, last_words_type, read_cues
from graphx.extract.known import read_head_words, read_titles
from graphx.extract.seated import seated_name
from graphx.extract.taxonomy import load_taxonomy
from graphx.extract.titles import ends_a_title_begun_before, is_title_word

__all__ = ["facility_drafts"]

_TAKEN = "typed person, not a facility: taken by the law"
_TOLD = "typed person, not a facility: told as one by what follows"


def facility_drafts(doc: Doc, start: int, end: int) -> list[Draft]:
    """A facility the model read where a place stands, perhaps with the title that follows
    it ("Cook County Sheriff Tom Dart"): that place, when the words before the title are a
    known one; a foreign government's office; a person taken by the law; nothing otherwise
    (a building is no entity)."""
    titles = read_titles()
    if ends_a_title_begun_before(doc, start, start, titles):
        # "Special Agent in | Charge Gregory Vane": the name after the title is a person's,
        # which titled.titled_names reads in a body's draft (found in probe270)
        return [Draft(start, end, "ORG", "organization", reason="a title's last word")]
    while end - start > 1 and is_title_word(doc[end - 1].text, titles):
        end -= 1
    if seated_name(doc[start:end].text):  # "the Consulate of Honduras": an office (probe263)
        return [Draft(start, end, "ORG", "agency", reason="a foreign government's office")]
    if body := _a_bodys_last_words(doc, start, end):  # "Lexington Public Schools" (probe278)
        return [Draft(start, end, "ORG", body, reason="a body's last words, not a facility")]
    if places.lookup(doc[start:end].text) is None:
        taken = taken_by_the_law(doc[start:end])  # "picked up Mateo Tuyuc Chiroy"
        if taken:
            return [Draft(start, end, "PERSON", "person", reason=_TAKEN)]
        told = _told_as_someone(doc, start, end)
        return [Draft(start, end, "PERSON", "person", reason=_TOLD)] if told else []
    return [Draft(start, end, "GPE", "jurisdiction", "")]


def _a_bodys_last_words(doc: Doc, start: int, end: int) -> str:
    """ "agency" when the last word or two of a name make it a government's body in
    ``type_evidence.csv`` ("Public Schools", "School District"), else ""; not a group's
    ("the Old Mission": a historic site, a review)."""
    said = last_words_type(doc, start, end, read_cues())
    return said if said == "agency" else ""


def _told_as_someone(doc: Doc, start: int, end: int) -> bool:
    """A name of no building's last word, not where something is ("held at Camp East
    Montana"), before an appositive that says a person and ends before any verb of saying
    ("issued by Yesenia Olmos Barrera, executive director of the Central Florida Workers'
    Justice Project": found in probe288, read); not "Hartley Hall, a dormitory", nor
    "Wrigley Field, a spokeswoman for the team said" (a review)."""
    heads = read_head_words()
    last = doc[end - 1].lower_
    if any(last in heads[kind] for kind in ("facility", "building", "business", "street")):
        return False
    if start > 0 and doc[start - 1].lower_ in _WHERE:
        return False
    head, at = appositive_head(doc, end)
    return read_cues().apposition.get(head) == "person" and _ends_unsaid(doc, at)


# the words before where something is: "held at Camp East Montana"
_WHERE = frozenset({"at", "in", "on", "inside", "outside", "near", "from", "to", "into"})


def _ends_unsaid(doc: Doc, at: int) -> bool:
    """The appositive ends at punctuation before a verb of saying: the one it tells of is
    no speaker told after a place ("..., an official with the Army said")."""
    spoken = load_taxonomy().spoken
    for token in doc[at + 1 :]:
        if token.is_punct:
            return True
        if token.lemma_.lower() in spoken or token.lower_ in ("said", "says", "told"):
            return False
    return True
