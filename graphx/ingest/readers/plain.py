"""Plain-text articles, and the finishing every body goes through.

A body is unescaped (or stripped of markup), normalised and cleaned of page
furniture; a first line that looks like a headline becomes the title.
"""

from __future__ import annotations

import html
import re

from graphx.ingest.furniture import clean, looks_like_headline
from graphx.ingest.readers.markup import html_to_text
from graphx.ingest.readers.normalise import normalise_text
from graphx.ingest.readers.record import Record

__all__ = ["finish", "read_text", "split_title"]

_TAG = re.compile(r"</?[a-zA-Z][^>]*>")


def split_title(text: str) -> tuple[str, str]:
    """(title, body): the first line is the title when it looks like a headline.

    >>> split_title("ICE Adopts New Approach\\n\\nThe agency said so.")
    ('ICE Adopts New Approach', 'The agency said so.')
    >>> split_title("A first paragraph that is a sentence.\\n\\nMore.")[0]
    ''
    """
    first, sep, rest = text.partition("\n\n")
    words = first.split()
    titled = (
        sep
        and rest.strip()
        and "\n" not in first
        and 2 <= len(words) <= 25
        and looks_like_headline(first)
        and (first[0].isupper() or first[0].isdigit() or first[0] in "\"'“‘")
    )
    return (first, rest.strip()) if titled else ("", text)


def finish(record: Record, body: str, *, guess_title: bool) -> None:
    """Clean an HTML-or-text body into the record: text, furniture, title."""
    if not body.strip():  # nothing to clean: a million empty entries took 13 s here (M6)
        return
    body = html_to_text(body)[0] if _TAG.search(body) else html.unescape(body)
    result = clean(normalise_text(body))
    record.furniture.extend(result.removed)
    record.text = result.text
    if guess_title:
        record.title, record.text = split_title(record.text)
    record.source = record.source or result.fields.get("source", "")
    record.author = record.author or result.fields.get("author", "")


def read_text(text: str) -> list[Record]:
    """The one record of a plain-text file."""
    record = Record(format="text")
    finish(record, text, guess_title=True)
    return [record]
