"""The systems scored on time expressions and entities: graphx and its baselines.

A system maps one dataset document (and a spaCy pipeline, or None) to its
predicted spans. Time expressions: ``graphx``, ``dateparser``
(``search_dates``) and ``spacy+dateparser`` (spaCy DATE entities read by
dateparser). Entities: ``graphx`` and ``spacy``, the statistical model alone.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from graphx.eval.scoring import Span
from graphx.extract import aspect
from graphx.extract.timex.normalise import find_time_expressions
from graphx.model import TimeExpression

__all__ = [
    "ENTITY_SYSTEMS",
    "MENTION_LABEL",
    "SPACY_LABEL",
    "SYSTEMS",
    "System",
    "dateparser_value",
]

MENTION_LABEL = {
    "person": "PER",
    "agency": "ORG",
    "organization": "ORG",
    "media": "ORG",
    "jurisdiction": "LOC",
}
SPACY_LABEL = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}

System = Callable[[dict[str, Any], Any], list[Span]]


def _as_span(t: TimeExpression) -> Span:
    return {"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value}


def _graphx_timex(doc: dict[str, Any], nlp: Any) -> list[Span]:
    # TimeML gold annotates every expression, bond maturities and targets decades ahead
    # included; the 1800..publication+2y bounds (issue 11) only decide what may date an event.
    dct = doc.get("dct") or ""
    if nlp is None:
        found = find_time_expressions(doc["text"], dct=dct, bounded=False)
    else:  # as a build reads them: with the parse
        found = aspect.time_expressions(nlp(doc["text"]), dct=dct, bounded=False)
    return [_as_span(t) for t in found]


def dateparser_value(text: str, dct: str) -> str:
    """dateparser's reading of a date expression as an ISO prefix ("" when it finds none)."""
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
            "value": dateparser_value(e.text, doc.get("dct") or ""),
        }
        for e in nlp(doc["text"]).ents
        if e.label_ == "DATE"
    ]


SYSTEMS: dict[str, System] = {
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


ENTITY_SYSTEMS: dict[str, System] = {
    "graphx": _predict_entities,
    "spacy": _baseline_spacy_entities,
}
