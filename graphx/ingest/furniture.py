"""Page-furniture removal: share blurbs, teasers, bylines, captions, stamps, bios.

Scraped articles carry the page around them: "Share" buttons, "Trending:"
teasers with another article's headline, tag lists, author bios, comment and
correction boxes, subscription blurbs, bylines, photo credits and captions,
"Updated: ..." stamps, "Skip to main content" and section labels (issue 11).
They are recognised by their shape, not by one site's wording: a caption's
date and a stamp's date must date nothing, so they leave the text before
events are found or a publication date is inferred. The patterns live in
``resources/furniture.jsonl``, one JSON object per line::

    {"kind": "teaser", "pattern": "^related:?$", "removes": "line", "follow": 1}

``pattern`` is a case-insensitive regex matched against one stripped line
(``"case_sensitive": true`` turns that off); ``follow`` removes up to that many
following lines when they look like headlines or lists (never a body
paragraph); ``zone: "tail"`` only matches in the last 40% of the lines, ``zone: "head"``
only in the first 40% (a page's own stamp, above its story);
``absorb: true`` also removes a very short non-sentence line next to the
match (a brand name beside a subscription blurb). Named groups ``source`` and
``author`` are returned as metadata; a ``dateline`` group (the publication date
in "Posted by X | Dec 02, 2014") stays in the text as a line of its own, where
publication-date inference finds it and time expressions skip it. Everything
removed is returned so the user can audit it.
"""

from __future__ import annotations

import json
import logging
import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from graphx.errors import SettingsError
from graphx.lexicon import Lexicon, shipped

__all__ = [
    "Cleaned",
    "FurniturePattern",
    "caption_surnames",
    "clean",
    "load_patterns",
    "looks_like_headline",
]

log = logging.getLogger(__name__)

TAIL_FRACTION = 0.6
HEAD_FRACTION = 0.4  # a "head" rule matches only before this share of the lines
ABSORB_MAX_WORDS = 3
_SENTENCE_END = ".:;,"
_CLOSERS = "\"'”’)]»"
# (rules anchored at the line start, the others): see _prefilter
Prefilter = tuple[re.Pattern[str], re.Pattern[str]]


@dataclass(frozen=True, slots=True)
class FurniturePattern:
    """One furniture rule read from ``furniture.jsonl``."""

    kind: str
    regex: re.Pattern[str]
    follow: int = 0
    zone: str = "any"
    absorb: bool = False


@dataclass(slots=True)
class Cleaned:
    """Result of :func:`clean`: text, removed pieces, captured metadata."""

    text: str
    removed: list[str] = field(default_factory=list)
    fields: dict[str, str] = field(default_factory=dict)


def _parse_pattern(line: str, where: str) -> FurniturePattern:
    try:
        data = json.loads(line)
        flags = 0 if data.get("case_sensitive") else re.IGNORECASE
        return FurniturePattern(
            kind=str(data["kind"]),
            regex=re.compile(str(data["pattern"]), flags),
            follow=int(data.get("follow", 0)),
            zone=str(data.get("zone", "any")),
            absorb=bool(data.get("absorb", False)),
        )
    except (ValueError, KeyError, TypeError, re.error) as e:
        raise SettingsError(f"bad furniture pattern at {where}: {e}") from e


def load_patterns(path: str | Path | None = None) -> list[FurniturePattern]:
    """Read furniture patterns from a JSONL file (the shipped one by default).

    Raises:
        SettingsError: the file is unreadable or a line is not a valid rule.
    """
    if path is None:
        return list(_default_patterns())
    return _read_patterns(Path(path))


def _default_patterns() -> tuple[FurniturePattern, ...]:
    return shipped().derived(_shipped_patterns)


def _shipped_patterns(lexicon: Lexicon) -> tuple[FurniturePattern, ...]:
    text = lexicon.text("furniture.jsonl")
    return tuple(_parse_patterns(lexicon.path("furniture.jsonl"), text))


def _default_prefilter() -> Prefilter | None:
    return shipped().derived(_shipped_prefilter)


def _shipped_prefilter(lexicon: Lexicon) -> Prefilter | None:
    return _prefilter(lexicon.derived(_shipped_patterns))


def _read_patterns(path: Path) -> list[FurniturePattern]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise SettingsError(f"cannot read furniture patterns {path}: {e.strerror}") from e
    return _parse_patterns(path, "\n".join(lines))


def _parse_patterns(path: Path, text: str) -> list[FurniturePattern]:
    lines = text.splitlines()
    return [
        _parse_pattern(line, f"{path}:{n}")
        for n, line in enumerate(lines, 1)
        if line.strip() and not line.lstrip().startswith("#")
    ]


def looks_like_headline(line: str, *, max_words: int = 30) -> bool:
    """True for a short line that does not end like a sentence or clause.

    >>> looks_like_headline("ICE Issues Warning To Sanctuary Cities")
    True
    >>> looks_like_headline("The agency said so. It was late.")
    False
    """
    text = line.strip().rstrip(_CLOSERS)
    if not text or len(line.split()) > max_words or len(line) > 250:
        return False
    return text[-1] not in _SENTENCE_END


def _is_short_label(line: str) -> bool:
    return len(line.split()) <= ABSORB_MAX_WORDS and looks_like_headline(line)


def _prefilter(patterns: Sequence[FurniturePattern]) -> Prefilter | None:
    """Two regexes that match wherever any rule may: skip body lines in two calls.

    Rules anchored at the line start are joined into one regex tried only at the
    start (``match``), the rest into one searched along the line: one search over
    every alternative at every position cost more than the rules themselves.
    """
    anchored: list[str] = []
    floating: list[str] = []
    for pattern in patterns:
        flag = "i" if pattern.regex.flags & re.IGNORECASE else "-i"
        body = re.sub(r"[(][?]P<[^>]+>", "(?:", pattern.regex.pattern)
        (anchored if _is_anchored(body) else floating).append(f"(?{flag}:{body})")
    try:
        return re.compile("|".join(anchored) or "(?!)"), re.compile("|".join(floating) or "(?!)")
    except re.error:  # a user rule with inline flags or back-references: no shortcut
        return None


def _is_anchored(pattern: str) -> bool:
    """Whether every top-level alternative of a regex starts with ``^``.

    >>> _is_anchored("^a|^(b|c)"), _is_anchored("^a|b"), _is_anchored("[|]^")
    (True, False, False)
    """
    branches, depth, start, i = [], 0, 0, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 1
        elif char == "[":
            i = _class_end(pattern, i)
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
        i += 1
    branches.append(pattern[start:])
    return all(branch.startswith("^") for branch in branches)


def _class_end(pattern: str, i: int) -> int:
    """Index of the ``]`` closing the character class opened at ``i``."""
    i += 2 if pattern[i + 1 : i + 2] == "^" else 1
    i += 1 if pattern[i : i + 1] == "]" else 0  # a leading "]" is a literal
    while i < len(pattern) and pattern[i] != "]":
        i += 2 if pattern[i] == "\\" else 1
    return i


def _match(
    patterns: Sequence[FurniturePattern], line: str, zone: str
) -> tuple[FurniturePattern, re.Match[str]] | None:
    for pattern in patterns:
        if pattern.zone != "any" and pattern.zone != zone:
            continue
        m = pattern.regex.search(line)
        if m:
            return pattern, m
    return None


@dataclass(slots=True)
class _Marks:
    """What one pass of the rules found in an article, by line index."""

    removed: dict[int, str] = field(default_factory=dict)  # line -> kind of furniture
    datelines: dict[int, str] = field(default_factory=dict)  # line -> the date it keeps
    absorbing: set[int] = field(default_factory=set)
    fields: dict[str, str] = field(default_factory=dict)


def clean(text: str, *, patterns: list[FurniturePattern] | None = None) -> Cleaned:
    """Remove page furniture line by line; return what was removed and captured.

    Args:
        text: article text, paragraphs on their own lines.
        patterns: rules to apply; the shipped ``furniture.jsonl`` when None.

    Returns:
        The clean text (blank-line separated paragraphs), the removed lines as
        ``"kind: line"`` and any ``source``/``author`` captured by the rules.

    >>> clean("Body text here.\\n\\nTrending:\\nOther Story Headline\\n\\nMore body.").text
    'Body text here.\\n\\nMore body.'
    """
    rules = patterns if patterns is not None else _default_patterns()
    quick = _default_prefilter() if patterns is None else _prefilter(patterns)
    lines = text.split("\n")
    filled = [i for i, line in enumerate(lines) if line.strip()]
    tail_from = filled[int(len(filled) * TAIL_FRACTION)] if filled else 0
    head_to = filled[int(len(filled) * HEAD_FRACTION)] if filled else 0
    marks = _Marks()
    for pos, i in enumerate(filled):
        if i in marks.removed:
            continue
        line = lines[i].strip()
        if quick is not None and not (quick[0].match(line) or quick[1].search(line)):
            continue
        zone = "tail" if i >= tail_from else "head" if i < head_to else "middle"
        found = _match(rules, line, zone)
        if found is not None:
            _mark(marks, found, lines, filled, pos)
    _absorb(lines, filled, marks.removed, marks.absorbing)
    return _cleaned(lines, marks)


def _mark(
    marks: _Marks,
    found: tuple[FurniturePattern, re.Match[str]],
    lines: list[str],
    filled: list[int],
    pos: int,
) -> None:
    """Record one matched line (``filled[pos]``), its captures and the lines it takes along."""
    rule, m = found
    i = filled[pos]
    marks.removed[i] = rule.kind
    if rule.absorb:
        marks.absorbing.add(i)
    for name, value in m.groupdict().items():
        if value and name in ("source", "author"):
            marks.fields.setdefault(
                name, _without_wire(value.strip()) if name == "author" else value.strip()
            )
    if m.groupdict().get("dateline"):
        marks.datelines[i] = m["dateline"]
    for j in filled[pos + 1 : pos + 1 + rule.follow]:
        if j in marks.removed or not looks_like_headline(lines[j]):
            break
        marks.removed[j] = rule.kind


def _cleaned(lines: list[str], marks: _Marks) -> Cleaned:
    """The kept lines (datelines in place of their line) and the removed pieces."""
    removed, datelines = marks.removed, marks.datelines
    kept = [
        datelines.get(i, line.rstrip())
        for i, line in enumerate(lines)
        if i not in removed or i in datelines
    ]
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()
    pieces = [f"{removed[i]}: {lines[i].strip()}" for i in sorted(removed)]
    for piece in pieces:
        log.debug("furniture removed: %s", piece)
    return Cleaned(text=body, removed=pieces, fields=marks.fields)


def _absorb(
    lines: list[str], filled: list[int], removed: dict[int, str], absorbing: set[int]
) -> None:
    """Remove short brand-like lines that sit right next to an absorbing blurb."""
    for i in sorted(absorbing):
        pos = bisect_left(filled, i)
        for j in filled[max(pos - 1, 0) : pos] + filled[pos + 1 : pos + 2]:
            if j not in removed and _is_short_label(lines[j]):
                removed[j] = "brand line"


def _without_wire(author: str) -> str:
    """A byline's names without the wire service written after them with no comma ("By
    Jane Morrow Associated Press", "By Tom Ochs AP"): a service of ``wire_services.txt``
    of more than one word or in capitals, as written, with two words of a name left ("By
    Ann Getty" is Ann Getty)."""
    for service in shipped().lines("wire_services.txt"):
        rest = author[: -len(service) - 1].rstrip(" ,")
        distinct = " " in service or service.isupper()  # not "Getty", a surname too
        if distinct and author.endswith(" " + service) and len(rest.split()) >= 2:
            return rest
    return author


# a run of capitalised words: its last may be a surname ("County Manager Felipe Archuleta")
_NAMED_RUN = re.compile(r"\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)+")


def caption_surnames(removed: Sequence[str]) -> frozenset[str]:
    """The last words of the runs of capitalised words a page's removed photo captions hold,
    which may name in full a person its text names by surname alone ("Doña Ana County
    Manager Felipe Archuleta addresses ..." before "Archuleta said": found in probe237; not a
    first name, "Attorney General Jeff Sessions": "Jeff," in a quote stays no one).

    >>> sorted(caption_surnames(["caption: Sheriff Ana Ruiz-Vega speaks. Jo Lin/Herald"]))
    ['Lin', 'Ruiz-Vega']
    """
    found: set[str] = set()
    for line in removed:
        kind, _, text = line.partition(": ")
        if kind == "caption":
            found.update(m.group(0).split()[-1] for m in _NAMED_RUN.finditer(text))
    return frozenset(found)
