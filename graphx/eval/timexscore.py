"""The time-expression metric: predicted spans and values against gold TIMEX3 (issue 13).

The headline is ``te3_value`` (TempEval-3: every type, relaxed span match,
value compared as written); ``value_<TYPE>``/``value_ALL`` compare values in
one spelling (:func:`graphx.eval.scoring.canonical_value`); ``span_strict``,
``span_relaxed`` and ``span_relaxed_DATE`` score spans alone. Dateline
timexes (``CREATION_TIME``/``PUBLICATION_TIME``) are not scored, and a
prediction on one counts as a false positive.
"""

from __future__ import annotations

from typing import Any

from graphx.eval.scoring import Span, Tally, brief, context, match_spans, same_value

__all__ = ["DATELINE_FUNCTIONS", "score_timex"]

DATELINE_FUNCTIONS = {"CREATION_TIME", "PUBLICATION_TIME"}
VALUE_KINDS = ("DATE", "TIME", "DURATION", "SET", "ALL")


def _timex_gold(doc: dict[str, Any]) -> tuple[list[Span], list[Span]]:
    gold: list[Span] = []
    dateline: list[Span] = []
    for t in doc.get("timex") or []:
        (dateline if t.get("function") in DATELINE_FUNCTIONS else gold).append(t)
    return gold, dateline


def score_timex(doc: dict[str, Any], pred: list[Span], tally: Tally) -> list[Span]:
    """Add one document's time-expression counts and mistakes to ``tally``."""
    gold, _ = _timex_gold(doc)
    pairs = _score_spans(gold, pred, tally)
    matched = dict(pairs)
    # TempEval-3: all types, relaxed span, the value exactly as written.
    as_written = sum(1 for i, j in pairs if pred[j]["value"] == gold[i]["value"])
    tally.add("te3_value", as_written, len(pred), len(gold))
    _score_values(gold, pred, matched, tally)
    _list_mistakes(doc, gold, pred, matched, tally)
    return pred


def _score_spans(gold: list[Span], pred: list[Span], tally: Tally) -> list[tuple[int, int]]:
    """Span counts (DATE relaxed, strict, relaxed); the relaxed one-to-one pairs."""
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
    return pairs


def _score_values(
    gold: list[Span], pred: list[Span], matched: dict[int, int], tally: Tally
) -> None:
    """``value_<TYPE>``: a matched pair of that type whose values are spelled alike."""
    for kind in VALUE_KINDS:
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


def _list_mistakes(
    doc: dict[str, Any], gold: list[Span], pred: list[Span], matched: dict[int, int], tally: Tally
) -> None:
    """Gold missed or mis-valued or mis-typed, then predictions matching no gold."""
    hit = set(matched.values())
    for i, g in enumerate(gold):
        p = pred[matched[i]] if i in matched else None
        if p is None or not same_value(p["value"], g["value"]) or p["type"] != g["type"]:
            tally.error(
                id=doc["id"],
                dct=doc.get("dct"),
                gold=brief(g),
                pred=brief(p),
                context=context(doc["text"], g),
            )
    for j, p in enumerate(pred):
        if j not in hit:
            tally.error(
                id=doc["id"],
                dct=doc.get("dct"),
                gold=None,
                pred=brief(p),
                context=context(doc["text"], p),
            )
