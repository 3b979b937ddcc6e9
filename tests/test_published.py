"""Publication dates an undated article takes from the happenings it reports (issue 15)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from graphx.extract.timex.spans import weekdays_told_in_full
from graphx.model import Document, Event, Report, TimeExpression
from graphx.resolve.in_window import day_of_reports
from graphx.resolve.published import dated_by_windows, publication_windows


def dated_by_reports(documents: list[Document], events: list[Event]) -> list[Document]:
    return dated_by_windows(documents, publication_windows(documents, events))


def document(doc_id: str, published: str = "", basis: str = "unknown") -> Document:
    return Document(doc_id, f"/corpus/{doc_id}.txt", "txt", "text", published=published,
                    published_basis=basis)  # fmt: skip


def event(day: str, *reports: tuple[str, str, str]) -> Event:
    time = TimeExpression(day, 0, 1, "DATE", day, day, day, "day")
    return Event("v:1", "legal_action", "subpoenaed", "s", time=time, reports=[
        Report(doc_id=d, sentence="s", date_text=text, date_value=value)
        for d, text, value in reports
    ])  # fmt: skip


def told_in_b(text: str, value: str) -> Event:
    """Another happening of b's, dated only by its weekday ("the mayor visited Friday")."""
    report = Report(doc_id="b", sentence="s", date_text=text, date_value=value)
    return Event("v:2", "meeting", "visited", "s", reports=[report])


def test_published_a_placed_weekday_dates_the_article_within_the_week_after() -> None:
    # Friday 17 January 2020; "Friday" is at most six days back: published 17-23 January.
    docs = [document("a", "2020-01-18", "sidecar"), document("b")]
    subpoenas = event("2020-01-17", ("a", "Jan. 17", "2020-01-17"), ("b", "Friday", "XXXX-WXX-5"))
    a, b = dated_by_reports(docs, [subpoenas])
    assert a is docs[0]
    assert (b.published, b.published_basis) == ("2020-01", "inferred")
    assert b.published_note.startswith("between 2020-01-17 and 2020-01-23: 'Friday' is 2020-01-17")
    assert "a.txt" in b.published_note
    assert docs[1].published == ""  # the input is left as it was


def test_published_across_a_month_end_only_a_lower_bound() -> None:
    # Tuesday 25 April 2017: published 25 April to 1 May, so only "not before".
    ruling = event("2017-04-25", ("a", "April 25", "2017-04-25"), ("b", "Tuesday", "XXXX-WXX-2"))
    _, b = dated_by_reports([document("a", "2017-04-25", "sidecar"), document("b")], [ruling])
    assert (b.published, b.published_is_lower_bound) == ("2017-04-25", True)


def test_published_nothing_placed_nothing_inferred() -> None:
    dated, known = document("a", "2020-01-18", "sidecar"), document("c", "2019", "inferred")
    docs = [dated, document("b"), known]
    # b says "Monday" for a Friday's happening (a grouping would not allow it, but the rule
    # must not trust that), and c already has a date of its own.
    wrong_day = event("2020-01-17", ("b", "Monday", "XXXX-WXX-1"), ("c", "Friday", "XXXX-WXX-5"))
    undated = Event("v:2", "legal_action", "sued", "s", reports=[
        Report(doc_id="b", sentence="s", date_text="Friday", date_value="XXXX-WXX-5")
    ])  # fmt: skip
    assert dated_by_reports(docs, [wrong_day, undated]) == docs


def test_published_other_weekdays_of_a_placed_article_are_read_against_its_window() -> None:
    from graphx.resolve.in_window import weekday_in_window
    from graphx.resolve.published import Window

    # Published 17-23 January 2020 (Friday to Thursday).
    window = Window(dt.date(2020, 1, 17), dt.date(2020, 1, 23), "placed")

    def read(text: str, value: str) -> tuple[str, str, str]:
        time = weekday_in_window(TimeExpression(text, 0, 1, "DATE", value), window)
        assert time.uncertain
        return time.value, time.date_start, time.date_end

    # Friday: the window's first day, whatever day in it the article came out
    assert read("Friday", "XXXX-WXX-5") == ("2020-01-17", "2020-01-17", "2020-01-17")
    # Wednesday: the 15th if published on the 17th-21st, the 22nd if on the 22nd or 23rd
    assert read("Wednesday", "XXXX-WXX-3") == ("XXXX-WXX-3", "2020-01-15", "2020-01-22")
    # a date of its own is left as it is
    dated = TimeExpression("Jan. 10", 0, 1, "DATE", "2020-01-10", "2020-01-10", "2020-01-10")
    assert weekday_in_window(dated, window) is dated


def test_published_a_weekday_after_a_happening_told_by_its_month_and_day() -> None:
    from graphx.resolve.in_window import weekday_in_window
    from graphx.resolve.published import Window

    # The article tells a release of Thursday 30 January 2020 as "Jan. 30": it is no older,
    # and its "Monday" is the Monday after (3 February), not the one before (27 January).
    window = Window(dt.date(2020, 1, 30), dt.date(2020, 3, 1), "month and day", False)
    monday = weekday_in_window(TimeExpression("Monday", 0, 1, "DATE", "XXXX-WXX-1"), window)
    assert (monday.date_start, monday.date_end, monday.uncertain) == (
        "2020-02-03",
        "2020-02-10",
        True,
    )
    # the happening's own weekday is its day
    thursday = weekday_in_window(TimeExpression("Thursday", 0, 1, "DATE", "XXXX-WXX-4"), window)
    assert thursday.date_start == "2020-01-30"
    # a window a lower bound cut to Monday 1 to Wednesday 3 April 2024 holds no Friday after
    # its first day: the one before it, as a window that dates the article reads it (a
    # review: this crashed the build)
    cut = Window(dt.date(2024, 4, 1), dt.date(2024, 4, 3), "month and day", False)
    friday = weekday_in_window(TimeExpression("Friday", 0, 1, "DATE", "XXXX-WXX-5"), cut)
    assert (friday.date_start, friday.date_end) == ("2024-03-29", "2024-03-29")


def test_published_windows_only_for_articles_with_no_date() -> None:
    from graphx.resolve.published import publication_windows

    docs = [document("a", "2020-01-18", "sidecar"), document("b"), document("c")]
    subpoenas = event("2020-01-17", ("a", "Friday", "2020-01-17"), ("b", "Friday", "XXXX-WXX-5"),
                      ("c", "Jan. 17", "2020-01-17"))  # fmt: skip
    windows = publication_windows(docs, [subpoenas])
    assert list(windows) == ["b"]  # c names no weekday; a has its date
    assert (windows["b"].first, windows["b"].last) == (dt.date(2020, 1, 17), dt.date(2020, 1, 23))


def test_published_a_full_date_with_its_weekday_dates_no_article() -> None:
    # "Monday, March 2, 2015" places itself: it says nothing of when the article came out.
    docs = [document("a", "2015-03-03", "sidecar"), document("b")]
    hearing = event("2015-03-02", ("a", "Monday", "2015-03-02"),
                    ("b", "Monday, March 2, 2015", "2015-03-02"))  # fmt: skip
    assert dated_by_reports(docs, [hearing]) == docs


def lower_bound(doc_id: str, published: str) -> Document:
    note = f"not before {published}: latest date mentioned in the text"
    return Document(doc_id, f"/corpus/{doc_id}.txt", "txt", "text", published=published,
                    published_basis="inferred", published_note=note)  # fmt: skip


def test_published_an_article_known_only_from_below_is_dated_by_its_placed_weekday() -> None:
    # b only says it is no older than July 2017; its "Wednesday" joined a suit of Wednesday
    # 18 July 2018: published 18-24 July 2018.
    docs = [document("a", "2018-07-18", "sidecar"), lower_bound("b", "2017-07")]
    suit = event("2018-07-18", ("a", "Wednesday", "2018-07-18"), ("b", "Wednesday", "XXXX-WXX-3"))
    _, b = dated_by_reports(docs, [suit])
    assert (b.published, b.published_basis, b.published_is_lower_bound) == (
        "2018-07",
        "inferred",
        False,
    )
    assert b.published_note.startswith("between 2018-07-18 and 2018-07-24")


def test_published_a_lower_bound_cuts_the_window_and_can_refuse_it() -> None:
    # Known to be no older than 21 July 2018: of the window 18-24 July only 21-24 is left.
    docs = [document("a", "2018-07-18", "sidecar"), lower_bound("b", "2018-07-21")]
    suit = event("2018-07-18", ("a", "Wednesday", "2018-07-18"), ("b", "Wednesday", "XXXX-WXX-3"))
    windows = publication_windows(docs, [suit])
    assert (windows["b"].first, windows["b"].last) == (dt.date(2018, 7, 21), dt.date(2018, 7, 24))
    # No older than August 2018: a Wednesday of 18 July cannot be the one it names.
    late = [document("a", "2018-07-18", "sidecar"), lower_bound("b", "2018-08")]
    assert publication_windows(late, [suit]) == {}


def test_published_a_weekday_read_against_a_month_is_read_again_in_the_window() -> None:
    from graphx.resolve.in_window import weekday_in_window
    from graphx.resolve.published import Window

    # "Wednesday" in an article of "2018-07": any Wednesday from 27 June to 31 July.
    month_read = TimeExpression("Wednesday", 0, 1, "DATE", "XXXX-WXX-3", "2018-06-27",
                                "2018-07-31", uncertain=True)  # fmt: skip
    window = Window(dt.date(2018, 7, 18), dt.date(2018, 7, 24), "placed")
    read = weekday_in_window(month_read, window)
    assert (read.value, read.date_start, read.date_end) == (
        "2018-07-18",
        "2018-07-18",
        "2018-07-18",
    )


def test_published_a_present_progressive_goes_on_in_the_window() -> None:
    from graphx.resolve.in_window import present_in_window
    from graphx.resolve.published import Window

    window = Window(dt.date(2020, 1, 17), dt.date(2020, 1, 23), "placed")
    going_on = TimeExpression("is filing", 0, 1, "DATE", "PRESENT_REF", uncertain=True)
    read = present_in_window(going_on, window)
    assert (read.date_start, read.date_end, read.uncertain) == ("2020-01-17", "2020-01-23", True)
    # anything else is left as it is
    friday = TimeExpression("Friday", 0, 1, "DATE", "XXXX-WXX-5", uncertain=True)
    assert present_in_window(friday, window) is friday


def test_published_an_article_reporting_a_dated_happening_places_its_weekday() -> None:
    # b tells the raid of Friday 6 June 2025 with no date ("agents detained workers") and
    # says elsewhere "the mayor visited Friday": that Friday is the 6th, and b came out
    # within the week after it.
    docs = [document("a", "2025-06-06", "sidecar"), document("b")]
    raid = event("2025-06-06", ("a", "Friday", "2025-06-06"), ("b", "", ""))
    visit = told_in_b("Friday", "XXXX-WXX-5")
    _, b = dated_by_reports(docs, [raid, visit])
    assert (b.published, b.published_basis) == ("2025-06", "inferred")
    assert b.published_note.startswith("between 2025-06-06 and 2025-06-12: 'Friday' is 2025-06-06")


def weekday_time(text: str, value: str) -> TimeExpression:
    return TimeExpression(text, 0, len(text), "DATE", value)


def ruling_told_in_b(sentence: str) -> Event:
    """The ruling of Wednesday 13 August 2025, told by a with its date and by b with none."""
    time = TimeExpression("Wednesday", 0, 1, "DATE", "2025-08-13", "2025-08-13", "2025-08-13")
    return Event("v:1", "legal_action", "sided", "s", time=time, reports=[
        Report(doc_id="a", sentence="s", date_text="Wednesday", date_value="2025-08-13"),
        Report(doc_id="b", sentence=sentence, date_text="", date_value=""),
    ])  # fmt: skip


def test_published_a_weekday_in_a_clause_of_no_happening_places_the_article() -> None:
    # found in probe219: b tells the ruling with no date, and its Wednesday is in a clause
    # of its sentence that is no event: b came out within the week after it
    docs = [document("a", "2025-08-13", "sidecar"), document("b")]
    ruling = ruling_told_in_b("Leaders were celebrating Wednesday night after a judge sided.")
    times = {"b": [weekday_time("Wednesday night", "XXXX-WXX-3")]}
    _, b = dated_by_windows(docs, publication_windows(docs, [ruling], times))
    assert (b.published, b.published_basis) == ("2025-08", "inferred")
    assert b.published_note.startswith("between 2025-08-13 and 2025-08-19: 'Wednesday night'")


@pytest.mark.parametrize(
    ("page", "time", "kind"),
    [
        ("They celebrated Friday after a judge sided with them.", "Friday", "DATE"),
        # ... not a day to come ("Nearly two months later ... the council will vote
        # Wednesday": a review), nor a habit's ("every Wednesday")
        ("Two months later, the council will vote Wednesday.", "Wednesday", "DATE"),
        ("They meet every Wednesday since a judge sided with them.", "every Wednesday", "SET"),
    ],
)
def test_published_other_times_place_only_the_happenings_weekday_told_as_past(
    page: str, time: str, kind: str
) -> None:
    docs = [document("a", "2025-08-13", "sidecar"), replace(document("b"), text=page)]
    day = "5" if time == "Friday" else "3"
    start = page.index(time)
    times = {"b": [TimeExpression(time, start, start + len(time), kind, f"XXXX-WXX-{day}")]}
    windows = publication_windows(docs, [ruling_told_in_b("A judge sided with them.")], times)
    assert dated_by_windows(docs, windows) == docs


def test_published_a_happening_told_with_another_date_places_nothing() -> None:
    docs = [document("a", "2025-06-06", "sidecar"), document("b")]
    visit = told_in_b("Friday", "XXXX-WXX-5")
    # b names the raid by its date: a later article's background, its Friday another day
    by_date = event("2025-06-06", ("a", "Friday", "2025-06-06"), ("b", "June 6", "2025-06-06"))
    # b names another weekday for the raid than the one it is
    by_monday = event("2025-06-06", ("a", "Friday", "2025-06-06"), ("b", "Monday", "XXXX-WXX-1"))
    # the raid was on a Thursday: b's Friday is not its day
    thursday = event("2025-06-05", ("a", "Thursday", "2025-06-05"), ("b", "", ""))
    for told in (by_date, by_monday, thursday):
        assert dated_by_reports(docs, [told, visit]) == docs


def test_published_a_month_and_day_of_a_dated_happening_reads_but_only_bounds() -> None:
    # found in a probe: b tells the vote of Monday 9 June 2025 as "June 9" with no year.
    # b is no older than the vote, but that says little of its own date: its other times
    # are read from the 9th to a month on, and b is "not before" June 2025 (found in
    # probe196: such a page had no date at all), the day in the note
    from graphx.resolve.in_window import read_in_window

    docs = [document("a", "2025-06-10", "sidecar"), document("b")]
    vote = event("2025-06-09", ("a", "Monday", "2025-06-09"), ("b", "June 9", "XXXX-06-09"))
    windows = publication_windows(docs, [vote])
    assert (windows["b"].first, windows["b"].last) == (dt.date(2025, 6, 9), dt.date(2025, 7, 10))
    _, bounded = dated_by_windows(docs, windows)
    assert (bounded.published, bounded.published_is_lower_bound) == ("2025-06", True)
    assert bounded.published_note.startswith("not before 2025-06-09: it reports a happening")
    # a later bound of its own stays
    later = [docs[0], document("b", "2025-07-02", "inferred")]
    later[1].published_note = "not before 2025-07-02: latest date mentioned in the text"
    assert dated_by_windows(later, windows) == later
    march = read_in_window(TimeExpression("March 3", 0, 1, "DATE", "XXXX-03-03"), windows["b"])
    assert (march.date_start, march.uncertain) == ("2025-03-03", True)
    # a weekday of the vote still dates b, within the week after it
    both = event(
        "2025-06-09", ("a", "Monday", "2025-06-09"), ("b", "June 9", "XXXX-06-09"),
        ("b", "Monday", "XXXX-WXX-1"),
    )  # fmt: skip
    _, b = dated_by_reports(docs, [both])
    assert b.published == "2025-06"
    # another day than the happening's gives no window
    other = event("2025-06-09", ("a", "Monday", "2025-06-09"), ("b", "June 8", "XXXX-06-08"))
    assert publication_windows(docs, [other]) == {}


def test_published_a_happening_named_by_its_month_and_day_takes_no_other_weekday() -> None:
    # found in a probe corpus: a follow-up names the vote of Wednesday 22 October 2014 as
    # "on Oct. 22" and, two weeks on, says a member "said Wednesday morning": that Wednesday
    # is not the vote's, and the article was not written the week of the vote
    docs = [document("a", "2014-10-23", "sidecar"), document("b")]
    vote = event("2014-10-22", ("a", "Wednesday", "2014-10-22"), ("b", "Oct. 22", "XXXX-10-22"))
    said = told_in_b("Wednesday morning", "XXXX-WXX-3")
    windows = publication_windows(docs, [vote, said])
    assert (windows["b"].first, windows["b"].dates_article) == (dt.date(2014, 10, 22), False)
    assert dated_by_windows(docs, windows)[1].published_is_lower_bound
    # told without a date, the vote's weekday named elsewhere still dates the article
    undated = event("2014-10-22", ("a", "Wednesday", "2014-10-22"), ("b", "", ""))
    _, b = dated_by_reports(docs, [undated, said])
    assert b.published == "2014-10"


def test_published_a_month_without_a_year_is_read_in_the_window() -> None:
    from graphx.resolve.in_window import month_in_window
    from graphx.resolve.published import Window

    # published 12-18 June 2017: "in January" is January 2017, "in August" August 2016
    window = Window(dt.date(2017, 6, 12), dt.date(2017, 6, 18), "placed")
    january = month_in_window(TimeExpression("January", 0, 1, "DATE", "XXXX-01"), window)
    assert (january.value, january.date_start, january.date_end, january.uncertain) == (
        "2017-01",
        "2017-01-01",
        "2017-01-31",
        True,
    )
    august = month_in_window(TimeExpression("August", 0, 1, "DATE", "XXXX-08"), window)
    assert (august.date_start, august.date_end) == ("2016-08-01", "2016-08-31")
    june = month_in_window(TimeExpression("June", 0, 1, "DATE", "XXXX-06"), window)
    assert june.date_start == "2017-06-01"
    dated = TimeExpression("May 2017", 0, 1, "DATE", "2017-05", date_start="2017-05-01")
    assert month_in_window(dated, window) is dated


def test_published_a_month_and_day_without_a_year_is_read_in_the_window() -> None:
    from graphx.resolve.in_window import month_day_in_window
    from graphx.resolve.published import Window

    # published 10-16 April 2024: "March 21" is 21 March 2024
    window = Window(dt.date(2024, 4, 10), dt.date(2024, 4, 16), "placed")
    march = TimeExpression("March 21", 0, 1, "DATE", "XXXX-03-21")
    read = month_day_in_window(march, window)
    assert (read.value, read.date_start, read.date_end, read.uncertain) == (
        "2024-03-21",
        "2024-03-21",
        "2024-03-21",
        True,
    )
    # "Dec. 30" in an article of early January: the year before
    january = Window(dt.date(2020, 1, 3), dt.date(2020, 1, 9), "placed")
    december = month_day_in_window(TimeExpression("Dec. 30", 0, 1, "DATE", "XXXX-12-30"), january)
    assert december.date_start == "2019-12-30"
    # "Feb. 29": the leap day of the window's year, or of the year before, never older
    leap_day = TimeExpression("Feb. 29", 0, 1, "DATE", "XXXX-02-29")
    assert month_day_in_window(leap_day, window).date_start == "2024-02-29"
    year_after = Window(dt.date(2025, 3, 1), dt.date(2025, 3, 7), "placed")
    assert month_day_in_window(leap_day, year_after).date_start == "2024-02-29"
    two_years_after = Window(dt.date(2026, 3, 1), dt.date(2026, 3, 7), "placed")
    assert month_day_in_window(leap_day, two_years_after) is leap_day
    # a month alone, a weekday, a date with its year: left as they are
    for time in (
        TimeExpression("in March", 0, 1, "DATE", "XXXX-03"),
        TimeExpression("Friday", 0, 1, "DATE", "XXXX-WXX-5"),
        TimeExpression("March 21", 0, 1, "DATE", "2024-03-21", "2024-03-21", "2024-03-21"),
    ):
        assert month_day_in_window(time, window) is time


def test_published_a_month_and_day_in_an_article_bounded_only_from_below() -> None:
    from graphx.resolve.in_window import month_day_in_window
    from graphx.resolve.published import Window

    # not before 16 October 2018 (it names a raid of that day by its month and day alone)
    floor = Window(dt.date(2018, 10, 16), dt.date(2018, 11, 16), "a raid", dates_article=False)
    november = TimeExpression("Nov. 20", 0, 1, "DATE", "XXXX-11-20")
    assert month_day_in_window(november, floor).date_start == "2018-11-20"
    # a day of the weeks before the floor is of its year, not of the next
    september = TimeExpression("Sept. 30", 0, 1, "DATE", "XXXX-09-30")
    assert month_day_in_window(september, floor).date_start == "2018-09-30"
    # and so is one months after it (a review: "signed its agreement on Feb. 3" is the
    # February before, as the latest such day before the window's last day)
    february = TimeExpression("Feb. 3", 0, 1, "DATE", "XXXX-02-03")
    assert month_day_in_window(february, floor).date_start == "2018-02-03"
    july = TimeExpression("July 4", 0, 1, "DATE", "XXXX-07-04")
    assert month_day_in_window(july, floor).date_start == "2018-07-04"


def test_published_last_week_of_a_dated_happening_dates_the_article_the_week_after() -> None:
    # a dates the signing Wednesday 10 April 2024; b, with no date, says the governor signed
    # it "last week": b was written in the week of 15-21 April
    docs = [document("a", "2024-04-10", "sidecar"), document("b")]
    signing = event("2024-04-10", ("a", "Wednesday", "2024-04-10"), ("b", "last week", "XXXX-WXX"))
    _, b = dated_by_reports(docs, [signing])
    assert (b.published, b.published_basis) == ("2024-04", "inferred")
    assert b.published_note.startswith("between 2024-04-15 and 2024-04-21: 'last week' is")
    # "yesterday" puts it on the next day; "earlier this month" in the rest of the month
    for said, value, expected in (
        ("yesterday", "XXXX-XX-XX", ("2024-04-11", "on 2024-04-11: 'yesterday' is")),
        ("earlier this month", "XXXX-XX", ("2024-04", "between 2024-04-10 and 2024-04-30")),
    ):
        told = event("2024-04-10", ("a", "Wednesday", "2024-04-10"), ("b", said, value))
        _, b = dated_by_reports(docs, [told])
        assert (b.published, b.published_note[: len(expected[1])]) == expected


def test_published_last_week_leaves_the_articles_other_weekdays_to_its_own_week() -> None:
    # found in probe155: b tells the lawsuit of Tuesday 15 June 2010 as "filed last week"
    # and names "Tuesday's meeting" elsewhere, a Tuesday of the week it was written in:
    # that Tuesday is no day of the lawsuit, and b is of the week of 21-27 June
    docs = [document("a", "2010-06-16", "sidecar"), document("b")]
    lawsuit = event("2010-06-15", ("a", "Tuesday", "2010-06-15"), ("b", "last week", "XXXX-WXX"))
    _, b = dated_by_reports(docs, [lawsuit, told_in_b("Tuesday", "XXXX-WXX-2")])
    assert (b.published, b.published_basis) == ("2010-06", "inferred")
    assert b.published_note.startswith("between 2010-06-21 and 2010-06-27: 'last week' is")


def test_published_days_counted_back_date_the_article_exactly() -> None:
    # found in a probe corpus: an undated follow-up counts days back from its own day
    docs = [document("a", "2024-04-10", "sidecar"), document("b")]
    for said, value, expected in (
        ("three days ago", "PAST_REF", ("2024-04-13", "on 2024-04-13: 'three days ago' is")),
        ("last night", "XXXX-XX-XXTNI", ("2024-04-11", "on 2024-04-11: 'last night' is")),
        # told with the day it is, the count dates the article whatever that day reads as
        (
            "One week ago today, on Wednesday, April 10",
            "2024-04-10",
            ("2024-04-17", "on 2024-04-17: 'One week ago today, on Wednesday, April 10' is"),
        ),
        (
            "A week ago, on April 10",
            "XXXX-04-10",
            ("2024-04-17", "on 2024-04-17: 'A week ago, on April 10' is"),
        ),
        # found in probe246: "Seven days after agents raided the plant, she still does not
        # know", which the extractor reads as counted back from the day written
        ("Seven days after", "PAST_REF", ("2024-04-17", "on 2024-04-17: 'Seven days after' is")),
        # found in probe106 (working): the day set off by dashes
        (
            "Yesterday \u2014 Wednesday, April 10",
            "XXXX-04-10",
            ("2024-04-11", "on 2024-04-11: 'Yesterday \u2014 Wednesday, April 10' is"),
        ),
    ):
        told = event("2024-04-10", ("a", "Wednesday", "2024-04-10"), ("b", said, value))
        _, b = dated_by_reports(docs, [told])
        assert (b.published, b.published_note[: len(expected[1])]) == expected


def test_published_last_weekday_of_a_dated_happening_dates_the_article_the_week_after() -> None:
    # found in a probe corpus: "last Wednesday, April 12" names a day of the week before
    docs = [document("a", "2024-04-10", "sidecar"), document("b")]
    for said, value in (
        ("last Wednesday", "XXXX-WXX-3"),
        ("last Wednesday, April 10", "2024-04-10"),
    ):
        told = event("2024-04-10", ("a", "Wednesday", "2024-04-10"), ("b", said, value))
        _, b = dated_by_reports(docs, [told])
        # the Wednesday before the day it was written, but not the day before it (that
        # is "yesterday"): 12 to 18 April
        assert (b.published, b.published_note[:34]) == (
            "2024-04",
            "between 2024-04-12 and 2024-04-18:",
        )


def test_published_last_weekday_is_read_before_the_day_written() -> None:
    from graphx.resolve.in_window import weekday_in_window
    from graphx.resolve.published import Window

    # an article of Wednesday 17 April 2024 says "last Wednesday": the 10th, where a bare
    # "Wednesday" may be that very day
    window = Window(dt.date(2024, 4, 17), dt.date(2024, 4, 17), "placed")
    last = weekday_in_window(TimeExpression("last Wednesday", 0, 1, "DATE", "XXXX-WXX-3"), window)
    bare = weekday_in_window(TimeExpression("Wednesday", 0, 1, "DATE", "XXXX-WXX-3"), window)
    assert (last.date_start, last.date_end) == ("2024-04-10", "2024-04-10")
    assert (bare.date_start, bare.date_end) == ("2024-04-17", "2024-04-17")
    # found in probe164: told on a Thursday, "last Wednesday" is not the day before (that
    # is "yesterday") but the week's before it
    window = Window(dt.date(2024, 4, 18), dt.date(2024, 4, 18), "placed")
    last = weekday_in_window(TimeExpression("last Wednesday", 0, 1, "DATE", "XXXX-WXX-3"), window)
    assert (last.date_start, last.date_end) == ("2024-04-10", "2024-04-10")


def test_published_windows_of_one_article_hold_together() -> None:
    # a review: b says "last Monday" of Monday 4 March 2024 (written 6-12 March: the 5th
    # would say "yesterday") and
    # "yesterday" of Thursday 7 March (written the 8th): both hold on the 8th only
    docs = [document("a", "2024-03-08", "sidecar"), document("b")]
    monday = event("2024-03-04", ("a", "Monday", "2024-03-04"), ("b", "last Monday", "XXXX-WXX-1"))
    thursday = event(
        "2024-03-07", ("a", "Thursday", "2024-03-07"), ("b", "yesterday", "XXXX-XX-XX")
    )
    _, b = dated_by_reports(docs, [monday, thursday])
    assert b.published == "2024-03-08"
    # "Friday" of Friday 8 March (written 8-14 March): the days both allow
    friday = event("2024-03-08", ("a", "Friday", "2024-03-08"), ("b", "Friday", "XXXX-WXX-5"))
    _, b = dated_by_reports(docs, [monday, friday])
    assert (b.published, b.published_note[:34]) == ("2024-03", "between 2024-03-08 and 2024-03-12:")
    # a second review: windows that cannot both hold give the later one, for an article is
    # no older than any happening it reports ("Monday" of 26 February and of 4 March)
    before = event("2024-02-26", ("a", "Monday", "2024-02-26"), ("b", "Monday", "XXXX-WXX-1"))
    after = event("2024-03-04", ("a", "Monday", "2024-03-04"), ("b", "Monday", "XXXX-WXX-1"))
    _, b = dated_by_reports(docs, [before, after])
    assert b.published_note.startswith("between 2024-03-04 and 2024-03-10:")


def test_published_a_count_of_months_ago_or_a_day_alone_dates_no_article() -> None:
    docs = [document("a", "2024-04-10", "sidecar"), document("b")]
    for said, value in (("two months ago", "PAST_REF"), ("On Wednesday, April 10", "2024-04-10")):
        told = event("2024-04-10", ("a", "Wednesday", "2024-04-10"), ("b", said, value))
        _, b = dated_by_reports(docs, [told])
        assert b.published == ""


def test_published_counted_words_of_a_placed_article_are_read_in_its_window() -> None:
    from graphx.resolve.in_window import read_in_window
    from graphx.resolve.published import Window

    window = Window(dt.date(2024, 4, 15), dt.date(2024, 4, 21), "placed")

    def read(text: str, value: str) -> tuple[str, str]:
        time = read_in_window(TimeExpression(text, 0, 1, "DATE", value), window)
        return time.date_start, time.date_end

    assert read("last week", "XXXX-WXX") == ("2024-04-08", "2024-04-14")
    # "yesterday" is one of the days before the window's; "this month" no later than it
    assert read("yesterday", "XXXX-XX-XX") == ("2024-04-14", "2024-04-20")
    assert read("earlier this month", "XXXX-XX") == ("2024-04-01", "2024-04-21")
    # the rally "Saturday" is the 13th or the 20th
    assert read("Saturday", "XXXX-WXX-6") == ("2024-04-13", "2024-04-20")
    # words that count from nothing are left alone
    assert read("next year", "XXXX") == ("", "")


def test_published_windows_at_the_calendar_edges_do_not_fail() -> None:
    # a happening dated on the calendar's last or first day, told "last week" / "last
    # month" by an undated article: a window held at the edge, no crash
    for day in ("9999-12-31", "0001-01-01"):
        docs = [document("a", day, "sidecar"), document("b")]
        for said, value in (("last week", "XXXX-WXX"), ("last month", "XXXX-XX")):
            told = event(day, ("a", "Friday", day), ("b", said, value))
            dated_by_reports(docs, [told])  # no exception


def test_published_a_page_updated_later_is_dated_by_what_it_reports_up_to_its_update() -> None:
    # found in probe205: a page whose only day is an "Updated" stamp came out no later than
    # it; the happening another article dates places it first, the stamp caps the window
    updated = document("b")
    updated.updated = "2026-06-15"
    docs = [document("a", "2026-06-13", "sidecar"), updated]
    raid = event("2026-06-12", ("a", "Friday", "2026-06-12"), ("b", "Friday", "XXXX-WXX-5"))
    _, b = dated_by_reports(docs, [raid])
    assert b.published == "2026-06"
    assert b.published_note.startswith("between 2026-06-12 and 2026-06-15:")
    # ... and with nothing to place it, the stamp's day is its date
    _, alone = dated_by_reports(docs, [])
    assert (alone.published, alone.published_note) == (
        "2026-06-15",
        "from the page's 'Updated' stamp (2026-06-15), its only day",
    )


def _time(text: str, value: str, start: str = "", end: str = "") -> TimeExpression:
    precision = "month" if len(value) == 7 else "day"
    return TimeExpression(text, 0, len(text), "DATE", value, start, end, precision)


@pytest.mark.parametrize(
    ("lead", "others", "expected"),
    [
        # found in probe230: "In June" in one article, "Thursday, June 13" with no year in an
        # undated one: the day, in the month's year, when its weekday falls on it
        (_time("June", "2019-06", "2019-06-01", "2019-06-30"),
         [_time("Thursday, June 13", "XXXX-06-13")], "2019-06-13"),
        # ... not a weekday the day is not (June 13, 2019 was a Thursday), nor a day outside
        # the month, nor a day when the lead gives one already
        (_time("June", "2019-06", "2019-06-01", "2019-06-30"),
         [_time("Friday, June 13", "XXXX-06-13")], "2019-06"),
        (_time("June", "2019-06", "2019-06-01", "2019-06-30"),
         [_time("July 2", "XXXX-07-02")], "2019-06"),
        (_time("June 12", "2019-06-12", "2019-06-12", "2019-06-12"),
         [_time("June 13", "XXXX-06-13")], "2019-06-12"),
    ],
)  # fmt: skip
def test_published_a_month_and_day_another_report_names_dates_the_events_month(
    lead: TimeExpression, others: list[TimeExpression], expected: str
) -> None:
    found = day_of_reports(lead, "", [lead, *others])
    assert found is not None and found.value == expected


def test_published_a_bare_weekday_is_the_day_its_page_writes_with_it() -> None:
    thursday = TimeExpression("Thursday", 26, 34, "DATE", "XXXX-WXX-4")
    june_13 = TimeExpression("Thursday, June 13", 60, 77, "DATE", "XXXX-06-13")
    june_20 = TimeExpression("Thursday, June 20", 90, 107, "DATE", "XXXX-06-20")
    # "arrived at 8 a.m. Thursday, June 13", told as done
    found = weekdays_told_in_full([thursday, june_13], {60})
    assert [t.value for t in found] == ["XXXX-06-13", "XXXX-06-13"]
    # ... beside a Thursday of the page's set ahead ("Join us on Thursday, June 20"), or
    # a second one told as done: no one day
    assert weekdays_told_in_full([thursday, june_13, june_20], {60})[0].value == "XXXX-WXX-4"
    assert weekdays_told_in_full([thursday, june_13, june_20], {60, 90})[0].value == "XXXX-WXX-4"
    # "last Thursday" is no day the page writes
    last = TimeExpression("last Thursday", 0, 13, "DATE", "XXXX-WXX-4")
    assert weekdays_told_in_full([last, june_13], {60})[0].value == "XXXX-WXX-4"
    # (a review) nor a Thursday told after that day ("Since then ... on Thursday a pastor
    # was arrested"), nor one beside a habit of Thursdays
    later = TimeExpression("Thursday", 120, 128, "DATE", "XXXX-WXX-4")
    assert weekdays_told_in_full([june_13, later], {60})[1].value == "XXXX-WXX-4"
    every = TimeExpression("every Thursday", 100, 114, "SET", "XXXX-WXX-4")
    assert weekdays_told_in_full([thursday, june_13, every], {60})[0].value == "XXXX-WXX-4"
