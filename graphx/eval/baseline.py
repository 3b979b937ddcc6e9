"""The model alone, as a graph: what en_core_web_sm gives without any of graphx's rules.

A baseline for the real-news figures (issue 13): the same documents as a
build, but entities are the model's named entities joined by their exact
text (PERSON -> person, ORG -> organization, GPE/LOC -> jurisdiction), and
every verb is an event of its own, with the entities of its sentence as
participants, dated by dateparser on the first DATE entity of the sentence
(read against the document's date), and never merged with another. Scored
with the same ``score.py``, it shows what graphx's rules add.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from spacy.tokens import Doc

from graphx.build.export import write_graph
from graphx.build.graph import build_graph
from graphx.eval.evaluate import load_bare_model
from graphx.eval.systems import dateparser_value
from graphx.extract.timex.spans import span_of
from graphx.ingest.corpus import read_corpus
from graphx.model import Document, Entity, Event, Participant, TimeExpression
from graphx.settings import Settings

__all__ = ["build_baseline"]

_TYPES = {"PERSON": "person", "ORG": "organization", "GPE": "jurisdiction", "LOC": "jurisdiction"}


def _id(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def _time(text: str, dct: str) -> TimeExpression | None:
    value = dateparser_value(text, dct)
    start, end = span_of(value)
    if not start:
        return None
    return TimeExpression(text, 0, len(text), "DATE", value, start, end, reading="dateparser")


def _document(doc: Doc, document: Document, entities: dict[str, Entity]) -> list[Event]:
    events = []
    for sent in doc.sents:
        ids = []
        for ent in sent.ents:
            kind = _TYPES.get(ent.label_)
            if kind is None:
                continue
            key = f"{kind}_{_id(kind, ent.text)}"
            entity = entities.setdefault(key, Entity(key, kind, ent.text, evidence=sent.text))
            entity.mentions += 1
            entity.doc_ids.add(document.id)
            ids.append(key)
        dates = [e for e in sent.ents if e.label_ == "DATE"]
        # Relative dates are read against the first day the document's date allows.
        dct = span_of(document.published.split("/")[0])[0] if document.published else ""
        time = _time(dates[0].text, dct) if dates else None
        for token in sent:
            if token.pos_ != "VERB":
                continue
            events.append(
                Event(
                    id="v:" + _id(document.id, str(token.i)),
                    event_type="other",
                    trigger=token.text,
                    summary=sent.text.strip()[:140],
                    participants=[Participant(e, "other") for e in dict.fromkeys(ids)],
                    time=time,
                    evidence=[sent.text.strip()],
                    sources=[document.id],
                )
            )
    return events


def build_baseline(corpus: str | Path, out: Path, *, settings: Settings) -> Path:
    """Write the model-alone graph of a corpus to ``out/graph.graphml`` and return its path."""
    documents = read_corpus(corpus, settings=settings).documents
    nlp = load_bare_model(settings)
    entities: dict[str, Entity] = {}
    events: list[Event] = []
    for doc, document in zip(nlp.pipe(d.text for d in documents), documents, strict=True):
        events += _document(doc, document, entities)
    out.mkdir(parents=True, exist_ok=True)
    path = out / "graph.graphml"
    write_graph(build_graph(documents, entities, events), path)
    return path
