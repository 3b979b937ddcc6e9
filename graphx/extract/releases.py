"""A page that is a statement: "Statement from Sheriff Raymond T. Kessel Jr. on the 287(g)
Agreement", an office's release told in the first person ("Today I signed ...").

Such a page tells no one saying anything; it is the saying. So the page is a statement
made the day it was published, by the one its headline names (else the office that
published it, when the text names that office), and the "I" or "we" that acts in it,
outside quotes, is that one (issue 15).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from graphx.extract.known import read_titles
from graphx.extract.quotes import inside, quoted_spans
from graphx.extract.taxonomy import load_taxonomy
from graphx.extract.timex.normalise import span_of
from graphx.model import Document, EventMention, Mention, TimeExpression

__all__ = ["page_statement"]

_AUTHORS = frozenset({"person", "agency", "organization"})
_FROM = frozenset({"from", "by", "of"})
_FIRST_PERSON = frozenset({"i", "we"})
# the words that open what a statement is on, after whom it is from
_TOPIC = frozenset({"on", "regarding", "about", "concerning", "following", "after", "in", "to"})


def page_statement(
    doc: Doc,
    document: Document,
    mentions: list[Mention],
    events: list[EventMention],
    headline_end: int,
) -> tuple[list[Mention], list[EventMention]]:
    """The mentions and events of a page, with the statement the page is first and its
    author as the doer of what its "I" or "we" did; both unchanged on any other page. An
    author the headline names with a title only ("Statement From Sheriff Ahlgren"), which
    the tagger leaves out of a headline in capitals, is a mention of its own."""
    noun = _statement_noun(doc, headline_end)
    if noun is None:
        return mentions, events
    author = _author(noun, mentions, headline_end)
    if author is None and (author := _titled_author(noun, headline_end)) is not None:
        mentions = sorted([*mentions, author], key=lambda m: m.start)
    author = author or _publisher(document, mentions)
    if author is None:
        return mentions, events
    quotes = quoted_spans(doc.text)
    told = [_done_by(event, doc, author, quotes) for event in events]
    statement = EventMention(
        sentence=0,
        trigger=noun.text,
        event_type=load_taxonomy().contents[noun.lower_],
        summary=doc.text[:headline_end].strip(),
        participants=[(author.id, "agent")],
        time=_day_published(noun, document),
        lemma=noun.lower_,
        start=headline_end,  # the page tells it, not its headline alone
    )
    return mentions, [statement, *told]


def _statement_noun(doc: Doc, headline_end: int) -> Token | None:
    """The headline's opening noun when it names a statement and whom it is from
    ("Statement from ...", "Joint Statement by ..."; ``COMMUNIQUE`` rows with a type)."""
    contents = load_taxonomy().contents
    for token in doc:
        if token.idx >= headline_end or token.i > 2:
            return None
        if token.lower_ in contents:
            after = doc[token.i + 1] if token.i + 1 < len(doc) else None
            return token if after is not None and after.lower_ in _FROM else None
    return None


def _author(noun: Token, mentions: Sequence[Mention], headline_end: int) -> Mention | None:
    """Whom the statement is from: the first name after "from" in the headline, else a
    name the page gives in full whose last word the headline names ("Statement From Sheriff
    Ahlgren", signed "Sheriff Thomas K. Ahlgren")."""
    authors = [m for m in mentions if m.type in _AUTHORS]
    for mention in authors:
        if noun.idx < mention.start and mention.end <= headline_end:
            return mention
    named = _name_words(noun, headline_end)
    for mention in authors:
        if mention.start >= headline_end and mention.text.split()[-1].lower() in named:
            return mention
    return None


def _publisher(document: Document, mentions: Sequence[Mention]) -> Mention | None:
    """The office that published the page, when its text names it."""
    source = document.source.strip().lower()
    return next((m for m in mentions if source and m.text.lower() == source), None)


def _name_words(noun: Token, headline_end: int) -> set[str]:
    """The words of the name after "from" in the headline, lower case."""
    return {w.lower() for _, w in _name_after(noun, headline_end)}


def _name_after(noun: Token, headline_end: int) -> list[tuple[int, str]]:
    """The words (offset, word) of the name after "from" in the headline, up to what the
    statement is on ("Sheriff Ahlgren" of "Statement From Sheriff Ahlgren Regarding ...")."""
    text = noun.doc.text
    found: list[tuple[int, str]] = []
    for match in re.finditer(r"\S+", text[noun.idx : headline_end]):
        word = match.group().strip(".,")
        if len(found) < 2:  # the noun and "from"
            found.append((-1, word))
            continue
        if word.lower() in _TOPIC or not word[:1].isupper():
            break
        found.append((noun.idx + match.start(), word))
    return found[2:]


def _titled_author(noun: Token, headline_end: int) -> Mention | None:
    """The person the headline names after a title ("Sheriff Ahlgren", "Secretary Jane
    Doe"), a mention of its own; None with no title before the name."""
    words = _name_after(noun, headline_end)
    titles = read_titles()
    last_title = max((k for k, (_, w) in enumerate(words) if w.lower() in titles), default=-1)
    name = words[last_title + 1 :]
    if last_title < 0 or not name:
        return None
    start, end = name[0][0], name[-1][0] + len(name[-1][1])
    return Mention(noun.doc.text[start:end], start, end, 0, "person")


def _done_by(
    event: EventMention, doc: Doc, author: Mention, quotes: list[tuple[int, int]]
) -> EventMention:
    """The event with the author as its doer when "I" or "we" is its subject outside quotes."""
    done = any(role == "agent" for _, role in event.participants)
    if event.start < 0 or done or inside(quotes, event.start):
        return event
    span = doc.char_span(event.start, event.start + 1, alignment_mode="expand")
    if span is None:
        return event
    subjects = [c for c in span.root.children if c.dep_ == "nsubj"]
    if not subjects or subjects[0].lower_ not in _FIRST_PERSON:
        return event
    event.participants = [(author.id, "agent"), *event.participants]
    return event


def _day_published(noun: Token, document: Document) -> TimeExpression | None:
    """The day the page was published, when its date is a day of its own: the statement's."""
    first, last = span_of(document.published) if document.published else ("", "")
    if not first or first != last or document.published_is_lower_bound:
        return None
    return TimeExpression(
        text=noun.text,
        start=noun.idx,
        end=noun.idx + len(noun.text),
        value=first,
        date_start=first,
        date_end=last,
        precision="day",
        uncertain=not (document.published_is_known or document.published_on_page),
        reading=f"the page is the statement: made the day it was published, {first}",
    )
