"""The evaluation harness on small hand-made datasets (no model)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import graphx.eval.evaluate as ev
from graphx.errors import InputError

TEXT = "Agency news\nJanuary 20, 2020\nICE said Friday that arrests rose in 2019. Ends Tuesday."


def _doc(**extra: Any) -> dict[str, Any]:
    def span(text: str, **kw: Any) -> dict[str, Any]:
        start = TEXT.index(text)
        return {"start": start, "end": start + len(text), "text": text, **kw}

    doc = {
        "id": "d1",
        "dct": "2020-01-20",
        "text": TEXT,
        "timex": [
            span("January 20, 2020", type="DATE", value="2020-01-20", function="CREATION_TIME"),
            span("Friday", type="DATE", value="2020-01-17", function="NONE"),
            span("2019", type="DATE", value="2019-05", function="NONE"),
            span("Tuesday", type="DATE", value="2020-01-14", function="NONE"),
        ],
        "entities": [
            span("ICE", label="ORG", syntactic_type="NAM"),
            span("Agency", label="ORG", syntactic_type="NOM"),
        ],
        "events": [
            span(
                "said",
                anchor_value="2020-01-17",
                time_links=[{"to_dct": False, "timex_value": "2020-01-17"}],
            ),
            span("rose", anchor_value="2019"),
            span("Ends", anchor_value="PRESENT_REF"),
        ],
    }
    doc.update(extra)
    return doc


@pytest.fixture
def dataset(tmp_path: Path) -> Path:
    path = tmp_path / "set.jsonl"
    path.write_text(json.dumps(_doc()) + "\n\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("tp", "pred", "gold", "f1"),
    [(0, 0, 0, 0.0), (2, 2, 2, 1.0), (1, 2, 4, 0.3333), (0, 3, 3, 0.0)],
)
def test_evaluate_prf(tp: int, pred: int, gold: int, f1: float) -> None:
    assert ev.prf(tp, pred, gold)["f1"] == f1


def test_evaluate_match_spans_is_one_to_one() -> None:
    gold = [{"start": 0, "end": 10}, {"start": 12, "end": 14}]
    pred = [{"start": 2, "end": 13}, {"start": 0, "end": 3}]
    # the largest overlap wins and each span is used once
    assert ev.match_spans(gold, pred) == [(0, 0)]
    assert ev.match_spans(gold, pred[1:] + [{"start": 13, "end": 20}]) == [(0, 0), (1, 1)]


def test_evaluate_timex_skips_dateline_and_scores_values(dataset: Path) -> None:
    result = ev.evaluate_file(dataset, task="timex", errors=5, split="dev")
    m = result["metrics"]
    assert result["documents"] == 1
    assert m["span_strict"]["gold"] == 3  # the CREATION_TIME dateline is not scored
    assert m["span_relaxed"]["tp"] == 3 and m["span_relaxed"]["pred"] == 3
    # the gold "2019" is (deliberately) at month precision: one value mistake
    assert (m["value_DATE"]["tp"], m["value_DATE"]["gold"]) == (2, 3)
    (mistake,) = result["errors"]
    assert mistake["gold"]["value"] == "2019-05" and mistake["pred"]["value"] == "2019"


def test_evaluate_counts_a_dateline_prediction_as_false_positive(
    dataset: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    start = TEXT.index("January 20, 2020")
    on_dateline = {"start": start, "end": start + 16, "text": "January 20, 2020"}
    monkeypatch.setitem(
        ev.SYSTEMS,
        "graphx",
        lambda doc, nlp: [{**on_dateline, "type": "DATE", "value": "2020-01-20"}],
    )
    m = ev.evaluate_file(dataset, task="timex", split="all")["metrics"]
    assert m["value_DATE"] == ev.prf(0, 1, 3)
    assert m["span_relaxed_DATE"] == ev.prf(0, 1, 3)


def test_evaluate_writes_predictions(dataset: Path, tmp_path: Path) -> None:
    out = tmp_path / "pred.jsonl"
    ev.evaluate_file(dataset, task="timex", predictions_out=out, split="all")
    (line,) = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert line["id"] == "d1"
    first = line["timex"][0]
    assert set(first) == {"start", "end", "text", "type", "value"}
    assert TEXT[first["start"] : first["end"]] == first["text"]


def test_evaluate_events_scores_triggers_and_dates(
    dataset: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from graphx.eval import eventscore

    def span(text: str, value: str) -> dict[str, Any]:
        start = TEXT.index(text)
        return {"start": start, "end": start + len(text), "text": text, "type": "", "value": value}

    # "said" found with the right date, "rose" found with a wrong one, "Friday" is no event
    found = [span("said", "2020-01-17"), span("rose", "2019-05"), span("Friday", "")]
    monkeypatch.setitem(eventscore.EVENT_SYSTEMS, "graphx", lambda doc, nlp: found)
    m = ev.evaluate_file(dataset, task="events", nlp=object(), split="all")["metrics"]
    assert m["trigger"] == ev.prf(2, 3, 3)
    assert m["dating"] == ev.prf(1, 2, 2)  # PRESENT_REF ("Ends") is no calendar anchor
    assert m["text_anchored_found"]["r"] == 1.0  # "said" is tied to "Friday" in the text
    assert m["text_anchored_dated"]["r"] == 1.0


def test_evaluate_entities_exact_span_on_proper_names(
    dataset: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    start = TEXT.index("ICE")
    found = [
        {"start": start, "end": start + 3, "text": "ICE", "label": "ORG"},
        {"start": start, "end": start + 8, "text": "ICE said", "label": "ORG"},
    ]
    monkeypatch.setitem(ev.ENTITY_SYSTEMS, "graphx", lambda doc, nlp: found)
    m = ev.evaluate_file(dataset, task="entities", nlp=object(), split="all")["metrics"]
    assert m["micro"] == ev.prf(1, 2, 1)  # the NOM mention "Agency" is not gold
    assert m["PER"] == ev.prf(0, 0, 0)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"task": "dates"}, "unknown evaluation task"),
        ({"task": "timex", "system": "magic"}, "unknown system"),
        ({"task": "entities"}, "needs a spaCy pipeline"),
        ({"task": "events"}, "needs a spaCy pipeline"),
        ({"task": "timex", "split": "train"}, "unknown split"),
        ({"task": "timex", "errors": 5}, "dev half only"),
        ({"task": "timex", "errors": 5, "split": "all"}, "dev half only"),
    ],
)
def test_evaluate_rejects_bad_requests(dataset: Path, kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(InputError, match=message):
        ev.evaluate_file(dataset, **kwargs)


def test_evaluate_reports_unreadable_files(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    with pytest.raises(InputError, match="bad.jsonl:1"):
        ev.evaluate_file(bad, task="timex", split="all")
    with pytest.raises(InputError, match="cannot read"):
        ev.evaluate_file(tmp_path / "missing.jsonl", task="timex")


def test_evaluate_dateparser_baseline_runs(dataset: Path) -> None:
    m = ev.evaluate_file(dataset, task="timex", system="dateparser", split="all")["metrics"]
    assert m["span_relaxed"]["gold"] == 3


@pytest.mark.parametrize(
    ("doc_id", "half"), [("d1", "dev"), ("d5", "dev"), ("d4", "test"), ("b", "test")]
)
def test_evaluate_split_of_is_a_stable_hash(doc_id: str, half: str) -> None:
    # halves computed by hand: sha1("d4").digest()[0] is odd
    assert ev.split_of(doc_id) == half


def test_evaluate_scores_only_the_requested_half(tmp_path: Path) -> None:
    path = tmp_path / "two.jsonl"
    lines = [json.dumps(_doc(id=doc_id)) for doc_id in ("d1", "d4")]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    counts = {s: ev.evaluate_file(path, task="timex", split=s)["documents"] for s in ev.SPLITS}
    assert counts == {"dev": 1, "test": 1, "all": 2}


def test_evaluate_te3_value_compares_values_as_written(
    dataset: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def at(text: str, kind: str, value: str) -> dict[str, Any]:
        start = TEXT.index(text)
        return {
            "start": start,
            "end": start + len(text),
            "text": text,
            "type": kind,
            "value": value,
        }

    gold = _doc()
    gold["timex"][2]["value"] = "2019-W1"  # an unpadded week, as AQUAINT writes some
    dataset.write_text(json.dumps(gold) + "\n", encoding="utf-8")
    found = [at("Friday", "DATE", "2020-01-17"), at("2019", "DATE", "2019-W01")]
    monkeypatch.setitem(ev.SYSTEMS, "graphx", lambda doc, nlp: found)
    m = ev.evaluate_file(dataset, task="timex", split="all")["metrics"]
    assert m["te3_value"] == ev.prf(1, 2, 3)
    assert m["value_ALL"] == ev.prf(2, 2, 3)  # one spelling: 2019-W1 = 2019-W01


def test_evaluate_entities_variant_ignores_a_leading_the(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "Troops left the Republic of Kiribati and Ohio."
    kiribati, ohio = text.index("the Republic"), text.index("Ohio")
    doc = {
        "id": "d1",
        "text": text,
        "entities": [
            {"start": kiribati, "end": kiribati + 26, "label": "LOC", "syntactic_type": "NAM"},
            {"start": ohio, "end": ohio + 4, "label": "LOC", "syntactic_type": "NAM"},
        ],
    }
    path = tmp_path / "d.jsonl"
    path.write_text(json.dumps(doc) + "\n", encoding="utf-8")
    found = [
        {"start": kiribati + 4, "end": kiribati + 26, "text": "", "label": "LOC"},
        {"start": ohio, "end": ohio + 4, "text": "Ohio", "label": "LOC"},
    ]
    monkeypatch.setitem(ev.ENTITY_SYSTEMS, "graphx", lambda doc, nlp: found)
    m = ev.evaluate_file(path, task="entities", nlp=object(), split="all")["metrics"]
    assert m["micro"] == ev.prf(1, 2, 2)
    assert m["micro_the_ignored"] == ev.prf(2, 2, 2)
