"""Tests of graphx.ingest.pubdate: metadata date normalisation and date inference."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from graphx.ingest.furniture import clean
from graphx.ingest.pubdate import explicit_dates, infer_published, normalise_date, url_date
from graphx.model import date_precision

TODAY = dt.date(2024, 6, 1)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2019-05-07", "2019-05-07"),
        ("2020-01", "2020-01"),
        ("2018", "2018"),
        ("2020-W04", "2020-W04"),
        ("2020w04", "2020-W04"),
        ("2017-08-15T12:15:20", "2017-08-15"),
        ("2017-08-15 12:15:20+02:00", "2017-08-15"),
        ("2021-06-14T09:00:00Z", "2021-06-14"),
        (" 2019-05-07 ", "2019-05-07"),
        ("May 7, 2019", "2019-05-07"),
        ("7 May 2019", "2019-05-07"),
        ("March 2019", "2019-03"),
        ("Tue, 07 May 2019 10:00:00 +0000", "2019-05-07"),
    ],
)
def test_pubdate_normalise_date_accepts(value: str, expected: str) -> None:
    assert normalise_date(value) == expected


@pytest.mark.parametrize(
    "value", ["", "someday", "2019-13-01", "2019-02-30", "2020-W54", "19-05-07", "May 2019 or so"]
)
def test_pubdate_normalise_date_rejects(value: str) -> None:
    with pytest.raises(ValueError):
        normalise_date(value)


@given(
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)),
    st.sampled_from([4, 7, 10]),
)
def test_pubdate_normalise_date_idempotent(day: dt.date, length: int) -> None:
    value = normalise_date(day.isoformat()[:length])
    assert normalise_date(value) == value
    assert date_precision(value) == {4: "year", 7: "month", 10: "day"}[length]


def test_pubdate_a_date_line_gives_the_day_of_the_urls_month() -> None:
    # found in a fresh corpus: a printed edition's masthead (its price) under the headline
    text = (
        "Man Sues Over Hold\nThe Valley Press\nThursday, July 10, 2014 \u2022 Elkins \u2022 75 "
        "cents\nA worker filed suit Wednesday. He has lived there since 2006."
    )
    value, note = infer_published(text, url="https://x.example/news/2014/07/man-sues", today=TODAY)
    assert value == "2014-07-10"
    assert note == "from the date line under the headline (2014-07-10), in the URL's month"
    # ... not a day of another month
    value, _ = infer_published(text, url="https://x.example/news/2014/08/man-sues", today=TODAY)
    assert value == "2014-08"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It happened on May 7, 2019.", [("May 7, 2019", "2019-05-07")]),
        (
            "On 3 March 2020 and 2020-04-05.",
            [("3 March 2020", "2020-03-03"), ("2020-04-05", "2020-04-05")],
        ),
        (
            "Sept. 4, 2018 then 12/25/2018.",
            [("Sept. 4, 2018", "2018-09-04"), ("12/25/2018", "2018-12-25")],
        ),
        ("In January 2019 and during 2017.", [("January 2019", "2019-01"), ("2017", "2017")]),
        ("The target is by 2021, until 2022.", []),
        # the end of a span, maybe to come (found on a working probe: a grant that "covers
        # the two officers through 2012" in a 2009 article); its start still bounds
        ("The grant covers two officers through 2012.", []),
        # ... unless the span is told whole, over (a review)
        ("She served from 2004 through 2008.", [("2004", "2004"), ("2008", "2008")]),
        ("A plan for 2031 was drafted.", []),
        ("They arrested 158,581 people and 2,019 others; 2019% is not a year.", []),
        ("Title 8 USC 1326 and $2019 are not years.", []),
        ("February 30, 2019 is not a date.", [("2019", "2019")]),
        # a masthead's motto, its founding year on a line of its own (found in an invented
        # probe: "not before 1996" became a weekly's publication date); a sentence's
        # "since" bounds the article
        ("Jail Ends Holds\nHarbor Town's Free Weekly Since 1987\nThe jail stopped.", []),
        ("Jail Ends Holds\nEst. 1902\nThe jail stopped.", []),
        ("The jail has held them since 2011.", [("2011", "2011")]),
        ("Holds Are Up Sharply Since 2011, Records Show", [("2011", "2011")]),
        # ... nor a headline's or a subhead's, told of the story (a review)
        ("Jail Deaths Reach Highest Level Since 2019\nThe jail stopped.", [("2019", "2019")]),
        (
            "Jail ends holds\nSanctuary rule in place since 2017\nThe jail stopped.",
            [("2017", "2017")],
        ),
    ],
)
def test_pubdate_explicit_dates(text: str, expected: list[tuple[str, str]]) -> None:
    assert explicit_dates(text, today=TODAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2018 it began. On May 7, 2019 it ended.", "2019-05-07"),
        ("In March 2019 and in 2019.", "2019-03"),
        ("During 2020, after January 5, 2019.", "2020"),
        ("Nothing dated here.", None),
        ("Only a deadline: by 2023.", None),
        # found in a fresh corpus (probe24, used): a budget is adopted for a fiscal year
        # to come; the year it names bounds nothing
        ("ICE has paid the county since 2009. On Tuesday the board adopted a budget for "
         "fiscal 2022.", "2009"),
        ("The 2023 fiscal year budget was adopted on Tuesday.", None),
        ("The agency's FY 2024 request was sent on Tuesday.", None),
        # ... or a budget year (probe20, used): "until the county's 2023 budget hearings"
        ("Members asked justices to wait for the county's 2023 budget hearings this fall.",
         None),
    ],
)  # fmt: skip
def test_pubdate_infer_published_is_a_labelled_lower_bound(text: str, expected: str | None) -> None:
    result = infer_published(text, today=TODAY)
    if expected is None:
        assert result is None
        return
    assert result == (expected, f"not before {expected}: latest date mentioned in the text")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.example/local/2021/03/05/jail-subpoena/", "2021-03-05"),
        ("https://paper.example/2019/11/county-vote", "2019-11"),
        ("https://paper.example/metro/sheriff-sues-20170614-story.html", "2017-06-14"),
        ("https://paper.example/archive/2016-02-29/leap", "2016-02-29"),
        ("https://paper.example/archive/2017-02-29/not-a-day", ""),
        ("https://paper.example/news/12345678/slug", ""),  # an article number, not a date
        ("https://paper.example/2031/01/02/future", ""),
        ("https://paper.example/story?date=2020/01/02", ""),  # a query is no archive path
        # found in a probe corpus: a public radio site's month folder
        ("https://radio.example/politics/2025-03/county-joins-partnership", "2025-03"),
        ("https://radio.example/politics/2025-13/slug", ""),
        ("https://paper.example/budget/2011-12/board-approves-budget", ""),  # a school year
        ("https://paper.example/2011/12/county-jail-deal/", "2011-12"),  # a month (a review)
        # found in a probe corpus: a month's name in the archive path
        ("https://paper.example/news/2012/mar/07/county-settles/", "2012-03-07"),
        ("https://paper.example/news/2010/Jun/6/woman-sues", "2010-06-06"),
        ("https://paper.example/news/2010/jun/31/no-such-day", ""),
        ("https://paper.example/news/2010/june/16/not-an-abbreviation", ""),
    ],
)
def test_pubdate_url_date(url: str, expected: str) -> None:
    assert url_date(url, today=dt.date(2026, 1, 1)) == expected


def test_pubdate_url_date_yields_to_a_later_day_in_the_text() -> None:
    text = "The council met on March 9, 2021 and voted."
    value, note = infer_published(text, url="https://x.example/2021/03/05/a", today=TODAY)
    assert (value, note.startswith("not before")) == ("2021-03-09", True)
    value, note = infer_published(text, url="https://x.example/2021/03/10/a", today=TODAY)
    assert (value, note) == ("2021-03-10", "from the URL (2021-03-10)")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month and day with no year, read in the year nearest the latest full date
        ("ICE issued subpoenas on Jan. 17, 2020. The city answered them Feb. 2.",
         "2020-02-02"),
        ("It began Dec. 30, 2019. As of Jan. 4, it goes on.", "2020-01-04"),
        # one before the latest full date changes nothing
        ("He was arrested Jan. 10. On Jan. 17, 2020, ICE acted.", "2020-01-17"),
        # one set ahead is no bound
        ("On Jan. 17, 2020, ICE acted. A hearing is scheduled for Feb. 20.", "2020-01-17"),
        # too far after the latest full date to be read in its year
        ("On Jan. 17, 2020, ICE acted. In Sept. 12 remarks he spoke.", "2020-01-17"),
        # "may" the verb is no month
        ("On Jan. 17, 2020, ICE acted; officials may 2 weeks later respond.", "2020-01-17"),
    ],
)  # fmt: skip
def test_pubdate_a_yearless_date_after_the_latest_full_one(text: str, expected: str) -> None:
    from graphx.ingest.pubdate import infer_published

    found = infer_published(text, today=dt.date(2026, 1, 1))
    assert found is not None and found[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        # "march 3" in lower case is a verb and a number
        "On Jan. 20, 2020 the union met. Members march 3 miles each day to the plant.",
        # a date set ahead, with its weekday between
        "On Dec. 20, 2019 the board met. The vote set for Friday, Jan. 10, was delayed.",
    ],
)
def test_pubdate_a_yearless_date_that_is_no_bound(text: str) -> None:
    (first, *_), found = explicit_dates(text), infer_published(text, today=dt.date(2026, 1, 1))
    assert found is not None and found[0] == first[1]


def test_pubdate_a_yearless_date_at_the_calendar_end() -> None:
    from graphx.ingest.pubdate import _yearless_after

    # no year 10000 to read it in, and nothing overflows
    assert _yearless_after("As of Dec. 20 it went on.", "9999-12-10") == "9999-12-20"
    assert _yearless_after("As of Jan. 4 it went on.", "9999-12-30") == ""


def test_pubdate_yearless_days_told_one_after_another_carry_the_year_on() -> None:
    # found in a probe corpus: an explainer's "On Tuesday, March 18, a judge granted" after
    # "Since Dec. 4, 2024 ... filed the petition Jan. 30 ... continued to March 11": its page
    # was bounded by Jan. 30, and its March days read against that
    text = (
        "On Tuesday, March 18, a judge granted the petition. She has been held since Dec. 4, "
        "2024. Her lawyer filed the petition Jan. 30. A hearing was moved to March 11."
    )
    found = infer_published(text, today=dt.date(2026, 1, 1))
    assert found is not None and found[0] == "2025-03-18"
    # ... each within three months of the one before: a day further on is no such day
    text = "She has been held since Dec. 4, 2024. Her lawyer filed the petition Aug. 30."
    found = infer_published(text, today=dt.date(2026, 1, 1))
    assert found is not None and found[0] == "2024-12-04"


@pytest.mark.parametrize(
    ("text", "expected", "note"),
    [
        # "As of" a day, told in the present: the article was written within the week after
        ("ICE issued subpoenas on Jan. 17, 2020. As of Feb. 2, the city has not complied.",
         "2020-02", "between 2020-02-02 and 2020-02-08: 'As of Feb. 2' dates the article's"),
        # a week that crosses a month's end leaves only "not before"
        ("As of Jan. 28, 2020, 40 people are detained.", "2020-01-28", "not before 2020-01-28: "
         "'As of Jan. 28, 2020' dates"),
        # told in the past, it is only the latest date the text mentions
        ("ICE issued subpoenas on Jan. 17, 2020. As of Feb. 2, the city had not complied.",
         "2020-02-02", "not before 2020-02-02: latest date mentioned"),
        # an initial's full stop does not end the sentence
        ("ICE issued subpoenas on Jan. 17, 2020. As of Feb. 2, the U.S. attorney has not "
         "acted.", "2020-02", "between 2020-02-02 and 2020-02-08"),
        # a day ahead, or after today, is no present
        ("On Dec. 3, 2020 the council voted. As of Jan. 1, 2021, the wage will be $15.",
         "2021-01-01", "not before 2021-01-01: latest date mentioned"),
        ("On Dec. 3, 2025 the council voted. As of March 1, the new wage is $15.",
         "2025-12-03", "not before 2025-12-03: latest date mentioned"),
        # older than a full date the text gives: that date is the bound
        ("As of Jan. 10, the city has not complied. On Jan. 17, 2020, ICE acted.",
         "2020-01-17", "not before 2020-01-17: latest date mentioned"),
    ],
)  # fmt: skip
def test_pubdate_as_of_a_day_dates_the_articles_present(
    text: str, expected: str, note: str
) -> None:
    from graphx.ingest.pubdate import infer_published

    found = infer_published(text, today=dt.date(2026, 1, 1))
    assert found is not None and found[0] == expected and found[1].startswith(note)


@pytest.mark.parametrize(
    ("furniture", "expected"),
    [
        (["stamp: Published: March 3, 2023 at 5:12 PM EST"], "2023-03-03"),
        (["byline: By Jane Doe | Posted Mar 3, 2023"], "2023-03-03"),
        (["stamp: First published Jan. 5, 2021"], "2021-01-05"),
        (["stamp: Originally published on August 15, 2018 6:10 am"], "2018-08-15"),
        # a day written with dots (found in probe184), two figures each, as no version is
        (["stamp: Published: 09.14.2011"], "2011-09-14"),
        (["stamp: Published with version 3.5.2019 of the app"], ""),
        # found in probe151: a byline's second line, before its update
        (["stamp: on May 20, 2013 at 6:48 PM, updated May 21, 2013 at 7:15 AM"], "2013-05-20"),
        # the publication day, not the update's
        (["stamp: Published 9:00 AM Mar. 3, 2023 | Updated 5:00 PM Mar. 9, 2023"], "2023-03-03"),
        # when the page changed, no day, only a month, or a caption: nothing
        (["stamp: Updated: 10:05 AM EST Mar 9, 2023"], ""),
        (["stamp: Published 4 hours ago"], ""),
        (["stamp: Published March 2023"], ""),
        (["caption: Published in the Dayton Daily News on March 3, 2023"], ""),
        (["stamp: Monday, February 24, 2025, 11:29AM | 33°"], ""),
    ],
)
def test_pubdate_stamped_date(furniture: list[str], expected: str) -> None:
    from graphx.ingest.stamps import stamped_date

    assert stamped_date(furniture, today=TODAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year to come bounds no publication date: "is up for re-election in 2019"
        ("The mayor vetoed it on Sept. 22, 2017. She is up for re-election in 2019.",
         ("2017-09-22", "not before 2017-09-22: latest date mentioned in the text")),
        # a day to come bounds no publication date
        ("The council voted on April 8, 2024. The ordinance takes effect May 1, 2024.",
         ("2024-04-08", "not before 2024-04-08: latest date mentioned in the text")),
        ("The council voted on April 8, 2024. It meets next on April 22, 2024.",
         ("2024-04-08", "not before 2024-04-08: latest date mentioned in the text")),
        # found in probe104 (read): the end a plan had, told in the past, is still to come
        ("The grant, awarded in May 2023, was supposed to run through May 2024.",
         ("2023-05", "not before 2023-05: latest date mentioned in the text")),
        ("The lease, signed in May 2023, was to last until May 2024.",
         ("2023-05", "not before 2023-05: latest date mentioned in the text")),
        ("The contract, signed in May 2023, runs through May 2024.",
         ("2023-05", "not before 2023-05: latest date mentioned in the text")),
        # ... but a span that ran out is past
        ("The program ran through May 2023 and ended.",
         ("2023-05", "not before 2023-05: latest date mentioned in the text")),
        # found in probe285: the day a term ends, right before it, is still to come ("three
        # years, starting Oct. 1 and ending Sept. 30, 2025" made a 2022 page "not before
        # 2025-10-01")
        ("Similar bills died in 2020. The term runs three years, starting Oct. 1 and "
         "ending Sept. 30, 2023.", ("2020", "not before 2020: latest date mentioned in the text")),
        ("The deal, signed in May 2022, ends June 30, 2023.",
         ("2022-05", "not before 2022-05: latest date mentioned in the text")),
        # ... not an act that ended, nor one that ended before another (a review of its words)
        ("The program ended Sept. 30, 2021.",
         ("2021-09-30", "not before 2021-09-30: latest date mentioned in the text")),
        ("After ending his shift on March 3, 2021, he was arrested.",
         ("2021-03-03", "not before 2021-03-03: latest date mentioned in the text")),
        # ... nor the end of a period a count covers (a review)
        ("ICE deported 185,884 people in the 12 months ending Sept. 30, 2020.",
         ("2020-09-30", "not before 2020-09-30: latest date mentioned in the text")),
        # found in a probe corpus: a brief "is due" on a day to come, with no preposition
        ("The notice was issued Sept. 9, 2016. The appellant's brief is due Oct. 19, 2016.",
         ("2016-09-09", "not before 2016-09-09: latest date mentioned in the text")),
        # ... and a cause, a blame or an aim is no plan (a review)
        ("The delay was due to an outage on March 3, 2024, the clerk said.",
         ("2024-03-03", "not before 2024-03-03: latest date mentioned in the text")),
        ("Two deputies were to blame for the crash on March 3, 2024.",
         ("2024-03-03", "not before 2024-03-03: latest date mentioned in the text")),
        ("The rally, meant to protest the raids, drew 300 people on March 3, 2024.",
         ("2024-03-03", "not before 2024-03-03: latest date mentioned in the text")),
        ("The funding was slated for cuts, and on April 2, 2024, the council cut it.",
         ("2024-04-02", "not before 2024-04-02: latest date mentioned in the text")),
        # an invitation to come looks ahead: "Join our vigil ... on Thursday, May 19"
        ("The board voted on May 10, 2022. Join our vigil outside city hall on Thursday, "
         "May 19, at 6 p.m.", ("2022-05-10", "not before 2022-05-10: latest date mentioned in "
                               "the text")),
        ("The board voted on May 10, 2022. Join us at the rally on May 21. RSVP by May 18.",
         ("2022-05-10", "not before 2022-05-10: latest date mentioned in the text")),
        ("The board voted May 10, 2022.\nCome to the commissioners meeting on Monday, May 16.",
         ("2022-05-10", "not before 2022-05-10: latest date mentioned in the text")),
        # (a review) ... not one told as past
        ("The sheriff asked residents to join our deputies at a forum on March 3, 2023. It was "
         "set up on Jan. 5, 2023.", ("2023-03-03", "not before 2023-03-03: latest date "
                                     "mentioned in the text")),
        ("More than 300 people had RSVP'd for the vigil on March 3, 2023. Plans began Jan. 9, "
         "2023.", ("2023-03-03", "not before 2023-03-03: latest date mentioned in the text")),
        # (a review) a date after the text has begun is no date line
        ("A Month After the Raid\n\nBy Ann Lee\n\nFamilies are still waiting for news of the "
         "40 workers, and the company has said nothing since then.\n\nFeb. 3, 2023\n\n"
         "Agents arrested 40 workers on Feb. 3, 2023.",
         ("2023-02-03", "not before 2023-02-03: latest date mentioned in the text")),
        # a date line under the site's links, past a blank line
        ("Sheriff Signs Deal\nValley Voices\nNews for the valley\nAbout | Blog | Donate\n\n"
         "February 24, 2023\n\nLast Thursday, the sheriff signed it.",
         ("2023-02-24", "from the date line under the headline (2023-02-24)")),
        # ... the site's links no line of the head's five (found in probe155: an advocacy
        # group's name, its motto, its links, its section, then the day)
        ("We Sue the County\nValley Rights Project\nDefending rights since 1998\nAbout | "
         "Our Work | Donate\nNewsroom\nJune 15, 2010\nToday we filed suit.",
         ("2010-06-15", "from the date line under the headline (2010-06-15)")),
        ("We Sue the County\nValley Rights Project\nDefending rights since 1998\nAbout "
         "Us\nNewsroom\nJune 15, 2010\nToday we filed suit.",
         ("2010-06-15", "not before 2010-06-15: latest date mentioned in the text")),
        ("The board met on March 3, 2024 and will take it up at its next meeting on "
         "March 26.", ("2024-03-03", "not before 2024-03-03: latest date mentioned in the text")),
        # "6 p.m." ends no sentence: the "will" before it still looks ahead
        ("The board met on March 3, 2024. It will hold a hearing at 6 p.m. March 26 at the "
         "library.", ("2024-03-03", "not before 2024-03-03: latest date mentioned in the text")),
        # found in probe129 (read): "St." ends no sentence, so the "next" before it still
        # looks ahead
        ("The board met on March 3, 2024. Our next session is at St. Mark's Hall in Marlow, "
         "Thursday, March 26, 2024, at 7 p.m.",
         ("2024-03-03", "not before 2024-03-03: latest date mentioned in the text")),
        # ... nor a street's "St." before a sentence's opening word (a review)
        ("The forum will be held at 200 Main St. On April 9, 2024, organizers said it was full.",
         ("2024-04-09", "not before 2024-04-09: latest date mentioned in the text")),
        # ... but one that ends in a name's "Jr." ends there (a review)
        ("The board will vote next month, said Tom Pruitt Jr. On March 3, 2024, the board met.",
         ("2024-03-03", "not before 2024-03-03: latest date mentioned in the text")),
        # ... but a sentence that ends in a short name, or at "6 p.m.", ends there
        ("The county will build a jail, said Commissioner Tom Lee. On March 3, 2019, agents "
         "arrested 12 people.",
         ("2019-03-03", "not before 2019-03-03: latest date mentioned in the text")),
        ("The board will meet at 6 p.m. On March 3, 2019, agents arrested 12 people.",
         ("2019-03-03", "not before 2019-03-03: latest date mentioned in the text")),
        # a date line in the page's head, borne out by the text
        ("Council Approves Ordinance\nBy Jo Reyes\nApril 9, 2024 5:02 a.m.\nThe council, "
         "which first met on March 20, 2024, voted Monday.",
         ("2024-04-09", "from the date line under the headline (2024-04-09)")),
        ("Council Approves Ordinance\nTUESDAY, 9 APRIL 2024\nThe council met in 2024.",
         ("2024-04-09", "from the date line under the headline (2024-04-09)")),
        # found in probe110 (read): a printed issue's day among its other items, on a line
        # too long for a head's, is its date line, borne out by no day of the text
        ("Six Weeks Later\nTHE MARLOW LEDGER\nServing Marlow County since 1977 | Vol. 42, No. "
         "21 | Wednesday, May 22, 2024 | 75 cents\n\nSix weeks after the raid on April 9, "
         "trucks are fewer.",
         ("2024-05-22", "from the date line under the headline (2024-05-22)")),
        # found in probe160: a student weekly's week among its issue's items, between dashes
        ("Home at Last\nThe Marlow Dispatch\nSummer Issue 4 \u2014 Volume 129 \u2014 Week of "
         "Aug. 16, 2010\n\nShe was released on Aug. 13, 2010 after two weeks.",
         ("2010-08-16", "from the date line under the headline (2010-08-16)")),
        # found in probe183: a weekly's issue told as the week it covers, its first day
        ("Council Votes\nTHE MARLOW WEEKLY\nVol. 31, Issue 9 | May 4 - 10, 2019 | Free\n\nThe "
         "council voted last Tuesday night.",
         ("2019-05-04", "from the date line under the headline (2019-05-04)")),
        # ... in the year before the one told at the week's end
        ("Council Votes\nTHE MARLOW WEEKLY\nVol. 12, Issue 13 | Dec. 29 - Jan. 4, 2018 | "
         "Free\n\nThe council voted on Dec. 27.",
         ("2017-12-29", "from the date line under the headline (2017-12-29)")),
        # ... not an event's run with its price, without an issue's number (a review)
        ("Egg Hunt\nSpring Egg Hunt | May 4 - 10, 2019 | $5.00 | City Hall\n\nKids hunt eggs "
         "on Monday, May 6, 2019.",
         ("2019-05-06", "not before 2019-05-06: latest date mentioned in the text")),
        # ... but not one older than a day the text tells
        ("Six Weeks Later\nTHE MARLOW LEDGER\nVol. 42, No. 21 | Wednesday, May 22, 2024 | 75 "
         "cents\n\nThe board voted on May 28, 2024.",
         ("2024-05-28", "not before 2024-05-28: latest date mentioned in the text")),
        # found in probe109 (read): a release's dateline with its day dates it, unless the
        # text tells a later day
        ("Agents Arrest 47\n\nMARLOW, Iowa, Oct. 16, 2023 — Agents arrested 47 people at a "
         "plant that opened in 2019.",
         ("2023-10-16", "from the dateline (2023-10-16)")),
        ("Agents Arrest 47\n\nMARLOW, Iowa, Oct. 16, 2023 — Agents arrested 47 people. On "
         "Oct. 20, 2023, most were freed.",
         ("2023-10-20", "not before 2023-10-20: latest date mentioned in the text")),
        # (a review) ... nor a later month; nor a dateline deep in the text, a correction's,
        # or a timeline's
        ("Agents Arrest 47\n\nMARLOW, Iowa, Oct. 16, 2023 — Agents arrested 47 people. In "
         "March 2024, advocates said more came.",
         ("2024-03", "not before 2024-03: latest date mentioned in the text")),
        ("Raids Go On\nBy Ann Lee\n\nOne.\nTwo.\nThree.\nFour.\nThe release read:\nMARLOW, "
         "Iowa, Oct. 16, 2023 — ICE arrested 32 people.",
         ("2023-10-16", "not before 2023-10-16: latest date mentioned in the text")),
        ("Raids Go On\n\nCORRECTION, Oct. 20, 2023 — An earlier version misspelled a name.\n"
         "Agents arrested 32 people on Tuesday.",
         ("2023-10-20", "not before 2023-10-20: latest date mentioned in the text")),
        ("Raids Go On\n\nTimeline:\nMARLOW, Jan. 5, 2024 — A hearing.\nMARLOW, Nov. 8, 2023 — "
         "A raid.\nOn Monday, the judge ruled.",
         ("2024-01-05", "not before 2024-01-05: latest date mentioned in the text")),
        # found in probe110 (read): a weekly's issue, its towns after it, is its date line
        ("Group Sues Sheriff\nMARLOW WEEKLY NEWS\nWeek of March 21, 2024 • Marlow • Ashby • "
         "Dell • Fenton • Gale\n\nThe group sued the sheriff on March 19, 2024.",
         ("2024-03-21", "from the date line under the headline (2024-03-21)")),
        # a masthead's day, years after what the text tells, is the day the page was
        # saved: no date, and no lower bound either
        ("Council Approves Ordinance\nMonday, February 26, 2024\nThe council met on "
         "March 20, 2020.",
         ("2020-03-20", "not before 2020-03-20: latest date mentioned in the text")),
        ("Council Approves Ordinance\nThe Valley Courier\nThursday, October 17, 2024\n"
         "By Jo Reyes\nThe sheriff signed the agreement Tuesday.", None),
        # a masthead with the site's links after the day: the day the page was saved
        ("Court Rules\nThe Valley Courier\nSaturday, March 2, 2024 Subscribe | e-Edition\n"
         "The court ruled on July 9, 2019.",
         ("2019-07-09", "not before 2019-07-09: latest date mentioned in the text")),
        ("Court Rules\nLa Voz\nFriday, January 17, 2025 | ESPAÑOL | ENGLISH\nIt ruled in 2018.",
         ("2018", "not before 2018: latest date mentioned in the text")),
        # ... also after the site's name (found in probe204); not after a byline
        ("Court Rules\nThe Valley Courier | Wednesday, January 17, 2024 | Subscribe | Log In"
         "\nIt ruled in 2018.", ("2018", "not before 2018: latest date mentioned in the text")),
        ("Court Rules\nJo Reyes, Digital Reporter | Wednesday, January 17, 2024 | 3 min read"
         "\nIt ruled on Jan. 16, 2024.",
         ("2024-01-17", "not before 2024-01-17: latest date mentioned in the text")),
        ("Court Rules\nBy Jo Reyes | Wednesday, January 17, 2024 | Subscribe\nIt ruled on "
         "Jan. 16, 2024.",
         ("2024-01-17", "not before 2024-01-17: latest date mentioned in the text")),
        # ... or after the site's name with no separator but a gap the reader closed (found
        # in probe229: the day the page was saved, years on, had been its lower bound)
        ("Agents Detain 37\nSage Valley Courier          Sunday, March 8, 2026\nBy Ann Lee, "
         "Associated Press\nAgents on Thursday arrested 37 workers. Raids have been rare "
         "since 2021.", ("2021", "not before 2021: latest date mentioned in the text")),
        # ... or after a separator with nothing after the day (found in probe257)
        ("Families Wait\nLa Voz del Llano | Tuesday, March 5, 2024\nBy Ann Lee\nAgents on "
         "Tuesday, Oct. 24, arrested 52 workers. The plant opened in 2019.",
         ("2019", "not before 2019: latest date mentioned in the text")),
        # ... which a text's days told without a year bear out as they do a date line's
        ("Vote Splits Valley\nThe Valley Courier      Monday, March 19, 2018\nOn March 15, "
         "the commission approved it.",
         ("2018-03-19", "from the date line under the headline (2018-03-19)")),
        # ... not the headline's words, nor an event's notice (a review)
        ("Agents Raid Draper Stone Plant Sunday, March 5, 2023\nOn Friday, about 200 "
         "people gathered.", ("2023-03-05", "not before 2023-03-05: latest date mentioned in "
                              "the text")),
        ("Vigil Planned\nCandlelight Vigil Monday, March 27, 2023 at 7 p.m.\nOn Monday, a "
         "judge denied bond.", ("2023-03-27", "not before 2023-03-27: latest date mentioned in "
                                "the text")),
        # ... not an update's stamp
        ("Vote Splits Valley\nUpdated Monday, March 19, 2018\nOn March 15, the commission "
         "approved it.", ("2018", "not before 2018: latest date mentioned in the text")),
        # a printed edition's masthead is the day (found in a fresh corpus)
        ("Empty Chairs\nThe Valley Voice\nTUESDAY, MARCH 18, 2025 \u00b7 VOL. 44, NO. 11 \u00b7 "
         "BEAVER COUNTY\nOn March 11, agents raided the plant.",
         ("2025-03-18", "from the date line under the headline (2025-03-18)")),
        # ... not a site's masthead with a price among its links (a review)
        ("Court Rules\nThe Valley Courier\nSaturday, March 23, 2024 | Subscribe: 99 cents for 6 "
         "months | e-Edition\nThe court ruled on March 1, 2024.",
         ("2024-03-01", "not before 2024-03-01: latest date mentioned in the text")),
        # a weekday date line borne out by days told without a year in the weeks before it
        ("Vote Splits Valley\nThe Valley Courier\nMonday, March 19, 2018\nOn March 15, the "
         "commission approved it.",
         ("2018-03-19", "from the date line under the headline (2018-03-19)")),
        # ... not by one months before it, one set ahead, or a verb and a number (a review)
        ("Vote Splits Valley\nThe Valley Courier\nMonday, March 19, 2018\nOn October 15, the "
         "commission approved it.", None),
        ("Vote Splits Valley\nThe Valley Courier\nMonday, March 19, 2018\nA hearing is "
         "scheduled for March 15, his lawyer said.", None),
        ("Jail Rules\nThe Valley Courier\nWednesday, June 4, 2025\nOfficers may 5 times a "
         "year ask for help.", None),
        # a date line with its time of day after two spaces is no masthead
        ("Council Passes Budget\nMonday, March 4, 2024  5:02 p.m.\nThe council voted on "
         "March 4, 2024.", ("2024-03-04", "from the date line under the headline (2024-03-04)")),
        # a weekday on a date line with nothing to bear it out: a masthead's shape
        ("Council Approves Ordinance\nMonday, February 26, 2024\nThe council met in 2019.",
         ("2019", "not before 2019: latest date mentioned in the text")),
        # ... but beside its author's address, the byline's day (found in probe162)
        ("Council Approves Ordinance\nJANE DOE\nMonday, February 26, 2024\njdoe@paper.com | "
         "Columns\nThe council met in 2019.",
         ("2024-02-26", "from the date line under the headline (2024-02-26)")),
        # ... or under its writer's byline, an ordinal day without a comma too (found in
        # probe190, opened)
        ("Sheriff Faces Crowd\nKXYZ News 4\nHome | Local | Weather\nby Ana Ruiz-Lee\n"
         "Friday, March 1st 2019\nHundreds filled a forum last night.",
         ("2019-03-01", "from the date line under the headline (2019-03-01)")),
        # ... not over the paper's own desk, nor under a headline that opens with "By" (a
        # review)
        ("Council Approves Ordinance\nDaily Courier\nMonday, February 26, 2024\n"
         "news@dailycourier.com | 620-555-0100\nThe council met in 2019.",
         ("2019", "not before 2019: latest date mentioned in the text")),
        ("By the numbers: the jail\nMonday, February 26, 2024\nThe council met in 2019.",
         ("2019", "not before 2019: latest date mentioned in the text")),
        ("Court Fund Opens\nBy The Numbers Behind Our County Court\nMonday, February 26, "
         "2024\nThe council met in 2019.",
         ("2019", "not before 2019: latest date mentioned in the text")),
        # a press release's date line in ISO form
        ("County Sues State\nFOR IMMEDIATE RELEASE\n2024-05-02\nThe board, which met on "
         "April 28, 2024, filed suit today.",
         ("2024-05-02", "from the date line under the headline (2024-05-02)")),
        # ... its label and its day in numbers, wide apart (found in probe153, which the
        # release's "since 1907" on its footer then dated "not before 1907")
        ("County Sues State\nCounty Sheriff's Office\nNEWS RELEASE          05/02/2024\n"
         "The board, which met on April 28, 2024, filed suit today.",
         ("2024-05-02", "from the date line under the headline (2024-05-02)")),
        ("County Sues State\n5/2/2024\nThe board filed suit today.",
         ("2024-05-02", "from the date line under the headline (2024-05-02)")),
        # ... its day labelled, under its labels and the office's motto (found in probe155)
        ("County Thanks Congressman\nCounty Sheriff's Office\nEagle Pass, Texas\n\"Serving "
         "with Integrity\"\nHome | Jail | News Releases\nNEWS RELEASE\nFOR IMMEDIATE RELEASE\n"
         "Date: 08/22/2014\nThe sheriff on Friday thanked him.",
         ("2014-08-22", "from the date line under the headline (2014-08-22)")),
        ("County Sues State\nRelease Date: May 2, 2024\nThe board filed suit today.",
         ("2024-05-02", "from the date line under the headline (2024-05-02)")),
        # ... with its weekday, the release's own day; a bare "Date:" only under a
        # release's label, not an event notice's (a review)
        ("Deputies Arrest Five\nMedia Release\nDate: Tuesday, June 10, 2014\nDeputies "
         "arrested five men on Monday.",
         ("2014-06-10", "from the date line under the headline (2014-06-10)")),
        ("Immigration forum set\nDate: June 19, 2014\nTime: 6:30 p.m.\nThe group will host "
         "a forum.", ("2014-06-19", "not before 2014-06-19: latest date mentioned in the text")),
        # a blog's head: the day, its author, its category (found in probe154, whose URL
        # gave only the month and left "Saturday's vigil" undated)
        ("Vigil Draws 400\nValley Justice Alliance\nNovember 19, 2019 / Staff / News\nOn "
         "Saturday, 400 of us walked to the gates.",
         ("2019-11-19", "from the date line under the headline (2019-11-19)")),
        # ... with one item, or a reading time (a review)
        ("Vigil Draws 400\nNovember 19, 2019 / News\nOn Saturday, 400 of us walked to the gates.",
         ("2019-11-19", "from the date line under the headline (2019-11-19)")),
        ("Vigil Draws 400\nNovember 19, 2019 / Ana Ruiz / 4 min read\nOn Saturday, 400 of us "
         "walked to the gates.",
         ("2019-11-19", "from the date line under the headline (2019-11-19)")),
        # ... not an event's day, hour and hall (a review)
        ("Immigration Forum\nMarch 21, 2024 / 6 p.m. / Central Library\nThe forum is free.",
         ("2024-03-21", "not before 2024-03-21: latest date mentioned in the text")),
        # ... not the site's links after a day
        ("Vigil Draws 400\nNovember 19, 2019 / Subscribe / e-Edition\nOn Saturday, 400 of "
         "us walked to the gates.",
         ("2019-11-19", "not before 2019-11-19: latest date mentioned in the text")),
        # a day that does not exist is no date line, and the article is still read
        ("Council Approves Ordinance\nFebruary 30, 2024\nThe council met in 2024.",
         ("2024", "not before 2024: latest date mentioned in the text")),
        # words that look ahead elsewhere but not here: "due to", "next to", "starting on"
        ("The flight was canceled due to weather on March 3, 2020.",
         ("2020-03-03", "not before 2020-03-03: latest date mentioned in the text")),
        ("Starting on March 3, 2020, agents arrested 40 people next to the school.",
         ("2020-03-03", "not before 2020-03-03: latest date mentioned in the text")),
        # a plain date line under the headline of a text that dates nothing finer than
        # a year: the publication date, unless the text names a later year
        ("Council Approves Ordinance\nApril 9, 2024\nThe council voted Monday.",
         ("2024-04-09", "from the date line under the headline (2024-04-09)")),
        ("Council Approves Ordinance\nRiver Public Radio\nApril 9, 2024\nBy Jo Reyes\n"
         "A 2019 court order still stands, the council said Monday.",
         ("2024-04-09", "from the date line under the headline (2024-04-09)")),
        # ... nor any day before it: a plain date line has no masthead's shape
        ("Jail Sued\nThe Valley Courier\nJun 15, 2022\nBy Jo Reyes\nThe suit was filed "
         "Tuesday. In March 2019 the county signed the jail deal.",
         ("2022-06-15", "from the date line under the headline (2022-06-15)")),
        # ... but a text with a day of its own bears out no date line months after it (an
        # "Updated" day whose label went to the furniture; a review)
        ("Pact Ends\nMarch 3, 2025\nSheriff Tom Ruiz ended it on Jan. 9, 2019, he said.",
         ("2019-01-09", "not before 2019-01-09: latest date mentioned in the text")),
        ("Jail Sued\nJune 15, 2022\nThe suit was filed on July 1, 2022.",
         ("2022-07-01", "not before 2022-07-01: latest date mentioned in the text")),
        ("Council Approves Ordinance\nApril 9, 2019\nThe council met in 2024.",
         ("2024", "not before 2024: latest date mentioned in the text")),
        # found in probe111: a day written in two languages, either side of a slash
        ("Raids Leave Families Searching\nLa Voz del Norte\nMiércoles 15 de marzo de 2023 / "
         "Wednesday, March 15, 2023\nOn March 11, agents stopped a truck.",
         ("2023-03-15", "from the date line under the headline (2023-03-15)")),
        # ... not halves that tell two days
        ("Raids Leave Families Searching\nLa Voz del Norte\nMartes 14 de marzo de 2023 / "
         "Wednesday, March 15, 2023\nOn March 11, agents stopped a truck.",
         ("2023-03-15", "not before 2023-03-15: latest date mentioned in the text")),
        # found in probe193: a headline longer than most is the head's still, and a day the
        # text sets ahead ("Come to the hearing ..., Oct. 2") bears out no day the page was
        # saved on; one told as past does
        ("Two fronts in two weeks: a raid in Marlow, a detention deal in Ruthven County and "
         "a vigil\nWednesday, October 4, 2023\nValley Rights Project\n\nOn Aug. 28, agents "
         "raided a plant in Marlow.\nCome to the planning commission hearing on the rezoning, "
         "Oct. 2 in Baxter.", None),
        ("Two fronts in two weeks: a raid in Marlow, a detention deal in Ruthven County and "
         "a vigil\nWednesday, October 4, 2023\nValley Rights Project\n\nOn Aug. 28, agents "
         "raided a plant in Marlow.\nThe planning commission held its hearing on the rezoning "
         "Oct. 2 in Baxter.",
         ("2023-10-04", "from the date line under the headline (2023-10-04)")),
        # ... a long headline under the site's links is the head's too, and a day the text
        # sets ahead a little after the line's bears it out (a review)
        ("Home | News | Sports | Opinion\nTwo fronts in two weeks: a raid in Marlow, a "
         "detention deal in Ruthven County and a vigil\nWednesday, October 4, 2023\nOn Aug. "
         "28, agents raided a plant in Marlow.\nThe hearing was held Oct. 2 in Baxter.",
         ("2023-10-04", "from the date line under the headline (2023-10-04)")),
        ("Families plan to rally outside the Marlow detention center this weekend\nThursday, "
         "May 16, 2024\nCome out to Marlow on May 18 and stand with the families.",
         ("2024-05-16", "from the date line under the headline (2024-05-16)")),
        # ... but a first line that ends as a sentence is the text's: no head follows it
        ("Families in Marlow are still waiting for news of the forty workers, and the company "
         "has said nothing.\nWednesday, October 4, 2023\nThe hearing was held Oct. 2.",
         ("2023-10-04", "not before 2023-10-04: latest date mentioned in the text")),
    ],
)  # fmt: skip
def test_pubdate_days_ahead_and_the_pages_date_line(
    text: str, expected: tuple[str, str] | None
) -> None:
    assert infer_published(text, today=TODAY) == expected


def test_pubdate_a_press_releases_day_after_its_label() -> None:
    # found in a probe: a group's statement gave its day only as "FOR IMMEDIATE RELEASE —
    # April 16, 2021", which was taken for a reader comment's stamp and left the page undated
    text = (
        "STATEMENT: Coalition Celebrates Release\nSOUTHERN COALITION FOR FAMILIES\n\n"
        "FOR IMMEDIATE RELEASE \u2014 April 16, 2021\nMedia contact: Ann Lee\n\n"
        "Tonight, after 274 days in ICE detention, Jorge Ruiz is home."
    )
    cleaned = clean(text)
    assert not any("April 16" in piece for piece in cleaned.removed)
    value, note = infer_published(cleaned.text, today=TODAY)
    assert (value, note) == ("2021-04-16", "from the date line under the headline (2021-04-16)")


@pytest.mark.parametrize(
    ("text", "expected", "in_print"),
    [
        # found in probe115: a weekly's follow-up, told of the Tuesday night before
        (
            "A different answer\nThe Valley Herald\n\nThis story appears in the April 3, "
            "2025 print edition.\n\nMeeting Tuesday night, the board split 3-3. It had "
            "voted on March 11, 2025.",
            "2025-04-03",
            True,
        ),
        (
            "The board met on March 3, 2025.\nA version of this article appears in print on "
            "March 6, 2025, Section A, Page 18 of the New York edition.",
            "2025-03-06",
            True,
        ),
        # a text that tells a later day ran in no earlier paper
        (
            "This article appeared in the Sunday, March 16, 2025 print edition.\nThe vote "
            "is on March 20, 2025.",
            "2025-03-20",
            False,
        ),
        # a review: a day with a dot in the sentence; another story's print edition
        (
            "The board met on Jan. 3, 2024.\nThis story appeared in the Jan. 4, 2024 print "
            "edition. Ana Ruiz died Jan. 2, 2024.",
            "2024-01-04",
            True,
        ),
        (
            "The county ended it on Tuesday.\nRelated: Our story on the 2019 raid appeared "
            "in the March 13, 2019 print edition.",
            "2019-03-13",
            False,
        ),
        # the print edition of something else
        (
            "The Ledger ended its print edition in 2019. On May 2, 2024, it closed.",
            "2024-05-02",
            False,
        ),
    ],
)
def test_pubdate_the_print_edition_the_text_ran_in(
    text: str, expected: str, in_print: bool
) -> None:
    guess = infer_published(text)
    assert guess is not None and guess[0] == expected
    # the day of the paper, not a lower bound from the latest day the text names
    assert ("print edition" in guess[1]) is in_print


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # found in a probe: a page's change stamp and the workshop its list announces were
        # taken for the latest days told, so "not before" the workshop; they bound it by
        # their year only
        (
            "Statement on the raid\nUpdated: June 2, 2023\nAgents raided the plant on Tuesday."
            " It was audited in March 2019.\nWHAT YOU CAN DO\n- Vigil: Saturday, June 10, 2023,"
            " 7 p.m., St. Mark's hall\nEditor's note: This was updated on June 2, 2023.",
            ("2023", "not before 2023: latest date mentioned in the text"),
        ),
        # a review: prose of something else changed, and a timeline's items with no hour
        (
            "The rule was changed on March 3, 2024, when the board voted.",
            ("2024-03-03", "not before 2024-03-03: latest date mentioned in the text"),
        ),
        (
            "Timeline\n- Arrested: March 3, 2024\n- Hearing: April 2, 2024",
            ("2024-04-02", "not before 2024-04-02: latest date mentioned in the text"),
        ),
        # a timeline's item names its day before the colon: what happened then
        (
            "Key dates\n- March 3, 2019: agents raided the plant\n- June 4, 2019: a vigil",
            ("2019-06-04", "not before 2019-06-04: latest date mentioned in the text"),
        ),
    ],
)
def test_pubdate_a_change_stamp_or_a_listed_day_bounds_nothing(
    text: str, expected: tuple[str, str]
) -> None:
    assert infer_published(text, today=dt.date(2026, 1, 1)) == expected
