"""HTML pages: main text and metadata by trafilatura and htmldate, our parser as fallback.

Third-party extractors may fail or log about a page; their failures and
warnings become warnings of the record, and all visible text is kept.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from graphx.ingest.pubdate import normalise_date
from graphx.ingest.readers.items import host
from graphx.ingest.readers.markup import html_to_text
from graphx.ingest.readers.normalise import LINE_BREAKS, normalise_text
from graphx.ingest.readers.plain import finish
from graphx.ingest.readers.record import Record

__all__ = ["MAX_EXTRACTION_TAGS", "read_html"]

log = logging.getLogger(__name__)

# Above this many tags a page skips trafilatura/htmldate (see read_html).
MAX_EXTRACTION_TAGS = 20_000
# Characters XML 1.0 cannot carry (lxml raises ValueError on them).
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
T = TypeVar("T")


class _Sink(logging.Handler):
    """Collects the warnings a third-party extractor logs about one page."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@contextmanager
def _page_logs(sink: _Sink) -> Iterator[None]:
    """Route trafilatura's and htmldate's warnings to ``sink`` instead of stderr.

    They name no file ("discarding data: None" on stderr, issue 12), so they
    become warnings of the record being read, which are shown with its path.
    """
    loggers = [logging.getLogger(name) for name in ("trafilatura", "htmldate")]
    saved = [logger.propagate for logger in loggers]
    for logger in loggers:
        logger.addHandler(sink)
        logger.propagate = False
    try:
        yield
    finally:
        for logger, propagate in zip(loggers, saved, strict=True):
            logger.removeHandler(sink)
            logger.propagate = propagate


def _guarded(record: Record, what: str, call: Callable[[], T]) -> T | None:
    """Run a third-party extractor; on failure, warn and let our own parser do."""
    sink = _Sink()
    try:
        with _page_logs(sink):
            return call()
    except Exception as e:  # lxml, trafilatura and htmldate raise many types
        log.info("%s failed: %s: %s", what, type(e).__name__, e)
        record.warnings.append(f"{what} failed ({type(e).__name__}); all visible text kept")
        return None
    finally:
        for message in dict.fromkeys(sink.messages):
            if message.startswith("discarding data"):
                message = "found no article text; all visible text kept"
            record.warnings.append(f"{what}: {message}")


def read_html(text: str) -> list[Record]:
    """The one record of an HTML page."""
    record = Record(format="html")
    # lxml refuses text with characters XML cannot carry (atheris found it).
    text = _NOT_XML.sub("", text.translate(LINE_BREAKS))
    # trafilatura's time grows faster than the number of elements: a page of
    # 60,000 <p> took 18 s (fuzzing). Past the limit, keep all visible text.
    tags = text.count("<")
    meta = _main_text(record, text, tags)
    fallback, page_title = html_to_text(text)
    record.title = normalise_text(str(meta.get("title") or page_title or ""))
    body = _body(meta, record.title, fallback)
    record.url = str(meta.get("url") or "")
    record.source = str(meta.get("sitename") or meta.get("hostname") or host(record.url))
    record.author = str(meta.get("author") or "")
    _set_published(record, text, tags)
    finish(record, body, guess_title=not record.title)
    return [record]


def _main_text(record: Record, text: str, tags: int) -> dict[str, Any]:
    """trafilatura's main text and metadata of a page; empty when skipped or failed."""
    import trafilatura

    if tags > MAX_EXTRACTION_TAGS:
        record.warnings.append(
            f"page has {tags} tags (> {MAX_EXTRACTION_TAGS}): all visible text kept"
        )
        return {}
    extracted = _guarded(
        record,
        "main-text extraction",
        lambda: trafilatura.bare_extraction(
            text, with_metadata=True, include_comments=False, include_tables=True
        ),
    )
    if extracted is None:
        return {}
    return extracted if isinstance(extracted, dict) else extracted.as_dict()


def _body(meta: dict[str, Any], title: str, fallback: str) -> str:
    """The extracted main text without a repeated title line, else all visible text."""
    body = str(meta.get("text") or "")
    lines = [line for line in normalise_text(body).split("\n") if line]
    if lines and lines[0] == title:
        lines = lines[1:]
    return "\n\n".join(lines) if lines else fallback


def _set_published(record: Record, text: str, tags: int) -> None:
    """htmldate's publication date of the page, when there is a usable one."""
    import htmldate

    found = (
        _guarded(
            record,
            "date extraction",
            lambda: htmldate.find_date(text, extensive_search=False, original_date=True),
        )
        if tags <= MAX_EXTRACTION_TAGS
        else None
    )
    try:
        record.published = normalise_date(found) if found else ""
    except ValueError:
        record.warnings.append(f"unusable date {found!r} in the page metadata ignored")
