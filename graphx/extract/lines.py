"""Sentences never run across the line breaks of a page: a spaCy component.

News text as scraped keeps the page's lines: the headline, a dateline or a
stamp, a byline, then paragraphs. The parser, left alone, glues a headline to
the stamp and the lede below it ("ICE launches program\\nMay 6, 2019 ...\\n\\n
LARGO, Fla. - ICE announced today ..."), so the lede's events were read as the
headline's and its dates lost (issue 15). This component, run before the
parser, starts a sentence after a blank line, and after a single line break
when the line before it is complete (it ends a sentence) or is no sentence at
all (a short line without a verb's punctuation: a headline, a stamp, a byline).
A line break inside hard-wrapped prose ("the mayor of\\nNew York said") is left
to the parser.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Token

from graphx.extract import places
from graphx.lexicon import Lexicon, shipped

__all__ = [
    "COMPONENT",
    "DATELINE",
    "HEADLINE_END",
    "headline_end",
    "line_bounds",
    "mark_line_starts",
    "run_on_words",
    "with_headline",
]

COMPONENT = "graphx_line_breaks"
HEADLINE_END = "graphx_headline_end"  # ``Doc.user_data`` key: where the page's headline ends
_ENDS = (".", "!", "?", ":", '"', "\u201d", "\u2019", ")", "]")
_FULL_STOPS = frozenset({".", "!", "?"})  # tokens of their own: a sentence's end
_SHORT_LINE = 14  # words: a line this short without closing punctuation may be a heading


def line_bounds(text: str, at: int) -> tuple[int, int]:
    """Where the line that holds character ``at`` begins and ends (before its newline).

    >>> text = "Home | News\\nThe council met."
    >>> text[slice(*line_bounds(text, 3))], text[slice(*line_bounds(text, 15))]
    ('Home | News', 'The council met.')
    """
    end = text.find("\n", at)
    return text.rfind("\n", 0, at) + 1, end if end >= 0 else len(text)


def run_on_words(lexicon: Lexicon | None = None) -> frozenset[str]:
    """The words a line runs on after into the next ("the mayor of", ``run_on_words.txt``).

    Raises:
        SettingsError: the file is unreadable.
    """
    return (lexicon or shipped()).word_set("run_on_words.txt")


def _line_before(doc: Doc, i: int) -> list[str]:
    """The words of the line that ends at token ``i`` (the line break)."""
    words: list[str] = []
    j = i - 1
    while j >= 0 and "\n" not in doc[j].text:
        if not doc[j].is_space:
            words.append(doc[j].text)
        j -= 1
    return words[::-1]


def _breaks(doc: Doc, i: int) -> bool:
    """Whether the line break at token ``i`` ends a sentence."""
    if doc[i].text.count("\n") >= 2:
        return True
    words = _line_before(doc, i)
    if not words or words[-1].endswith(_ENDS):
        return True
    following = doc[i + 1].text[:1]
    # A caption's credit after its last sentence ("... on Thursday. JESSE LEE/Tulsa World")
    # is a line of its own: only the credit's words after the line's last sentence count.
    ends = [k for k, w in enumerate(words) if w in _FULL_STOPS]  # not "U.S." nor "Jan."
    if ends and _a_credit(words[ends[-1] + 1 :]):
        words = words[ends[-1] + 1 :]
    # Words, not tokens: quotes and colons do not make a headline longer.
    length = sum(any(ch.isalnum() for ch in w) for w in words)
    heading = length <= _SHORT_LINE and words[-1].lower() not in run_on_words()
    return heading and (following.isupper() or following.isdigit() or following in "\"\u201c'")


def _a_credit(words: list[str]) -> bool:
    """A photo's credit ("JESSE LEE/Tulsa World"): a name in capitals or a slash; not the
    start of a sentence wrapped onto the next line ("Agents with Homeland Security")."""
    return bool(words) and any("/" in w or (w.isupper() and len(w) > 1) for w in words)


# "WASHINGTON (AP) — ", "DAYTON, Ohio -- ", "SIDNEY, Mont., Feb. 10 (MNS) — ": a line opening
# with where the story was filed (and when, in a wire's style); the city in capitals, or in
# any case before an outlet in parentheses.
DATELINE = re.compile(
    r"^[ \t]*(?P<city>[A-Z][A-Z.'’ ]{1,40}?|[A-Z][\w.'’ ]{1,40}?(?=[^\n]*\())"
    r"(?:,[ \t]*(?P<state>[A-Z][\w.'’ ]{1,20}?))?"
    r"(?:,[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,[ \t]*\d{4})?)?"
    r"[ \t]*(?:\([^)\n]{1,40}\)[ \t]*)?"
    r"(?:—|–|--|-)(?:[ \t]|$)",
    re.M,
)


def mark_line_starts(doc: Doc) -> Doc:
    """Set ``is_sent_start`` on the first word after each line break that ends a sentence.

    >>> import spacy
    >>> text = "Judge Blocks Order\\nThe judge ruled.\\nIt was\\nlate."
    >>> [t.text for t in mark_line_starts(spacy.blank("en")(text)) if t.is_sent_start]
    ['Judge', 'The', 'It']
    """
    for i, token in enumerate(doc[:-1]):
        if token.is_space and "\n" in token.text and _breaks(doc, i):
            doc[i + 1].is_sent_start = True
            _hold_capitals(doc, i + 1)
    for i, token in enumerate(doc[:-1]):
        if _closes_on_an_abbreviation(token, doc[i + 1]):
            doc[i + 1].is_sent_start = True
    # The headline the reader took from the page ends a sentence however long it is.
    end = doc.user_data.get(HEADLINE_END, 0)
    after = next((t for t in doc if t.idx >= end and not t.is_space), None) if end else None
    if after is not None and after.i > 0:
        after.is_sent_start = True
    _run_on_after_the_day(doc)
    _after_datelines(doc)
    _after_bullets(doc)
    return doc


def _after_bullets(doc: Doc) -> None:
    """A list's item opens after its bullet ("• Aug. 20, 2020 — Garrett Lusk pleads guilty",
    found in probe297): the parser hung the item's date on the bullet, and the act of the
    item lost its day."""
    for token in doc[:-1]:
        at_a_line_start = token.i == 0 or "\n" in doc[token.i - 1].text
        if token.text in _BULLETS and at_a_line_start:
            doc[token.i + 1].is_sent_start = True


_BULLETS = frozenset("•▪●◦‣■")


def _after_datelines(doc: Doc) -> None:
    """The story opens after a dateline's dash ("MANSFIELD — Five days after agents came,
    she still does not know"): the parser hung the sentence on the dateline's city. Only a
    city in capitals the gazetteer knows: "ICE — the nation's immigration agency —
    arrested", "Rep. Joaquin Castro (D-Texas) — who toured the center — said" are no
    datelines (a review). Not after a wire's dated one ("HARLOW, Ore., March 7 (AP) —"),
    whose day may date the sentence's act."""
    for match in DATELINE.finditer(doc.text):
        city = match.group("city").strip()
        if any(c.isdigit() for c in match[0]) or not city.isupper():
            continue
        if places.lookup(city.title()) is None:
            continue
        after = next((t for t in doc if t.idx >= match.end() and not t.is_space), None)
        if after is not None and after.i > 0 and doc[after.i - 1].idx >= match.start():
            after.is_sent_start = True


def _run_on_after_the_day(doc: Doc) -> None:
    """A sentence opened by the day it was written runs on ("Today the group filed a
    lawsuit", under a release's headline): the parser made "Today" a sentence of its own."""
    days = _days_of_writing()
    for token, after in zip(doc, doc[1:], strict=False):
        if token.is_sent_start and token.lower_ in days and after.is_lower and after.is_alpha:
            after.is_sent_start = False


def _days_of_writing() -> frozenset[str]:
    """The one-word times of the day an article was written ("today", "yesterday"), of
    ``time_words.json``."""
    return shipped().derived(_one_word_offsets)


def _one_word_offsets(lexicon: Lexicon) -> frozenset[str]:
    offsets = lexicon.json("time_words.json")["publication_offsets"]
    return frozenset(w for w in offsets if w != "_doc" and " " not in w)


# The tags of words that never go on a name, so that one capitalised after an abbreviation
# opens a sentence: "The vote came before 11 p.m. On Aug. 19, commissioners voted", "moved to
# the U.S. In 2019, she"; not "at 11 p.m. Tuesday", "Sgt. Ann Lee".
_OPENING_TAGS = frozenset({"DT", "IN", "PRP", "PRP$", "CC", "WRB", "WDT", "EX"})


# Abbreviations that join two names: "Garcia v. The City of Aurora" is one case.
_BETWEEN_NAMES = frozenset({"v.", "vs."})


def _closes_on_an_abbreviation(token: Token, after: Token) -> bool:
    """A sentence that ends on an abbreviation's period, which the parser reads on into the
    next sentence."""
    abbreviation = len(token.text) > 1 and token.text.endswith(".") and "\n" not in token.text
    abbreviation = abbreviation and token.lower_ not in _BETWEEN_NAMES
    opening = after.is_title and len(after.text) > 1 and after.tag_ in _OPENING_TAGS
    return abbreviation and opening


def _hold_capitals(doc: Doc, start: int) -> None:
    """A line's opening words in capitals are one name, a dateline's ("EAGLE COUNTY, Colo.
    —"): the parser split one after "EAGLE" once a byline above it ended a sentence."""
    j = start + 1
    while j < len(doc) and doc[j].is_upper and doc[j].is_alpha and doc[start].is_upper:
        doc[j].is_sent_start = False
        j += 1
    # ... and so are two proper nouns opening it, a person's name: "Elías | Barahona walked
    # out", split after a section's label above it (found in probe263)
    name = doc[start : j + 1]
    if j == start + 1 and len(name) == 2 and all(_a_name_word(t) for t in name):
        doc[j].is_sent_start = False


def _a_name_word(token: Token) -> bool:
    return token.is_title and token.is_alpha and token.tag_ in ("NNP", "NNPS") and not token.is_stop


def headline_end(text: str, title: str) -> int:
    """Where the headline ends in a page's text: the page opens with its title on a line
    of its own; 0 when it does not.

    >>> headline_end("Judge Blocks Order\\nThe judge ruled.", "Judge Blocks Order")
    18
    >>> headline_end("Judge Blocks Order today, a clerk said.", "Judge Blocks Order")
    0
    """
    if not title or not text.startswith(title):
        return 0
    return len(title) if text[len(title) : len(title) + 1] in ("", "\n", "\r") else 0


def with_headline(doc: Doc, title: str) -> Doc:
    """A tokenized page, marked with where its headline ends ("Six states and NYC sue ...
    with feds\nLawsuits were filed"): a headline of many words is still no part of the
    sentence below it."""
    end = headline_end(doc.text, title)
    if end:
        doc.user_data[HEADLINE_END] = end
    return doc


@Language.component(COMPONENT)
def _component(doc: Doc) -> Doc:
    return mark_line_starts(doc)
