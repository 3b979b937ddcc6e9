"""Reports of an ingested corpus: the ``graphx ingest`` table and its JSON.

Both are pure functions of a :class:`graphx.model.Corpus`; the CLI prints
them. The table shows one row per document (id, title, source, date and
where it came from, words, furniture removed, warnings) and then one line
per skipped file naming the reason.
"""

from __future__ import annotations

import json
import re

from graphx.model import Corpus, Document

__all__ = ["format_table", "to_json"]

# What could break a terminal table: control characters (a line break, an
# escape sequence), bidi overrides and isolates that reorder what follows
# ("Trojan Source"), and lone surrogates, which no terminal encoding takes.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
COLUMNS = ("id", "title", "source", "published (basis)", "words", "furniture", "warnings")
WIDTHS = {"title": 44, "source": 24, "warnings": 60}


def _printable(text: str) -> str:
    """One line, with anything that could break the table shown as an escape.

    >>> _printable("a\\nb\\u202ec\\x1b[2J")
    'a\\\\nb\\\\u202ec\\\\x1b[2J'
    """
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def _clip(text: str, width: int) -> str:
    """Cut a cell to a width with an ellipsis.

    >>> _clip("abcdef", 4), _clip("abc", 4)
    ('abc…', 'abc')
    """
    return text if len(text) <= width else text[: width - 1] + "…"


def _row(doc: Document) -> tuple[str, ...]:
    date = f"{doc.published} ({doc.published_basis})" if doc.published else "unknown"
    warnings = "; ".join(doc.warnings)
    return (
        doc.id,
        doc.title or "(untitled)",
        doc.source or "-",
        date,
        str(doc.word_count),
        str(len(doc.furniture)),
        warnings or "-",
    )


def format_table(corpus: Corpus) -> str:
    """A fixed-width table of the documents, then the skipped files.

    >>> from graphx.model import Document, Problem
    >>> c = Corpus("x", [Document("ab12", "a.txt", "text", "One two.", title="T")],
    ...            [Problem("b.bin", "binary file (not text)")])
    >>> print(format_table(c))  # doctest: +NORMALIZE_WHITESPACE
    id    title  source  published (basis)  words  furniture  warnings
    ab12  T      -       unknown            2      0          -
    <BLANKLINE>
    1 document(s), 1 file(s) skipped:
      b.bin: binary file (not text)
    """
    rows = [COLUMNS] + [
        tuple(
            _clip(_printable(cell), WIDTHS.get(name, 200))
            for name, cell in zip(COLUMNS, _row(doc), strict=True)
        )
        for doc in corpus.documents
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(len(COLUMNS))]
    lines = [
        "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
        for row in rows
    ]
    summary = f"{len(corpus.documents)} document(s)"
    if corpus.problems:
        lines += ["", f"{summary}, {len(corpus.problems)} file(s) skipped:"]
        lines += [f"  {_printable(str(problem))}" for problem in corpus.problems]
    else:
        lines += ["", f"{summary}, no file skipped"]
    return "\n".join(lines)


def to_json(corpus: Corpus) -> str:
    """The corpus as JSON: root, documents (``Document.to_dict``), problems, ignored files.

    >>> json.loads(to_json(Corpus("x")))
    {'root': 'x', 'documents': [], 'problems': [], 'ignored': []}
    """
    data = {
        "root": corpus.root,
        "documents": [doc.to_dict() for doc in corpus.documents],
        "problems": [{"path": p.path, "message": p.message} for p in corpus.problems],
        "ignored": [{"path": p.path, "message": p.message} for p in corpus.ignored],
    }
    # A lone surrogate would make printing the JSON fail: never let one through.
    return _SURROGATE.sub("\ufffd", json.dumps(data, ensure_ascii=False, indent=2))
