"""The event metric: graphx's events against the gold event mentions of MEANTIME (issue 13).

A gold event mention is a span (``start``, ``end``) with ``anchor_value``, the
date the annotators tied it to, and ``time_links`` (to a time expression of
the text, or to the publication date: ``to_dct``).

Metrics, summed over documents:

* ``trigger``: P/R/F1 of the triggers ``graphx.events.find_events`` reports,
  matched one-to-one to gold mentions by overlapping span. Gold annotates
  every event mention (states, "said"...), graphx only the happenings of its
  taxonomy, so recall is low by design;
* ``trigger_taxonomy``: the same recall over the gold mentions whose word
  stem is a trigger of graphx's taxonomy (``event_types.csv``); precision as
  in ``trigger``;
* ``dating``: over matched events whose gold anchor is a calendar value: P is
  the share of the dates graphx gave that equal the anchor, R the share of
  anchored events dated right;
* ``text_anchored_found`` and ``text_anchored_dated``: of the gold events tied
  to a calendar time expression of the text, the share extracted at all, and
  extracted with that date (a figure in ``p``, ``r`` and ``f1`` alike).

Systems: ``graphx`` (the extraction stages of a build, with the dataset's
``dct`` as publication date) and ``spacy``, the model alone: every verb is a
trigger, dated by dateparser on the first DATE entity of its sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from graphx.eval.scoring import Span, Tally, context, match_spans, same_value
from graphx.eval.systems import dateparser_value
from graphx.extract.events import load_taxonomy
from graphx.model import Document

__all__ = ["EVENT_SYSTEMS", "score_events", "stem"]

_CALENDAR = re.compile(r"^\d{4}(-\d\d(-\d\d)?|-W\d\d|-Q\d)?$")
_SUFFIXES = ("ing", "ed", "es", "s", "d")


def stem(word: str) -> str:
    """A crude stem shared by a word and its regular inflections.

    >>> [stem(w) for w in ("arrested", "arrest", "raids", "sued")]
    ['arrest', 'arrest', 'raid', 'su']
    """
    word = word.lower()
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            word = word[: -len(suffix)]
            break
    return word.rstrip("e")


def _taxonomy_stems() -> set[str]:
    taxonomy = load_taxonomy()
    return {stem(w) for table in (taxonomy.verbs, taxonomy.nouns, taxonomy.light) for w in table}


def _word_at(text: str, word: str, start: int, end: int) -> int:
    """Where ``word`` first occurs as a whole word in ``text[start:end]`` (-1 if nowhere)."""
    found = re.compile(rf"\b{re.escape(word)}\b").search(text, start, end)
    return found.start() if found else -1


def _graphx_events(doc: dict[str, Any], nlp: Any) -> list[Span]:
    from graphx.build.engines import extract

    text = doc["text"]
    parsed = nlp(text)
    document = Document(
        id=str(doc["id"]),
        path=str(doc["id"]),
        format="txt",
        text=text,
        published=doc.get("dct") or "",
        published_basis="file metadata" if doc.get("dct") else "unknown",
    )
    sentences = list(parsed.sents)
    out: list[Span] = []
    for event in extract(parsed, document).events:
        sent = sentences[event.sentence]
        start = _word_at(text, event.trigger, sent.start_char, sent.end_char)
        if start < 0:
            continue
        time = event.time
        out.append(
            {
                "start": start,
                "end": start + len(event.trigger),
                "text": event.trigger,
                "type": event.event_type,
                "value": time.value if time is not None and time.date_start else "",
            }
        )
    return out


def _baseline_spacy_events(doc: dict[str, Any], nlp: Any) -> list[Span]:
    out: list[Span] = []
    for sent in nlp(doc["text"]).sents:
        dates = [e for e in sent.ents if e.label_ == "DATE"]
        value = dateparser_value(dates[0].text, doc.get("dct") or "") if dates else ""
        for token in sent:
            if token.pos_ == "VERB":
                end = token.idx + len(token.text)
                out.append(
                    {"start": token.idx, "end": end, "text": token.text, "type": "", "value": value}
                )
    return out


EVENT_SYSTEMS: dict[str, Callable[[dict[str, Any], Any], list[Span]]] = {
    "graphx": _graphx_events,
    "spacy": _baseline_spacy_events,
}


def _text_anchored(event: Span) -> bool:
    value = event.get("anchor_value") or ""
    return any(
        not link.get("to_dct") and link.get("timex_value") == value
        for link in event.get("time_links") or []
    )


def score_events(doc: dict[str, Any], pred: list[Span], tally: Tally) -> None:
    """Add one document's event counts and mistakes to ``tally``."""
    gold = doc.get("events") or []
    pairs = dict(match_spans(gold, pred))
    in_taxonomy = _count_triggers(gold, pred, pairs, tally)
    anchored, right = _count_dating(gold, pred, pairs, tally)
    for i in in_taxonomy:
        if i not in pairs:
            tally.error(
                id=doc["id"],
                kind="missed",
                event=gold[i]["text"],
                context=context(doc["text"], gold[i]),
            )
    for i in sorted(set(anchored) - right):
        tally.error(
            id=doc["id"],
            kind="wrong date",
            event=gold[i]["text"],
            anchor=gold[i]["anchor_value"],
            got=pred[pairs[i]]["value"],
            context=context(doc["text"], gold[i]),
        )
    matched = set(pairs.values())
    for j, p in enumerate(pred):
        if j not in matched:
            tally.error(
                id=doc["id"], kind="spurious", event=p["text"], context=context(doc["text"], p)
            )


def _count_triggers(
    gold: list[Span], pred: list[Span], pairs: dict[int, int], tally: Tally
) -> list[int]:
    """``trigger`` and ``trigger_taxonomy`` counts; the gold mentions of the taxonomy."""
    stems = _taxonomy_stems()
    in_taxonomy = [i for i, g in enumerate(gold) if stem(g["text"].split()[-1]) in stems]
    tally.add("trigger", len(pairs), len(pred), len(gold))
    tally.add(
        "trigger_taxonomy", sum(1 for i in in_taxonomy if i in pairs), len(pred), len(in_taxonomy)
    )
    return in_taxonomy


def _count_dating(
    gold: list[Span], pred: list[Span], pairs: dict[int, int], tally: Tally
) -> tuple[list[int], set[int]]:
    """``dating`` and ``text_anchored_*`` counts; the anchored matches and those dated right."""
    anchored = [i for i in pairs if _CALENDAR.match(gold[i].get("anchor_value") or "")]
    given = [i for i in anchored if pred[pairs[i]]["value"]]
    right = {i for i in given if same_value(pred[pairs[i]]["value"], gold[i]["anchor_value"])}
    tally.add("dating", len(right), len(given), len(anchored))
    text_anchored = [
        i
        for i, g in enumerate(gold)
        if _CALENDAR.match(g.get("anchor_value") or "") and _text_anchored(g)
    ]
    found = sum(1 for i in text_anchored if i in pairs)
    tally.add("text_anchored_found", found, len(text_anchored), len(text_anchored))
    dated = sum(1 for i in text_anchored if i in right)
    tally.add("text_anchored_dated", dated, len(text_anchored), len(text_anchored))
    return anchored, right
