"""Score extraction against annotated news in the JSON Lines format of ``../shared/eval``.

Each line is one document: ``id``, ``dct``, ``text`` and gold spans (``timex``,
``entities``, ``events``) with character offsets into ``text``.

Development and test halves (issue 13). The rules of graphx were tuned by
reading these corpora, so a figure measured on the text they were tuned on
says little. Every document goes to one half by a stable hash of its id:
``split_of(id)`` is ``test`` when the first byte of ``sha1(id)`` is odd, else
``dev``. Read mistakes (``errors``) only on ``dev``; report and pin floors only
on ``test``. ``split`` selects ``dev``, ``test`` or ``all``.

Three tasks:

* ``timex``: the headline is ``te3_value``, the TempEval-3 convention: every
  TIMEX3 type, relaxed span match (overlap, one-to-one), value compared as
  written. ``value_ALL`` is the same with both values brought to one spelling
  first (``canonical_value``: ``2000-W7`` = ``2000-W07``), and ``value_DATE``,
  ``value_TIME``... the same per type. Also span P/R/F1, strict (identical
  offsets) and relaxed. Gold timexes whose ``function`` is
  ``CREATION_TIME``/``PUBLICATION_TIME`` are the dateline, not body text: they
  are not scored, and a prediction on them counts as a false positive (this
  reproduces the README baselines for dateparser: DATE span F1 0.52).
  ``span_relaxed_DATE`` is that DATE-only span score.
* ``entities``: exact-span P/R/F1 per label PER/ORG/LOC and micro, over the
  gold proper names (``syntactic_type`` NAM or PRE.NAM); ``micro_the_ignored``
  is the same with a leading "the" dropped from gold and predicted spans
  alike. Our mention types map person -> PER; agency, organization, media ->
  ORG; jurisdiction -> LOC.
* ``events``: ``graphx.eval.eventscore`` runs the event extractor and scores its
  triggers against the gold event mentions, and the dates of the events it
  finds against the gold anchors.

``system`` selects what is scored: ``graphx`` (the default) or a baseline:
for timex ``dateparser`` (``search_dates``) and ``spacy+dateparser`` (spaCy
DATE entities read by dateparser); for entities and events ``spacy`` (the
statistical model alone).

The systems live in :mod:`graphx.eval.systems`, the shared scoring pieces in
:mod:`graphx.eval.scoring` and the time-expression metric in
:mod:`graphx.eval.timexscore`; this module reads datasets, checks requests and
scores the entity task.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from graphx.errors import InputError
from graphx.eval.scoring import Span, Tally, canonical_value, match_spans, prf, same_value
from graphx.eval.systems import ENTITY_SYSTEMS, SYSTEMS, System
from graphx.eval.timexscore import score_timex

__all__ = [
    "ENTITY_SYSTEMS",
    "SPLITS",
    "SYSTEMS",
    "TASKS",
    "canonical_value",
    "evaluate_file",
    "load_bare_model",
    "load_dataset",
    "match_spans",
    "prf",
    "run_evaluate",
    "same_value",
    "split_of",
]

log = logging.getLogger(__name__)

GOLD_NAME_TYPES = {"NAM", "PRE.NAM"}
ENTITY_LABELS = ("PER", "ORG", "LOC")
SPLITS = ("dev", "test", "all")
TASKS = ("timex", "entities", "events")


def load_dataset(path: str | Path) -> Iterator[dict[str, Any]]:
    """Yield the documents of a JSON Lines evaluation file.

    Raises:
        InputError: the file is missing or a line is not JSON.
    """
    try:
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                if line.strip():
                    try:
                        yield json.loads(line)
                    except json.JSONDecodeError as e:
                        raise InputError(f"{path}:{number}: not JSON: {e.msg}") from e
    except OSError as e:
        raise InputError(f"cannot read evaluation file {path}: {e.strerror}") from e


def split_of(doc_id: str) -> str:
    """The half a document belongs to: ``test`` when sha1(id)'s first byte is odd.

    >>> split_of("100911"), split_of("102977")
    ('test', 'dev')
    """
    return "test" if hashlib.sha1(doc_id.encode("utf-8")).digest()[0] % 2 else "dev"


def _score_entities(doc: dict[str, Any], pred: list[Span], tally: Tally) -> None:
    gold = {
        (e["start"], e["end"], e["label"])
        for e in doc.get("entities") or []
        if e.get("syntactic_type") in GOLD_NAME_TYPES and e.get("label") in ENTITY_LABELS
    }
    found = {(p["start"], p["end"], p["label"]) for p in pred}
    for label in ENTITY_LABELS:
        g = {s for s in gold if s[2] == label}
        f = {s for s in found if s[2] == label}
        tally.add(label, len(g & f), len(f), len(g))
    tally.add("micro", len(gold & found), len(found), len(gold))
    # Corpora differ on whether "the" belongs to "the United States"; no reader does.
    gold_bare = {_without_the(doc["text"], s) for s in gold}
    found_bare = {_without_the(doc["text"], s) for s in found}
    tally.add("micro_the_ignored", len(gold_bare & found_bare), len(found_bare), len(gold_bare))
    for s in sorted(gold ^ found):
        tally.error(
            id=doc["id"],
            kind="missed" if s in gold else "spurious",
            span=doc["text"][s[0] : s[1]],
            start=s[0],
            label=s[2],
        )


def _without_the(text: str, span: tuple[int, int, str]) -> tuple[int, int, str]:
    """The span without a leading determiner "the".

    >>> _without_the("in the United States", (3, 20, "LOC"))
    (7, 20, 'LOC')
    """
    start, end, label = span
    return (start + 4, end, label) if text[start : start + 4].lower() == "the " else span


def _systems(task: str) -> dict[str, System]:
    if task == "timex":
        return SYSTEMS
    if task == "entities":
        return ENTITY_SYSTEMS
    from graphx.eval.eventscore import EVENT_SYSTEMS

    return EVENT_SYSTEMS


def _check_request(task: str, system: str, split: str, nlp: Any, errors: int) -> None:
    if task not in TASKS:
        raise InputError(f"unknown evaluation task {task!r}: use one of {', '.join(TASKS)}")
    if system not in _systems(task):
        raise InputError(
            f"unknown system {system!r} for {task}: use one of {', '.join(_systems(task))}"
        )
    if split not in SPLITS:
        raise InputError(f"unknown split {split!r}: use one of {', '.join(SPLITS)}")
    if errors and split != "dev":
        # Reading test mistakes is how test data turns into development data.
        raise InputError("mistakes are listed on the dev half only: use split 'dev'")
    if nlp is None and (task != "timex" or system == "spacy+dateparser"):
        raise InputError(f"task {task!r} with system {system!r} needs a spaCy pipeline")


def evaluate_file(
    path: str | Path,
    *,
    task: str,
    nlp: Any = None,
    errors: int = 0,
    predictions_out: str | Path | None = None,
    system: str = "graphx",
    split: str = "test",
) -> dict[str, Any]:
    """Score one JSON Lines dataset, on one half of it.

    Args:
        path: the dataset file.
        task: ``timex``, ``entities`` or ``events``.
        nlp: a loaded spaCy pipeline; needed for ``entities``, ``events`` and
            the ``spacy+dateparser`` baseline, optional hints for ``graphx`` timexes.
        errors: how many mistakes to return under ``"errors"`` (dev half only).
        predictions_out: when given, write what the system found, one line a document.
        system: ``graphx`` or a baseline of the task (see the module docstring).
        split: ``test`` (the default), ``dev`` or ``all``.

    Returns:
        ``{"dataset", "task", "system", "split", "documents", "metrics", "errors"}``.

    Raises:
        InputError: unreadable dataset, unknown task, system or split, mistakes
            asked for outside the dev half, or a task that needs ``nlp`` without it.
    """
    _check_request(task, system, split, nlp, errors)
    predict = _systems(task)[system]
    tally = Tally(errors)
    docs = (d for d in load_dataset(path) if split == "all" or split_of(str(d["id"])) == split)
    n = _run_system(docs, task, predict, nlp, tally, predictions_out)
    return {
        "dataset": Path(path).name,
        "task": task,
        "system": system,
        "split": split,
        "documents": n,
        "metrics": tally.metrics(),
        "errors": tally.errors,
    }


def _run_system(
    docs: Iterable[dict[str, Any]],
    task: str,
    predict: System,
    nlp: Any,
    tally: Tally,
    predictions_out: str | Path | None,
) -> int:
    """Score what ``predict`` finds in each document; write it out when asked. How many."""
    out = open(predictions_out, "w", encoding="utf-8") if predictions_out else None
    n = 0
    try:
        for doc in docs:
            n += 1
            found = predict(doc, nlp)
            _score(task, doc, found, tally)
            if out:
                out.write(json.dumps({"id": doc["id"], task: found}, ensure_ascii=False) + "\n")
    finally:
        if out:
            out.close()
    return n


def _score(task: str, doc: dict[str, Any], found: list[Span], tally: Tally) -> None:
    if task == "timex":
        score_timex(doc, found, tally)
    elif task == "entities":
        _score_entities(doc, found, tally)
    else:
        from graphx.eval.eventscore import score_events

        score_events(doc, found, tally)


def run_evaluate(
    dataset: str,
    *,
    task: str,
    errors: int,
    predictions: str | None,
    settings: Any,
    system: str = "graphx",
    split: str = "test",
) -> dict[str, Any]:
    """What ``graphx evaluate`` runs: load the model when the task needs it, then score.

    ``graphx`` entities and events use the pipeline of ``graphx.ner.load_nlp``
    (the model with the domain entity ruler); the ``spacy`` baselines the bare
    model. The seeds gold is scored by ``graphx.eval.goldcheck`` and the real-news
    folder by ``graphx.eval.realnews``, which the CLI calls directly.
    """
    nlp = None
    if task != "timex" or system == "spacy+dateparser":
        # a baseline is the statistical model as shipped, without graphx's entity ruler
        nlp = _load_nlp(settings) if system == "graphx" else load_bare_model(settings)
    return evaluate_file(
        dataset,
        task=task,
        nlp=nlp,
        errors=errors,
        predictions_out=predictions,
        system=system,
        split=split,
    )


def _load_nlp(settings: Any) -> Any:
    from graphx.extract import ner

    return ner.load_nlp(settings)


def load_bare_model(settings: Any) -> Any:
    """The statistical model without graphx's entity ruler: the "model alone" baseline."""
    import spacy

    from graphx.extract import ner

    names = ner.AUTO_MODELS if settings.model == "auto" else (settings.model,)
    for name in names:
        try:
            return spacy.load(name)
        except OSError:
            log.debug("spaCy model %s not available", name)
    raise InputError(f"spaCy model {settings.model!r} is not installed")
