"""One article object (a WordPress post, a JSON object, a CSV row) -> one record."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from graphx.ingest.pubdate import normalise_date
from graphx.ingest.readers.markup import html_to_text
from graphx.ingest.readers.normalise import normalise_text
from graphx.ingest.readers.plain import finish
from graphx.ingest.readers.record import FIELDS, Record

__all__ = ["host", "record_from_item"]


def _rendered(value: Any) -> str:
    if isinstance(value, dict):
        value = value.get("rendered", value.get("raw", ""))
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value if isinstance(v, str | int | float))
    return "" if value is None or isinstance(value, dict) else str(value)


def host(url: str) -> str:
    """The host of a URL without ``www.``; empty when there is none.

    >>> host("https://www.example.org/a"), host("http://[oops")
    ('example.org', '')
    """
    if not url:
        return ""
    try:
        name = urlsplit(url.strip()).hostname or ""
    except ValueError:  # "http://[oops": an unbalanced IPv6 bracket (fuzzing found it)
        return ""
    return name.removeprefix("www.")


def _is_wordpress(item: dict[str, Any]) -> bool:
    return any(
        isinstance(item.get(k), dict) and "rendered" in item[k] for k in ("title", "content")
    )


def _pick(item: dict[str, Any], name: str) -> str:
    lowered = {str(k).lower(): v for k, v in item.items()}
    for key in FIELDS[name]:
        if key in lowered and _rendered(lowered[key]).strip():
            return _rendered(lowered[key]).strip()
    return ""


def record_from_item(item: Any, fmt: str, part: str) -> Record:
    """The record of one article object; a record with ``error`` set if it is not one."""
    if not isinstance(item, dict):
        return Record(format=fmt, part=part, error=f"not an article object ({type(item).__name__})")
    wordpress = _is_wordpress(item)
    record = Record(format="wordpress-json" if wordpress else fmt, part=part)
    title_html = _rendered(item.get("title")) if wordpress else _pick(item, "title")
    record.title = normalise_text(html_to_text(title_html)[0]) if title_html else ""
    record.url = _pick(item, "url")
    record.source = _pick(item, "source") or host(record.url)
    record.author = _author(item, wordpress=wordpress)
    raw_date = _pick(item, "published") or _rendered(item.get("date_gmt"))
    if raw_date:
        try:
            record.published = normalise_date(raw_date)
        except ValueError:
            record.warnings.append(f"unusable date {raw_date!r} ignored")
    body = _rendered(item.get("content")) if wordpress else _pick(item, "text")
    if wordpress and not body.strip():
        body = _rendered(item.get("excerpt"))
    finish(record, body, guess_title=not record.title)
    return record


def _author(item: dict[str, Any], *, wordpress: bool) -> str:
    """The embedded WordPress author's name, else an author column (never for WordPress)."""
    embedded = item.get("_embedded")
    author = embedded.get("author") if isinstance(embedded, dict) else None
    if isinstance(author, list) and author and isinstance(author[0], dict):
        return str(author[0].get("name", ""))
    return _pick(item, "author") if not wordpress else ""
