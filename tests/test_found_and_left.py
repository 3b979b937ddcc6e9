"""People found or left by the law's people, a body's duty, and a body's agreement to take
money (issue 15), on invented sentences parsed by the model.

"Agents discovered 38 people concealed in the trailer" is an arrest as plainly as
"arrested" is; "the agency charged with enforcing immigration laws" no charge of anyone;
"the board agreed to take $1.4 million" a decision. Each is held apart from what only looks
like it, as a review of the first version of these rules found.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from graphx.build.engines import extract
from graphx.build.export import read_graph
from graphx.build.pipeline import build
from graphx.ingest.corpus import read_corpus
from graphx.ingest.stamps import updated_date
from graphx.model import Document
from graphx.settings import load_settings
from tests.extracting import NEEDS_MODEL, named_events

pytestmark = NEEDS_MODEL


def _types(nlp: Language, text: str) -> list[tuple[str, str]]:
    """Each event's trigger and type."""
    return [(e.trigger, e.event_type) for e, _ in named_events(nlp, text)]


@pytest.mark.parametrize(
    ("text", "arrested"),
    [
        # found in probe163: people found hidden, in numbers, by the law's people named
        ("Border Patrol agents found 41 people packed into a trailer in Dover on Thursday.", True),
        ("Agents discovered 38 individuals concealed inside a truck in Dover on Thursday.", True),
        ("Deputies located 12 migrants in a Dover stash house on Thursday.", True),
        ("Agents found the group hiding in a drainage tunnel in Dover on Thursday.", True),
        # ... not one person found, a thing, people found by anyone else, nor people found
        # in need or found out about (a review)
        ("Deputies found the missing hiker near Dover on Thursday.", False),
        ("Agents found 40 pounds of methamphetamine hidden in Dover on Thursday.", False),
        ("Volunteers found 12 migrants hiding near Dover on Thursday.", False),
        ("Rangers found a group of hikers near Dover on Thursday.", False),
        ("Agents from the Dover station found the group on Thursday night.", False),
        (
            "Firefighters and police found five people trapped in a flooded basement Thursday.",
            False,
        ),
        ("The Coast Guard located nine people clinging to a capsized boat on Thursday.", False),
        ("Investigators found 60 workers were not authorized to work in Dover on Thursday.", False),
        ("Agents found 12 people in a truck in Dover on Thursday, all U.S. citizens.", False),
    ],
)
def test_people_found_in_numbers_by_the_law_are_arrested(
    nlp: Language, text: str, arrested: bool
) -> None:
    found = [t for t, kind in _types(nlp, text) if kind == "enforcement"]
    assert bool(found) == arrested


def test_they_who_found_them_are_the_law_of_the_clause_they_hang_on(nlp: Language) -> None:
    text = (
        "U.S. Border Patrol agents prevented a tragedy on Thursday when they discovered "
        "38 individuals concealed inside a trailer near Dover."
    )
    arrests = [(e, named) for e, named in named_events(nlp, text) if e.trigger == "discovered"]
    assert len(arrests) == 1
    assert "U.S. Border Patrol" in arrests[0][1]
    # ... never one person, whom "they" cannot stand for (a review)
    text = "Sheriff Dan Miller fired the two deputies on Tuesday after they arrested a man."
    arrests = [named for e, named in named_events(nlp, text) if e.trigger == "arrested"]
    assert all("Dan Miller" not in named for named in arrests)


@pytest.mark.parametrize(
    ("text", "charged"),
    [
        # found in probe163: a body charged with a task is given a duty, no one is charged
        (
            "ICE, the agency charged with enforcing immigration laws, declined comment Tuesday.",
            False,
        ),
        (
            "Customs and Border Protection is the border agency within the Department of "
            "Homeland Security charged with the protection of the borders.",
            False,
        ),
        ("The department is charged with overseeing the Dover jail.", False),
        # ... a person or a company is charged with a crime
        ("Marco Ruiz was charged Tuesday with illegal reentry.", True),
        ("The sheriff was charged Tuesday with bribery.", True),
        ("The Dover trucking company was charged Tuesday with smuggling migrants.", True),
        # ... and so is a body, in the past (a review)
        ("The Dover Water Department was charged Tuesday with illegally dumping sludge.", True),
        ("The sheriff's office was charged with negligent homicide in 2019.", True),
    ],
)
def test_a_body_charged_with_a_task_is_charged_with_no_crime(
    nlp: Language, text: str, charged: bool
) -> None:
    assert (("charged", "legal_action") in _types(nlp, text)) == charged


@pytest.mark.parametrize(
    ("text", "decided"),
    [
        # found in probe163: a body's agreement to take money is its decision
        (
            "A divided Dover County Board of Supervisors agreed Wednesday to take "
            "$1.38 million in federal grant money.",
            True,
        ),
        ("The Dover City Council agreed Wednesday to end the contract with ICE.", True),
        # ... as is a county's or a city's, told by its name or its word
        ("Kent County agreed Wednesday to end its contract with ICE.", True),
        ("The city agreed Wednesday to end its contract with ICE.", True),
        ("Kansas City agreed Wednesday to stop sharing data with ICE.", True),
        ("Manchester City agreed Wednesday to sign the midfielder.", False),  # a club
        # ... not a state's, which may be the prosecution's, nor a place's with no
        # infinitive of what it will do (a review)
        ("The state agreed Wednesday to drop the charges against Ana Ruiz.", False),
        ("The city decided Wednesday that the parade would go on.", False),
        # ... a person's agreement to meet is none, nor a body agreeing with someone (a review)
        ("Sheriff Ana Ruiz agreed Wednesday to meet with the families.", False),
        ("The Dover City Council agreed with the mayor on Wednesday.", False),
        ("The Dover City Council agreed Wednesday that the jail is too costly.", False),
        ("The Dover City Council agreed to disagree on Wednesday.", False),
    ],
)
def test_a_body_that_agrees_to_act_decides(nlp: Language, text: str, decided: bool) -> None:
    assert (("agreed", "policy") in _types(nlp, text)) == decided


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # found in probe317: an enforcement action carried out at a place is a raid
        ("ICE carried out an enforcement action on Tuesday at the plant.", "enforcement"),
        ("Agents conducted an enforcement action Wednesday at a farm.", "enforcement"),
        # ... a regulator's filed or announced is none (a review)
        ("An SEC enforcement action filed Tuesday accused the firm.", "legal_action"),
        ("The EPA announced an enforcement action Tuesday against the refinery.", "statement"),
    ],
)
def test_an_enforcement_action_carried_out_at_a_place_is_a_raid(
    nlp: Language, text: str, kind: str
) -> None:
    assert [e.event_type for e, _ in named_events(nlp, text)][:1] == [kind]


def test_a_who_clause_names_where_its_people_were_not_where_the_act_was(nlp: Language) -> None:
    text = (
        "A legal aid group filed a lawsuit on Tuesday on behalf of five families who were "
        "held for days at a station in Imperial Beach."
    )
    found = extract(nlp(text), Document("t", "t.txt", "txt", text, published="2024-03-08"))
    places = {m.id: m.text for m in found.mentions}
    (suit,) = [e for e in found.events if e.trigger == "filed"]
    assert "Imperial Beach" in places.values()  # named, but where the families were held
    assert suit.place is None


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # found in probe335: the release took the place of the arrest its subject's clause
        # told, so it could never be the release other outlets placed in Tacoma
        (
            "A dairy worker whose arrest outside the Mount Vernon courthouse drew protests was "
            "released from immigration detention Friday.",
            "released",
        ),
        ("ICE released a woman whose arrest was filmed in Mount Vernon.", "released"),
    ],
)
def test_a_place_another_act_of_a_relative_clause_took_is_not_the_acts(
    nlp: Language, text: str, trigger: str
) -> None:
    found = extract(nlp(text), Document("t", "t.txt", "txt", text, published="2024-03-08"))
    (event,) = [e for e in found.events if e.trigger == trigger]
    assert "Mount Vernon" in {m.text for m in found.mentions}
    assert event.place is None


@pytest.mark.parametrize(
    "text",
    [
        "Agents arrested five men on Tuesday at a car wash in Imperial Beach.",
        # a review: what its people were doing is where they were taken
        "Agents arrested a man who was shopping at a Home Depot in Imperial Beach on Tuesday.",
        # ... and a "where" clause tells the act's own site (a review)
        "Agents arrested a man on Tuesday at the site where a raid took place in Imperial Beach.",
        # ... and what its people did there (a review)
        "Agents arrested 20 protesters on Tuesday who blocked a road in Imperial Beach.",
    ],
)
def test_a_place_the_act_was_done_at_stays_its_place(nlp: Language, text: str) -> None:
    found = extract(nlp(text), Document("t", "t.txt", "txt", text, published="2024-03-08"))
    places = {m.id: m.text for m in found.mentions}
    (arrest,) = [e for e in found.events if e.trigger == "arrested"]
    assert arrest.place is not None
    assert places[arrest.place] == "Imperial Beach"


def test_an_act_told_as_part_of_another_of_its_type_was_done_where_that_one_was(
    nlp: Language,
) -> None:
    # found in probe325: the release told again by "ending 17 days in custody" had taken
    # Vermont, where the man's case drew rallies, so it could never be the release in Rhode
    # Island that other outlets told
    text = (
        "Efren Molina walked out of a federal detention center in Central Falls, R.I., on "
        "Friday afternoon, ending 17 days in immigration custody that made him a rallying "
        "point for farmworker advocates across Vermont."
    )
    found = extract(nlp(text), Document("t", "t.txt", "txt", text, published="2023-04-01"))
    places = {m.id: m.text for m in found.mentions}
    released = [e for e in found.events if e.event_type == "release"]
    assert len(released) == 2
    assert {places.get(e.place or "") for e in released} == {"Central Falls"}


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        # a review: a place its own words put it at stays the act's
        (
            "Federal agents arrested a man in Newark on Tuesday, detaining him at a "
            "facility in Elizabeth.",
            "detaining",
            "Elizabeth",
        ),
        (
            "Demonstrators rallied in Chicago on Saturday, marching to a detention center "
            "in Broadview.",
            "marching",
            "Broadview",
        ),
    ],
)
def test_an_act_told_as_part_of_another_keeps_a_place_of_its_own(
    nlp: Language, text: str, trigger: str, place: str
) -> None:
    found = extract(nlp(text), Document("t", "t.txt", "txt", text, published="2023-04-01"))
    places = {m.id: m.text for m in found.mentions}
    (event,) = [e for e in found.events if e.trigger == trigger]
    assert places.get(event.place or "") == place


@pytest.mark.parametrize(
    ("furniture", "day"),
    [
        # found in probe163: a TV station's page shows only when it was updated
        (["stamp: Updated: 6:41 PM PST February 7, 2023"], "2023-02-07"),
        (["stamp: Updated 9:47 PM MDT, Tuesday, June 10, 2014"], "2014-06-10"),
        # ... not when the page tells when it was published, nor a day with no time of day
        (["stamp: Posted Feb. 6, 2023", "stamp: Updated 6:41 PM Feb. 7, 2023"], ""),
        (["stamp: Updated: 02/07/2023"], ""),
        (["stamp: Last modified: February 7, 2023"], ""),
    ],
)
def test_a_page_updated_alone_was_published_by_that_day(furniture: list[str], day: str) -> None:
    assert updated_date(furniture) == day


_PAGE = """Lawsuit filed over cold cells
KSDX 10 News

Author: Ana Ruiz
Updated: 6:41 PM PST February 7, 2023

SAN DIEGO - A legal aid group filed a federal lawsuit Tuesday against the Border Patrol.
"""


@pytest.mark.parametrize(
    ("url", "published"),
    [
        ("https://www.ksdx.com/article/news/lawsuit-cold-cells/509-8f3c2a71", "2023-02-07"),
        # a day in the URL is the page's first: an update may come a day later
        ("https://www.ksdx.com/2023/02/06/lawsuit-cold-cells/", "2023-02-06"),
    ],
)
def test_a_corpus_dates_a_page_by_its_update_when_nothing_else_does(
    tmp_path, url: str, published: str
) -> None:  # type: ignore[no-untyped-def]
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "page.txt").write_text(_PAGE, encoding="utf-8")
    (corpus / "metadata.csv").write_text(f"file,url\npage.txt,{url}\n", encoding="utf-8")
    assert _published(corpus, tmp_path / "out") == {"page.txt": (published, "inferred")}


_LATER = """Lawsuit filed over cold cells
KSDX 10 News

Updated: 6:41 PM PST June 2, 2026

SAN DIEGO - The Frontera Legal Aid Project filed a federal lawsuit Tuesday against the
Border Patrol over cold holding cells at its Chula Vista station.
"""

_DATED = """Group sues Border Patrol over cold cells

SAN DIEGO - The Frontera Legal Aid Project filed a federal lawsuit on Tuesday against the
Border Patrol, saying detainees at its Chula Vista station were held in freezing cells.
"""


def test_a_corpus_dates_a_page_updated_years_later_by_what_it_reports(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # found in probe205: a page whose only day is an update three years on was dated by
    # it, and its "Tuesday" (the lawsuit another outlet dates) read in 2026; it came out in
    # the week after the Tuesday the other article gives
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "later.txt").write_text(_LATER, encoding="utf-8")
    (corpus / "dated.txt").write_text(_DATED, encoding="utf-8")
    (corpus / "metadata.csv").write_text(
        "file,published\nlater.txt,\ndated.txt,2023-02-08\n", encoding="utf-8"
    )
    assert _published(corpus, tmp_path / "out")["later.txt"] == ("2023-02", "inferred")


def _published(corpus: Path, out: Path) -> dict[str, tuple[str, str]]:
    """File name -> (publication date, basis) of each document the built graph holds."""
    build(corpus, out, settings=load_settings())
    graph = read_graph(out / "graph.graphml")
    return {
        Path(a["path"]).name: (a.get("published", ""), a.get("published_basis", ""))
        for _, a in graph.nodes(data=True)
        if a.get("type") == "document"
    }


def test_a_datelines_outlet_is_not_what_a_report_released_is_about(nlp: Language) -> None:
    # found in probe168: "(KSJM)" joined the audit "released Tuesday" as a participant, so
    # the report never met another outlet's of the same audit
    text = (
        "ST. JOSEPH, Mo. (KSJM) — Dover County left $400,000 on the table, according to a "
        "state audit released Tuesday by the Dover Sheriff's Office."
    )
    (released,) = [named for e, named in named_events(nlp, text) if e.trigger == "released"]
    assert "KSJM" not in released


@pytest.mark.parametrize(
    ("head", "published"),
    [
        # a review: the page's own date line is its day, an update may come later
        (
            "Lawsuit filed\nFebruary 2, 2023\nUpdated: 6:41 PM PST February 7, 2023\n\n",
            "2023-02-02",
        ),
        # ... and an update long after the latest day the text tells dates nothing
        ("Lawsuit filed\nUpdated: 10:02 AM March 3, 2024\n\nOn Jan. 15, 2019, ", "2019-01-15"),
    ],
)
def test_an_update_never_outweighs_the_pages_own_day(tmp_path, head: str, published: str) -> None:  # type: ignore[no-untyped-def]
    body = "a legal aid group filed a federal lawsuit against the Border Patrol.\n"
    (tmp_path / "page.txt").write_text(head + body, encoding="utf-8")
    (doc,) = read_corpus(tmp_path).documents
    assert doc.published == published


def test_a_ruling_by_a_judge_the_parse_hung_elsewhere_is_the_judges(nlp: Language) -> None:
    # found in probe210: the parser hung the judge's name on the quote after it, so the
    # ruling had no one and never met the reports of it that named her
    text = (
        "The governor's office issued a statement Friday morning calling Thursday's ruling "
        'by U.S. District Judge Dana Whitcomb "judicial overreach."'
    )
    (ruling,) = [named for e, named in named_events(nlp, text) if e.trigger == "ruling"]
    assert ruling == {"Dana Whitcomb": "agent"}


@pytest.mark.parametrize(
    ("text", "signed"),
    [
        # found in probe210: entering into an agreement is signing it
        ("The sheriff announced Tuesday that the office has entered into a 287(g) agreement "
         "with ICE.", True),
        ("The county entered an agreement with ICE on Monday.", True),
        ("The county may enter into an agreement with ICE next year.", False),
        ("Agents entered the plant on Monday.", False),
        # ... not a plea deal nor a settlement (a review)
        ("Ruiz entered into a plea agreement with federal prosecutors on Friday.", False),
        ("The city entered into a settlement agreement with the family on Thursday.", False),
    ],
)  # fmt: skip
def test_entering_into_an_agreement_is_signing_it(nlp: Language, text: str, signed: bool) -> None:
    policies = [e for e, _ in named_events(nlp, text) if e.event_type == "policy"]
    assert bool(policies) == signed
