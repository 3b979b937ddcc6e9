"""Page credits: bylines, photo credits and wire lines are metadata, not actors.

The patterns live in ``resources/credits.txt`` (one regular expression a
line), the wire services they name in ``resources/wire_services.txt``, so an
outlet's house style is added as data. ``credit_spans`` returns
the character spans of a text that are credits; ``graphx.extract.page`` drops the
names inside them, so a photographer or a wire service never becomes the
agent of a lawsuit (issue 16). Who wrote the document is recorded by
``graphx.ingest.furniture`` as its author.
"""

from __future__ import annotations

import re

from graphx.errors import SettingsError
from graphx.lexicon import Lexicon, shipped

__all__ = ["attribution_ends", "credit_patterns", "credit_spans", "read_attributions"]

_NAME = r"(?:[A-Z][\w'’-]*\.?)(?:[ \t]+(?:[A-Z][\w'’-]*\.?|de|van|von|da|del)){0,3}"


def credit_patterns(lexicon: Lexicon | None = None) -> tuple[re.Pattern[str], ...]:
    """The compiled patterns of ``credits.txt``.

    Raises:
        SettingsError: the file is unreadable or a line is not a valid expression.
    """
    return (lexicon or shipped()).derived(_credit_patterns)


def _credit_patterns(lexicon: Lexicon) -> tuple[re.Pattern[str], ...]:
    path = lexicon.path("credits.txt")
    lines = lexicon.text("credits.txt").splitlines()
    wire = _wire(lexicon)
    out = []
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        source = line.replace("{NAME}", _NAME).replace("{WIRE}", wire)
        try:
            # Names keep their capitals: only the fixed words ignore case.
            out.append(re.compile(_insensitive_words(source), re.M))
        except re.error as e:
            raise SettingsError(f"{path}, line {number}: bad pattern: {e}") from e
    return tuple(out)


def _wire(lexicon: Lexicon) -> str:
    """What ``{WIRE}`` stands for: a service of ``wire_services.txt`` or an acronym."""
    services = (r"\s+".join(map(re.escape, x.split())) for x in lexicon.lines("wire_services.txt"))
    return f"(?:{'|'.join([*services, '[A-Z]{2,5}'])})"


def _insensitive_words(source: str) -> str:
    """Lower-case literal words of a pattern match any case ("by" -> "[bB]y")."""
    return re.sub(r"(?<![\\\w{])([a-z])(?=[a-z]+\b)", lambda m: f"[{m[1]}{m[1].upper()}]", source)


def credit_spans(text: str, *, patterns: tuple[re.Pattern[str], ...] = ()) -> list[tuple[int, int]]:
    """Character spans of the credits in a text, in order.

    >>> text = "Rain fell.\\nBy Jane Roe\\nA crowd waited. (AP Photo/John Doe)"
    >>> [text[a:b] for a, b in credit_spans(text)]
    ['By Jane Roe', '(AP Photo/John Doe)']
    """
    spans = set()
    for pattern in patterns or credit_patterns():
        spans |= {m.span() for m in pattern.finditer(text) if m.end() > m.start()}
    return sorted(spans)


def read_attributions(lexicon: Lexicon | None = None) -> re.Pattern[str]:
    """One pattern for the phrases of ``attributions.txt``, each ending a match.

    Raises:
        SettingsError: the file is unreadable.
    """
    return (lexicon or shipped()).derived(_attributions)


def _attributions(lexicon: Lexicon) -> re.Pattern[str]:
    lines = lexicon.text("attributions.txt").splitlines()
    phrases = sorted((x.strip() for x in lines if x.strip() and not x.startswith("#")), key=len)
    words = "|".join(r"\s+".join(map(re.escape, p.split())) for p in reversed(phrases))
    return re.compile(rf"\b(?:{words})\s+(?:the\s+)?", re.I)


def attribution_ends(text: str) -> set[int]:
    """Offsets right after "told", "according to" and the like: an outlet named there is
    the source of a quote, not a participant.

    >>> text = "Ann Lee told the Daily Planet on Monday."
    >>> sorted(text[i:i + 5] for i in attribution_ends(text))
    ['Daily']
    """
    return {m.end() for m in read_attributions().finditer(text)}
