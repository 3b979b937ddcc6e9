"""The document boundary: one failing document never stops the others (no model)."""

from __future__ import annotations

import pickle
from collections.abc import Callable

import pytest
import spacy

from graphx.boundary import CorpusStageError, StageError, corpus_stage, failure, stage
from graphx.build import engines
from graphx.errors import SettingsError
from graphx.model import DocExtraction, Document, Failure


def test_boundary_stage_names_the_step_and_keeps_the_cause() -> None:
    with pytest.raises(StageError) as caught, stage("dates"):
        raise OverflowError("date value out of range")
    assert caught.value.stage == "dates"
    assert failure("d1", caught.value, default_stage="x") == Failure(
        "d1", "dates", "OverflowError: date value out of range"
    )


def test_boundary_settings_errors_are_not_a_document_failure() -> None:
    with pytest.raises(SettingsError), stage("entities"):
        raise SettingsError("patterns file is not valid")


def test_boundary_corpus_stage_names_the_stage() -> None:
    with pytest.raises(CorpusStageError, match="the resolution stage failed.*KeyError"):
        with corpus_stage("resolution"):
            raise KeyError("x")


def test_boundary_failure_travels_to_worker_processes() -> None:
    # Workers (--jobs, Dask) send their results back pickled.
    f = Failure("d", "events", "RecursionError: maximum recursion depth exceeded")
    assert pickle.loads(pickle.dumps(f)) == f


def _doc(name: str, text: str) -> Document:
    return Document(id=name, path=f"{name}.txt", format="text", text=text)


@pytest.fixture
def blank_nlp() -> spacy.language.Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def test_boundary_one_failing_document_leaves_the_others(
    blank_nlp: spacy.language.Language, events_fail_on: Callable[[str], None]
) -> None:
    events_fail_on("Boom")
    documents = [_doc("a", "Ann spoke."), _doc("b", "Boom went it."), _doc("c", "Cy left.")]
    outcomes = list(engines._outcomes(blank_nlp, documents, 2))
    assert [type(o).__name__ for o in outcomes] == ["DocExtraction", "Failure", "DocExtraction"]
    assert outcomes[1] == Failure("b", "events", "RecursionError: maximum recursion depth exceeded")
    assert isinstance(outcomes[2], DocExtraction) and outcomes[2].doc_id == "c"


def test_boundary_a_text_the_parser_refuses_fails_alone(
    blank_nlp: spacy.language.Language,
) -> None:
    blank_nlp.max_length = 50  # below the piece size, so the parser refuses it (spaCy E088)
    documents = [_doc("a", "Ann spoke."), _doc("b", "word " * 20), _doc("c", "Cy left.")]
    outcomes = list(engines._outcomes(blank_nlp, documents, 8))
    assert [o.doc_id for o in outcomes] == ["a", "b", "c"]
    assert isinstance(outcomes[1], Failure) and outcomes[1].stage == "parse"
    assert "E088" in outcomes[1].error
    assert isinstance(outcomes[0], DocExtraction) and isinstance(outcomes[2], DocExtraction)


def test_boundary_long_documents_are_parsed_in_pieces(
    blank_nlp: spacy.language.Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engines, "CHUNK_CHARS", 40)
    text = "Ann spoke to Bob. " * 10  # 180 characters: five pieces
    calls: list[int] = []
    real_call = type(blank_nlp).__call__

    def counting(self, text, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(len(text))
        return real_call(self, text, **kwargs)

    monkeypatch.setattr(type(blank_nlp), "__call__", counting)
    (outcome,) = engines._outcomes(blank_nlp, [_doc("a", text)], 8)
    assert isinstance(outcome, DocExtraction)
    assert len(calls) == 5 and all(n <= 40 for n in calls)
    assert len(outcome.sentences) == 10
    assert all(text[s.start : s.end] == s.text for s in outcome.sentences)
