"""A practice ended, told as the rule from now on (issue 15), on invented sentences parsed
by the model: "Effective today, the jail will no longer hold anyone on a detainer", "the
jail will stop honoring detainers, the sheriff said Tuesday". The change is the happening,
on the day it was announced or took effect; one person's plans and undated rules are not.
Days are worked out by hand from the publication date, Friday 8 March 2024.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from graphx.build.engines import extract
from graphx.model import Document, EventMention
from tests.extracting import NEEDS_MODEL, named_events

pytestmark = NEEDS_MODEL


def policies(nlp: Language, text: str, published: str = "2024-03-08") -> list[EventMention]:
    return [e for e, _ in named_events(nlp, text, published) if e.event_type == "policy"]


def assert_ended_on_tuesday(nlp: Language, text: str) -> None:
    """The text tells one practice ended, on Tuesday 5 March 2024."""
    (event,) = policies(nlp, text)
    assert event.lemma == "end"
    assert event.time is not None and event.time.date_start == "2024-03-05"


def test_a_rule_in_effect_today_is_a_practice_ended_that_day(nlp: Language) -> None:
    text = (
        "Effective today, the Marlow County Sheriff's Office will no longer hold anyone in "
        "the county jail solely on the basis of an immigration detainer."
    )
    (event,) = policies(nlp, text)
    assert (event.trigger, event.lemma) == ("hold", "end")
    assert event.time is not None
    assert (event.time.date_start, event.time.date_end) == ("2024-03-08", "2024-03-08")


def test_a_rule_in_effect_immediately_is_of_the_days_the_text_was_written(
    nlp: Language,
) -> None:
    (event,) = policies(nlp, "Effective immediately, the jail will stop honoring detainers.")
    assert event.lemma == "end"
    assert event.time is not None and event.time.uncertain
    assert event.time.date_end == "2024-03-08"
    assert "2024-03-01" < event.time.date_start <= "2024-03-08"


def test_a_rule_said_on_a_day_is_the_change_on_that_day_not_a_statement(nlp: Language) -> None:
    text = (
        "The Ruthven County Jail will stop honoring detainers from immigration agents "
        "unless they come with a warrant, Sheriff Tom Bakke said Tuesday."
    )
    found = named_events(nlp, text)
    assert [e.event_type for e, _ in found] == ["policy"]
    event, people = found[0]
    assert event.time is not None and event.time.date_start == "2024-03-05"
    assert people.get("Tom Bakke") == "agent"


def test_people_no_longer_held_under_a_rule_said_on_monday(nlp: Language) -> None:
    text = (
        "Inmates at the Ruthven County Jail will no longer be held for immigration agents "
        "without a warrant, Sheriff Tom Bakke said on Monday."
    )
    found = [(e, p) for e, p in named_events(nlp, text) if e.event_type == "policy"]
    assert len(found) == 1
    event, people = found[0]
    assert event.time is not None and event.time.date_start == "2024-03-04"
    assert {"Tom Bakke", "Ruthven County Jail"} <= set(people)


def test_a_rule_said_in_the_past_is_told_with_would(nlp: Language) -> None:
    text = (
        "In a written statement released on Thursday, Sheriff Tom Bakke said the Ruthven "
        "County jail would stop honoring immigration detainers not backed by a warrant."
    )
    (event,) = policies(nlp, text)
    assert event.time is not None and event.time.date_start == "2024-03-07"


@pytest.mark.parametrize(
    "text",
    [
        "Marta Lund said Tuesday she will no longer attend the vigils.",
        "The family will no longer be able to visit him, the lawyer said Tuesday.",
        "The sheriff said Tuesday the jail will not stop honoring detainers.",
        "The jail will no longer hold people on detainers alone.",  # no day
        "Sheriff Tom Bakke said Thursday the jail would stop honoring detainers if the "
        "county paid for it.",  # what would follow from something else
        # a review: one person's own doing or custody, a denial, a prediction, a day ahead
        "Lopez will no longer work at the plant, her lawyer said Friday.",
        "Mayor Ana Ruiz will no longer attend council meetings, her office said Monday.",
        "She will no longer be held at the Adams County jail, her lawyer said Tuesday.",
        "The sheriff denied Tuesday that the jail will stop honoring detainers.",
        "Critics warned Tuesday that the jail would stop honoring detainers.",
        "Effective Monday, the Sheriff's Office will no longer hold anyone on a detainer.",
        # one who holds no office by name, of herself; an office holder of his own ways
        "Ana Ruiz said Tuesday she will stop holding people on ICE detainers.",
        "The sheriff said Tuesday he will no longer hold grudges.",
        "Her attorney said Tuesday she will no longer cooperate with ICE agents.",
        # (a review) an office holder's own ways, with people of no custody in them
        "The governor said Tuesday she will stop meeting with residents at the mansion.",
        "The mayor said Tuesday she will no longer take calls from residents after 9 p.m.",
        "The mayor said Tuesday he will stop running and will not endorse the Democratic "
        "Party candidate.",
    ],
)
def test_no_practice_ended_without_a_body_a_change_or_a_day(nlp: Language, text: str) -> None:
    assert policies(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # found in probe230: the office holder tells his office's rule of himself
        "A sheriff in western Marlow County said Tuesday he will no longer keep people in his "
        "jail past their release dates because ICE asks him to.",
        "Sheriff Ana Ruiz said Tuesday she will stop holding people on ICE detainers.",
    ],
)
def test_an_office_holders_rule_told_of_himself_is_the_change(nlp: Language, text: str) -> None:
    (event,) = policies(nlp, text)
    assert event.lemma == "end"
    assert event.time is not None and event.time.date_start == "2024-03-05"


def test_a_change_announced_on_no_day_told_is_an_undated_change(nlp: Language) -> None:
    # found in probe109: another outlet's "announced that his jail in Ely will stop ..."
    text = "Sheriff Tom Bakke announced that his jail will stop holding people for ICE."
    (event,) = policies(nlp, text)
    assert event.lemma == "end" and (event.time is None or not event.time.date_start)


def test_a_change_dated_only_ahead_leaves_the_saying_its_news(nlp: Language) -> None:
    text = "Sheriff Tom Bakke said Tuesday the jail will stop cooperating with ICE next year."
    found = [(e.trigger, e.event_type) for e, _ in named_events(nlp, text)]
    assert found == [("said", "statement")]


def test_announcing_the_change_is_the_practice_ended(nlp: Language) -> None:
    # found in probe100: "announced the policy change Thursday afternoon" in one article,
    # "will no longer hold any inmate" in another
    (event,) = policies(nlp, "Sheriff Tom Bakke announced the policy change on Thursday.")
    assert event.lemma == "end" and event.time is not None
    assert event.time.date_start == "2024-03-07"
    # a review: a change of anything else is no practice ended
    assert policies(nlp, "Workers arrived for the 6 a.m. shift change on Thursday.") == []
    # found in probe104: "announced the change Tuesday, June 17, in a written statement"
    (event,) = policies(nlp, "Sheriff Tom Bakke announced the change on Thursday.")
    assert event.lemma == "end" and event.time is not None
    assert event.time.date_start == "2024-03-07"
    assert policies(nlp, "The mayor announced changes to the bus schedule on Thursday.") == []


def test_the_place_of_an_act_told_to_time_another_is_not_the_rules(nlp: Language) -> None:
    text = (
        "Ruthven County will no longer keep people in its jail on immigration holds alone, "
        "Sheriff Tom Bakke announced Monday, making it the seventh county in the state to "
        "change course since a federal court ruling in Oregon in April."
    )
    document = Document("t", "t.txt", "txt", text, published="2024-03-08")
    found = extract(nlp(text), document)
    names = {m.id: m.text for m in found.mentions}
    (event,) = [e for e in found.events if e.event_type == "policy"]
    assert names.get(event.place or "") == "Ruthven County"


def test_a_practice_ended_told_as_done_by_a_saying_is_the_change(nlp: Language) -> None:
    # found in probe94: "said his jail was done holding people" beside other outlets'
    # "will no longer": the same change, told as done
    text = (
        "Sheriff Tom Bakke said Tuesday the Ruthven County jail has stopped honoring "
        "immigration detainers."
    )
    found = named_events(nlp, text)
    assert [(e.event_type, e.lemma) for e, _ in found] == [("policy", "end")]
    event, people = found[0]
    assert event.time is not None and event.time.date_start == "2024-03-05"
    assert people.get("Tom Bakke") == "agent"


@pytest.mark.parametrize(
    "text",
    [
        "The Ruthven County jail no longer honors immigration detainers, Sheriff Tom Bakke "
        "said Tuesday.",
        "Sheriff Tom Bakke said Tuesday that the Ruthven County jail was done holding people "
        "for ICE.",
        "Sheriff Tom Bakke said Tuesday the Ruthven County jail stopped honoring detainers.",
    ],
)
def test_a_practice_ended_told_as_a_state_or_a_past_is_done_by_the_saying(
    nlp: Language, text: str
) -> None:
    (event,) = policies(nlp, text)
    assert event.lemma == "end" and event.time is not None and event.time.uncertain
    # the week up to the Tuesday it was said, 5 March 2024
    assert (event.time.date_start, event.time.date_end) == ("2024-02-28", "2024-03-05")


def test_a_practice_ended_on_a_day_of_its_own_is_the_change_then(nlp: Language) -> None:
    (event,) = policies(nlp, "The Ruthven County jail stopped honoring detainers in March 2019.")
    assert event.lemma == "end" and event.time is not None
    assert (event.time.date_start, event.time.date_end) == ("2019-03-01", "2019-03-31")


@pytest.mark.parametrize(
    "text",
    [
        "Deputies stopped a car on Highway 9 in Ruthven County on Monday.",
        "Sheriff Tom Bakke stopped taking questions on Monday.",
        "Marta Lund said Tuesday she no longer attends the vigils in Ruthven County.",
        "Sheriff Tom Bakke said Tuesday the Ruthven County jail has not stopped honoring "
        "detainers.",
        "Sheriff Tom Bakke denied Tuesday that the Ruthven County jail stopped honoring detainers.",
        "Sheriff Tom Bakke said Tuesday his deputies in Ruthven County are done talking.",
        # found in probe115: people who are no body, and their own comings
        "Marisol Vega said Tuesday her customers had already stopped shopping at the "
        "Ruthven County stores.",
        # a review of this change: what is no body's practice, or no end of one
        "The Dow stopped falling on Tuesday afternoon.",
        "It stopped raining Tuesday afternoon in Ruthven County, the weather service said.",
        "Sheriff Tom Bakke said Tuesday the Ruthven County jail no longer exists in its old form.",
        "Ruthven County no longer owns the building, Commissioner Bob Tate said Monday.",
        "Has the Ruthven County jail stopped honoring detainers? Sheriff Tom Bakke would not "
        "say Tuesday.",
        "Sheriff Tom Bakke said Tuesday that the Ruthven County jail almost stopped honoring "
        "detainers in 2020.",
        "The Ruthven County Council stopped taking public comment at 10 p.m. Tuesday.",
        # found by this change's check of the gerund: the verb alone was checked before
        "Mayor Ana Ruiz will stop attending council meetings, her office said Monday.",
    ],
)
def test_no_practice_ended_told_as_done_without_a_bodys_practice(nlp: Language, text: str) -> None:
    assert policies(nlp, text) == []


def test_a_practice_ended_by_a_body_after_a_dateline(nlp: Language) -> None:
    # found in probe105: the parser made the dateline the subject, the body its appositive
    text = (
        "NORTH HAVERHILL — The Ruthven County Department of Corrections will no longer hold "
        "inmates for ICE unless a judge has signed a warrant, Superintendent Glenn Libby "
        "told county commissioners Tuesday."
    )
    (event,) = policies(nlp, text)
    assert event.lemma == "end" and event.time is not None
    assert event.time.date_start == "2024-03-05"


def test_an_older_past_told_on_a_day_stays_the_telling(nlp: Language) -> None:
    # a review: "had stopped" under a telling of 2021 is older than the telling, undated
    text = (
        "Sheriff Tom Bakke told the Herald in 2021 that the Ruthven County jail had stopped "
        "honoring detainers."
    )
    found = [(e.trigger, e.event_type) for e, _ in named_events(nlp, text)]
    assert found == [("told", "statement")]


def test_a_rule_by_a_body_of_any_kind_is_still_read(nlp: Language) -> None:
    # a review: the stricter test of a body is only for ends told as done
    text = (
        "The Ruthven school district will no longer share student records with ICE, "
        "Superintendent Mark Ruiz said Tuesday."
    )
    (event,) = policies(nlp, text)
    assert event.lemma == "end" and event.time is not None
    assert event.time.date_start == "2024-03-05"


@pytest.mark.parametrize(
    "text",
    [
        # found in probe142 (working): a blog's "held a press conference in La Junta to
        # announce that his jail will stop honoring immigration detainers"
        "Sheriff Tom Bakke held a news conference Tuesday to announce that his jail will stop "
        "honoring detainers.",
        "Sheriff Tom Bakke spoke to reporters Tuesday to say the jail will no longer hold "
        "anyone on a detainer alone.",
    ],
)
def test_a_change_announced_as_the_purpose_of_a_past_act_is_done_on_its_day(
    nlp: Language, text: str
) -> None:
    assert_ended_on_tuesday(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Sheriff Tom Bakke will hold a news conference Tuesday to announce that his jail will "
        "stop honoring detainers.",
        "Sheriff Tom Bakke plans to announce that his jail will stop honoring detainers.",
        # a verb that takes its infinitive is no act the announcing was the purpose of (a
        # review)
        "Sheriff Tom Bakke failed to announce Friday that the jail would stop honoring detainers.",
        "Sheriff Tom Bakke agreed Monday to tell deputies that the jail would stop honoring "
        "detainers.",
    ],
)
def test_a_change_to_be_announced_is_none_yet(nlp: Language, text: str) -> None:
    assert policies(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # found in probe149: a change announced with the day it takes effect is the change,
        # on the day it was announced
        "Sheriff Tom Bakke announced Tuesday that the jail will stop honoring detainers "
        "effective July 1.",
        "The jail will stop honoring detainers effective July 1, Sheriff Tom Bakke said Tuesday.",
        # ... and so is an arrangement's end
        "Sheriff Tom Bakke announced Tuesday that Ruthven County will terminate its 287(g) "
        "agreement with ICE effective July 1.",
        "Sheriff Tom Bakke said Tuesday that the county will end its contract with ICE.",
        # found in probe253: the day it takes effect told as the end of a time, or as the
        # day from which
        "The jail will stop transporting detainees for ICE at the end of next month, Sheriff "
        "Tom Bakke announced Tuesday.",
        "Sheriff Tom Bakke announced Tuesday that Ruthven County will terminate its agreement "
        "with ICE as of March 31.",
    ],
)
def test_a_change_announced_with_the_day_it_takes_effect_is_the_change_then(
    nlp: Language, text: str
) -> None:
    assert_ended_on_tuesday(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # ... not the end of anything else, nor a change for a time ahead
        "The county will end the year with a surplus, Treasurer Tom Bakke said Tuesday.",
        "Sheriff Tom Bakke said Tuesday that the jail will end the program next year.",
        # ... nor one by the end of a time on terms, a threat (a review)
        "The Ruthven County Sheriff's Office will stop transporting detainees for ICE at the end "
        "of next month unless the federal government pays its bills, Sheriff Tom Bakke said "
        "Tuesday.",
    ],
)
def test_an_end_that_is_no_change_announced_is_none(nlp: Language, text: str) -> None:
    assert [e.lemma for e in policies(nlp, text)] == []


@pytest.mark.parametrize(
    "text",
    [
        # found in a probe: the prison system "said Thursday that it will honor a detainer ...
        # only if it comes with a judicial warrant", a statement where another outlet told
        # the same change as "will stop holding inmates"
        "The Ruthven County Jail said Tuesday that it will honor a detainer from immigration "
        "agents only if it comes with a judicial warrant.",
        "The sheriff's office said Tuesday the jail will hold inmates for ICE only when a "
        "judge signs a warrant.",
        "The Ruthven County Jail won't keep anyone for immigration agents unless a judge "
        "signs a warrant, the sheriff's office said Tuesday.",
        # ... or a crime (a review)
        "The sheriff's office said Tuesday the jail will notify ICE of an inmate's release "
        "only when the inmate has been convicted of a violent felony.",
    ],
)
def test_a_practice_narrowed_to_a_condition_is_a_practice_ended(nlp: Language, text: str) -> None:
    assert_ended_on_tuesday(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # the condition with no "only" is what the jail does when it does it
        "The sheriff's office said Tuesday the jail will hold inmates for ICE when a judge "
        "signs a warrant.",
        # one person's doing, not a body's practice
        "The judge said Tuesday he will release the man only if he posts bond.",
        # not a practice of the list
        "The council said Tuesday it will vote on the budget only if the mayor signs it.",
        # ... nor a condition of the law: one case's, a shop's, a shelter's (a review)
        "ICE said Tuesday it won't release Jorge Ruiz unless he posts a $10,000 bond.",
        "The store said Tuesday it will accept returns only if customers bring a receipt.",
        "The shelter said Tuesday it will accept families only when beds open up.",
    ],
)
def test_no_practice_narrowed_without_only_a_body_or_a_practice(nlp: Language, text: str) -> None:
    assert policies(nlp, text) == []


def test_the_announcement_of_a_practice_ended_before_it_is_that_change(nlp: Language) -> None:
    # found in a probe: the lede told the change undated ("says it won't keep anyone ...
    # unless"), the next sentence its day ("made the announcement Thursday afternoon")
    text = (
        "The Ruthven County Jail says it won't keep anyone for immigration agents unless a "
        "judge signs a warrant. Sheriff Tom Bakke made the announcement Tuesday afternoon."
    )
    assert_ended_on_tuesday(nlp, text)
    # ... while an announcement after no practice ended, or after news between, is a
    # statement (a review); the lede alone is a change told as news (probe188, opened), of
    # the days the text was written
    text = (
        "The Ruthven County Jail says it won't keep anyone for immigration agents unless a "
        "judge signs a warrant. Separately, the school superintendent is retiring in June. "
        "She made the announcement Tuesday."
    )
    (change,) = policies(nlp, text)
    assert change.trigger == "keep" and change.time is not None and change.time.uncertain
    text = (
        "The mayor said the city will open a new park. Mayor Ann Lee made the announcement Tuesday."
    )
    assert policies(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Sheriff Tom Bakke says his jail will stop holding people for federal immigration "
        "agents unless a judge has signed a warrant.",
        "The Ruthven County Jail will no longer hold anyone on a detainer alone, Sheriff Tom "
        "Bakke says.",
    ],
)
def test_a_change_a_teller_tells_in_the_present_is_news_of_the_days_written(
    nlp: Language, text: str
) -> None:
    # found in probe188 (opened): a lede's "says his jail will stop holding people"
    (event,) = policies(nlp, text)
    assert event.lemma == "end" and event.time is not None and event.time.uncertain
    assert (event.time.date_start, event.time.date_end) == ("2024-03-07", "2024-03-08")


@pytest.mark.parametrize(
    "text",
    [
        "The county's policy says deputies will no longer ask anyone about immigration status.",
        # a review: no teller who can set the rule
        "Critics say the jail will stop honoring ICE detainers only on paper.",
        "The sheriff's website says the jail will no longer accept ICE detainees.",
    ],
)
def test_a_change_told_in_the_present_by_no_one_who_sets_it_is_none(
    nlp: Language, text: str
) -> None:
    assert policies(nlp, text) == []


def test_the_teller_of_a_change_shares_the_subject_of_the_verb_before(nlp: Language) -> None:
    # found in probe188 (opened): "went on Facebook and told the whole county that his jail
    # would no longer honor immigration detainers"
    text = (
        "On Tuesday, Sheriff Tom Bakke went on the radio and told listeners that his jail "
        "would no longer honor immigration detainers."
    )
    found = [(e, people) for e, people in named_events(nlp, text) if e.event_type == "policy"]
    ((event, people),) = found
    assert event.time is not None and event.time.date_start == "2024-03-05"
    assert people.get("Tom Bakke") == "agent"
    # a review: one who passes on another's rule, or a rule not of their own, sets none
    for text in (
        "On Tuesday, Commissioner Ann Lee called a reporter and said the jail would no "
        "longer honor immigration detainers.",
        "On Tuesday, Sheriff Tom Bakke went on the radio and told listeners that ICE would "
        "no longer hold detainees at his jail.",
    ):
        for _, people in named_events(nlp, text):
            assert "Ann Lee" not in people and people.get("Tom Bakke") != "agent"
