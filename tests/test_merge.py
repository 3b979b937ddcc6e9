"""Cross-document event merging and administration assignment."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from graphx.administrations import administrations_for, load_terms
from graphx.extract.reported import BY_THEN
from graphx.extract.stretch import OVER
from graphx.model import (
    DocExtraction,
    Document,
    Entity,
    Event,
    EventMention,
    Mention,
    Sentence,
    TimeExpression,
)
from graphx.resolve.events import merge_events

# The two mentions every test document names, joined to entities by id (issue 14).
ICE, NYDOC = Mention("ICE", 0, 3, 0, "agency"), Mention("NYDOC", 4, 9, 0, "agency")


def day(value: str, *, uncertain: bool = False) -> TimeExpression:
    return TimeExpression(value, 0, 1, "DATE", value, value, value, "day", uncertain)


def extraction(
    doc_id: str, time: TimeExpression | None, trigger: str = "subpoenaed"
) -> DocExtraction:
    event = EventMention(
        0,
        trigger,
        "legal_action",
        f"{doc_id} {trigger}",
        [(ICE.id, "agent"), (NYDOC.id, "patient")],
        None,
        time,
    )
    return DocExtraction(
        doc_id, [Sentence(0, 10, f"sentence of {doc_id}")], [ICE, NYDOC], [], [event]
    )


ENTITIES = {"e:ice": Entity("e:ice", "agency", "ICE"), "e:doc": Entity("e:doc", "agency", "NYDOC")}
IDS = {"a": ["e:ice", "e:doc"], "b": ["e:ice", "e:doc"]}


@pytest.mark.parametrize(
    ("time_a", "time_b", "expected_events"),
    [
        (day("2020-01-17"), day("2020-01-17"), 1),  # same happening, two reports
        (day("2020-01-17"), day("2020-01-18"), 2),  # different days
        # Undated, but the same trigger and the same two specific bodies (issue 15).
        (None, None, 1),
        (day("2020-01-17", uncertain=True), day("2020-01-17", uncertain=True), 1),
        (day("2020-01-17", uncertain=True), day("2020-02-17", uncertain=True), 2),
    ],
)
def test_merge_same_happening_across_documents(time_a, time_b, expected_events) -> None:
    events, _ = merge_events([extraction("a", time_a), extraction("b", time_b)], IDS, ENTITIES)
    assert len(events) == expected_events
    if expected_events == 1:
        assert events[0].sources == ["a", "b"]
        assert events[0].evidence == ["sentence of a", "sentence of b"]
        assert {p.entity_id for p in events[0].participants} == {"e:ice", "e:doc"}


def test_merge_assigns_administration_by_date() -> None:
    (event,), _ = merge_events([extraction("a", day("2021-04-01"))], IDS, ENTITIES)
    assert event.administrations == ["Biden"]


def test_merge_undated_event_takes_named_administration() -> None:
    entities = {**ENTITIES, "e:adm": Entity("e:adm", "administration", "Obama administration")}
    (event,), _ = merge_events([extraction("a", None)], {"a": ["e:ice", "e:adm"]}, entities)
    assert event.administrations == ["Obama"]


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        ("2017-01-19", "2017-01-19", ["Obama"]),
        ("2017-01-20", "2017-01-20", ["Trump (1st term)"]),
        ("2018-10-01", "2019-09-30", ["Trump (1st term)"]),  # FY2019
        ("2024-06-01", "2025-06-01", ["Biden", "Trump (2nd term)"]),
        ("1980-01-01", "1980-12-31", []),
    ],
)
def test_merge_administrations_for_spans(start: str, end: str, expected: list[str]) -> None:
    assert administrations_for(start, end) == expected


def test_merge_terms_table_is_ordered_and_contiguous() -> None:
    terms = load_terms()
    assert [t.name for t in terms][:3] == ["Clinton", "G. W. Bush", "Obama"]
    assert all(a.end < b.start for a, b in zip(terms, terms[1:], strict=False))


@pytest.mark.parametrize(
    ("agency", "expected"),
    [
        ("Harris County Sheriff's Office", "e:harris"),
        ("Austin Police Department", "e:austin"),
        ("Department of Justice", ""),  # a federal body names no place
    ],
)
def test_merge_place_from_local_agency_name(agency: str, expected: str) -> None:
    entities = {
        "e:a": Entity("e:a", "agency", agency),
        "e:harris": Entity("e:harris", "jurisdiction", "Harris County", level="county"),
        "e:austin": Entity("e:austin", "jurisdiction", "Austin", {"Austin, Texas"}, level="city"),
    }
    event = EventMention(0, "released", "release", "s", [(ICE.id, "agent")], None, None)
    extraction = DocExtraction("a", [Sentence(0, 1, "s")], [ICE, NYDOC], [], [event])
    (merged,), _ = merge_events([extraction], {"a": ["e:a"]}, entities)
    assert merged.place == expected


def test_merge_national_prefix_is_not_a_place() -> None:
    entities = {
        "e:a": Entity("e:a", "agency", "U.S. Customs and Border Protection"),
        "e:us": Entity("e:us", "jurisdiction", "United States", {"U.S."}, level="country"),
    }
    event = EventMention(0, "arrested", "enforcement", "s", [(ICE.id, "agent")], None, None)
    extraction = DocExtraction("a", [Sentence(0, 1, "s")], [ICE, NYDOC], [], [event])
    (merged,), _ = merge_events([extraction], {"a": ["e:a"]}, entities)
    assert merged.place == ""


def test_merge_one_article_telling_the_same_happening_twice() -> None:
    # "a forum last week" ... "during last week's forum": same type, same date, one article.
    first = EventMention(
        0, "forum", "meeting", "a forum", [(ICE.id, "other")], None, day("2021-03-29")
    )
    second = EventMention(
        1, "forum", "meeting", "last week's forum", [(ICE.id, "agent")], None, day("2021-03-29")
    )
    extraction = DocExtraction(
        "a", [Sentence(0, 1, "s1"), Sentence(2, 3, "s2")], [ICE, NYDOC], [], [first, second]
    )
    (event,), _ = merge_events([extraction], {"a": ["e:ice"]}, ENTITIES)
    assert event.evidence == ["s1", "s2"] and event.sources == ["a"]


def test_merge_chains_reports_through_shared_keys() -> None:
    # a and b share ICE, b and c share NYDOC: all three are one happening.
    def one(doc_id: str, index: int) -> DocExtraction:
        event = EventMention(
            0,
            "subpoenaed",
            "legal_action",
            "s",
            [([ICE, NYDOC][index].id, "agent")],
            None,
            day("2020-01-17"),
        )
        return DocExtraction(doc_id, [Sentence(0, 1, doc_id)], [ICE, NYDOC], [], [event])

    ids = {"a": ["e:ice", "e:doc"], "b": ["e:ice", "e:doc"], "c": ["e:ice", "e:doc"]}
    b = one("b", 0)
    b.events[0].participants.append((NYDOC.id, "patient"))
    (event,), _ = merge_events([one("a", 0), b, one("c", 1)], ids, ENTITIES)
    assert event.sources == ["a", "b", "c"]


def weekday(name: str, value: str) -> TimeExpression:
    return TimeExpression(name, 0, 1, "DATE", value, uncertain=True)


@pytest.mark.parametrize(
    ("said", "expected_events"),
    [(weekday("Friday", "XXXX-WXX-5"), 1), (weekday("Monday", "XXXX-WXX-1"), 2)],
)
def test_merge_a_weekday_in_an_undated_article_takes_the_day_of_the_dated_report(
    said: TimeExpression, expected_events: int
) -> None:
    # 17 January 2020 was a Friday: b, with no publication date, says "Friday" (issue 15).
    dated, undated = extraction("a", day("2020-01-17")), extraction("b", said)
    events, _ = merge_events([dated, undated], IDS, ENTITIES)
    assert len(events) == expected_events
    if expected_events == 1:
        (event,) = events
        assert (event.time.date_start, event.time.date_end) == ("2020-01-17", "2020-01-17")
        assert [(r.doc_id, r.date_text) for r in event.reports] == [
            ("a", "2020-01-17"),
            ("b", "Friday"),
        ]
        assert event.conflicts == []


def events_with_a_placed_friday(told_too: EventMention) -> list[Event]:
    """a dates subpoenas Friday 17 January 2020; b, with no publication date, tells them
    "Friday" and tells ``told_too`` in a second sentence: b came out 17-23 January."""
    from graphx.model import Document

    b = extraction("b", weekday("Friday", "XXXX-WXX-5"))
    b.sentences.append(Sentence(11, 20, "second sentence of b"))
    b.events.append(told_too)
    docs = [Document("a", "/c/a.txt", "txt", "a", published="2020-01-18",
                     published_basis="sidecar"), Document("b", "/c/b.txt", "txt", "b")]  # fmt: skip
    events, _ = merge_events([extraction("a", day("2020-01-17")), b], IDS, ENTITIES,
                             documents=docs)  # fmt: skip
    return events


def test_merge_an_act_said_to_be_done_by_a_friday_meets_its_thursday() -> None:
    # "said Friday that ICE subpoenaed NYDOC": done by Friday 17 January 2020, most likely
    # that week; its "Friday" names the saying's day, not the act's, so it is no weekday
    # that vetoes the report of Thursday the 16th
    by_friday = TimeExpression(
        "Friday", 0, 1, "DATE", "2020-01-17", "2020-01-11", "2020-01-17", BY_THEN, True
    )
    dated, said = extraction("a", day("2020-01-16")), extraction("b", by_friday)
    (event,), _ = merge_events([dated, said], IDS, ENTITIES)
    assert event.sources == ["a", "b"]
    assert (event.time.date_start, event.time.date_end) == ("2020-01-16", "2020-01-16")


def test_merge_acts_over_a_stretch_are_no_one_act_of_a_day_in_it() -> None:
    # found in a probe corpus: "a report finding that the jail held 212 people on
    # detainers from January 2015 through December 2017" took January 2015, and an
    # undated page's "agents detained 10 people Thursday" joined it; two reports of the
    # stretch are one
    stretch = TimeExpression("from January 2015 through December 2017", 0, 1, "DATE",
                             "2015-01/2017-12", "2015-01-01", "2017-12-31", OVER)  # fmt: skip
    one_day = extraction("a", day("2016-03-10"), trigger="held")
    events, _ = merge_events([one_day, extraction("b", stretch, "held")], IDS, ENTITIES)
    assert len(events) == 2
    events, _ = merge_events(
        [extraction("a", stretch, "held"), extraction("b", stretch, "held")], IDS, ENTITIES
    )
    assert len(events) == 1


def test_merge_an_article_dated_by_its_friday_reads_its_other_weekdays_against_that() -> None:
    # b's "Wednesday" hearing is the 15th or the 22nd.
    hearing = EventMention(
        1, "hearing", "meeting", "a hearing Wednesday", [(NYDOC.id, "agent")], None,
        weekday("Wednesday", "XXXX-WXX-3"),
    )  # fmt: skip
    by_trigger = {e.trigger: e for e in events_with_a_placed_friday(hearing)}
    assert by_trigger["subpoenaed"].sources == ["a", "b"]
    met = by_trigger["hearing"].time
    assert (met.date_start, met.date_end, met.uncertain) == ("2020-01-15", "2020-01-22", True)


@pytest.mark.parametrize(("city", "expected_events"), [("Dayton", 1), ("Akron", 2)])
def test_merge_a_report_is_where_its_local_body_sits(city: str, expected_events: int) -> None:
    # a: "a suit filed Monday in Dayton Municipal Court" names the court, not the city;
    # b: "the county sued Monday in <city>". The court's city is the report's place: a suit
    # in Dayton agrees with it, one in Akron the same day is another suit.
    court, named = (
        Mention("Dayton Municipal Court", 0, 22, 0, "agency"),
        Mention(city, 0, len(city), 0, "jurisdiction"),
    )
    entities = {
        "e:court": Entity("e:court", "agency", "Dayton Municipal Court"),
        "e:dayton": Entity("e:dayton", "jurisdiction", "Dayton", level="city"),
        "e:akron": Entity("e:akron", "jurisdiction", "Akron", level="city"),
    }
    filed = EventMention(0, "filed", "legal_action", "filed in Dayton Municipal Court",
                         [(court.id, "other")], None, day("2020-03-02"), lemma="sue")  # fmt: skip
    sued = EventMention(0, "sued", "legal_action", f"sued in {city}", [], named.id,
                        day("2020-03-02"), lemma="sue")  # fmt: skip
    a = DocExtraction("a", [Sentence(0, 1, "a")], [court], [], [filed])
    b = DocExtraction("b", [Sentence(0, 1, "b")], [named], [], [sued])
    ids = {"a": ["e:court"], "b": [f"e:{city.lower()}"]}
    events, _ = merge_events([a, b], ids, entities)
    assert len(events) == expected_events


def test_merge_an_article_dated_only_from_below_takes_the_week_of_its_placed_weekday() -> None:
    # b is only known to be no older than July 2017, so its "Wednesday" was read as any
    # Wednesday from 25 June 2017 on. a tells the same subpoenas on Wednesday 18 July 2018.
    from graphx.model import Document
    from graphx.resolve.events import merge_reviewed_events

    wednesday = TimeExpression("Wednesday", 0, 1, "DATE", "XXXX-WXX-3", "2017-06-25",
                               "2017-07-31", "day", True)  # fmt: skip
    docs = [
        Document("a", "/c/a.txt", "txt", "a", published="2018-07-18", published_basis="sidecar"),
        Document("b", "/c/b.txt", "txt", "b", published="2017-07", published_basis="inferred",
                 published_note="not before 2017-07: latest date mentioned in the text"),
    ]  # fmt: skip
    merged = merge_reviewed_events(
        [extraction("a", day("2018-07-18")), extraction("b", wednesday)],
        IDS,
        ENTITIES,
        documents=docs,
    )
    (event,) = merged.events
    assert event.sources == ["a", "b"]
    assert (merged.windows["b"].first, merged.windows["b"].last) == (
        dt.date(2018, 7, 18),
        dt.date(2018, 7, 24),
    )
    # b's own report now reads its Wednesday in that week
    (b_report,) = [r for r in event.reports if r.doc_id == "b"]
    assert b_report.date_value == "2018-07-18"


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Yesterday, Thursday, August 23", "2018-08-23"),  # a Thursday in 2018 as in 2007
        ("Yesterday, Friday, August 23", "2007-08-23"),  # no Friday in 2018: left as read
    ],
)
def test_merge_a_month_and_day_read_from_a_lower_bound_is_read_again_in_the_window(
    said: str, expected: str
) -> None:
    # found in probe142 (working): a statement "not before 2006-12" (it names December 2006)
    # read "Yesterday, Thursday, August 23" as 2007, the first such Thursday after; a tells
    # the raid on Thursday 23 August 2018, which dates b the day after.
    from graphx.model import Document
    from graphx.resolve.events import merge_reviewed_events

    read = TimeExpression(said, 0, 1, "DATE", "2007-08-23", "2007-08-23", "2007-08-23", "day",
                          True)  # fmt: skip
    docs = [
        Document("a", "/c/a.txt", "txt", "a", published="2018-08-24", published_basis="sidecar"),
        Document("b", "/c/b.txt", "txt", "b", published="2006-12", published_basis="inferred",
                 published_note="not before 2006-12: latest date mentioned in the text"),
    ]  # fmt: skip
    merged = merge_reviewed_events(
        [extraction("a", day("2018-08-23")), extraction("b", read)], IDS, ENTITIES, documents=docs
    )
    b_reports = [r for e in merged.events for r in e.reports if r.doc_id == "b"]
    assert [r.date_value for r in b_reports] == [expected]


@pytest.mark.parametrize(("city", "expected_events"), [("Tulsa", 1), ("Akron", 2)])
def test_merge_a_place_the_gazetteer_does_not_know_is_in_its_articles_one_city(
    city: str, expected_events: int
) -> None:
    # a: "agents arrested workers Friday outside a store in the Riverside District", in an
    # article whose one city is Tulsa; b: "agents arrested workers Friday in <city>".
    riverside, tulsa = (
        Mention("Riverside District", 0, 18, 0, "jurisdiction"),
        Mention("Tulsa", 20, 25, 0, "jurisdiction"),
    )
    named = Mention(city, 0, len(city), 0, "jurisdiction")
    entities = {
        "e:ice": Entity("e:ice", "agency", "ICE", doc_ids={"a", "b"}),
        "e:riverside": Entity("e:riverside", "jurisdiction", "Riverside District", doc_ids={"a"}),
        "e:tulsa": Entity("e:tulsa", "jurisdiction", "Tulsa", level="city", doc_ids={"a"}),
        "e:akron": Entity("e:akron", "jurisdiction", "Akron", level="city", doc_ids={"b"}),
    }
    if city == "Tulsa":
        entities["e:tulsa"].doc_ids.add("b")
    friday = day("2020-05-01")
    a = DocExtraction("a", [Sentence(0, 1, "a")], [ICE, riverside, tulsa], [], [
        EventMention(0, "arrested", "enforcement", "arrested workers outside a store",
                     [(ICE.id, "agent")], riverside.id, friday, lemma="arrest")])  # fmt: skip
    b = DocExtraction("b", [Sentence(0, 1, "b")], [ICE, named], [], [
        EventMention(0, "arrested", "enforcement", f"arrested workers in {city}",
                     [(ICE.id, "agent")], named.id, friday, lemma="arrest")])  # fmt: skip
    ids = {"a": ["e:ice", "e:riverside", "e:tulsa"], "b": ["e:ice", f"e:{city.lower()}"]}
    events, _ = merge_events([a, b], ids, entities)
    assert len(events) == expected_events


def test_merge_a_present_progressive_of_a_placed_article_goes_on_in_its_window() -> None:
    # b's "the county is appealing" went on while b was written: 17-23 January.
    appeal = EventMention(
        1, "appealing", "legal_action", "the county is appealing", [(NYDOC.id, "agent")], None,
        TimeExpression("is appealing", 0, 1, "DATE", "PRESENT_REF", uncertain=True),
    )  # fmt: skip
    events = events_with_a_placed_friday(appeal)
    appealed = next(e for e in events if e.trigger == "appealing").time
    assert (appealed.date_start, appealed.date_end) == ("2020-01-17", "2020-01-23")


def test_merge_a_season_counted_from_a_placed_article_is_read_in_its_window() -> None:
    # b (published 17-23 January 2020, as its "Friday" tells) says the city "adopted the
    # rule last fall": fall 2019. "that fall" counts from a time the text told before.
    last_fall = EventMention(
        1, "adopted", "policy", "adopted the rule last fall", [(NYDOC.id, "agent")], None,
        TimeExpression("last fall", 0, 1, "DATE", "XXXX-FA", uncertain=True),
    )  # fmt: skip
    adopted = next(e for e in events_with_a_placed_friday(last_fall) if e.trigger == "adopted")
    assert adopted.time is not None
    assert (adopted.time.value, adopted.time.date_start, adopted.time.date_end) == (
        "2019-FA",
        "2019-09-01",
        "2019-11-30",
    )
    that_fall = dataclasses.replace(
        last_fall, time=TimeExpression("that fall", 0, 1, "DATE", "XXXX-FA", uncertain=True)
    )
    told = next(e for e in events_with_a_placed_friday(that_fall) if e.trigger == "adopted")
    assert told.time is None or not told.time.date_start


@pytest.mark.parametrize(("along", "dated"), [(5, True), (-1, False), (7, False)])
def test_merge_an_act_told_as_part_of_another_takes_its_happenings_date(
    along: int, dated: bool
) -> None:
    # b, undated, tells the subpoenas (its trigger at offset 5) with no date, "accusing the
    # city" with them; a dates the subpoenas Friday 17 January 2020. Not along (-1), or
    # along an offset where b tells nothing (7), "accusing" stays undated.
    b = extraction("b", None)
    b.events[0].start = 5
    b.events.append(
        EventMention(0, "accusing", "statement", "accusing the city", [(ICE.id, "agent")],
                     start=30, along=along)
    )  # fmt: skip
    events, _ = merge_events([extraction("a", day("2020-01-17")), b], IDS, ENTITIES)
    by_trigger = {e.trigger: e for e in events}
    assert by_trigger["subpoenaed"].sources == ["a", "b"]
    accusing = by_trigger["accusing"].time
    if not dated:
        assert accusing is None
        return
    assert (accusing.date_start, accusing.date_end, accusing.uncertain) == (
        "2020-01-17",
        "2020-01-17",
        True,
    )
    assert accusing.reading == "told as part of 'subpoenaed', of 2020-01-17 ('2020-01-17')"


def test_merge_an_unknown_offset_is_no_act_to_be_told_with() -> None:
    # both mentions' offsets unknown (-1): "accusing" is told with nothing
    b = extraction("b", None)
    b.events.append(EventMention(0, "accusing", "statement", "accusing the city",
                                 [(ICE.id, "agent")]))  # fmt: skip
    events, _ = merge_events([extraction("a", day("2020-01-17")), b], IDS, ENTITIES)
    assert {e.trigger: e for e in events}["accusing"].time is None


def test_merge_a_month_and_day_of_a_placed_article_is_read_in_its_year() -> None:
    # a (published 18 January 2020) tells a hearing "earlier this month"; b, with no date,
    # tells the Friday subpoenas and the hearing "on Jan. 10": once b is dated 17-23
    # January, its hearing is 10 January 2020, the same hearing, and the event takes the
    # day, which a's month holds, though b's year is only inferred
    from graphx.model import Document

    def hearing(doc_id: str, time: TimeExpression) -> EventMention:
        return EventMention(1, "hearing", "meeting", f"{doc_id} hearing",
                            [(ICE.id, "agent"), (NYDOC.id, "patient")], None, time)  # fmt: skip

    this_month = TimeExpression("earlier this month", 0, 1, "DATE", "2020-01", "2020-01-01",
                                "2020-01-31", "month")  # fmt: skip
    a = extraction("a", day("2020-01-17"))
    b = extraction("b", weekday("Friday", "XXXX-WXX-5"))
    for doc, time in ((a, this_month), (b, TimeExpression("Jan. 10", 0, 1, "DATE", "XXXX-01-10"))):
        doc.sentences.append(Sentence(11, 20, f"second sentence of {doc.doc_id}"))
        doc.events.append(hearing(doc.doc_id, time))
    docs = [Document("a", "/c/a.txt", "txt", "a", published="2020-01-18",
                     published_basis="sidecar"), Document("b", "/c/b.txt", "txt", "b")]  # fmt: skip
    events, _ = merge_events([a, b], IDS, ENTITIES, documents=docs)
    held = next(e for e in events if e.trigger == "hearing")
    assert held.sources == ["a", "b"]
    assert (held.time.date_start, held.time.date_end) == ("2020-01-10", "2020-01-10")


def test_merge_where_people_were_held_is_not_where_they_were_taken() -> None:
    # "Agents raided the plant Tuesday. ... 19 are being held at a detention center in
    # Jena": one happening, but Jena is where the workers are held, not where the raid was
    jena = Mention("Jena", 10, 14, 0, "jurisdiction")
    raid = EventMention(0, "raided", "enforcement", "raided", [(ICE.id, "agent")], None,
                        day("2018-06-19"), lemma="raid")  # fmt: skip
    held = EventMention(0, "held", "enforcement", "held", [(ICE.id, "other")], jena.id,
                        day("2018-06-19"), lemma="hold")  # fmt: skip
    entities = {**ENTITIES, "e:jena": Entity("e:jena", "jurisdiction", "Jena", level="city")}
    ids = {"a": ["e:ice", "e:doc", "e:jena"]}

    def merged(*told: EventMention) -> list[Event]:
        extraction = DocExtraction("a", [Sentence(0, 1, "s")], [ICE, NYDOC, jena], [], list(told))
        return merge_events([extraction], ids, entities)[0]

    (both,) = merged(raid, held)
    assert both.place == ""
    # told alone, the detention keeps its place
    (alone,) = merged(held)
    assert alone.place == "e:jena"


@pytest.mark.parametrize(
    ("note", "expected_events"),
    [
        # found in a fresh corpus: the page's own date, read from its URL or its date line,
        # is as good as metadata: an article of 5 January cannot tell as done subpoenas of
        # 17 January
        ("from the URL (2020-01-05)", 2),
        ("from the date line under the headline (2020-01-05)", 2),
        # ... a bound or another article's day is not the page's own
        ("not before 2020-01-05: latest date mentioned in the text", 1),
    ],
)
def test_merge_an_article_dated_by_its_own_page_told_nothing_after_it(
    note: str, expected_events: int
) -> None:
    from graphx.model import Document
    from graphx.resolve.events import merge_reviewed_events

    docs = [
        Document("a", "/c/a.txt", "txt", "a", published="2020-01-17", published_basis="sidecar"),
        Document("b", "/c/b.txt", "txt", "b", published="2020-01-05", published_basis="inferred",
                 published_note=note),
    ]  # fmt: skip
    merged = merge_reviewed_events(
        [extraction("a", day("2020-01-17")), extraction("b", None)], IDS, ENTITIES, documents=docs
    )
    assert len(merged.events) == expected_events


def raid_told(doc_id: str, when: str, value: str) -> tuple[DocExtraction, Document]:
    """An article telling ICE's raid on the plant ``when`` (its day read as ``value``)."""
    text = f"ICE agents raided the plant {when}, detaining 31 workers."
    day_name = next(w for w in when.split() if w.endswith("day"))
    start = text.index(day_name)
    on = value.partition("T")[0]
    time = TimeExpression(day_name, start, start + len(day_name), "DATE", value, on, on, "day")
    raid = EventMention(0, "raided", "enforcement", text, [(ICE.id, "agent")], None, time,
                        lemma="raid")  # fmt: skip
    extraction = DocExtraction(doc_id, [Sentence(0, len(text), text)], [ICE], [], [raid])
    document = Document(doc_id, f"{doc_id}.txt", "txt", text, published="2019-08-19",
                        published_basis="known")  # fmt: skip
    return extraction, document


@pytest.mark.parametrize(
    ("first", "second", "expected_events"),
    [
        # an overnight raid: one outlet's night is another's next morning (found in a probe)
        (("late Friday", "2019-08-16"), ("early Saturday", "2019-08-17"), 1),
        (("Friday night", "2019-08-16TNI"), ("Saturday morning", "2019-08-17TMO"), 1),
        # a night against a whole day (a review: rallies on Friday night and on Saturday),
        # no night between the two days told, or two nights apart: two happenings
        (("Friday night", "2019-08-16TNI"), ("Saturday", "2019-08-17"), 2),
        (("Friday", "2019-08-16"), ("Saturday morning", "2019-08-17TMO"), 2),
        (("Friday", "2019-08-16"), ("Saturday", "2019-08-17"), 2),
        (("late Friday", "2019-08-16"), ("Sunday", "2019-08-18"), 2),
        (("early Friday", "2019-08-16"), ("Saturday", "2019-08-17"), 2),
    ],
)
def test_merge_a_night_told_as_two_days_is_one_happening(
    first: tuple[str, str], second: tuple[str, str], expected_events: int
) -> None:
    a, doc_a = raid_told("a", *first)
    b, doc_b = raid_told("b", *second)
    ids = {"a": ["e:ice"], "b": ["e:ice"]}
    events, _ = merge_events([a, b], ids, ENTITIES, documents=[doc_a, doc_b])
    assert len(events) == expected_events


def test_merge_a_month_and_day_read_in_a_window_still_names_that_day() -> None:
    # found in a probe: b, known only to be no older than 2005, tells the subpoenas "Aug.
    # 22", once with who did it and once with no one named; a dates them 22 August 2012.
    # Read in a's year b's "Aug. 22" is 22 August 2012 or later, which alone agrees with
    # nothing; the day it names still does
    from graphx.model import Document

    aug_22 = TimeExpression("Aug. 22", 0, 1, "DATE", "XXXX-08-22")
    b = extraction("b", aug_22)
    b.sentences.append(Sentence(11, 20, "second sentence of b"))
    b.events.append(EventMention(1, "subpoenaed", "legal_action", "the subpoenas", [], None,
                                 aug_22))  # fmt: skip
    docs = [
        Document("a", "/c/a.txt", "txt", "a", published="2012-08-22", published_basis="sidecar"),
        Document("b", "/c/b.txt", "txt", "b", published="2005", published_basis="inferred",
                 published_note="not before 2005: latest date mentioned in the text"),
    ]  # fmt: skip
    events, _ = merge_events([extraction("a", day("2012-08-22")), b], IDS, ENTITIES,
                             documents=docs)  # fmt: skip
    (event,) = events
    assert [(r.doc_id, r.date_text) for r in event.reports] == [
        ("a", "2012-08-22"),
        ("b", "Aug. 22"),
        ("b", "Aug. 22"),
    ]


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Friday, Jan. 17", ("2020-01-17", True)),  # 17 January 2020 was a Friday
        ("Jan. 17", ("2020-01-17", True)),
        ("Monday, Jan. 17", ("", False)),  # no Monday: no year to read it in
        ("Jan. 25", ("2019-01-25", True)),  # after the first report: the year before
    ],
)
def test_merge_a_happening_dated_only_by_a_month_and_day_takes_its_first_reports_year(
    said: str, expected: tuple[str, bool]
) -> None:
    # found in a probe: a page "not before 2025" told the raid "on Tuesday, April 22", and
    # the one article dated (22 April 2025) told it with no day of its own: no event date
    from graphx.model import Document

    month_day = f"XXXX-01-{said[-2:]}"
    docs = [Document("a", "/c/a.txt", "txt", "a", published="2020-01-18",
                     published_basis="sidecar"), Document("b", "/c/b.txt", "txt", "b")]  # fmt: skip
    events, _ = merge_events(
        [extraction("a", None), extraction("b", TimeExpression(said, 0, 1, "DATE", month_day))],
        IDS,
        ENTITIES,
        documents=docs,
    )
    (event,) = events
    time = event.time
    assert ((time.date_start, time.uncertain) if time and time.date_start else ("", False)) == (
        expected
    )


def test_merge_a_month_and_day_never_read_is_not_read_again_from_below() -> None:
    # a review: "On Dec. 12" after "in December 2006", left unread, is no reading of the
    # bound's to undo: it stays as it was
    from graphx.resolve.in_window import reread_from_below
    from graphx.resolve.published import Window

    window = Window(dt.date(2018, 8, 24), dt.date(2018, 8, 24), "placed")
    unread = TimeExpression("Dec. 12", 0, 1, "DATE", "XXXX-12-12", uncertain=True)
    assert reread_from_below(unread, window) is unread
