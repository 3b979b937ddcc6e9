"""Tests of graphx.ingest.furniture: data-driven page-furniture removal."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from graphx.errors import SettingsError
from graphx.ingest.furniture import clean, load_patterns, looks_like_headline
from graphx.lexicon import shipped

BODY = "The council voted on Tuesday to end the contract, officials said."
MORE = "The sheriff said deputies would comply with the new rules next month."


@pytest.mark.parametrize(
    ("furniture", "kinds"),
    [
        ("Share", ["share"]),
        ("Share\nTweet\nEmail", ["share", "share", "share"]),
        ("Facebook | Twitter | Email", ["share"]),
        ("Commentary", ["section label"]),
        ("Trending:\nKJP Panics, Hangs Up in Middle of Interview", ["teaser", "teaser"]),
        ("Related:\nTrump Takes Off the Gloves: Says RFK Jr. Will Be Indicted", ["teaser"] * 2),
        ("Related Posts", ["teaser"]),
        ("Read more: Another Story About Something", ["teaser"]),
        # found in probe163: a weekly's pointer to other stories, its weather and its price
        (
            "ALSO IN THIS ISSUE:\nCounty commissioners approve 2018 budget (Aug. 10, 2017)",
            ["teaser", "teaser"],
        ),
        ("Weather: Sunny, high 96, low 68.", ["stamp"]),
        ("Subscribe for $32 a year. Call (432) 283-0100.", ["subscribe"]),
        # found in a probe: an outlet's label and a dated headline on one line
        ("ALSO ON THE DISPATCH: Hundreds rally outside the Kent County jail (Feb. 8)", ["teaser"]),
        ("More from WKRN: Sheriff ends jail agreement", ["teaser"]),
        ("Tags:\n, , , , ,", ["tags", "list remnant"]),
        ("Tags: immigration, ICE, sanctuary cities", ["tags"]),
        # found in a fresh corpus: the tags after a one-word byline on one line
        ("Posted by Staff | Filed under: Government, Dayton County", ["tags"]),
        # ... with middle dots (found in probe263: a lawsuit "filed")
        ("Posted by ana_r \u00b7 Filed under: Faith, Immigration \u00b7 7 comments", ["tags"]),
        # ... not a sentence before them (a review)
        ("The council will vote on the plan again on April 2 | Tags: Council, Budget", []),
        ("Weather: the storm closed the jail's visiting room, a low point for families.", []),
        ("About Author\n\navatar", ["author bio", "author bio"]),
        ("Comments are closed.", ["comments"]),
        ("Conversation", ["comments"]),
        ("Leave a Reply", ["comments"]),
        # a blog's sidebar and a podcast's credits (found in probe165)
        (
            "Recent Comments: Marisa K. on Ocala ruling -- August 29, 2013 | J. Oduya on FAQ",
            ["comments"],
        ),
        (
            "Hosted by Marcus Bell and Jenny Ha. Recorded Feb. 12, 2020. Produced by Ines Kowal. "
            "Music by Low Tide Collective.",
            ["credit"],
        ),
        ("Truth and Accuracy\n\nSubmit a Correction \u2192", ["correction box"] * 2),
        ("We are committed to truth and accuracy in all of our journalism.", ["correction box"]),
        (
            "Do you want to join our private family of supporters? Click to check it out.",
            ["subscribe"],
        ),
        ("Want to make sure you never miss a story from Some Outlet? Click.", ["subscribe"]),
        ("Subscribe to our newsletter for daily updates", ["subscribe"]),
        ("Facebook Follow First", ["follow"]),
        ("Follow us on Twitter @example", ["follow"]),
        # found in probe corpora: share buttons after a label, an outlet's own accounts and
        # a reporter's contact line, whose networks had become organizations
        ("Share: Facebook | X | Email | Print", ["share"]),
        ("Comparte / Share: WhatsApp | Facebook | X", ["share"]),
        ("Share this column: Facebook | X | Email", ["share"]),
        ("Follow El Diario del Valle on Facebook and Instagram.", ["follow"]),
        ("Síguenos en Facebook y Instagram", ["follow"]),
        (
            "Contact Dana Whitfield at dwhitfield@example.com or 555-0188. Follow her on X.",
            ["author bio"],
        ),
        ('Do you support making some local officers "deputies" of ICE?', ["poll"]),
        ("Do you support the new law? Vote now!", []),
        # the paper's day, after the page's (found in probe84, working)
        (
            "Vol. 12, No. 4 | This story appears in the print edition of Wednesday, May 8, 2019",
            ["stamp"],
        ),
        (
            "A version of this article appears in print on May 8, 2019, Section A, Page 1.",
            ["stamp"],
        ),
        # a masthead's motto, whose towns became a person (found in probe84, working)
        ("Serving Lima, Wapakoneta and Delphos since 1894", ["navigation"]),
        # ... with a town's abbreviation in it (found in a probe corpus)
        ("Serving St. Marys, Ft. Loramie and the Miami Valley since 1891", ["navigation"]),
        # ... after the office's name and a dash, whose year was the only one of a release
        # and made it "not before 1907" (found in probe153)
        ("Lake County Sheriff's Office \u2014 Serving with Pride Since 1911", ["navigation"]),
        # ... and after the site's links with a dash among them (a review)
        ("Home \u2014 News | Serving Toombs County since 1907", ["navigation"]),
        ("Home \u2022 Serving Toombs County since 1907", ["navigation"]),
        ("The Valley Courier \u2014 Serving the Valley since 1985", ["navigation"]),
        # ... on a line of its own, any verb of it (found in probe155: an advocacy group's
        # motto, whose year became a happening)
        ("Defending rights in the Ozarks since 1998", ["navigation"]),
        ("Covering the High Plains for 90 years", ["navigation"]),
        # a social page's founding day above a saved post (found in probe284: it became a
        # policy "created" that day)
        ("Page created - March 12, 2013", ["stamp"]),
        ("Joined March 2013", ["stamp"]),
        ("Member since 2011", ["stamp"]),
        ("The task force was created on March 12, 2013.", []),
        # ... not a fact box's line (a review)
        ("Created: March 2008", []),
    ],
)
def test_furniture_removes_blurbs_between_body_paragraphs(furniture: str, kinds: list[str]) -> None:
    result = clean(f"{BODY}\n\n{furniture}\n\n{MORE}")
    assert [piece.split(": ", 1)[0] for piece in result.removed] == kinds
    assert BODY in result.text and MORE in result.text
    if kinds:
        assert result.text == f"{BODY}\n\n{MORE}"


def test_furniture_a_contact_line_in_the_story_stays() -> None:
    # a reporter's contact line is furniture after the article only (a review): in the
    # story, it names who to call
    contact = "Contact Detective Sam Ruiz at sruiz@example.gov with any information."
    text = f"{BODY}\n\n{contact}\n\n{MORE}\n\n{MORE} Again.\n\n{MORE} Still.\n\n{BODY} Yes."
    assert contact in clean(text).text
    follow = "Follow-up rallies were organized on Facebook and Instagram."
    assert follow in clean(f"{BODY}\n\n{follow}\n\n{MORE}").text


@pytest.mark.parametrize(
    "paragraph",
    [
        "Trending upward, arrests rose by a third in the last fiscal year.",
        "Share prices fell after the announcement, analysts said.",
        "ICE Issues Warning To Sanctuary Cities",
        "Conversation with the mayor lasted an hour, aides said.",
        "Comments are closed to the public, the judge ruled on Monday.",
        "The Washington Times reported:",
        "Views expressed by residents at the hearing were mixed, the mayor said on Tuesday.",
        "The opinions expressed in the letter do not reflect the views of ICE, it said Tuesday.",
        "This story appears to have started with a rumor in print, the sheriff said Tuesday.",
        "Serving in the Army since 2019, he was deported Tuesday, his lawyer said.",
        "Serving St. Marys since 2019, Dr. Ruiz was detained Tuesday, his lawyer said.",
        "Also on the agenda: a vote on the county's contract with ICE, set for March 3.",
        "More on that: the sheriff said deputies would not ask about immigration status.",
        # a person's line after a dash, and a subhead naming a town (a review)
        "Sheriff John Reed \u2014 Serving Marion County since 2012",
        "Jim Smith \u2014 Published 12 books since 1990",
        "Latest in St. Paul",
        "Living in Tulsa since 2009",
        "Hosted by the county party, the forum drew 200 people. Music was played after.",
        "Recent comments by the mayor drew criticism from the sheriff on Tuesday.",
        "During the raids since 2019",
        "Fighting deportation since 2019, she won her case Tuesday.",
        # a subhead of the story's own years (a review)
        "Holding inmates for ICE since 2009",
        "Housing ICE detainees in Butler County since 2008",
        "Nothing has changed since 1998",
        # a sentence that tells of a share, a network or a contact (a review of the above)
        "Share: the county's part of the grant fell by a third, the clerk said.",
        "Follow the money, the mayor said on Facebook.",
        "Contact the county clerk at clerk@example.gov to register before Friday.",
    ],
)
def test_furniture_keeps_lookalike_body_lines(paragraph: str) -> None:
    text = f"{BODY}\n\n{paragraph}\n\n{MORE}"
    assert clean(text).text == text


def test_furniture_teaser_never_takes_a_body_paragraph() -> None:
    text = f"{BODY}\n\nRelated:\n{MORE}"
    result = clean(text)
    assert result.removed == ["teaser: Related:"]
    assert MORE in result.text


def test_furniture_follow_limit_takes_only_headlines() -> None:
    text = f"{BODY}\n\nTrending:\nOne Headline Here\nSecond Headline Here\n\n{MORE}"
    result = clean(text)
    assert "Second Headline Here" in result.text
    assert "teaser: One Headline Here" in result.removed


def test_furniture_a_list_from_an_outlet_takes_its_headlines() -> None:
    # "MORE FROM THE COURIER" announces a list: up to five headlines go with it
    teasers = (
        "MORE FROM THE VALLEY POST\nJudge Blocks Jail Contract\nSheriff Signs Deal\nCouncil Votes"
    )
    result = clean(f"{BODY}\n\n{teasers}\n\n{MORE}")
    assert result.text == f"{BODY}\n\n{MORE}"
    listed = clean(f"{BODY}\n\nMore from News 4:\n- Judge blocks jail contract\n\n{MORE}")
    assert listed.text == f"{BODY}\n\n{MORE}"
    # found in a fresh corpus: "Related stories from" an outlet, a dated headline under it
    related = (
        "Related stories from The Valley Post\nWhat the new law means for sheriffs -- Nov. 8, 2018"
    )
    assert clean(f"{BODY}\n\n{related}\n\n{MORE}").text == f"{BODY}\n\n{MORE}"
    # found in probe149: what is trending on the station's site
    trending = "TRENDING ON WDNV\n \u25b8 Police: Man shot at a gas station\n \u25b8 Rain delay"
    assert clean(f"{BODY}\n\n{trending}\n\n{MORE}").text == f"{BODY}\n\n{MORE}"
    # an agency's list of its other releases, each with its day (found in probe157)
    releases = (
        "RELATED NEWS RELEASES\nAG Lee Announces $2 Million Settlement With Auto Lender \u2013 "
        "Oct. 8, 2019\nAG Joins Brief Supporting DACA Recipients \u2013 Sept. 27, 2019"
    )
    assert clean(f"{BODY}\n\n{releases}\n\n{MORE}").text == f"{BODY}\n\n{MORE}"
    popular = "Most read on KSN.com:\nJudge Blocks Jail Contract"
    assert clean(f"{BODY}\n\n{popular}\n\n{MORE}").text == f"{BODY}\n\n{MORE}"
    # an outlet whose name has an abbreviation in it (a leftover of a probe)
    popular = "Most read on Ft. Wayne Herald:\nJudge Blocks Jail Contract"
    assert clean(f"{BODY}\n\n{popular}\n\n{MORE}").text == f"{BODY}\n\n{MORE}"
    # found in probe269: related stories on the outlet's site, each with its day
    related = "Related on Valley Docket:\nNinth Circuit hears detainer appeal (Nov. 30, 2021)"
    assert clean(f"{BODY}\n\n{related}\n\n{MORE}").text == f"{BODY}\n\n{MORE}"
    # ... not a sentence of the body that begins so (a review)
    warning = "Related content on this page may be disturbing to some readers"
    assert warning in clean(f"{BODY}\n\n{warning}\n\n{MORE}").text
    # a list of people at a meeting is no teaser list
    people = "Also at the meeting:\nMayor Jane Smith\nCouncil Member Bob Jones"
    assert "Mayor Jane Smith" in clean(f"{BODY}\n\n{people}\n\n{MORE}").text
    # a body sentence that begins so stays
    sentence = "More on this: the county said it would appeal the ruling on Monday, officials said."
    assert sentence in clean(f"{BODY}\n\n{sentence}\n\n{MORE}").text


def test_furniture_a_list_of_recent_stories_goes_with_its_dates() -> None:
    # the dates of other stories are neither this story's nor its happenings'
    teasers = (
        "RECENT POSTS\nWhy the jail deal failed — May 2, 2016\n"
        "Sheriffs and detainers, a primer — April 20, 2016"
    )
    assert clean(f"{BODY}\n\n{teasers}\n\n{MORE}").text == f"{BODY}\n\n{MORE}"
    bullets = (
        "Related:\n• Jail levy goes to voters (April 2, 2016)\n• Sheriff retires — May 1, 2016"
    )
    assert clean(f"{BODY}\n\n{bullets}").text == BODY
    coverage = "Related coverage:\nCouncil weighs rental rules — June 1, 2016"
    assert clean(f"{BODY}\n\n{coverage}").text == BODY
    # a label in the plural heads more than one headline
    stories = (
        "RELATED STORIES\nSchools brace for absences\nJail warns of phone scam - Sept. 26, 2019"
    )
    assert clean(f"{BODY}\n\n{stories}\n\n{MORE}").text == f"{BODY}\n\n{MORE}"


@pytest.mark.parametrize(
    "label",
    [
        "MÁS NOTICIAS / MORE NEWS",
        "More news",
        "Noticias relacionadas / Related stories",
        # found in probe343 (read): the teaser's "(March 19, 2023)" was a trap
        "Lea también | Read also:",
        "Read also:",
    ],
)
def test_furniture_a_bilingual_list_label_takes_its_headlines(label: str) -> None:
    # found in a probe: a teaser's "Delta, Utah, ..." put the story's Delta in Utah
    teasers = f"{label}\n• Delta, Utah, hospital opens bilingual clinic\n• Council to discuss site"
    assert clean(f"{BODY}\n\n{teasers}\n\n{MORE}").text == f"{BODY}\n\n{MORE}"


@pytest.mark.parametrize(
    "pointer",
    [
        "ELSEWHERE: Pine County commissioners set Thursday vote on jail deal — Page 6",
        "Also inside: River trail cleanup · Fair lineup announced · Sports: Hawks fall",
        "INSIDE TODAY: Sheriff names new jail chief, A3",
        "Pine County commissioners set Thursday vote on jail deal -- Page A6",
        "Board to vote on detainer policy — See Page 4",
    ],
)
def test_furniture_a_printed_pointer_to_other_pages_goes(pointer: str) -> None:
    # found in a probe: "ELSEWHERE: ... set Thursday vote ... — Page 6" became a report of
    # that other county's vote
    assert clean(f"{BODY}\n\n{pointer}\n\n{MORE}").text == f"{BODY}\n\n{MORE}"


@pytest.mark.parametrize(
    "line",
    [
        "Inside, the hall was packed with residents who came to speak against the agreement.",
        "The vote is described in the minutes. The board's reasons are on page 6.",
        "Elsewhere in the county, deputies arrested two men on Friday, the sheriff said.",
        # a review: a body sentence that opens with the label
        "Elsewhere: The Pine County board voted Monday to keep its agreement with ICE.",
        "Inside: Deputies said the cells held twice as many people as they were built for.",
    ],
)
def test_furniture_a_body_line_that_names_a_page_stays(line: str) -> None:
    assert clean(f"{BODY}\n\n{line}").text == f"{BODY}\n\n{line}"


def test_furniture_a_body_line_about_more_news_stays() -> None:
    line = "More news is expected when the board meets again on Tuesday, the clerk said."
    assert clean(f"{BODY}\n\n{line}").text == f"{BODY}\n\n{line}"


def test_furniture_absorbs_brand_line_next_to_subscribe_blurb() -> None:
    text = f"{BODY}\n\nWant to make sure you never miss a story? Follow us.\n\nLET Unity\n\n{MORE}"
    result = clean(text)
    assert result.text == f"{BODY}\n\n{MORE}"
    assert "brand line: LET Unity" in result.removed


def test_furniture_short_heading_away_from_blurbs_is_kept() -> None:
    text = f"{BODY}\n\nNew Rules\n\n{MORE}\n\nShare\n\nOld Rules\n\n{MORE}"
    assert "New Rules" in clean(text).text and "Old Rules" in clean(text).text


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Jane Roe is an independent journalist and writer based in Ohio.", "Jane Roe"),
        # a reporter's tagline
        ("Kim Osei covers public safety for the Valley Post. Reach her at kim@valley.example.",
         "Kim Osei"),
        # a weekly's publisher after the column (found in probe161)
        ("Marv Lindahl has published the Reporter since 1989. Letters to the editor are "
         "welcome.", "Marv Lindahl"),
    ],
)  # fmt: skip
def test_furniture_author_lines_only_at_the_tail(line: str, author: str) -> None:
    head = clean("\n\n".join([line, BODY, MORE, BODY, MORE, BODY]))
    tail = clean("\n\n".join([BODY, MORE, BODY, MORE, line]))
    assert line in head.text
    assert line not in tail.text and tail.fields == {"author": author}


@pytest.mark.parametrize(
    "line",
    [
        "Associated Press writer Tomas Ekwueme reported from Toledo.",
        "Associated Press writers Ann Lee in Boise and Tom Ruiz in Denver contributed to this "
        "report.",
        "Staff writer Ann Lee contributed reporting.",
        "Lee Park of the Valley Post contributed to this report.",
        # where the reporters filed from (found in probe212: "reported" became a publication)
        "Osei reported from Oklahoma City.",
        "Ann Lee reported from Dodge City, Kansas, and Tom Ruiz from Wichita.",
        # ... two together, or two credits on a line (a review)
        "Ann Lee and Tom Ruiz reported from Dodge City.",
        "Osei reported from Oklahoma City. Ann Lee reported from Dodge City, Kan.",
    ],
)
def test_furniture_wire_credit_lines_at_the_tail(line: str) -> None:
    # a credit names reporters, who are no actors of what the article tells
    head = clean("\n\n".join([line, BODY, MORE, BODY, MORE, BODY]))
    tail = clean("\n\n".join([BODY, MORE, BODY, MORE, line]))
    assert line in head.text
    assert line not in tail.text and "author" not in tail.fields


def test_furniture_notices_after_the_story_are_no_part_of_it() -> None:
    # found in an invented probe: a weekly's legal notices under a column, whose hearing to
    # come was read as a meeting of the story and its day as the publication date
    for line in ("Legal notices: Harlan school board budget hearing, May 20, 2024",
                 "Public Notice: Zoning variance, 14 Elm St., June 3, 2024",
                 "Coming up: Library book sale, Saturday, March 9"):  # fmt: skip
        result = clean("\n\n".join([BODY, MORE, BODY, MORE, line]))
        assert line not in result.text, line
    # a sentence of the story keeps its stop, and the same line at the page's head is text
    said = "Notices: The county sent 40 of them last week, the clerk said."
    assert said in clean("\n\n".join([BODY, MORE, BODY, MORE, said])).text
    # ... so does one of no stop that tells something (a review: a notice the story quotes,
    # the story's own last line)
    told_lines = (
        "Public notice: The Dover board will hold a hearing on March 4 at 6 p.m",
        "Coming up: Sheriff Ann Lee will hold a town hall in North Bend on March 28",
    )
    for told in told_lines:
        assert told in clean("\n\n".join([BODY, MORE, BODY, MORE, told])).text
    head = "Legal notices: Harlan school board budget hearing, May 20, 2024"
    assert head in clean("\n\n".join([head, BODY, MORE, BODY, MORE, BODY])).text


def test_furniture_keeps_body_lines_like_credits_at_the_tail() -> None:
    for line in ("The county contributed $5 million to the shelter fund.",
                 "Reuters reported from Detroit that the plant had closed.",
                 "Deputies reported from Monday to Friday.",
                 "Ana Ruiz owns the Taqueria El Comal.",
                 "The county has published the report."):  # fmt: skip
        assert line in clean("\n\n".join([BODY, MORE, BODY, MORE, line])).text


def test_furniture_origin_line_gives_source() -> None:
    result = clean(f"{BODY}\n\nThis article was originally published at Liberty Nation.")
    assert result.text == BODY
    assert result.fields == {"source": "Liberty Nation"}


def test_furniture_clean_returns_text_and_pieces() -> None:
    result = clean(f"Share\n{BODY}\nComments are closed.")
    assert result.text == BODY
    assert result.removed == ["share: Share", "comments: Comments are closed."]


def test_furniture_custom_patterns_file(tmp_path: Path) -> None:
    rules = tmp_path / "rules.jsonl"
    rules.write_text('{"kind": "promo", "pattern": "^buy now$"}\n# a comment\n\n')
    patterns = load_patterns(rules)
    assert [p.kind for p in patterns] == ["promo"]
    result = clean(f"{BODY}\nBuy now\nShare", patterns=patterns)
    assert (result.text, result.removed) == (f"{BODY}\nShare", ["promo: Buy now"])


@pytest.mark.parametrize(
    "line", ['{"kind": "x"}', '{"kind": "x", "pattern": "("}', "not json", '{"pattern": "a"}']
)
def test_furniture_bad_pattern_file_raises(tmp_path: Path, line: str) -> None:
    rules = tmp_path / "rules.jsonl"
    rules.write_text(line + "\n")
    with pytest.raises(SettingsError, match="rules.jsonl:1"):
        load_patterns(rules)


def test_furniture_missing_pattern_file_raises(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="cannot read"):
        load_patterns(tmp_path / "nope.jsonl")


def test_furniture_shipped_patterns_are_valid() -> None:
    lines = shipped().path("furniture.jsonl").read_text(encoding="utf-8").splitlines()
    for line in filter(str.strip, lines):
        data = json.loads(line)
        assert {"kind", "pattern"} <= set(data)
        re.compile(data["pattern"])
        assert data.get("zone", "any") in ("any", "tail", "head")
    assert len(load_patterns()) == len(list(filter(str.strip, lines)))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("ICE Issues Warning To Sanctuary Cities", True),
        ("Is It Over?", True),
        ("A sentence.", False),
        ("He said:", False),
        ("a, b,", False),
        ("", False),
        (" ".join(["word"] * 31), False),
        ("Quoted headline \u201cdone.\u201d", False),
    ],
)
def test_furniture_looks_like_headline(line: str, expected: bool) -> None:
    assert looks_like_headline(line) is expected


# Issue 11, point 5: bylines, credits, captions, stamps and navigation are furniture,
# recognised by their shape. Every name, outlet and place below is invented.
@pytest.mark.parametrize(
    ("line", "kind", "author"),
    [
        (
            "By Jane Reporter and Sam Writer | Published 4 hours ago",
            "byline",
            "Jane Reporter and Sam Writer",
        ),
        ("By Maria Okafor, Reporter", "byline", "Maria Okafor"),
        # ... a title, then the address (found in probe161, whose writer became a person
        # a judge set free)
        ("By Jim Halvorsen, Courier Staff Writer | jhalvorsen@valley.com", "byline",
         "Jim Halvorsen"),
        ("By Tom Lindqvist / The Valley Courier", "byline", "Tom Lindqvist"),
        # ... a role, then the outlet (a review: the line had stayed in the text)
        ("By Ana Ruiz, Staff Writer, Mesa Valley News Service", "byline", "Ana Ruiz"),
        ("By Priya Natarajan, Eastbrook Daily Herald (TNS)", "byline", "Priya Natarajan"),
        ("BY ROSA DELGADO", "byline", "ROSA DELGADO"),
        # a wire service after the names, with no comma, is no part of them
        ("BY ROSA DELGADO Associated Press", "byline", "ROSA DELGADO"),
        # a surname that is also a wire's or agency's short name stays
        ("By Ann Getty", "byline", "Ann Getty"),
        ("By Ana Ruiz and Tom Ochs AP", "byline", "Ana Ruiz and Tom Ochs"),
        ("By Ana Ruiz, Lee Park and Tom Ochs", "byline", "Ana Ruiz, Lee Park and Tom Ochs"),
        ("Posted by Carl Benning | 2 Comments", "byline", "Carl Benning"),
        ("Written by Lena Hoff", "byline", "Lena Hoff"),
        ("by: Marta Oyelaran", "byline", "Marta Oyelaran"),
        ("Por/By Redacción El Puente", "byline", "Redacción El Puente"),
        ("Por / By Inés Calderón", "byline", "Inés Calderón"),
        (
            "Omar Castillo and Beth Anand, Associated Press",
            "byline",
            "Omar Castillo and Beth Anand",
        ),
        ("Dana Whitfield, Midland Tribune", "byline", "Dana Whitfield"),
        ("Gus Ferrante, STAFF WRITER", "byline", "Gus Ferrante"),
        ("(Photo by Ken Arliss/Getty Images)", "caption", None),
        ("Photo: Nina Petrov / AP", "caption", None),
        (
            "FILE - Protesters gather outside a courthouse, Tuesday, March 3, 2015, in Denver."
            " (AP Photo/Luis Ortega, File)",
            "caption",
            None,
        ),
        ("Demonstrators march past city hall. (Photo by Ed Kowal/Reuters)", "caption", None),
        ("A deputy stands outside the county jail, Jan. 9, 2019, in Tulsa, Okla.", "caption", None),
        (
            "Volunteers sort donations at a shelter in Tucson. May 2, 2021. KXYZ News",
            "caption",
            None,
        ),
        (
            "Protesters gather outside the courthouse in Dayton on March 3, 2021."
            "Jane Roe / AP file",
            "caption",
            None,
        ),
        (
            "A deputy walks a detainee into the jail on Sept. 9, 2019. (John Doe/Getty Images)",
            "caption",
            None,
        ),
        (
            "Marchers hold signs at a vigil on Aug. 3, 2017, in the Mission district of Tulsa."
            "Jo Park / AP file",
            "caption",
            None,
        ),
        (
            "Maria Lopez, 41, was detained by agents in Tulsa on Oct. 2, 2018. Tulsa County Jail",
            "caption",
            None,
        ),
        ("Ruth Adeyemi/Harbor City Post", "credit", None),
        ("Image credit: Shutterstock", "caption", None),
        ("Updated: Jan 19, 2020 10:32 AM EST", "stamp", None),
        ("|Updated:", "stamp", None),
        ("UPDATE: 8:45 a.m.:", "stamp", None),
        ("Updated 6:12 p.m. Thursday", "stamp", None),
        ("Published 3 hours ago", "stamp", None),
        # the day the page was saved
        ("Accessed Tue, Apr 8, 2025", "stamp", None),
        ("Retrieved on 2023-11-02", "stamp", None),
        ("Printed from valleypost.example on Nov. 2, 2023", "stamp", None),
        ("Accessed Oct. 30, 2024 via archive", "stamp", None),
        # a bracketed caption label, and a reader comment's stamp
        ("[Foto] Marchers reach City Hall. (Ana Ruiz / El Sol, Aug. 25, 2019)", "caption", None),
        # found in a probe corpus: a Spanish-language outlet's English page labels its
        # caption "Foto" and its archive "archivo"
        ("[Foto: Parishioners leave Mass in Dumas. (El Sol / archivo, 2011)]", "caption", None),
        ("[Families wait outside the jail. Foto cortesía de la familia Ruiz]", "caption", None),
        ("Carla M. - July 9, 2025 at 8:14 pm", "comments", None),
        ("Categories: 287(g), Dover County, Alerts", "tags", None),
        ("Posted in Dover County, Detention | Tags: ICE, county jails", "tags", None),
        # found in fresh corpora: a comment's words after its stamp, a caption credited to
        # the outlet's photographer
        ("Ana P. — February 6, 2025 at 9:02 pm: Sharing this with my church group.",
         "comments", None),
        ("Sheriff Dan Ruiz at a Jan. 4, 2025, meeting. (Daily Ledger file photo by Jo Alvey)",
         "caption", None),
        ("Supervisor Hal Gray listens during the board's Aug. 8, 2021, meeting in Nogales. "
         "(Valley Sun photo by Marco Ruelas)", "caption", None),
        ("Sign up for The Valley Ledger, our free Sunday newsletter", "subscribe", None),
        ("Last updated on March 3, 2021 at 4:00 pm", "stamp", None),
        # found in probe109 (read): an agency page's review stamp
        ("Last Reviewed/Updated: 11/02/2018", "stamp", None),
        # found in probe115: the same, said of the page, under a release dated the day before
        ("Page last reviewed/updated: August 15, 2023", "stamp", None),
        # found in probe147: a public radio page's stamp, with the hour after the day
        ("Originally published on August 15, 2018 6:10 am", "stamp", None),
        ("Originally posted: March 3, 2021 | News", "stamp", None),
        # found in probe151: a byline's second line, and a teaser list on one line
        ("on May 20, 2013 at 6:48 PM, updated May 21, 2013 at 7:15 AM", "stamp", None),
        ("More local news: Council approves water contract (April 12, 2025) | Frost ahead",
         "teaser", None),
        ("Tuesday, March 4, 2025, 9:15AM | 41\u00b0", "stamp", None),
        ("(3 min read)", "stamp", None),
        ("Skip to main content", "navigation", None),
        ("Skip to content", "navigation", None),
        ("ADVERTISEMENT", "section label", None),
        ("Story continues below advertisement", "section label", None),
        ("US News", "section label", None),
        ("Menu", "section label", None),
        ("Share with:", "share", None),
        (
            "Get breaking news alerts and special reports delivered to your inbox.",
            "subscribe",
            None,
        ),
        # a publication stamp with its update, in mountain time
        ("Published 6:45 p.m. MT March 13, 2024 | Updated 9:10 a.m. MT March 15, 2024", "stamp",
         None),
        # captions that run on, or end with a 'Name/Outlet' credit
        ("Photo: Residents line up to speak at Brookfield City Hall on the evening of April 8, "
         "before the council's vote on the ordinance. (Lena Ortiz/Brookfield Radio)", "caption",
         None),
        ("Caption: Deputies stand behind the sheriff during a news conference on Tuesday.",
         "caption", None),
        ("Photo caption: Marchers gather outside the courthouse on May 3. Credit: Jo Lin",
         "caption", None),
        ("Deputies stand outside the jail on Tuesday. (Staff photo by Ben Okafor/Valley Post)",
         "caption", None),
        # a credit with no photographer, and a saved page's stamp to the second (found in a
        # fresh corpus: the caption's month bounded the page's publication date)
        ("Protesters outside the jail in Macon in July 2019. (Valley Post file photo)",
         "caption", None),
        ("Ana Ruiz with her family in the summer of 2016. (Courtesy photo)", "caption", None),
        # found in a fresh corpus: a credit after the caption's sentence, no parentheses
        ("Marchers listen during the forum at the Macon church on Sunday. Valley-Post photo",
         "caption", None),
        ("Deputies stand outside the jail on Tuesday. Staff photo by Ben Okafor",
         "caption", None),
        # ... and the other shapes of such a credit (a review)
        ("Marchers gather outside the jail on Sunday. AP Photo/Lena Ortiz", "caption", None),
        ("Marchers gather outside the jail on Sunday. \u2014 Valley Post photo", "caption", None),
        ("Marchers gather outside the jail on Sunday. Photo: Jo Lin / The Valley Post",
         "caption", None),
        ("Ana Ruiz with her son on Sunday. Photo courtesy of the Ruiz family", "caption", None),
        # ... with the picture's own date after the credit (found in probe184)
        ("Ana Ruiz speaks at a rally in Macon. Valley Post file photo by Jo Lin, Nov. 4, 2009",
         "caption", None),
        ("Captured 2 Apr 2019 14:11:07 UTC", "stamp", None),
        # ... and with what it is after a bar (found in probe245: the page read as no older)
        ("Captured Aug. 2, 2024 08:14 UTC | archive copy", "stamp", None),
        # a caption in parentheses that says it is one (found in a fresh corpus)
        ("(File photo, Sept. 12, 2013: The jail near Belington. Photo courtesy WVRJA)",
         "caption", None),
        # ... and one in brackets that names its photo (found in a fresh corpus)
        ("[Sheriff Ann Lee speaks at a forum in Macon in a 2023 photo. Valley Post archive]",
         "caption", None),
        # the author, then the page's day (found in probe153: the line was left in the text)
        ("Jo Reyes | Published September 15, 2022 at 5:01 PM MDT", "byline", "Jo Reyes"),
        ("Jo Reyes \u2014 Published September 15, 2022 at 5:01 PM MDT", "byline", "Jo Reyes"),
        ("Jo Reyes | Published: 15 Sep 2022", "byline", "Jo Reyes"),
        ("By Ana Lee \u00b7 Posted 3/14/2019 | Updated 3/15/2019", "byline", "Ana Lee"),
        # a stamp with the page's section after a bar
        ("Posted Friday, January 11, 2019 | Analysis", "stamp", None),
        ("Copyright 2024 The Valley Post. All rights reserved.", "copyright", None),
        # the page's clock with its sky in words, and a station's credit (found in probe219)
        ("Saturday, March 9, 2024 42°F Cloudy", "stamp", None),
        ("MACON | 84° Partly Cloudy | 9:47 AM EDT · Friday, August 22, 2025", "stamp", None),
        # a weather widget's town (found in probe246: read as a person)
        ("Twin Falls 91° Sunny", "stamp", None),
        ("Sun Valley 81° Partly Cloudy", "stamp", None),
        ("Herald staff | Ana Lee and Tom Ruiz contributed reporting", "author bio", None),
        ("Ana Lee, Tom Ruiz and Jo Park contributed reporting", "author bio", None),
        ("Macon City Hall. File photo taken Oct. 2, 2019. (WMAC 13 / Ann Lee)", "caption", None),
        ("[Photo: Protesters outside the Macon jail on May 3, 2024. Credit: Ann Lee]",
         "caption", None),
        ("Marta Ruiz of Familias Unidas speaks at a press conference in Macon on June 28, "
         "2019. (El Diario del Valle)", "caption", None),
        ("\u00a9 2023 Brookfield Radio", "copyright", None),
        # a menu in another language (found in probe237: "Opinión | En" became a person)
        ("Inicio | Noticias | Inmigración | Deportes | Opinión | En español", "navigation",
         None),
        # a station's credit with its channel (found in probe238: the caption's date was read)
        ("Residents line up at a Nov. 21, 2019 hearing on the plan. (WKRB 57 photo / Jo Lin)",
         "caption", None),
        # a show's credits (found in probe238: the host became the agent of "Hosted")
        ("Hosted by Ann Lee \u00b7 Produced by Tom Ruiz", "byline", "Ann Lee"),
        # a day's ordinal in a stamp (found in probe237: the stamp put off the lede)
        ("Published: Monday, October 7th, 2019 at 5:52pm", "stamp", None),
        # ... and with no year (found in probe234: the wire became a person "Copyright ...")
        ("Copyright Mesa Valley Newswire. Distributed for use by member papers.",
         "copyright", None),
        ("Copyright Mesa Valley Newswire, LLC. Distributed for use by member papers.",
         "copyright", None),
        ("Copyright The Valley Post", "copyright", None),
        # the sign and the word (found in a fresh corpus: its year dated the page)
        ("\u00a9 Copyright 2024, The Valley Post, Macon, GA", "copyright", None),
        ("The Valley Post is a nonprofit newsroom. Donate today.", "subscribe", None),
        ("Donate now to support local reporting.", "subscribe", None),
        ("Inscríbase hoy / Sign up for our newsletter: the week's news, every Friday",
         "subscribe", None),
        ("Our Standards: The Valley Post Trust Principles.", "correction box", None),
        ("Views expressed are the author's own.", "correction box", None),
    ],
)  # fmt: skip
def test_furniture_bylines_credits_stamps_by_shape(
    line: str, kind: str, author: str | None
) -> None:
    result = clean(f"{BODY}\n\n{line}\n\n{MORE}")
    assert result.removed == [f"{kind}: {line}"]
    assert result.text == f"{BODY}\n\n{MORE}"
    assert result.fields.get("author") == author


def test_furniture_a_days_line_with_its_update_is_a_stamp_above_the_story() -> None:
    # found in probe293 (read): the page's day, then its update's, under the headline
    stamp = "April 22, 2025 | Updated Apr. 23, 2025, 5:10 p.m."
    result = clean(f"Judge frees Ana Ruiz\n\n{stamp}\n\n{BODY}\n\n{MORE}\n\n{MORE}")
    assert f"stamp: {stamp}" in result.removed
    # ... not a teaser's line under the story (a review)
    result = clean(f"{BODY}\n\n{MORE}\n\n{MORE}\n\nRelated\n\n{stamp}")
    assert f"stamp: {stamp}" not in result.removed


@pytest.mark.parametrize(
    "paragraph",
    [
        "By Friday, officials said, the jail had released him.",
        "By Tuesday Morning, the shelter was full.",
        "By Land And Sea, the caravan moved north, the report said.",
        "Updated figures show arrests fell by a third last year.",
        "Published reports said the agency had paid $2 million.",
        "Published on March 3, 2020 by the county, the report found mold in the jail.",
        "Por favor, the sign at the clinic said, in Spanish and English.",
        "Photo identification is required at the polls, the clerk said.",
        "Copyright Office officials said the rule would change.",
        "Copyright Office Register Ana Ruiz. She told the panel on Tuesday the rule would change.",
        "Hosted by the Rotary Club, the forum drew 200 people.",
        "The mayor | the council | the sheriff | and the judge all agreed.",
        "Published 1st of the month, the figures show a rise.",
        "Copyright Royalty Board judges ruled on Tuesday.",
        "File photos of the suspect were shared with the police.",
        "Advertisements for the program ran on local radio, officials said.",
        "The company donated $5 million to the shelter, officials said.",
        "ProPublica is a nonprofit newsroom that investigates abuses of power. Its reporters "
        "found that agents detained 200 workers.",
        "The raid was carried out by two agencies (Homeland Security/ICE).",
        "The church asked for help. Donate today, the pastor told families who lost jobs.",
        "Copyright lawyers said the ruling would be appealed.",
        "The mayor said residents should give now to the relief fund, before the storm.",
        "The detainee speaks little English, his lawyer said on Jan. 9, 2019, in Tulsa.",
        "Skip Harlan, the sheriff, said the jail was full.",
        "Los Angeles, California",
        "Menu prices rose at the prison commissary, inmates said.",
        "The agency filed the suit on May 2, 2019. It declined further comment.",
        "Ana Lee | Published in 2019, the book sold 300 copies, she said.",
        "The law took effect on Jan. 1, 2020.",
        "Retrieved on 2023-11-02, the files showed 40 arrests, the county said.",
        # a live update's news after a bar is no section label (a review)
        "UPDATE 9:45 p.m. | Suspect in custody",
        "(Photos are not allowed inside the courtroom, the judge said.)",
        "(Photos, videos and jail records obtained by the Post show deputies held the men.)",
        "[The sheriff said the agreement was signed Monday.]",
        "Update | Deputy placed on leave",
        "Archived records from 2019 show the jail was full.",
        "The council voted - March 3, 2024 - to end the contract.",
        "The council voted on June 28, 2019. The Mayor of Macon",
        "The county voted on June 4, 2019. Commissioners Agreed 3-2 to end the contract.",
        "The family shared a photo. Police Chief Ann Lee said the Valley Post photo was old.",
        "The heat index reached 104°F in Macon on Tuesday, when the march began.",
        "The heat hit 104° on Aug. 3, 2023 | officials said the march went on.",
        # (a review) a line in the heat, with no day
        "Hundreds march to the Macon ICE office in 110° heat",
        "Temperatures reached 95° by noon",
        "Phoenix 118° Record Heat Keeps Marchers Home",
        "Phoenix hits 118°, a record",
        "The governor signed the order on Jan. 20, 2025. (Executive Order 25 01)",
        "Sheriff Ann Lee and the Macon Police Department contributed reporting to the state.",
        "Two Macon churches contributed reporting tools to the vigil, organizers said.",
    ],
)
def test_furniture_keeps_byline_and_stamp_lookalikes(paragraph: str) -> None:
    text = f"{BODY}\n\n{paragraph}\n\n{MORE}"
    result = clean(text)
    assert result.text == text and "author" not in result.fields


def test_furniture_first_byline_is_the_author_credits_are_not() -> None:
    text = f"Ruth Adeyemi/Harbor City Post\n\nBy Lena Hoff\n\n{BODY}\n\nBy Omar Castillo"
    assert clean(text).fields == {"author": "Lena Hoff"}


@pytest.mark.parametrize(
    ("line", "kept", "author"),
    [
        ("Posted by Carl Benning | Mar 04, 2016 | 2 Comments", "Mar 04, 2016", "Carl Benning"),
        ("By Lena Hoff | Published January 5, 2020 at 6:00 am", "January 5, 2020", "Lena Hoff"),
        ("By Lena Hoff | Updated January 5, 2020", None, "Lena Hoff"),
        ("By Lena Hoff | Published 4 hours ago", None, "Lena Hoff"),
        (
            "Posted on March 28, 2024 by T. J. Okafor | 14 Comments",
            "March 28, 2024",
            "T. J. Okafor",
        ),
        ("Published on Sept. 3, 2021 at 5 p.m. by Lena Hoff", "Sept. 3, 2021", "Lena Hoff"),
        # found in probe110 (read): the day written in figures
        ("Posted on 03/19/2025 by Brock Lind | 47 Comments", "03/19/2025", "Brock Lind"),
        ("Posted on 2025-03-19 by Brock Lind", "2025-03-19", "Brock Lind"),
        # found in probe183: the site's user name for the author
        ("Posted on June 2, 2015 by site_admin | 7 Comments", "June 2, 2015", "site_admin"),
        # ... and the post's categories after it (found in probe153: the author became a
        # participant of a suit "Filed under" told)
        (
            "Posted April 24, 2015 by Ana Ruiz Ortega | Filed under: Detainers, Legal, Lane County",
            "April 24, 2015",
            "Ana Ruiz Ortega",
        ),
        # ... and a group's staff as its author (found in probe164: the categories were a
        # suit "Filed under")
        (
            "Posted April 11, 2012 by KDW staff | Filed under: York County Prison, Hunger Strike",
            "April 11, 2012",
            "KDW",
        ),
        # found in an invented probe: ... with the author's title after a comma
        (
            "Posted March 2, 2022 by Rosalind Ebbe, Outreach Coordinator",
            "March 2, 2022",
            "Rosalind Ebbe",
        ),
        ("Posted May 9, 2019 by Teo Vance, Director of Communications", "May 9, 2019", "Teo Vance"),
        # a blog's head line: the day first, then the author, between dots, then its
        # comments or reading time
        ("June 4, 2022 · by Mara Ostrowski · 5 Comments", "June 4, 2022", "Mara Ostrowski"),
        ("February 4, 2025 · Mara Ostrowski · 4 min read", "February 4, 2025", "Mara Ostrowski"),
        ("March 7, 2017 · Posted by Valley Staff", "March 7, 2017", "Valley Staff"),
        # found in probe168: ... with its hour
        (
            "March 14, 2025 at 9:12 pm · Mara Ostrowski · 14 Comments",
            "March 14, 2025",
            "Mara Ostrowski",
        ),
    ],
)
def test_furniture_byline_keeps_its_publication_date_as_a_dateline(
    line: str, kept: str | None, author: str
) -> None:
    # the date of publication beside the byline stays for publication-date inference;
    # an "Updated" date is not the publication date
    result = clean(f"{line}\n\n{BODY}")
    assert result.text == (f"{kept}\n\n{BODY}" if kept else BODY)
    assert result.removed == [f"byline: {line}"]
    assert result.fields == {"author": author}


def test_furniture_a_dated_line_by_someone_with_no_tail_is_text() -> None:
    # (a review) a day and a name with no comments or reading time after them is a line of
    # the text ("March 3, 2025 – by Commissioner Ann Lee", a list of motions)
    line = "March 3, 2025 – by Commissioner Ann Lee"
    result = clean(f"{line}\n\n{BODY}")
    assert result.text == f"{line}\n\n{BODY}"
    assert result.fields == {}


@pytest.mark.parametrize(
    "line",
    [
        # (a review) an update, a timeline's entry and a related video are the text's
        "UPDATE — March 4, 2025: ICE released Ruiz on Wednesday afternoon, his attorney said.",
        "Oakdale — Jan. 12, 2025: Agents arrest 14 workers at the Glenn Valley plant.",
        "Agents arrested 12 people at the protest on Saturday (RELATED VIDEO: Protesters clash).",
    ],
)
def test_furniture_lines_that_look_like_comments_or_captions_are_text(line: str) -> None:
    assert clean(f"{line}\n\n{BODY}").text == f"{line}\n\n{BODY}"
