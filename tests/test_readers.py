"""Tests of graphx.ingest.readers: decoding, format detection, each reader."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphx.errors import InputError
from graphx.ingest.readers import (
    decode,
    detect_format,
    html_to_text,
    load_json,
    normalise_text,
    read_bytes,
    safe_url,
    split_title,
    text_field,
)
from graphx.ingest.readers import page as page_reader

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def read_fixture(name: str) -> list:
    return read_bytes(name, (FIXTURES / name).read_bytes())


def test_readers_decode_utf8_without_warning() -> None:
    assert decode("caf\u00e9 \u2019".encode()) == ("caf\u00e9 \u2019", [])


def test_readers_decode_utf8_bom_dropped() -> None:
    assert decode(b"\xef\xbb\xbfHello")[0] == "Hello"


def test_readers_decode_utf16_bom() -> None:
    text, warnings = decode("Hello w\u00f6rld".encode("utf-16"))
    assert text == "Hello w\u00f6rld" and warnings == ["decoded as utf-16"]


def test_readers_decode_cp1252_prefers_windows_1252() -> None:
    text = "The mayor\u2019s \u201cna\u00efve\u201d plan \u2013 caf\u00e9."
    assert decode(text.encode("cp1252")) == (text, ["decoded as cp1252"])


@pytest.mark.parametrize(
    "data",
    [b"\x00\x01\x02binary", bytes(range(256)), b"PK\x03\x04zipfile", b"%PDF-1.4\n%text"],
)
def test_readers_decode_binary_raises(data: bytes) -> None:
    with pytest.raises(InputError, match="binary file"):
        decode(data)


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("a.txt", '{"id": 1, "title": {"rendered": "x"}}', "json"),
        ("a.txt", '[{"id": 1}]', "json"),
        ("a.json", '{"a": 1}\n{"a": 2}\n', "jsonl"),
        ("a.jsonl", '{"a": 1}', "jsonl"),
        ("a.txt", "<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
        ("noext", "<html><p>x</p></html>", "html"),
        ("a.html", "Intro\n<p>x</p>", "html"),
        ("a.txt", "<3 this is not markup", "text"),
        ("a.csv", "title,text\nT,Body", "csv"),
        ("a.dat", "title,text,date\nT,Body,2019", "csv"),
        ("a.txt", "text, and a sentence that starts with a field name", "text"),
        ("a.txt", "Headline\n\nBody.", "text"),
        ("a.txt", "[Editor's note: updated.]\n\nBody.", "text"),
        ("a.txt", "{Sic} a brace opens this text.", "text"),
        ("a.txt", "[]", "json"),
        ("a.json", "{oops", "json"),
    ],
)
def test_readers_detect_format_by_content(name: str, text: str, expected: str) -> None:
    assert detect_format(name, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"a": "b"}', ({"a": "b"}, "")),
        ('{"a": "line\nbreak"}', ({"a": "line\nbreak"}, "")),
        ('{"a": "x\\/y"}', ({"a": "x/y"}, "")),
        ('{"a": "\\ud83d\\ude00"}', ({"a": "\U0001f600"}, "")),
        ('{"a": 1, "b": {"c": "cut', ({"a": 1, "b": {"c": "cut"}}, "b.c")),
        ('[{"a": 1}, {"a": 2, "b": [1, 2', ([{"a": 1}, {"a": 2, "b": [1]}], "[1].b[1]")),
        ('{"a": 1, "b"', ({"a": 1}, "b")),
        ('{"a": tr', ({}, "a")),
        ('{"a": "\\u20', ({"a": ""}, "a")),
    ],
)
def test_readers_load_json_tolerant(text: str, expected: tuple) -> None:
    assert load_json(text) == expected


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ('{\n  "title": "x",\n    oops\n}\n', "line 3 column 5"),
        ('{"a": 1,, "b": 2}', "line 1 column 9"),
        ('{"a": 1} trailing', "line 1 column 10"),
        ("[1, 2,]", "line 1 column 7"),
    ],
)
def test_readers_load_json_invalid_names_line_and_column(text: str, where: str) -> None:
    with pytest.raises(InputError, match=f"invalid JSON at {where}"):
        load_json(text)


def test_readers_wordpress_truncated_recovers_fields() -> None:
    (record,) = read_fixture("wp_truncated.json")
    assert record.format == "wordpress-json"
    assert record.title == "County Ends Jail Contract \u2013 Sheriff \u201cDisappointed\u201d"
    assert record.url == "https://www.example-news.org/2019/03/02/county-ends-jail-contract/"
    assert record.source == "example-news.org"
    assert record.published == "2019-03-02"
    (warning,) = record.warnings
    assert warning.startswith("JSON truncated inside content.rendered; recovered fields: ")
    assert {"id", "date", "date_gmt", "modified", "slug", "link", "title", "content"} <= set(
        warning.split(": ", 1)[1].split(", ")
    )
    assert record.text.split("\n\n") == [
        "The county board voted 5\u20132 on Tuesday to end its jail contract.",
        "The sheriff said the decision was \u201cshort-sighted\u201d and that deputies would"
        " comply.",
        "Officials will review the budget next month, the board\u2019s chair said, and the vote"
        " is fin",
    ]
    assert "</p>" not in record.text and "&#" not in record.title


def test_readers_wordpress_list_of_posts() -> None:
    records = read_fixture("wp_list.json")
    assert [(r.part, r.title, r.published) for r in records] == [
        ("#1", "First Post Title", "2020-05-01"),
        ("#2", "Second Post Title", "2020-05-02"),
    ]
    assert records[1].text == "The second post says something else entirely."
    assert all(r.source == "blog.example.com" and not r.warnings for r in records)


def test_readers_html_page_main_text_and_metadata() -> None:
    (record,) = read_fixture("page.html")
    assert record.format == "html"
    assert record.title == "City Council Backs New Policy"
    assert record.source == "Example Times"
    assert record.url == "https://www.exampletimes.com/news/council-policy"
    assert record.published == "2021-06-14"
    assert record.text.startswith("The city council voted on Monday")
    assert record.text.endswith("conflicts with state law and local practice.")
    for junk in ("TRACKER", "SCRIPT", "console.log", "Menu", "Masthead", "Copyright", "Share"):
        assert junk not in record.text
    assert "share: Share this article" in record.furniture


def test_readers_hostile_html_scripts_and_handlers_stripped() -> None:
    (record,) = read_fixture("hostile.html")
    assert "PWNED" not in record.text and "alert" not in record.text
    assert "onerror" not in record.text and "<" not in record.text
    assert "Officials confirmed the agreement on Friday" in record.text
    assert record.text.count("\n\n") == 2


def test_readers_html_to_text_handles_unclosed_and_stray_tags() -> None:
    text, title = html_to_text(
        "<head><title>T</title></head><div>A<br>B</nav></div><p>C &lt;D&gt;<script>x</p>"
    )
    assert (text, title) == ("A\n\nB\n\nC <D>", "T")


def test_readers_jsonl_rows_and_bad_row() -> None:
    records = read_fixture("export.jsonl")
    assert [r.part for r in records] == ["#1", "#2", "#3", "#4"]
    one, two, bad, four = records
    assert (one.title, one.source, one.url, one.published) == (
        "Row One Headline",
        "Rows Daily",
        "https://www.rows.example/one",
        "2018-07-04",
    )
    assert two.source == "rows.example" and two.published == "2018-07"
    assert bad.error.startswith("invalid JSON at line 3 column")
    assert four.text == "The fourth row has HTML in its body & an entity."
    assert four.title == "Row Four Headline" and four.published == "2018"


def test_readers_csv_rows() -> None:
    one, two = read_fixture("export.csv")
    assert (one.part, one.title, one.source, one.published) == (
        "#1",
        "CSV Row One",
        "CSV Herald",
        "2017-02-03",
    )
    assert one.text == "The first CSV article reports a vote, with a comma inside the text."
    assert two.text == "The second CSV article\nspans two lines in one cell."


def test_readers_csv_bad_date_is_a_warning() -> None:
    (record,) = read_bytes("x.csv", b"title,text,date\nT,Body text here.,someday\n")
    assert record.text == "Body text here." and record.published == ""
    assert record.warnings == ["unusable date 'someday' ignored"]


def test_readers_text_with_cp1252_title() -> None:
    (record,) = read_fixture("cp1252.txt")
    assert record.title == "Mayor\u2019s Plan Draws Fire"
    assert "r\u00e9sum\u00e9" in record.text and "\u201cna\u00efve\u201d" in record.text
    assert record.warnings == ["decoded as cp1252"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("ICE Adopts New Approach\n\nBody sentence.", "ICE Adopts New Approach"),
        ("DHS secretary won\u2019t abolish ICE, now planning action\n\nBody.", None),
        ("A paragraph that is a sentence, not a title.\n\nBody.", ""),
        ("Headline Without Body", ""),
        ("one", ""),
        ("lowercase start is not a headline\n\nBody.", ""),
        ("Line one\nline two\n\nBody.", ""),
        ("Tell Me: Is It Over?\n\nBody.", "Tell Me: Is It Over?"),
        (" ".join(["Word"] * 30) + "\n\nBody.", ""),
    ],
)
def test_readers_split_title_only_takes_headlines(text: str, title: str | None) -> None:
    expected = text.split("\n\n")[0] if title is None else title
    assert split_title(text)[0] == expected
    if expected:
        assert split_title(text)[1] == text.split("\n\n", 1)[1]


def test_readers_normalise_text_spaces_and_newlines() -> None:
    assert normalise_text("a\u00a0\u00a0b\r\nc\u200b d\t\te\n\n\n") == "a b\nc d e"


@pytest.mark.parametrize(
    ("data", "message"), [(b"", "empty file"), (b" \n\t\n", "only whitespace")]
)
def test_readers_read_bytes_empty(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        read_bytes("x.txt", data)


def test_readers_generic_json_object_without_text_is_an_error_record() -> None:
    (record,) = read_bytes("x.json", b'{"title": "Only A Title"}')
    assert record.text == "" and record.title == "Only A Title"
    (item,) = read_bytes("x.json", b"[1]")
    assert item.error == "not an article object (int)"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.com/a?b=1#c", "https://example.com/a?b=1#c"),
        ("http://example.com", "http://example.com"),
        ("  HTTPS://Example.com/x  ", "HTTPS://Example.com/x"),
        ("\x00\x1f https://example.com/\t", "https://example.com/"),
        ("https://exa\nmple.com/", "https://example.com/"),  # browsers drop tab/newline
        ("javascript:alert(1)", ""),
        ("JaVaScRiPt:alert(1)", ""),
        (" \tjavascript:alert(1)", ""),
        ("java\tscript:alert(1)", ""),
        ("java\nscript:alert(1)", ""),
        ("\x01javascript:alert(1)", ""),
        ("data:text/html;base64,PHNjcmlwdD4=", ""),
        ("vbscript:msgbox(1)", ""),
        ("file:///etc/passwd", ""),
        ("ftp://example.com/", ""),
        ("//evil.example/x", ""),
        ("/relative/path", ""),
        ("example.com", ""),
        ("https:alert(1)", ""),
        ("http://", ""),
        ("http://[oops", ""),
        ("https:\\\\evil.example", "https:\\\\evil.example"),  # still an https link
        ("", ""),
    ],
)
def test_readers_safe_url_only_http_and_https(url: str, expected: str) -> None:
    assert safe_url(url) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("  A <script>x</script> title ", "A <script>x</script> title"),  # markup stays literal
        ("two\nlines\r\nhere", "two lines here"),
        ("nul\x00 bell\x07 esc\x1b[31m", "nul bell esc"),
        ("lone \ud800 surrogate", "lone \ufffd surrogate"),
        ("rtl \u202emark\u202c kept", "rtl \u202emark\u202c kept"),
    ],
)
def test_readers_text_field_one_clean_line(value: str, expected: str) -> None:
    assert text_field(value) == expected


def test_readers_huge_page_skips_extraction_but_keeps_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # trafilatura took 18 s on 60,000 <p> (fuzzing); past the limit all visible text is kept.
    monkeypatch.setattr(page_reader, "MAX_EXTRACTION_TAGS", 5)
    page = b"<html><body>" + b"<p>A sentence of the page.</p><script>x()</script>" * 4
    (record,) = read_bytes("a.html", page)
    assert record.text.count("A sentence of the page.") == 4 and "x()" not in record.text
    assert record.warnings == [f"page has {page.count(b'<')} tags (> 5): all visible text kept"]


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        ("<b>hello</b> and <![ oops in Chicago", "hello and <![ oops in Chicago"),
        ("<p>a <![foo[ b</p>", "a <![foo[ b"),
        ("<p>a <![x]]> b <![if c", "a <![x]]> b <![if c"),
        ("<p>kept <![CDATA[ hidden ]]> too</p>", "kept too"),
    ],
)
def test_readers_html_to_text_unknown_marked_section_is_text(markup: str, text: str) -> None:
    assert html_to_text(markup)[0] == text


def test_readers_text_article_with_a_stray_marked_section_is_read() -> None:
    data = b"Police Chief Speaks Out\n\nThe FBI said <b>hello</b> and <![ oops in Chicago.\n"
    (record,) = read_bytes("cdata.txt", data)
    assert (record.title, record.text) == (
        "Police Chief Speaks Out",
        "The FBI said hello and <![ oops in Chicago.",
    )


ACCENTED = (
    "Caf\u00e9 Owner Sues City\n\n"
    "Jos\u00e9 Mart\u00ednez of Caf\u00e9 Ol\u00e9 said \u201cno\u201d.\n"
)


def test_readers_decode_utf8_with_one_invalid_byte_is_read() -> None:
    data = ACCENTED.encode().replace(b"said", b"sa\xffid")
    assert decode(data) == (
        ACCENTED.replace("said", "sa\ufffdid"),
        ["1 invalid UTF-8 byte sequence(s) replaced with U+FFFD"],
    )


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_readers_decode_utf16_without_bom(codec: str) -> None:
    assert decode(ACCENTED.encode(codec)) == (ACCENTED, [f"decoded as {codec}"])


def test_readers_mostly_invalid_utf8_is_still_guessed() -> None:
    # Many bytes invalid as UTF-8 and none valid: a legacy code page, not damaged UTF-8.
    text = "Se\u00f1or Mu\u00f1oz and Ren\u00e9e \u00e0 la caf\u00e9 on Tuesday."
    assert decode(text.encode("cp1252")) == (text, ["decoded as cp1252"])


def test_readers_utf8_article_with_a_bad_byte_keeps_its_warning() -> None:
    (record,) = read_bytes("onebad.txt", ACCENTED.encode().replace(b"said", b"sa\xffid"))
    assert record.title == "Caf\u00e9 Owner Sues City"
    assert record.warnings == ["1 invalid UTF-8 byte sequence(s) replaced with U+FFFD"]


def test_readers_extractor_warnings_belong_to_the_page(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # trafilatura logs "discarding data: None" to stderr, naming no file (issue 12).
    import logging

    import trafilatura

    def discarding(*args: object, **kwargs: object) -> None:
        logging.getLogger("trafilatura.core").warning("discarding data: %s", None)
        return None

    monkeypatch.setattr(trafilatura, "bare_extraction", discarding)
    logging.basicConfig()  # a handler on the root logger, as the CLI has
    page = b"<html><body><p>The mayor spoke on Tuesday.</p></body></html>"
    (record,) = read_bytes("page.html", page)
    assert record.text == "The mayor spoke on Tuesday."
    assert record.warnings == ["main-text extraction: found no article text; all visible text kept"]
    assert "discarding" not in capsys.readouterr().err
    assert logging.getLogger("trafilatura").propagate  # restored after the page


def test_readers_short_utf8_page_with_one_latin1_byte_stays_utf8() -> None:
    # Two valid sequences (a dash, an n with tilde) against one pasted Latin-1 byte:
    # a four-to-one test had guessed a Mac code page and garbled all three.
    page = "Sheriff ends pact \u2014 county reacts\n\nAna Pe\u00f1a said the jail will stop.\n"
    data = page.encode().replace(b"stop", b"st\xf6p")
    assert decode(data) == (
        page.replace("stop", "st\ufffdp"),
        ["1 invalid UTF-8 byte sequence(s) replaced with U+FFFD"],
    )


def test_readers_cp1252_page_with_one_chance_utf8_pair_is_still_cp1252() -> None:
    # "\u00c9\u201d" is a valid UTF-8 pair by chance; five other accents are not.
    text = "CAF\u00c9\u201d opens. Se\u00f1or Mu\u00f1oz and Ren\u00e9e \u00e0 la cr\u00e8me."
    assert decode(text.encode("cp1252")) == (text, ["decoded as cp1252"])


def test_readers_cp1252_page_with_one_chance_pair_and_one_quote_is_cp1252() -> None:
    # a review: "\u00c9\u201d" is a valid UTF-8 pair by chance, "\u201c" one invalid byte; a
    # pair against a bad byte is no evidence of UTF-8
    text = "Marchers carried a banner that read \u201cJUSTICIA PARA JOS\u00c9\u201d on Sunday."
    assert decode(text.encode("cp1252")) == (text, ["decoded as cp1252"])


def test_readers_cp1252_page_with_two_chance_pairs_is_cp1252() -> None:
    # a review: two accented capitals before quotation marks against one opening quote
    text = (
        "MARCHERS DEMAND JOS\u00c9\u2019S RELEASE\n\n"
        "A banner read \u201cJUSTICIA PARA JOS\u00c9\u201d."
    )
    assert decode(text.encode("cp1252")) == (text, ["decoded as cp1252"])


@pytest.mark.parametrize(
    "data", [b"\x00\x11UN\xd2\x9b\x97\x01\x99\xae\xb6W\x11P[\xd2", b"caf\xe9 \x96 ok"]
)
def test_readers_decode_too_few_bytes_to_guess_raises(data: bytes) -> None:
    # A stray file of a few bytes that are not UTF-8 is no article: the
    # encoding guess on it is noise (it read one such file as ideographs).
    with pytest.raises(InputError, match="too few to tell the encoding"):
        decode(data)
