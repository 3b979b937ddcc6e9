"""People a text tells by what they are and names elsewhere (``extract/described.py``,
issue 15), on invented texts: the one holder of a place's title, and the person the next
sentence introduces with an age."""

from __future__ import annotations

import pytest
from spacy.language import Language

from graphx.model import EventMention
from tests.extracting import NEEDS_MODEL, named_events

pytestmark = NEEDS_MODEL


def events_of(nlp: Language, text: str) -> list[tuple[EventMention, dict[str, str]]]:
    return named_events(nlp, text)


def agents_of(nlp: Language, text: str, trigger: str) -> set[str]:
    (names,) = [names for e, names in events_of(nlp, text) if e.trigger == trigger]
    return {name for name, role in names.items() if role == "agent"}


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        # found in two fresh corpora: a wire lede tells the speaker by a place's title and
        # names them paragraphs on, or in the quote that follows
        ("Agents arrested 30 workers at a plant in Dover, and the city's mayor said Tuesday "
         "that families were left without answers. The agency said the workers were taken to "
         "Kent. Dover Mayor Rita Vance said the city had no notice.", "said", "Rita Vance"),
        ("Dover's mayor told a packed council meeting Monday night that city police played no "
         "role in last week's arrests. \"We were not asked,\" Mayor Rita Vance said.", "told",
         "Rita Vance"),
        # the title as a name is written before it ("Gov.") and as a text tells it alone
        ("The governor said Tuesday that the state would appeal the ruling. Gov. Rita Vance "
         "spoke in Dover.", "said", "Rita Vance"),
        # ... the one of the place the noun names, which the story named before (found in
        # probe47, used), and behind a dateline the parse hung on the noun (probe38, used)
        ("The deal was news across Kent County. WHITEHALL, Wis. (WXOW) - The sheriff in Kent "
         "County announced Monday that his department will not join the program. Sheriff Rita "
         "Vance made the announcement in a statement.", "announced", "Rita Vance"),
        ("DOVER, Del. (AP) -- Delaware's attorney general said Wednesday that no state officers "
         "helped the agents. Attorney General Rita Vance spoke in Wilmington.", "said",
         "Rita Vance"),
        # ... the one named before, when someone was
        ("Sheriff Tom Hale met the families. The sheriff said Tuesday that the jail would "
         "close. Sheriff Rita Vance of Kent County did not comment.", "said", "Tom Hale"),
    ],
)  # fmt: skip
def test_a_place_title_alone_is_the_one_who_holds_it(
    nlp: Language, text: str, trigger: str, agent: str
) -> None:
    assert agent in agents_of(nlp, text, trigger)


@pytest.mark.parametrize(
    "text",
    [
        # two people hold it
        "The city's mayor said Tuesday that the city had no notice. Mayor Rita Vance of Dover "
        "and Mayor Tom Hale of Smyrna met on Wednesday.",
        # the one named holds it in another place than the noun's
        "Milford's mayor said Tuesday that the city had no notice. Dover Mayor Rita Vance said "
        "the same.",
        # the one named held it before
        "The mayor said Tuesday that the city had no notice. Former Mayor Rita Vance disagreed.",
        # someone told before beside the title may hold it, though no title of hers was read
        "Ann Lee, the Kent County sheriff, spoke first. The sheriff said Tuesday that the jail "
        "would close. Sheriff Rita Vance of Sussex County did not comment.",
        # a title no place holds
        "The director said Tuesday that the program would end. Director Rita Vance spoke.",
        # (a review) the noun says more of whose title it is: another town's, a former or a
        # deputy one
        "Dover Mayor Rita Vance spoke first. The mayor of Smyrna said Tuesday that his town "
        "had not been warned.",
        "Sheriff Rita Vance defended the deal. The former sheriff said Tuesday it was a mistake.",
        "Sen. Rita Vance praised the bill. The senator from Missouri said Tuesday it was flawed.",
        "Sheriff Rita Vance was not available. The deputy sheriff said Tuesday the jail was full.",
        # (a review) the one named after holds it in a town the text had not named before
        "Agents raided a plant in Dover on Tuesday. The city's mayor said Tuesday that families "
        "were frightened. Meanwhile, Smyrna Mayor Rita Vance said her town was calm.",
    ],
)
def test_a_title_alone_is_no_one_named_when_it_cannot_be_told_whose(
    nlp: Language, text: str
) -> None:
    said = [names for e, names in events_of(nlp, text) if e.trigger == "said"]
    assert "Rita Vance" not in {n for names in said for n, role in names.items() if role == "agent"}


LEDE = (
    "A Smyrna man who ran a roofing crew was indicted by a federal grand jury in Dover on "
    "Tuesday on charges of harboring workers who were in the country illegally. "
)


@pytest.mark.parametrize(
    ("following", "indicted"),
    [
        # found in two fresh corpora: the lede keeps the name, the next sentence introduces
        # the person with an age
        ("According to the indictment, Dale Ames, 47, the owner of Ames Roofing LLC, hired at "
         "least 20 workers.", True),
        ("Dale Ames, 47, owner of Ames Roofing LLC, faces four counts of harboring.", True),
        # ... not a person named next with no age, nor a speaker
        ("Dale Ames, the owner of Ames Roofing LLC, faces four counts of harboring.", False),
        ("U.S. Attorney Dale Ames said the case was the largest of its kind.", False),
        # (a review) nor one told by a relation or a title, one who only speaks, or one the
        # sentence tells nothing more of than the age
        ("His wife, Dale Ames, 47, said he had done nothing wrong.", False),
        ("Judge Dale Ames, 61, set the trial for June.", False),
        ("Dale Ames, 47, a neighbor, said the crew worked long hours.", False),
        ("Dale Ames, 47, was found dead in his home on Sunday.", False),
    ],
)  # fmt: skip
def test_a_person_told_by_what_they_are_is_the_one_introduced_next(
    nlp: Language, following: str, indicted: bool
) -> None:
    (names,) = [n for e, n in events_of(nlp, LEDE + following) if e.trigger == "indicted"]
    assert ("Dale Ames" in names) == indicted


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # many people, not one
        ("Agents arrested 23 workers at a Dover plant on Tuesday. Dale Ames, 47, said his "
         "brother was among them.", "arrested"),
        # the lede names someone already
        ("Agents arrested a Smyrna man and Tom Hale at a Dover plant on Tuesday. Dale Ames, "
         "47, said he saw it.", "arrested"),
        # the person was named before the noun
        ("Dale Ames, 47, runs a roofing crew. On Tuesday a federal grand jury indicted a "
         "Smyrna man on harboring charges. Dale Ames, 47, denied it.", "indicted"),
    ],
)  # fmt: skip
def test_a_person_introduced_next_stands_for_no_one_else(
    nlp: Language, text: str, trigger: str
) -> None:
    found = [n for e, n in events_of(nlp, text) if e.trigger == trigger]
    assert found and all(n.get("Dale Ames") != "patient" for n in found)


@pytest.mark.parametrize(
    ("following", "named"),
    [
        # found in a fresh corpus: the lede's person acts on what the lede told ("the lawsuit")
        ("Tom Ruiz, 34, filed the lawsuit in federal court in Dover.", True),
        ("Tom Ruiz, 34, brought the suit with help from a legal aid group.", True),
        # ... not one who acts on something new, nor one who only speaks of it
        ("Tom Ruiz, 34, filed a complaint with the state in May.", False),
        ("Tom Ruiz, 34, said the lawsuit was overdue.", False),
    ],
)  # fmt: skip
def test_a_person_who_acts_on_what_the_lede_told_is_the_one_introduced_next(
    nlp: Language, following: str, named: bool
) -> None:
    lede = "A Milford man sued the county sheriff on Tuesday over his jailing. "
    (names,) = [n for e, n in events_of(nlp, lede + following) if e.trigger == "sued"]
    assert ("Tom Ruiz" in names) == named


def test_a_person_who_entered_the_plea_the_lede_told_is_its_person(nlp: Language) -> None:
    # found in probe80 (working): "pleaded guilty" is a plea, though its verb's lemma is not
    text = (
        "The former owner of a Lima roofing company pleaded guilty Wednesday to a federal "
        "hiring charge. Tom Ruiz, 64, entered the plea before a federal judge in Toledo."
    )
    (names,) = [n for e, n in events_of(nlp, text) if e.trigger == "pleaded"]
    assert names.get("Tom Ruiz") == "agent"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # (a review) one who saw or filmed the lede's act, or made another, is someone else
        ("A Dover man was arrested by ICE agents on Tuesday outside his home. Maria Lopez, 29, "
         "witnessed the arrest from across the street.", "arrested"),
        ("A Dover woman was detained by ICE on Monday. Carl Rivera, 52, organized the protest "
         "that followed outside the county jail.", "detained"),
        # (a review) only the doer's own verb ("entered", "filed") ties the person, not who
        # took the plea
        ("A Lima man pleaded guilty Thursday to harboring workers. Dana Fritz, 58, accepted "
         "the plea in federal court in Toledo.", "pleaded"),
    ],
)  # fmt: skip
def test_a_person_who_saw_the_ledes_act_is_not_its_person(
    nlp: Language, text: str, trigger: str
) -> None:
    found = [n for e, n in events_of(nlp, text) if e.trigger == trigger]
    others = {"Maria Lopez", "Carl Rivera", "Dana Fritz"}
    assert found and all(not (others & set(n)) for n in found)


@pytest.mark.parametrize(
    ("text", "trigger", "named"),
    [
        # found in probe273 (working): a release tells the sentencing of "a man", then the
        # plea of the one it names, with no word of what he is; behind a dateline too
        ("TRENTON, N.J. — A Camden man who owned a roofing company was sentenced Thursday to "
         "30 months in prison for harboring workers. Tom Ruiz, 54, pleaded guilty in May to "
         "conspiracy to harbor aliens.", "sentenced", True),
        ("A Camden woman was convicted Tuesday of harboring workers. Ana Cruz, 41, had "
         "pleaded not guilty in March.", "convicted", True),
        # ... an act of another kind, or a step that may be another's, is another's story
        ("A Camden man was sentenced Thursday to 30 months in prison. Tom Ruiz, 54, moved to "
         "Trenton in May.", "sentenced", False),
        # (a review) the same step in a separate case, a suit against him, a death, a
        # detention elsewhere
        ("A Camden woman was sentenced Thursday for harboring workers. Ana Cruz, 61, was "
         "sentenced last week in a separate case.", "sentenced", False),
        ("A Camden man was convicted Friday of cheating farmworkers out of their wages. Ana "
         "Cruz, 29, sued him in 2018.", "convicted", False),
        ("A Camden man was arrested Saturday after a pickup carrying 11 migrants rolled over. "
         "Tom Ruiz, 17, was killed in the crash, police said.", "arrested", False),
        ("A Honduran woman was detained by ICE agents Tuesday outside the Camden courthouse. "
         "Tom Ruiz, 41, was detained at the same courthouse in March.", "detained", False),
    ],
)  # fmt: skip
def test_the_next_step_of_the_case_the_lede_told_is_its_persons(
    nlp: Language, text: str, trigger: str, named: bool
) -> None:
    names = next(n for e, n in events_of(nlp, text) if e.trigger == trigger)  # the lede's
    assert bool({"Tom Ruiz", "Ana Cruz"} & set(names)) == named
