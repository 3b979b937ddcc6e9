"""graphx: a timeline and entity-graph explorer for news articles."""

from __future__ import annotations

from graphx.errors import GraphxError, InputError, SettingsError
from graphx.model import Corpus, DocExtraction, Document, Entity, Event, Mention, TimeExpression
from graphx.settings import Settings, load_settings

__all__ = [
    "Corpus",
    "DocExtraction",
    "Document",
    "Entity",
    "Event",
    "GraphxError",
    "InputError",
    "Mention",
    "Settings",
    "SettingsError",
    "TimeExpression",
    "load_settings",
]

__version__ = "0.1.0"
