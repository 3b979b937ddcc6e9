"""What tests of extraction share: the mark that skips them without an English model, and
the events of one text with their participants' names (the model is ``conftest``'s ``nlp``),
and the first day an event is dated to."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.language import Language

from graphx.build.engines import extract
from graphx.build.export import read_graph
from graphx.build.pipeline import build
from graphx.extract.ner import AUTO_MODELS
from graphx.model import Document, EventMention
from graphx.settings import load_settings

NEEDS_MODEL = [
    pytest.mark.model,
    pytest.mark.skipif(
        not any(spacy.util.is_package(name) for name in AUTO_MODELS),
        reason="no spaCy English model installed",
    ),
]


def named_events(
    nlp: Language, text: str, published: str = "2024-03-08"
) -> list[tuple[EventMention, dict[str, str]]]:
    """The events of one text (published on Friday 8 March 2024 by default, "" for none),
    each with its participants' names by role."""
    basis = "known" if published else "unknown"
    document = Document("t", "t.txt", "txt", text, published=published, published_basis=basis)
    found = extract(nlp(text), document)
    names = {m.id: m.text for m in found.mentions}
    return [(e, {names[i]: role for i, role in e.participants}) for e in found.events]


def day_of(event: EventMention) -> str | None:
    """The first day of the event's time, None for an undated event."""
    return event.time.date_start if event.time is not None else None


def events_built_from(folder: Path, name: str, text: str) -> list[dict[str, Any]]:
    """The event nodes' attributes of a graph built from one article, ``name`` in a corpus
    made under ``folder`` (the whole pipeline: a happening's reports are grouped)."""
    corpus = folder / "corpus"
    corpus.mkdir()
    (corpus / name).write_text(text, encoding="utf-8")
    build(corpus, folder / "out", settings=load_settings())
    graph = read_graph(folder / "out" / "graph.graphml")
    return [a for _, a in graph.nodes(data=True) if a.get("type") == "event"]
