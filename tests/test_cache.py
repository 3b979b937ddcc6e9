"""The per-document cache: round trip, keys, the build lock."""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, replace
from pathlib import Path

import pytest

from graphx.build.cache import (
    ExtractionCache,
    build_lock,
    check_extraction,
    extraction_from_dict,
    pipeline_version,
)
from graphx.errors import GraphxError, OutputError
from graphx.ingest.cache import RecordCache
from graphx.ingest.corpus import read_corpus
from graphx.ingest.readers import Record
from graphx.model import DocExtraction, Document, EventMention, Mention, Sentence, TimeExpression
from graphx.schema import SchemaError
from graphx.settings import load_settings

TIME = TimeExpression(
    "Last Friday", 0, 11, "DATE", "2020-01-17", "2020-01-17", "2020-01-17", "day", True, "read"
)
EXTRACTION = DocExtraction(
    "d1",
    [Sentence(0, 30, "Last Friday, ICE subpoenaed X.")],
    [Mention("ICE", 13, 16, 0, "agency", "AGENCY", "ice", "")],
    [TIME],
    [
        EventMention(
            0, "subpoenaed", "legal_action", "ICE subpoenaed X", [("m13-16", "agent")], None, TIME
        )
    ],
)
DOC = Document(
    "d1",
    "a.txt",
    "text",
    "Last Friday, ICE subpoenaed X.",
    published="2020-01-20",
    published_basis="sidecar",
)


def test_cache_round_trip_is_lossless(tmp_path: Path) -> None:
    assert extraction_from_dict(asdict(EXTRACTION)) == EXTRACTION
    cache = ExtractionCache(tmp_path, "v1")
    assert cache.load(DOC) is None
    cache.put(DOC, EXTRACTION)
    assert cache.load(DOC) == EXTRACTION


def test_cache_shares_repeated_strings(tmp_path: Path) -> None:
    # Two documents that both mention ICE: after a put or a load, one string for both.
    cache = ExtractionCache(tmp_path, "v1")
    other = replace(DOC, id="d2")
    stored = [cache.put(DOC, EXTRACTION), cache.put(other, replace(EXTRACTION, doc_id="d2"))]
    loaded = [cache.load(DOC), cache.load(other)]
    for a, b in (stored, loaded):
        assert a is not None and b is not None
        assert a.mentions[0].type is b.mentions[0].type
        assert a.mentions[0].text is b.mentions[0].text
        assert a.times[0].date_start is b.times[0].date_start
        assert a.events[0].event_type is b.events[0].event_type
    assert stored[0] == EXTRACTION


def test_cache_key_follows_date_metadata(tmp_path: Path) -> None:
    cache = ExtractionCache(tmp_path, "v1")
    cache.put(DOC, EXTRACTION)
    # Relative dates are read against the publication date: a new date is a new extraction.
    assert cache.load(replace(DOC, published="2020-02-01")) is None


def test_cache_corrupt_entry_is_extracted_again(tmp_path: Path) -> None:
    cache = ExtractionCache(tmp_path, "v1")
    cache.put(DOC, EXTRACTION)
    (entry,) = cache.dir.iterdir()
    entry.write_text('{"doc_id": "d1", "sentences": [', encoding="utf-8")
    assert cache.load(DOC) is None


def test_cache_version_ignores_aliases_but_not_patterns(tmp_path: Path) -> None:
    aliases = tmp_path / "aliases.csv"
    aliases.write_text("action,name,type,canonical\n", encoding="utf-8")
    base = pipeline_version(load_settings())
    assert pipeline_version(load_settings(aliases_file=str(aliases))) == base
    patterns = tmp_path / "patterns.jsonl"
    patterns.write_text('{"label": "ORG", "pattern": "Acme", "id": "acme"}\n', encoding="utf-8")
    assert pipeline_version(load_settings(patterns_file=str(patterns))) != base


def test_cache_build_lock_refuses_a_second_build(tmp_path: Path) -> None:
    with build_lock(tmp_path):
        with pytest.raises(GraphxError, match="another build is writing to"):
            with build_lock(tmp_path):
                pass
    with build_lock(tmp_path):  # released after use
        pass


def test_cache_build_lock_on_a_file_is_one_error(tmp_path: Path) -> None:
    taken = tmp_path / "graph"
    taken.write_text("not a folder", encoding="utf-8")
    with pytest.raises(OutputError, match=r"cannot create the folder .*graph: File exists"):
        with build_lock(taken):
            pass


def test_cache_build_lock_in_a_read_only_folder_is_one_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Simulated: tests may run as root, for whom chmod does not make a folder read-only.
    def read_only(self: Path, *args: object, **kwargs: object) -> object:
        raise OSError(30, "Read-only file system", str(self))

    monkeypatch.setattr(Path, "open", read_only)
    with pytest.raises(
        OutputError, match=r"cannot write to the output folder .*: Read-only file system$"
    ):
        with build_lock(tmp_path):
            pass


def _set(path: str, value: object):  # type: ignore[no-untyped-def]
    """A change to a decoded cache entry: set the item at a dotted path."""

    def change(data: dict) -> None:  # type: ignore[type-arg]
        *parents, last = path.split(".")
        for step in parents:
            data = data[int(step)] if step.isdigit() else data[step]  # type: ignore[index]
        data[int(last) if last.isdigit() else last] = value  # type: ignore[index]

    return change


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (_set("mentions", ["x"]), "mentions[0]: expected an object (Mention), got str"),
        (_set("mentions.0.start", "13"), "mentions[0].start: expected int, got str"),
        (_set("mentions.0.end", 999), "mentions: span 13-999 outside the text"),
        (_set("sentences", None), "sentences: expected list, got null"),
        (_set("events.0.participants.0", ["m9-99", "agent"]), "no mention has the id 'm9-99'"),
        (_set("events.0.place", "m5-6"), "events.place: no mention has the id 'm5-6'"),
        # An entry from before mention ids: participants were positions (issue 14).
        (_set("events.0.participants.0", [0, "agent"]), "expected str, got int"),
        (_set("events.0.sentence", 3), "events.sentence: index 3 out of range (0-0)"),
        (_set("events.0.time", {"text": "x"}), "events[0].time: missing key 'end'"),
        (_set("doc_id", "d9"), "doc_id: 'd9' is not the document's 'd1'"),
        (_set("colour", "blue"), "entry: unknown key 'colour'"),
    ],
)
def test_cache_entry_of_wrong_shape_is_extracted_again_with_a_warning(
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    change,
    reason: str,  # type: ignore[no-untyped-def]
) -> None:
    cache = ExtractionCache(tmp_path, "v1")
    cache.put(DOC, EXTRACTION)
    (entry,) = cache.dir.iterdir()
    data = json.loads(entry.read_text(encoding="utf-8"))
    change(data)
    entry.write_text(json.dumps(data), encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="graphx.build.cache"):
        assert cache.load(DOC) is None
    (message,) = [r.getMessage() for r in caplog.records]
    assert str(entry) in message and reason in message and "extracting a.txt again" in message


def test_cache_records_entry_with_null_warnings_is_read_again(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Big News Today\n\nThe board voted on Tuesday.", encoding="utf-8")
    records = RecordCache(tmp_path / "records", "v1")
    read_corpus(corpus, record_cache=records)
    (entry,) = records.dir.iterdir()
    rows = json.loads(entry.read_text(encoding="utf-8"))
    rows[0]["warnings"] = None
    entry.write_text(json.dumps(rows), encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="graphx.build.cache"):
        result = read_corpus(corpus, record_cache=records)
    assert [(d.path, d.title, d.warnings) for d in result.documents] == [
        ("a.txt", "Big News Today", [])
    ]
    assert result.problems == []
    (message,) = [r.getMessage() for r in caplog.records]
    assert "[0].warnings: expected list, got null" in message and "reading a.txt again" in message
    # The bad entry was replaced by a good one.
    assert json.loads(entry.read_text(encoding="utf-8")) == [
        {"format": "text", "text": "The board voted on Tuesday.", "title": "Big News Today"}
    ]


def test_cache_unwritable_records_cache_stops_with_one_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Not one "unexpected error" per file: the cache folder is the problem (issue 12 F7).
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("a.txt", "b.txt"):
        (corpus / name).write_text(f"Big News Today\n\nThe {name} board voted.", encoding="utf-8")
    records = RecordCache(tmp_path / "records", "v1")

    def read_only(*args: object, **kwargs: object) -> int:
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr("graphx.files.os.open", read_only)
    with pytest.raises(OutputError, match="Read-only file system"):
        read_corpus(corpus, record_cache=records)


def test_cache_records_of_a_file_of_failures_are_not_kept(tmp_path: Path) -> None:
    # A million failed entries made a 184 MB cache entry (issue 12 M6).
    records = RecordCache(tmp_path, "v1")
    failed = [Record(format="json", part="#2", error="not an article object (int)")]
    records.put("n.json", b"[1]", failed * 30)
    assert list(records.dir.iterdir()) == []
    records.put("ok.json", b"[{}]", [Record(format="json", text="Body.", part="#1")] + failed)
    assert records.load("ok.json", b"[{}]") == [
        Record(format="json", text="Body.", part="#1"),
        *failed,
    ]


def test_cache_key_covers_every_module_extraction_imports() -> None:
    # The hand-kept list missed the modules added for issues 11, 15 and 16 (issue 14).
    from graphx.build.cache import stage_modules

    root = stage_modules()[0].parents[0]
    names = {p.relative_to(p.parents[1]).as_posix() for p in stage_modules()}
    assert {
        "build/engines.py",
        "extract/ner.py",
        "extract/events.py",
        "timex/normalise.py",
    } <= names
    assert {
        "timex/rules.py",
        "extract/lines.py",
        "extract/chunks.py",
        "graphx/boundary.py",
    } <= names
    assert {"extract/headlines.py", "extract/credits.py", "graphx/model.py"} <= names
    assert not {p.parts[-2] for p in stage_modules()} & {"resolve", "explore", "ui", "eval"}
    assert root.name == "graphx"


def test_cache_entry_from_before_mention_ids_is_extracted_again(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # Issue 14: participants were positions in the mention list and mentions had no id.
    cache = ExtractionCache(tmp_path, "v1")
    cache.put(DOC, EXTRACTION)
    (entry,) = cache.dir.iterdir()
    data = json.loads(entry.read_text(encoding="utf-8"))
    for mention in data["mentions"]:
        del mention["id"]
    data["events"][0]["participants"] = [[0, "agent"]]
    entry.write_text(json.dumps(data), encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="graphx.build.cache"):
        assert cache.load(DOC) is None
    assert "expected str, got int" in caplog.text


def test_cache_mentions_without_ids_take_the_ids_of_their_offsets(tmp_path: Path) -> None:
    data = asdict(EXTRACTION)
    del data["mentions"][0]["id"]
    check_extraction(data, DOC)
    assert extraction_from_dict(data) == EXTRACTION


def test_cache_entry_with_two_mentions_of_one_id_is_refused() -> None:
    data = asdict(EXTRACTION)
    data["mentions"].append(dict(data["mentions"][0]))
    with pytest.raises(SchemaError, match="two mentions have one id"):
        check_extraction(data, DOC)
