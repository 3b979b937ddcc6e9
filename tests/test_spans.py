"""graphx.extract.spans: one entity of the model made a draft, step by step (issue 14)."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from graphx.extract.known import known_names
from graphx.extract.spans import draft_entity


@pytest.fixture(scope="module")
def blank() -> Language:
    return spacy.blank("en")


def drafts(nlp: Language, text: str, surface: str, label: str) -> list[tuple[str, str, str]]:
    """(text, label, type) of the drafts of the one entity ``surface`` of ``text``."""
    doc = nlp(text)
    start = text.index(surface)
    span = doc.char_span(start, start + len(surface), label=label)
    assert span is not None, surface
    doc.ents = [span]
    found = draft_entity(doc, doc.ents[0], known_names())
    return [(doc[d.start : d.end].text, d.label, d.type) for d in found]


@pytest.mark.parametrize(
    ("text", "surface", "label", "expected"),
    [
        # trimmed: a leading determiner and a trailing possessive
        ("The Acme Widgets's plant closed.", "The Acme Widgets's", "ORG",
         [("Acme Widgets", "ORG", "organization")]),
        # a company keeps its legal form; a bare one is no name
        ("Chrysler LLC said so.", "Chrysler", "ORG", [("Chrysler LLC", "ORG", "organization")]),
        ("Chrysler LLC said so.", "LLC", "ORG", []),
        # products and codes are no companies
        ("The Boeing 737 landed.", "Boeing 737", "ORG", []),
        ("It was 9 UTC then.", "UTC", "ORG", []),
        ("He bought an iPod today.", "iPod", "ORG", []),
        # an era is no person, unless what remains is a known name
        ("In the Zorblax Era prices rose.", "Zorblax Era", "PERSON", []),
        # a country tagged ORG is a place
        ("Firms in the United States grew.", "United States", "ORG",
         [("United States", "GPE", "jurisdiction")]),
        # NORP: a police acronym is an agency, a demonym or a region's adjective a place
        ("The NYPD said so.", "NYPD", "NORP", [("NYPD", "NORP", "agency")]),
        ("Mexican officials met.", "Mexican", "NORP", [("Mexican", "NORP", "jurisdiction")]),
        ("North American leaders met.", "North American", "NORP",
         [("North American", "NORP", "jurisdiction")]),
        # a word with no capital is no name, whatever acronym it spells
        ("Mi hermano no era un criminal.", "un", "ORG", []),
        # a court's district in a case citation is no place and no body
        ("No. 3:25-cv-01234 (S.D. Ill.) was filed.", "S.D. Ill.", "ORG", []),
        ("It was filed in the E.D.N.Y. court.", "E.D.N.Y.", "GPE", []),
        ("Officials in S.D. agreed.", "S.D.", "GPE", [("S.D.", "GPE", "jurisdiction")]),
        # a law's number is its name, not a model's
        ("The judge blocked House Bill 2210 on Friday.", "House Bill 2210", "LAW",
         [("House Bill 2210", "LAW", "law")]),
        # a facility where a known place stands, with the title after it, is that place;
        # a building is no entity
        ("Cook County Sheriff Tom Dart spoke.", "Cook County Sheriff", "FAC",
         [("Cook County", "GPE", "jurisdiction")]),
        ("Cook County spoke.", "Cook County", "FAC", [("Cook County", "GPE", "jurisdiction")]),
        ("They met at the Zorblax Arena.", "Zorblax Arena", "FAC", []),
        # a place's name ends before a common noun the model ran it into (found in
        # probe147: "this southwest Kansas city" was Kansas City); a state's "state" stays
        ("A sweep through this Kansas city ended.", "Kansas city", "GPE",
         [("Kansas", "GPE", "jurisdiction")]),
        ("Agents came to the Iowa town Tuesday.", "Iowa town", "GPE",
         [("Iowa", "GPE", "jurisdiction")]),
        ("Agents came to Kansas City Tuesday.", "Kansas City", "GPE",
         [("Kansas City", "GPE", "jurisdiction")]),
        ("Agents came to Washington state Tuesday.", "Washington state", "GPE",
         [("Washington state", "GPE", "jurisdiction")]),
        # ... while a city written in lower case after no determiner is the city (a review)
        ("Police in Oklahoma city arrested two men.", "Oklahoma city", "GPE",
         [("Oklahoma city", "GPE", "jurisdiction")]),
        ("Agents raided a plant in Oklahoma city.", "Oklahoma city", "GPE",
         [("Oklahoma city", "GPE", "jurisdiction")]),
        # a headline fragment with a stop word is no person; a particle is allowed
        ("Poll Shows He Leads", "Shows He", "PERSON", []),
        ("Anna de Vries spoke.", "Anna de Vries", "PERSON",
         [("Anna de Vries", "PERSON", "person")]),
    ],
)  # fmt: skip
def test_spans_draft_entity_steps(
    blank: Language, text: str, surface: str, label: str, expected: list[tuple[str, str, str]]
) -> None:
    assert drafts(blank, text, surface, label) == expected
