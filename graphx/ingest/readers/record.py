"""The article record every reader returns, and the field names of row exports."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["FIELDS", "Record"]

# Column / key names of one-article-per-row exports, most specific first.
FIELDS: dict[str, tuple[str, ...]] = {
    "text": ("text", "content", "body", "article", "full_text", "fulltext", "story", "maintext"),
    "title": ("title", "headline", "name"),
    "published": (
        "published",
        "date",
        "pubdate",
        "published_at",
        "publication_date",
        "date_published",
        "datetime",
        "timestamp",
        "created_at",
    ),
    "url": ("url", "link", "canonical_url", "permalink"),
    "source": ("source", "publisher", "site", "site_name", "sitename", "outlet", "domain"),
    "author": ("author", "byline", "authors", "creator"),
}


@dataclass(slots=True)
class Record:
    """One article as a reader found it (ingest turns it into a Document)."""

    format: str
    text: str = ""
    title: str = ""
    url: str = ""
    source: str = ""
    author: str = ""
    published: str = ""
    part: str = ""
    furniture: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    error: str = ""
