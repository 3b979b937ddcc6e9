"""Fuzzing the ingest stage: every reader either returns records or says why not.

Bounded hypothesis runs (a few seconds each) over random bytes, truncations of
the fixture files, mixed encodings, deep nesting, huge numbers and NUL bytes.
The only allowed outcomes are records/Documents or an ``InputError`` /
``Problem`` for that one file; ``benchmarks/fuzz_readers.py`` runs the same
targets for longer. Regression tests pin every crash the fuzzing found.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graphx.errors import InputError
from graphx.ingest.corpus import display_path, document_id, load_sidecar, read_corpus
from graphx.ingest.furniture import clean
from graphx.ingest.pubdate import explicit_dates, infer_published, normalise_date
from graphx.ingest.readers import Record, decode, detect_format, html_to_text, read_bytes
from graphx.ingest.report import format_table, to_json
from graphx.ingest.wpjson import load_json

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLES = sorted(p for d in ("ingest", "hostile") for p in (FIXTURES / d).iterdir())
TEXT_SAMPLES = [p for p in SAMPLES if p.suffix != ".bin" and p.stat().st_size < 30_000]
NAMES = ["a.txt", "a.json", "a.jsonl", "a.csv", "a.html", "noext"]
FAST = settings(max_examples=120, deadline=None, suppress_health_check=list(HealthCheck))
SLOW = settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))

ENCODINGS = ["utf-8", "cp1252", "utf-16", "utf-16-le", "utf-16-be", "latin-1"]
fragments = st.lists(
    st.tuples(st.text(max_size=40), st.sampled_from(ENCODINGS)), min_size=1, max_size=6
).map(lambda parts: b"".join(t.encode(e, errors="ignore") for t, e in parts))


def check_records(records: list[Record]) -> None:
    """Invariants every record keeps, whatever the input was."""
    for record in records:
        for name in ("title", "url", "source", "author", "published", "error", "part"):
            value = getattr(record, name)
            assert isinstance(value, str) and "\n" not in value, (name, value)
            value.encode("utf-8")  # no lone surrogates
        record.text.encode("utf-8")
        assert all("\n" not in w for w in record.warnings)


def read_or_reason(name: str, data: bytes) -> list[Record]:
    try:
        records = read_bytes(name, data)
    except InputError as e:
        assert str(e) and "\n" not in str(e)
        return []
    check_records(records)
    return records


@FAST
@given(name=st.sampled_from(NAMES), data=st.binary(max_size=3000))
def test_fuzz_readers_random_bytes(name: str, data: bytes) -> None:
    read_or_reason(name, data)


@FAST
@given(name=st.sampled_from(NAMES), data=fragments)
def test_fuzz_readers_mixed_encodings(name: str, data: bytes) -> None:
    read_or_reason(name, data)


@SLOW
@given(sample=st.sampled_from(TEXT_SAMPLES), cut=st.floats(0, 1), nul=st.booleans())
def test_fuzz_readers_truncated_fixtures(sample: Path, cut: float, nul: bool) -> None:
    data = sample.read_bytes()
    data = data[: int(len(data) * cut)]
    if nul:
        data = data[: len(data) // 2] + b"\x00" + data[len(data) // 2 :]
    read_or_reason(sample.name, data)


@pytest.mark.parametrize("name", ["wp_truncated.json", "wp_list.json", "export.jsonl"])
def test_fuzz_readers_every_truncation_of_json(name: str) -> None:
    data = (FIXTURES / "ingest" / name).read_bytes()
    for end in range(1, len(data) + 1):
        read_or_reason(name, data[:end])


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


@FAST
@given(value=json_values, cut=st.floats(0, 1))
def test_fuzz_readers_every_prefix_of_json_parses(value: object, cut: float) -> None:
    text = json.dumps(value, ensure_ascii=False)
    load_json(text[: max(1, int(len(text) * cut))])  # a cut-off file is never an error


@pytest.mark.parametrize(
    "data",
    [
        b"[" * 50_000,
        b'{"a":' * 50_000,
        b'{"text": "a"}\n' + b"[" * 50_000 + b"\n",
        b'{"content": "x", "n": ' + b"9" * 10_000 + b"}",
        b'{"text": "t", "n": 1e999999, "m": -0}\n{"text": "u", "k": ' + b"1" * 5000 + b"}\n",
        b"title,text,date\nT," + b"9" * 100_000 + b",2019\n",
    ],
    ids=["deep-list", "deep-object", "deep-jsonl", "huge-int", "huge-jsonl", "huge-csv"],
)
@pytest.mark.parametrize("name", ["a.json", "a.jsonl", "a.txt"])
def test_fuzz_readers_deep_nesting_and_huge_numbers(name: str, data: bytes) -> None:
    read_or_reason(name, data)


@FAST
@given(text=st.text(max_size=500), name=st.text(max_size=20))
def test_fuzz_readers_detect_format_total(text: str, name: str) -> None:
    assert detect_format(name, text) in ("json", "jsonl", "html", "csv", "text")


@FAST
@given(data=st.binary(max_size=2000) | fragments)
def test_fuzz_readers_decode_text_or_reason(data: bytes) -> None:
    try:
        text, warnings = decode(data)
    except InputError:
        return
    assert isinstance(text, str) and all(isinstance(w, str) for w in warnings)


@FAST
@given(st.text(alphabet=st.sampled_from("<>/=\"' \n!-ab&;#xscriptyleheadtitlenav"), max_size=300))
def test_fuzz_readers_html_to_text_total(markup: str) -> None:
    text, title = html_to_text(markup)
    assert "<script" not in text.lower() or "<script" in markup.lower().replace("<script", "", 1)


@FAST
@given(st.text(max_size=800))
def test_fuzz_readers_furniture_keeps_only_input_lines(text: str) -> None:
    result = clean(text)
    lines = {line.strip() for line in text.split("\n")}
    assert all(line.strip() in lines for line in result.text.split("\n") if line.strip())


@FAST
@given(
    st.text(max_size=60) | st.from_regex(r"\d{1,5}-\d{1,3}-\d{1,3}(T[\d:]{0,9})?", fullmatch=True)
)
def test_fuzz_readers_normalise_date_value_or_valueerror(value: str) -> None:
    try:
        iso = normalise_date(value)
    except ValueError:
        return
    assert normalise_date(iso) == iso  # idempotent


@FAST
@given(st.text(max_size=600))
def test_fuzz_readers_infer_published_total(text: str) -> None:
    guess = infer_published(text)
    assert guess is None or guess[0] in {v for _, v in explicit_dates(text)}


@SLOW
@given(data=st.binary(max_size=1500) | fragments, suffix=st.sampled_from([".csv", ".json"]))
def test_fuzz_readers_sidecar_table_or_reason(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "metadata" + suffix)
        path.write_bytes(data)
        try:
            sidecar = load_sidecar(path)
        except InputError as e:
            assert "\n" not in str(e)
            return
    assert all(isinstance(v, dict) for v in sidecar.table.values())
    assert all("\n" not in str(p) for p in sidecar.problems())


@SLOW
@given(files=st.lists(st.tuples(st.sampled_from(NAMES), st.binary(max_size=800)), max_size=4))
def test_fuzz_readers_corpus_with_fuzzed_files_always_returns(
    files: list[tuple[str, bytes]],
) -> None:
    good = b"Council Passes Budget\n\nThe council passed the budget on Tuesday."
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, "good.txt").write_bytes(good)
        for n, (name, data) in enumerate(files):
            Path(folder, f"f{n}-{name}").write_bytes(data)
        Path(folder, "metadata.csv").write_bytes(files[0][1] if files else b"")
        corpus = read_corpus(folder)
    assert "good.txt" in [d.path for d in corpus.documents] + [
        p.path.split(" ")[0] for p in corpus.problems if "duplicate" in p.message
    ]
    for problem in corpus.problems:
        assert "\n" not in str(problem) and not problem.message.startswith("unexpected")
    reported = {p.path.split("#")[0] for p in corpus.problems}
    reported |= {d.path.split("#")[0] for d in corpus.documents}
    assert all(f"f{n}-{name}" in reported for n, (name, _) in enumerate(files))  # none silent
    json.loads(to_json(corpus))
    format_table(corpus).encode("utf-8")


# -- regressions: each crash the fuzzing found -------------------------------------


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("a.txt", b"\xff\xfeA"),  # odd-length UTF-16 raised UnicodeDecodeError
        ("a.txt", b"\xff\xfe\x00\xd8a\x00"),  # lone surrogate in UTF-16
        ("a.json", b'{"content": "x", "n": ' + b"1" * 5000 + b"}"),  # int digit limit
        ("a.jsonl", b'{"text":"a"}\n' + b"[" * 100_000 + b"\n"),  # RecursionError
        ("a.json", b'{"text": "long enough body", "url": "http://[oops"}'),  # urlsplit
    ],
)
def test_fuzz_readers_regression_no_exception(name: str, data: bytes) -> None:
    read_or_reason(name, data)


@pytest.mark.parametrize(
    "data",
    [
        b'{"content": {"rendered": "abc \\ud800 def"}, "title": {"rendered": "T \\udc00"}}',
        b'{"text": "a lone \\udfff here", "author": "\\ud83d"}\n{"text": "ok"}\n',
    ],
)
def test_fuzz_readers_regression_lone_surrogates_replaced(data: bytes, tmp_path: Path) -> None:
    # json.loads turns "\ud800" into a lone surrogate; encoding it for the
    # document id crashed read_corpus for the whole corpus.
    (tmp_path / "a.json").write_bytes(data)
    (tmp_path / "b.txt").write_bytes(b"Other article text that is fine.")
    corpus = read_corpus(tmp_path)
    assert "b.txt" in [d.path for d in corpus.documents]
    assert any("\ufffd" in d.text for d in corpus.documents)
    json.loads(to_json(corpus))
    assert all(document_id(d.text) == d.id for d in corpus.documents)


def test_fuzz_readers_regression_undecodable_file_name(tmp_path: Path) -> None:
    # A file name that is not UTF-8 became a lone surrogate in Document.path.
    name = b"bad-\xff-\n.txt"
    with open(os.fsencode(tmp_path) + b"/" + name, "wb"):
        pass
    (tmp_path / "ok.txt").write_bytes(b"An article that reads fine.")
    corpus = read_corpus(tmp_path)
    assert [str(p) for p in corpus.problems] == ["bad-\\xff-\\n.txt: empty file"]
    to_json(corpus).encode("utf-8")
    assert display_path("x\udcff\t") == "x\\xff\\t"


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("<html><head><title>T</title><body><p>Kept body.</p>", ("Kept body.", "T")),
        ("<p>a</p><nav>Home<p>Still the article.", ("a\n\nHome\n\nStill the article.", "")),
        ("<p>a</p><script>evil()", ("a", "")),
        ("<title>Unclosed title holds the body", ("Unclosed title holds the body", "")),
        ("<p>x<svg><title>icon</title></svg><p>y", ("x\n\ny", "")),
    ],
)
def test_fuzz_readers_regression_unclosed_elements_keep_text(
    markup: str, expected: tuple[str, str]
) -> None:
    # An omitted </head> (valid HTML) or a truncated <nav> dropped the rest of the page.
    assert html_to_text(markup) == expected


def test_fuzz_readers_regression_stray_nul_is_not_binary() -> None:
    text, _ = decode(b"A text with one stray \x00 NUL byte in it, otherwise fine.")
    assert text.startswith("A text")
    with pytest.raises(InputError, match="binary"):
        decode(b"\x00\x01" * 100)


def test_fuzz_readers_regression_control_characters_in_html() -> None:
    # atheris: lxml (inside trafilatura) raised ValueError on \x05 or \x0c in a page.
    page = b"<html><body><p>The vote\x05 was close, the clerk said.\x0c</p></body></html>"
    (record,) = read_or_reason("a.html", page)
    assert record.text == "The vote was close, the clerk said." and record.warnings == []


def test_fuzz_readers_extractor_failure_keeps_the_page(monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    def broken(*args: object, **kwargs: object) -> None:
        raise ValueError("All strings must be XML compatible")

    monkeypatch.setattr(trafilatura, "bare_extraction", broken)
    (record,) = read_or_reason("a.html", b"<html><body><p>Still read by our parser.</p>")
    assert record.text == "Still read by our parser."
    assert record.warnings == ["main-text extraction failed (ValueError); all visible text kept"]


MARKUP = ["<![", "<!", "]]>", "]>", "<b>", "</b>", "CDATA[", "if", "endif", "foo[", " ", "x", "<p>"]


@FAST
@given(st.lists(st.sampled_from(MARKUP), max_size=12))
def test_fuzz_html_to_text_declarations_never_raise(parts: list[str]) -> None:
    # Marked sections ("<![...") raised AssertionError in html.parser (issue 12 F6).
    text, title = html_to_text("".join(parts))
    assert isinstance(text, str) and isinstance(title, str)
