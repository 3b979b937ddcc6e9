"""Visible text of HTML with the standard library's parser, never raising.

Script, style and other code elements are dropped; navigation, headers,
footers and forms are skipped unless left unclosed, when their text was the
article after all.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from graphx.ingest.readers.normalise import SPACES

__all__ = ["html_to_text"]


class _TextParser(HTMLParser):
    SKIP = frozenset(
        "script style noscript template iframe svg object nav header footer aside form"
        " button select head math canvas video audio".split()
    )
    BLOCK = frozenset(
        "p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote section article tr table pre hr"
        " dd dt figure figcaption main td th body".split()
    )
    # Never shown to a reader, even when the closing tag is missing.
    CODE = frozenset(("script", "style", "template"))

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        # Each skipped element holds its text: if it is never closed, the text
        # after it was not furniture but the article (fuzzing found the loss).
        self.skipping: list[tuple[str, list[str]]] = []
        self.in_title = False

    def _out(self) -> list[str]:
        return self.skipping[-1][1] if self.skipping else self.parts

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        open_tags = [t for t, _ in self.skipping]
        if "head" in open_tags and (tag == "body" or tag in self.BLOCK):
            del self.skipping[open_tags.index("head") :]  # </head> is optional in HTML
        if tag in self.SKIP:
            self.skipping.append((tag, []))
        elif tag == "title":
            self.in_title = not self.title and set(open_tags) <= {"head"}
        elif tag in self.BLOCK:
            self._out().append("\n\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.BLOCK:
            self._out().append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        open_tags = [t for t, _ in self.skipping]
        if tag in open_tags:
            del self.skipping[len(open_tags) - 1 - open_tags[::-1].index(tag) :]
        elif tag == "title":
            self.in_title = False
        elif tag in self.BLOCK:
            self._out().append("\n\n")

    def handle_data(self, data: str) -> None:
        (self.title if self.in_title else self._out()).append(data)

    def parse_marked_section(self, i: int, report: bool = True) -> int:
        """``<![`` opens a marked section only before a known keyword; otherwise it is text.

        ``_markupbase`` raises AssertionError on ``<![ oops`` or ``<![foo[``,
        which dropped the whole article (issue 12 F6, 11,839 of 112,333
        random fragments).
        """
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            self.handle_data(self.rawdata[i : i + 3])
            return i + 3

    def close(self) -> None:
        super().close()
        if self.in_title:  # an unclosed <title> swallowed the page
            self.parts += ["\n\n", *self.title]
            self.title = []
        for tag, held in self.skipping:
            if tag in self.CODE:
                break
            self.parts.extend(held)
        self.skipping = []


def html_to_text(markup: str) -> tuple[str, str]:
    """Visible text of HTML (paragraphs separated by blank lines) and its <title>.

    Scripts, styles, navigation, headers, footers and forms are dropped; a
    blank line in the source also separates paragraphs (WordPress content).

    >>> html_to_text("<p>One &amp; two<script>x()</script></p><nav>Home</nav>Three")
    ('One & two\\n\\nThree', '')
    """
    parser = _TextParser()
    parser.feed(markup)
    parser.close()
    raw = "".join(parser.parts)
    paragraphs = (SPACES.sub(" ", " ".join(p.split())) for p in re.split(r"\n\s*\n", raw))
    title = " ".join("".join(parser.title).split())
    return "\n\n".join(p for p in paragraphs if p), title
