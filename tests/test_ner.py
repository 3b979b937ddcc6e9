"""Stage 1-2 tests: typing, confusion fixes and title splitting on hand-built Docs.

The unit tests build Docs on ``spacy.blank("en")`` and set the entities by
hand, as the statistical model would; the ``model`` tests run the real
pipeline on short texts that are not from the demo corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from graphx.errors import SettingsError
from graphx.extract.custody import captured
from graphx.extract.drafts import Draft
from graphx.extract.joined import broken_bodies
from graphx.extract.ner import AUTO_MODELS, find_mentions, label_type, load_nlp, normalize_name
from graphx.extract.parted import places_after_bodies
from graphx.extract.surnames import first_names_of_people, last_words_of_people
from graphx.extract.titles import read_titles
from graphx.ingest.furniture import caption_surnames
from graphx.settings import Settings
from tests.extracting import NEEDS_MODEL

needs_model = pytest.mark.skipif(
    not any(spacy.util.is_package(name) for name in AUTO_MODELS),
    reason="no spaCy English model installed",
)


@pytest.fixture(scope="module")
def blank() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def make_doc(
    nlp: Language, text: str, ents: list[tuple[str, str]] | list[tuple[str, str, str]]
) -> Doc:
    """A Doc with the given (surface, label[, ruler id]) entities, first occurrences in order."""
    doc = nlp(text)
    spans, cursor = [], 0
    for ent in ents:
        surface, label = ent[0], ent[1]
        start = text.index(surface, cursor)
        cursor = start + len(surface)
        span = doc.char_span(start, cursor, label=label, span_id=ent[2] if len(ent) > 2 else 0)
        assert span is not None, surface
        spans.append(span)
    doc.ents = spans
    return doc


def triples(doc: Doc) -> list[tuple[str, str, str]]:
    return [(m.text, m.type, m.title) for m in find_mentions(doc)]


def model_mentions(text: str) -> set[tuple[str, str]]:
    """The typed mentions of a text the English model parsed."""
    return {(m.text, m.type) for m in find_mentions(load_nlp(Settings())(text))}


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        (
            "Mayor Eric Adams spoke.",
            [("Mayor Eric Adams", "PERSON")],
            [("Eric Adams", "person", "Mayor")],
        ),
        (
            "Sheriff Tom Dart of Cook County spoke.",
            [("Tom Dart", "PERSON"), ("Cook County", "GPE")],
            [("Tom Dart", "person", "Sheriff"), ("Cook County", "jurisdiction", "")],
        ),
        (
            "Acting ICE Director Matthew Albence said so.",
            [("ICE", "AGENCY", "ice"), ("Matthew Albence", "PERSON")],
            [("ICE", "agency", ""), ("Matthew Albence", "person", "Acting ICE Director")],
        ),
        (
            "Sandra Ruiz, the acting field director for CBP in Texas, spoke.",
            [("Sandra Ruiz", "PERSON"), ("CBP", "ORG"), ("Texas", "GPE")],
            [
                ("Sandra Ruiz", "person", "acting field director"),
                ("CBP", "agency", ""),
                ("Texas", "jurisdiction", ""),
            ],
        ),
        (
            "Orange Sheriff John Mina arrived.",
            [("Orange Sheriff John Mina", "PERSON")],
            [("John Mina", "person", "Orange Sheriff")],
        ),
        ("Mr. Jones left.", [("Mr. Jones", "PERSON")], [("Jones", "person", "")]),
        # a title ends at a sentence end
        (
            "He is chief executive. Mary Barra left.",
            [("Mary Barra", "PERSON")],
            [("Mary Barra", "person", "")],
        ),
        # a word of a longer title ("Under Secretary") is no title by itself
        (
            "It grew under President Joe Smith.",
            [("Joe Smith", "PERSON")],
            [("Joe Smith", "person", "President")],
        ),
        (
            "Texas Lt. Gov. Dan Patrick spoke.",
            [("Texas", "GPE"), ("Dan Patrick", "PERSON")],
            [("Texas", "jurisdiction", ""), ("Dan Patrick", "person", "Lt. Gov.")],
        ),
    ],
)
def test_ner_splits_titles(blank: Language, text: str, ents: list, expected: list) -> None:
    assert triples(make_doc(blank, text, ents)) == expected


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # a platform the model calls a person is an organization (issue 3)
        ("He posted on Twitter today.", [("Twitter", "PERSON")], [("Twitter", "organization")]),
        # a police acronym the model calls NORP is an agency
        ("The LAPD arrived.", [("LAPD", "NORP")], [("LAPD", "agency")]),
        # ages are not entities of ours
        ("A 92-year-old woman died.", [("92-year-old", "DATE")], []),
        # an era is not a person; the president it names is
        (
            "Disillusioned with the Trump Era, he left.",
            [("the Trump Era", "ORG")],
            [("Trump", "person")],
        ),
        (
            "Ann Jones spoke. Jones's office closed.",
            [("Ann Jones", "PERSON"), ("Jones's", "PERSON")],
            [("Ann Jones", "person"), ("Jones", "person")],
        ),
        # a lone word called PERSON that the text never gives as a full name
        ("Flights on Zephyrair resumed.", [("Zephyrair", "PERSON")], []),
        (
            "The Boston Herald said. The Herald added.",
            [("Boston Herald", "ORG"), ("Herald", "PERSON")],
            [("Boston Herald", "media"), ("Herald", "media")],
        ),
        ("USCIS's Boston field office", [("USCIS's Boston", "ORG")], [("USCIS", "agency")]),
        # a name never starts with "the" (issue 13: that was MEANTIME's span convention)
        ("They live in the U.S. now.", [("U.S.", "GPE")], [("U.S.", "jurisdiction")]),
        # ... and one that heads a body's name, also before a conjunction
        (
            "according to the Boston Globe, it",
            [("Boston Globe", "MEDIA")],
            [("Boston Globe", "media")],
        ),  # fmt: skip
        (
            "the IMF and the World Bank.",
            [("IMF", "ORG"), ("World Bank", "ORG")],
            [("IMF", "organization"), ("World Bank", "organization")],
        ),  # fmt: skip
        (
            "the US and Canadian governments",
            [("US", "GPE"), ("Canadian", "NORP")],
            [("US", "jurisdiction"), ("Canadian", "jurisdiction")],
        ),  # fmt: skip
        ("Mexican nationals were held.", [("Mexican", "NORP")], [("Mexican", "jurisdiction")]),
        ("European aircraft", [("European", "NORP")], [("European", "jurisdiction")]),
        ("Republicans objected.", [("Republicans", "NORP")], [("Republicans", "organization")]),
        ("Catholics objected.", [("Catholics", "NORP")], []),
        ("Shows He Will Win", [("Shows He", "PERSON")], []),
        (
            "the Lawyers' Committee for Civil Rights said",
            [("Lawyers' Committee for Civil Rights", "ORG")],
            [("Lawyers' Committee for Civil Rights", "organization")],
        ),
        ("Prices at 10:00 UTC rose.", [("UTC", "ORG")], []),
        ("A Boeing 737 landed.", [("Boeing", "ORG")], []),
        ("He bought the iPhone there.", [("the iPhone", "ORG")], []),
        # product lines from products.txt, alone or after their maker, are not companies
        ("He drives a Toyota Camry daily.", [("Toyota Camry", "ORG")], []),
        ("The Ford Mustang returns.", [("Ford Mustang", "ORG")], []),
        (
            "Ford sells the Fiesta.",
            [("Ford", "ORG"), ("the Fiesta", "ORG")],
            [("Ford", "organization")],
        ),  # fmt: skip
        # a name ending in a model designation is a product
        ("Four Harlan Motors HX 900 engines.", [("Harlan Motors HX 900", "ORG")], []),
        # a possessive before a product ends the company name
        (
            "Sony Group's PlayStation shipped.",
            [("Sony Group's PlayStation", "ORG")],
            [("Sony Group", "organization")],
        ),  # fmt: skip
        # a market index is not the exchange or company that shares its name
        ("the Borsa Alta index fell", [("Borsa Alta", "ORG")], []),
        # a name the model cut short begins a listed product ("Windows" of "Windows Vista")
        ("Windows Vista shipped late.", [("Windows", "ORG")], []),
        # a maker named before its model stays ("Boeing's 787")
        ("Boeing's 787 flew.", [("Boeing", "ORG")], [("Boeing", "organization")]),
        # a country the model calls ORG is a jurisdiction
        (
            "plants in the United States closed",
            [("the United States", "ORG")],
            [("United States", "jurisdiction")],
        ),
        # a flight is named after the airline that operates it
        (
            "Harbor Air Flight 212 crashed.",
            [("Harbor Air Flight", "ORG")],
            [("Harbor Air", "organization")],
        ),  # fmt: skip
        # a lone word the model also calls PERSON stays the company it was called first
        (
            "Zephyrair said so. Zephyrair is on time.",
            [("Zephyrair", "ORG"), ("Zephyrair", "PERSON")],
            [("Zephyrair", "organization"), ("Zephyrair", "organization")],
        ),
        # a lone-word "person" is no surname to retype an ORG with
        (
            "Zephyrair CEO Ann Lee said Zephyrair grew.",
            [("Zephyrair", "ORG"), ("Ann Lee", "PERSON"), ("Zephyrair", "PERSON")],
            [("Zephyrair", "organization"), ("Ann Lee", "person"), ("Zephyrair", "organization")],
        ),
        # ... but a surname of a person named in full still is that person
        (
            "Ann Ford spoke. Ford said no.",
            [("Ann Ford", "PERSON"), ("Ford", "ORG")],
            [("Ann Ford", "person"), ("Ford", "person")],
        ),
        # a legal-form suffix belongs to the company name; alone it is nothing
        (
            "Chrysler LLC said so.",
            [("Chrysler", "ORG"), ("LLC", "ORG")],
            [("Chrysler LLC", "organization")],
        ),  # fmt: skip
        ("Acme Corp. said so.", [("Acme", "ORG")], [("Acme Corp.", "organization")]),
        # a person is never cut as a company
        ("Tom Ford Inc. said.", [("Tom Ford", "PERSON")], [("Tom Ford", "person")]),
        # a body's name the model ended at a plural possessive goes on to its last word
        # (found in a fresh corpus); not into a name or a title after it
        (
            "The Dover Workers' Justice Center sued on Tuesday.",
            [("The Dover Workers'", "ORG")],
            [("Dover Workers' Justice Center", "organization")],
        ),
        (
            "The Dover Tenants Union's Housing Court case was dismissed.",
            [("The Dover Tenants Union", "ORG")],
            [("Dover Tenants Union", "organization")],
        ),
        (
            "The Dover Workers' Acting Director Ana Ruiz spoke.",
            [("The Dover Workers'", "ORG"), ("Ana Ruiz", "PERSON")],
            [("Dover Workers", "organization"), ("Ana Ruiz", "person")],
        ),
        # a house of worship named after a saint is one organization (found in probe277),
        # the model's place and body inside it, or nothing; not a street named after it,
        # nor a town named after a saint
        (
            "Mourners filled St. Marta's Lutheran Church on Sunday.",
            [("St. Marta", "GPE"), ("Lutheran Church", "ORG")],
            [("St. Marta's Lutheran Church", "organization")],
        ),
        (
            "The march began at Saint Ives Cathedral in Dover.",
            [("Dover", "GPE")],
            [("Saint Ives Cathedral", "organization"), ("Dover", "jurisdiction")],
        ),
        # ... and after Mary's title, with "of the" in it (found in probe284, read as
        # "Prairie Catholic Church")
        (
            "They waited at Our Lady of the Meadows Catholic Church on Tuesday.",
            [("the Meadows Catholic Church", "ORG")],
            [("Our Lady of the Meadows Catholic Church", "organization")],
        ),
        ("Our Lady of the Meadows spoke.", [], []),
        # ... and with a name's particles inside (found in probe296: nothing was found)
        (
            "Hundreds prayed at Santa Rosa de Lima Mission on Sunday.",
            [],
            [("Santa Rosa de Lima Mission", "organization")],
        ),
        (
            "A vigil was held at San Pedro de los Olmos Catholic Church.",
            [("San Pedro de", "GPE"), ("Olmos Catholic Church", "ORG")],
            [("San Pedro de los Olmos Catholic Church", "organization")],
        ),
        # ... but "the" alone is no name's word (a review)
        (
            "In St. Louis the Cathedral Basilica hosted a vigil.",
            [("St. Louis", "GPE")],
            [("St. Louis", "jurisdiction")],
        ),
        (
            "Pastors in San Jose of the United Methodist Church met.",
            [("San Jose", "GPE"), ("the United Methodist Church", "ORG")],
            [("San Jose", "jurisdiction"), ("United Methodist Church", "organization")],
        ),
        (
            "Cars lined St. Marta's Church Road.",
            [("St. Marta", "GPE")],
            [],
        ),
        ("He moved to St. Cloud in 2019.", [("St. Cloud", "GPE")], [("St. Cloud", "jurisdiction")]),
        # ... nor a parish of Louisiana (a review)
        (
            "Deputies in St. Tammany Parish booked 14 people.",
            [("St. Tammany Parish", "GPE")],
            [("St. Tammany Parish", "jurisdiction")],
        ),
        # ... but a church's parish, and a church before a title (a review)
        (
            "The vigil was at St. Marta's Parish on Sunday.",
            [("St. Marta", "GPE")],
            [("St. Marta's Parish", "organization")],
        ),
        (
            "St. Marta's Church Pastor Ana Ruiz spoke.",
            [("St. Marta", "GPE"), ("Ana Ruiz", "PERSON")],
            [("St. Marta's Church", "organization"), ("Ana Ruiz", "person")],
        ),
        # a county named after someone keeps its possessive (found in a fresh corpus); a
        # county of a state does not
        (
            "Deputies in Prince George's County arrested him.",
            [("Prince George's County", "GPE")],
            [("Prince George's County", "jurisdiction")],
        ),
        (
            "Deputies in Ohio's Franklin County arrested him.",
            [("Ohio's Franklin County", "GPE")],
            [("Ohio", "jurisdiction"), ("Franklin County", "jurisdiction")],
        ),
        # a body's name broken at a word the model left untagged is one body (found in a
        # fresh corpus) ...
        (
            "A report by the Delaware Bluebird Immigrant Justice Center came out.",
            [("the Delaware", "ORG"), ("Immigrant Justice Center", "ORG")],
            [("Delaware Bluebird Immigrant Justice Center", "organization")],
        ),
        # ... not a title and a name, nor a place, a lower-case word and a body
        (
            "Delaware Gov. Ana Ruiz met the Dover Immigrant Justice Center.",
            [
                ("Delaware", "GPE"),
                ("Ana Ruiz", "PERSON"),
                ("Dover Immigrant Justice Center", "ORG"),
            ],
            [
                ("Delaware", "jurisdiction"),
                ("Ana Ruiz", "person"),
                ("Dover Immigrant Justice Center", "organization"),
            ],
        ),
        (
            "Farmers in Delaware met Dover Immigrant Justice Center staff.",
            [("Delaware", "GPE"), ("Dover Immigrant Justice Center", "ORG")],
            [("Delaware", "jurisdiction"), ("Dover Immigrant Justice Center", "organization")],
        ),
        # found in a probe: the words after "the group" name the group whole; not in a
        # title-case headline
        (
            "Ana Ruiz of the group Northern Pine Families Together spoke.",
            [("Ana Ruiz", "PERSON"), ("Northern Pine Families", "GPE")],
            [("Ana Ruiz", "person"), ("Northern Pine Families Together", "organization")],
        ),
        (
            "Immigrant Group Sues Pine County Over Policy",
            [("Pine County", "GPE")],
            [("Pine County", "jurisdiction")],
        ),
        # a review: "and" joins two groups, a day's name is none, the model's whole reading
        # of the words stands
        (
            "The alliance United Way and the Red Cross opened a shelter.",
            [("United Way", "ORG"), ("Red Cross", "ORG")],
            [("United Way", "organization"), ("Red Cross", "organization")],
        ),
        ("The group Saturday and Sunday held rallies.", [], []),
        (
            "The group Mexico City officials invited arrived.",
            [("Mexico City", "GPE")],
            [("Mexico City", "jurisdiction")],
        ),
        # a review: a list's comma and "her" tell no one named like the company
        (
            "Garrett Tooling Inc. fired Maria Diaz. Garrett Tooling owes her $3,000.",
            [
                ("Garrett Tooling Inc.", "ORG"),
                ("Maria Diaz", "PERSON"),
                ("Garrett Tooling", "PERSON"),
            ],
            [
                ("Garrett Tooling Inc.", "organization"),
                ("Maria Diaz", "person"),
                ("Garrett Tooling", "organization"),
            ],
        ),
        # ... and a street's word that is a surname too makes an address when the sentence
        # goes on after it
        (
            "The rally was held on Rosa Parks Drive on Monday.",
            [("Rosa Parks Drive", "PERSON")],
            [],
        ),
        # found in a probe: a company's common last word ("Solutions", "Logistics")
        (
            "Agents arrived at Ridgeway Crate Solutions before midnight.",
            [("Ridgeway Crate Solutions", "GPE")],
            [("Ridgeway Crate Solutions", "organization")],
        ),
        # a business named by what it makes, which the model read as a place
        (
            "Agents arrested 11 workers at Bering Crest Seafoods in the morning.",
            [("Bering Crest Seafoods", "GPE")],
            [("Bering Crest Seafoods", "organization")],
        ),
        (  # found in probe246
            "Agents raided the Owyhee Bend Creamery plant at dawn.",
            [("Owyhee Bend Creamery", "LOC")],
            [("Owyhee Bend Creamery", "organization")],
        ),
        (  # found in probe81 (working)
            "Agents swept through Pahvant Valley Eggs west of town on Thursday.",
            [("Pahvant Valley Eggs", "GPE")],
            [("Pahvant Valley Eggs", "organization")],
        ),
        (
            "Agents detained nine workers at Sunny Slope Orchards in the morning.",
            [("Sunny Slope Orchards", "LOC")],
            [("Sunny Slope Orchards", "organization")],
        ),
        (  # found in probe284: a packer named by its meat, read as a building
            "Agents served a warrant at Bluestem Ridge Pork on Tuesday.",
            [("Bluestem Ridge Pork", "FAC")],
            [("Bluestem Ridge Pork", "organization")],
        ),
        # ... in a name of three words: in two, a dish (a review)
        ("Volunteers served Pulled Pork at the fundraiser.", [], []),
        # a person read as a building, told as one by the appositive after it (found in
        # probe288, read); a building so told stays none
        (
            "The statement was issued by Graciela Montes Arriaga, executive director of the "
            "Farmworker Alliance.",
            [("Graciela Montes Arriaga", "FAC"), ("the Farmworker Alliance", "ORG")],
            [("Graciela Montes Arriaga", "person"), ("Farmworker Alliance", "organization")],
        ),
        (
            "The vigil was held at Hartley Hall, a dormitory of the college.",
            [("Hartley Hall", "FAC")],
            [],
        ),
        # a county's school district, read as a place (found in probe288, read)
        (
            "Marlow County Schools said 300 students stayed home.",
            [("Marlow County Schools", "GPE")],
            [("Marlow County Schools", "agency")],
        ),
        # ... nor a place before a speaker named after it (a review)
        (
            "Crowds gathered near Briar Ridge Camp, an official with the county said.",
            [("Briar Ridge Camp", "FAC")],
            [],
        ),
        # a program's name, which the model read as a place (found in probe199)
        (
            "ICE unveiled what it calls the Delta Region Jail Partnership Program.",
            [("the Delta Region Jail Partnership Program", "LOC")],
            [("Delta Region Jail Partnership Program", "program")],
        ),
        # a borough's or a town's assembly is a government body, even read as a place
        (
            "The Sitka Borough Assembly met Thursday.",
            [("Sitka Borough Assembly", "ORG")],
            [("Sitka Borough Assembly", "agency")],
        ),
        (
            "The Sitka Borough Assembly met Thursday.",
            [("Sitka Borough Assembly", "GPE")],
            [("Sitka Borough Assembly", "agency")],
        ),
        # a business's name the model left untagged; not the word before "of"
        (
            "Owners of Blue Ridge Dairy said agents came early.",
            [],
            [("Blue Ridge Dairy", "organization")],
        ),
        # a demonym the model read as a group refers to its country, as one it read as NORP
        (
            "A Guatemalan man was released on bond.",
            [("Guatemalan", "ORG")],
            [("Guatemalan", "jurisdiction")],
        ),
        # the second review: a street's name, a place told as one, a church's General
        # Assembly, a heading alone on its line
        ("The crash happened on Quail Farms Road in the morning.", [], []),
        # a street's name the model read as a place without its street's word (found in
        # probe296: "his home on South Union Street" was the place of the arrest)
        ("Agents detained him outside his home on Loma Verde Street.", [("Loma Verde", "GPE")], []),
        ("A grocery on Chicago Avenue closed.", [("Chicago", "GPE")], []),
        ("He drove on to Chicago Sunday.", [("Chicago", "GPE")], [("Chicago", "jurisdiction")]),
        (
            "Police in Green Farms arrested a man.",
            [("Green Farms", "GPE")],
            [("Green Farms", "jurisdiction")],
        ),
        (
            "The Presbyterian Church General Assembly voted to support the families.",
            [("Presbyterian Church General Assembly", "ORG")],
            [("Presbyterian Church General Assembly", "organization")],
        ),
        ("Dairy Farms\nAgents came early.", [], []),
        # a facility read as a person in a title-case headline is what its head words say
        (
            "Father Walks Out of Lumpkin Detention Center After Judge Grants Bond\n"
            "He left the Lumpkin Detention Center on Wednesday.",
            [("Lumpkin Detention Center", "PERSON"), ("Lumpkin Detention Center", "ORG")],
            [("Lumpkin Detention Center", "agency"), ("Lumpkin Detention Center", "agency")],
        ),
        # found in a probe corpus: a case's caption is a case, no person nor body; a middle
        # initial "V." makes none (a review)
        (
            "The suit, Carmona Ledesma v. Pettus, was filed Monday.",
            [("Carmona Ledesma v. Pettus", "PERSON")],
            [("Carmona Ledesma v. Pettus", "law")],
        ),
        (
            "The ruling in Ruiz vs. Dayton came Monday.",
            [("Ruiz vs. Dayton", "ORG")],
            [("Ruiz vs. Dayton", "law")],
        ),
        (
            "Arturo V. Quinonez spoke Monday.",
            [("Arturo V. Quinonez", "PERSON")],
            [("Arturo V. Quinonez", "person")],
        ),
        # found in a probe corpus: a New England jail's three head words
        (
            "The Bristol County House of Correction will hold the men.",
            [("Bristol County House of Correction", "ORG")],
            [("Bristol County House of Correction", "agency")],
        ),
        # a name that ends in a legal form is a company; its owner of the same name a person
        (
            "Harold Tenney Ltd. bought the plant.",
            [("Harold Tenney Ltd.", "PERSON")],
            [("Harold Tenney Ltd.", "organization")],
        ),
        (
            "Luis Perez owns Luis Perez Inc. Agents arrested Luis Perez at home.",
            [("Luis Perez", "PERSON"), ("Luis Perez Inc.", "ORG"), ("Luis Perez", "PERSON")],
            [
                ("Luis Perez", "person"),
                ("Luis Perez Inc.", "organization"),
                ("Luis Perez", "person"),
            ],
        ),
        # found in a probe: a company's name without its legal form, written after it, is
        # the company; a street named after someone, where something is, is no person
        (
            "Agents searched Garrett Tooling Inc. on Monday. Garrett Tooling did not comment.",
            [("Garrett Tooling Inc.", "ORG"), ("Garrett Tooling", "PERSON")],
            [("Garrett Tooling Inc.", "organization"), ("Garrett Tooling", "organization")],
        ),
        ("The plant on Robert L. Pugh Parkway closed.", [("Robert L. Pugh", "PERSON")], []),
        # found in probe267: a titled person whose first name is a county's, read as a place;
        # a detention facility named after someone, read as a person; a speaker between a
        # quote and "said" the model read as nothing
        (
            "Sheriff Harlan Pruett presided.",
            [("Harlan Pruett", "GPE")],
            [("Harlan Pruett", "person")],
        ),
        (
            "He was held at the Edward W. Hollis Detention Facility.",
            [("Edward W. Hollis Detention Facility", "PERSON")],
            [("Edward W. Hollis Detention Facility", "agency")],
        ),
        ('"We are afraid," Rosa Elena Tuyuc said Tuesday.', [], [("Rosa Elena Tuyuc", "person")]),
        # ... a place the gazetteer knows after a title stays one
        (
            "Sheriff Travis County spoke.",
            [("Travis County", "GPE")],
            [("Travis County", "jurisdiction")],
        ),
        # found in probe265: a first name the model read alone, its two surnames after it
        (
            "The plaintiff, Teodoro Valdivia Mena, was arrested.",
            [("Teodoro", "PERSON")],
            [("Teodoro Valdivia Mena", "person")],
        ),
        # ... not a place's name after it, nor words no comma or lower-case word ends (a
        # first name alone is then dropped)
        ("Agents took Teodoro Monday Morning.", [("Teodoro", "PERSON")], []),
        ("Teodoro Reno said no.", [("Teodoro", "PERSON")], []),
        # found in a probe: the model cut a building's namesake short, a word of the name
        # between it and the building's head word; no one there
        (
            "The order was issued from the Harold Quincy Abernathy United States Courthouse.",
            [("Harold Quincy", "PERSON")],
            [],
        ),
        ("They met at the Rosa Mae Tillery Recreation Center.", [("Rosa Mae", "PERSON")], []),
        # ... but not a person a day's name follows, nor a name before a title-case line's
        # words
        (
            "Agents met Rosa Delgado Monday Morning at the Northside Library.",
            [("Rosa Delgado", "PERSON")],
            [("Rosa Delgado", "person")],
        ),
        (
            "Rosa Delgado Speaks At Tillery Public Library\nRosa Delgado spoke Monday.",
            [("Rosa Delgado", "PERSON"), ("Rosa Delgado", "PERSON")],
            [("Rosa Delgado", "person"), ("Rosa Delgado", "person")],
        ),
        ("A store at 1200 Cesar Chavez Avenue closed.", [("Cesar Chavez Avenue", "PERSON")], []),
        (
            "Reporters spoke to Michael Lane on Monday.",
            [("Michael Lane", "PERSON")],
            [("Michael Lane", "person")],
        ),
        # a review: the owner told as an appositive or with a title keeps the name; a
        # street's word that is a surname too, or a year before the name, makes no address
        (
            "Agents raided Luis Perez Inc. The company's owner, Luis Perez, said he would help.",
            [("Luis Perez Inc.", "ORG"), ("Luis Perez", "PERSON")],
            [("Luis Perez Inc.", "organization"), ("Luis Perez", "person")],
        ),
        (
            "Brian Kemp Co., a feed store, was fined. Gov. Brian Kemp was not involved.",
            [("Brian Kemp Co.", "ORG"), ("Brian Kemp", "PERSON")],
            [("Brian Kemp Co.", "organization"), ("Brian Kemp", "person")],
        ),
        (
            "Protesters shouted at Michael Lane, the regional director.",
            [("Michael Lane", "PERSON")],
            [("Michael Lane", "person")],
        ),
        ("In 2019 Peter Lane sued.", [("Peter Lane", "PERSON")], [("Peter Lane", "person")]),
        # a business's name in a title-case headline makes no name of the run around it,
        # and a church's Assembly is no government's
        (
            "ICE Raids Vermont Dairy Farms",
            [("ICE", "ORG"), ("Vermont", "GPE")],
            [("ICE", "agency"), ("Vermont", "jurisdiction")],
        ),
        (
            "Members of Calvary Assembly gathered outside the jail.",
            [("Calvary Assembly", "ORG")],
            [("Calvary Assembly", "organization")],
        ),
        # found on a working probe: a speaker between "said" and "of the" body is a person
        (
            '"Stop it," said Marisol Quintero Lugo of the Valley Workers Alliance.',
            [("Marisol Quintero Lugo", "ORG"), ("Valley Workers Alliance", "ORG")],
            [("Marisol Quintero Lugo", "person"), ("Valley Workers Alliance", "organization")],
        ),
        # ... not a firm before a topic (a review)
        (
            '"We oppose it," said Wells Fargo of the Charlotte branch.',
            [("Wells Fargo", "ORG")],
            [("Wells Fargo", "organization")],
        ),
        # ... not a firm of a town, nor a group whose last word says it is one
        (
            '"We will help," said Acme Logistics of Dayton.',
            [("Acme Logistics", "ORG")],
            [("Acme Logistics", "organization")],
        ),
        (
            '"We will help," said Lutheran Charities of the Diocese.',
            [("Lutheran Charities", "ORG")],
            [("Lutheran Charities", "organization")],
        ),
        # found on a working probe: capitalised words right after a person's title
        (
            "The ordinance was drafted with Police Chief Ramona Estrada-Bell.",
            [("Ramona Estrada-Bell", "ORG")],
            [("Ramona Estrada-Bell", "person")],
        ),
        # found on a working probe: a name the model missed after a title, with an initial
        # and a hyphenated surname; not a street or a body named after someone
        (
            "City Councilor Amílcar D. Rosa-Pereira called the gathering a reminder.",
            [],
            [("Amílcar D. Rosa-Pereira", "person")],
        ),
        ("Police Chief spoke.", [], []),
        # ... nor the rest of a title running into a name the model tagged, nor a title of
        # two words joined to the name (a review)
        (
            "Mayor Pro Tem Rosa Delgado voted.",
            [("Rosa Delgado", "PERSON")],
            [("Rosa Delgado", "person")],
        ),
        ("Chief Medical Examiner Ana Ruiz testified.", [], [("Ana Ruiz", "person")]),
        # found in probe284: a given name the model left out between the title and the
        # surname it tagged, which then named no one in full; not a title's word
        (
            "Superintendent Gregor Tschudin told the board.",
            [("Tschudin", "PERSON")],
            [("Gregor Tschudin", "person")],
        ),
        (
            "Texas Attorney General Paxman sued.",
            [("Texas", "GPE"), ("Paxman", "PERSON")],
            [("Texas", "jurisdiction")],
        ),
        ("Fire Chief Office hours changed.", [], []),
        # found on a working probe: a role with a place inside ("eastern New Mexico organizer")
        (
            "Rosa Elena Quiroga, the coalition's eastern New Mexico organizer, spoke.",
            [("Rosa Elena Quiroga", "ORG")],
            [("Rosa Elena Quiroga", "person")],
        ),
        # found on a working probe: a school and a street named after people are no one
        (
            "He was held outside Harriet Lindgren Elementary School.",
            [("Harriet Lindgren Elementary School", "PERSON")],
            [],
        ),
        (
            "The church is on Martin Luther King Jr. Drive.",
            [("Martin Luther King Jr. Drive", "PERSON")],
            [],
        ),
        # ... a person named after none of them stays one
        ("Rosa Lane spoke.", [("Rosa Lane", "PERSON")], [("Rosa Lane", "person")]),
        # found on a working probe: a town ending in Falls or Springs, where it is one
        (
            "He was arrested at a gas station in Enosburg Falls.",
            [("Enosburg Falls", "PERSON")],
            [("Enosburg Falls", "jurisdiction")],
        ),
        ("Maria Falls, a lawyer, spoke.", [("Maria Falls", "PERSON")], [("Maria Falls", "person")]),
        # ... nor after a word that comes before people, nor a mayor named Street, nor a
        # university's school (a review)
        (
            "He wrote to Kevin Falls, the county attorney.",
            [("Kevin Falls", "PERSON")],
            [("Kevin Falls", "person")],
        ),
        (
            "It came from Dana Springs, the sheriff's spokeswoman.",
            [("Dana Springs", "PERSON")],
            [("Dana Springs", "person")],
        ),
        ("Mayor John Street spoke.", [("John Street", "PERSON")], [("John Street", "person")]),
        # ... and a town after "of", a street before a comma or after a number (a review)
        (
            "The suit was filed by a friend of Jamal Falls.",
            [("Jamal Falls", "PERSON")],
            [("Jamal Falls", "person")],
        ),
        (
            "Juan Lopez, 34, of Chippewa Falls, was arrested.",
            [("Juan Lopez", "PERSON"), ("Chippewa Falls", "PERSON")],
            [("Juan Lopez", "person"), ("Chippewa Falls", "jurisdiction")],
        ),
        (
            "He was stopped on Cesar Chavez Drive, police said.",
            [("Cesar Chavez Drive", "PERSON")],
            [],
        ),
        (
            "He lives at 4500 Martin Luther King Jr. Drive, police said.",
            [("Martin Luther King Jr. Drive", "PERSON")],
            [],
        ),
        ("Cesar Chavez Avenue was closed.", [("Cesar Chavez Avenue", "PERSON")], []),
        (
            "Researchers at Stanford Law School wrote it.",
            [("Stanford Law School", "ORG")],
            [("Stanford Law School", "organization")],
        ),
        # found in probe151: an employer may be a person as well as a body
        (
            "Several farmers came, including Lucien Giroux, the man's employer.",
            [("Lucien Giroux", "PERSON")],
            [("Lucien Giroux", "person")],
        ),
        # found in probe149: a nickname in quotes inside a name, which the model cut
        (
            'Teodoro "Ted" Arellano announced it.',
            [("Teodoro", "PERSON"), ('Ted" Arellano', "PERSON")],
            [('Teodoro "Ted" Arellano', "person")],
        ),
        (
            "Maria Elena \u201cMalena\u201d Ruiz spoke.",
            [("Maria Elena \u201cMalena", "PERSON")],
            [("Maria Elena \u201cMalena\u201d Ruiz", "person")],
        ),
        # ... not a quoted word after a name, nor a place's name around quotes
        (
            'Ana Ruiz said "Good" Morning.',
            [("Ana Ruiz", "PERSON")],
            [("Ana Ruiz", "person")],
        ),
        (
            'Dover "City" Hall opened.',
            [("Dover", "GPE")],
            [("Dover", "jurisdiction")],
        ),
    ],
)
def test_ner_fixes_model_confusions(blank: Language, text: str, ents: list, expected: list) -> None:
    assert [(m.text, m.type) for m in find_mentions(make_doc(blank, text, ents))] == expected


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        (
            "It sued the Obama administration.",
            [("Obama", "PERSON")],
            ("Obama administration", "obama"),
        ),
        (
            "It sued the Biden administration.",
            [("the Biden administration", "ORG")],
            ("Biden administration", "biden"),
        ),
    ],
)
def test_ner_administrations(
    blank: Language, text: str, ents: list, expected: tuple[str, str]
) -> None:
    (m,) = find_mentions(make_doc(blank, text, ents))
    assert (m.type, m.text, m.canonical) == ("administration", *expected)


def test_ner_canonical_from_tables_and_ruler_ids(blank: Language) -> None:
    doc = make_doc(
        blank,
        "Immigration and Customs Enforcement and ERO and the ACLU",
        [("Immigration and Customs Enforcement", "ORG"), ("ERO", "AGENCY", "ero"), ("ACLU", "ORG")],
    )
    assert [(m.canonical, m.type) for m in find_mentions(doc)] == [
        ("ice", "agency"),
        ("ero", "agency"),
        ("aclu", "organization"),
    ]


def test_ner_offsets_and_sentences(blank: Language) -> None:
    text = "Maria Lopez arrived. Later the FBI came. Lopez left."
    doc = make_doc(blank, text, [("Maria Lopez", "PERSON"), ("FBI", "ORG")])
    mentions = find_mentions(doc)
    assert [(m.text, m.sentence) for m in mentions] == [
        ("Maria Lopez", 0),
        ("FBI", 1),
        ("Lopez", 2),
    ]
    assert all(text[m.start : m.end] == m.text for m in mentions)


def test_ner_name_that_ran_into_its_acronym_ends_before_it(blank: Language) -> None:
    # found in a fresh corpus: the model's name took the opening parenthesis and the acronym
    text = "It was organized by the Hawaii Coalition for Immigrant Rights (HCIR), a network."
    doc = make_doc(blank, text, [("the Hawaii Coalition for Immigrant Rights (HCIR", "ORG")])
    assert [(m.text, m.type) for m in find_mentions(doc)] == [
        ("Hawaii Coalition for Immigrant Rights", "organization"),
        ("HCIR", "organization"),
    ]


def test_ner_a_name_that_closes_its_parenthesis_keeps_it(blank: Language) -> None:
    text = "Acme (USA) Inc. said so."
    doc = make_doc(blank, text, [("Acme (USA) Inc.", "ORG")])
    assert [m.text for m in find_mentions(doc)] == ["Acme (USA) Inc."]


def _tagged(blank: Language, text: str, others: tuple[tuple[str, str], ...] = ()) -> Doc:
    """A doc whose entities are the last "Quintanilla" (a person told by surname alone) and
    ``others`` (surface, label), with the capitalised words tagged as proper nouns (the
    blank pipeline tags nothing)."""
    doc = blank(text)
    for token in doc:
        token.pos_ = "PROPN" if token.is_title else "VERB"
    last = text.rindex("Quintanilla")
    spans = [doc.char_span(last, last + len("Quintanilla"), label="PERSON")]
    spans += [doc.char_span(text.index(w), text.index(w) + len(w), label=lab) for w, lab in others]
    assert all(span is not None for span in spans)
    doc.ents = sorted(spans, key=lambda span: span.start)  # type: ignore[arg-type]
    return doc


@pytest.mark.parametrize(
    ("text", "others", "expected"),
    [
        # found in a fresh corpus: the model missed the full name, tagged the surname later
        ("Gerardo Quintanilla was deported. Later Quintanilla spoke.", (),
         [("Gerardo Quintanilla", "person"), ("Quintanilla", "person")]),
        # the model's full name of someone else leaves this one alone
        ("Ana Quintanilla was deported. Later Quintanilla spoke.",
         (("Ana Quintanilla", "PERSON"),),
         [("Ana Quintanilla", "person"), ("Quintanilla", "person")]),
    ],
)  # fmt: skip
def test_ner_the_full_name_of_a_surname_told_alone(
    blank: Language, text: str, others: tuple[tuple[str, str], ...], expected: list
) -> None:
    found = [(m.text, m.type) for m in find_mentions(_tagged(blank, text, others))]
    assert [f for f in found if "Quintanilla" in f[0]] == expected


def test_ner_the_full_name_of_a_surname_read_as_a_body_that_another_person_bears(
    blank: Language,
) -> None:
    # found in probe269: the model read the lone surname as a body, and missed the full name
    # that opens the story; the page's other person of that surname tells it is one
    text = (
        "Gerardo Quintanilla was deported. Later Quintanilla spoke, said his wife, Ana Quintanilla."
    )
    doc = blank(text)
    for token in doc:
        token.pos_ = "PROPN" if token.is_title else "VERB"
    lone = text.index("Quintanilla spoke")
    wife = text.index("Ana Quintanilla")
    doc.ents = [
        doc.char_span(lone, lone + len("Quintanilla"), label="ORG"),
        doc.char_span(wife, wife + len("Ana Quintanilla"), label="PERSON"),
    ]  # type: ignore[list-item]
    found = [m.text for m in find_mentions(doc) if m.type == "person"]
    assert "Gerardo Quintanilla" in found


@pytest.mark.parametrize(
    ("text", "others"),
    [
        # a title, an honorific, a word that opens the name of a thing, the end of a longer
        # name, or a word the model gave a type of its own (a month, a people)
        ("Sheriff Quintanilla was there. Later Quintanilla spoke.", ()),
        ("Mrs Quintanilla was there. Later Quintanilla spoke.", ()),
        ("Sgt Quintanilla was there. Later Quintanilla spoke.", ()),
        ("Operation Quintanilla was there. Later Quintanilla spoke.", ()),
        ("He said X Quintanilla was there. Later Quintanilla spoke.", ()),
        ("The Newton Quintanilla was there. Later Quintanilla spoke.", ()),
        ("He said in March Quintanilla was there. Later Quintanilla spoke.",
         (("March", "DATE"),)),
        ("The Mexican Quintanilla was there. Later Quintanilla spoke.",
         (("Mexican", "NORP"),)),
    ],
)  # fmt: skip
def test_ner_no_full_name_from_a_word_that_is_no_first_name(
    blank: Language, text: str, others: tuple[tuple[str, str], ...]
) -> None:
    # the surname alone is kept by the tag the test gives it only if a full name is found:
    # with none, no mention holds two words
    found = [m.text for m in find_mentions(_tagged(blank, text, others))]
    assert not [f for f in found if f.endswith(" Quintanilla")]


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # found in a fresh corpus (probe24, used): a county the model left untagged
        ("He was held in Evangeline Parish for months.", [],
         [("Evangeline Parish", "jurisdiction")]),
        ("He spent months at the Evangeline Parish facility.", [],
         [("Evangeline Parish", "jurisdiction")]),
        # a county word alone, a name the gazetteer lacks, or one the model named otherwise
        ("The Parish Council met.", [], []),
        ("He was held in Zyxwv Parish for months.", [], []),
        ("The Orange County Register said so.", [("Orange County Register", "ORG")],
         [("Orange County Register", "organization")]),
    ],
)  # fmt: skip
def test_ner_a_county_the_model_left_untagged(
    blank: Language, text: str, ents: list, expected: list
) -> None:
    assert [(m.text, m.type) for m in find_mentions(make_doc(blank, text, ents))] == expected


def test_ner_a_county_in_a_doc_without_sentences() -> None:
    # a pipeline with no parser nor sentencizer sets no sentence boundaries
    doc = spacy.blank("en")("He was held in Evangeline Parish for months.")
    assert [(m.text, m.type) for m in find_mentions(doc)] == [("Evangeline Parish", "jurisdiction")]


def test_ner_repeats_defined_acronyms(blank: Language) -> None:
    text = "The Harris County Sheriff's Office (HCSO) said that HCSO deputies left."
    doc = make_doc(blank, text, [("Harris County Sheriff's Office", "AGENCY")])
    assert [(m.text, m.type) for m in find_mentions(doc)] == [
        ("Harris County Sheriff's Office", "agency"),
        ("HCSO", "agency"),
        ("HCSO", "agency"),
    ]


@pytest.mark.parametrize(
    ("label", "text", "kind"),
    [
        ("ORG", "Los Angeles Police Department", "agency"),
        ("ORG", "Department of Motor Vehicles", "agency"),
        ("ORG", "Dallas Morning News", "media"),
        ("ORG", "Center for Immigration Studies", "organization"),
        ("ORG", "Worldwide Developers Conference", ""),
        ("ORG", "World Economic Forum", "organization"),
        ("GPE", "Ohio", "jurisdiction"),
        # facilities and groups by their head words (found by a probe on invented articles)
        ("ORG", "Harlan County Jail", "agency"),
        ("ORG", "Bayou Teche Parish Police Jury", "agency"),
        ("ORG", "Gulf Detention Watch Network", "organization"),
        ("ORG", "Tri-County Federal Detention Facility", "agency"),  # probe238
        ("ORG", "Yukon Correctional Complex", "agency"),  # probe242
        ("ORG", "Coastal News Network", "media"),
        # found in probes 207, 208: a wire's desk, a state's branch of government
        ("ORG", "Plains News Service", "media"),
        ("ORG", "Plains Wire Service", "media"),
        ("ORG", "Plains Wire", "media"),
        ("ORG", "U.S. Marshals Service", "agency"),
        ("ORG", "Ohio Judicial Branch", "agency"),
        ("LAW", "Title 8", "law"),
        ("DATE", "2019", ""),
    ],
)
def test_ner_label_type(label: str, text: str, kind: str) -> None:
    assert label_type(label, text) == kind


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("the U.S. Department of Homeland Security", "department of homeland security"),
        ("ICE's", "ice"),
        ("USA Today", "usa today"),
        ("US Airways", "us airways"),
    ],
)
def test_ner_normalize_name(text: str, key: str) -> None:
    assert normalize_name(text) == key


def test_ner_unknown_model_is_a_settings_error() -> None:
    with pytest.raises(SettingsError, match="spaCy model 'no_such_model_xyz' is not installed"):
        load_nlp(Settings(model="no_such_model_xyz"))


@pytest.mark.model
@needs_model
def test_ner_model_pipeline_has_ruler_before_ner() -> None:
    nlp = load_nlp(Settings())
    assert nlp.pipe_names.index("entity_ruler") < nlp.pipe_names.index("ner")
    assert load_nlp(Settings()) is nlp


@pytest.mark.model
@needs_model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        # found in a fresh corpus: the model's ORDINAL opens the body's name
        ("The First State Immigrant Defense Coalition obtained the figures.",
         "First State Immigrant Defense Coalition"),
        # ... not an ordinal of the sentence's own
        ("First, the Dayton City Council will vote on the plan.", "Dayton City Council"),
    ],
)  # fmt: skip
def test_ner_model_an_ordinal_word_opening_a_bodys_name(text: str, name: str) -> None:
    found = {m.text for m in find_mentions(load_nlp(Settings())(text))}
    assert name in found


@pytest.mark.model
@needs_model
@pytest.mark.parametrize(
    "name",
    [
        # found in probe282: "the Illinois Attorney General's office" was no body at all
        "Ohio Attorney General's office",
        "Lake County State's Attorney's office",
        "Ohio Secretary of State's Office",
        "Texas Governor's office",
        "Dane County Attorney's Office",
        "Summit County Prosecutor's Office",
    ],
)
def test_ner_model_an_officeholders_office_is_an_agency(name: str) -> None:
    found = model_mentions(f"We ask the {name} to review whether any law was broken.")
    assert (name, "agency") in found
    # ... not the office of a person named ("Gov. Ana Ruiz's office")
    found = model_mentions("Gov. Ana Ruiz's office declined to comment.")
    assert ("Ana Ruiz", "person") in found


@pytest.mark.model
@needs_model
def test_ner_model_a_county_sheriff_the_model_read_as_a_body() -> None:
    # found in a fresh corpus: "County Sheriff Curtis Bybee" an ORG after "Gooding"
    text = "Gooding County Sheriff Curtis Bybee said his deputies did not take part."
    found = model_mentions(text)
    assert ("Curtis Bybee", "person") in found


@pytest.mark.model
@needs_model
@pytest.mark.parametrize(
    ("text", "person"),
    [
        # found in a probe: the model read the first name as a place and the rest as nothing
        ("Alliance organizer Yesenia Flores said the list had 37 names.", "Yesenia Flores"),
        # ... and an organization before an appositive role the first tables lacked
        ('"This was a lawful action," said Marcus Tillinghast, the acting superintendent of '
         "the Kent County jail.", "Marcus Tillinghast"),
    ],
)  # fmt: skip
def test_ner_model_a_person_the_model_read_as_a_place_or_a_body(text: str, person: str) -> None:
    found = model_mentions(text)
    assert (person, "person") in found


@pytest.mark.model
@needs_model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # found in a probe: the model tagged nothing of a person and their group, and a
        # run of capitalised words ending in "Project" made the two one group
        ("Not everyone agrees. Dolores Ybarra of the High Plains Justice Project says the "
         "grant turns deputies into agents.",
         [("Dolores Ybarra", "person"), ("High Plains Justice Project", "organization")]),
        ("The vote drew critics. Hector Ybarra of the High Plains Justice Project said so.",
         [("Hector Ybarra", "person"), ("High Plains Justice Project", "organization")]),
        # a group whose name opens with one word and "of the" stays one group
        ("Friends of the Earth Action Fund sued the county.",
         [("Friends of the Earth Action Fund", "organization")]),
    ],
)  # fmt: skip
def test_ner_model_a_person_and_their_group_the_model_tagged_nothing_in(
    text: str, expected: list[tuple[str, str]]
) -> None:
    doc = load_nlp(Settings())(text)
    doc.ents = []  # the model's miss, whatever this model version reads
    assert [(m.text, m.type) for m in find_mentions(doc)] == expected


@pytest.mark.model
@needs_model
def test_ner_model_a_group_the_model_read_before_of_the_is_no_person() -> None:
    # a review: the words before "of the" the model read as a group's name stay a group
    text = "Planned Parenthood of the Rocky Mountains Action Fund endorsed the mayor."
    found = model_mentions(text)
    assert ("Planned Parenthood", "organization") in found
    assert not any(kind == "person" for _, kind in found)


@pytest.mark.model
@needs_model
def test_ner_model_the_city_of_a_federal_field_office_is_no_place() -> None:
    # found in probe147 and probe156: "ERO Chicago" made Chicago the place of arrests in
    # Kansas, and "(ERO) St. Paul" St. Paul the place of an agreement signed in Iowa
    text = (
        "Enforcement and Removal Operations (ERO) Denver and the Weld County Sheriff's Office "
        "signed the agreement in Greeley, Colorado, on Tuesday. ERO Denver officers will "
        "train the deputies."
    )
    found = model_mentions(text)
    assert not {t for t, kind in found if kind == "jurisdiction"} & {"Denver"}
    assert {("ERO", "agency"), ("Greeley", "jurisdiction")} <= found
    # ... but a city told as itself after the body stays a place (a review)
    text = "Mayor Ann Lee told ICE Denver would not cooperate."
    found = model_mentions(text)
    assert ("Denver", "jurisdiction") in found
    # ... and a text that ends on the body and its city is read (a review: it raised)
    for text in ("The man was moved Tuesday to ICE Denver", "Source: ERO Salt Lake City"):
        assert ("ICE" in text) == any(
            m.text == "ICE" for m in find_mentions(load_nlp(Settings())(text))
        )
    # ... a spokeswoman's office city is none either
    text = "ICE Denver spokeswoman Ana Lee said the man was held."
    found = model_mentions(text)
    assert not any(kind == "jurisdiction" for _, kind in found)


@pytest.mark.model
@needs_model
def test_ner_model_a_business_council_is_no_government_body() -> None:
    # found in a probe: a business group's council was typed as a city's
    text = "The forum, organized by the Panhandle Latino Business Council, drew 150 people."
    found = model_mentions(text)
    assert ("Panhandle Latino Business Council", "organization") in found


@pytest.mark.model
@needs_model
def test_ner_model_a_place_after_a_word_of_what_it_is_stays_a_place() -> None:
    for text, place in (
        ("Farmworkers in rural Shelby Township were detained.", "Shelby Township"),
        ("The Dayton Free Clinic, the largest advocate for migrants, opened.", None),
        # a review: a bank is "the trustee", and a day after a place is no surname
        ("Acme Bank, the trustee for the bondholders, filed the motion.", None),
        ("The migrants came from the province Huehuetenango Monday, relatives said.", None),
    ):
        found = model_mentions(text)
        assert place is None or (place, "jurisdiction") in found
        assert not {m for m in found if m[1] == "person"}


@pytest.mark.model
@needs_model
def test_ner_model_a_town_named_like_a_president_is_the_town() -> None:
    # found in a probe: the town of the dateline, named alone later, was Bill Clinton
    text = (
        "Vigil Draws Crowd\n\nCLINTON, Okla. \u2014 About 200 people gathered on Sunday evening. "
        "Officers detained Luis Vega as he left his home on the west side of Clinton."
    )
    found = [(m.text, m.type) for m in find_mentions(load_nlp(Settings())(text))]
    assert ("Clinton", "jurisdiction") in found and ("Clinton", "person") not in found
    # ... but the president named in full is the president
    text = (
        "CLINTON, Iowa \u2014 The council met. Former President Bill Clinton came. Clinton spoke."
    )
    found = [(m.text, m.type) for m in find_mentions(load_nlp(Settings())(text))]
    assert ("Clinton", "person") in found
    # ... and so is the surname alone where it is not read as a place (a review)
    text = "CLINTON, Iowa \u2014 Residents debated the 1996 law that Clinton signed."
    found = [(m.text, m.type) for m in find_mentions(load_nlp(Settings())(text))]
    assert ("Clinton", "person") in found


@pytest.mark.model
@needs_model
def test_ner_model_end_to_end_short_text() -> None:
    nlp = load_nlp(Settings())
    text = (
        "The Los Angeles Police Department (LAPD) worked with CBP and USCIS last year. "
        "Harris County Sheriff Ed Gonzalez told the Houston Chronicle that LAPD officers helped."
    )
    found = {(m.text, m.type) for m in find_mentions(nlp(text))}
    assert {("CBP", "agency"), ("USCIS", "agency"), ("Houston Chronicle", "media")} <= found
    assert ("The Los Angeles Police Department", "agency") in found or (
        "Los Angeles Police Department",
        "agency",
    ) in found
    assert ("LAPD", "agency") in found
    assert ("Ed Gonzalez", "person") in found


@pytest.mark.model
@needs_model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a county body's full name ("of Supervisors"), not its first words
        ("The Dayton County Board of Supervisors voted on Tuesday.",
         "Dayton County Board of Supervisors"),
        ("The Dayton County Board voted on Tuesday.", "Dayton County Board"),
        # a circuit's number is part of the court's name: every circuit is another court
        ("The 9th U.S. Circuit Court of Appeals ruled on Friday.",
         "9th U.S. Circuit Court of Appeals"),
        ("The 5th Circuit Court of Appeals ruled on Friday.", "5th Circuit Court of Appeals"),
    ],
)  # fmt: skip
def test_ner_model_bodies_named_in_full(text: str, name: str) -> None:
    found = model_mentions(text)
    assert (name, "agency") in found


@pytest.mark.model
@needs_model
def test_ner_model_a_court_of_appeals_by_each_of_its_names() -> None:
    # found in probe247: the First Circuit told three ways was three bodies; a state's trial
    # court named by its circuit is none of them (a review's Michigan "3rd Circuit Court")
    text = (
        "The county will appeal to the U.S. Court of Appeals for the First Circuit. It filed "
        "with the 1st U.S. Circuit Court of Appeals. The First Circuit has not ruled. Wayne "
        "County 3rd Circuit Court Judge Ann Lee ruled, as the 3rd Circuit had. In Hawaii's "
        "Fifth Circuit, a judge agreed."
    )
    found = {(m.text, m.canonical) for m in find_mentions(load_nlp(Settings())(text))}
    assert {
        ("U.S. Court of Appeals for the First Circuit", "ca1"),
        ("1st U.S. Circuit Court of Appeals", "ca1"),
        ("First Circuit", "ca1"),
        ("3rd Circuit Court", ""),
        ("3rd Circuit", "ca3"),
        ("Fifth Circuit", ""),
    } <= found


@pytest.mark.model
@needs_model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Governor Ann Lee signed the Community Trust and Safety Act on Monday.",
         "Community Trust and Safety Act"),
        ("A judge blocked House Bill 2210 on Friday.", "House Bill 2210"),
        ("Voters passed Proposition 187 in 1994.", "Proposition 187"),
    ],
)  # fmt: skip
def test_ner_model_laws_named_in_full(text: str, name: str) -> None:
    found = model_mentions(text)
    assert (name, "law") in found


@pytest.mark.model
@needs_model
@pytest.mark.parametrize(
    "content",
    [
        '{"label": "ORG", "pattern": "x", "id": ""}\n{not json\n',
        '{"label": "ORG", "pattern": [{"NOPE": 1}], "id": ""}\n',
    ],
)
def test_ner_bad_patterns_file_is_a_settings_error(tmp_path: Path, content: str) -> None:
    path = tmp_path / "patterns.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(SettingsError, match="patterns"):
        load_nlp(Settings(patterns_file=str(path)))


# --- issue 16: headlines, credits, evidence, names the model missed ------------


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # a title-case headline: verbs read as names are dropped unless the body writes them
        (
            "Senator Vows Action On Harbor Dredging\nSenator Lena Ortiz spoke in Tacoma.",
            [("Vows Action", "PERSON"), ("Lena Ortiz", "PERSON"), ("Tacoma", "GPE")],
            [("Lena Ortiz", "person", "Senator"), ("Tacoma", "jurisdiction", "")],
        ),
        (
            "Tacoma Sues Over Port Fees\nThe city of Tacoma filed suit on Monday.",
            [("Tacoma", "GPE"), ("Tacoma", "GPE")],
            [("Tacoma", "jurisdiction", ""), ("Tacoma", "jurisdiction", "")],
        ),
        # a code in lower case ("12(b)") leaves a headline in title case: its verb is no name
        # (found by a probe on invented articles: "Sheriff <Surname> Signs 287(g) ...")
        (
            "Sheriff Pemberton Approves 12(b) Transfer Plan\nSheriff Ada Pemberton spoke.",
            [("Ada Pemberton", "PERSON")],
            [("Pemberton", "person", "Sheriff"), ("Ada Pemberton", "person", "Sheriff")],
        ),
        # a section label in title case
        (
            "Harbor Weekly Digest\nThe port reopened.",
            [("Harbor Weekly Digest", "ORG")],
            [],
        ),
        # a byline and a photo credit name no participant
        (
            "By Jane Roe\nA crowd waited. (AP Photo/John Doe)\nMayor Ann Lee spoke.",
            [("Jane Roe", "PERSON"), ("AP", "ORG"), ("John Doe", "PERSON"), ("Ann Lee", "PERSON")],
            # the wire stays as an outlet of the document (flagged, never an actor)
            [("AP", "media", ""), ("Ann Lee", "person", "Mayor")],
        ),
        (
            "Sam Hill/The Daily Planet\nProtesters marched in Tacoma.",
            [("Sam Hill", "PERSON"), ("The Daily Planet", "ORG"), ("Tacoma", "GPE")],
            [("Tacoma", "jurisdiction", "")],
        ),
        # a city and its state's postal code read as one name
        (
            "The program began in Dunedin FL on Monday.",
            [("Dunedin FL", "PERSON")],
            [("Dunedin FL", "jurisdiction", "")],
        ),
        # a title before a surname with its particle
        (
            "Mayor van Houten signed the order.",
            [("Mayor van Houten", "PERSON")],
            [("van Houten", "person", "Mayor")],
        ),
    ],
)
def test_ner_headlines_and_credits(blank: Language, text: str, ents: list, expected: list) -> None:
    assert triples(make_doc(blank, text, ents)) == expected


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # an appositive says what the name is
        (
            "Workers left Brightwell, a shoe company, at noon.",
            [("Brightwell", "GPE")],
            [("Brightwell", "organization", "typed organization, not jurisdiction")],
        ),
        # a newsletter's name is no entity
        (
            "Sign up for the Harbor Notes newsletter today.",
            [("Harbor Notes", "ORG")],
            [],
        ),
        # "members of" a group the model took for a person
        (
            "Police arrested members of Calle Sur in May.",
            [("Calle Sur", "PERSON")],
            [("Calle Sur", "organization", "typed organization, not person")],
        ),
        # "the city of" a name the model took for a body
        (
            "The state sued the city of Dayton in May.",
            [("Dayton", "ORG")],
            [("Dayton", "jurisdiction", "typed jurisdiction, not organization")],
        ),
        # a name with an age between commas is a person's
        (
            "Rosa Medina Tello, 41, was arrested in May.",
            [("Rosa Medina Tello", "ORG")],
            [("Rosa Medina Tello", "person", "typed person, not organization")],
        ),
        # ... the whole name, when the model read its last words as a place it is not
        # (found in a fresh corpus)
        (
            "Hector Ruiz Salazar, 29, was held in May.",
            [("Ruiz Salazar", "GPE")],
            [("Hector Ruiz Salazar", "person", "named with an age or a role")],
        ),
        # (a review) ... not a place after "of"
        (
            "Jose Ramirez of Little Village, 34, spoke in May.",
            [("Jose Ramirez", "PERSON"), ("Little Village", "GPE")],
            [("Jose Ramirez", "person", ""), ("Little Village", "jurisdiction", "")],
        ),
        # a count that is no age between commas says nothing
        (
            "Casa Latina, 1999, was founded in May.",
            [("Casa Latina", "ORG")],
            [("Casa Latina", "organization", "")],
        ),
        # but "members of" a body stays a body
        (
            "Members of the Dayton City Council met in May.",
            [("Dayton City Council", "ORG")],
            [("Dayton City Council", "agency", "")],
        ),
    ],
)
def test_ner_types_by_evidence(blank: Language, text: str, ents: list, expected: list) -> None:
    got = [
        (m.text, m.type, m.type_reason.split(":")[0])
        for m in find_mentions(make_doc(blank, text, ents))
    ]
    assert got == expected


def test_ner_name_after_a_title_the_model_missed(blank: Language) -> None:
    doc = make_doc(blank, "County Councilmember Ana Ruiz Vega voted no.", [])
    assert triples(doc) == [("Ana Ruiz Vega", "person", "Councilmember")]
    # a county's jailer (found in a fresh corpus), coroner or constable holds a title too
    doc = make_doc(blank, "Lucas County Jailer Tom Ray Gabb said no.", [("Lucas County", "GPE")])
    assert ("Tom Ray Gabb", "person", "Jailer") in triples(doc)
    # ... not a day the model read after a title of two words (a review)
    doc = make_doc(blank, "The state's Attorney General Monday filed suit.", [("Monday", "DATE")])
    assert [t for t in triples(doc) if t[1] == "person"] == []


def test_ner_place_inside_a_body_name_is_the_body(blank: Language) -> None:
    text = "The U.S. Attorney's Office for the Western District of Texas filed the case."
    doc = make_doc(blank, text, [("the Western District", "LOC"), ("Texas", "GPE")])
    assert triples(doc) == [
        ("U.S. Attorney's Office for the Western District of Texas", "agency", "")
    ]


def test_ner_network_and_place_make_a_regional_outlet(blank: Language) -> None:
    text = "The mayor told ABC News Denver on Monday that ABC News was wrong."
    doc = make_doc(
        blank,
        text,
        [("ABC News", "MEDIA", "abc_news"), ("Denver", "GPE"), ("ABC News", "MEDIA", "abc_news")],
    )
    mentions = find_mentions(doc)
    assert [(m.text, m.type, m.canonical) for m in mentions] == [
        ("ABC News Denver", "media", ""),
        ("ABC News", "media", "abc_news"),
    ]


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # a president's administration is an administration
        (
            "The Obama administration appealed.",
            [("Obama", "PERSON")],
            [("Obama administration", "administration", "")],
        ),
        # a mayor's or a governor's is bound to that person, never read as a president's
        (
            "under the de Blasio administration",
            [("de Blasio", "PERSON")],
            [("de Blasio", "person", "")],
        ),
        (
            "Mayor Ana Ruiz spoke. The Ruiz administration appealed.",
            [("Ana Ruiz", "PERSON"), ("Ruiz administration", "PERSON")],
            [("Ana Ruiz", "person", "Mayor"), ("Ruiz", "person", "")],
        ),
    ],
)
def test_ner_administration_of_a_non_president_is_the_person(
    blank: Language, text: str, ents: list, expected: list
) -> None:
    assert triples(make_doc(blank, text, ents)) == expected


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # a two-word title before the name
        (
            "Attorney General Ruth Vance sued.",
            [("Ruth Vance", "PERSON")],
            [("Ruth Vance", "person", "Attorney General")],
        ),
        (
            "The state attorney general Ruth Vance sued.",
            [("Ruth Vance", "PERSON")],
            [("Ruth Vance", "person", "attorney general")],
        ),
        # a title with small words inside (found in a fresh corpus)
        (
            "Special Agent in Charge Ana Ruiz of HSI spoke.",
            [("Ana Ruiz", "PERSON"), ("HSI", "ORG")],
            [("Ana Ruiz", "person", "Special Agent in Charge"), ("HSI", "agency", "")],
        ),
        # a lower-case word at a person's name's end is not part of it
        (
            "Mayor Lee, Gov. Park slam port closure\nMayor Ann Lee spoke in Tacoma.",
            [("Park slam", "PERSON"), ("Ann Lee", "PERSON"), ("Tacoma", "GPE")],
            [
                ("Lee", "person", "Mayor"),
                ("Park", "person", "Gov."),
                ("Ann Lee", "person", "Mayor"),
                ("Tacoma", "jurisdiction", ""),
            ],
        ),
    ],
)
def test_ner_titles_and_person_words(
    blank: Language, text: str, ents: list, expected: list
) -> None:
    assert triples(make_doc(blank, text, ents)) == expected


@pytest.mark.parametrize(
    ("text", "place", "flagged"),
    [
        # a dateline's state the model left untagged is the story's state, flagged with it
        (
            "DAYTON, Ohio (AP) — Police arrested two men in Dayton.",
            "DAYTON",
            [("DAYTON", True), ("Ohio", True)],
        ),
        ("SPOKANE — The county sued the state.", "SPOKANE", [("SPOKANE", True)]),
        # a wire's dateline with its day (found on a probe of invented articles)
        (
            "GLASGOW, Mont., Feb. 10 (MNS) — Police arrested two men.",
            "GLASGOW",
            [("GLASGOW", True), ("Mont.", True)],
        ),
        ("Police arrested two men in Dayton — a first.", "Dayton", [("Dayton", False)]),
    ],
)
def test_ner_dateline_places_are_flagged(
    blank: Language, text: str, place: str, flagged: list[tuple[str, bool]]
) -> None:
    mentions = find_mentions(make_doc(blank, text, [(place, "GPE")]))
    assert [(m.text, m.dateline) for m in mentions] == flagged


@pytest.mark.parametrize(
    ("ents", "expected"),
    [
        # found in a fresh corpus: a name the model ran from the city across the dash
        ([("SPOKANE - Immigration", "ORG")], [("SPOKANE", True)]),
        ([("SPOKANE - Immigration Court", "ORG")],
         [("SPOKANE", True), ("Immigration Court", False)]),
    ],
)  # fmt: skip
def test_ner_a_name_run_across_a_datelines_dash_starts_after_it(
    blank: Language, ents: list, expected: list
) -> None:
    text = "SPOKANE - Immigration Court judges ruled that the county may not hold him."
    mentions = find_mentions(make_doc(blank, text, ents))
    assert [(m.text, m.dateline) for m in mentions] == expected


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # ... the church is a body (a saint's house of worship, found in probe277)
        (
            "They sang at St. Mark's Church on Sunday.",
            [("St. Mark", "GPE")],
            [("St. Mark's Church", "organization", "")],
        ),
        ("Pupils of Dayton Central High School marched.", [("Dayton", "GPE")], []),
        (
            "Pupils in Dayton marched to the school.",
            [("Dayton", "GPE")],
            [("Dayton", "jurisdiction", "")],
        ),
    ],
)
def test_ner_place_opening_a_longer_name_is_no_place(
    blank: Language, text: str, ents: list, expected: list
) -> None:
    assert triples(make_doc(blank, text, ents)) == expected


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # a body's name begins with a capital
        (
            "They fought federal immigration enforcement.",
            [("federal immigration enforcement", "ORG")],
            [],
        ),
        # the name's own last word types it
        (
            "The county signed an Intercounty Transit Agreement.",
            [("Intercounty Transit Agreement", "ORG")],
            [("Intercounty Transit Agreement", "law", "")],
        ),
        (
            "Delegates left the Spring Harbor Meeting early.",
            [("Spring Harbor Meeting", "PERSON")],
            [],
        ),
        # a reporter's contribution line
        (
            "The port closed.\nStaff writer Omar Pike in Tacoma contributed to this report.",
            [("Omar Pike", "PERSON"), ("Tacoma", "GPE")],
            [],
        ),
        # found in probe131 (read): a line that opens with who reported the story
        (
            "The port closed.\nReported by Omar Pike for Harbor Public Radio.",
            [("Omar Pike", "PERSON"), ("Harbor Public Radio", "ORG")],
            [("Harbor Public Radio", "media", "")],
        ),
        # found in a probe: a station's reporter named with it, telling what they found, is
        # no actor; a body's person told so stays one
        (
            "The jail opened. Valley News 7's Omar Pike reports the board will vote in May.",
            [("Valley News 7", "ORG"), ("Omar Pike", "PERSON")],
            [("Valley News 7", "organization", "")],
        ),
        (
            "The jail opened. The county's Omar Pike reported a loss.",
            [("Omar Pike", "PERSON")],
            [("Omar Pike", "person", "")],
        ),
        # found in probe261: the page's reporter, whom its byline credits, named in a video's
        # teaser; and (probe263) a photographer told by her newsroom's role
        (
            "By Omar Pike, Harbor 8 News\nThe jail opened.\n"
            "WATCH: Harbor 8's Omar Pike reports from outside the jail",
            [("Omar Pike", "PERSON"), ("Omar Pike", "PERSON")],
            [],
        ),
        (
            "The jail opened. Photographer Omar Pike reports agents at both gates.",
            [("Omar Pike", "PERSON")],
            [],
        ),
        ("The jail opened. Anchor Omar Pike has more.", [("Omar Pike", "PERSON")], []),
        # a review: a district's or a company's person is no station's reporter
        (
            "The jail opened. District 7's Omar Pike reported hearing from voters.",
            [("Omar Pike", "PERSON")],
            [("Omar Pike", "person", "")],
        ),
        (
            "The jail opened. KPMG's Omar Pike reported a loss.",
            [("KPMG", "ORG"), ("Omar Pike", "PERSON")],
            [("KPMG", "organization", ""), ("Omar Pike", "person", "")],
        ),
    ],
)
def test_ner_phrases_and_name_heads(blank: Language, text: str, ents: list, expected: list) -> None:
    assert triples(make_doc(blank, text, ents)) == expected


def test_ner_a_person_sharing_only_a_surname_with_the_reporter_stays(blank: Language) -> None:
    text = "By Omar Pike, Harbor 8 News\nThe jail opened. Sheriff Lena Pike spoke."
    found = triples(make_doc(blank, text, [("Lena Pike", "PERSON")]))
    assert ("Lena Pike", "person", "Sheriff") in found


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # a possessive inside an appositive title
        (
            "Ruth Vance, the state's attorney general, said the law was void.",
            [("Ruth Vance", "PERSON")],
            [("Ruth Vance", "person", "state's attorney general")],
        ),
        # a possessive title after a county: the place ends before it
        (
            "Dane County State's Attorney Lou Park said so.",
            [("Dane County State's", "GPE"), ("Lou Park", "PERSON")],
            [("Dane County", "jurisdiction", ""), ("Lou Park", "person", "State's Attorney")],
        ),
    ],
)
def test_ner_possessive_titles(blank: Language, text: str, ents: list, expected: list) -> None:
    assert triples(make_doc(blank, text, ents)) == expected


def test_ner_outlet_named_as_a_quote_source_is_flagged(blank: Language) -> None:
    text = "Ann Lee told the Daily Planet that KXYZ News had it wrong."
    doc = make_doc(
        blank, text, [("Ann Lee", "PERSON"), ("Daily Planet", "MEDIA"), ("KXYZ News", "MEDIA")]
    )
    flags = [(m.text, m.attribution) for m in find_mentions(doc)]
    assert flags == [("Ann Lee", False), ("Daily Planet", True), ("KXYZ News", False)]
    # found in probe165: the page's paper told of by its last word, which the model read
    # as a person, is the outlet told, no one of the story
    text = "Ann Lee told the Herald on Friday that Tom Herald had it wrong."
    doc = make_doc(blank, text, [("Ann Lee", "PERSON"), ("Herald", "PERSON"),
                                 ("Tom Herald", "PERSON")])  # fmt: skip
    flags = [(m.text, m.type, m.attribution) for m in find_mentions(doc)]
    assert flags == [("Ann Lee", "person", False), ("Herald", "media", True),
                     ("Tom Herald", "person", False)]  # fmt: skip


def test_ner_credit_line_of_its_own(blank: Language) -> None:
    text = "The port closed.\nAP photo/Omar Pike\nMayor Ann Lee spoke."
    doc = make_doc(blank, text, [("Omar Pike", "PERSON"), ("Ann Lee", "PERSON")])
    assert triples(doc) == [("Ann Lee", "person", "Mayor")]


def test_ner_body_name_starts_at_its_first_capital(blank: Language) -> None:
    text = "The state Department of Parks closed the trail."
    doc = make_doc(blank, text, [("state Department of Parks", "ORG")])
    assert triples(doc) == [("Department of Parks", "agency", "")]


def test_ner_name_after_a_title_must_be_proper_nouns_when_tagged(blank: Language) -> None:
    doc = make_doc(blank, "The Head Start Program grew.", [])
    for token, pos in zip(doc, ["DET", "NOUN", "PROPN", "NOUN", "VERB", "PUNCT"], strict=True):
        token.pos_ = pos
    assert triples(doc) == []


def test_ner_outlet_in_a_dateline_is_media(blank: Language) -> None:
    text = "SALEM, Ore. (KXYZ) — The county sued."
    doc = make_doc(blank, text, [("SALEM", "GPE"), ("KXYZ", "ORG")])
    got = [(m.text, m.type, m.dateline, m.attribution) for m in find_mentions(doc)]
    assert got == [
        ("SALEM", "jurisdiction", True, False),
        ("Ore.", "jurisdiction", True, False),  # the dateline's state, untagged by the model
        ("KXYZ", "media", False, True),
    ]


def test_ner_outlet_in_a_credit_is_kept_and_flagged(blank: Language) -> None:
    text = "A crowd waited. (AP Photo/John Doe)"
    doc = make_doc(blank, text, [("AP", "ORG"), ("John Doe", "PERSON")])
    assert [(m.text, m.type, m.attribution) for m in find_mentions(doc)] == [("AP", "media", True)]


def test_ner_dateline_city_the_model_missed(blank: Language) -> None:
    doc = make_doc(blank, "DUNEDIN, Fla. – The county sued.", [("Fla.", "GPE")])
    got = [(m.text, m.type, m.dateline) for m in find_mentions(doc)]
    assert got == [("DUNEDIN", "jurisdiction", True), ("Fla.", "jurisdiction", True)]


def test_ner_dateline_town_too_small_for_the_gazetteer(blank: Language) -> None:
    # the model took a word of the capitals for a body; the state written with it places it
    doc = make_doc(blank, "PINE HOLLOW, Ariz. – The county sued.", [("PINE", "ORG"),
                                                                     ("Ariz.", "GPE")])  # fmt: skip
    got = [(m.text, m.type, m.dateline) for m in find_mentions(doc)]
    assert got == [("PINE HOLLOW", "jurisdiction", True), ("Ariz.", "jurisdiction", True)]


def test_ner_dateline_city_of_a_short_word(blank: Language) -> None:
    # found in a fresh corpus: the model took "ST" of "ST. ALBANS" for the place; the town
    # of the state the page names is the whole city
    text = "ST. ALBANS -- The crowd marched in Vermont.\n\nFT. MYERS, Fla. -- The county sued."
    ents = [("ST", "GPE"), ("Vermont", "GPE"), ("MYERS", "ORG"), ("Fla.", "GPE")]
    got = [(m.text, m.type, m.dateline) for m in find_mentions(make_doc(blank, text, ents))]
    assert got == [
        ("ST. ALBANS", "jurisdiction", True),
        ("Vermont", "jurisdiction", False),
        ("FT. MYERS", "jurisdiction", True),
        ("Fla.", "jurisdiction", True),
    ]


def test_ner_dateline_city_of_several_states_with_no_state_told(blank: Language) -> None:
    # found in probe265: a local paper's "LANCASTER —", a city of several states, which the
    # corpus places; a dateline's state still decides when it is told
    text = "LANCASTER — City Council voted 6-1 Tuesday night.\nThe mayor spoke."
    got = [(m.text, m.type, m.dateline) for m in find_mentions(make_doc(blank, text, []))]
    assert got[0] == ("LANCASTER", "jurisdiction", True)


def test_ner_title_of_a_place_keeps_the_place(blank: Language) -> None:
    doc = make_doc(
        blank,
        "Tom Dart, the Sheriff of Dane County, spoke.",
        [("Tom Dart", "PERSON"), ("Dane County", "GPE")],
    )
    assert [(m.text, m.type) for m in find_mentions(doc)] == [
        ("Tom Dart", "person"),
        ("Dane County", "jurisdiction"),
    ]


def test_ner_apostrophe_surname_joins_the_name(blank: Language) -> None:
    doc = make_doc(blank, "said Ana Pitts O’Keefe, a spokesperson.", [("Ana Pitts", "PERSON")])
    assert triples(doc) == [("Ana Pitts O’Keefe", "person", "spokesperson")]


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # a group's name the model missed, known by its last word
        (
            "The Ohio Migrant Justice Project reviewed the records.",
            [],
            [("Ohio Migrant Justice Project", "organization", "")],
        ),
        # two groups joined by "and" are two; "and" inside one name stays
        (
            "The Ohio Immigrant Alliance and the Lake Erie Justice Project spoke.",
            [],
            [
                ("Ohio Immigrant Alliance", "organization", ""),
                ("Lake Erie Justice Project", "organization", ""),
            ],
        ),
        (
            "The Gulf Coast Tenants and Workers Coalition met.",
            [],
            [("Gulf Coast Tenants and Workers Coalition", "organization", "")],
        ),
        # a person opening the run keeps the name; the group begins after "of the"
        (
            "Sheila Warren of the Delta Justice Project said so.",
            [("Sheila Warren", "PERSON")],
            [("Sheila Warren", "person", ""), ("Delta Justice Project", "organization", "")],
        ),
        # a "Law Center", a "Research Center": a group by its last two words, the model's
        # person read as a part of it (found in a fresh corpus)
        (
            "The Lake Erie Justice Research Center built the report.",
            [("Research Center", "PERSON")],
            [("Lake Erie Justice Research Center", "organization", "")],
        ),
        # a town's select board is a government body (found in a fresh corpus)
        (
            "The Erie Selectboard voted 4-1.",
            [("Erie Selectboard", "ORG")],
            [("Erie Selectboard", "agency", "")],
        ),
        # a community's council is a group, a city's an agency (found in a fresh corpus)
        (
            "The Erie Filipino Community Council met the Erie City Council.",
            [("Erie Filipino Community Council", "ORG"), ("Erie City Council", "ORG")],
            [
                ("Erie Filipino Community Council", "organization", ""),
                ("Erie City Council", "agency", ""),
            ],
        ),
        # ... and a group the model reads after "of the" stays as read: what comes before is
        # someone else
        (
            "Attorney Ana Ruiz of the Ohio Immigration Law Center spoke.",
            [("Ohio Immigration Law Center", "ORG")],
            [
                ("Ana Ruiz", "person", "Attorney"),
                ("Ohio Immigration Law Center", "organization", ""),
            ],
        ),
        # found in a fresh corpus: a title before the person, a group that puts its kind first
        (
            "Pastor Ana Ruiz of Iglesia Bautista Nueva Vida spoke.",
            [("Ana Ruiz", "PERSON")],
            [
                ("Ana Ruiz", "person", "Pastor"),
                ("Iglesia Bautista Nueva Vida", "organization", ""),
            ],
        ),
        # ... "Unidos" opens one too, the model's person notwithstanding (found in a fresh
        # corpus)
        (
            "Ana Ruiz, an organizer with Unidos Dover, spoke.",
            [("Ana Ruiz", "PERSON"), ("Unidos Dover", "PERSON")],
            [("Ana Ruiz", "person", "organizer"), ("Unidos Dover", "organization", "")],
        ),
        # (a review) ... and ends before a title and the one who holds it
        (
            "Unidos Dover President Ana Ruiz spoke.",
            [("Ana Ruiz", "PERSON")],
            [
                ("Unidos Dover", "organization", ""),
                ("Ana Ruiz", "person", "Unidos Dover President"),
            ],
        ),
        # ... and after a person the model did not read
        (
            "Ana Ruiz of Centro de Trabajadores Unidos spoke.",
            [],
            [("Centro de Trabajadores Unidos", "organization", "")],
        ),
        # ... and one a Spanish word of a group opens (probe309, probe313)
        (
            "An organizer with Voces de Utah Valley spoke.",
            [],
            [("Voces de Utah Valley", "organization", "")],
        ),
        (
            "Familias Unidas del Valle arranged carpools.",
            [],
            [("Familias Unidas del Valle", "organization", "")],
        ),
        # ... a building's "Center" is no group
        (
            "He spoke at the Lucas County Justice Center.",
            [],
            [("Lucas County", "jurisdiction", "")],
        ),
    ],
)
def test_ner_groups_named_by_their_head(
    blank: Language, text: str, ents: list, expected: list
) -> None:
    assert triples(make_doc(blank, text, ents)) == expected


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # the model starts the name after the hyphen: the whole is the body, of its type
        (
            "The Macon-Bibb County Commission voted.",
            [("Macon", "GPE"), ("Bibb County Commission", "ORG")],
            [("Macon-Bibb County Commission", "agency", "")],
        ),
        # or ends it before
        (
            "She lives in Wilkes-Barre now.",
            [("Wilkes", "GPE")],
            [("Wilkes-Barre", "jurisdiction", "")],
        ),
        # two places are two, and a prefix makes no name
        (
            "Towns on the Ohio-Kentucky border voted.",
            [("Ohio", "GPE"), ("Kentucky", "GPE")],
            [("Ohio", "jurisdiction", ""), ("Kentucky", "jurisdiction", "")],
        ),
        ("Anti-ICE protesters marched.", [("ICE", "ORG")], [("ICE", "agency", "")]),
        # found in a probe: a body the model missed, found by its head word after the hyphen
        (
            "She coordinates the Tri-Valley Immigrant Coalition.",
            [],
            [("Tri-Valley Immigrant Coalition", "organization", "")],
        ),
        # ... and a county's corrections center is a jail, a body of the government
        (
            "Records came from the Pine County Corrections Center.",
            [("Pine County Corrections Center", "ORG")],
            [("Pine County Corrections Center", "agency", "")],
        ),
        # a party's letter is no part of a name, nor a lower-case word
        (
            "Rep. Jo Smith, R-Lebanon, and the DHS-led task force.",
            [("Jo Smith", "PERSON"), ("Lebanon", "GPE"), ("DHS", "ORG")],
            [
                ("Jo Smith", "person", "Rep."),
                ("Lebanon", "jurisdiction", ""),
                ("DHS", "agency", ""),
            ],
        ),
    ],
)
def test_ner_hyphenated_names_are_one(
    blank: Language, text: str, ents: list, expected: list
) -> None:
    assert triples(make_doc(blank, text, ents)) == expected


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # a word the gazetteer knows no American place by, opening a longer untagged name
        # (a business's, since "Poultry" is read as the word of what a company makes)
        (
            "Agents raided the Delta Prime Poultry plant in Carthage on Tuesday.",
            [("Delta", "LOC"), ("Carthage", "GPE")],
            [("Delta Prime Poultry", "organization", ""), ("Carthage", "jurisdiction", "")],
        ),
        # a known place opening a name stays, and so does one before a title
        (
            "Agents raided the Los Angeles Fashion District on Friday.",
            [("Los Angeles", "GPE")],
            [("Los Angeles", "jurisdiction", "")],
        ),
        (
            "Australian Prime Minister Ann Lee spoke.",
            [("Australian", "NORP"), ("Ann Lee", "PERSON")],
            [("Australian", "jurisdiction", ""), ("Ann Lee", "person", "")],
        ),
    ],
)
def test_ner_a_place_opening_an_untagged_name(
    blank: Language, text: str, ents: list, expected: list
) -> None:
    assert triples(make_doc(blank, text, ents)) == expected


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # a title and a name the model took for a body: the person
        (
            "Supervisor Harlan Coyle said the board would meet.",
            [("Supervisor Harlan Coyle", "ORG")],
            [("Harlan Coyle", "person", "Supervisor")],
        ),
        # ... whose first word ends a title begun before it (found in probe222)
        (
            "said Special Agent in Charge Harlan Coyle.",
            [("Charge Harlan Coyle", "ORG")],
            [("Harlan Coyle", "person", "Special Agent in Charge")],
        ),
        # ... not a company whose name begins with such a word
        (
            "Workers in Charge Point Inc. were detained.",
            [("Charge Point Inc.", "ORG")],
            [("Charge Point Inc.", "organization", "")],
        ),
        (
            "He was hiding in Charge Hill Mercantile, a store.",
            [("Charge Hill Mercantile", "ORG")],
            [("Charge Hill Mercantile", "organization", "")],
        ),
        # a body that is only a title's first word ("State" of "State Rep.") is no name
        (
            "State Rep. Maria Lopez introduced the bill.",
            [("State", "ORG"), ("Maria Lopez", "PERSON")],
            [("Maria Lopez", "person", "State Rep.")],
        ),
        (
            "Councilor Ingrid Sato voted no.",
            [("Councilor Ingrid Sato", "PERSON")],
            [("Ingrid Sato", "person", "Councilor")],
        ),
        # a title two names share, and a juror's and a priest's (found in a fresh corpus)
        (
            "Magistrates Ada Voss and Tom Reyes voted no.",
            [("Magistrates Ada Voss", "PERSON"), ("Tom Reyes", "PERSON")],
            [("Ada Voss", "person", "Magistrates"), ("Tom Reyes", "person", "")],
        ),
        (
            "Juror Keira Bastien voted no.",
            [("Juror Keira Bastien", "PERSON")],
            [("Keira Bastien", "person", "Juror")],
        ),
        (
            "Father Tomas Wiel of St. Ann Church spoke.",
            [("St. Ann Church", "ORG")],
            [("Tomas Wiel", "person", "Father"), ("St. Ann Church", "organization", "")],
        ),
        # an appositive whose head is a body's makes a "person" that body
        (
            "Frontera Unida, an advocacy group, sued the county.",
            [("Frontera Unida", "PERSON")],
            [("Frontera Unida", "organization", "")],
        ),
        (
            "John Smith, a company founder, sued the county.",
            [("John Smith", "PERSON")],
            [("John Smith", "person", "")],
        ),
        # a kind noun with its modifier before the name (found by a probe on invented articles)
        (
            "Ana Ruiz, who runs the Yuma-based group Caminos del Sur, spoke.",
            [("Ana Ruiz", "PERSON"), ("Caminos del Sur", "PERSON")],
            [("Ana Ruiz", "person", ""), ("Caminos del Sur", "organization", "")],
        ),
        (
            "The group Maria Lopez founded grew.",
            [("Maria Lopez", "PERSON")],
            [("Maria Lopez", "person", "")],
        ),
        # a role of several words whose head alone is no person's (found in a probe); a
        # bank's "agent" stays a body
        (
            "Nora Pell, the special agent in charge of the Fargo office, spoke.",
            [("Nora Pell", "ORG")],
            [("Nora Pell", "person", "special agent in charge")],
        ),
        (
            "Dale Ostrow, the officer in charge, spoke.",
            [("Dale Ostrow", "ORG")],
            [("Dale Ostrow", "person", "officer in charge")],
        ),
        (
            "Prairie Trust Bank, the agent for the lenders, spoke.",
            [("Prairie Trust Bank", "ORG")],
            [("Prairie Trust Bank", "organization", "")],
        ),
        # found in probe269: a person by their work, read as a place
        (
            "They followed the case of Tomas Ibarra, the Dover Hawks coach, all week.",
            [("Tomas Ibarra", "GPE"), ("Dover Hawks", "ORG")],
            [("Tomas Ibarra", "person", ""), ("Dover Hawks", "organization", "")],
        ),
        (
            "Agents arrested Rosa Pinto, a roofer from Dover, on Friday.",
            [("Rosa Pinto", "ORG"), ("Dover", "GPE")],
            [("Rosa Pinto", "person", ""), ("Dover", "jurisdiction", "")],
        ),
        # ... not a body or a place those words describe (a review)
        (
            "Roto-Rooter, the nation's largest plumber, said it would comply.",
            [("Roto-Rooter", "ORG")],
            [("Roto-Rooter", "organization", "")],
        ),
        (
            "Tuskegee, a veteran of civil rights battles, passed a resolution.",
            [("Tuskegee", "GPE")],
            [("Tuskegee", "jurisdiction", "")],
        ),
        (
            "Harbor Refugee Service, a veteran of resettlement work, said.",
            [("Harbor Refugee Service", "ORG")],
            [("Harbor Refugee Service", "agency", "")],
        ),
    ],
)
def test_ner_titles_and_appositives_type_names(
    blank: Language, text: str, ents: list, expected: list
) -> None:
    assert triples(make_doc(blank, text, ents)) == expected


def test_ner_a_facility_that_opens_with_a_titles_last_word_is_the_person_after_it(
    blank: Language,
) -> None:
    # found in probe270: the model's FAC "Charge Gregory Vane" (an ORG had been read so)
    text = "The raid was planned, said HSI Special Agent in Charge Gregory Vane."
    doc = make_doc(blank, text, [("HSI", "ORG"), ("Charge Gregory Vane", "FAC")])
    for token in doc:
        token.pos_ = "PROPN" if token.is_title else "VERB"
    assert ("Gregory Vane", "person") in [(t[0], t[1]) for t in triples(doc)]


def test_ner_a_pronoun_a_title_case_headline_capitalised_is_no_name(blank: Language) -> None:
    doc = make_doc(
        blank, "Coach Walked Out And Hugged Us\nThe US said", [("Us", "GPE"), ("US", "GPE")]
    )
    assert [m.text for m in find_mentions(doc)] == ["US"]


def test_ner_an_ordinal_joins_only_a_numbered_body(blank: Language) -> None:
    doc = make_doc(blank, "The 3rd ICE raid happened in Dayton.", [("ICE", "AGENCY", "ice")])
    assert [m.text for m in find_mentions(doc)] == ["ICE"]


def test_ner_the_city_of_a_body_keeps_the_body(blank: Language) -> None:
    doc = make_doc(blank, "The City of Dayton Police Department arrested two men.",
                   [("Dayton Police Department", "ORG")])  # fmt: skip
    assert triples(doc) == [("Dayton Police Department", "agency", "")]


def test_ner_a_lowercase_name_only_by_a_table_rule(blank: Language) -> None:
    # "un" of Spanish text is no United Nations; "immigration courts" is, by its ruler id
    ents = [("un", "ORG"), ("immigration courts", "AGENCY", "immigration_courts")]
    doc = make_doc(blank, "No era un criminal, and the immigration courts agreed.", ents)
    assert [m.text for m in find_mentions(doc)] == ["immigration courts"]


# --- bodies named by their head words (graphx.extract.headed); the cases were found by a
# probe on invented articles, the sentences here are invented too ---------------------


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # a facility's name the model cut in two is one agency
        (
            "Detainees at the Pike Hollow ICE Processing Center went hungry.",
            [("the Pike Hollow", "ORG"), ("ICE", "AGENCY", "ice")],
            [("Pike Hollow ICE Processing Center", "agency", "")],
        ),
        # a facility's name the model missed, its first word with an accent
        (
            "Guards at the Tomé Valley County Detention Center refused.",
            [],
            [("Tomé Valley County Detention Center", "agency", "")],
        ),
        # a group's name the model missed, with "and" inside, after a sentence's "The"
        (
            "The Cascadia Tenant and Worker Rights Coalition said it would sue.",
            [],
            [("Cascadia Tenant and Worker Rights Coalition", "organization", "")],
        ),
        # a network of groups is no outlet
        (
            "Volunteers from the Gulf Detention Watch Network toured it.",
            [("Gulf Detention Watch Network", "ORG")],
            [("Gulf Detention Watch Network", "organization", "")],
        ),
        # a head word alone, or lower case, names nothing
        ("The jail and the detention center were full.", [], []),
    ],
)
def test_ner_headed_named_bodies(blank: Language, text: str, ents: list, expected: list) -> None:
    assert triples(make_doc(blank, text, ents)) == expected


@pytest.mark.parametrize(
    ("text", "ents"),
    [
        # found in probe310: a sector chief's title made the sector a person
        ("Del Rio Sector Chief Amos Tate said it.", [("Del Rio Sector", "PERSON")]),
        ("Agents of the Marfa Sector found them.", [("Marfa Sector", "PERSON")]),
        ("The Omaha Field Office said so.", [("Omaha Field Office", "PERSON")]),
    ],
)
def test_ner_a_sector_or_a_field_office_read_as_a_person_is_an_agency(
    blank: Language, text: str, ents: list
) -> None:
    found = find_mentions(make_doc(blank, text, ents))
    assert (found[0].text, found[0].type) == (ents[0][0], "agency")


def test_ner_a_person_named_like_a_sector_stays_a_person(blank: Language) -> None:
    # a review: a grower's surname is no Border Patrol sector of no place
    doc = make_doc(blank, "Timothy Sector grows almonds.", [("Timothy Sector", "PERSON")])
    assert [(m.text, m.type) for m in find_mentions(doc)] == [("Timothy Sector", "person")]


def test_ner_a_union_locals_number_is_part_of_its_name(blank: Language) -> None:
    # found in probe240: the number was read as a product's model, and the union dropped
    ents = [("Packinghouse Workers Local", "ORG"), ("417", "CARDINAL")]
    doc = make_doc(blank, "Members of Packinghouse Workers Local 417 walked out.", ents)
    assert triples(doc) == [("Packinghouse Workers Local 417", "organization", "")]
    # ... not a count after it (a review)
    ents = [("Packinghouse Workers Local", "ORG")]
    doc = make_doc(blank, "She joined Packinghouse Workers Local 20 years ago.", ents)
    assert triples(doc) == [("Packinghouse Workers Local", "organization", "")]
    # ... while a maker's name before a model's number stays no entity
    doc = make_doc(blank, "The Boeing 737 was grounded.", [("Boeing", "ORG"), ("737", "PRODUCT")])
    assert triples(doc) == []


def test_ner_headed_chapter_of_a_group_in_a_state(blank: Language) -> None:
    ents = [("ACLU", "ORG", "aclu"), ("Nevada", "GPE")]
    doc = make_doc(blank, "Lawyers for the ACLU of Nevada filed suit.", ents)
    assert triples(doc) == [("ACLU of Nevada", "organization", "")]


def test_ner_headed_chapter_in_a_state_the_model_left_untagged(blank: Language) -> None:
    # found in a fresh corpus: a state's name at the sentence's end, no entity of the model
    ents = [("ACLU", "ORG", "aclu")]
    doc = make_doc(blank, "The suit was filed by the ACLU of New Hampshire.", ents)
    assert triples(doc) == [("ACLU of New Hampshire", "organization", "")]
    # ... an untagged town is no state ("of Reno")
    doc = make_doc(blank, "The suit was filed by the ACLU of Reno.", ents)
    assert triples(doc) == [("ACLU", "organization", "")]


def test_ner_headed_chapter_needs_a_state(blank: Language) -> None:
    ents = [("ACLU", "ORG", "aclu"), ("Reno", "GPE")]
    doc = make_doc(blank, "Lawyers for the ACLU of Reno filed suit.", ents)
    assert triples(doc) == [("ACLU", "organization", ""), ("Reno", "jurisdiction", "")]


def test_ner_headed_state_chamber_is_not_the_national_one(blank: Language) -> None:
    doc = make_doc(blank, "The bill cleared the state Senate on Friday.",
                   [("Senate", "AGENCY", "senate")])  # fmt: skip
    mentions = [(m.text, m.type, m.canonical) for m in find_mentions(doc)]
    assert mentions == [("state Senate", "agency", "")]


@needs_model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place before a title held there, though the model typed it a body
        ("Duluth Mayor Karin Solheim vetoed the ordinance.", ("Duluth", "jurisdiction")),
        ("Ohio Gov. Mike DeWine signed the bill.", ("Ohio", "jurisdiction")),
        # ... or a person (found in probe81 (working), checked on invented sentences)
        ("Sioux Falls Mayor Paul TenHaken spoke on Monday.", ("Sioux Falls", "jurisdiction")),
        ("The mayor of Sioux Falls spoke on Tuesday.", ("Sioux Falls", "jurisdiction")),
        # a company or a school before its officer stays a body
        ("Apple CEO Tim Cook spoke on Monday.", ("Apple", "organization")),
        ("Columbia President Minouche Shafik testified on Monday.", ("Columbia", "organization")),
        # a judicial circuit is a court
        ("Chief Judge Ann Lee of the Eighth Judicial Circuit wrote to ICE.",
         ("Eighth Judicial Circuit", "agency")),
    ],
)  # fmt: skip
def test_ner_place_before_a_title_and_circuits(text: str, expected: tuple[str, str]) -> None:
    nlp = load_nlp(Settings())
    assert expected in [(m.text, m.type) for m in find_mentions(nlp(text))]


@needs_model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # found in probe82 (working): a name the model missed before what the person is
        ("ABBEVILLE, S.C. — Sheriff Lonnie Dayton on Thursday signed an agreement with ICE.\n\n"
         "Curtis Mayhew, field office director for ICE Enforcement and Removal Operations in "
         "Atlanta, joined Sheriff Dayton for the signing.", ("Curtis Mayhew", "person")),
        # a name after a title of several words (found in probe84, working)
        ("Justice of the Peace Leo Hartley of Eureka Springs moved to table the resolution.",
         ("Leo Hartley", "person")),
        # a name the model read as a work's title after a quote (found in probe245)
        ("\"It was the result of a yearlong investigation into the company's hiring "
         "practices,\" Marcus Delaney, the agency's director, said in a statement.",
         ("Marcus Delaney", "person")),
        # ... or before their trade (found in probe282, the model's product "Montes")
        ("Eliseo Montes, the roofer whose arrest outside a Belleville apartment complex drew "
         "wide attention, was released on Friday.", ("Eliseo Montes", "person")),
        # no name: a day, a word that opens a sentence, one before who spoke (a review)
        ("On Tuesday, a spokesman for the county said the jail was full.", None),
        ("At Mill Creek, a roofer said the crews had left.", None),
        ("Troopers stopped a Nissan Altima, a driver and two passengers inside, near Lake "
         "City on Tuesday.", None),
        ("Residents of Pine Bluff, a migrant-heavy town, said agents came Tuesday.", None),
        ("The founder of Open Door, a migrant from Honduras, was detained Tuesday.", None),
        ("The families sheltered at Holy Family Parish, a priest at the church said.", None),
        ("The vigil was organized by Voces Unidas, a director of the group said.", None),
        ("Meanwhile, a spokeswoman for the county said the jail was full.", None),
    ],
)  # fmt: skip
def test_ner_a_name_before_what_the_person_is(text: str, expected: tuple[str, str] | None) -> None:
    nlp = load_nlp(Settings())
    found = [(m.text, m.type) for m in find_mentions(nlp(text)) if m.type == "person"]
    if expected is None:
        assert found == []
    else:
        assert expected in found


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # the model splits a state's court or chamber into the state and the national body
        ("The Kansas Supreme Court ruled on Friday.",
         [("Kansas", "ORG"), ("Supreme Court", "AGENCY", "scotus")],
         [("Kansas Supreme Court", "agency", "")]),
        ("The bill cleared the Ohio Senate on Friday.",
         [("Ohio", "GPE"), ("Senate", "AGENCY", "senate")],
         [("Ohio Senate", "agency", "")]),
        # ... or a department of the national one's name (found in a fresh corpus)
        ("The grant passes through the Arizona Department of Homeland Security.",
         [("Arizona", "ORG"), ("Department of Homeland Security", "AGENCY", "dhs")],
         [("Arizona Department of Homeland Security", "agency", "")]),
        # a body only the nation has stays the nation's
        ("Texas ICE agents arrested 20 workers.",
         [("Texas", "GPE"), ("ICE", "AGENCY", "ice")],
         [("Texas", "jurisdiction", ""), ("ICE", "agency", "ice")]),
        # "in" is no state, though it is Indiana's postal code
        ("Workers in U.S. Immigration and Customs Enforcement custody died.",
         [("U.S. Immigration and Customs Enforcement", "AGENCY", "ice")],
         [("U.S. Immigration and Customs Enforcement", "agency", "ice")]),
        # a comma between them: a place, then the national body
        ("In Kansas, the Supreme Court ruled.",
         [("Kansas", "GPE"), ("Supreme Court", "AGENCY", "scotus")],
         [("Kansas", "jurisdiction", ""), ("Supreme Court", "agency", "scotus")]),
    ],
)  # fmt: skip
def test_ner_headed_a_states_own_body(
    blank: Language, text: str, ents: list[tuple[str, ...]], expected: list[tuple[str, str, str]]
) -> None:
    doc = make_doc(blank, text, ents)
    assert [(m.text, m.type, m.canonical) for m in find_mentions(doc)] == expected


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # a county the gazetteer knows is that county, whatever the model typed it
        (
            "Voters in Doña Ana County rejected the levy.",
            [("Doña Ana County", "PERSON")],
            [("Doña Ana County", "jurisdiction", "")],
        ),
        (
            "Deputies from Avoyelles Parish joined the search.",
            [("Avoyelles Parish", "ORG")],
            [("Avoyelles Parish", "jurisdiction", "")],
        ),
        # ... and begins where the gazetteer's name does (found in a fresh corpus: the model
        # read "Ana County")
        (
            "Officials said so.\n\nDoña Ana County stopped honoring detainers.",
            [("Ana County", "GPE")],
            [("Doña Ana County", "jurisdiction", "")],
        ),
        # ... not a county of its own with a word before it
        (
            "Mayor Lee of Ada County spoke.",
            [("Lee", "PERSON"), ("Ada County", "GPE")],
            [("Lee", "person", "Mayor"), ("Ada County", "jurisdiction", "")],
        ),
        # a county's body the model cut before its last word (found in a fresh corpus)
        (
            "The Avoyelles Parish Police Jury voted 5-4.",
            [("The Avoyelles Parish Police", "PERSON")],
            [("Avoyelles Parish Police Jury", "agency", "")],
        ),
        # a county the model left untagged, then its body's name: the body (found by a
        # probe on invented articles: "Allen" is a given name, the model tagged nothing)
        (
            "The deal lets the Allen Parish Sheriff's Office house 120 detainees.",
            [],
            [("Allen Parish Sheriff's Office", "agency", "")],
        ),
        # ... which the model cut at its possessive
        (
            "The deal lets the Allen Parish Sheriff's Office house 120 detainees.",
            [("the Allen Parish Sheriff", "PERSON")],
            [("Allen Parish Sheriff's Office", "agency", "")],
        ),
        # ... and a sentence's "The" is no part of the county
        (
            "The Avoyelles Parish Sheriff's Office did not respond.",
            [],
            [("Avoyelles Parish Sheriff's Office", "agency", "")],
        ),
        # an official's title after the county: the county, with no body
        (
            "The Avoyelles Parish Sheriff said the deal was done.",
            [],
            [("Avoyelles Parish", "jurisdiction", "")],
        ),
        (
            "Avoyelles Parish Sheriff Rosalind Hayes said so.",
            [("Avoyelles Parish", "GPE"), ("Rosalind Hayes", "PERSON")],
            [("Avoyelles Parish", "jurisdiction", ""), ("Rosalind Hayes", "person", "Sheriff")],
        ),
        # ... and the county alone stays the county
        (
            "He is held in the Avoyelles Parish jail.",
            [("Avoyelles Parish", "GPE")],
            [("Avoyelles Parish", "jurisdiction", "")],
        ),
        # a church's parish is no county
        (
            "Volunteers at St. Brendan Parish cooked dinner.",
            [("St. Brendan Parish", "ORG")],
            [("St. Brendan Parish", "organization", "")],
        ),
        # "an Ohio county" is some county of Ohio, not Ohio County
        (
            "An Ohio county sued the drugmakers.",
            [("Ohio county", "GPE")],
            [("Ohio", "jurisdiction", "")],
        ),
    ],
)
def test_ner_county_names(blank: Language, text: str, ents: list, expected: list) -> None:
    assert triples(make_doc(blank, text, ents)) == expected


def test_ner_surname_read_as_a_body_joins_the_name_after_a_title(blank: Language) -> None:
    # found by a probe on invented articles: an accented surname the model took for an ORG
    doc = make_doc(blank, "Board Chair Lucía Ferrán said the vote would wait.", [("Ferrán", "ORG")])
    assert triples(doc) == [("Lucía Ferrán", "person", "Chair")]


def _parsed(words: list[str], state: str) -> tuple[Doc, list]:
    """ "Detainees in STATE sued in TOWN .", parsed by hand, the state a place draft."""
    from graphx.extract.drafts import Draft

    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["Detainees", "in", state, "sued", *words, "."],
              pos=["NOUN", "ADP", "PROPN", "VERB", "ADP", "PROPN", "PUNCT"],
              heads=[3, 0, 1, 3, 3, 4, 3],
              deps=["nsubj", "prep", "pobj", "ROOT", "prep", "pobj", "punct"])  # fmt: skip
    return doc, [Draft(2, 3, "GPE", "jurisdiction")]


def test_ner_a_town_the_model_missed_in_a_state_the_text_names() -> None:
    from graphx.extract.retype import towns_of_named_states

    doc, drafts = _parsed(["in", "Lafayette"], "Louisiana")
    found = towns_of_named_states(doc, drafts)
    assert [(doc[d.start : d.end].text, d.type) for d in found] == [
        ("Louisiana", "jurisdiction"),
        ("Lafayette", "jurisdiction"),
    ]
    # no Lafayette in Nevada: a name the model did not tag stays untagged
    doc, drafts = _parsed(["in", "Lafayette"], "Nevada")
    assert towns_of_named_states(doc, drafts) == drafts
    # "Washington" may be the capital: it puts no Washington town in reach
    doc, drafts = _parsed(["in", "Spokane"], "Washington")
    assert towns_of_named_states(doc, drafts) == drafts


def test_ner_a_name_the_model_missed_before_an_age(blank: Language) -> None:
    # "Name, 29," is a person's name; the two last words of it, named alone later, too
    from spacy.tokens import Span

    text = (
        "Rosa Medina Tello, 29, was held. Medina Tello spoke. The Lakers, 45, won. Arrests rose "
        "in Ada Hills, 45, and Boise Falls, 12."
    )
    doc = blank(text)
    later = doc.char_span(text.index("Medina Tello spoke"), text.index(" spoke"))
    doc.ents = [Span(doc, later.start, later.end, "ORG")]
    assert [(m.text, m.type) for m in find_mentions(doc)] == [
        ("Rosa Medina Tello", "person"),
        ("Medina Tello", "person"),
    ]


def test_ner_a_body_whose_short_form_is_told_with_an_age_is_a_person(blank: Language) -> None:
    # found in probe107 and probe111: the model read three-word names as bodies, and the
    # short form with an age ("Ajanel, 27,") said whose they were; not a body named
    # after its owner ("Ortiz Family Farms" ... "Ortiz, 51,")
    text = (
        "Wilmer Ajanel Tzoc walked out of the jail on Friday. Ajanel, 27, a deckhand, was met "
        "by his partner. Ortiz Family Farms was raided. Ortiz, 51, spoke."
    )
    doc = make_doc(blank, text, [("Wilmer Ajanel Tzoc", "ORG"), ("Ortiz Family Farms", "ORG")])
    found = {m.text: m.type for m in find_mentions(doc)}
    assert found["Wilmer Ajanel Tzoc"] == "person"
    assert found["Ortiz Family Farms"] == "organization"
    # a review: a firm named after its partners or its family, or where lawyers work
    text = (
        "Lawyers at Siskind Susser filed the appeal. Susser, 60, spoke. Ochoa Garza Brothers "
        "sued. Garza, 50, spoke. Marin & Ochoa hired 40 people. Ochoa, 33, spoke."
    )
    names = [("Siskind Susser", "ORG"), ("Ochoa Garza Brothers", "ORG"), ("Marin & Ochoa", "ORG")]
    found = {m.text: m.type for m in find_mentions(make_doc(blank, text, names))}
    assert [found[name] for name, _ in names] == ["organization"] * 3


@NEEDS_MODEL[0]
@NEEDS_MODEL[1]
@pytest.mark.parametrize(
    ("text", "body", "expected"),
    [
        (
            "Pine County Board of Supervisors Chairman Morgan Keyser-Dean said so.",
            "Pine County Board of Supervisors Chairman Morgan Keyser-Dean",
            [("Pine County Board of Supervisors", "agency"), ("Morgan Keyser-Dean", "person")],
        ),
        (
            "Ohio County Board of Commissioners President Tom Ruiz spoke.",
            "Ohio County Board of Commissioners President Tom Ruiz",
            [("Ohio County Board of Commissioners", "agency"), ("Tom Ruiz", "person")],
        ),
        # a review: a spaced dash joins no surname
        (
            "Pine County Board of Supervisors Chairman Morgan Keyser - Republican - voted no.",
            "Pine County Board of Supervisors Chairman Morgan Keyser",
            [("Pine County Board of Supervisors", "agency"), ("Morgan Keyser", "person")],
        ),
        (
            "The money came from the Bureau of Justice Assistance.",
            "Bureau of Justice Assistance",
            [("Bureau of Justice Assistance", "agency")],
        ),
    ],
)
def test_ner_a_body_read_on_over_a_title_and_its_holder(
    nlp: Language, text: str, body: str, expected: list[tuple[str, str]]
) -> None:
    # found in a probe: a pattern ran a board's name on over its chairman; the title is
    # the last one, and one word after a title is no one ("Bureau of Justice Assistance")
    found = find_mentions(make_doc(nlp, text, [(body, "AGENCY")]))
    assert [(m.text, m.type) for m in found] == expected


@NEEDS_MODEL[0]
@NEEDS_MODEL[1]
def test_ner_a_body_whose_short_form_has_a_courtesy_title_is_a_person(nlp: Language) -> None:
    # found in probe111: a long name read as a body, its short form said whose it is
    text = (
        "Since Monday, Rosa de la Cruz Ibarra has called the jail. Ms. Ibarra was told "
        "nothing. Mr. Ochoa of Ochoa Roofing Supply declined to comment."
    )
    doc = make_doc(nlp, text, [("Rosa de la Cruz Ibarra", "ORG"), ("Ochoa Roofing Supply", "ORG")])
    found = {m.text: m.type for m in find_mentions(doc)}
    assert found["Rosa de la Cruz Ibarra"] == "person"
    assert found["Ochoa Roofing Supply"] == "organization"  # its first word, and a firm
    # a review: firms and schools named after people, whose people are told alone
    text = (
        "Vega Solis Holdings owns the farm. Mr. Solis declined to comment. Tate Morrow "
        "Academy enrolled 30 students. Ms. Morrow said the school welcomed them."
    )
    doc = make_doc(nlp, text, [("Vega Solis Holdings", "ORG"), ("Tate Morrow Academy", "ORG")])
    found = {m.text: m.type for m in find_mentions(doc)}
    assert found["Vega Solis Holdings"] == "organization"
    assert found["Tate Morrow Academy"] == "organization"


@NEEDS_MODEL[0]
@NEEDS_MODEL[1]
def test_ner_a_body_whose_short_form_says_she_did_something_is_a_person(nlp: Language) -> None:
    # found in probe111: "... Robles said she learned Thursday night that ..."
    text = (
        "Since Monday, Rosa de la Cruz Ibarra has called the jail a dozen times. Ibarra said "
        "she learned on Thursday that her husband was held in Tacoma."
    )
    doc = make_doc(nlp, text, [("Rosa de la Cruz Ibarra", "ORG")])
    found = {m.text: m.type for m in find_mentions(doc)}
    assert found["Rosa de la Cruz Ibarra"] == "person"
    # a body's word told alone as a saying's subject says nothing of a person
    text = "Sunrise Valley Growers hired 40 workers. Growers said they needed more."
    doc = make_doc(nlp, text, [("Sunrise Valley Growers", "ORG")])
    assert {m.text: m.type for m in find_mentions(doc)}["Sunrise Valley Growers"] == "organization"


def test_ner_a_county_whose_name_the_model_took_for_a_nationality(blank: Language) -> None:
    # "Canadian" of "Canadian County Sheriff ..." is the Oklahoma county, not Canada
    doc = make_doc(blank, "Canadian County Sheriff Ann Lee spoke.", [("Canadian", "NORP")])
    assert [(m.text, m.type) for m in find_mentions(doc)][0] == ("Canadian County", "jurisdiction")
    # a nationality before a word that is no county's stays one
    doc = make_doc(blank, "Canadian officials spoke.", [("Canadian", "NORP")])
    assert [m.text for m in find_mentions(doc)] == ["Canadian"]


def test_ner_a_speaker_the_model_missed_after_said(blank: Language) -> None:
    # the model read no one, or a product, where the quote's speaker is named
    text = '"It is wrong," said Ana Ruiz, a spokeswoman. "We sued," said Bo Lind. It said Monday.'
    doc = make_doc(blank, text, [("Bo Lind", "PRODUCT")])
    assert [(m.text, m.type) for m in find_mentions(doc)] == [
        ("Ana Ruiz", "person"),
        ("Bo Lind", "person"),
    ]


# --- people and towns the model read as bodies (found in fresh corpora) ---------------------


def test_ner_a_name_after_a_lower_case_title_is_a_person(blank: Language) -> None:
    text = "Agency spokeswoman Dana Pruett said so. The deputy Homeland Security secretary spoke."
    doc = make_doc(blank, text, [("Dana Pruett", "ORG"), ("Homeland Security", "ORG")])
    assert [(m.text, m.type) for m in find_mentions(doc)] == [
        ("Dana Pruett", "person"),
        ("Homeland Security", "agency"),
    ]


def test_ner_a_name_the_model_missed_before_a_role(blank: Language) -> None:
    text = "Tomas Arriaga Pena, an organizer with the group, spoke. That April, a judge ruled."
    assert [(m.text, m.type) for m in find_mentions(blank(text))] == [
        ("Tomas Arriaga Pena", "person"),
    ]


def test_ner_a_group_named_in_a_person_s_role_makes_her_no_group(blank: Language) -> None:
    # "the group's policy director" describes a person, not a group
    text = '"We won," said Lia Brandt Soto, the group\'s policy director. Joe Kerr, a group, sued.'
    doc = make_doc(blank, text, [("Lia Brandt Soto", "PERSON"), ("Joe Kerr", "PERSON")])
    assert [(m.text, m.type) for m in find_mentions(doc)] == [
        ("Lia Brandt Soto", "person"),
        ("Joe Kerr", "organization"),
    ]


def test_ner_a_group_named_after_the_group(blank: Language) -> None:
    text = "Ana Ruiz of the group Pueblo Unido, spoke."
    doc = make_doc(blank, text, [("Ana Ruiz", "PERSON"), ("Pueblo Unido", "PERSON")])
    assert [(m.text, m.type) for m in find_mentions(doc)] == [
        ("Ana Ruiz", "person"),
        ("Pueblo Unido", "organization"),
    ]


def test_ner_a_town_the_model_read_as_a_group(blank: Language) -> None:
    # Sabetha is a Kansas town of some 2,500 people; "Marsh" is a surname here
    text = "Deputies in Kansas held a Sabetha man. Ann Marsh spoke for Marsh."
    doc = make_doc(
        blank, text, [("Kansas", "GPE"), ("Sabetha", "ORG"), ("Ann Marsh", "PERSON"),
                      ("Marsh", "ORG")],
    )  # fmt: skip
    assert [(m.text, m.type) for m in find_mentions(doc)][:2] == [
        ("Kansas", "jurisdiction"),
        ("Sabetha", "jurisdiction"),
    ]
    assert ("Marsh", "jurisdiction") not in [(m.text, m.type) for m in find_mentions(doc)]


def test_ner_a_town_a_stretch_runs_to_is_a_town(blank: Language) -> None:
    # found in probe282: "churches from Hazelwood to Ferguson" (both Missouri towns), read as
    # two groups; Sedalia and Rolla are Missouri towns
    text = (
        "Churches in Missouri, from Sedalia to Rolla, wrote to the court. Tom Park wrote to "
        "Rolla Inc."
    )
    doc = make_doc(
        blank, text, [("Missouri", "GPE"), ("Sedalia", "ORG"), ("Rolla", "ORG"),
                      ("Tom Park", "PERSON"), ("Rolla Inc.", "ORG")],
    )  # fmt: skip
    assert [(m.text, m.type) for m in find_mentions(doc)] == [
        ("Missouri", "jurisdiction"),
        ("Sedalia", "jurisdiction"),
        ("Rolla", "jurisdiction"),
        ("Tom Park", "person"),
        ("Rolla Inc.", "organization"),
    ]


def test_ner_a_stretch_from_no_place_runs_to_no_town(blank: Language) -> None:
    # a review: a grant's way from one group to another; Liberty is a Missouri town too
    text = "In Missouri, the grant passed from Catholic Charities to Liberty last spring."
    doc = make_doc(
        blank, text, [("Missouri", "GPE"), ("Catholic Charities", "ORG"), ("Liberty", "ORG")]
    )
    assert ("Liberty", "organization") in [(m.text, m.type) for m in find_mentions(doc)]


def test_ner_a_town_of_two_words_the_model_read_as_a_group(blank: Language) -> None:
    # found in probe84 (working): Green Forest is an Arkansas town of some 2,700 people
    text = "Ann Lee of Green Forest said Arkansas law was clear. Green Forest Foods spoke."
    doc = make_doc(
        blank, text, [("Ann Lee", "PERSON"), ("Green Forest", "ORG"), ("Arkansas", "GPE"),
                      ("Green Forest Foods", "ORG")],
    )  # fmt: skip
    assert [(m.text, m.type) for m in find_mentions(doc)] == [
        ("Ann Lee", "person"),
        ("Green Forest", "jurisdiction"),
        ("Arkansas", "jurisdiction"),
        ("Green Forest Foods", "organization"),
    ]


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # found in fresh corpora: a group's name with its kind first, read as a place, cut
        # short, or run into the day after it
        ("About 300 people crowded into Iglesia Nueva Vida on Sunday.",
         [("Iglesia Nueva", "LOC"), ("Sunday", "DATE")], [("Iglesia Nueva Vida", "organization")]),
        ("Candles lined the steps of Iglesia Bautista Nueva Vida on Thursday night.",
         [("Iglesia", "GPE"), ("Thursday", "DATE")],
         [("Iglesia Bautista Nueva Vida", "organization")]),
        # ... never a place the gazetteer knows, nor a street, and two such names are two
        # (a review)
        ("The Casa Grande Dispatch reported it.", [], []),
        ("The raid happened near Centro Street on Tuesday.", [("Tuesday", "DATE")], []),
        ("It was organized by Casa de Esperanza and Comunidad Latina.", [],
         [("Casa de Esperanza", "organization"), ("Comunidad Latina", "organization")]),
        # ... nor a group's name and the person after it (a review in session 67: "Ana Ruiz
        # of Centro de Trabajadores Unidos and Luis Gómez of the ACLU" was one group)
        ("It was organized by Centro de Trabajadores Unidos and Luis Gómez.",
         [("Luis Gómez", "PERSON")],
         [("Centro de Trabajadores Unidos", "organization"), ("Luis Gómez", "person")]),
        # found in probe142 (working): the day before a group's name is no part of it
        ("Today the Columbia Basin Farmworker Legal Project filed a lawsuit.",
         [("the Columbia Basin Farmworker Legal Project", "FAC")],
         [("Columbia Basin Farmworker Legal Project", "organization")]),
        ("On Monday the Immigrant Law Center sued.",
         [("Monday", "DATE"), ("the Immigrant Law Center", "LAW")],
         [("Immigrant Law Center", "organization")]),
        # ... nor the street it is on (a review)
        ("The workshop is at Iglesia Bautista Hispana on Martin Luther King Jr. Drive.", [],
         [("Iglesia Bautista Hispana", "organization")]),
        # found in probe285: the model's "person" cut before "del" opens with the group's
        # kind, after someone or alone
        ("said Rosa Tzul of Alianza Obrera del Sur, the group that organized it.",
         [("Rosa Tzul", "PERSON"), ("Alianza Obrera", "PERSON")],
         [("Rosa Tzul", "person"), ("Alianza Obrera del Sur", "organization")]),
        ("Alianza Obrera del Sur organized the vigil.", [("Alianza Obrera", "PERSON")],
         [("Alianza Obrera del Sur", "organization")]),
    ],
)  # fmt: skip
def test_ner_a_group_named_kind_first(
    blank: Language, text: str, ents: list[tuple[str, str]], expected: list[tuple[str, str]]
) -> None:
    doc = make_doc(blank, text, ents)
    assert [(m.text, m.type) for m in find_mentions(doc) if m.type != "jurisdiction"] == expected


def test_ner_a_role_told_with_its_body_s_name(blank: Language) -> None:
    # found in a fresh corpus: "said Lidia Portillo, a TIRRC organizer"; the name before the
    # role is the body's, the role the person's (read as a body, or missed)
    text = "said Rosa Quintal, a TIRRC organizer. Ana Ruiz Paz, a Tucson attorney, spoke."
    doc = make_doc(blank, text, [("Rosa Quintal", "ORG"), ("Tucson", "GPE")])
    assert [(m.text, m.type) for m in find_mentions(doc)] == [
        ("Rosa Quintal", "person"),
        ("Ana Ruiz Paz", "person"),
        ("Tucson", "jurisdiction"),
    ]
    # ... a capitalised word is no role ("Head" is a title; a review)
    doc = blank("Fresh Start, a Head Start program, closed.")
    assert [(m.text, m.type) for m in find_mentions(doc)] == []


def test_ner_people_the_model_took_for_bodies_by_what_they_are_told_as(blank: Language) -> None:
    # found in fresh corpora: a name after the noun it stands for ("his wife, Yesenia
    # Corral, said"), a role after an age ("a 22-year-old nursing student"), and a title
    # after a place the model read as one body with the name ("Boone County Jailer Ed
    # Collier"); all read as bodies
    text = (
        "He was held, his wife, Rosa Quintal, said. Lena Ortiz, a 24-year-old nursing "
        "student, spoke. The suit named Hardin County Jailer Tom Reyes Ibarra. The town's "
        "largest employer, Tyson Foods, spoke."
    )
    ents = [
        ("Rosa Quintal", "ORG"), ("Lena Ortiz", "ORG"),
        ("Hardin County Jailer Tom Reyes Ibarra", "ORG"), ("Tyson Foods", "ORG"),
    ]  # fmt: skip
    assert [(m.text, m.type) for m in find_mentions(make_doc(blank, text, ents))] == [
        ("Rosa Quintal", "person"),
        ("Lena Ortiz", "person"),
        ("Tom Reyes Ibarra", "person"),
        ("Tyson Foods", "organization"),  # an employer is a body
    ]


@needs_model
def test_ner_a_first_name_the_model_left_out() -> None:
    # found in a fresh corpus: "Keely Thorsen, a spokeswoman ..." with only the surname
    # tagged; the word the parse hangs on it is the first name, not an adverb before it
    nlp = load_nlp(Settings())
    text = (
        "Keely Halvorsen, a spokeswoman for the ACLU of Ohio, said the county faces "
        'lawsuits. "Taxpayers will pay," Halvorsen said. Meanwhile Halvorsen left.'
    )
    found = [(m.text, m.type) for m in find_mentions(nlp(text)) if "Halvorsen" in m.text]
    assert found == [
        ("Keely Halvorsen", "person"),
        ("Halvorsen", "person"),
        ("Halvorsen", "person"),
    ]
    # ... and the first of three words ("Ana Lucía Portillo" tagged "Lucía Portillo")
    text = "Ana Lucía Medrano, an organizer with the Toledo Workers Center, testified Tuesday."
    assert [(m.text, m.type) for m in find_mentions(nlp(text))][0] == (
        "Ana Lucía Medrano",
        "person",
    )


def test_ner_a_first_name_after_a_title_of_two_words() -> None:
    # found in probe207: the model tagged the surname alone after "Attorney General", and
    # the person was dropped as a lone surname; the parse and tags are set by hand
    words = ["Minnesota", "Attorney", "General", "Marit", "Engebretsen", "sued", "DHS", "."]
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        heads=[2, 2, 4, 4, 5, 5, 5, 5],
        deps=["compound", "compound", "compound", "compound", "nsubj", "ROOT", "dobj", "punct"],
        pos=["PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PROPN", "PUNCT"],
        ents=["B-GPE", "O", "O", "O", "B-PERSON", "O", "B-ORG", "O"],
    )
    found = [(m.text, m.title) for m in find_mentions(doc) if m.type == "person"]
    assert found == [("Marit Engebretsen", "Attorney General")]


@needs_model
@pytest.mark.parametrize(
    ("text", "person"),
    [
        # found in probe53 (used): after a blank line the model tagged "Hickey" alone, and
        # "Garland" is a town too; a name told with an age is a person introduced
        ("A federal grand jury has indicted the owner of a meatpacking plant.\n\nGarland "
         "Hickey, 61, of Tazewell, was charged in a 14-count indictment.", "Garland Hickey"),
    ],
)  # fmt: skip
def test_ner_a_first_name_a_town_bears_too_before_an_age(text: str, person: str) -> None:
    nlp = load_nlp(Settings())
    assert (person, "person") in [(m.text, m.type) for m in find_mentions(nlp(text))]


@needs_model
def test_ner_a_role_that_opens_a_clause_of_its_own_types_no_name_before_it() -> None:
    # a review: after a place or a name a preposition governs, ", a man" opens a clause;
    # the end of an opening phrase is no noun a name stands for
    nlp = load_nlp(Settings())
    text = (
        "In Garden City, a 35-year-old man was arrested by ICE agents on Monday. At Glenn "
        "Valley Foods, a worker who asked not to be named said the plant closed. Like the "
        "sheriff, Seward County commissioners voted Tuesday to end the deal."
    )
    found = {m.text: m.type for m in find_mentions(nlp(text))}
    assert found["Garden City"] == "jurisdiction"
    assert found["Glenn Valley Foods"] == "organization"
    assert found["Seward County commissioners"] != "person"
    # ... while an appositive role still types a name the model took for a place
    text = "Dana Kirkland, field office director for ICE in Atlanta, signed for the agency."
    assert [(m.text, m.type) for m in find_mentions(nlp(text))][0] == ("Dana Kirkland", "person")


def test_ner_a_place_the_model_read_with_a_title_as_a_person(blank: Language) -> None:
    # found in a fresh corpus: "Travis County Sheriff Rosalind Hayes" tagged as two people
    text = "Hardin County Sheriff Rosalind Hayes spoke. Sheriff Lee Tate spoke."
    ents = [("Hardin County Sheriff", "PERSON"), ("Rosalind Hayes", "PERSON")]
    assert triples(make_doc(blank, text, ents)) == [
        ("Hardin County", "jurisdiction", ""),
        ("Rosalind Hayes", "person", "Sheriff"),
        ("Lee Tate", "person", "Sheriff"),
    ]


def test_ner_where_a_body_is_based_is_a_place(blank: Language) -> None:
    # found in a fresh corpus: "the Burlington-based farmworker group", read as a body
    text = "He joined the Burlington-based farmworker group in Vermont. Google-based tools helped."
    doc = make_doc(blank, text, [("Burlington", "ORG"), ("Vermont", "GPE"), ("Google", "ORG")])
    assert [(m.text, m.type) for m in find_mentions(doc)] == [
        ("Burlington", "jurisdiction"),
        ("Vermont", "jurisdiction"),
        ("Google", "organization"),  # no place
    ]
    # ... a town of a state the document names only (a review: Mayo, Cornell)
    doc = make_doc(blank, "A Mayo-based team spoke.", [("Mayo", "ORG")])
    assert [(m.text, m.type) for m in find_mentions(doc)] == [("Mayo", "organization")]


def test_ner_a_town_whose_body_its_possessive_names_is_a_place(blank: Language) -> None:
    # found in probe285: "Burlington's City Council voted", the model's group "Burlington's"
    text = "Burlington's City Council voted Monday in Vermont. Oracle's Board met in Vermont."
    ents = [("Burlington's", "ORG"), ("City Council", "ORG"), ("Vermont", "GPE"),
            ("Oracle's", "ORG"), ("Vermont", "GPE")]  # fmt: skip
    found = [(m.text, m.type) for m in find_mentions(make_doc(blank, text, ents))]
    assert ("Burlington", "jurisdiction") in found
    assert ("Oracle", "organization") in found  # no town of a state the page names
    # ... nor a firm's board, nor a university's police (reviews)
    text = "Marshfield's Board of Directors approved it Monday in Wisconsin."
    ents = [("Marshfield's", "ORG"), ("Board of Directors", "ORG"), ("Wisconsin", "GPE")]
    found = [(m.text, m.type) for m in find_mentions(make_doc(blank, text, ents))]
    assert ("Marshfield", "organization") in found
    text = "Harvard's Police Department said so in Massachusetts."
    ents = [("Harvard's", "ORG"), ("Police Department", "ORG"), ("Massachusetts", "GPE")]
    found = [(m.text, m.type) for m in find_mentions(make_doc(blank, text, ents))]
    assert ("Harvard", "organization") in found


def test_ner_a_name_described_by_a_person_s_role_is_a_person(blank: Language) -> None:
    # found in a fresh corpus: "Paloma Ruiz-Healey, VILA's executive director, said"
    text = "Lena Ortiz-Vance, CASA's executive director, spoke. Warden Tom Reyes Ibarra spoke."
    doc = make_doc(blank, text, [("Lena Ortiz-Vance", "ORG"), ("Tom Reyes Ibarra", "ORG")])
    assert [(m.text, m.type) for m in find_mentions(doc)] == [
        ("Lena Ortiz-Vance", "person"),
        ("Tom Reyes Ibarra", "person"),
    ]


def test_ner_a_local_body_named_by_its_members(blank: Language) -> None:
    text = "The Kent County Commissioners voted. The Audit Subcommittee met."
    doc = make_doc(
        blank, text, [("Kent County Commissioners", "ORG"), ("Audit Subcommittee", "ORG")]
    )
    assert [m.type for m in find_mentions(doc)] == ["agency", "agency"]


def test_ner_the_review_s_names(blank: Language) -> None:
    # a first name that is a stop word; a company in a state's story that shares a town's
    # name (Oracle, Arizona) and is told doing something, not as a place
    text = "Will Gonzalez Ruiz, 34, works nights. Oracle laid off 200 workers in Phoenix, Arizona."
    doc = make_doc(blank, text, [("Oracle", "ORG"), ("Arizona", "GPE")])
    found = [(m.text, m.type) for m in find_mentions(doc)]
    assert ("Will Gonzalez Ruiz", "person") in found
    assert ("Oracle", "organization") in found


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("A report by the Delaware Bluebird Immigrant Justice Center came out.", True),
        # a headline's words all have capitals: no name runs across them (a review)
        ("Delaware Sues Immigrant Justice Center Over Records\nThe state sued.", False),
    ],
)
def test_ner_a_broken_name_is_joined_outside_headlines(
    blank: Language, text: str, joined: bool
) -> None:
    doc = blank(text)
    start = next(t.i for t in doc if t.text == "Delaware")
    body = next(t.i for t in doc if t.text == "Immigrant")
    drafts = [
        Draft(start, start + 1, "GPE", "jurisdiction"),
        Draft(body, body + 3, "ORG", "organization"),
    ]
    found = [(d.start, d.end) for d in broken_bodies(doc, drafts)]
    assert found == ([(start, body + 3)] if joined else [(start, start + 1), (body, body + 3)])


@pytest.mark.parametrize(
    ("text", "name", "parted"),
    [
        # the body typed by its own head words once its town is cut off (probe238)
        ("Workers left the Dorsey County Detention Center in Pellham, Georgia, on Friday.",
         "Dorsey County Detention Center in Pellham", "agency"),
        ("Lawyers at the Hollins Valley Immigrant Alliance in Dayton filed it.",
         "Hollins Valley Immigrant Alliance in Dayton", "organization"),
        # a town no gazetteer knows and no state follows, or a building or body: one name
        # (a review: "the Islamic Center in Bridgeview Mosque")
        ("Lawyers at the Hollins Valley Immigrant Alliance in Castor filed it.",
         "Hollins Valley Immigrant Alliance in Castor", ""),
        ("Worshippers met at the Dayton Islamic Center in Bridgeview Mosque on Friday.",
         "Dayton Islamic Center in Bridgeview Mosque", ""),
        # no word that ends a body's name before "in": one name ("Sisters in Faith")
        ("A letter from Marlow Sisters in Faith reached the board.",
         "Marlow Sisters in Faith", ""),
        # a name that goes on past "in" with a common word: one name
        ("The vigil met at the Marlow Arts Center in the Square on Friday.",
         "Marlow Arts Center in the Square", ""),
    ],
)  # fmt: skip
def test_ner_a_place_the_model_ran_into_a_body_s_name_is_parted(
    blank: Language, text: str, name: str, parted: str
) -> None:
    doc = blank(text)
    for token in doc:
        token.pos_ = "PROPN" if token.is_title and token.i > 0 else "X"
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    assert span is not None
    drafts = [Draft(span.start, span.end, "ORG", "organization")]
    found = [(doc[d.start : d.end].text, d.type) for d in places_after_bodies(doc, drafts)]
    body, _, place = name.partition(" in ")
    assert found == ([(body, parted), (place, "jurisdiction")] if parted
                     else [(name, "organization")])  # fmt: skip


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # the model ended the body at "of" and left its owner out (found by a probe on
        # invented articles)
        (
            "The U.S. Attorney's Office for the Middle District of Georgia declined.",
            [("U.S.", "GPE"), ("Office for the Middle District of", "ORG"), ("Georgia", "GPE")],
            [("U.S. Attorney's Office for the Middle District of Georgia", "agency", "")],
        ),
        # ... or took the place in and left the owner out
        (
            "A spokesman for the U.S. Attorney's Office for the District of Utah declined.",
            [("U.S.", "GPE"), ("Office for the District of Utah", "ORG")],
            [("U.S. Attorney's Office for the District of Utah", "agency", "")],
        ),
        # a sentence's first word is no part of the official (a review)
        (
            "Inside District Attorney's Office headquarters, staff packed boxes.",
            [("Office", "ORG")],
            [("District Attorney's Office", "agency", "")],
        ),
        # a body's office is the body's, not an official's
        (
            "ICE's Office of Detention Oversight found problems.",
            [("ICE", "ORG"), ("Office of Detention Oversight", "ORG")],
            [("ICE", "agency", ""), ("Office of Detention Oversight", "agency", "")],
        ),
        # a text with no name at all (a crash of the first draft of this repair)
        ("Supervisors voted 12-7 against the plan.", [], []),
        # found in probe129 (read): a court of a district, its owner before it, and a
        # group of a see, broken at the place that ends them
        (
            "He sued in the U.S. District Court for the Western District of Missouri.",
            [("U.S.", "GPE"), ("District Court", "ORG"), ("Missouri", "GPE")],
            [("U.S. District Court for the Western District of Missouri", "agency", "")],
        ),
        (
            "Ana Ruiz of Immigrant Legal Services of the Diocese of Tulsa spoke.",
            [("Ana Ruiz", "PERSON"), ("Immigrant Legal Services", "ORG"), ("Tulsa", "GPE")],
            [
                ("Ana Ruiz", "person", ""),
                ("Immigrant Legal Services of the Diocese of Tulsa", "organization", ""),
            ],
        ),
        # found in probe120 (read): the model began the office at "General's", leaving the
        # state and "Attorney" out
        (
            "A spokeswoman for the Ohio Attorney General's Office said no.",
            [("Ohio", "GPE"), ("General's Office", "ORG")],
            [("Ohio Attorney General's Office", "agency", "")],
        ),
        # a guard: words between a body and a place that name no district nor see
        (
            "The ACLU sued for the families of Tulsa.",
            [("ACLU", "ORG"), ("Tulsa", "GPE")],
            [("ACLU", "organization", ""), ("Tulsa", "jurisdiction", "")],
        ),
        # a federal court's district after the court and a comma is the court's (found in
        # probe282, read); named alone, its state is the place and "Middle District" none of
        # its own (a review: made an agency, the state left the acts told there)
        (
            "Prosecutors in the Middle District of North Carolina charged him.",
            [("the Middle District", "LOC"), ("North Carolina", "GPE")],
            [("North Carolina", "jurisdiction", "")],
        ),
        (
            "A judge of the U.S. District Court, Eastern District of Missouri, ruled.",
            [("the U.S. District Court", "ORG"), ("Eastern District", "LOC"), ("Missouri", "GPE")],
            [("U.S. District Court, Eastern District of Missouri", "agency", "")],
        ),
        # a judge's district is the judge's court, and its state stays a place (found in
        # probe304, probe319 and probe323: the court was no entity)
        (
            "U.S. District Judge Ana Lee of the Western District of Louisiana ruled.",
            [("Ana Lee", "PERSON"), ("the Western District", "LOC"), ("Louisiana", "GPE")],
            [
                ("Ana Lee", "person", "Judge"),
                ("Western District", "agency", ""),
                ("Louisiana", "jurisdiction", ""),
            ],
        ),
        (
            "A federal judge in the Eastern District of Texas ruled.",
            [("the Eastern District", "LOC"), ("Texas", "GPE")],
            [("Eastern District", "agency", ""), ("Texas", "jurisdiction", "")],
        ),
        # ... with the state the model left out
        (
            "Chief Judge Ana Lee of the Northern District of Illinois ruled.",
            [("Ana Lee", "PERSON"), ("the Northern District", "LOC")],
            [
                ("Ana Lee", "person", "Chief Judge"),
                ("Northern District", "agency", ""),
                ("Illinois", "jurisdiction", ""),
            ],
        ),
        # ... not a body's ("Justice", a court word, is no judge here), nor a lawyer's
        (
            "The Department of Justice in the Eastern District of Texas ruled.",
            [
                ("The Department of Justice", "ORG"),
                ("the Eastern District", "LOC"),
                ("Texas", "GPE"),
            ],
            [("Department of Justice", "agency", ""), ("Texas", "jurisdiction", "")],
        ),
        (
            "Attorney Ana Lee of the Eastern District of Texas spoke.",
            [("Ana Lee", "PERSON"), ("the Eastern District", "LOC"), ("Texas", "GPE")],
            [("Ana Lee", "person", "Attorney"), ("Texas", "jurisdiction", "")],
        ),
        # ... and a district that is a whole state, not the District of Columbia
        (
            "U.S. District Judge Ana Lee of the District of New Jersey ruled.",
            [("Ana Lee", "PERSON"), ("the District of New Jersey", "GPE")],
            [
                ("Ana Lee", "person", "Judge"),
                ("District", "agency", ""),
                ("New Jersey", "jurisdiction", ""),
            ],
        ),
        (
            "A federal judge in the District of Columbia ruled.",
            [("the District of Columbia", "GPE")],
            [("District of Columbia", "jurisdiction", "")],
        ),
        # ... nor another bench's judge, nor a body named after the district (a review)
        (
            "U.S. Bankruptcy Judge Ana Lee of the Western District of Texas ruled.",
            [("Ana Lee", "PERSON"), ("the Western District", "LOC"), ("Texas", "GPE")],
            [("Ana Lee", "person", "Judge"), ("Texas", "jurisdiction", "")],
        ),
        (
            "Judge Ana Lee of the District of Montana Water Court ruled.",
            [("Ana Lee", "PERSON"), ("Montana Water Court", "ORG")],
            [("Ana Lee", "person", "Judge"), ("Montana Water Court", "agency", "")],
        ),
        (
            "Attorney Kevin Judge of the Eastern District of Texas spoke.",
            [("Kevin Judge", "PERSON"), ("the Eastern District", "LOC"), ("Texas", "GPE")],
            [("Kevin Judge", "person", "Attorney"), ("Texas", "jurisdiction", "")],
        ),
        (
            "The basketball court in the Eastern District of Texas reopened.",
            [("the Eastern District", "LOC"), ("Texas", "GPE")],
            [("Texas", "jurisdiction", "")],
        ),
        # ... not a district of no state; after another body, the district is no place
        (
            "He lived in the Eastern District of Dover for years.",
            [("the Eastern District", "LOC"), ("Dover", "GPE")],
            [("Eastern District", "jurisdiction", ""), ("Dover", "jurisdiction", "")],
        ),
        (
            "The Bar Association, Western District of Texas, met.",
            [("The Bar Association", "ORG"), ("Western District", "LOC"), ("Texas", "GPE")],
            [("Bar Association", "organization", ""), ("Texas", "jurisdiction", "")],
        ),
        # a body whose name ends in its place stays as the model read it
        (
            "The Board of Supervisors of Polk County voted.",
            [("Board of Supervisors of Polk County", "ORG")],
            [("Board of Supervisors of Polk County", "agency", "")],
        ),
    ],
)
def test_ner_an_office_named_in_full(
    blank: Language, text: str, ents: list, expected: list
) -> None:
    assert triples(make_doc(blank, text, ents)) == expected


@pytest.mark.model
@needs_model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # found in a probe: after a quote the model read a person and her body as one title
        ('"Nothing has changed yet," Lucía Bermúdez of the Western Carolina Workers Center '
         "told the crowd.",
         {("Lucía Bermúdez", "person"), ("Western Carolina Workers Center", "organization")},
         "Lucía Bermúdez of the Western Carolina Workers Center"),
        ('"No," Eduardo Ruiz of the Latino Workers Union said Monday.',
         {("Eduardo Ruiz", "person"), ("Latino Workers Union", "organization")},
         "Eduardo Ruiz of the Latino Workers Union"),
        # found in a probe: a name the model missed, told of as "who"; a street is no place
        ("Only two residents spoke. Ana Ruiz Galeana, who runs a grocery on East First Street "
         "in Vidalia, asked a question.",
         {("Ana Ruiz Galeana", "person"), ("Vidalia", "jurisdiction")},
         "East First Street"),
    ],
)  # fmt: skip
def test_ner_model_a_person_named_with_their_body_or_as_who(
    text: str, expected: set[tuple[str, str]], absent: str
) -> None:
    found = model_mentions(text)
    assert expected <= found
    assert absent not in {name for name, _ in found}


@pytest.mark.model
@needs_model
@pytest.mark.parametrize(
    ("text", "not_a_person"),
    [
        # a group's own name with "of the" in it is no person of a body
        ('"We will help," Catholic Charities of the Diocese of Tulsa said.', "Catholic Charities"),
        ('"Read it," Sisters of the Holy Cross wrote.', "Sisters"),
        ("Friends of the Earth sued the agency.", "Friends"),
        # a place before ", who" is no person
        ("Sierra County, who voted last, was split.", "Sierra County"),
        # nor the end of a longer name (found in review)
        (
            "Members of Our Lady of the Valley Parish, who organized the vigil, prayed.",
            "Valley Parish",
        ),
    ],
)
def test_ner_model_no_person_of_a_body_or_as_who_where_none_is(
    text: str, not_a_person: str
) -> None:
    found = model_mentions(text)
    assert (not_a_person, "person") not in found


@pytest.mark.model
@needs_model
def test_ner_model_a_union_of_states_stays_a_place() -> None:
    # found in review: "union" alone as a group's last word made the Soviet Union a group
    found = {
        (m.text, m.type)
        for m in find_mentions(load_nlp(Settings())("The Soviet Union collapsed in 1991."))
    }
    assert ("Soviet Union", "jurisdiction") in found


@pytest.mark.model
@needs_model
@pytest.mark.parametrize(
    ("text", "person"),
    [
        # found in probe100 (working): the first name read as a place, the rest as a person
        ("Yesenia Marroquín Ayala, 29, was arrested July 25 on a charge of driving without a "
         "license.", "Yesenia Marroquín Ayala"),
        # found in probe235: a hyphenated surname after a title
        ("Harlan Councilwoman Teresa Ruiz-Olmedo said several of the detained workers had "
         "lived in the city for more than a decade.", "Teresa Ruiz-Olmedo"),
        # ... not a hyphen that ties the name to a word after it (a review: "Ana Ruiz-")
        ("The Mayor Ana Ruiz-backed ordinance passed on Tuesday, the clerk said.", "Ana Ruiz"),
        # ... and a surname read as a group, told of as "who"
        ("Reaction in the county was mixed. Teresa Villanueva, who coordinates the Black Swamp "
         "Immigrant Network from a church basement, called it a step.", "Teresa Villanueva"),
        # found in a probe: a name with a particle read as a group, told of as "who"
        ("The agreement drew concern from the county's dairy industry, which depends heavily "
         "on immigrant workers. Cornelius Van der Meer, who milks about 900 cows in Arcade, said "
         "several of his employees asked him this week whether they should stay home.",
         "Cornelius Van der Meer"),
    ],
)  # fmt: skip
def test_ner_model_a_person_in_parts_the_model_typed_otherwise(text: str, person: str) -> None:
    found = model_mentions(text)
    assert (person, "person") in found


@pytest.mark.model
@needs_model
def test_ner_model_a_surname_alone_named_in_full_in_a_caption_is_a_person() -> None:
    # found in probe237: "County Manager Felipe Archuleta addresses ..." was a photo's
    # caption, removed; the text's "Archuleta said" was then a lone word, dropped
    text = (
        '"It was about forcing our jail to do the federal government\'s job," Quintana said '
        "in an interview Monday afternoon."
    )
    doc = load_nlp(Settings())(text)
    assert ("Quintana", "person") not in {(m.text, m.type) for m in find_mentions(doc)}
    told = caption_surnames(["caption: County Manager Rosa Quintana speaks. Jo Lin/Herald"])
    # a run's last word only: not a first name ("Ray," in a quote after a caption's
    # "Attorney General Ray Tolliver" had become a person "Ray")
    assert "Rosa" not in told and "Quintana" in told
    assert ("Quintana", "person") in {(m.text, m.type) for m in find_mentions(doc, told)}


@pytest.mark.model
@needs_model
def test_ner_model_a_facility_read_with_its_town_is_typed_by_its_own_words() -> None:
    # found in probe238: "the ... Federal Detention Facility in Batavia" as one ORG was a
    # group once its town was cut off
    text = (
        "Ruiz said the workers, most of them from Mexico and Guatemala, were taken to the "
        "Tri-County Federal Detention Facility in Batavia for processing."
    )
    found = model_mentions(text)
    assert {
        ("Tri-County Federal Detention Facility", "agency"),
        ("Batavia", "jurisdiction"),
    } <= found


@pytest.mark.model
@needs_model
def test_ner_model_a_laws_name_in_a_title_case_headline_names_no_place() -> None:
    # found in probe238: the headline's "'Welcoming City' Ordinance" gave a place
    text = (
        "Amherst Council Passes 'Welcoming City' Ordinance After Four-Hour Hearing\nAMHERST, "
        "Mass. (WKRB) — After more than four hours of public comment, the Amherst Town Council "
        'voted 8-1 Thursday night to approve a "Welcoming City" ordinance limiting police '
        "cooperation with ICE."
    )
    found = model_mentions(text)
    assert not any("Welcoming" in name for name, _ in found)
    assert ("Amherst Town Council", "agency") in found


@pytest.mark.model
@needs_model
def test_ner_model_a_church_named_in_spanish_in_parts_is_one_group() -> None:
    # found in probe234: "Iglesia" read as a place, the rest as a person, and joined as one
    text = (
        "Not everyone in Lufkin is convinced. The Rev. Samuel Ortega, pastor of Iglesia "
        "Bautista Nueva Esperanza on Timberland Drive, said families have been calling him."
    )
    found = model_mentions(text)
    assert ("Iglesia Bautista Nueva Esperanza", "organization") in found
    assert not any(kind == "person" and "Iglesia" in name for name, kind in found)
    # ... not the agency named right after it (a review)
    text = "At Iglesia Bautista Nueva Esperanza ICE agents detained a man Sunday, the pastor said."
    found = model_mentions(text)
    assert {("Iglesia Bautista Nueva Esperanza", "organization"), ("ICE", "agency")} <= found


@pytest.mark.model
@needs_model
def test_ner_model_a_faiths_charity_and_who_speaks_for_it() -> None:
    # a leftover of earlier probes: the model tags neither the speaker nor the charity
    text = '"We are afraid," said Ana Ruiz of Catholic Charities of the Archdiocese of Omaha.'
    found = [(m.text, m.type) for m in find_mentions(load_nlp(Settings())(text))]
    assert found == [
        ("Ana Ruiz", "person"),
        ("Catholic Charities of the Archdiocese of Omaha", "organization"),
    ]


@pytest.mark.model
@needs_model
@pytest.mark.model
@needs_model
@pytest.mark.parametrize(
    "text",
    [
        # found in review: a firm may be a "who" too
        "Acme Logistics, who owns the warehouse, did not respond.",
        "Wells Fargo, who holds the mortgage, filed to foreclose.",
    ],
)
def test_ner_model_a_group_before_who_with_no_first_name_stays(text: str) -> None:
    found = {m.type for m in find_mentions(load_nlp(Settings())(text))}
    assert "person" not in found


def test_ner_model_a_known_place_before_a_person_stays_a_place() -> None:
    found = {
        (m.text, m.type)
        for m in find_mentions(load_nlp(Settings())("Dayton Mayor Jo Hill said no."))
    }
    assert ("Dayton", "jurisdiction") in found


def test_ner_a_first_name_left_out_of_a_hyphenated_surname(blank: Language) -> None:
    # found on a working probe: "Isabel" hangs on "Montes", tagged "Carrasco-Montes" alone;
    # the hyphen makes two words of three tokens, still a short name
    words = ["Isabel", "Carrasco", "-", "Montes", ",", "an", "organizer", ",", "spoke", "."]
    spaces = [True, False, False, False, True, True, False, True, False, False]
    heads = [3, 3, 3, 8, 3, 6, 3, 3, 8, 8]
    pos = ["PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB", "PUNCT"]
    deps = ["compound", "compound", "punct", "nsubj", "punct", "det", "appos", "punct", "ROOT",
            "punct"]  # fmt: skip
    doc = Doc(blank.vocab, words=words, spaces=spaces, heads=heads, pos=pos, deps=deps)
    found = first_names_of_people(doc, [Draft(1, 4, "PERSON", "person")], read_titles())
    assert [doc[d.start : d.end].text for d in found] == ["Isabel Carrasco-Montes"]


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        # found in probe161: a last word that is a word of the language too, cut off
        (["Councilwoman", "Delia", "Spotted", "Bear", ",", "who", "sponsored", "the", "measure",
          ",", "spoke", "."],
         ["O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O", "O", "O", "O"],
         "Delia Spotted Bear"),
        # ... or left in a name the model read as something else after the person's words
        (["Chairman", "Loren", "Heavy", "Shield", "said", "the", "tribe", "would", "sue", "."],
         ["O", "B-PERSON", "B-WORK_OF_ART", "I-WORK_OF_ART", "O", "O", "O", "O", "O", "O"],
         "Loren Heavy Shield"),
        # not a time, a body's word, a title, nor a word of a longer name
        (["Maria", "Lopez", "Tuesday", "said", "no", "."],
         ["B-PERSON", "I-PERSON", "B-DATE", "O", "O", "O"], "Maria Lopez"),
        (["Joe", "Biden", "Administration", "said", "no", "."],
         ["B-PERSON", "I-PERSON", "O", "O", "O", "O"], "Joe Biden"),
        (["Ana", "Ruiz", "Director", "said", "no", "."],
         ["B-PERSON", "I-PERSON", "O", "O", "O", "O"], "Ana Ruiz"),
        (["She", "met", "Ana", "Ruiz", "Elementary", "School", "staff", "."],
         ["O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O"], "Ana Ruiz"),
        # nor a headline's capitals
        (["Mayor", "Ana", "Ruiz", "Calls", "for", "Review", "of", "Jail", "Contract"],
         ["O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O"], "Ana Ruiz"),
    ],
)  # fmt: skip
def test_ner_a_last_word_left_out_of_a_name(
    blank: Language, words: list[str], ents: list[str], expected: str
) -> None:
    spaces = [w not in (",", ".") and (i + 1 < len(words) and words[i + 1] not in (",", "."))
              for i, w in enumerate(words)]  # fmt: skip
    doc = Doc(blank.vocab, words=words, spaces=spaces, ents=ents)
    start = next(i for i, e in enumerate(ents) if e == "B-PERSON")
    found = last_words_of_people(doc, [Draft(start, start + 2, "PERSON", "person")], read_titles())
    assert [doc[d.start : d.end].text for d in found] == [expected]


@pytest.mark.parametrize(
    ("verb", "lemma", "who", "expected"),
    [
        # found in probe155: a man ICE took, read as a building, was no one of the story
        ("picked", "pick", "officers", [("Mateo Tuyuc Chiroy", "person")]),
        ("arrested", "arrest", "officers", [("Mateo Tuyuc Chiroy", "person")]),
        # not a site visited, nor one taken by anyone but the law's people
        ("toured", "tour", "officers", []),
        ("picked", "pick", "parents", []),
    ],
)
def test_ner_a_name_read_as_a_facility_taken_by_the_law_is_a_person(
    blank: Language, verb: str, lemma: str, who: str, expected: list[tuple[str, str]]
) -> None:
    words = ["The", who, verb, "up", "Mateo", "Tuyuc", "Chiroy", "on", "Tuesday", "."]
    if verb != "picked":
        words.remove("up")
    n = len(words)
    heads = {"The": 1, who: 2, verb: 2, "up": 2, "Mateo": 6, "Tuyuc": 6, "Chiroy": 2, "on": 2,
             "Tuesday": 7, ".": 2}  # fmt: skip
    deps = {"The": "det", who: "nsubj", verb: "ROOT", "up": "prt", "Mateo": "compound",
            "Tuyuc": "compound", "Chiroy": "dobj", "on": "prep", "Tuesday": "pobj",
            ".": "punct"}  # fmt: skip
    shift = 0 if verb == "picked" else 1
    doc = Doc(
        blank.vocab,
        words=words,
        heads=[heads[w] - (shift if heads[w] > 2 else 0) for w in words],
        deps=[deps[w] for w in words],
        pos=[
            "DET",
            "NOUN",
            "VERB",
            *(["ADP"] if not shift else []),
            "PROPN",
            "PROPN",
            "PROPN",
            "ADP",
            "PROPN",
            "PUNCT",
        ],  # fmt: skip
        lemmas=[
            "the",
            who[:-1],
            lemma,
            *(["up"] if not shift else []),
            "Mateo",
            "Tuyuc",
            "Chiroy",
            "on",
            "Tuesday",
            ".",
        ],  # fmt: skip
        ents=[
            "O",
            "O",
            "O",
            *(["O"] if not shift else []),
            "B-FAC",
            "I-FAC",
            "I-FAC",
            "O",
            "B-DATE",
            "O",
        ],  # fmt: skip
    )
    assert len(doc) == n
    assert [(m.text, m.type) for m in find_mentions(doc)] == expected
    # ... and a verb of taking took someone: an arrest (not one parents picked up)
    if verb == "picked":
        assert captured(doc[2]) == bool(expected)


def test_ner_a_first_name_left_out_before_an_initial(blank: Language) -> None:
    # found on a working probe: "Sheriff Curtis J. Hendershot Jr." tagged "J. Hendershot
    # Jr." (three words, but opening with an initial), "Curtis" inside a FAC the model ran on
    words = ["Sheriff", "Curtis", "J.", "Hendershot", "Jr.", "said", "."]
    spaces = [True, True, True, True, True, False, False]
    heads = [4, 4, 4, 4, 5, 5, 5]
    pos = ["PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"]
    deps = ["compound", "compound", "compound", "compound", "nsubj", "ROOT", "punct"]
    ents = ["B-FAC", "I-FAC", "B-PERSON", "I-PERSON", "I-PERSON", "O", "O"]
    doc = Doc(blank.vocab, words=words, spaces=spaces, heads=heads, pos=pos, deps=deps, ents=ents)
    found = first_names_of_people(doc, [Draft(2, 5, "PERSON", "person")], read_titles())
    assert [doc[d.start : d.end].text for d in found] == ["Curtis J. Hendershot Jr."]


@pytest.mark.model
def test_ner_a_roundup_items_label_in_capitals_names_no_body(nlp: Language) -> None:
    # found in probe168: a county board roundup's "JAIL STAFFING — Approved hiring two
    # corrections officers" made "JAIL STAFFING" a body, and a participant of the ICE vote
    text = (
        "DOVER — Here is what the county board did Tuesday.\n\n"
        "JAIL STAFFING — Approved hiring two corrections officers.\n\n"
        "ROAD WORK — Approved a $1.2 million bid from Prairie Aggregate Inc. of Dover.\n\n"
        "LIQUOR LICENSE — Approved a license for the Eagle Lake Supper Club."
    )
    found = {m.text for m in find_mentions(nlp(text))}
    assert not found & {"JAIL STAFFING", "ROAD WORK", "LIQUOR LICENSE"}
    # the places, bodies and businesses the items name stay
    assert {"Prairie Aggregate Inc.", "Eagle Lake Supper Club"} <= found
    # ... and so does a body a sentence goes on about after the dash (a review)
    text = "ICE — the agency at the center of the dispute — said Tuesday it would appeal."
    assert "ICE" in {m.text for m in find_mentions(nlp(text))}


def test_ner_a_bodys_one_word_that_is_page_furniture_names_no_body(blank: Language) -> None:
    # found in probe corpora: a bar of links, a line by itself and a line's label
    text = "Home | News | Weather | Traffic | Contests\nThe county voted Tuesday."
    assert triples(make_doc(blank, text, [("Traffic", "ORG")])) == []
    text = "Contact\nThe county voted Tuesday."
    assert triples(make_doc(blank, text, [("Contact", "ORG")])) == []
    text = "Media contact: Ana Ruiz, Public Affairs Officer\nThe county voted Tuesday."
    assert [t[0] for t in triples(make_doc(blank, text, [("Media", "ORG")]))] == []
    # ... nor a place the gazetteer does not know; one it knows stays
    text = "Home | Noticias | Comunidad\nThe county voted Tuesday."
    assert triples(make_doc(blank, text, [("Noticias", "GPE")])) == []
    text = "WQRX News | Nashville\nThe county voted Tuesday."
    assert [t[0] for t in triples(make_doc(blank, text, [("Nashville", "GPE")]))] == ["Nashville"]
    # ... and an unknown place only in a bar: a heading of its own is a place (a review)
    text = "Darfur\nFourteen people were killed in a camp attack."
    assert [t[0] for t in triples(make_doc(blank, text, [("Darfur", "GPE")]))] == ["Darfur"]
    # ... not a body a line's sentence names
    text = "Tuesday | ICE raids Dover plant\nThe county voted Tuesday."
    assert triples(make_doc(blank, text, [("ICE", "ORG", "ICE")]))
    text = "ICE contacted the county on Tuesday: the jail was full.\nThe county voted Tuesday."
    assert triples(make_doc(blank, text, [("ICE", "ORG", "ICE")]))
    # found in probe270: a transcript speaker's role on the show
    text = "JANET OSTRANDER, HOST: It's Thursday. The county voted Tuesday."
    ents = [("JANET OSTRANDER", "PERSON"), ("HOST", "ORG")]
    assert [t[0] for t in triples(make_doc(blank, text, ents))] == ["JANET OSTRANDER"]
    # ... not a body a speaker is of
    text = "ANA RUIZ, CASAVIVA: We will sue. The county voted Tuesday."
    ents = [("ANA RUIZ", "PERSON"), ("CASAVIVA", "ORG")]
    assert [t[0] for t in triples(make_doc(blank, text, ents))] == ["ANA RUIZ", "CASAVIVA"]
    # ... or the role alone (found in probe285), not a body that opens a line's sentence
    text = "HOST: Good morning.\nREPORTER: The county voted Tuesday.\nCASAVIVA: We will sue."
    ents = [("HOST", "ORG"), ("REPORTER", "ORG"), ("CASAVIVA", "ORG")]
    assert [t[0] for t in triples(make_doc(blank, text, ents))] == ["CASAVIVA"]


def test_ner_a_town_joined_to_a_town_is_one_too(blank: Language) -> None:
    # found in probe246: the second of two towns after "in" read as a person; Garden City
    # is a Kansas city of some 28,000 people; a person joined to a town is still one
    text = (
        "In Kansas, nine pupils in Liberal and Garden City schools and in Hays and Ann "
        "Marsh's class lost a parent."
    )
    doc = make_doc(
        blank, text, [("Kansas", "GPE"), ("Liberal", "GPE"), ("Garden City", "PERSON"),
                      ("Hays", "GPE"), ("Ann Marsh", "PERSON")],
    )  # fmt: skip
    assert [(m.text, m.type) for m in find_mentions(doc)] == [
        ("Kansas", "jurisdiction"),
        ("Liberal", "jurisdiction"),
        ("Garden City", "jurisdiction"),
        ("Hays", "jurisdiction"),
        ("Ann Marsh", "person"),
    ]


def test_ner_a_place_and_a_name_the_model_cut_across_a_title(blank: Language) -> None:
    # found in probe246: the place ran into the title and the name began inside it
    text = (
        "said HSI Salt Lake City Special Agent in Charge Theodore Brandvold. "
        "Agents from Fargo Special Agent in Charge Mia Holt's office came."
    )
    ents = [("Lake City Special", "GPE"), ("Charge Theodore Brandvold", "PERSON"),
            ("Fargo Special", "GPE")]  # fmt: skip
    found = triples(make_doc(blank, text, ents))
    assert ("Salt Lake City", "jurisdiction", "") in found
    assert ("Theodore Brandvold", "person", "Special Agent in Charge") in found
    assert ("Fargo", "jurisdiction", "") in found


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # found in probe285: a park the model read as a person where a place stands
        ("A vigil was held in Lafayette Park on Sunday.", [("Lafayette Park", "PERSON")], []),
        ("They rallied in Corliss Square.", [("Corliss Square", "PERSON")], []),
        # ... but a town's after it is the model's to read (a review: a neighbourhood)
        ("Agents arrested two men in Corliss Park.", [("Corliss Park", "GPE")],
         [("Corliss Park", "jurisdiction")]),
        ("Protesters yelled at Ana Hall outside the courthouse.", [("Ana Hall", "PERSON")],
         [("Ana Hall", "person")]),
        # ... a person with a ground's word for a surname stays one, and a town stays a town
        ("Officers arrested Jennifer Park in Dayton.", [("Jennifer Park", "PERSON")],
         [("Jennifer Park", "person")]),
        ("Letters piled up in Jennifer Park's office.", [("Jennifer Park", "PERSON")],
         [("Jennifer Park", "person")]),
        ("Protesters rallied in Tinley Park.", [("Tinley Park", "GPE")],
         [("Tinley Park", "jurisdiction")]),
        # ... nor one a preposition of where a person stands by leads to, or told by what he
        # is (a review)
        ("Supporters gathered around Ana Hall as she left.", [("Ana Hall", "PERSON")],
         [("Ana Hall", "person")]),
        ("The group met outside Ray Hall, the county sheriff.", [("Ray Hall", "PERSON")],
         [("Ray Hall", "person")]),
    ],
)  # fmt: skip
def test_ner_a_park_where_a_place_stands_is_no_name(
    blank: Language, text: str, ents: list[tuple[str, str]], expected: list[tuple[str, str]]
) -> None:
    doc = make_doc(blank, text, ents)
    assert [(m.text, m.type) for m in find_mentions(doc) if m.text != "Dayton"] == expected


@NEEDS_MODEL[0]
@NEEDS_MODEL[1]
def test_ner_a_park_a_crowd_filled_is_no_name(nlp: Language) -> None:
    # found in probe285: "filled Taylor Park" made a person of the park (a town of another)
    for park in ("Carter Park", "Lindsey Park"):  # the model's person, and its town
        doc = nlp(f"Several hundred people filled {park} on Sunday afternoon for a vigil.")
        assert [m.text for m in find_mentions(doc)] == []
    # ... not a person a verb of filling fills or puts somewhere (a review)
    for text in ("The arrest filled Maria Hall with dread.", "Agents packed Luis Park into a van."):
        assert [m.type for m in find_mentions(nlp(text))] == ["person"]


@needs_model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # found in probe284: a town's state at a sentence's end, run into the next one's
        # first word, made a person
        ("Agents arrested 31 workers at a plant in Huron, S.D. Children in that town stopped "
         "going to school.", ["Huron", "S.D."]),
        # ... not initials or a name after it (a review)
        ("At its headquarters in Racine, S.C. Johnson said it would comply.",
         ["Racine", "S.C. Johnson"]),
    ],
)  # fmt: skip
def test_ner_a_towns_state_run_into_the_next_sentence_is_the_state(
    text: str, expected: list[str]
) -> None:
    nlp = load_nlp(Settings())
    assert [m.text for m in find_mentions(nlp(text))] == expected


def test_ner_a_jails_name_run_into_its_street_is_the_jail(blank: Language) -> None:
    # found in probe285: the model ran "the Strafford County House of Corrections on County
    # Farm Road in" into one group, and the jail was lost
    text = (
        "They were taken to the Carroll County House of Corrections on County Farm Road in Ossipee."
    )
    ents = [
        ("Carroll County House of Corrections on County Farm Road in", "ORG"),
        ("Ossipee", "GPE"),
    ]
    assert [(m.text, m.type) for m in find_mentions(make_doc(blank, text, ents))] == [
        ("Carroll County House of Corrections", "agency"),
        ("Ossipee", "jurisdiction"),
    ]
