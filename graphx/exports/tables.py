"""Publishable tables: one row per event, and optionally one row per (event, source).

The columns are for readers, not for re-import (issue 18): the headline, the
type, the date as the text wrote it and as a plain-language span, when the
event was first reported, the administration, the place, the participants
by role, the evidence sentence, and each source's outlet, date and URL.
Multi-valued cells are joined with " | ", which does not occur in dates or
URLs; every cell is neutralised against spreadsheet formulas.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import IO, Any

from graphx.explore.data import ExplorerData
from graphx.explore.rows import EventRow
from graphx.exports.words import published_in_words, span_in_words
from graphx.ingest.urls import safe_url

__all__ = [
    "EVENT_COLUMNS",
    "SOURCE_COLUMNS",
    "events_csv_text",
    "write_events_csv",
    "write_rows",
    "write_sources_csv",
]

JOIN = " | "
ROLES = ("agent", "patient", "other")
EVENT_COLUMNS = (
    "event_id", "headline", "type", "date_as_written", "date", "date_start", "date_end",
    "date_uncertain", "date_reading", "first_reported", "first_reported_basis",
    "administration", "place", "agents", "patients", "others", "evidence",
    "source_count", "source_outlets", "source_dates", "source_urls", "source_titles", "conflicts",
)  # fmt: skip
SOURCE_COLUMNS = (
    "event_id", "headline", "type", "date", "source_id", "outlet", "title", "published",
    "published_in_words", "published_basis", "published_note", "url", "sentence",
    "date_as_written_by_source", "date_by_source",
)  # fmt: skip


def _label(data: ExplorerData, node: str) -> str:
    row = data.entities.get(node)
    return row.label if row is not None else ""


def _doc(data: ExplorerData, doc: str) -> Mapping[str, Any]:
    return data.G.nodes[doc] if doc in data.G else {}


def event_record(data: ExplorerData, ev: EventRow) -> dict[str, str]:
    """The events table's row of one event (plain strings)."""
    by_role = {
        role: JOIN.join(_label(data, n) for n, r in ev.participants if r == role) for role in ROLES
    }
    docs = [_doc(data, d) for d in ev.sources]
    first_doc_date = ev.reported or ""
    return {
        "event_id": ev.id,
        "headline": ev.label,
        "type": ev.event_type.replace("_", " "),
        "date_as_written": ev.date_text,
        "date": span_in_words(ev.start, ev.end, precision=ev.precision, uncertain=ev.uncertain),
        "date_start": ev.start,
        "date_end": ev.end,
        "date_uncertain": "yes" if ev.uncertain else "no",
        "date_reading": ev.date_reading,
        "first_reported": published_in_words(first_doc_date) if first_doc_date else "",
        "first_reported_basis": ev.reported_basis,
        "administration": JOIN.join(ev.administrations),
        "place": _label(data, ev.place),
        "agents": by_role["agent"],
        "patients": by_role["patient"],
        "others": by_role["other"],
        "evidence": ev.evidence[0] if ev.evidence else "",
        "source_count": str(len(ev.sources)),
        "source_outlets": JOIN.join(str(d.get("source", "")) for d in docs),
        "source_dates": JOIN.join(str(d.get("published", "")) for d in docs),
        # A published table links only http(s) URLs: a "javascript:" one stays out.
        "source_urls": JOIN.join(safe_url(str(d.get("url", ""))) for d in docs),
        "source_titles": JOIN.join(str(d.get("title") or d.get("label", "")) for d in docs),
        "conflicts": JOIN.join(ev.conflicts),
    }


def source_records(data: ExplorerData, ev: EventRow) -> list[dict[str, str]]:
    """The per-source table's rows of one event: one per source that reports it."""
    reports = {str(r.get("doc_id", "")): r for r in ev.reports}
    rows = []
    for doc in ev.sources:
        meta = _doc(data, doc)
        report = reports.get(doc.removeprefix("d:"), reports.get(doc, {}))
        published = str(meta.get("published", ""))
        rows.append(
            {
                "event_id": ev.id,
                "headline": ev.label,
                "type": ev.event_type.replace("_", " "),
                "date": span_in_words(ev.start, ev.end, precision=ev.precision),
                "source_id": doc,
                "outlet": str(meta.get("source", "")),
                "title": str(meta.get("title") or meta.get("label", "")),
                "published": published,
                "published_in_words": published_in_words(published),
                "published_basis": str(meta.get("published_basis", "")),
                "published_note": str(meta.get("published_note", "")),
                "url": safe_url(str(meta.get("url", ""))),
                "sentence": str(report.get("sentence", "")),
                "date_as_written_by_source": str(report.get("date_text", "")),
                "date_by_source": str(report.get("date", "")),
            }
        )
    return rows


def write_rows(f: IO[str], columns: tuple[str, ...], rows: Iterable[Mapping[str, str]]) -> None:
    """A table to a text stream, every cell cleaned and neutralised against formulas."""
    from graphx.build.export import clean_text, csv_cell

    writer = csv.writer(f)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([csv_cell(clean_text(row[c])) for c in columns])


def _write(path: Path, columns: tuple[str, ...], rows: Iterable[Mapping[str, str]]) -> Path:
    from graphx.files import atomic_write

    with atomic_write(path, "w") as f:
        write_rows(f, columns, rows)
    return path


def events_csv_text(data: ExplorerData, events: Iterable[str]) -> str:
    """The events table as text (the app's download)."""
    out = io.StringIO()
    write_rows(out, EVENT_COLUMNS, (event_record(data, data.events[e]) for e in events))
    return out.getvalue()


def write_events_csv(data: ExplorerData, events: Iterable[str], path: Path) -> Path:
    """The events table, one row per event, in the order given (the view's date order)."""
    rows = (event_record(data, data.events[e]) for e in events if e in data.events)
    return _write(path, EVENT_COLUMNS, rows)


def write_sources_csv(data: ExplorerData, events: Iterable[str], path: Path) -> Path:
    """The per-source table: one row per (event, source), with the sentence that source wrote."""
    rows = (r for e in events if e in data.events for r in source_records(data, data.events[e]))
    return _write(path, SOURCE_COLUMNS, rows)
