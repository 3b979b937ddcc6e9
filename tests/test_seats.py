"""A member's act is its body's (issue 15): "Supervisor Hal Brandt voted no" tells the vote
"the Board of Supervisors voted 2-1 Wednesday" tells, when the article names that one board.
Invented bodies, people and articles.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graphx.model import Entity, Role
from graphx.resolve.seats import seats_of
from tests.extracting import NEEDS_MODEL, events_built_from

BOARD = Entity("board", "agency", "Dorsey County Board of Supervisors")
COUNCIL = Entity("council", "agency", "Pellham City Council", aliases={"the council"})
COMMISSION = Entity("commission", "agency", "Dorsey County Commission")
STATE = Entity("state", "agency", "Dorsey State Planning Commission")
SHERIFF = Entity("sheriff", "agency", "Dorsey County Sheriff's Office")
TRUSTEES = Entity("trustees", "agency", "Pellham College Board of Trustees")


def _person(title: str, doc_id: str = "d1") -> Entity:
    return Entity("p", "person", "Ana Ruiz", roles=[Role(title, "", doc_id)])


@pytest.mark.parametrize(
    ("title", "bodies", "seat"),
    [
        ("Supervisor", [BOARD, COUNCIL, SHERIFF], {"board"}),
        ("Board Chair", [BOARD, COUNCIL, SHERIFF], {"board"}),  # the title names the body
        ("Councilwoman", [BOARD, COUNCIL], {"council"}),
        ("Council President", [BOARD, COUNCIL], {"council"}),
        ("County Commissioner", [COMMISSION, SHERIFF], {"commission"}),
        # two commissions the article names: the title tells neither
        ("Commissioner", [COMMISSION, STATE], set()),
        # no seat: a sheriff heads an office, a mayor sits on no council here
        ("Sheriff", [BOARD, COUNCIL, SHERIFF], set()),
        ("Mayor", [BOARD, COUNCIL], set()),
        # a supervisor where the article names no board of supervisors
        ("Supervisor", [COUNCIL, SHERIFF], set()),
        # a title's other words must be a role's or the body's name's (a review): a company's
        # shift supervisor and a court's trustee sit on no board
        ("Shift Supervisor", [BOARD, SHERIFF], set()),
        ("bankruptcy trustee", [TRUSTEES, BOARD], set()),
        ("Pellham City Council Member", [COUNCIL, BOARD], {"council"}),
        ("Vice Chair", [BOARD, COUNCIL], set()),
    ],
)
def test_seats_a_title_is_a_seat_on_the_one_body_it_names(
    title: str, bodies: list[Entity], seat: set[str]
) -> None:
    person = _person(title)
    entities = {e.id: e for e in [*bodies, person]}
    assert seats_of(["p"], "d1", list(entities), entities) == seat


@pytest.mark.parametrize(
    ("title", "sentence", "seat"),
    [
        ("Supervisor", "Dorsey County Supervisor Ana Ruiz voted no.", {"board"}),
        ("Supervisor", "The Supervisor, Ana Ruiz, voted no.", {"board"}),
        # a company's supervisor, the title's first word left out of it by the reader (a
        # review: she had joined the board's vote)
        ("Supervisor", "Shift Supervisor Ana Ruiz voted against the union's offer.", set()),
        # a title in lower case is no seat ("bankruptcy trustee Gerald Finch voted")
        ("supervisor", "Ana Ruiz, a supervisor at the plant, voted no.", set()),
    ],
)
def test_seats_a_title_as_the_sentence_writes_it(title: str, sentence: str, seat: set[str]) -> None:
    person = _person(title)
    entities = {"board": BOARD, "p": person}
    assert seats_of(["p"], "d1", ["board", "p"], entities, sentence) == seat


def test_seats_only_the_title_the_article_gives() -> None:
    # a supervisor in another article ("d2") is no member of this one's board
    person = _person("Supervisor", doc_id="d2")
    entities = {"board": BOARD, "p": person}
    assert seats_of(["p"], "d1", ["board", "p"], entities) == frozenset()


def test_seats_only_of_people() -> None:
    entities = {"board": BOARD, "council": COUNCIL}
    assert seats_of(["council"], "d1", ["board", "council"], entities) == frozenset()


_VOTE = """Supervisors end jail deal

By Gil Amaro
Staff Reporter

DORSEY — The Yavapai County Board of Supervisors voted 2-1 Wednesday to end the county \
jail's agreement to house detainees for U.S. Immigration and Customs Enforcement, closing \
out an arrangement that began in 2008 and brought the county close to $1.9 million last year.

Board Chair Ana Ruiz and Supervisor Tomas Reyes voted to give ICE the 90-day notice the \
agreement requires. Supervisor Hal Brandt voted no, warning that the jail would lose its \
largest outside source of revenue.
"""


@NEEDS_MODEL[0]
@NEEDS_MODEL[1]
def test_seats_a_members_vote_is_the_boards_vote_of_its_article(tmp_path: Path) -> None:
    # an article with no date: its "Wednesday" is of no known week, and the members' votes,
    # with no date of their own, had been two votes more beside the board's
    votes = [a for a in events_built_from(tmp_path, "vote.txt", _VOTE) if a["trigger"] == "voted"]
    assert len(votes) == 1
    assert len(votes[0]["evidence"]) == 3


def test_seats_not_of_another_body_the_text_names() -> None:
    # "Commissioner Lena Ortiz of the Dorsey State Planning Commission voted" sits on no
    # county commission (a review); a supervisor of the county her board governs does
    office = Entity("office", "agency", "Dorsey Land Office")
    county = Entity("county", "jurisdiction", "Dorsey County")
    commissioner = Entity("p", "person", "Lena Ortiz", roles=[Role("Commissioner", "office", "d1")])
    entities = {"commission": COMMISSION, "office": office, "p": commissioner}
    assert seats_of(["p"], "d1", ["commission", "office", "p"], entities) == frozenset()
    supervisor = Entity("p", "person", "Ana Ruiz", roles=[Role("Supervisor", "county", "d1")])
    entities = {"board": BOARD, "county": county, "p": supervisor}
    assert seats_of(["p"], "d1", ["board", "county", "p"], entities) == {"board"}


@pytest.mark.parametrize(
    ("sentence", "seat"),
    [
        ("Supervisor Ana Ruiz voted no.", {"board"}),
        # an older or repeated act, told in a perfect, is no act of the body's vote (a review)
        ("Supervisor Ana Ruiz has also voted against two earlier jail contracts.", set()),
        ("Supervisor Ana Ruiz had voted against the plan in 2019.", set()),
    ],
)
def test_seats_not_for_an_act_told_in_a_perfect(sentence: str, seat: set[str]) -> None:
    entities = {"board": BOARD, "p": _person("Supervisor")}
    assert seats_of(["p"], "d1", ["board", "p"], entities, sentence, "voted") == seat
