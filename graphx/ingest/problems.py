"""Why a file's entries are not articles: text that reads as code, and many failures at once.

:mod:`graphx.ingest.corpus` turns a record that reads as code or data into a
problem, and reports a file with very many failed entries as one problem per
kind of failure.
"""

from __future__ import annotations

import re

from graphx.model import Problem

__all__ = ["code_lines", "grouped_problems"]

_DIGITS = re.compile(r"\d+")

# Lines of code or structured data: a brace or bracket alone, a quoted key, a fenced
# block, an assignment or a definition. News prose has next to none of them.
_CODE_LINE = re.compile(
    r"""^\s*(?:[{}\[\]](?:\s*[,;])?\s*$|"[^"]{1,60}"\s*:|```|(?:def|class|import|return|var|let|const)\s|[\w.]+\s*=\s*[\[{(\d"'])"""
)


def code_lines(text: str, *, share: float = 0.15, least: int = 5) -> str:
    """Why a text reads as code or data rather than prose ("" when it reads as prose).

    >>> code_lines('Notes\\n{\\n  "name": "x",\\n  "type": "y",\\n  "in": [],\\n  "z": 1\\n}\\n')
    '6 of 7 lines'
    >>> code_lines("The council met.\\nIt voted 5-2: \\"no\\" won.\\n")
    ''
    """
    lines = [line for line in text.splitlines() if line.strip()]
    code = sum(1 for line in lines if _CODE_LINE.match(line))
    if code >= least and code >= share * len(lines):
        return f"{code} of {len(lines)} lines"
    return ""


def grouped_problems(rel: str, failed: list[Problem]) -> list[Problem]:
    """One problem per kind of failure, with a count, for a file with very many.

    A JSON array of a million numbers printed a million lines and made a
    211 MB summary.json (issue 12 M6). Failures whose reasons differ only in
    numbers (line and column) are one kind.

    >>> rows = [Problem(f"f.json#{n}", "not an article object (int)") for n in range(1, 5)]
    >>> [str(p) for p in grouped_problems("f.json", rows)]
    ['f.json: 4 entries skipped (#1, #2, #3, ...): not an article object (int)']
    """
    kinds: dict[str, list[Problem]] = {}
    for problem in failed:
        kinds.setdefault(_DIGITS.sub("N", problem.message), []).append(problem)
    grouped = []
    for same in kinds.values():
        parts = ", ".join(p.path.removeprefix(rel) for p in same[:3])
        first = same[0].message
        grouped.append(Problem(rel, f"{len(same):,} entries skipped ({parts}, ...): {first}"))
    return grouped
