"""Quotations: where a text quotes someone, so that what a quote says is told as
someone's words, not as the article's."""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc, Token

from graphx.lexicon import shipped

__all__ = [
    "inside",
    "quoted_spans",
    "texts_set_out",
    "quoted_title",
    "titled_work",
]

_OPEN_QUOTES = {"\u201c": True, "\u201d": False}


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Character spans inside quotation marks; a quote left open ends with its paragraph.

    >>> quoted_spans('He said "no." Then \\u201cyes\\u201d.')
    [(8, 13), (19, 24)]
    """
    spans: list[tuple[int, int]] = []
    start = -1
    for i, ch in enumerate(text):
        if ch == "\n" and start >= 0:
            spans.append((start, i))
            start = -1
        elif ch == '"':
            if start < 0:
                start = i
            else:
                spans.append((start, i + 1))
                start = -1
        elif ch in _OPEN_QUOTES:
            if _OPEN_QUOTES[ch] and start < 0:
                start = i
            elif not _OPEN_QUOTES[ch] and start >= 0:
                spans.append((start, i + 1))
                start = -1
    if start >= 0:
        spans.append((start, len(text)))
    return spans


# a statement a page sets out after saying what it is: "The following statement was issued
# by Ana Ruiz, director of ...:" on a line of its own (not "the following comments", an
# interview's, nor "the following response when asked", a review)
_SET_OUT = re.compile(r"\bthe following statement\b[^\n]*:[ \t]*\n", re.IGNORECASE)
_CLOSING = re.compile('["\u201d]')


def texts_set_out(text: str) -> list[tuple[int, int]]:
    """The paragraphs of a statement set out in full after a line that says what it is ("The
    following statement was issued by ...:", then its paragraphs, each opened by a
    quotation mark): a text put out, whose acts are told as a report's, not someone's words
    in an interview (found in probe288, read: an advocates' statement of a raid); up to a
    paragraph that names its own speaker after its quote ("... ," Ramirez told the
    Chronicle, a review)."""
    set_out: list[tuple[int, int]] = []
    for found in _SET_OUT.finditer(text):
        at = found.end()
        while at < len(text) and text[at:].lstrip()[:1] in ('"', "\u201c"):
            at = len(text) - len(text[at:].lstrip())
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            if _spoken_after(text[at + 1 : end]):
                break
            set_out.append((at, end))
            at = end + 1
    return set_out


def _spoken_after(paragraph: str) -> bool:
    """A quote closed before more words: its speaker told after it."""
    closes = [m.end() for m in _CLOSING.finditer(paragraph)]
    return bool(closes) and bool(paragraph[closes[-1] :].strip())


def inside(spans: list[tuple[int, int]], offset: int) -> bool:
    """Whether an offset falls in one of the sorted, disjoint spans."""
    i = bisect_right(spans, (offset, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= offset < spans[i][1]


_REACH = 40  # tokens: how long a title in quotes can be
_QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "``", "''"})


def titled_work(verb: Token) -> Token | None:
    """The noun a title quoted right after a verb is told as: "released \"Open Doors, Quiet
    Calls,\" a 36-page report" is a report (the parse gives such a verb no object). Only a
    noun set beside the closed title ("a report"), not one that says it ("the ruling
    said"), nor one of whom ("the raid's youngest detainee"), nor after a quote left open."""
    end = _title_end(verb)
    return None if end is None else _titled_after(verb.doc, end)


def _titled_after(doc: Doc, end: int) -> Token | None:
    """The noun set beside a title whose quote closes at token ``end``, else None."""
    for token in doc[end + 1 : end + 7]:
        says = token.dep_ in ("nsubj", "nsubjpass") and token.head.tag_ in ("VBD", "VBZ", "VBP")
        if token.pos_ == "NOUN" and token.dep_ not in ("compound", "poss") and not says:
            return token  # "a 36-page report": the report, not the page
        if token.pos_ not in ("PUNCT", "DET", "NUM", "ADJ", "ADV", "NOUN") or token.dep_ == "poss":
            return None
    return None


def quoted_title(verb: Token) -> bool:
    """Whether a work's title, closed, is quoted right after the verb: three words or more
    opening with a capital and not ending a sentence ('released "Holding Pattern: ICE
    Detainers in West Virginia," the first statewide look'); not a nickname ('"Junior"',
    '"Little Big Man" Lopez'), a name ('"Jose Antonio Ramos," a detainee'), nor words said
    ('"We are disappointed."')."""
    end = _title_end(verb)
    if end is None:
        return False
    doc = verb.doc
    inner = doc[verb.i + 2 : end]
    words = [t for t in inner if t.is_alpha]
    ends_sentence = inner[-1].text in (".", "!", "?") if len(inner) else True
    named = any(t.ent_type_ == "PERSON" for t in inner)
    after = next((t for t in doc[end + 1 : end + 4] if not t.is_punct), None)
    person = after is not None and (after.pos_ == "PROPN" or _titled_person(doc, end))
    if len(words) < 3 or not words[0].is_title or ends_sentence or named:
        return False
    return not person


def _titled_person(doc: Doc, end: int) -> bool:
    """Whether the noun set beside a quote closing at ``end`` is a person's ("a detainee")."""
    noun = _titled_after(doc, end)
    return noun is not None and noun.lemma_.lower() in shipped().word_set("person_nouns.txt")


def _title_end(verb: Token) -> int | None:
    """Where a quote opened right after the verb closes, within its paragraph; else None."""
    doc = verb.doc
    if verb.i + 1 >= len(doc) or doc[verb.i + 1].text not in _QUOTE_MARKS:
        return None
    end = next(
        (
            t.i
            for t in doc[verb.i + 2 : verb.i + _REACH]
            if t.text in _QUOTE_MARKS or "\n" in t.text
        ),
        None,
    )
    return None if end is None or "\n" in doc[end].text else end
