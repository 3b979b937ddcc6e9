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
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from graphx.errors import InputError
from graphx.extract.timex.normalise import find_time_expressions
from graphx.model import TimeExpression

__all__ = [
    "canonical_value",
    "evaluate_file",
    "load_dataset",
    "match_spans",
    "prf",
    "run_evaluate",
    "same_value",
    "split_of",
]

log = logging.getLogger(__name__)

DATELINE_FUNCTIONS = {"CREATION_TIME", "PUBLICATION_TIME"}
GOLD_NAME_TYPES = {"NAM", "PRE.NAM"}
ENTITY_LABELS = ("PER", "ORG", "LOC")
MENTION_LABEL = {
    "person": "PER",
    "agency": "ORG",
    "organization": "ORG",
    "media": "ORG",
    "jurisdiction": "LOC",
}
SPACY_LABEL = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
SPLITS = ("dev", "test", "all")
TASKS = ("timex", "entities", "events")

Span = dict[str, Any]


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


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    """Precision, recall and F1 rounded to 4 places.

    >>> prf(3, 4, 6)
    {'p': 0.75, 'r': 0.5, 'f1': 0.6, 'tp': 3, 'pred': 4, 'gold': 6}
    """
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "p": round(p, 4),
        "r": round(r, 4),
        "f1": round(f, 4),
        "tp": tp,
        "pred": n_pred,
        "gold": n_gold,
    }


def match_spans(gold: Sequence[Span], pred: Sequence[Span]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index) of overlapping spans, largest overlap first.

    >>> match_spans([{"start": 0, "end": 5}], [{"start": 3, "end": 9}, {"start": 6, "end": 7}])
    [(0, 0)]
    """
    pairs = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            overlap = min(g["end"], p["end"]) - max(g["start"], p["start"])
            if overlap > 0:
                pairs.append((-overlap, i, j))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, i, j in sorted(pairs):
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            out.append((i, j))
    return sorted(out)


# --- systems -----------------------------------------------------------------


def _as_span(t: TimeExpression) -> Span:
    return {"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value}


def _graphx_timex(doc: dict[str, Any], nlp: Any) -> list[Span]:
    candidates: list[tuple[int, int]] = []
    if nlp is not None:
        candidates = [
            (e.start_char, e.end_char)
            for e in nlp(doc["text"]).ents
            if e.label_ in ("DATE", "TIME")
        ]
    # TimeML gold annotates every expression, bond maturities and targets decades ahead
    # included; the 1800..publication+2y bounds (issue 11) only decide what may date an event.
    found = find_time_expressions(
        doc["text"], dct=doc.get("dct") or "", candidates=candidates, bounded=False
    )
    return [_as_span(t) for t in found]


def _dateparser_value(text: str, dct: str) -> str:
    import datetime as dt

    from dateparser.date import DateDataParser

    base = dt.datetime.fromisoformat(dct) if dct else dt.datetime(2000, 1, 1)
    parser = DateDataParser(languages=["en"], settings={"RELATIVE_BASE": base})
    data = parser.get_date_data(text)
    if data.date_obj is None:
        return ""
    cut = {"year": 4, "month": 7}.get(data.period or "day", 10)
    return str(data.date_obj.date().isoformat()[:cut])


def _baseline_dateparser(doc: dict[str, Any], nlp: Any) -> list[Span]:
    import datetime as dt

    from dateparser.search import search_dates

    text, dct = doc["text"], doc.get("dct") or "2000-01-01"
    settings = {"RELATIVE_BASE": dt.datetime.fromisoformat(dct)}
    out, pos = [], 0
    for found, when in search_dates(text, languages=["en"], settings=settings) or []:
        start = text.find(found, pos)
        if start < 0:
            start = text.find(found)
        if start < 0:
            continue
        pos = start + len(found)
        out.append(
            {
                "start": start,
                "end": pos,
                "text": found,
                "type": "DATE",
                "value": when.date().isoformat(),
            }
        )
    return out


def _baseline_spacy(doc: dict[str, Any], nlp: Any) -> list[Span]:
    return [
        {
            "start": e.start_char,
            "end": e.end_char,
            "text": e.text,
            "type": "DATE",
            "value": _dateparser_value(e.text, doc.get("dct") or ""),
        }
        for e in nlp(doc["text"]).ents
        if e.label_ == "DATE"
    ]


SYSTEMS: dict[str, Callable[[dict[str, Any], Any], list[Span]]] = {
    "graphx": _graphx_timex,
    "dateparser": _baseline_dateparser,
    "spacy+dateparser": _baseline_spacy,
}


def _predict_entities(doc: dict[str, Any], nlp: Any) -> list[Span]:
    from graphx.extract import ner

    return [
        {"start": m.start, "end": m.end, "text": m.text, "label": MENTION_LABEL[m.type]}
        for m in ner.find_mentions(nlp(doc["text"]))
        if m.type in MENTION_LABEL
    ]


def _baseline_spacy_entities(doc: dict[str, Any], nlp: Any) -> list[Span]:
    """The statistical model alone: its PERSON/ORG/GPE/LOC/FAC entities."""
    return [
        {"start": e.start_char, "end": e.end_char, "text": e.text, "label": SPACY_LABEL[e.label_]}
        for e in nlp(doc["text"]).ents
        if e.label_ in SPACY_LABEL
    ]


ENTITY_SYSTEMS: dict[str, Callable[[dict[str, Any], Any], list[Span]]] = {
    "graphx": _predict_entities,
    "spacy": _baseline_spacy_entities,
}


# --- scoring -----------------------------------------------------------------


def _timex_gold(doc: dict[str, Any]) -> tuple[list[Span], list[Span]]:
    gold: list[Span] = []
    dateline: list[Span] = []
    for t in doc.get("timex") or []:
        (dateline if t.get("function") in DATELINE_FUNCTIONS else gold).append(t)
    return gold, dateline


def _overlaps(span: Span, others: Sequence[Span]) -> bool:
    return any(min(span["end"], o["end"]) > max(span["start"], o["start"]) for o in others)


class _Tally:
    """Counts summed over documents, plus the mistakes kept for ``--errors``."""

    def __init__(self, keep: int) -> None:
        self.counts: dict[str, list[int]] = {}
        self.errors: list[dict[str, Any]] = []
        self.keep = keep

    def add(self, key: str, tp: int, n_pred: int, n_gold: int) -> None:
        c = self.counts.setdefault(key, [0, 0, 0])
        c[0] += tp
        c[1] += n_pred
        c[2] += n_gold

    def error(self, **item: Any) -> None:
        if len(self.errors) < self.keep:
            self.errors.append(item)

    def metrics(self) -> dict[str, Any]:
        return {key: prf(*c) for key, c in sorted(self.counts.items())}


_WEEK = re.compile(r"^(\d{4}-W)(\d)$")
_UNKNOWN_MONTH = re.compile(r"^(\d{4})-XX$")
_DECADE_X = re.compile(r"^(\d{3})X$")


def canonical_value(value: str) -> str:
    """One spelling per TimeML value, applied to gold and predictions alike.

    The corpora spell some values in older TIMEX2 or unpadded forms (AQUAINT
    writes ``2000-W7``, ``1968-XX`` and ``198X``); TimeML writes ``2000-W07``,
    ``1968`` and ``198``. Only the spelling is changed, never the meaning.

    >>> [canonical_value(v) for v in ("2000-W7", "1968-XX", "198X", "2019-05-07")]
    ['2000-W07', '1968', '198', '2019-05-07']
    """
    value = _WEEK.sub(r"\g<1>0\2", value)
    value = _UNKNOWN_MONTH.sub(r"\1", value)
    return _DECADE_X.sub(r"\1", value)


def same_value(predicted: str, gold: str) -> bool:
    return canonical_value(predicted) == canonical_value(gold)


def _score_timex(doc: dict[str, Any], pred: list[Span], tally: _Tally) -> list[Span]:
    gold, _ = _timex_gold(doc)
    dates = [i for i, p in enumerate(pred) if p["type"] == "DATE"]
    gold_dates = [g for g in gold if g["type"] == "DATE"]
    tally.add(
        "span_relaxed_DATE",
        len(match_spans(gold_dates, [pred[i] for i in dates])),
        len(dates),
        len(gold_dates),
    )
    strict = {(g["start"], g["end"]) for g in gold} & {(p["start"], p["end"]) for p in pred}
    tally.add("span_strict", len(strict), len(pred), len(gold))
    pairs = match_spans(gold, pred)
    tally.add("span_relaxed", len(pairs), len(pred), len(gold))
    matched = dict(pairs)
    # TempEval-3: all types, relaxed span, the value exactly as written.
    as_written = sum(1 for i, j in pairs if pred[j]["value"] == gold[i]["value"])
    tally.add("te3_value", as_written, len(pred), len(gold))
    for kind in ("DATE", "TIME", "DURATION", "SET", "ALL"):
        g_idx = [i for i, g in enumerate(gold) if kind in ("ALL", g["type"])]
        p_n = sum(1 for p in pred if kind in ("ALL", p["type"]))
        tp = sum(
            1
            for i in g_idx
            if i in matched
            and same_value(pred[matched[i]]["value"], gold[i]["value"])
            and kind in ("ALL", pred[matched[i]]["type"])
        )
        tally.add(f"value_{kind}", tp, p_n, len(g_idx))
    hit = set(matched.values())
    for i, g in enumerate(gold):
        p = pred[matched[i]] if i in matched else None
        if p is None or not same_value(p["value"], g["value"]) or p["type"] != g["type"]:
            tally.error(
                id=doc["id"],
                dct=doc.get("dct"),
                gold=_brief(g),
                pred=_brief(p),
                context=_context(doc["text"], g),
            )
    for j, p in enumerate(pred):
        if j not in hit:
            tally.error(
                id=doc["id"],
                dct=doc.get("dct"),
                gold=None,
                pred=_brief(p),
                context=_context(doc["text"], p),
            )
    return pred


def _score_entities(doc: dict[str, Any], pred: list[Span], tally: _Tally) -> None:
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


def _brief(span: Span | None) -> dict[str, Any] | None:
    if span is None:
        return None
    return {k: span.get(k) for k in ("start", "end", "text", "type", "value")}


def _context(text: str, span: Span, width: int = 50) -> str:
    return text[max(0, span["start"] - width) : span["end"] + width].replace("\n", " | ")


def _systems(task: str) -> dict[str, Callable[[dict[str, Any], Any], list[Span]]]:
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
    tally = _Tally(errors)
    out = open(predictions_out, "w", encoding="utf-8") if predictions_out else None
    n = 0
    try:
        for doc in load_dataset(path):
            if split != "all" and split_of(str(doc["id"])) != split:
                continue
            n += 1
            found = predict(doc, nlp)
            _score(task, doc, found, tally)
            if out:
                out.write(json.dumps({"id": doc["id"], task: found}, ensure_ascii=False) + "\n")
    finally:
        if out:
            out.close()
    return {
        "dataset": Path(path).name,
        "task": task,
        "system": system,
        "split": split,
        "documents": n,
        "metrics": tally.metrics(),
        "errors": tally.errors,
    }


def _score(task: str, doc: dict[str, Any], found: list[Span], tally: _Tally) -> None:
    if task == "timex":
        _score_timex(doc, found, tally)
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
