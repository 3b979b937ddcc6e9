"""The trigger vocabulary of wire news (issue 15), on invented sentences parsed by the model.

New verbs give events of the right type and family, synonyms share a family,
phrasal verbs are read with their particle, a noun trigger in a prepositional
phrase takes the subject of the verb it hangs on, and words too general to
name a happening stay out.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from graphx.build.engines import extract
from graphx.extract.ner import find_mentions
from graphx.extract.triggers import load_taxonomy
from graphx.model import Document, EventMention, Failure
from graphx.settings import Settings
from tests.extracting import NEEDS_MODEL, named_events

pytestmark = NEEDS_MODEL


def events_of(nlp: Language, text: str) -> list[tuple[EventMention, dict[str, str]]]:
    """The events of one text, each with its participants' names by role."""
    return named_events(nlp, text)


def dated_triggers(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    """Each event's trigger and the first day of its date (None when undated)."""
    return [(e.trigger, e.time and e.time.date_start) for e, _ in events_of(nlp, text)]


def only_event(nlp: Language, text: str) -> tuple[EventMention, dict[str, str]]:
    (found,) = events_of(nlp, text)
    return found


@pytest.mark.parametrize(
    ("text", "trigger", "kind", "family"),
    [
        ("Maria Ortiz blasted the FBI on Monday.", "blasted", "statement", "criticize"),
        ("Paul Grant lambasted the FBI.", "lambasted", "statement", "criticize"),
        # found in a fresh corpus: answering a claim, "back" read as an adverb
        (
            "Federal officials on Tuesday pushed back against the report.",
            "pushed",
            "statement",
            "criticize",
        ),
        ("Ann Lee praised the FBI on Tuesday.", "praised", "statement", "praise"),
        ("Judge Ann Lee overturned it on Tuesday.", "overturned", "legal_action", "ruling"),
        ("A federal judge struck down the policy on Monday.", "struck", "legal_action", "ruling"),
        # a court's opinion a judge hands down is its ruling (found in probe288, read) ...
        (
            "On Thursday, Judge Ann Lee handed down the opinion we had waited on.",
            "handed",
            "legal_action",
            "ruling",
        ),
        (
            "The opinion was issued Friday by U.S. District Judge Ann Lee.",
            "issued",
            "legal_action",
            "ruling",
        ),
        ("The administration rolled out the program in March.", "rolled", "policy", "launch"),
        ("Agents rounded up dozens of workers on Tuesday.", "rounded", "enforcement", "arrest"),
        ("The governor revoked the order on Thursday.", "revoked", "policy", "end"),
        ("The Dayton City Council voted 7-2 on Monday to approve it.", "voted", "policy", "enact"),
        # a body's decision (found in a fresh corpus: "..., the county commission decided
        # Tuesday")
        ("The Dayton City Council decided Tuesday to end it.", "decided", "policy", "enact"),
        # signing by another name (found in a fresh corpus)
        ("Sheriff Ann Lee put his signature on the deal on Tuesday.", "put", "policy", "enact"),
        ("Sheriff Ann Lee inked the deal with ICE on Tuesday.", "inked", "policy", "enact"),
        ("Judge Ann Lee pleaded not guilty on May 15.", "pleaded", "legal_action", "plea"),
        ("Tom Ruiz pleaded guilty to fraud on Monday.", "pleaded", "legal_action", "plea"),
        ("Secretary Ann Lee toured the jail on Saturday.", "toured", "meeting", "visit"),
        # a body's sitting told by what it heard (found in a probe corpus)
        (
            "The Dayton City Council heard a proposal from the sheriff on Thursday.",
            "heard",
            "meeting",
            "hearing",
        ),
        (
            "The county commission took public comment on the plan on Tuesday.",
            "took",
            "meeting",
            "hearing",
        ),
        # ... or by the people it heard from (found in probe204)
        (
            "The Dayton City Council heard from more than 40 speakers Monday night.",
            "heard",
            "meeting",
            "hearing",
        ),
        (
            "The Dayton City Council heard public comment on the plan on Tuesday.",
            "heard",
            "meeting",
            "hearing",
        ),
        (
            "Governor Ann Lee deployed the National Guard on Thursday.",
            "deployed",
            "enforcement",
            "deploy",
        ),
        ("The FBI paused the program on Monday.", "paused", "policy", "suspend"),
        # ending a gathering is part of it, no policy's end (found in probe157)
        (
            "Detainees at the Dayton jail ended their hunger strike on Friday.",
            "ended",
            "meeting",
            "protest",
        ),
        # a death told by who declared it or came on it (found in probe156)
        (
            "Tom Ruiz was pronounced dead at a Dayton hospital on Saturday.",
            "pronounced",
            "enforcement",
            "death",
        ),
        (
            "Tom Ruiz was found dead in his cell at the Dayton jail on Saturday.",
            "found",
            "enforcement",
            "death",
        ),
        # ... the parse making the one found the subject of "dead"
        (
            "Deputies found the inmate dead in his cell at the Dayton jail on Saturday.",
            "found",
            "enforcement",
            "death",
        ),
        # leaving an arrangement ends it (outlets telling one sheriff's end of a 287(g)
        # agreement; found in probe154)
        ("Sheriff Ann Lee pulled out of the 287(g) program on Monday.", "pulled", "policy", "end"),
        ("The Dayton City Council opted out of the program on Monday.", "opted", "policy", "end"),
        ("Sheriff Ann Lee backed out of the deal with ICE on Monday.", "backed", "policy", "end"),
        ("The city of Dayton withdrew from the agreement on Monday.", "withdrew", "policy", "end"),
        # found in probe198
        ("The county walked away from its contract with ICE on Monday.", "walked", "policy", "end"),
        ("Sheriff Ann Lee cut ties with ICE on Monday.", "cut", "policy", "end"),
        ("The city of Dayton severed ties with ICE on Monday.", "severed", "policy", "end"),
        # ... "to" a body, or with its people (a review)
        ("The city of Dayton severed its ties to ICE on Monday.", "severed", "policy", "end"),
        (
            "The city of Dayton cut ties with federal immigration authorities on Monday.",
            "cut",
            "policy",
            "end",
        ),
        # granting an injunction is a ruling; granting money stays funding
        (
            "Judge Ann Lee on Friday granted the city of Dayton a preliminary injunction.",
            "granted",
            "legal_action",
            "ruling",
        ),
        ("The FBI granted the city of Dayton $4 million on Friday.", "granted", "funding", "fund"),
        ("Governor Ann Lee sent a letter to Tom Ruiz on Monday.", "sent", "statement", "letter"),
        (
            "The FBI lodged a detainer with the Dayton jail on Friday.",
            "lodged",
            "legal_action",
            "detainer",
        ),
    ],
)
def test_vocabulary_new_verbs_give_events_of_their_type_and_family(
    nlp: Language, text: str, trigger: str, kind: str, family: str
) -> None:
    event, _ = only_event(nlp, text)
    assert (event.trigger, event.event_type) == (trigger, kind)
    assert load_taxonomy().family(event.lemma) == family


def test_vocabulary_synonyms_share_a_family() -> None:
    taxonomy = load_taxonomy()
    groups = [
        ("blast", "slam", "criticize", "condemn", "denounce", "lash out"),
        ("praise", "hail", "laud", "applaud"),
        ("sue", "lawsuit", "complaint", "petition"),
        ("ruling", "injunction", "block", "strike down", "overturn"),
        ("arrest", "round up", "roundup", "detain"),
        ("withhold", "defund", "cut off"),
    ]
    for group in groups:
        assert len({taxonomy.family(lemma) for lemma in group}) == 1, group


def test_vocabulary_a_decision_told_after_what_it_decides(nlp: Language) -> None:
    event, roles = only_event(
        nlp,
        "The Dayton jail will no longer hold inmates for immigration agents without a "
        "warrant, the Dayton City Council decided Tuesday.",
    )
    assert (event.trigger, event.event_type) == ("decided", "policy")
    assert event.time is not None and event.time.date_start == "2024-03-05"
    assert roles.get("Dayton City Council") == "agent"


# Who rejects or denies, and what, says what the act is: (text, kind, family).
_REJECTED = [
    # a body that votes rejects by vote (found by a probe on invented articles)
    ("The Dayton City Council rejected the resolution on Monday.", "policy", "enact"),
    ("The county board of supervisors rejected the plan 12-7 on Monday.", "policy", "enact"),
    ("The measure was rejected by the county commission on Monday.", "policy", "enact"),
    # a court rejects by ruling
    ("A federal judge rejected the county's motion on Monday.", "legal_action", "ruling"),
    # anyone else only says so, and the saying keeps its own family
    ("Mayor Ann Lee rejected the criticism on Monday.", "statement", "reject"),
    ("The Dayton Police Department rejected the claims on Monday.", "statement", "reject"),
    ("The White House rejected the report on Monday.", "statement", "reject"),
    # ... and so does a body that votes, on what it votes on no measure (a review)
    ("The Dayton City Council rejected the claims on Monday.", "statement", "reject"),
    ("The county board rejected the criticism on Monday.", "statement", "reject"),
    # money, or a request for it, refused is money withheld (found in probe201)
    ("The Justice Department rejected the city's grant application on Monday.", "funding",
     "withhold"),
    ("The state rejected a $40,000 request for funding from Dayton on Monday.", "funding",
     "withhold"),
]  # fmt: skip
_DENIED = [
    # found in probe201: "denied the city of Lansing's application for a grant", whose
    # parse makes the city the object
    ("The Justice Department on Friday denied the city of Dayton's application for a "
     "$214,000 Byrne grant.", "funding", "withhold"),
    ("The Justice Department on Friday denied Dayton's request for a $2 million grant.",
     "funding", "withhold"),
    # ... the day told after what was asked for is the denial's: the grant asked for is
    # no happening
    ("The Justice Department denied Dayton's request for a $2 million grant on Friday.",
     "funding", "withhold"),
    # a court's denial rules; a request for no money is a decision of its own
    ("A federal judge on Friday denied Dayton's request for a $2 million grant.",
     "legal_action", "ruling"),
    ("The county denied the inmate's request for a transfer on Friday.", "policy", "deny"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "trigger", "kind", "family"),
    [(text, "rejected", kind, family) for text, kind, family in _REJECTED]
    + [(text, "denied", kind, family) for text, kind, family in _DENIED],
)
def test_vocabulary_who_refuses_says_what_refusing_is(
    nlp: Language, text: str, trigger: str, kind: str, family: str
) -> None:
    event, _ = only_event(nlp, text)
    assert (event.trigger, event.event_type) == (trigger, kind)
    assert load_taxonomy().family(event.lemma, event.event_type) == family


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # found in probe104 (read): a body that tables or shelves a measure votes on it
        ("Marlow County commissioners on Tuesday indefinitely tabled the sheriff's request.",
         "tabled"),
        ("The city council shelved the sanctuary ordinance Monday night.", "shelved"),
    ],
)  # fmt: skip
def test_vocabulary_a_body_that_tables_a_measure_votes(
    nlp: Language, text: str, trigger: str
) -> None:
    event, _ = only_event(nlp, text)
    assert (event.trigger, event.event_type) == (trigger, "policy")
    assert load_taxonomy().family(event.lemma, event.event_type) == "enact"


def test_vocabulary_tabling_what_no_body_votes_on_is_no_act(nlp: Language) -> None:
    assert events_of(nlp, "The sheriff tabled the question at a news conference.") == []


def test_vocabulary_an_opinion_no_court_gives_is_no_ruling(nlp: Language) -> None:
    # the opinion row (probe288): a ruling only when a judge or a court gives it
    assert events_of(nlp, "Mayor Ann Lee shared her opinion on the jail on Tuesday.") == []
    text = "On Tuesday, the sheriff released his opinion of the plan to reporters."
    assert [e.event_type for e, _ in events_of(nlp, text)] != ["legal_action"]
    # (a review) nor what an opinion no court gave says, and a court's opinion told as the
    # frame of its act leaves its date to the act
    text = "The attorney general's opinion, released Monday, warned cities against it."
    assert "legal_action" not in [e.event_type for e, _ in events_of(nlp, text)]
    text = "In the court's March 4 opinion, the judge ordered the county to stop the practice."
    assert dated_triggers(nlp, text) == [("ordered", "2024-03-04")]


def test_vocabulary_hearing_what_no_body_sits_for_is_no_act(nlp: Language) -> None:
    assert events_of(nlp, "Sheriff Ann Lee heard about the plan on Thursday.") == []
    assert events_of(nlp, "Residents heard the news on Thursday.") == []
    # a comment taken that is no hearing: still no statement of that day
    assert events_of(nlp, "The sheriff took no questions on Thursday.") == []
    # (a review) nor what a body learns, nor a comment someone takes, nor one taken down
    assert events_of(nlp, "The board of supervisors heard the news of the raid Tuesday.") == []
    text = "The Dayton City Council heard rumors of a raid on Tuesday."
    assert [e for e, _ in events_of(nlp, text) if e.trigger == "heard"] == []
    assert events_of(nlp, "ICE took the comment down from its website on Tuesday.") == []
    text = "Lopez took the comment personally, his lawyer said Tuesday."
    assert [e.trigger for e, _ in events_of(nlp, text)] == ["said"]
    # (a second review) nor a sheriff's or a jury's hearing
    assert events_of(nlp, "Sheriff Ann Lee heard a proposal from ICE on Tuesday.") == []
    text = "The jury heard testimony from an ICE agent on Tuesday."
    assert [e for e, _ in events_of(nlp, text) if e.trigger == "heard"] == []
    # ... nor one person heard from by a body, nor people a mayor heard from
    assert events_of(nlp, "The Dayton City Council heard from its lawyer on Tuesday.") == []
    assert events_of(nlp, "Mayor Ann Lee heard from residents on Tuesday.") == []


def test_vocabulary_a_listed_noun_read_as_a_verb_is_no_act(nlp: Language) -> None:
    # found in a fresh corpus: "calls" joined to "voted" by the parser, as the council's
    text = (
        "The Dayton City Council voted 5-2 on Thursday to bar police officers from asking "
        "people about their status during traffic stops, calls for service and other contacts."
    )
    assert dated_triggers(nlp, text) == [("voted", "2024-03-07")]
    # ... while a present act with what it tells of its own is the subject's (a review)
    text = "Sheriff Tom Ruiz arrested 12 people on Monday and says more arrests are expected."
    assert [trigger for trigger, _ in dated_triggers(nlp, text)] == ["arrested", "says"]


def test_vocabulary_a_clause_about_the_agent_names_no_agent(nlp: Language) -> None:
    # found in a fresh corpus: "a ruling by a federal magistrate judge in Portland, Ore., who
    # found Clackamas County had violated a woman's Fourth Amendment rights"
    text = "Tom Ruiz said it follows a March ruling by a judge who found the FBI had lied."
    (ruling,) = [(e, roles) for e, roles in events_of(nlp, text) if e.trigger == "ruling"]
    assert ruling[0].event_type == "legal_action"
    assert ruling[1].get("FBI") == "patient"  # whom the judge found against
    # ... not whom the judge only spoke of (a review)
    text = "Tom Ruiz is appealing a March ruling by a judge who said the FBI had proved its case."
    (ruling,) = [(e, roles) for e, roles in events_of(nlp, text) if e.trigger == "ruling"]
    assert ruling[1].get("FBI") != "patient"
    # ... but whom the agent works for stays its (a review)
    (raid,) = events_of(nlp, "Tom Ruiz said it follows a March raid by agents who work for ICE.")
    assert raid[1].get("ICE") == "agent"


def test_vocabulary_a_text_released_by_a_subject_the_parse_hung_it_on(nlp: Language) -> None:
    # found in a fresh corpus: the parser reads "an advocacy coalition released Thursday" as a
    # participle of the coalition; what was released is the report before it
    text = "Jails told ICE of 212 releases, according to a report a coalition released Thursday."
    assert [(e.trigger, e.event_type) for e, _ in events_of(nlp, text)] == [
        ("released", "publication")
    ]
    # ... not a subject the verb tells of (a review)
    text = "In the lawsuit a man released from the county jail in May says deputies beat him."
    assert ("released", "legal_action") not in [
        (e.trigger, e.event_type) for e, _ in events_of(nlp, text)
    ]


@pytest.mark.parametrize(
    "text",
    [
        # found in probe327: the parse read "released" as joined to "taken", a release from
        # custody merged with a student's release
        "Nine people were taken into custody in Lucas County last month, according to "
        "figures Immigration and Customs Enforcement released this week.",
        "According to data ICE released Friday, arrests rose.",
        "The video, which the sheriff released Monday, shows deputies at the door.",
        "The sheriff released the video Monday.",
    ],
)
def test_vocabulary_a_text_before_who_released_it_frees_no_one(nlp: Language, text: str) -> None:
    assert "release" not in [e.event_type for e, _ in events_of(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        # a review: the false release gone, the figures put out were told by nothing
        "The agency released figures on Friday showing a rise in arrests.",
        "Arrests rose, according to figures ICE released on Friday.",
    ],
)
def test_vocabulary_figures_released_are_published(nlp: Language, text: str) -> None:
    assert ("released", "publication") in [
        (e.trigger, e.event_type) for e, _ in events_of(nlp, text)
    ]


@pytest.mark.parametrize(
    "text",
    [
        # guards: what was released is the verb's own object, or no text before it
        "In its report, ICE released three men Friday.",
        "After the hearing the judge released him Friday.",
        "The figures show ICE released three men Friday.",
    ],
)
def test_vocabulary_a_text_beside_a_release_keeps_it(nlp: Language, text: str) -> None:
    assert "release" in [e.event_type for e, _ in events_of(nlp, text)]


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        # found in probe329: "his office has joined a federal program that deputizes local
        # officers" told no policy
        ("Lucas County joined the 287(g) program on Tuesday.", True),
        ("The sheriff said Tuesday his office has joined a federal program.", True),
        ("The county commission joined the agreement on Tuesday.", True),
        # a person's joining, or a party's to a case, is no body's act (a review)
        ("Rachel Moore joined the program as a volunteer on Tuesday.", False),
        ("The co-defendant joined the plea agreement on Tuesday.", False),
        ("Ten workers joined the settlement agreement on Tuesday.", False),
    ],
)
def test_vocabulary_a_body_joining_a_program_signs_on(
    nlp: Language, text: str, joined: bool
) -> None:
    found = [(e.trigger, e.event_type) for e, _ in events_of(nlp, text)]
    assert (("joined", "policy") in found) == joined


def test_vocabulary_phrasal_verb_needs_its_particle(nlp: Language) -> None:
    # "struck down" is a ruling; "struck" alone (a deal, a worker) is no trigger.
    assert events_of(nlp, "The union struck a deal with Acme Corp on Monday.") == []
    event, _ = only_event(nlp, "The appeals court knocked down the rule on Thursday.")
    assert event.lemma == "knock down"


def test_vocabulary_ruling_in_a_prepositional_phrase_is_the_subjects(nlp: Language) -> None:
    event, roles = only_event(nlp, "In a ruling on Tuesday, Judge Ann Lee quoted the mayor.")
    assert (event.event_type, event.trigger) == ("legal_action", "ruling")
    assert roles == {"Ann Lee": "agent"}
    assert event.time is not None and event.time.text == "Tuesday"


def test_vocabulary_light_verb_in_a_prepositional_phrase_is_the_subjects(nlp: Language) -> None:
    event, roles = only_event(nlp, "In a ruling issued on Tuesday, Judge Ann Lee sided with Ohio.")
    assert event.event_type == "legal_action"
    assert roles.get("Ann Lee") == "agent"
    assert event.time is not None and event.time.text == "Tuesday"


def test_vocabulary_noun_at_an_event_takes_the_verbs_subject_and_date(nlp: Language) -> None:
    event, roles = only_event(nlp, "Mayor Ann Lee spoke at a rally in Houston on Friday.")
    assert (event.event_type, event.trigger) == ("meeting", "rally")
    assert roles == {"Ann Lee": "agent"}
    assert event.time is not None and event.time.text == "Friday"


def test_vocabulary_noun_of_someone_elses_act_takes_no_date(nlp: Language) -> None:
    # Complying with subpoenas, or commenting on a ruling, is no subpoena or ruling that day.
    texts = [
        "On Friday, the city complied with the Justice Department's subpoenas.",
        "Mayor Ann Lee commented on the ruling by Judge Tom Hill on Friday.",
    ]
    for text in texts:
        assert [e.trigger for e, _ in events_of(nlp, text)] == [], text


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a saying with a time of its own, by a named speaker, of no happening of its own, is
        # a statement (found in a fresh corpus: "the sheriff said Tuesday that her office
        # will keep refusing ..."); the "statement" of the phrase is no second one
        ("In a statement Friday, Sheriff Tom Hill said the deputies acted.", "said"),
        ("Sheriff Tom Hill said on Friday that the deputies will go to Dallas.", "said"),
        # a text told with what it says is one too
        ("On Friday, Sheriff Tom Hill issued a statement calling the raid cruel.", "issued"),
        ("Sheriff Tom Hill's statement on Friday that his office will keep its policy drew praise.",
         "statement"),
    ],
)  # fmt: skip
def test_vocabulary_a_dated_saying_is_a_statement(nlp: Language, text: str, trigger: str) -> None:
    ((event, names),) = events_of(nlp, text)
    assert (event.trigger, event.event_type, names) == (trigger, "statement", {"Tom Hill": "agent"})
    assert event.time is not None and event.time.date_start == "2024-03-08"
    assert event.place is None  # Dallas is where the deputies go, not where he spoke


def test_vocabulary_the_council_is_the_council_named_before(nlp: Language) -> None:
    # found in a fresh corpus: "the council" is the last body named with "Council", not ICE
    text = (
        "The Lucas County Council held a hearing on Tuesday. ICE objected to the plan. "
        "The council approved the ordinance on Feb. 20."
    )
    events = {e.trigger: names for e, names in events_of(nlp, text)}
    assert events["approved"] == {"Lucas County Council": "agent"}


def test_vocabulary_a_past_act_is_not_dated_after_it_was_told(nlp: Language) -> None:
    # published 2024-03-08: June 30 is when the agreement expires, not when the board voted
    text = "The Lucas County board voted 4-1 to let the agreement expire on June 30."
    ((event, _),) = events_of(nlp, text)
    assert event.trigger == "voted" and event.time is None


@pytest.mark.parametrize(
    "text",
    [
        # found in probe115 and probe107: a meeting to come, dated after the text was written
        "The Lucas County board could take the resolution up again at its next regular "
        "meeting on March 25.",
        "Written comments will be in the minutes, to be approved at the March 25 meeting "
        "of the Lucas County board.",
    ],
)
def test_vocabulary_a_happening_dated_after_the_text_is_none(nlp: Language, text: str) -> None:
    # published Friday 8 March 2024: March 25 is ahead
    assert [e.trigger for e, _ in events_of(nlp, text)] == []


def test_vocabulary_a_vote_told_by_its_tally_takes_the_day_of_its_verb(nlp: Language) -> None:
    # found in probe115: "A resolution ... failed on a 3-3 vote of the ... Board of
    # Supervisors on Tuesday night": the vote's day, though "failed" tells no happening
    text = (
        "A resolution backing the sheriff failed on a 3-3 vote of the Lucas County board on "
        "Tuesday night."
    )
    ((event, names),) = events_of(nlp, text)
    assert (event.trigger, event.event_type) == ("vote", "policy")
    assert event.time is not None and event.time.date_start == "2024-03-05"


@pytest.mark.parametrize(
    ("text", "told"),
    [
        # found in probe165: a letter writer "watched four of our five county commissioners
        # vote to ...": an act seen done happened
        ("I watched four of the five Troup County commissioners vote to join the program.",
         True),
        ("Neighbors saw ICE agents arrest Ana Ruiz outside her home in Dalton.", True),
        # not one to be seen, nor one not seen, nor a wish
        ("I want to watch the Troup County commissioners vote to join the program.", False),
        ("Neighbors did not see ICE agents arrest Ana Ruiz outside her home in Dalton.", False),
    ],
)  # fmt: skip
def test_vocabulary_an_act_seen_done_happened(nlp: Language, text: str, told: bool) -> None:
    acts = [e for e, _ in events_of(nlp, text) if e.trigger in ("vote", "arrest")]
    assert bool(acts) == told


@pytest.mark.parametrize(
    ("text", "voted"),
    [
        # found in probe161: "by a 3-2 vote, commissioners told the sheriff he can ...": a
        # vote counted is held, though undated
        ("By a 3-2 vote, the Lucas County board told Sheriff Tom Reed he can negotiate.", True),
        ("By a 3-2 vote, the Lucas County board will tell Sheriff Tom Reed to stop.", False),
        ("By a 3-2 vote, the Lucas County board did not tell Sheriff Tom Reed to stop.", False),
    ],
)
def test_vocabulary_a_vote_told_by_its_tally_was_held(
    nlp: Language, text: str, voted: bool
) -> None:
    votes = [e for e, _ in events_of(nlp, text) if e.trigger == "vote"]
    assert [e.event_type for e in votes] == (["policy"] if voted else [])


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # found in probe124, read: a blog's "Monday's council meeting ended with a 4-1 vote
        # to take $212,400 ..." told no vote
        ("Monday's council meeting ended with a 4-1 vote to accept the grant.", "2024-03-04"),
        ("Tuesday's board hearing closed in a 3-2 vote against the plan.", "2024-03-05"),
    ],
)
def test_vocabulary_a_vote_a_gathering_ended_with_is_of_its_day(
    nlp: Language, text: str, day: str
) -> None:
    (vote,) = [e for e, _ in events_of(nlp, text) if e.trigger == "vote"]
    assert vote.event_type == "policy"
    assert vote.time is not None and vote.time.date_start == day


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # found in session 33's review of probe127 scores (a leftover): "In a decision
        # released Friday, the BIA ..." was a release from custody dated Friday
        (
            "In a decision released Friday, the Lucas County board ordered the jail to end "
            "the contract.",
            [("ordered", "2024-03-08")],
        ),
        (
            "In an opinion released Monday, the appeals court ordered the county to free him.",
            [("ordered", "2024-03-04")],
        ),
        # a guard: a text someone else put out is no act of the verb's
        (
            "In a report released by the ACLU on Friday, the group accused the jail of abuse.",
            [("released", "2024-03-08")],
        ),
        # found in probe146 (working): a police chief's video posted to Facebook
        (
            "In a video posted to the department's Facebook page Monday afternoon, Chief Ana "
            "Ruiz said officers do not ask about immigration status.",
            [("said", "2024-03-04")],
        ),
        # ... what a posted video shows is no act of its day (a review)
        ("In a video posted Monday, deputies arrested a man outside the store.", []),
    ],
)
def test_vocabulary_a_text_put_out_is_dated_as_the_act_it_tells(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert dated_triggers(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # found in probe129, read: "the ... Project's report on immigration detainers, which
        # the Sioux Falls group put out Wednesday" told a legal action of detainers
        (
            "Read the Lucas Justice Project's report on jail detainers, which the group put "
            "out Wednesday.",
            ("put", "publication", "2024-03-06"),
        ),
        (
            "The coalition's audit of the jail, which it released on Wednesday, counted 41 holds.",
            ("released", "publication", "2024-03-06"),
        ),
        # found in probe129, read: "the ... Commission unanimously accepted a State Criminal
        # Alien Assistance Program award of $96,540" told no funding
        (
            "The Lucas County Commission on Tuesday accepted a federal award of $96,540.",
            ("accepted", "funding", "2024-03-05"),
        ),
    ],
)
def test_vocabulary_a_text_or_a_sum_put_out_tells_its_happening(
    nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    (event, _) = only_event(nlp, text)
    assert event.time is not None
    assert (event.trigger, event.event_type, event.time.date_start) == expected


def test_vocabulary_a_bid_accepted_is_no_money_taken(nlp: Language) -> None:
    # a guard for the sum: a bid is asked, not given
    text = "The Lucas County Commission on Tuesday accepted a bid of $40,000 for the roof."
    assert [e.event_type for e, _ in events_of(nlp, text)] != ["funding"]


@pytest.mark.parametrize(
    "text",
    [
        "Two men released Friday from the Lucas County jail said they were beaten.",
        "The Lucas County jail released 14 detainees on Friday.",
    ],
)
def test_vocabulary_people_released_are_still_freed(nlp: Language, text: str) -> None:
    (event, _) = only_event(nlp, text)
    assert (event.trigger, event.event_type) == ("released", "release")


@pytest.mark.parametrize(
    "text",
    [
        # a guard: no tally, or no gathering that ended with it, tells no vote of that day
        "Monday's council meeting ended with a vote of no confidence in the chief.",
        "Monday's protest ended with a march to the Lucas County jail.",
    ],
)
def test_vocabulary_a_gathering_that_ended_with_no_tallied_vote_dates_none(
    nlp: Language, text: str
) -> None:
    assert [e.trigger for e, _ in events_of(nlp, text) if e.trigger in ("vote", "march")] == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a review: a time of the participle's object, or one that runs on
        (
            "Citing a 2019 ruling, the judge ordered Ortega released from the Lucas County jail.",
            "ordered",
        ),
        ("Living in Lucas County since 2005, Mendez was deported by ICE.", "deported"),
        ("Using data from 2022, the Lucas County sheriff ended the program.", "ended"),
    ],
)
def test_vocabulary_a_participles_other_times_date_no_verb(
    nlp: Language, text: str, trigger: str
) -> None:
    (event,) = [e for e, _ in events_of(nlp, text) if e.trigger == trigger]
    assert event.time is None


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        # found in probe115 ("Meeting Tuesday night in Woodstock, ... supervisors split 3-3")
        (
            "Meeting Tuesday night, the Lucas County board voted 4-1 to join the program.",
            "voted",
            "2024-03-05",
        ),
        (
            "Acting on Monday, the Lucas County board rescinded the policy.",
            "rescinded",
            "2024-03-04",
        ),
    ],
)
def test_vocabulary_a_participle_told_first_dates_its_verb(
    nlp: Language, text: str, trigger: str, day: str
) -> None:
    (event,) = [e for e, _ in events_of(nlp, text) if e.trigger == trigger]
    assert event.time is not None and event.time.date_start == day


def test_vocabulary_counts_that_are_no_tally(nlp: Language) -> None:
    # a review: a count of things, and a tally of a verb that tells the vote itself
    text = "The Lucas County board was briefed on 2 deportations Tuesday."
    assert [e.trigger for e, _ in events_of(nlp, text)] == []
    text = "The Lucas County ordinance passed on a 5-2 vote Monday."
    assert [e.trigger for e, _ in events_of(nlp, text)] == ["passed"]


def test_vocabulary_a_stay_until_a_day_ahead_is_no_happening_then(nlp: Language) -> None:
    # a review: "until" a day ahead tells where a stay runs to, not when it began
    text = "Garcia is being held at the Lucas County jail until at least March 20."
    ((event, _),) = events_of(nlp, text)
    assert event.trigger == "held" and event.time is None


def test_vocabulary_a_speaker_named_by_a_title_alone(nlp: Language) -> None:
    # found in a fresh corpus: "Detroit's police chief said Monday that his department ..."
    text = "Dayton's police chief said Friday that officers will not ask about status."
    ((event, _),) = events_of(nlp, text)
    assert (event.trigger, event.event_type) == ("said", "statement")
    assert event.time is not None and event.time.date_start == "2024-03-08"


def test_vocabulary_a_notice_of_what_a_body_will_do_is_its_statement(nlp: Language) -> None:
    # found in a fresh corpus: "today notified 11 governments that it will withhold ..."
    text = "The Justice Department on Friday notified Dayton that it will withhold its grant."
    ((event, names),) = events_of(nlp, text)
    assert (event.trigger, event.event_type) == ("notified", "statement")
    assert names["Justice Department"] == "agent"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # found in a fresh corpus: both nationalities are where the workers come from, and
        # the office they were taken to is not where they were arrested
        ("The 19 workers, citizens of Mexico and Guatemala, were arrested in Toledo, Ohio, on "
         "Thursday.", "Toledo"),
        ("The 19 workers were arrested on Thursday and transported to ICE Enforcement and "
         "Removal Operations (ERO) Philadelphia for processing.", None),
        # a place a "to" phrase names alone is the one acted on, with its state too
        ("ICE issued four subpoenas to New York City on Thursday.", "New York City"),
        ("ICE deployed 200 agents to Minneapolis, Minnesota, on Monday.", "Minneapolis"),
        # found in a fresh corpus: where the station they were taken to is, and "one from"
        ("Agents detained two men on Thursday, one from Honduras and one from Mexico, and "
         "took them to the agency's station in Toledo.", None),
        ("Agents detained two men in Akron on Thursday and took them to the station in "
         "Toledo.", "Akron"),
        # found in a fresh corpus: the town of someone's home the model took for a body is
        # where he was arrested, the town of his business no place of the arrest
        ("A Kalispell restaurant owner was arrested by ICE officers outside his Evergreen "
         "home on Tuesday, Montana officials said.", "Evergreen"),
        # ... nor where what happened there is told (a review)
        ("Deputies took Ruiz to the county jail in Akron, where he is being held on an ICE "
         "detainer.", "Akron"),
        # ... a place that locates what a "to" phrase names, with no taking, is acted on
        ("ICE issued four subpoenas to the jail in Toledo on Thursday.", "Toledo"),
    ],
)  # fmt: skip
def test_vocabulary_where_someone_comes_from_or_was_taken_is_no_place(
    nlp: Language, text: str, place: str | None
) -> None:
    document = Document("t", "t.txt", "txt", text, published="2024-03-08", published_basis="known")
    found = extract(nlp(text), document)
    names = {m.id: m.text for m in found.mentions}
    (event,) = [e for e in found.events if e.event_type != "statement"]
    assert (names[event.place] if event.place else None) == place


@pytest.mark.parametrize(
    ("text", "named"),
    [
        # found in a fresh corpus: the people of a body are its people, not from a place
        ("A man was handcuffed in the hallway of Dover District Court on Tuesday by "
         "plainclothes officers from U.S. Immigration and Customs Enforcement.",
         {"U.S. Immigration and Customs Enforcement": "agent"}),
        # ... a place they come from is still no one, nor is a body someone worked for
        ("Officers from Dover arrested Maria Lopez on Tuesday.", {"Maria Lopez": "patient"}),
        ("Ana Ruiz, a former manager from Acme Corp, was arrested by deputies on Tuesday.",
         {"Ana Ruiz": "patient"}),
    ],
)  # fmt: skip
def test_vocabulary_people_from_a_body_are_its_people(
    nlp: Language, text: str, named: dict[str, str]
) -> None:
    events = [(e, names) for e, names in events_of(nlp, text) if e.event_type == "enforcement"]
    ((_, names),) = events
    assert {n: r for n, r in names.items() if r != "other"} == named


def test_a_speaker_who_speaks_of_no_one_else_can_be_the_one_told_of_next(
    nlp: Language,
) -> None:
    text = "Maria Delgado said she had done nothing wrong. Deputies arrested her on Tuesday."
    (arrest,) = [names for e, names in events_of(nlp, text) if e.trigger == "arrested"]
    assert arrest == {"Maria Delgado": "patient"}


def test_a_pronoun_after_a_speakers_words_stands_for_whom_they_speak_of(nlp: Language) -> None:
    # found in a fresh corpus: the lawyer who speaks is not the one arrested
    text = (
        "Wilder Ruiz, a Dover landscaper, had come to court expecting to go home, attorney "
        "Kara Doucette said. Instead, two officers followed him out and arrested him on Tuesday."
    )
    (arrest,) = [(e, names) for e, names in events_of(nlp, text) if e.trigger == "arrested"]
    assert arrest[1].get("Wilder Ruiz") == "patient"
    assert "Kara Doucette" not in arrest[1]


@pytest.mark.parametrize(
    "text",
    [
        "Sheriff Tom Hill said that the deputies went to Dallas.",  # no time of its own
        '"We went to Dallas," Sheriff Tom Hill said on Friday.',  # an interview's words
        "Sheriff Tom Hill said the deputies went to Dallas on Friday.",  # the going's time
        "The Dayton Daily News said Friday that the mayor will resign.",  # an outlet
        "Officials said Friday that the jail will keep its policy.",  # no one in particular
        "Sheriff Tom Hill released the following statement on Friday: we acted.",
    ],
)
def test_vocabulary_sayings_that_are_no_statement(nlp: Language, text: str) -> None:
    assert events_of(nlp, text) == []


def test_vocabulary_words_quoted_from_a_written_statement_are_a_statement(
    nlp: Language,
) -> None:
    # found in probe47 (used): a statement's words, dated by the statement's release
    text = (
        '"We were not told," Sheriff Tom Hill said in a written statement released Wednesday '
        "afternoon."
    )
    (said,) = [e for e, _ in events_of(nlp, text)]
    assert (said.event_type, said.time and said.time.date_start) == ("statement", "2024-03-06")
    # ... not an interview's words, nor a spoken answer (second review)
    assert events_of(nlp, '"We acted," Sheriff Tom Hill said Friday in an interview.') == []
    text = '"We acted," Sheriff Tom Hill said in response to a question Wednesday.'
    assert events_of(nlp, text) == []


def test_vocabulary_a_saying_of_a_happening_is_that_happening(nlp: Language) -> None:
    events = events_of(nlp, "The FBI said Friday it arrested Tom Ruiz in Dallas.")
    assert [e.trigger for e, _ in events] == ["arrested"]


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ann Lee made a decision on Friday and took the train to Boston.",
        "Governor Maria Ortiz got a call on Monday.",
        "Workers in Dayton filled the trucks with pallets on Monday.",  # no people gathered
        # a person's decision is no body's (a review)
        "Maria Ortiz decided Monday to run for sheriff of Dayton County.",
        "A pickup truck slammed into a school bus in Dallas on Friday.",
        "The Dayton City Council pushed back the vote to May on Friday.",  # put off, no saying
        "The crowd was pushed back by police on Friday.",  # pushed, no saying (a review)
        "Tom Hill, a man accused of fraud in Ohio, spoke on Monday.",
        "Workers at the Dayton plant pleaded for help on Monday.",
        # the release of a text tells nothing that happened, before or after its verb
        "Tom Ruiz was in his cell, according to a statement the FBI released Tuesday.",
        # ... nor one joined to another participle (found in a fresh corpus)
        "Tom Ruiz was in his cell, according to a statement sent to members and released Tuesday.",
        # what is expected or scheduled has not happened, nor has a meeting it is to be at
        "Commissioners in Dayton are expected to take up the plan at their meeting on June 4.",
        "The Dayton council is scheduled to vote on the ordinance next Tuesday.",
        # ... nor one a relative clause tells as what was to happen (found in probe147)
        "The hearing that was supposed to happen this coming Tuesday will not go forward.",
        "The vote, which was slated for Tuesday, will not go forward.",
        # a news outlet's report of a clause is a source, as "said" is
        "The Dayton Daily News reported that Mayor Tom Ruiz had resigned.",
        "The Dayton Daily News reported:",
        # asked about or supposed, not told
        "FBI officials would not say whether agents arrested Tom Ruiz on Tuesday.",
        "If the FBI arrested Tom Ruiz on Tuesday, the city of Dayton would sue.",
        # done to or by no one (found in a fresh corpus: "has released no names")
        "The FBI has released no names.",
        "No arrests were made in Dayton on Tuesday.",
        "The FBI made no arrests in Dayton on Tuesday.",
        "Nobody was arrested in Dayton on Tuesday.",
        "None of the men were released on Tuesday.",
        "Neither man was charged in Dover on Tuesday.",
        # leaving what is no arrangement (a review)
        "A pickup truck pulled out of the Dayton lot on Monday.",
        "Tom Ruiz withdrew $500 from a Dayton bank on Monday.",
        "A pickup truck pulled out of the Dayton Walmart on Monday.",
        "Tom Ruiz withdrew from the Dayton Marathon on Monday.",
        "Tom Ruiz walked away from the crash in Dayton on Monday.",
        # one person's leaving ends no body's arrangement (a review)
        "Tom Ruiz walked away from a drug treatment program in Dayton on Monday.",
        "Lineman Tom Ruiz walked away from a $40 million contract with Dayton on Monday.",
        "The Dayton mayor walked away from the talks with the union on Monday.",
        # no one pronounced or found dead (a review)
        "The bill was pronounced dead in the Dayton council on Monday.",
        "A dog was found dead in a Dayton yard on Monday.",
        # a review begun or refused is none published (a review)
        "The Ohio auditor began a review of the Dayton jail on Monday.",
        "Sheriff Tom Reed refused a review of the Dayton jail on Monday.",
        "The Dayton church severed ties with its former pastor on Monday.",
        # coming to a place for what is no gathering
        "She drove to Dayton on Monday for a job interview.",
        "The Dayton plant's workers came to the plant at dawn on Tuesday for their shift.",
        # what one enters, no happening (probe181's "entered an order")
        "Agents entered the Dayton home of Tom Ruiz on Monday.",
    ],
)
def test_vocabulary_general_words_and_other_senses_are_no_events(nlp: Language, text: str) -> None:
    assert events_of(nlp, text) == []


def test_vocabulary_general_words_are_not_triggers() -> None:
    taxonomy = load_taxonomy()
    for lemma in ("say", "make", "take", "go", "get", "decision", "strike", "tell"):
        assert lemma not in taxonomy.verbs and lemma not in taxonomy.nouns, lemma


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("A Guyanese man was charged on Friday with murder.", "charged"),
        # demonyms the model tags as a name (PROPN), even as an organization
        ("A Guatemalan woman was detained on Friday.", "detained"),
        ("A Honduran man died Tuesday in a county jail.", "died"),
        # "X-based": where a body sits
        ("The Dayton-based group sued the county on Friday.", "sued"),
        # "X-born": where someone was born (found in a probe)
        ("A Texas-born man sued the county on Friday.", "sued"),
        ("The Mexico-raised woman was detained on Friday.", "detained"),
        ("A man who was born in Texas sued the county on Friday.", "sued"),
        ("A Texas born man sued the county on Friday.", "sued"),  # a review: no hyphen
        # a language (found in a fresh corpus: "chanting in Spanish" placed a march in Spain)
        (
            "Hundreds of farmworkers marched on Friday, chanting in Spanish and Haitian Creole.",
            "marched",
        ),
    ],
)
def test_vocabulary_demonym_is_no_place(nlp: Language, text: str, trigger: str) -> None:
    # "a Guyanese man" says where he comes from, not where he was charged, nor who acted
    event, roles = only_event(nlp, text)
    assert (event.trigger, event.place, roles) == (trigger, None, {})


def test_vocabulary_a_place_that_raised_something_is_where_it_acted(nlp: Language) -> None:
    # a review: "raised" as a verb is no birthplace's participle ("Texas-raised")
    event, _ = only_event(nlp, "Florida raised concerns and sued the federal government on Monday.")
    assert event.trigger == "sued" and event.place is not None


def test_vocabulary_a_death_is_a_happening(nlp: Language) -> None:
    event, _ = only_event(nlp, "Tom Ruiz died Tuesday in the county jail, officials said.")
    assert (event.trigger, event.event_type) == ("died", "enforcement")
    assert event.time is not None and event.time.value == "2024-03-05"  # Friday 8 March


def test_vocabulary_charging_that_something_is_so_is_saying_it(nlp: Language) -> None:
    # With a clause for its complement "charge" accuses; with a person and a crime it is
    # the prosecutors' act (SAYING and VERB rows of event_types.csv).
    taxonomy = load_taxonomy()
    said, _ = only_event(nlp, "Mayor Tom Ruiz charged that the FBI had lied to the council.")
    assert (said.event_type, taxonomy.family(said.lemma, said.event_type)) == (
        "statement",
        "accuse",
    )
    charged, roles = only_event(nlp, "Prosecutors charged Tom Ruiz with fraud on Wednesday.")
    assert (charged.event_type, taxonomy.family(charged.lemma, charged.event_type)) == (
        "legal_action",
        "charge",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "charged in lawsuits Wednesday": the lawsuits are how they charged it, that Wednesday
        ("Governor Ann Lee and Mayor Tom Ruiz charged in lawsuits Wednesday that the order is "
         "unlawful.", {"charged": "Wednesday", "lawsuits": "Wednesday"}),
        # a noun with a clause of its own keeps that clause's date
        ("Mayor Tom Ruiz charged Wednesday in a lawsuit filed in March that the order is "
         "unlawful.", {"charged": "Wednesday", "filed": "March"}),
    ],
)  # fmt: skip
def test_vocabulary_a_noun_naming_a_dated_triggers_act_takes_its_date(
    nlp: Language, text: str, expected: dict[str, str]
) -> None:
    dates = {e.trigger: e.time.text if e.time else None for e, _ in events_of(nlp, text)}
    assert dates == expected


def _dated(nlp: Language, text: str, published: str = "2024-03-08") -> list[tuple[str, str]]:
    basis = "sidecar" if published else "unknown"
    document = Document("t", "t.txt", "txt", text, published=published, published_basis=basis)
    found = extract(nlp(text), document)
    return [
        (e.trigger, f"{e.time.date_start}..{e.time.date_end}" if e.time else "")
        for e in found.events
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # going on as the article was written (8 March, or the day before for a page's lag)
        ("The U.S. Attorney's Office in Dayton is filing a petition against Mayor Tom Ruiz.",
         [("filing", "2024-03-07..2024-03-08")]),
        ("Four subpoenas are being served to the Dayton Police Department.",
         [("served", "2024-03-07..2024-03-08")]),
        # a habit is no act of that day
        ("ICE is routinely filing petitions against Mayor Tom Ruiz.", [("filing", "")]),
        # an aim is no act at all (IRREALIS nouns)
        ("The sheriff's priority is deporting criminals from Dayton.", []),
        # a date of its own wins
        ("ICE is filing a petition against Mayor Tom Ruiz, officials said Tuesday.",
         [("filing", "2024-03-05..2024-03-05")]),
    ],
)  # fmt: skip
def test_vocabulary_a_present_progressive_goes_on_as_the_article_is_written(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _dated(nlp, text) == expected


def test_vocabulary_a_present_progressive_without_a_publication_date_keeps_its_tense(
    nlp: Language,
) -> None:
    # No days yet: the tense is kept for the corpus to date (resolve.published).
    text = "The U.S. Attorney's Office in Dayton is filing a petition against Mayor Tom Ruiz."
    document = Document("t", "t.txt", "txt", text)
    (event,) = extract(nlp(text), document).events
    assert event.time is not None
    assert (event.time.text, event.time.value, event.time.date_start) == (
        "is filing",
        "PRESENT_REF",
        "",
    )


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_vocabulary_a_long_headline_is_its_own_sentence_in_a_build(newline: str) -> None:
    from graphx.build.engines import extract_chunk

    # 17 words: longer than a line the parser would take for a heading by its length
    title = "Six counties and two cities sue the state over a law that makes jails hold migrants"
    text = f"{title}{newline}Suits were filed in Dayton federal court on behalf of the counties."
    document = Document("t", "t.txt", "txt", text, title=title)
    (found,) = extract_chunk([document], Settings())
    assert not isinstance(found, Failure)
    assert [s.text.strip() for s in found.sentences][:2] == [
        title,
        "Suits were filed in Dayton federal court on behalf of the counties.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the time that closes a fronted clause, before its comma, is that clause's
        ("After agents detained workers at a car wash in Houston Friday, the mayor and the "
         "governor voiced their anger.", {"detained": "Friday"}),
        ("When agents raided the Dayton plant Tuesday, workers fled.", {"raided": "Tuesday"}),
        # a time after the main verb stays the main verb's
        ("Mayor Ann Lee criticized the raid Friday, saying agents arrested Tom Ruiz in Dayton.",
         {"criticized": "Friday", "arrested": None}),
    ],
)  # fmt: skip
def test_vocabulary_a_time_closing_a_fronted_clause_dates_that_clause(
    nlp: Language, text: str, expected: dict[str, str | None]
) -> None:
    dates = {e.trigger: e.time.text if e.time else None for e, _ in events_of(nlp, text)}
    assert dates == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle adjunct of a dated verb, with no subject of its own, is dated with it
        ("The Office of Inspector General released a report on Tuesday criticizing "
         "conditions at the center.", {"released": "2024-03-05", "criticizing": "2024-03-05"}),
        ("Mayor Ann Lee visited the Dayton plant Friday, blasting the raids.",
         {"visited": "2024-03-08", "blasting": "2024-03-08"}),
        # found in a fresh corpus: the participle of a verb joined to the dated one
        ("Border Patrol agents boarded a bus in Toledo on Tuesday morning and asked riders "
         "about their citizenship, detaining two men.", {"detaining": "2024-03-05"}),
        # ... not when the joined verb has a time or a subject of its own
        ("Border Patrol agents boarded a bus in Toledo on Tuesday and returned on Wednesday, "
         "detaining two men.", {"detaining": "2024-03-06"}),
    ],
)  # fmt: skip
def test_vocabulary_a_participle_adjunct_takes_its_verbs_date(
    nlp: Language, text: str, expected: dict[str, str | None]
) -> None:
    dates = {e.trigger: e.time.date_start if e.time else None for e, _ in events_of(nlp, text)}
    assert dates == expected


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # published Friday 2024-03-08; another clause's "should" or "will" made the weekday
        # the coming one, but the verb it belongs to is in the past
        ("Saying agents should focus on felons, Mayor Ann Lee announced a program on Thursday.",
         "2024-03-07"),
        ("The city of Dayton, which will lose $3 million, sued the FBI on Tuesday.",
         "2024-03-05"),
        # a weekday told as its noun's: the verb the noun hangs on (found in a fresh corpus)
        ("Anyone who sat through Tuesday night's hearing heard it: Dayton should act.",
         "2024-03-05"),
        # a verb that still looks ahead keeps the coming day
        ("The council scheduled the vote Thursday, and members will attend.", "2024-03-14"),
    ],
)  # fmt: skip
def test_vocabulary_a_past_verb_dates_its_weekday_in_the_past(
    nlp: Language, text: str, day: str
) -> None:
    from graphx.extract.aspect import time_expressions

    (time,) = time_expressions(nlp(text), dct="2024-03-08")
    assert time.date_start == day


def test_vocabulary_a_participle_adjunct_points_at_its_verb(nlp: Language) -> None:
    # with no date at all, the adjunct still records whose act it is told with, for the
    # corpus to date it with that act's happening
    text = "ICE has issued four subpoenas to NYDOC, accusing the city of stonewalling."
    by_trigger = {e.trigger: e for e, _ in events_of(nlp, text)}
    assert by_trigger["accusing"].along == text.index("issued")
    assert by_trigger["issued"].along == -1


def test_a_wire_datelines_outlet_is_no_subject_of_the_lede(nlp: Language) -> None:
    # found on a probe of invented articles: the parser made "(MNS)" the subject of "voted"
    # and the commissioners its apposition
    text = (
        "GLASGOW, Mont., Feb. 10 (MNS) — Valley County commissioners voted 2-1 to approve a "
        "287(g) agreement between the sheriff's office and ICE."
    )
    names = next(n for e, n in events_of(nlp, text) if e.trigger == "voted")
    assert names.get("Valley County commissioners") == "agent"
    assert "MNS" not in names


@pytest.mark.parametrize(
    ("text", "act", "part"),
    [
        ("Families moved away after the April raid at Dale Valley Packing, in which ICE "
         "detained 61 workers.", "raid", "detained"),
        ("Mayor Ann Lee spoke after the raid during which ICE arrested 12 day laborers.",
         "raid", "arrested"),
    ],
)  # fmt: skip
def test_an_act_told_in_a_which_clause_is_told_as_part_of_its_noun(
    nlp: Language, text: str, act: str, part: str
) -> None:
    by_trigger = {e.trigger: e for e, _ in events_of(nlp, text)}
    assert by_trigger[part].along == text.index(act)


@pytest.mark.parametrize(
    "text",
    [
        # the clause is on "Dale", and then on "town": a place, no act
        "The sheriff signed a 287(g) deal in the town of Dale, in which ICE arrested 12 men.",
        # (a review) a thing the act is about, not where it was; an older act
        "Monday's hearing on the year in which ICE deported 300,000 people drew a crowd.",
        "The court's ruling Monday in the case in which Dale deputies arrested Juan Perez "
        "drew praise.",
        "The raid at the Dale plant, in which police previously arrested striking workers, "
        "angered the union.",
    ],
)
def test_a_which_clause_on_no_act_is_told_as_part_of_nothing(nlp: Language, text: str) -> None:
    assert all(e.along == -1 for e, _ in events_of(nlp, text))


def test_vocabulary_a_date_that_says_more_precisely_wins(nlp: Language) -> None:
    # published Friday 2024-03-08: "earlier this month" is March, "on March 5" its day
    text = "The FBI detained 40 workers at the Dayton plant earlier this month, on March 5."
    (event, _), *_ = events_of(nlp, text)
    assert event.time is not None
    assert (event.time.text, event.time.date_start) == ("March 5", "2024-03-05")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # found in a probe corpus: "Five days earlier, on March 13, a federal judge ...
        # granted": the count is from a day the reader must guess, the calendar day says it
        ("A hearing was set for March 1. Five days earlier, on March 4, a judge granted the "
         "petition.", ("March 4", "2024-03-04")),
        ("A hearing was set for March 1. The next day, March 2, the county sued the state.",
         ("March 2", "2024-03-02")),
        # the nearest day to a counted month (a review)
        ("Ana Ruiz was arrested on Aug. 3, 2023. A month later, on Aug. 30, the county sued "
         "the state.", ("Aug. 30", "2023-08-30")),
        # a count with no calendar day after it stays the count
        ("A hearing was set for March 1. Two days later, the county sued the state.",
         ("Two days later", "2024-03-03")),
        # the calendar day in the year the count gives, not the page's (a review)
        ("Deputies arrested Ana Ruiz on Nov. 10, 2022. Three weeks later, on Dec. 1, the "
         "county sued the state.", ("Dec. 1", "2022-12-01")),
        ("The raid came on April 3, 2023. A year earlier, on March 14, the county sued the "
         "state.", ("March 14", "2022-03-14")),
    ],
)  # fmt: skip
def test_vocabulary_a_calendar_day_after_days_counted_from_another(
    nlp: Language, text: str, day: tuple[str, str]
) -> None:
    # published Friday 2024-03-08: the act of the second sentence
    *_, (event, _) = [(e, n) for e, n in events_of(nlp, text) if e.time is not None]
    assert event.time is not None
    assert (event.time.text, event.time.date_start) == day


def test_vocabulary_a_when_clause_takes_all_its_main_clauses_times_say(nlp: Language) -> None:
    # found in a probe corpus: "Yesterday, Thursday, August 23, dozens ... were taken from
    # their jobs ... when agents ... raided the plant" took "Yesterday" alone
    text = (
        "Yesterday, Thursday, March 7, dozens of workers were taken from their jobs in Lima "
        "when agents raided the plant."
    )
    # in a page of no date: the day counted back and the day it is, for the corpus to place
    (raid,) = [e for e, _ in named_events(nlp, text, "") if e.trigger == "raided"]
    assert raid.time is not None
    assert (raid.time.text, raid.time.value) == ("Yesterday, Thursday, March 7", "XXXX-03-07")


@pytest.mark.parametrize(
    "text",
    [
        "Her aunt took custody of the two children in May.",
        "The clerk kept the records in the county jail in May.",
        "The court gave the father custody of the boy in May.",
        # a review: house arrest is a court's order, a citizen's arrest no one's custody
        "A judge placed Maria Gomez under house arrest in May.",
        "Juan Lopez was placed under citizen's arrest by a store clerk in May.",
    ],
)
def test_vocabulary_custody_of_children_is_no_arrest(nlp: Language, text: str) -> None:
    assert [e.event_type for e, _ in events_of(nlp, text) if e.event_type == "enforcement"] == []


@pytest.mark.parametrize("title", ["Sgt.", "Det.", "Cpl.", "Lt.", "Capt."])
def test_vocabulary_a_title_s_abbreviation_ends_no_sentence(nlp: Language, title: str) -> None:
    # found in probe144 (working): "On 3/14/2019 at approximately 0630 hours, Frio County
    # Sheriff's Office Deputy Sgt. Javier Maldonado conducted a traffic stop" lost its date:
    # the tokenizer cut "Sgt." and the parser ended the sentence there
    text = f"On 3/5/2024 at approximately 0630 hours, Deputy {title} Ana Ruiz arrested Tom Lee."
    (event,) = [e for e, _ in events_of(nlp, text)]
    assert event.time is not None and event.time.date_start == "2024-03-05"


def test_vocabulary_sr_may_end_a_sentence(nlp: Language) -> None:
    # a review: "Sr." kept whole joined the next sentence's first word to the name
    text = "Police said the man was Carlos Vega Sr. Officers arrested him Tuesday."
    names = [n for _, named in events_of(nlp, text) for n in named]
    assert not any("Officers" in n for n in names)


def test_vocabulary_a_traffic_stop_made_is_the_law_s_act(nlp: Language) -> None:
    # found in probe144 (working): "Deputy Sgt. Javier Maldonado conducted a traffic stop"
    (event,) = [e for e, _ in events_of(nlp, "Deputies conducted a traffic stop Tuesday.")]
    assert event.event_type == "enforcement"
    assert events_of(nlp, "Traffic stops rose last year.") == []


@pytest.mark.parametrize(
    ("following", "judge"),
    [
        # found in a fresh corpus: "a federal judge ruled Tuesday. In a 22-page decision, U.S.
        # District Judge ... found": the judge of the ruling is the one named next ...
        ("In a 22-page decision, U.S. District Judge Ana Lee found that his detention had "
         "become unreasonably prolonged.", "Ana Lee"),
        # ... not someone named next who is no judge
        ("In a statement, attorney Ana Lee said the ruling was overdue.", None),
    ],
)  # fmt: skip
def test_vocabulary_a_judge_named_in_the_next_sentence(
    nlp: Language, following: str, judge: str | None
) -> None:
    text = (
        "Immigration authorities cannot keep holding Tom Ruiz without a hearing, a federal "
        f"judge ruled Tuesday. {following}"
    )
    (names,) = [names for e, names in events_of(nlp, text) if e.trigger == "ruled"]
    assert {n for n, role in names.items() if role == "agent"} == ({judge} if judge else set())


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        # found in a fresh corpus: a title with "the" that the next sentence names is that
        # person ("The presiding judge ... said Thursday. Presiding Judge Harlan Meeks ...")
        ("The sheriff who runs the Dayton jail on Tuesday called a new report one-sided. "
         "Dayton County Sheriff Tom Hale spoke to reporters outside the jail.", "Tom Hale"),
        ("The presiding judge in Dayton County said Tuesday that he had asked ICE to stay away. "
         "Presiding Judge Tom Hale of the Dayton County Circuit Court wrote a letter.", "Tom Hale"),
        # ... not when someone named before holds the title (the usual "the sheriff"), or
        # anyone is named before or beside it, nor a former holder (a review)
        ("Sheriff Ann Lee spoke first. The sheriff on Tuesday called a new report one-sided. "
         "Dayton County Sheriff Tom Hale spoke to reporters outside the jail.", "Ann Lee"),
        ("Ann Lee, the Dayton County sheriff, spoke first. The sheriff on Tuesday called a new "
         "report one-sided. Sheriff Tom Hale of Benton County spoke to reporters.", "Ann Lee"),
        ("The governor on Tuesday called the new report one-sided. Former Governor Tom Hale "
         "praised the decision.", ""),
    ],
)  # fmt: skip
def test_vocabulary_a_title_named_in_the_next_sentence(
    nlp: Language, text: str, agent: str
) -> None:
    # the agent of the lede's act ("called" a report, "said" ...): the one named next or none
    (first, names), *_ = [(e, n) for e, n in events_of(nlp, text) if e.event_type == "statement"]
    agents = {n for n, role in names.items() if role == "agent"}
    assert ("Tom Hale" in agents) == (agent == "Tom Hale"), first.trigger


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        # found in probe110 (read): "the judge" is the last person named with the title, and
        # a verb coordinated after another shares its subject, the court that rules
        ("Tom Ruiz appeared before Judge Ana Lee. The judge heard the case on Thursday and "
         "denied a request to reduce his bond.", {"Ana Lee"}),
        ("Judge Ana Lee set bond. Sheriff Tom Hale spoke. The judge denied a request to "
         "reduce his bond on Thursday.", {"Ana Lee"}),
        # ... not someone named with another title, nor a former holder
        ("Sheriff Tom Hale spoke. The judge denied a request to reduce his bond on Thursday.",
         set()),
        ("Former Judge Ana Lee spoke. The judge denied a request to reduce his bond on "
         "Thursday.", set()),
        # (a review) ... nor when one of no name holding it was told since
        ("Judge Ana Lee set bond in 2019. On Monday, a federal judge in Boston heard the case. "
         "The judge denied a request to reduce his bond on Thursday.", set()),
    ],
)  # fmt: skip
def test_vocabulary_the_judge_is_the_last_one_named_judge(
    nlp: Language, text: str, agents: set[str]
) -> None:
    denied = [(e, n) for e, n in events_of(nlp, text) if e.trigger == "denied"]
    found = {name for _, n in denied for name, role in n.items() if role == "agent"}
    assert found == agents
    assert all((e.event_type, e.lemma) == ("legal_action", "ruling") for e, _ in denied)


@pytest.mark.parametrize(
    ("following", "named"),
    [
        # found in a fresh corpus: a group the next sentence opens by naming is that group
        ("The Dayton Migrant Justice Project reviewed two years of jail records.",
         {"Dayton Migrant Justice Project"}),
        # ... and none when it opens with another subject, or another kind of name, or when
        # the group is one of people (a review)
        ("Jail records from 31 counties were reviewed by the Dayton Migrant Justice Project.",
         set()),
        ("Tom Ruiz of the Dayton Migrant Justice Project reviewed the records.", set()),
    ],
)  # fmt: skip
def test_vocabulary_a_group_named_in_the_next_sentence(
    nlp: Language, following: str, named: set[str]
) -> None:
    text = (
        "More than 600 people were held in Ohio jails past their release, according to a "
        f"report published Wednesday by a Dayton-based advocacy group. {following}"
    )
    (names,) = [names for e, names in events_of(nlp, text) if e.trigger == "published"]
    assert {name for name, role in names.items() if role == "agent"} == named


def test_vocabulary_a_group_of_people_is_no_body_named_next(nlp: Language) -> None:
    text = (
        "ICE agents arrested a group of farmworkers near Dayton on Tuesday. The Dayton Workers "
        "Justice Center condemned the arrests."
    )
    (names,) = [names for e, names in events_of(nlp, text) if e.trigger == "arrested"]
    assert "Dayton Workers Justice Center" not in names


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # found in two fresh corpora: a county's governing body named a court votes
        ("The Benton County Quorum Court voted 11-4 Thursday night to buy jail beds.", "policy"),
        ("The Grayson County Fiscal Court approved the agreement on Tuesday.", "policy"),
        ("The Tarrant County Commissioners' Court approved the contract on Tuesday.", "policy"),
        ("The Dallas County Commissioners Court voted on Tuesday to approve the contract.",
         "policy"),
        # ... also in lower case (found in probe80, working)
        ("Grayson County's fiscal court voted 4-2 Tuesday evening to join the program.",
         "policy"),
        # ... and its members (found in probe147: Kentucky's magistrates sit on it)
        ("Grayson County Fiscal Court magistrates voted Tuesday evening to give ICE notice.",
         "policy"),
        # ... at its meeting (found in probe162)
        ("Magistrates voted 5 to 2 at Tuesday morning's Fiscal Court meeting to end the deal.",
         "policy"),
        ("The magistrates voted 5 to 2 on Tuesday to deny his bail.", "legal_action"),
        # ... not judges who rule on a county body's act (a review)
        ("Appeals court judges voted 2-1 Tuesday to strike down the Fiscal Court's ban.",
         "legal_action"),
        ("The magistrates voted 5 to 2 Tuesday to deny bail to a man the Fiscal Court hired.",
         "legal_action"),
        # ... while a court of law rules
        ("The Boone County Circuit Court ordered his release on Tuesday.", "legal_action"),
        ("Boone County Circuit Court judges voted Tuesday to close the courthouse.",
         "legal_action"),
    ],
)  # fmt: skip
def test_vocabulary_a_county_body_named_a_court_is_no_court(
    nlp: Language, text: str, kind: str
) -> None:
    (event, _), *_ = events_of(nlp, text)
    assert event.event_type == kind


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        # found in a fresh corpus: a vote at or during a dated meeting is on its day ...
        ("The Dover Town Council, after four hours of public comment during its March 4 "
         "remote meeting, voted 10-2 to adopt the bylaw.", "voted", "2024-03-04"),
        ("The Dover City Council voted 5-2 at its March 4 meeting to end the agreement.",
         "voted", "2024-03-04"),
        ("The 2-1 vote at the board's March 4 meeting split along familiar lines, Supervisor "
         "Ana Ruiz said.", "vote", "2024-03-04"),
        # ... and an act in the dated act a noun of its own names (found in a fresh corpus)
        ("Agents arrested 31 workers at the Dover plant in the March 5 raid.", "arrested",
         "2024-03-05"),
        # ... not one told apart from the meeting of another act, one that follows the act a
        # noun names, one about what happened at a meeting (a review's findings)
        ("Police arrested Tom Ruiz on Thursday in the March 4 shooting.", "arrested",
         "2024-03-07"),
        ("Tom Ruiz was charged Thursday in the March 4 raid.", "charged", "2024-03-07"),
        ("Tom Ruiz was arrested on Thursday in connection with threats at the March 4 council "
         "meeting.", "arrested", "2024-03-07"),
        ("The Dover City Council voted 5-2 on Tuesday to end the agreement it approved at its "
         "March 4 meeting.", "voted", "2024-03-05"),
    ],
)  # fmt: skip
def test_vocabulary_an_act_at_a_dated_meeting_is_on_its_day(
    nlp: Language, text: str, trigger: str, day: str
) -> None:
    found = {e.trigger: e.time and e.time.date_start for e, _ in events_of(nlp, text)}
    assert found[trigger] == day


@pytest.mark.parametrize(
    ("apart", "days"),
    [
        # found in a fresh corpus: an act begun hours before a dated one is on its day or
        # the day before ("after.py" reads the count; it climbs to "began" from "detaining")
        ("nearly eleven hours after", ("2024-03-05", "2024-03-06")),
        ("hours after", ("2024-03-05", "2024-03-06")),
    ],
)
def test_vocabulary_an_act_begun_hours_before_is_on_its_day_or_the_day_before(
    nlp: Language, apart: str, days: tuple[str, str]
) -> None:
    text = (
        "Families were still gathered outside the Dayton jail Wednesday evening, "
        f"{apart} federal immigration agents began detaining workers at a Dayton plant."
    )
    (time,) = [e.time for e, _ in events_of(nlp, text) if e.trigger == "detaining"]
    assert time is not None and (time.date_start, time.date_end) == days


def test_vocabulary_an_act_minutes_before_is_on_that_day(nlp: Language) -> None:
    # found in a fresh corpus: "told the commissioners Monday morning, minutes before they
    # approved a partnership", in an article dated and in one of no known date
    text = (
        "Sheriff Tom Hale spoke to the Dayton commissioners Monday morning, minutes before "
        "they approved the agreement."
    )
    (approved,) = [e for e, _ in events_of(nlp, text) if e.trigger == "approved"]
    assert approved.time is not None and approved.time.date_start == "2024-03-04"
    undated = Document("t", "t.txt", "txt", text, published="", published_basis="unknown")
    (approved,) = [e for e in extract(nlp(text), undated).events if e.trigger == "approved"]
    assert approved.time is not None and approved.time.text == "Monday morning"


def test_vocabulary_a_day_someone_took_office_dates_no_other_act(nlp: Language) -> None:
    # found in a fresh corpus: "take" says when a thing took place, not "took office"
    text = (
        "Sheriff Tom Hale, who took office on Monday, March 4, signed a letter Wednesday "
        "ending the county's agreement with ICE."
    )
    found = {e.trigger: e.time and e.time.date_start for e, _ in events_of(nlp, text)}
    assert found["signed"] == "2024-03-06"
    # ... while a happening that took hours took place (a review)
    text = "Agents arrested 40 workers in Dayton in a raid that took five hours on Tuesday."
    assert {e.time and e.time.date_start for e, _ in events_of(nlp, text)} == {"2024-03-05"}


def test_vocabulary_a_country_yields_the_place_to_one_within_it(nlp: Language) -> None:
    # "U.S." qualifies the judge's title; the law is Texas's (a place a ruling is only near,
    # named with a party: where.place_told)
    text = "U.S. District Judge Ann Lee on Thursday blocked House Bill 2210, a Texas law."
    (event, names), *_ = events_of(nlp, text)
    assert names.get("House Bill 2210") == "patient"
    doc = nlp(text)
    place = next(m for m in find_mentions(doc) if m.id == (event.place or event.near))
    assert place.text == "Texas"


@pytest.mark.parametrize(
    ("text", "another"),
    [
        ("The FBI sent similar subpoenas to the city of Dayton on Monday.", True),
        ("The ACLU filed another lawsuit against the FBI on Monday.", True),
        ("The FBI issued four subpoenas to the city of Dayton on Monday.", False),
        ("The ACLU filed a new lawsuit against the FBI on Monday.", False),
        # the statement is the story's, whatever raid it names
        ("Mayor Ann Lee condemned the other raid in Dayton on Friday.", False),
    ],
)
def test_vocabulary_another_happening_of_its_kind(nlp: Language, text: str, another: bool) -> None:
    (event, _), *_ = events_of(nlp, text)
    assert event.another is another


def test_vocabulary_a_country_keeps_the_place_of_an_origin(nlp: Language) -> None:
    # "a Texas man" says where the man is from; the arrest stays in Mexico
    text = "Police in Mexico arrested a Texas man on Friday."
    (event, _), *_ = events_of(nlp, text)
    place = next(m for m in find_mentions(nlp(text)) if m.id == event.place)
    assert place.text == "Mexico"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        # a body is named after where it sits, not after where it acted
        ("Dallas police officers arrested two men on Friday in Houston.", "Houston"),
        ("FBI Phoenix agents arrested Tom Ruiz on Jan. 30 in Tulsa, Oklahoma.", "Tulsa"),
        # with no place phrase, the body's place stays the event's
        ("Dallas police officers arrested two men on Friday.", "Dallas"),
    ],
)
def test_vocabulary_a_place_phrase_wins_over_a_place_in_a_name(
    nlp: Language, text: str, where: str
) -> None:
    (event, _), *_ = events_of(nlp, text)
    place = next(m for m in find_mentions(nlp(text)) if m.id == event.place)
    assert place.text == where


@pytest.mark.parametrize(
    ("text", "trigger", "kind"),
    [
        # protests of every shape are happenings
        ("Hundreds marched to City Hall in Dayton on Saturday.", "marched", "meeting"),
        ("About 60 people held a vigil outside the Dayton jail on Thursday.", "held", "meeting"),
        # refusing meals is a hunger strike; refusing to act is no happening of its own
        ("Detainees in the Dayton jail refused meals on Monday.", "refused", "meeting"),
        ("Detainees in the Dayton jail declined meals on Monday.", "declined", "meeting"),
        # gathering for a vigil or attending a rally is that protest
        ("About 60 people gathered outside the Dayton jail for a vigil on Thursday.",
         "gathered", "meeting"),
        ("About 200 people attended a rally at Dayton City Hall on Saturday.", "attended",
         "meeting"),
        # ... or coming to it: a blogger's day at a forum (found in probe153)
        ("Drove out to Dayton yesterday for the Border Patrol forum, and only now got my "
         "notes typed up.", "Drove", "meeting"),
        ("About 60 people came to Dayton City Hall on Thursday for a vigil.", "came",
         "meeting"),
        # ... told by "to" (found in probe284)
        ("About 300 people came to a candlelight vigil in Dayton on Oct. 13.", "came",
         "meeting"),
        ("A swearing-in ceremony in Dayton was attended by Mayor Ann Lee on Monday.",
         "attended", "meeting"),
        # calling for an inquiry is a statement, the inquiry no happening yet
        ("Mayor Ann Lee of Dayton called for an investigation on Monday.", "called",
         "statement"),
        # releasing the results of an audit publishes them; releasing a man frees him
        ("The Ohio auditor released the results of an audit of the Dayton jail on Monday.",
         "released", "publication"),
        # ... and a review, by its title too (found in probe153)
        ("The Ohio auditor released a review of the Dayton jail's contract on Monday.",
         "released", "publication"),
        ("The Ohio auditor on Monday released A Limited Review of the Dayton Jail Contract.",
         "released", "publication"),
        # ... told after it, as the review's participle (a review)
        ("A review released Monday by the Ohio auditor found the Dayton jail lost money.",
         "released", "publication"),
        ("ICE released a Dayton man on Monday.", "released", "release"),
        # a verb that begins or stages a happening takes its type from it
        ("Detainees in the Dayton jail began a hunger strike on Monday.", "began", "meeting"),
        ("The FBI launched an investigation into the Dayton jail on Monday.", "launched",
         "enforcement"),
    ],
)  # fmt: skip
def test_vocabulary_protests_and_the_verbs_that_begin_happenings(
    nlp: Language, text: str, trigger: str, kind: str
) -> None:
    (event, _), *_ = events_of(nlp, text)
    assert (event.trigger, event.event_type) == (trigger, kind)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # held or kept in custody is a detention ...
        ("Ruiz was held in the Lucas County jail for three days in May.", "enforcement"),
        ("Deputies kept Ruiz on an ICE detainer in May.", "enforcement"),
        ("Ruiz was held without bond in May.", "enforcement"),
        ("Ruiz was taken into custody in May.", "enforcement"),
        ("Agents took a man into custody at the Dayton courthouse in May.", "enforcement"),
        # the parse may hang the jail on the name held; a center of detention is a jail
        ("Deputies held Marco Ruiz in the Lucas County jail for three days in May.",
         "enforcement"),
        ("Ruiz was held at the Hocking Valley Detention Center in May.", "enforcement"),
        # ... and a meeting held at a jail is still a meeting
        ("The sheriff held a news conference at the Lucas County jail in May.", "meeting"),
        # found in probe144 (working): a sheriff's post, "was placed under arrest for
        # Smuggling of Persons", "Border Patrol agents ... took custody of the seven"
        ("The driver, Juan Ruiz, was placed under arrest in May.", "enforcement"),
        ("Deputies placed him under arrest in May.", "enforcement"),
        ("Border Patrol agents took custody of the seven passengers in May.", "enforcement"),
        # ... also someone named by a common noun (a review)
        ("Deputies placed the woman under arrest in May.", "enforcement"),
    ],
)  # fmt: skip
def test_vocabulary_held_in_custody(nlp: Language, text: str, kind: str) -> None:
    (event, _), *_ = events_of(nlp, text)
    assert event.event_type == kind


@pytest.mark.parametrize(
    "text",
    [
        # found in two fresh corpora: "walked out of the Northwest ICE Processing Center"
        "Marco Ruiz walked out of the Hocking Valley Detention Center on Thursday.",
        "Marco Ruiz walked free from the Lucas County jail on Thursday.",
        "Marco Ruiz emerged from ICE custody on Thursday.",
        # found in a working probe (probe96): "she stepped out of the Franklin County Jail at
        # about 7:40 p.m. Thursday" told nothing
        "Marco Ruiz stepped out of the Lucas County jail on Thursday.",
        # found in a working probe (probe113): "had strolled out of a Massachusetts jail"
        "Marco Ruiz strolled out of the Lucas County jail on Thursday.",
        # found in probe285: a New England jail's name is a house "of correction(s)"
        "Marco Ruiz walked out of the Carroll County House of Corrections on Thursday.",
        "Marco Ruiz walked out of the Essex County House of Correction on Thursday.",
        # found in probe304: out of a way out of the place of custody
        "Marco Ruiz walked out of the front gate of the Otero County Processing Center on "
        "Thursday and into the arms of his mother.",
        "Marco Ruiz walked out of the main doors of the Lucas County jail on Thursday.",
        # found in probe325: "he was let out on bond", out on what held him
        "Marco Ruiz was let out of the Lucas County jail on Thursday.",
        "Marco Ruiz was let out on bond on Thursday.",
        "Marco Ruiz walked out on bail on Thursday.",
    ],
)
def test_vocabulary_walked_out_of_custody_is_a_release(nlp: Language, text: str) -> None:
    ((event, names),) = events_of(nlp, text)
    assert event.event_type == "release" and "Marco Ruiz" in names
    assert event.time is not None and event.time.date_start == "2024-03-07"


@pytest.mark.parametrize(
    "text",
    [
        "Marco Ruiz came from the Lucas County jail to the courthouse on Thursday.",
        "Marco Ruiz came back from the Lucas County jail on Thursday.",
        "Marco Ruiz got a letter from the Lucas County jail on Thursday.",
        "Marco Ruiz stepped into the Lucas County jail on Thursday.",
        "Marco Ruiz strolled from the Lucas County jail to the courthouse on Thursday.",
        # a review: "come" and "get" are too common to tell a release
        "Sheriff Ana Diaz came out of the jail on Monday to meet the marchers.",
        "Marco Ruiz got out of his cell on Monday and attacked a guard.",
        # ... nor a house of anything else, nor what a house of correction's name names (a
        # review)
        "Marco Ruiz walked out of the House of Representatives on Thursday.",
        "Marco Ruiz walked out of the House of Correction's courtyard on Friday.",
        # ... nor a way out of any other place
        "Marco Ruiz walked out of the front gate of the county fairgrounds on Thursday.",
        "Marco Ruiz walked out of the main doors of the courthouse on Thursday.",
        # ... nor letting in, nor letting out what is no one held
        "Marco Ruiz was let into the Lucas County jail on Thursday to visit his son.",
        "Marco Ruiz let out a sigh in the Lucas County jail on Thursday.",
        "Marco Ruiz walked out on the jail roof on Thursday.",
        "Marco Ruiz was let out of his cell for an hour on Thursday.",
    ],
)
def test_vocabulary_moving_from_custody_without_out_is_no_release(nlp: Language, text: str) -> None:
    assert [e.event_type for e, _ in events_of(nlp, text)] == []


@pytest.mark.parametrize(
    ("text", "released"),
    [
        # found in a fresh corpus: one person held, named by what he is
        ("A Guatemalan man arrested in last month's raid walked out of the Hocking Valley "
         "Detention Center on Thursday.", True),
        # ... not people walking out together (a strike), nor out of a meeting
        ("Two workers walked out of the Hocking Valley Detention Center on Thursday.", False),
        ("A man walked out of the Dayton City Council meeting on Thursday.", False),
        # ... nor one person of no arrest told (a review)
        ("A woman walked out of the Hocking Valley Detention Center on Thursday after "
         "visiting her husband.", False),
        ("A worker walked out of the Lucas County jail on Thursday to join the strike.", False),
        # found in probe46 (used): anyone told as detained is someone held
        ("A Dayton restaurant owner detained by federal immigration agents last week walked "
         "out of the Hocking Valley Detention Center on Friday evening.", True),
        # ... not anyone held up or placed there (second review)
        ("A nurse placed at the county jail by a staffing agency walked out of the jail on "
         "Friday to join a strike.", False),
        ("A lawyer held up in traffic walked out of the Lucas County jail on Friday.", False),
        # found in probe19 (used): the place walked out of told by a "who" clause of a stay
        ("A Dayton mother who spent five weeks in the Lucas County jail on an immigration "
         "hold walked out Thursday evening.", True),
        ("A Dayton man who was held at the Lucas County jail walked free on Friday.", True),
        # found in probe277 (working): a stay counted in months is this stay, no other year's
        ("A Dayton man who spent 14 months in the Lucas County jail on an immigration hold "
         "walked out Friday morning.", True),
        # ... but no worker's years there (a review)
        ("A chaplain who spent 14 years in the Lucas County jail walked out for the last time "
         "Friday.", False),
        ("A nurse who spent 9 years in the Lucas County jail walked out Tuesday, saying "
         "staffing cuts had made the infirmary unsafe.", False),
        # ... not one who works there, nor a walk to another place or out of another
        ("A Dayton nurse who works at the Lucas County jail walked out Thursday evening.", False),
        ("A Dayton mother who spent five weeks in the Lucas County jail walked out of the "
         "courthouse on Friday.", False),
        ("A Dayton mother who spent a week in the Lucas County jail walked to the church on "
         "Friday.", False),
        # ... nor one who worked or stayed there, nor one of another stay (a review)
        ("A guard who spent 20 years at the Lucas County jail walked out Thursday over pay "
         "cuts.", False),
        ("Jose Ruiz, who spent a month in the Lucas County jail in 2019, walked out Friday "
         "after the union vote.", False),
        # found in probe327 (read): the stay told before the walk, after "after"
        ("After 38 days in federal immigration detention, Ana Ruiz walked out of the Golden "
         "Valley Annex on Friday.", True),
        ("After spending five weeks in the Lucas County jail, Jose Ruiz walked out of the "
         "Golden Valley Annex on Friday.", True),
        # ... not a stay somewhere else, nor a walk with no "out", nor out of a common noun's
        # place (a review: "in handcuffs", a deputy's last shift)
        ("After three weeks in jail, Ana Ruiz walked out of the courthouse in handcuffs on "
         "Tuesday.", False),
        ("After 25 years in the Lucas County jail, Deputy Carla Mendez walked out of the "
         "building on Friday.", False),
        ("After a week in Ohio, Jose Ruiz walked out of the Golden Valley Annex on Friday.", False),
        ("After three hours in the courtroom, Jose Ruiz walked out of the Dayton courthouse on "
         "Friday.", False),
        ("After 38 days in federal immigration detention, Ana Ruiz walked to the Dayton "
         "courthouse on Friday.", False),
    ],
)  # fmt: skip
def test_vocabulary_a_man_who_walked_out_of_custody_is_released(
    nlp: Language, text: str, released: bool
) -> None:
    releases = [e for e, _ in events_of(nlp, text) if e.event_type == "release"]
    assert bool(releases) == released


@pytest.mark.parametrize(
    ("text", "arrested"),
    [
        # found in a fresh corpus: people picked up are arrested (CAPTURE rows) ...
        ("The three men were picked up Thursday morning at a job site in Dover.", True),
        ("Agents picked up Marco Ruiz outside the Dover courthouse on Thursday.", True),
        ("Deputies grabbed him outside the Dover courthouse on Thursday.", True),
        ("Agents nabbed a Honduran woman at a gas station on Thursday.", True),
        ("Two men were picked up by ICE on Thursday in Dover.", True),
        # ... a thing or a count of things taken is none
        ("The mayor picked up the tab for the lunch on Thursday.", False),
        ("The team picked up two wins in Dover on Thursday.", False),
        ("The story grabbed headlines on Thursday.", False),
        ("Volunteers picked up trash along the river on Thursday.", False),
        ("The petition picked up hundreds of signatures on Thursday.", False),
        # ... nor people taken by anyone but the law
        ("Church volunteers picked up the migrants at the Dover bus station on Thursday.", False),
        ("Parents picked up their children at Dover Elementary on Thursday.", False),
        ("The students were picked up by their parents on Thursday.", False),
        ("The Bears picked up Tom Ruiz off waivers on Thursday.", False),
        ("A gunman grabbed a woman outside a Dover bar on Thursday.", False),
        ("Crews left the bags at the curb and picked them up on Thursday.", False),
        # found in probe161: "hauled away 14 workers", its particle read as an adverb
        ("ICE agents hauled away 14 workers from the Dover camp on Thursday.", True),
        ("ICE agents took away three men in Dover on Thursday.", True),
        ("City crews hauled away the trash in Dover on Thursday.", False),
        ("ICE agents took away his phone in Dover on Thursday.", False),
        # found in probe288 (read): the particle after the people taken, and neighbors
        ("ICE agents took 40 workers away in vans on Thursday.", True),
        ("On Thursday, agents took 40 of our neighbors away in vans.", True),
        ("On Thursday, the county took the statue away in a truck.", False),
        # found in a fresh corpus: told of whom it took ...
        ("They demanded the release of a farmworker picked up by agents on Thursday.", True),
        ("They met a roofer picked up by ICE agents in Dover on Thursday.", True),
        ("They met a child picked up by her parents on Thursday.", False),
        ("They praised a volunteer picked up by the team on Thursday.", False),
        # ... not by anyone (a review)
        ("Neighbors searched for a woman grabbed outside her home on Thursday.", False),
        ("The coach praised a teenager picked up in the draft on Thursday.", False),
        # ... and someone stopped by the law, or pulled over, a name told with an age
        ("Ovidio Cux, 27, was stopped on Thursday by ICE officers in Dover.", True),
        ("Blue Ridge Poultry, 1998, was stopped on Thursday by ICE officers.", False),
        ("State troopers pulled him over on Route 9 on Thursday.", True),
        ("On Thursday, state troopers pulled over Tom Smith on Route 9.", True),
        ("The sheriff stopped the program on Thursday.", False),
        ("Deputies stopped a car on Route 9 on Thursday.", False),
        ("His parents stopped him at the door on Thursday.", False),
        # ... only by the law's people named, and not from doing something (a review)
        ("Johnson was stopped on fourth down on Thursday.", False),
        ("She was stopped from entering the building on Thursday.", False),
        ("Officers stopped a man from jumping off the bridge on Thursday.", False),
        ("ICE officers stopped Tom Smith on Thursday as he drove to work.", True),  # a review
        ("The bus pulled over on Route 9 on Thursday.", False),
        # found in probe168 (opened): people taken from where they were by the law's people
        # named, and a count of people ("12 of the workers")
        ("ICE agents took two men from their homes in Dover on Thursday.", True),
        ("Federal agents took 31 workers from the line at the Dover plant on Thursday.", True),
        ("ICE agents grabbed 12 of the workers in Dover on Thursday.", True),
        ("State social workers took two children from their mother on Thursday.", False),
        ("Deputies took two of the rifles from the truck on Thursday.", False),
        ("The sheriff took $5,000 from the jail fund on Thursday.", False),
        ("Two men were taken from their homes in Dover on Thursday.", False),  # by no one named
        # found in probe271 (opened): a count of people marched out by the law's people
        ("Federal agents marched 31 people out of the Dover plant on Thursday.", True),
        # ... not people led to safety, nor people picked up by no one named, nor uncounted
        # (a review)
        ("Deputies led residents out of the flooded Dover neighborhood on Thursday.", False),
        ("More than 60 people were picked up from the Dover bus station on Thursday.", False),
        ("Deputies picked up people sleeping outside in Dover on Thursday.", False),
        ("Deputies picked up 15 people sleeping along the river in Dover on Thursday.", False),
        ("Police officers marched 200 people across the Dover bridge on Thursday.", False),
        # found in probe280: someone locked up, by the law or by no one named; not a thing
        ("He had been locked up in Dover since Thursday.", True),
        ("Dover police locked him up on Thursday.", True),
        ("The owner locked up the Dover shop on Thursday.", False),
        ("Tom Smith locked up his bike in Dover on Thursday.", False),
    ],
)
def test_vocabulary_people_taken_are_arrested(nlp: Language, text: str, arrested: bool) -> None:
    arrests = [e for e, _ in events_of(nlp, text) if e.event_type == "enforcement"]
    assert bool(arrests) == arrested
    assert all(e.lemma == "arrest" for e in arrests)  # one family with "detained"


@pytest.mark.parametrize(
    "text",
    [
        # a verb of taking with a march row of its own marches when it takes no one
        "About 300 people marched to the Dover courthouse on Thursday.",
        "Protesters marched out of the church and through Dover on Thursday.",
    ],
)
def test_vocabulary_a_march_that_takes_no_one_is_a_march(nlp: Language, text: str) -> None:
    assert [e.event_type for e, _ in events_of(nlp, text)] == ["meeting"]


@pytest.mark.parametrize(
    ("text", "raided"),
    [
        # found in a fresh corpus: the law's people moving on a place is a raid (SWEEP rows)
        ("Federal agents fanned out across Dover and Smyrna on Thursday.", True),
        ("ICE agents descended on the Dover plant on Thursday.", True),
        ("Deputies swept through the Dover neighborhood on Thursday.", True),
        # ... anyone else's is none
        ("Volunteers fanned out across Dover on Thursday to knock on doors.", False),
        ("A storm swept through Dover on Thursday.", False),
        ("Hundreds of fans descended on Dover on Thursday for the race.", False),
        # ... but a count of the law's people is theirs (found in probe288, read)
        ("Dozens of federal agents descended on the Dover plant on Thursday.", True),
        ("Dozens of fans of the agents descended on Dover on Thursday.", False),
        # ... nor the law's people searching, going down or sweeping a thing (a review)
        ("Police fanned out to search for the missing boy on Thursday.", False),
        ("Deputies swept the woods for the missing hiker on Thursday.", False),
        ("Officers descended the stairs on Thursday.", False),
        ("Agents descended from the helicopter on Thursday.", False),
        ("ICE swept the nation's headlines on Thursday.", False),
        # found in probe corpora: the law's people rounding a place (ENCLOSE rows)
        ("ICE agents surrounded the Dover packing house on Thursday.", True),
        ("Deputies encircled the farm on Thursday.", True),
        ("Deputies surrounded him on Thursday.", False),
        ("Officers surrounded the workers on Thursday.", False),
        ("Questions surrounded the Dover plant on Thursday.", False),
        # (reviews) a crowd or a gathering is no raid; a raid's hours are still a raid's
        ("Police officers surrounded the protesters on Thursday.", False),
        ("Police surrounded the vigil on Thursday.", False),
        ("ICE agents surrounded the farm for two hours on Thursday.", True),
        # found in probe205: the law's people storming a place; not a crowd's storming
        ("Agents from ICE stormed the Dover packing plant on Thursday.", True),
        ("Protesters stormed the Dover courthouse on Thursday.", False),
        ("The mayor stormed out of the meeting on Thursday.", False),
        # (a review) a group of the law by the word before its noun; not any team
        ("A SWAT team stormed a house on Dover Street on Thursday.", True),
        ("A task force surrounded the Dover warehouse on Thursday.", True),
        ("The home team stormed the Dover field on Thursday.", False),
        ("A legal team stormed the Dover courthouse on Thursday.", False),
        ("A Cal Fire strike team surrounded the burning Dover barn on Thursday.", False),
        # found in probe147: the law's people going from one home to the next
        ("Early Thursday, agents from ICE went door to door at the Dover trailer park.", True),
        ("ICE agents went house-to-house in the Dover neighborhood on Thursday.", True),
        ("Campaign volunteers went door to door in Dover on Thursday.", False),
        ("Federal agents went door-to-door at the Oak Hill apartments on Thursday.", True),
        # ... also with what they asked, or told "from house to house" (a review)
        ("ICE agents went door to door on Thursday asking residents for their papers.", True),
        ("ICE agents went from house to house in Dover on Thursday.", True),
        # ... not the police answering an incident (a review)
        ("Deputies went door to door in Dover on Thursday after a string of break-ins.", False),
        ("Deputies went door to door in the evacuation zone on Thursday.", False),
        ("Police officers went door to door on Thursday asking about the shooting.", False),
        ("Agents went to the door of the Dover home on Thursday.", False),
    ],
)
def test_vocabulary_the_law_moving_on_a_place_is_a_raid(
    nlp: Language, text: str, raided: bool
) -> None:
    raids = [e for e, _ in events_of(nlp, text) if e.event_type == "enforcement"]
    assert bool(raids) == raided
    assert all(e.lemma == "raid" for e in raids)


@pytest.mark.parametrize(
    ("text", "gathered"),
    [
        # found in a fresh corpus: people rallying, by count, noun or name, gather
        ("About 400 people rallied Thursday outside the Lucas County jail.", True),
        ("Hundreds gathered outside the Lucas County jail on Thursday.", True),
        ("Members of Casa Ohio demonstrated in Toledo on Thursday.", True),
        ("More than 200 people crowded into the Toledo High School gym on Thursday.", True),
        # found in a fresh corpus: people who came to rally or pray
        ("About 300 people came to rally outside the Toledo church on Thursday.", True),
        ("Dozens of residents turned out to demonstrate at City Hall on Thursday.", True),
        # found in a fresh corpus: the people a participle tells gathered
        ("Ann Lee told several hundred people gathered outside the Toledo jail on Thursday.", True),
        ("Data gathered on Thursday showed a rise in arrests.", False),
        ("Investigators reviewed 40 hours of video gathered in Toledo on Thursday.", False),
        ("The governor thanked 500 troops assembled at the border on Thursday.", False),
        # found in probe208: the crowd a relative clause tells gathered, not a few people
        ("She was one of some 250 people who gathered outside the jail on Thursday.", True),
        ("The crowd, which rallied outside the Toledo jail on Thursday, was peaceful.", True),
        ("Police arrested two men who gathered outside a Toledo bar on Thursday.", False),
        (
            "Police arrested two of the 150 protesters who gathered outside the Toledo jail on "
            "Thursday.",
            False,
        ),
        ("The team came to rally late in the game on Thursday.", False),
        ("The residents wanted to rally at City Hall on Thursday.", False),
        # ... and praying is no gathering of its own (a review)
        ("Governor Ann Lee prayed at the Toledo church on Thursday with her family.", False),
        ("Thousands of worshippers prayed at the mosque on Thursday.", False),
        # no people, or people rallied by someone: no gathering
        ("Stocks rallied on Thursday.", False),
        ("The study demonstrated on Thursday that the jail was full.", False),
        ("The coalition rallied its supporters on Thursday.", False),
        # a name that is no crowd, a cause rallied behind, what a study shows
        ("Apple rallied 3 percent on Thursday.", False),
        ("Shoppers crowded the mall on Thursday.", False),
        ("Republicans rallied behind the bill on Thursday.", False),
        ("Hundreds of supporters rallied around the mayor on Thursday.", False),
        # found in a fresh corpus: around a building is where, not whom
        ("A crowd of several hundred gathered around the Toledo courthouse on Thursday.", True),
        ("About 200 people rallied around City Hall on Thursday.", True),
        ("Dr. Maria Lopez demonstrated on Thursday that the vaccine works.", False),
        # found in a fresh corpus: people standing around a named place (SURROUND rows)
        ("Hundreds of people ringed the Hawaii State Capitol on Thursday.", True),
        ("Protesters lined Beretania Street on Thursday.", True),
        ("Students surrounded the Capitol on Thursday.", True),
        # no people, no place, a person, a business, or what something was filled with
        ("The river flooded the town on Thursday.", False),
        ("Two men surrounded the victim outside a bar on Thursday and stabbed him.", False),
        ("Thousands of shoppers flooded Walmart on Thursday.", False),
        ("Students flooded the library on Thursday before final exams.", False),
        ("Volunteers lined the route with flags on Thursday.", False),
        ("Volunteers lined the boxes with plastic on Thursday.", False),
        ("Callers flooded the hotline with calls on Thursday.", False),
        # found in a fresh corpus: a courthouse the model names as a body, and "fill" and
        # "pack", verbs of attending too ("packed the church for a vigil")
        ("Several hundred people circled the Lucas County Courthouse on Thursday.", True),
        ("The students circled the date on their calendars on Thursday.", False),
        ("Two men circled the Toledo Police Department on Thursday.", False),
        ("Volunteers filled the boxes with food on Thursday.", False),
        # ... nor a crowd filling a building: games, shows (a review)
        ("About 18,000 fans packed the Toyota Center on Thursday night to watch the game.", False),
        # ... nor the law's people around a building, nor mourners at a funeral (a review)
        ("Dozens of deputies circled the Lucas County Courthouse on Thursday.", False),
        (
            "Hundreds of mourners packed St. Mary's Church on Thursday for the funeral of a "
            "slain deputy.",
            False,
        ),
    ],
)
def test_vocabulary_people_gathering(nlp: Language, text: str, gathered: bool) -> None:
    meetings = [e for e, _ in events_of(nlp, text) if e.event_type == "meeting"]
    assert bool(meetings) == gathered


@pytest.mark.parametrize(
    "text",
    [
        # found in a fresh corpus: a grand jury returns an indictment (LIGHT "return")
        "A federal grand jury in Concord returned an indictment against Dana Roe on Tuesday.",
        "The indictment against Dana Roe was returned Tuesday, prosecutors said.",
        # ... or unseals it (probe21, used); returned one day and unsealed the next is one
        "The indictment against Dana Roe was unsealed Tuesday in federal court in Concord.",
        "The indictment against Dana Roe was returned Tuesday and unsealed Wednesday.",
    ],
)
def test_vocabulary_returning_an_indictment_is_the_indictment(nlp: Language, text: str) -> None:
    event, names = only_event(nlp, text)
    assert (event.event_type, event.lemma) == ("legal_action", "indictment")
    assert event.time is not None and event.time.date_start == "2024-03-05"
    assert names == {"Dana Roe": "patient"}


@pytest.mark.parametrize(
    "denial",
    [
        "none of her officers took part in",
        # found in a fresh corpus: "played no role", the part denied by its object
        "city police played no role in",
    ],
)
def test_saying_a_past_happening_took_place_without_one_is_a_statement(
    nlp: Language, denial: str
) -> None:
    # found in a fresh corpus: the arrests, named in passing with a day of their own, are
    # not what the chief's statement reports
    text = f"Police Chief Dana Reyes said Monday that {denial} last week's immigration arrests."
    found = {e.trigger: (e, names) for e, names in events_of(nlp, text)}
    said, names = found["said"]
    assert said.time is not None and said.time.date_start == "2024-03-04"
    assert names == {"Dana Reyes": "agent"}
    assert "arrests" in found


def test_an_act_describing_who_speaks_of_is_named_in_passing(nlp: Language) -> None:
    # found in a fresh corpus: a clause that describes someone in what is said ("which
    # signed its own agreement in February") is no news of the saying; both are kept
    text = (
        "Sheriff Dana Reyes said Wednesday that her office, which signed its own agreement "
        "in February, would work with city police."
    )
    found = {e.trigger: (e, names) for e, names in events_of(nlp, text)}
    said, names = found["said"]
    assert said.time is not None and said.time.date_start == "2024-03-06"
    assert names == {"Dana Reyes": "agent"}
    signed, _ = found["signed"]
    assert signed.time is not None and signed.time.date_start == "2024-02-01"


@pytest.mark.parametrize(
    "text",
    [
        # the arrest is what is said; the deportations only describe the man
        "Sheriff Dana Reyes said Wednesday that deputies arrested a man who was deported twice.",
        # the review of the reading: a cleft sets off what is said; an act of the days just
        # before the saying is its news
        "ICE said Tuesday that it was agents from its Atlanta office who arrested the man.",
        "ICE said Tuesday that the man who died in its custody Sunday was 42.",
    ],
)
def test_an_act_said_beside_a_described_one_is_still_the_news(nlp: Language, text: str) -> None:
    assert "said" not in [e.trigger for e, _ in events_of(nlp, text)]


def test_saying_a_dated_happening_took_place_reports_that_happening(nlp: Language) -> None:
    # what is said tells the raid (no one denies a part in it): no statement of its own
    text = (
        "U.S. Immigration and Customs Enforcement said Friday that more than 300 workers "
        "were swept up in Thursday's raid at the Kent Poultry plant."
    )
    assert [e.trigger for e, _ in events_of(nlp, text)] == ["raid"]


@pytest.mark.parametrize(
    "learned",
    ["learned of Tuesday's arrests", "were told of Tuesday's arrests", "heard of Tuesday's raid"],
)
def test_saying_one_learned_of_a_happening_is_a_statement(nlp: Language, learned: str) -> None:
    # found in a fresh corpus: arrests learned of are named in passing (LEARN rows): the
    # sheriff's words are his statement, on their own day, beside the arrests on theirs
    text = (
        f"Sheriff Tom Hale said Wednesday that his deputies {learned} only after the men "
        "were in custody."
    )
    found = {(e.event_type, e.time and e.time.date_start) for e, _ in events_of(nlp, text)}
    assert found == {("enforcement", "2024-03-05"), ("statement", "2024-03-06")}


def test_saying_what_was_so_before_a_happening_is_a_statement(nlp: Language) -> None:
    # found in a fresh corpus: a raid in a clause that says when is named in passing
    text = (
        "Mayor Ana Ruiz said Wednesday that city leaders had no advance notice before federal "
        "agents swept through a Dover meatpacking plant a day earlier."
    )
    found = {(e.event_type, e.time and e.time.date_start) for e, _ in events_of(nlp, text)}
    assert found == {("enforcement", "2024-03-05"), ("statement", "2024-03-06")}


def test_saying_dated_by_its_participle(nlp: Language) -> None:
    # found in a fresh corpus: a participle adjunct's time is its verb's
    text = (
        "Speaking to reporters Wednesday afternoon outside his office in Dayton, Sheriff Tom "
        "Hale said the program has identified people wanted for assault."
    )
    statements = [e for e, _ in events_of(nlp, text) if e.event_type == "statement"]
    assert [e.time and e.time.date_start for e in statements] == ["2024-03-06"]
    # a time in what a participle after its verb tells is none of the verb's (a review)
    text = "ICE agents arrested 40 people in Dayton, bringing the total to 300 since Jan. 1."
    assert [e.time for e, _ in events_of(nlp, text) if e.trigger == "arrested"] == [None]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # found in two fresh corpora: calling something what it is, or on someone to act ...
        ("Sheriff Tom Hale on Wednesday called a new report on his office cherry-picked.",
         "called"),
        ("The Dayton Sheriffs' Association urged all sheriffs on Wednesday to seek similar "
         "agreements.", "urged"),
        # ... on the day of the text it is said in, or the day a "when" clause hangs on
        ("In a statement released Wednesday, the Dayton Sheriffs' Association called the "
         "program the most effective tool available.", "called"),
        ("The move got a boost Wednesday, when the Dayton Sheriffs' Association urged all of "
         "the state's sheriffs to seek similar agreements.", "urged"),
    ],
)  # fmt: skip
def test_saying_a_call_is_a_statement(nlp: Language, text: str, trigger: str) -> None:
    found = [
        (e.trigger, e.event_type, e.time and e.time.date_start) for e, _ in events_of(nlp, text)
    ]
    assert found == [(trigger, "statement", "2024-03-06")]


def test_an_act_told_of_a_time_is_of_that_time(nlp: Language) -> None:
    # found in a fresh corpus: a clause hung on a time ("Thursday night, where ...") is of it
    text = (
        "Candles lined the steps of the Toledo church on Wednesday night, where about 300 "
        "people came to rally."
    )
    found = [(e.event_type, e.time and e.time.date_start) for e, _ in events_of(nlp, text)]
    assert found == [("meeting", "2024-03-06")]
    # ... not an act a clause of the time's own tells of (a review)
    text = "Tom Ruiz was released on Wednesday, which was months after agents detained him."
    found = dated_triggers(nlp, text)
    assert ("detained", "2024-03-06") not in found


def test_saying_what_was_so_long_before_is_a_statement(nlp: Language) -> None:
    # found in a fresh corpus: an act years before the saying is background to its news
    text = (
        "In a statement released Wednesday, ICE said Tom Ruiz had been ordered removed by an "
        "immigration judge in 2009."
    )
    found = {(e.event_type, e.time and e.time.date_start) for e, _ in events_of(nlp, text)}
    assert ("statement", "2024-03-06") in found
    # ... a recent one is the news (no statement of its own)
    text = "In a statement released Wednesday, ICE said agents arrested Tom Ruiz on Monday."
    assert [e.event_type for e, _ in events_of(nlp, text)] == ["enforcement"]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor called a meeting on Wednesday.",
        "The mayor called 911 on Wednesday.",
        "The mayor urged caution on Wednesday.",
        # calling someone to come, or back (a review)
        "Sheriff Tom Hale on Wednesday called deputies to come in early.",
        "ICE on Wednesday called the workers back to work.",
        # "what ICE calls": no one's words of that day (a release told beside it stays)
        "Seven women were released on what ICE calls humanitarian grounds on Wednesday.",
    ],
)
def test_saying_a_call_of_nothing_is_no_statement(nlp: Language, text: str) -> None:
    assert [e.event_type for e, _ in events_of(nlp, text) if e.event_type == "statement"] == []


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        # the day of a clause in a place, a town or an operation is none of the act's (a review)
        ("Agents arrested Tom Ruiz in Dayton in a house he bought in 2015.", "arrested", None),
        ("Agents arrested Tom Ruiz in a Dayton town founded in 1850.", "arrested", None),
        # a response filed is a filing, not a text's release
        ("In a response filed Wednesday, ICE's lawyers argued the case should be dismissed.",
         "filed", "2024-03-06"),
    ],
)  # fmt: skip
def test_saying_only_a_text_dates_what_it_says(
    nlp: Language, text: str, trigger: str, day: str | None
) -> None:
    found = {e.trigger: e.time and e.time.date_start for e, _ in events_of(nlp, text)}
    assert found[trigger] == day


def test_saying_one_told_others_of_a_happening_reports_it(nlp: Language) -> None:
    # telling someone of one's own act (a TOLD verb, active) is no learning: the arrests
    text = "ICE said Wednesday that agents told the families about Tuesday's arrests of 40 workers."
    assert [e.event_type for e, _ in events_of(nlp, text)] == ["enforcement"]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        # found in a fresh corpus: the text the clause of its making describes says whom it
        # is against in the present
        ("The lawsuit, filed Tuesday in federal court, accuses the Kent County Sheriff's "
         "Office of holding Ana Ruiz without a warrant.", "Kent County Sheriff's Office"),
        ("The indictment, which a federal grand jury in Concord returned on Tuesday, charges "
         "plant manager Dana Roe with harboring workers.", "Dana Roe"),
    ],
)  # fmt: skip
def test_a_text_described_by_its_making_is_against_whom_it_names(
    nlp: Language, text: str, named: str
) -> None:
    event, names = only_event(nlp, text)
    assert event.event_type == "legal_action"
    assert names == {named: "patient"}


def test_a_person_described_by_a_clause_names_no_one_in_what_they_do(nlp: Language) -> None:
    # not a text: the jail the sheriff oversees was not indicted
    text = "The sheriff, who was indicted on Tuesday, oversees the Kent County Jail."
    event, names = only_event(nlp, text)
    assert (event.event_type, names) == ("legal_action", {})


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee returned to Dover on Tuesday.",
        # what is sent back is no indictment
        "The Dover City Council on Tuesday returned the complaint to the ethics panel.",
        "Officials on Tuesday returned the subpoena unsigned to the House committee.",
    ],
)
def test_vocabulary_returning_somewhere_is_no_happening(nlp: Language, text: str) -> None:
    assert events_of(nlp, text) == []


def test_vocabulary_made_public_is_a_publication(nlp: Language) -> None:
    # "public" is a small clause of "made" (found in a fresh corpus)
    text = "The Department of Justice made the audit public on Thursday."
    ((event, names),) = events_of(nlp, text)
    assert (event.event_type, names) == ("publication", {"Department of Justice": "agent"})


@pytest.mark.parametrize(
    ("text", "trigger", "kind"),
    [
        # found in a fresh corpus: idioms of suing and of ending an agreement
        ("On Monday the state took Dayton to court.", "took",
         "legal_action"),
    ],
)  # fmt: skip
def test_vocabulary_idioms_of_suing_and_ending(
    nlp: Language, text: str, trigger: str, kind: str
) -> None:
    ((event, _),) = events_of(nlp, text)
    assert (event.trigger, event.event_type) == (trigger, kind)


@pytest.mark.parametrize(
    "text",
    [
        # found in probe106 (working): a suit filed by its caption was a "file" of its own
        # family, apart from the complaint the same article told
        "On Tuesday the ACLU filed Ruiz v. Dayton in federal court.",
        "The case, Ruiz v. Dayton, was filed on Tuesday.",
        "The ACLU filed the case on Tuesday.",
    ],
)
def test_vocabulary_filing_a_case_is_suing(nlp: Language, text: str) -> None:
    from graphx.extract.taxonomy import load_taxonomy

    ((event, _),) = events_of(nlp, text)
    assert load_taxonomy().family(event.lemma, event.event_type) == "sue"


def test_vocabulary_making_the_case_is_no_suit(nlp: Language) -> None:
    assert events_of(nlp, "On Tuesday the sheriff made the case for the jail program.") == []


@pytest.mark.parametrize(
    ("text", "trigger", "kind"),
    [
        # "no" that is a verdict, or that says how, not who or what (a review's findings)
        ("The Dayton City Council voted no confidence in the chief on Tuesday.", "voted",
         "policy"),
        ("Agents arrested Tom Ruiz in Dayton on Tuesday with no warning.", "arrested",
         "enforcement"),
    ],
)  # fmt: skip
def test_vocabulary_a_no_of_how_is_still_a_happening(
    nlp: Language, text: str, trigger: str, kind: str
) -> None:
    ((event, _),) = events_of(nlp, text)
    assert (event.trigger, event.event_type) == (trigger, kind)


def test_vocabulary_a_trip_to_work_is_no_lawsuit(nlp: Language) -> None:
    assert events_of(nlp, "Mayor Ann Lee took the bus to work on Monday.") == []


@pytest.mark.parametrize(
    "text",
    [
        # found by a review: walks, reports and escorts that are no release ...
        "Protesters walked from the Hocking Valley Detention Center to City Hall on Saturday.",
        "A new report emerged from the Lucas County jail on Tuesday.",
        "Deputies walked Ana Ruiz out of the Lucas County jail to a waiting van on Tuesday.",
        # ... no one in particular saying, and a saying of an act told as done
        "An activist said Monday that the Lucas County jail will close.",
        # a present with no day dates no saying (found in the demo corpus after a review)
        "Tom Ruiz, a former ICE official who now is at a think tank, said the plan will fail.",
        # ... and a person brought to court, not sued
        "Deputies took Ana Ruiz to court on Tuesday for her bond hearing.",
    ],
)
def test_vocabulary_what_the_new_readings_must_not_do(nlp: Language, text: str) -> None:
    assert [e.event_type for e, _ in events_of(nlp, text)] in ([], ["enforcement"]), text
    assert not any(e.event_type in ("release", "statement", "legal_action")
                   for e, _ in events_of(nlp, text))  # fmt: skip


def test_vocabulary_a_place_before_a_role_is_no_person(nlp: Language) -> None:
    text = "Across Rio Grande Valley, an organizer with the group said the jail must close."
    document = Document("t", "t.txt", "txt", text, published="2024-03-08", published_basis="known")
    found = extract(nlp(text), document)
    assert not any(m.type == "person" and "Rio" in m.text for m in found.mentions)


def test_vocabulary_a_saying_of_an_act_done_is_the_act(nlp: Language) -> None:
    text = "Sheriff Ann Lee said Tuesday that deputies arrested 12 people in Toledo, Ohio."
    assert [e.event_type for e, _ in events_of(nlp, text)] == ["enforcement"]


def test_vocabulary_a_place_a_happening_took_place_in_dates_the_act(nlp: Language) -> None:
    # "took place" passes its time on; "dates to" does not (review)
    text = "Officers arrested 12 people at a party in Dallas that took place Saturday."
    ((event, _),) = events_of(nlp, text)
    assert event.time is not None and event.time.date_start == "2024-03-02"


def test_vocabulary_walked_out_of_a_meeting_is_no_release(nlp: Language) -> None:
    assert events_of(nlp, "Mayor Ann Lee walked out of the council meeting on Thursday.") == []


def test_vocabulary_a_passive_reason_keeps_its_agent_unsaid(nlp: Language) -> None:
    # the officers made the arrest; they gave no order, and were not where it was given
    text = (
        "Officers with ICE in Toledo arrested Ruiz because he had been ordered deported by "
        "a judge in 2016."
    )
    (order, names), *_ = [(e, n) for e, n in events_of(nlp, text) if e.trigger == "ordered"]
    assert "agent" not in names.values() and order.place is None


@pytest.mark.parametrize(
    "text",
    [
        "A report released Tuesday says the Hocking Valley Detention Center lacked nurses.",
        "The Hocking Valley Detention Center lacked nurses, according to a report released "
        "Tuesday.",
    ],
)
def test_vocabulary_a_publication_is_about_what_it_says(nlp: Language, text: str) -> None:
    # the facility the report is about takes part in its release; no place does
    found = [(e, n) for e, n in events_of(nlp, text) if e.event_type == "publication"]
    (_, names), *_ = found
    assert names.get("Hocking Valley Detention Center") == "other"


def test_vocabulary_a_place_of_the_act_told_after_is_not_this_acts(nlp: Language) -> None:
    # the stop was in Kentucky; where the deportation was, the sentence does not say
    text = "Ruiz was deported in 2016 after a traffic stop in Kentucky."
    (event, names), *_ = events_of(nlp, text)
    assert event.trigger == "deported" and event.place is None and "Kentucky" not in names


def test_vocabulary_a_place_of_someone_elses_act_told_after_is_not_this_acts(
    nlp: Language,
) -> None:
    # found in a probe corpus: the release was not in Miami, where a group had delivered
    # a petition weeks before
    text = (
        "ICE released Ana Ruiz on Friday, weeks after the Dayton Freedom Network delivered "
        "a petition to the agency's Miami field office."
    )
    (event, names), *_ = [(e, n) for e, n in events_of(nlp, text) if e.trigger == "released"]
    assert event.place is None and "Dayton Freedom Network" not in names
    # ... the same people's act told after is this act's (a guard)
    text = "Agents arrested 12 workers on Friday after they searched a plant in Huron."
    (event, _), *_ = [(e, n) for e, n in events_of(nlp, text) if e.trigger == "arrested"]
    assert event.place is not None
    # ... and so is an act right before it, there (a review)
    text = "Police arrested Jose Lopez on Tuesday after a trooper stopped his car in Dalton."
    (event, _), *_ = [(e, n) for e, n in events_of(nlp, text) if e.trigger == "arrested"]
    assert event.place is not None


def test_vocabulary_declining_comment_is_no_protest(nlp: Language) -> None:
    assert events_of(nlp, "The Dayton sheriff declined comment on Monday.") == []
    # nor is a time after "on" or "for" part of a phrasal verb: calling the raid a disgrace
    # is the sheriff's statement (CALL rows, since), never a "call on" or a demand
    found = events_of(nlp, "The Dayton sheriff called the raid a disgrace on Monday.")
    assert [(e.event_type, e.lemma) for e, _ in found] == [("statement", "call")]
    # nor "what" someone called for: that names no demand
    text = "The sheriff went against what some Dayton activists have called for."
    assert [e for e, _ in events_of(nlp, text) if e.trigger == "called"] == []


def test_vocabulary_the_county_is_the_county_named_before(nlp: Language) -> None:
    # "the county" stands for the last county named, not for a city named in between
    text = (
        "The sheriff of Wood County met FBI agents in Toledo. The county ended its deal on Friday."
    )
    found = [e for e, _ in events_of(nlp, text) if e.trigger == "ended"]
    place = next(m for m in find_mentions(nlp(text)) if m.id == found[0].place)
    assert place.text == "Wood County"


def test_vocabulary_a_happening_that_began_on_a_day(nlp: Language) -> None:
    # "began" only says when the strike did: its first day dates it
    (event, _), *_ = events_of(nlp, "The hunger strike at the Dayton jail began Feb. 6.")
    assert event.time is not None
    assert (event.trigger, event.time.date_start) == ("strike", "2024-02-06")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a happening named under "call" is still told ...
        ("Mayor Ann Lee called Tuesday's raid in Dayton a disgrace.", ["raid"]),
        # ... what one calls for is not yet
        ("Mayor Ann Lee of Dayton called for an investigation on Monday.", ["called"]),
        # a place, a job or cameras are held by no one
        ("The shooting took place at the Dayton jail on Tuesday.", ["shooting"]),
        ("Juan Perez took a job at the Dayton jail in 2019.", []),
        ("Dayton officials placed new cameras in every cell in March.", []),
        # what a light verb is "for" is no happening of its own; gathering data is no rally
        ("Juan Perez was arrested in Dayton on Tuesday and held for deportation.", ["arrested"]),
        ("Researchers in Dayton gathered data on 300 detainees in 2019.", []),
        # an imperative is no act
        ("Sign up for the Dayton Ledger, our Sunday newsletter.", []),
    ],
)  # fmt: skip
def test_vocabulary_words_that_only_look_like_new_triggers(
    nlp: Language, text: str, expected: list[str]
) -> None:
    assert [e.trigger for e, _ in events_of(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "ruled"),
    [
        # found in a fresh corpus: bond set by a judge is a ruling of bond
        ("The bond was set Thursday by an immigration judge in Dover.", True),
        ("An immigration judge set bond at $7,500 on Thursday.", True),
        # ... "set" of anything else is none, nor is posting bond
        ("The council set a date for the hearing on Thursday.", False),
        ("The team set a record on Thursday.", False),
        ("His family posted bond on Thursday.", False),
        ("The Treasury issued a 30-year bond on Thursday.", False),  # a review
        ("The company set its bid for the contract at $2 million on Thursday.", False),
        ("The clerk set the appeal for oral argument on Thursday.", False),
    ],
)
def test_vocabulary_bond_set_is_a_ruling(nlp: Language, text: str, ruled: bool) -> None:
    rulings = [e for e, _ in events_of(nlp, text) if e.event_type == "legal_action"]
    assert bool(rulings) == ruled
    assert all(load_taxonomy().family(e.lemma) == "bond" for e in rulings)


def test_the_law_named_next_did_an_act_told_without_them(nlp: Language) -> None:
    # found in a fresh corpus: an arrest told in the passive, the agents in the next sentence
    text = (
        "Thirty workers were arrested Wednesday at a plant in Dover. Agents with Homeland "
        "Security Investigations executed a search warrant at the plant."
    )
    arrests = [names for e, names in events_of(nlp, text) if e.trigger == "arrested"]
    assert arrests == [{"Homeland Security Investigations": "agent"}]
    # ... or in another clause of its sentence
    text = (
        "Traffic on Route 9 was slowed on Wednesday as U.S. Border Patrol agents questioned "
        "drivers, and by evening 11 people had been arrested."
    )
    arrests = [names for e, names in events_of(nlp, text) if e.trigger == "arrested"]
    assert arrests == [{"U.S. Border Patrol": "agent"}]


@pytest.mark.parametrize(
    "text",
    [
        # ... not a body doing anything else, nor when the act names its own
        "Thirty workers were arrested Wednesday at a plant in Dover. The Dover City Council "
        "met on Thursday.",
        "Thirty workers were arrested Wednesday in Dover by the FBI. Agents with Homeland "
        "Security Investigations searched the office.",
        # ... nor agents doing another thing, or another act (a review)
        "Two men were arrested Friday after a fight at a Dover bar. Agents with Homeland "
        "Security Investigations, meanwhile, were investigating a separate case.",
        "Thirty workers were arrested in January in Dover. Agents with Homeland Security "
        "Investigations are still searching for a second suspect.",
    ],
)
def test_the_law_named_next_only_when_no_one_is_named(nlp: Language, text: str) -> None:
    arrests = [names for e, names in events_of(nlp, text) if e.trigger == "arrested"]
    assert "Homeland Security Investigations" not in arrests[0]
    assert "Dover City Council" not in arrests[0]


def test_a_clause_later_that_day_is_of_that_day(nlp: Language) -> None:
    # found in a fresh corpus: "..., and by evening 11 people had been taken into custody"
    text = (
        "Traffic on Route 9 was slowed for most of Wednesday, and by evening Tom Ruiz had been "
        "taken into custody."
    )
    found = dated_triggers(nlp, text)
    assert found == [("taken", "2024-03-06")]
    # ... a clause joined with no part of the day is not
    text = "Traffic on Route 9 was slowed on Wednesday, and Tom Ruiz was taken into custody."
    found = dated_triggers(nlp, text)
    assert found == [("taken", None)]
    # ... nor one told the next morning (a review)
    text = (
        "Traffic on Route 9 was slowed on Wednesday, and by the next morning Tom Ruiz had "
        "been taken into custody."
    )
    found = dated_triggers(nlp, text)
    assert ("taken", "2024-03-06") not in found
    # ... "by late evening" still is (a review)
    text = (
        "Traffic on Route 9 was slowed for most of Wednesday, and by late evening, Tom Ruiz "
        "had been taken into custody."
    )
    found = dated_triggers(nlp, text)
    assert found == [("taken", "2024-03-06")]


def test_a_town_the_model_read_as_a_person(nlp: Language) -> None:
    # found in a fresh corpus: Enosburg Falls is a Vermont town of some 1,300 people, told
    # as where an act was done
    text = "Agents stopped his car in Enosburg Falls, Vermont officials said."
    got = [(m.text, m.type) for m in find_mentions(nlp(text))]
    assert ("Enosburg Falls", "jurisdiction") in got


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # found in probe129 (read): "A Sioux Falls advocacy group released a report" in a
        # South Dakota story made Sioux Falls a person
        ("A Sioux Falls advocacy group sued the state of South Dakota.", "Sioux Falls"),
        ("A Sioux Falls nonprofit says South Dakota jails hold people.", "Sioux Falls"),
        ("A Huron man was arrested by ICE in South Dakota.", "Huron"),
    ],
)
def test_a_town_said_where_a_person_or_group_is_from(nlp: Language, text: str, town: str) -> None:
    got = [(m.text, m.type) for m in find_mentions(nlp(text))]
    assert (town, "jurisdiction") in got


def test_a_surname_before_a_noun_of_following_stays_no_town(nlp: Language) -> None:
    # a guard: "a Warren supporter" names whose supporter (Warren is an Ohio town)
    text = "A Warren supporter spoke in Ohio, and Elizabeth Warren thanked her."
    assert ("Warren", "jurisdiction") not in [(m.text, m.type) for m in find_mentions(nlp(text))]


@pytest.mark.parametrize(
    ("text", "court"),
    [
        # found in probe125 (read): the model tagged no court in "filed a civil rights
        # lawsuit in the United States District Court for the District of Utah"
        (
            "The group filed a lawsuit in the United States District Court for the District "
            "of Utah on behalf of Ana Ruiz.",
            "United States District Court for the District of Utah",
        ),
        ("Ana Ruiz sued in U.S. District Court in Salt Lake City.", "U.S. District Court"),
    ],
)
def test_a_federal_district_court_is_a_body(nlp: Language, text: str, court: str) -> None:
    assert (court, "agency") in [(m.text, m.type) for m in find_mentions(nlp(text))]


def test_an_act_told_as_where_words_come_from_is_no_report(nlp: Language) -> None:
    # found in probe124 (read): "according to the complaint filed in U.S. District Court in
    # Providence" was a second, undated filing, which another article's report then joined
    text = (
        "Ana Ruiz was arrested on March 1, according to the complaint filed in U.S. District "
        "Court in Providence."
    )
    assert dated_triggers(nlp, text) == [("arrested", "2024-03-01")]
    # a guard: a dated one is still told
    text = "The jail held him, according to a lawsuit filed Tuesday in federal court."
    assert ("filed", "2024-03-05") in dated_triggers(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # found in probe131 (read): "justices of the peace voted 8-1" ruled
        (
            "Lucas County justices of the peace voted 8-1 Tuesday night to accept the grant.",
            ("voted", "policy"),
        ),
        # a guard: one justice of the peace holds a court
        ("Justice of the Peace Ann Ruiz ordered him held on Tuesday.", ("ordered", "legal_action")),
        # a guard: a clause with its own passive subject is no text's ("due to the city's
        # policies Khan had been released", parsed as a clause on "policies")
        (
            "Due to the city's sanctuary policies Tom Ruiz had been released from custody in "
            "November 2023.",
            ("released", "release"),
        ),
    ],
)
def test_a_quorum_courts_vote_and_a_clause_of_its_own(
    nlp: Language, text: str, expected: tuple[str, str]
) -> None:
    (event, _) = only_event(nlp, text)
    assert (event.trigger, event.event_type) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # found in probe131 (read): the model read a person and her town as one group, and
        # ended an office at "District" before "of Oklahoma"
        (
            "Farmworker organizer Esteban Quiñones-Hart of Center, Colo., said families were "
            "afraid.",
            [("Esteban Quiñones-Hart", "person"), ("Center", "jurisdiction")],
        ),
        (
            "He was sentenced, according to the U.S. Attorney's Office for the Eastern District "
            "of Oklahoma.",
            [("U.S. Attorney's Office for the Eastern District of Oklahoma", "agency")],
        ),
    ],
)
def test_a_person_of_a_town_and_an_office_of_a_district(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    got = [(m.text, m.type) for m in find_mentions(nlp(text))]
    assert all(pair in got for pair in expected)


def test_a_group_of_a_town_stays_one_group(nlp: Language) -> None:
    # a guard: a body's word before "of" ("Alliance") names no person
    text = "The Valley Farmworker Alliance of Center, Colo., said families were afraid."
    got = [(m.text, m.type) for m in find_mentions(nlp(text))]
    assert ("Valley Farmworker Alliance of Center", "organization") in got


def test_a_county_with_a_capital_inside_its_name_has_a_sheriffs_office(nlp: Language) -> None:
    # found in probe129 (read): "the McDonald County Sheriff's Office" was no one, as
    # "McDonald" is no title-case word to the entity ruler's patterns
    text = "ICE thanked the McDonald County Sheriff's Office and the DeKalb County Jail."
    got = [(m.text, m.type) for m in find_mentions(nlp(text))]
    assert ("McDonald County Sheriff's Office", "agency") in got
    assert ("DeKalb County Jail", "agency") in got


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a town's name told as what a noun is in, as whose, or as who (a review) ...
        ("The Pennsylvania film sparked new interest in Jim Thorpe, the Olympic champion.",
         "Jim Thorpe"),
        ("The Pennsylvania rancher invested in Jim Thorpe's company.", "Jim Thorpe"),
        # ... or the surname of someone the page names in full (Milton, Vermont)
        ("Sam Milton spoke in Vermont. The party invested heavily in Milton.", "Milton"),
    ],
)  # fmt: skip
def test_a_person_named_as_a_town_stays_no_town(nlp: Language, text: str, person: str) -> None:
    got = [(m.text, m.type) for m in find_mentions(nlp(text))]
    assert (person, "jurisdiction") not in got


def test_a_past_act_before_a_verb_of_expecting_is_no_expectation(nlp: Language) -> None:
    # found in a fresh corpus: the parser hangs the act on the appositive's "expect"
    text = (
        "The Dayton City Council on Tuesday night approved a new agreement that will raise "
        "the daily rate the FBI pays, a change county officials expect to bring in $1.9 "
        "million a year."
    )
    found = dated_triggers(nlp, text)
    assert found == [("approved", "2024-03-05")]
    # ... an act told after it is still expected, and one before a verb of fearing with no
    # complement of its own is feared (a review)
    assert events_of(nlp, "Officials expect that the council will approve the plan Tuesday.") == []
    assert events_of(nlp, "ICE deported Tom Ruiz to Honduras on Tuesday, his lawyers fear.") == []


def test_a_participle_after_of_tells_the_noun_before_it(nlp: Language) -> None:
    # found in a fresh corpus: the parser hangs "released" on "program", the audit is out
    text = (
        "Sheriff Tom Hale issued the following statement on the performance audit of the "
        "Sheriff's Office 287(g) program released Wednesday by the state auditor."
    )
    assert [e.event_type for e, _ in events_of(nlp, text)] == ["publication"]
    # ... not a happening's own noun (a review)
    text = "Police announced the arrest of a man released from the county jail on Wednesday."
    assert [e.event_type for e, _ in events_of(nlp, text)] == ["release"]
    # ... a noun before "of" that names no happening leaves the one after it
    found = [
        e.event_type for e, _ in events_of(nlp, "A copy of the order signed Wednesday was posted.")
    ]
    assert found == ["policy"]


def test_a_gathering_told_again_takes_the_day_of_the_one_just_before(nlp: Language) -> None:
    # found in a fresh corpus: "About 120 people crowded into a community room ... on Monday
    # night ... The town hall was organized by the Lakelands Hispanic Alliance"
    text = (
        "About 120 people crowded into the Toledo Public Library on Wednesday night. The town "
        "hall was organized by the Toledo Hispanic Alliance."
    )
    found = {e.trigger: e.time and e.time.date_start for e, _ in events_of(nlp, text)}
    assert found.get("hall") == "2024-03-06"
    # ... not the day of another kind of happening
    for before in (
        "Agents arrested Tom Ruiz on Wednesday.",
        # ... nor of a happening of its own name (a review)
        "The Toledo City Council met on Wednesday night to approve the budget.",
    ):
        text = f"{before} The protest was organized by the Toledo Hispanic Alliance."
        found = {e.trigger: e.time and e.time.date_start for e, _ in events_of(nlp, text)}
        assert found.get("protest") != "2024-03-06"


def test_a_gathering_takes_the_day_of_a_crowd_told_by_a_verb_of_being_there(nlp: Language) -> None:
    # found in fresh corpora: "Hundreds of people filled the lawn outside ... on Thursday
    # evening, holding candles ... The vigil was organized by ..."
    text = (
        "Hundreds of people filled the lawn outside St. Mary's Church in Toledo on Wednesday "
        "evening, holding candles. The vigil was organized by the Toledo Hispanic Alliance."
    )
    found = {e.trigger: e.time and e.time.date_start for e, _ in events_of(nlp, text)}
    assert found.get("vigil") == "2024-03-06"
    # ... and the gathering it came for in its own sentence
    text = (
        "More than 250 people filled the community room and lined the hallway on Wednesday "
        "afternoon for a town hall on immigration arrests in Toledo."
    )
    found = {e.trigger: e.time and e.time.date_start for e, _ in events_of(nlp, text)}
    assert found.get("hall") == "2024-03-06"
    # ... not one told with a clause of its own: its time is another (a review)
    for text in (
        "Hundreds of people lined up in Toledo on Wednesday for a hearing scheduled for Friday.",
        "More than 250 people waited in Toledo on Wednesday for a hearing that was canceled.",
    ):
        found = {e.trigger: e.time and e.time.date_start for e, _ in events_of(nlp, text)}
        assert found.get("hearing") != "2024-03-06"
    # ... not the law's people, nor one person, nor an act of its own (a review)
    for before in (
        "Dozens of deputies lined the street in Toledo on Wednesday.",
        "Tom Ruiz filled the form in Toledo on Wednesday.",
        "Two men shot a teenager outside a store in Toledo on Wednesday.",
        "Hundreds of residents lost power in Toledo on Wednesday.",
    ):
        text = f"{before} The vigil was organized by the Toledo Hispanic Alliance."
        found = {e.trigger: e.time and e.time.date_start for e, _ in events_of(nlp, text)}
        assert found.get("vigil") != "2024-03-06"


def test_a_gathering_told_again_in_an_undated_article_keeps_the_weekday(nlp: Language) -> None:
    # found in a fresh corpus: a page of no date, whose week the corpus finds later
    text = (
        "Hundreds of people filled the lawn outside St. Mary's Church in Toledo on Thursday "
        "evening. The vigil was organized by the Toledo Hispanic Alliance."
    )
    document = Document("t", "t.txt", "txt", text, published="", published_basis="unknown")
    found = {e.trigger: e.time and e.time.value for e in extract(nlp(text), document).events}
    assert found.get("vigil") == "XXXX-WXX-4"


def test_days_after_a_month_and_day_of_no_known_year(nlp: Language) -> None:
    # found in a fresh corpus: a page of no date: "Tzul was arrested May 10 ... Three days
    # after the arrest, some 200 supporters had rallied": the rally is May 13, of the year the
    # corpus gives the page
    text = (
        "Tom Ruiz was arrested May 10 by ICE officers in Dover. Three days after the arrest, "
        "some 200 supporters had rallied outside the Dover courthouse."
    )
    document = Document("t", "t.txt", "txt", text, published="", published_basis="unknown")
    found = {e.trigger: e.time and e.time.value for e in extract(nlp(text), document).events}
    assert found == {"arrested": "XXXX-05-10", "rallied": "XXXX-05-13"}
    # ... "days after" counts no exact day
    text = text.replace("Three days after", "Days after")
    document = Document("t", "t.txt", "txt", text, published="", published_basis="unknown")
    found = {e.trigger: e.time and e.time.value for e in extract(nlp(text), document).events}
    assert found["rallied"] is None


def test_no_comment_on_a_happening_is_no_denial_of_a_part_in_it(nlp: Language) -> None:
    # (a review) "had no comment on" denies no part in the arrests: the saying tells them,
    # and is no statement of its own
    text = "Police Chief Dana Reyes said Monday that she had no comment on last week's arrests."
    assert "said" not in {e.trigger for e, _ in events_of(nlp, text)}


def test_a_denial_in_an_undated_article_is_a_statement_of_its_own_day(nlp: Language) -> None:
    # found in probe53 (used): with no publication date, "said Thursday" and "Wednesday's
    # arrests" are days of no known week, yet two days: the statement is news of its own
    text = (
        "Sheriff Dana Reyes said Thursday that none of her deputies took part in Wednesday's "
        "immigration arrests in Dover."
    )
    document = Document("t", "t.txt", "txt", text, published="", published_basis="unknown")
    found = extract(nlp(text), document)
    assert "said" in {e.trigger for e in found.events}


def test_agents_who_execute_or_serve_a_search_warrant_raid(nlp: Language) -> None:
    # found in a fresh corpus: "Agents ... executed a criminal search warrant Tuesday at
    # <a plant>" is the raid; "execute" tells nothing else ("executed the contract")
    (found, _), *_ = events_of(
        nlp, "Federal agents executed a criminal search warrant Tuesday at a Dover meat plant."
    )
    assert (found.trigger, found.event_type) == ("executed", "enforcement")
    assert load_taxonomy().family(found.lemma) == "raid"
    (found, _), *_ = events_of(nlp, "Deputies served a search warrant Monday at a Dover home.")
    assert (found.event_type, load_taxonomy().family(found.lemma)) == ("enforcement", "raid")
    assert events_of(nlp, "The county executed the jail contract on Monday.") == []
    # (a review) a judge who issues one raids nothing
    issued = events_of(nlp, "A federal judge issued a search warrant for the plant on Monday.")
    assert all(e.event_type != "enforcement" for e, _ in issued)
    # found in probe161: the noun, by its "of" object ("during the service of a federal
    # search warrant"); not the service of anything else
    text = (
        "On Monday, deputies assisted ICE agents during the service of a search warrant in Dover."
    )
    served = [e for e, _ in events_of(nlp, text) if e.trigger == "service"]
    assert [(e.event_type, load_taxonomy().family(e.lemma)) for e in served] == [
        ("enforcement", "raid")
    ]
    text = "On Monday, deputies assisted ICE agents during the service of the jail's van in Dover."
    assert all(e.trigger != "service" for e, _ in events_of(nlp, text))


def test_the_laws_people_who_block_a_place_rule_nothing(nlp: Language) -> None:
    # found in fresh corpora: agents or deputies who block a plant's entrances in a raid
    # make no ruling; a judge who blocks a policy does
    text = "Deputies blocked both entrances to the Dover plant on Monday."
    assert [e.trigger for e, _ in events_of(nlp, text)] == []
    text = "Agents arrived at 7 a.m. on Monday and blocked both entrances to the Dover plant."
    assert "blocked" not in [e.trigger for e, _ in events_of(nlp, text)]
    # (a review) ... but a second verb with a court of its own as subject is its ruling
    text = "Police arrested 14 protesters on Saturday, and a judge dismissed the charges Monday."
    assert "dismissed" in [e.trigger for e, _ in events_of(nlp, text)]
    (found, _), *_ = events_of(nlp, "A federal judge blocked the Dover policy on Monday.")
    assert (found.trigger, found.event_type) == ("blocked", "legal_action")


@pytest.mark.parametrize(
    "text",
    [
        # found in probe219: vehicles in the way, with a parse that gave "blocked" no subject
        "Workers told the Herald that unmarked vehicles and a bus had blocked the plant lot "
        "shortly after 7 a.m. on Monday.",
        "Protesters blocked the entrance to the Dover jail on Monday.",
        # found in probe246: a way in or out blocked, with a parse that gave the verb a
        # subject of quoted words
        'Workers said agents in vests marked "HSI" and "POLICE" arrived just after the 6 a.m. '
        "shift change on Monday and blocked both driveways off Route 9.",
    ],
)
def test_things_or_crowds_in_the_way_rule_nothing(nlp: Language, text: str) -> None:
    assert "blocked" not in [e.trigger for e, _ in events_of(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        # a review: the noun before a participle is what it describes, and its judge rules;
        # protesters who block a ban in court
        "Work on the border fence blocked by a federal judge in 2023 resumed on Monday.",
        "Protesters represented by the ACLU blocked the Lima camping ban in court on Monday.",
        # ... and a judge who blocks a way (a review)
        "U.S. District Judge Ann Lee blocked the road through the Lima refuge on Monday.",
    ],
)
def test_a_thing_a_judge_blocked_is_no_barrier(nlp: Language, text: str) -> None:
    found = [(e.trigger, e.event_type) for e, _ in events_of(nlp, text)]
    assert ("blocked", "legal_action") in found


def test_vocabulary_a_gathering_that_names_no_one_was_held_by_its_organizer(
    nlp: Language,
) -> None:
    # found by a probe on invented articles: the vigil's organizer named two sentences on
    text = (
        "About 300 people walked to Riverside Park on Sunday evening in a vigil for the "
        'workers. "We are one family," said organizer Sofia Herrera of the Dayton Worker Center.'
    )
    (vigil,) = [(e, roles) for e, roles in events_of(nlp, text) if e.trigger == "vigil"]
    assert vigil[1].get("Sofia Herrera") == "agent"
    # ... or describes as one (found by a probe on invented articles)
    text = (
        'Supporters marched through downtown Dayton on Thursday. "We marched because people '
        'were scared," said Maria Villalobos, who helped organize the march.'
    )
    (marched,) = [(e, roles) for e, roles in events_of(nlp, text) if e.trigger == "marched"]
    assert marched[1].get("Maria Villalobos") == "agent"
    # ... not a meeting of a council
    text = "The Dayton City Council met on Tuesday. Organizer Tom Baker said the rally was set."
    assert all(roles.get("Tom Baker") != "agent" for _, roles in events_of(nlp, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a review of session 34's rules: a tallied vote "with" dates only as a gathering's
        # end, never a verb's that takes issue with it; a vote told with its own month
        (
            "On Friday, Sheriff Ann Ruiz disagreed with a 4-1 vote the commission took in January.",
            [("vote", "2024-01-01")],
        ),
        ("Advocates on Tuesday took issue with the 3-2 vote to renew the agreement.", []),
        # people released, not the report on them
        (
            "A report on the 12 asylum seekers released Tuesday at the Marlow bus station "
            "criticized ICE.",
            [("released", "2024-03-05")],
        ),
    ],
)
def test_vocabulary_a_tallied_vote_or_a_release_a_review_found_misdated(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    found = [(t, day) for t, day in dated_triggers(nlp, text) if t in ("vote", "released")]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a review: a policy declined is no policy begun; a report of a sum is no money taken;
        # justices of the peace who deny bond hold a court
        ("Commissioners declined a policy Tuesday that would have barred deputies.", "policy"),
        (
            "The Lucas County Commission accepted a report of $3 million in costs on Tuesday.",
            "funding",
        ),
        ("Three justices of the peace denied bond to Ana Ruiz at a hearing Wednesday.", "policy"),
    ],
)
def test_vocabulary_acts_a_review_found_mistyped(nlp: Language, text: str, kind: str) -> None:
    assert kind not in [e.event_type for e, _ in events_of(nlp, text)]


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        # a review: "a <surname> family" names a family, not its town
        ("A Gonzales family was separated in Texas.", ("Gonzales", "jurisdiction"), None),
        # a company of a town is no person
        (
            "Workers at JBS USA of Greeley, Colo., were detained on Tuesday.",
            ("JBS USA", "person"),
            None,
        ),
        # letters beyond ASCII in a county's name; a weekday after a district's name
        (
            "Deputies from the Doña Ana County Sheriff's Office came.",
            None,
            ("Doña Ana County Sheriff's Office", "agency"),
        ),
        (
            "The ACLU sued in U.S. District Court for the District of Kansas Monday.",
            None,
            ("U.S. District Court for the District of Kansas", "agency"),
        ),
        # a participle that opens a sentence is no credit line
        (
            "Filed by ACLU lawyers in Wichita on Tuesday, the lawsuit says deputies held her.",
            None,
            ("Wichita", "jurisdiction"),
        ),
    ],
)
def test_names_a_review_found_misread(
    nlp: Language,
    text: str,
    absent: tuple[str, str] | None,
    present: tuple[str, str] | None,
) -> None:
    got = [(m.text, m.type) for m in find_mentions(nlp(text))]
    assert absent is None or absent not in got
    assert present is None or present in got


@pytest.mark.parametrize(
    ("text", "trigger", "ruled"),
    [
        # found in probe149: the parse hangs "Judge" on the first name, not on the surname
        ("U.S. District Judge Evelyn T. Marchetti denied a motion to dismiss on Thursday.",
         "denied", True),
        ("U.S. District Judge Evelyn T. Marchetti heard the case. On Thursday, Marchetti "
         "denied a motion to dismiss.", "denied", True),
        # ... and a retired judge's ruling told of a time on the bench stays one (a review);
        # a sheriff never ruled
        ("Retired U.S. District Judge Tom Ortiz denied the motion in 2018.", "denied", True),
        ("Sheriff Tom T. Lindahl spoke. Lindahl ordered deputies to stop on Thursday.",
         "ordered", False),
        # ... told as "he" or "she" after (found in probe225), not after someone else named
        ("Immigration Judge Carl Whitacre heard the case. Whitacre disagreed. He ordered "
         "Rosa Ruiz released on a bond on Thursday.", "ordered", True),
        ("Judge Ann Cole sentenced Tom Ruiz. He ordered his lawyer to appeal on Thursday.",
         "ordered", False),
        # ... nor after a judge told of (a review)
        ("Sheriff Tom Hale met Judge Ann Cole. He ordered deputies to stop on Thursday.",
         "ordered", False),
    ],
)  # fmt: skip
def test_vocabulary_a_judge_named_in_full_rules(
    nlp: Language, text: str, trigger: str, ruled: bool
) -> None:
    (event,) = [e for e, _ in events_of(nlp, text) if e.trigger == trigger]
    assert (event.event_type == "legal_action") == ruled


@pytest.mark.parametrize(
    ("text", "trigger", "heard"),
    [
        # found in probe147: a court's hearing told as what the judge heard ...
        ("Judge Ana Lee heard four hours of testimony in Dover on Thursday.", "heard", True),
        ("A federal judge heard arguments on Thursday in the lawsuit.", "heard", True),
        # ... not what a party told a court, which names no hearing's place (a review)
        ("The man told the judge on Thursday that he had lived in Dodge City.", "told", False),
        # ... not what a judge heard of, nor what anyone told someone else
        ("The judge heard the news on Thursday.", "heard", False),
        ("Sheriff Tom Hale told reporters on Thursday that the jail is full.", "told", False),
        ("The commissioners heard testimony on Thursday on the jail contract.", "heard", False),
    ],
)  # fmt: skip
def test_vocabulary_a_court_hearing_is_a_legal_action(
    nlp: Language, text: str, trigger: str, heard: bool
) -> None:
    found = [e for e, _ in events_of(nlp, text) if e.trigger == trigger]
    hearings = [e for e in found if (e.event_type, e.lemma) == ("legal_action", "hearing")]
    assert bool(hearings) == heard


def test_vocabulary_the_parties_named_after_a_suit_are_its_own(nlp: Language) -> None:
    # found in probe151: a lede tells who sued in general words, the story names them later
    text = (
        "A coalition of immigrant advocates and a Dover pastor filed a federal lawsuit on "
        "Thursday to stop the new state law. The plaintiffs are the Dover Immigrant Families "
        "Coalition and the Rev. Samuel Okafor of Grace Fellowship in Hoover, who leads a "
        "church in Smyrna. Gov. Franklin Tolbert and Attorney General Lucas Pruett are named "
        "as defendants."
    )
    (suit,) = [names for e, names in events_of(nlp, text) if e.trigger == "filed"]
    assert suit.get("Dover Immigrant Families Coalition") == "agent"
    assert suit.get("Samuel Okafor") == "agent"
    assert suit.get("Franklin Tolbert") == "patient"
    assert suit.get("Lucas Pruett") == "patient"
    assert "Hoover" not in suit and "Smyrna" not in suit  # a party's church, not a party


def test_vocabulary_parties_of_no_suit_told_are_no_ones(nlp: Language) -> None:
    text = (
        "Deputies arrested a man in Dover on Thursday. The plaintiffs in an older case are "
        "the Dover Immigrant Families Coalition and Gov. Franklin Tolbert."
    )
    (arrest,) = [names for e, names in events_of(nlp, text) if e.trigger == "arrested"]
    assert "Dover Immigrant Families Coalition" not in arrest


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        # a review: what was planned and then happened keeps the day it happened
        ("The protest that organizers had proposed drew 200 people on Thursday.", "protest",
         "2024-03-07"),
        ("The vote, which was slated for February, took place on Thursday.", "vote",
         "2024-03-07"),
        ("The raid, which agents had planned for months, began at dawn on Thursday.", "raid",
         "2024-03-07"),
    ],
)  # fmt: skip
def test_vocabulary_a_happening_planned_before_keeps_its_own_day(
    nlp: Language, text: str, trigger: str, day: str
) -> None:
    assert (trigger, day) in dated_triggers(nlp, text)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a review: a bare weekday told with a week is that day of that week
        ("Last week, on Tuesday, agents arrested him in Dover.", "2024-02-27"),
        ("On Monday last week, agents arrested him in Dover.", "2024-02-26"),
        # ... and with no week, the day of the week it was written in
        ("On Tuesday, agents arrested him in Dover.", "2024-03-05"),
        # ... not a week and a weekday of two clauses (a review)
        (
            "Last week agents raided a Dover store, and on Tuesday they arrested the owner.",
            "2024-03-05",
        ),
        # a weekday told with its date is that date, whatever week it falls in (probe180:
        # "On Friday night, August 16," in a story of days later)
        ("On Thursday night, Feb. 29, agents arrested him in Dover.", "2024-02-29"),
        ("On Tuesday, Feb. 27, agents arrested him in Dover.", "2024-02-27"),
    ],
)
def test_vocabulary_a_weekday_told_with_its_week(nlp: Language, text: str, day: str) -> None:
    assert ("arrested", day) in dated_triggers(nlp, text)


def test_vocabulary_parties_named_go_to_no_other_suit_with_its_own(nlp: Language) -> None:
    # a review: "Separately, ..." tells another suit, whose parties are not the first one's
    text = (
        "The ACLU sued Dover County on Thursday over its jail. Separately, the city of Smyrna "
        "was sued by landlords on Thursday. The plaintiffs are the Smyrna Landlords Association "
        "and Bill Weiss."
    )
    (aclu,) = [
        names for e, names in events_of(nlp, text) if e.trigger == "sued" and "ACLU" in names
    ]
    assert "Smyrna Landlords Association" not in aclu and "Bill Weiss" not in aclu


def headline_events(nlp: Language, title: str, body: str) -> list[tuple[str, str | None]]:
    """Each event's trigger and first day, for a page whose first line is its headline (read
    as the build reads it), published on Tuesday 19 November 2019."""
    from graphx.extract.lines import with_headline

    text = f"{title}\n{body}"
    document = Document("t", "t.txt", "txt", text, title=title, published="2019-11-19",
                        published_basis="known")  # fmt: skip
    found = extract(nlp(with_headline(nlp.make_doc(text), title)), document)
    return [(e.trigger, e.time and e.time.date_start) for e in found.events]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # found in probe154: the page's name for itself took the vigil's day and the vigil
        # was lost
        ("400 strong at the gates of the Dayton jail: our report from Saturday's vigil",
         [("vigil", "2019-11-16")]),
        ("Saturday's vigil at the Dayton jail, in this report", [("vigil", "2019-11-16")]),
    ],
)  # fmt: skip
def test_vocabulary_the_page_itself_is_no_happening(
    nlp: Language, title: str, expected: list[tuple[str, str]]
) -> None:
    body = (
        "Valley Justice Alliance\nAbout | Our Work | Donate | Contact\n"
        "November 19, 2019 / Staff / News\n\nOn Saturday, more than 400 of us walked the "
        "mile from downtown to the gates of the Dayton jail."
    )
    assert headline_events(nlp, title, body) == expected


def test_vocabulary_a_saying_of_an_act_denied_is_a_statement(nlp: Language) -> None:
    # a review: the act denied is no act the saying tells, and the statement was lost
    text = "The Dayton jail has not ended the 287(g) program, Sheriff Ann Lee said Monday."
    assert [e.trigger for e, _ in events_of(nlp, text)] == ["said"]


@pytest.mark.parametrize(
    ("text", "freed"),
    [
        # found in probe277 (working): the release of someone named is their release
        ("The Dover Immigrant Alliance welcomes the release this morning of Tomas Ferreira, a "
         "Dover father of two, from the county jail.", True),
        ("Advocates cheered the release Friday of Tomas Ferreira, a Dover father of two, from "
         "the county jail.", True),
        # ... the release of a text is its publication
        ("The sheriff's office announced the release of its annual report on Friday.", False),
        ("The release of the Dover audit on Friday drew criticism.", False),
        # ... nor of a film, a firm or emails (a review)
        ("The release of 'Mariela' on Friday drew crowds to the Dover theater.", False),
        ("The release of Kessler Farms, the county's largest employer, from its tax agreement "
         "on Tuesday drew criticism.", False),
        ("The county promised the emails, and the release of them on Thursday drew "
         "criticism.", False),
        # found in probe327 (read): a person's own release, granted, is no text put out
        ("On Wednesday an immigration judge granted her release on a $5,000 bond.", True),
        ("An immigration judge granted Tomas Ferreira's release from the Dover jail on "
         "Wednesday.", True),
        ("The county granted the release of its annual report on Wednesday.", False),
        # ... not without the custody it ends, nor refused (a review)
        ("The band announced her release, a new album, on Friday.", False),
        ("The Lakers granted Tomas Ferreira's release on Wednesday.", False),
        ("The judge declined his release on bond on Monday.", False),
    ],
)  # fmt: skip
def test_vocabulary_the_release_of_someone_is_a_release(
    nlp: Language, text: str, freed: bool
) -> None:
    found = [e for e, _ in events_of(nlp, text) if e.event_type == "release"]
    assert bool(found) == freed


@pytest.mark.parametrize(
    "text",
    [
        # found in probe339 (read): a class action is a lawsuit, of one family with "sued"
        "On June 10, a Dover legal aid group filed a putative class action against Sheriff "
        "Ann Lee in federal court.",
        "The class action was filed Monday in federal court in Dover.",
    ],
)
def test_vocabulary_a_class_action_filed_is_a_suit(nlp: Language, text: str) -> None:
    assert [e.lemma for e, _ in events_of(nlp, text)] == ["class action"]
    assert load_taxonomy().family("class action", "legal_action") == "sue"


def test_vocabulary_a_procession_is_a_march(nlp: Language) -> None:
    # found in probe337 (read): "to take part in a candlelight procession to the county jail"
    text = "Students took part in a candlelight procession to the Dover county jail on Sunday."
    assert [(e.lemma, e.event_type) for e, _ in events_of(nlp, text)] == [("procession", "meeting")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # found in probe302 (read): who was the first to do it did it, then
        ("Marion County on Tuesday became the first county in Oregon to sign a 287(g) "
         "agreement with ICE.", [("sign", "Tuesday")]),
        ("Dayton on Monday became the latest city to adopt a sanctuary ordinance.",
         [("adopt", "Monday")]),
        ("Last year Akron was the only city in Ohio to sue ICE.", [("sue", "Last year")]),
        # ... not one to come, or hoped for
        ("Dayton hopes to become the first city in Ohio to sign a 287(g) agreement.", []),
        ("On Monday, Dayton will become the first city in Ohio to sign a 287(g) "
         "agreement.", []),
        ("Dayton could be the next city to sign a 287(g) agreement.", []),
        # ... nor denied, a habit, or no one's act (a review)
        ("Polk County wasn't the first county to sign a 287(g) agreement.", []),
        ("Linn County was the only county not to sign the 287(g) agreement.", []),
        ("Salem has always been the first city to adopt new policies.", []),
        ("Before 2020, Texas was the only state to detain migrants in county jails for "
         "ICE.", []),
        ("The vote was the first step to end the ICE contract.", []),
        # ... and the infinitive the parser hangs on the verb, and the last to do it
        ("On Wednesday, Harris County became the second county in Texas to end its 287(g) "
         "agreement.", [("end", "Wednesday")]),
        ("Boise on Monday was the last city in Idaho to repeal its ordinance.",
         [("repeal", "Monday")]),
        # ... its day, though a saying of its own follows (a review)
        ("Marion County on Tuesday became the first county to sign a 287(g) agreement, the "
         "sheriff said.", [("sign", "Tuesday")]),
    ],
)  # fmt: skip
def test_vocabulary_the_first_to_do_it_did_it(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    found = [(e.trigger, e.time.text if e.time else "") for e, _ in events_of(nlp, text)]
    assert found == expected
