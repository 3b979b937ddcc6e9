"""Sentence-level events: trigger, type, participants, place and date.

A trigger is a verb or an eventive noun listed in ``resources/event_types.csv``.
Each trigger takes the participants found in its own clause (subject ->
agent, object or passive subject -> patient, the rest -> other), the time
expression whose syntactic head hangs under it (so "officials who released
1,000 aliens during the 2019 fiscal year" dates the release, not the
criticism around it), and the jurisdiction named in the clause as place.

Opinion and generic statements describe no happening, so a candidate is
dropped when it is quoted speech, negated, modal ("could", "should"),
a question, or neither past tense nor dated.
"""

from __future__ import annotations

import logging
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from graphx.lexicon import Lexicon, shipped
from graphx.model import EventMention, Mention, TimeExpression

__all__ = ["Taxonomy", "find_events", "load_taxonomy", "quoted_spans"]

log = logging.getLogger(__name__)

_MODALS = {"could", "might", "may", "should", "would", "must", "can", "will", "shall", "ought"}
_PAST_TAGS = {"VBD", "VBN"}
_SUBJECTS = {"nsubj", "csubj", "agent"}
_OBJECTS = {"dobj", "nsubjpass", "attr", "oprd", "dative"}
_CLAUSES = {"ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "pcomp", "ROOT", "parataxis"}
_PRONOUNS = {"he": "person", "she": "person", "him": "person", "her": "person"}
_PARTICIPANT_TYPES = {
    "person",
    "agency",
    "organization",
    "media",
    "administration",
    "program",
    "law",
}
_OPEN_QUOTES = {"\u201c": True, "\u201d": False}


@dataclass(frozen=True, slots=True)
class Taxonomy:
    verbs: dict[str, str]
    nouns: dict[str, str]
    light: dict[str, str]
    irrealis: frozenset[str] = frozenset()
    families: dict[str, str] = field(default_factory=dict)
    communiques: frozenset[str] = frozenset()

    def family(self, lemma: str) -> str:
        """The trigger family of a lemma ("lawsuit" and "sue" are one), the lemma by default."""
        return self.families.get(lemma, lemma)


def load_taxonomy(lexicon: Lexicon | None = None) -> Taxonomy:
    """The event-trigger table of ``event_types.csv`` (lemma, pos, event_type, family)."""
    return (lexicon or shipped()).derived(_taxonomy)


def _taxonomy(lexicon: Lexicon) -> Taxonomy:
    tables: dict[str, dict[str, str]] = {
        "VERB": {},
        "NOUN": {},
        "LIGHT": {},
        "IRREALIS": {},
        "COMMUNIQUE": {},
    }
    families: dict[str, str] = {}
    for row in lexicon.rows("event_types.csv"):
        lemma = row["lemma"].strip()
        tables.setdefault(row["pos"].strip(), {})[lemma] = row["event_type"]
        if (row.get("family") or "").strip():
            families[lemma] = row["family"].strip()
    return Taxonomy(
        tables["VERB"],
        tables["NOUN"],
        tables["LIGHT"],
        frozenset(tables["IRREALIS"]),
        families,
        frozenset(tables["COMMUNIQUE"]),
    )


def definite_heads(lexicon: Lexicon | None = None) -> dict[str, str]:
    """``definite_heads.csv``: a definite noun -> the type of name it stands for."""
    return (lexicon or shipped()).derived(_definite_heads)


def _definite_heads(lexicon: Lexicon) -> dict[str, str]:
    rows = lexicon.rows("definite_heads.csv")
    return {row["word"].strip(): row["type"].strip() for row in rows}


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


def _inside(spans: list[tuple[int, int]], offset: int) -> bool:
    """Whether an offset falls in one of the sorted, disjoint spans."""
    i = bisect_right(spans, (offset, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= offset < spans[i][1]


def _event_sense(token: Token, taxonomy: Taxonomy) -> tuple[str, str] | None:
    """The event type of a trigger and the lemma that names its happening.

    A light verb takes both from its eventive object, so "issued four
    subpoenas" is the same happening as "subpoenaed" (issue 15).
    """
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in taxonomy.communiques for c in token.children
    ):
        return None  # "released the following statement" tells nothing that happened
    if token.pos_ == "VERB" and lemma in taxonomy.light:
        for child in token.children:
            if child.dep_ == "dobj" and child.lemma_.lower() in taxonomy.nouns:
                return taxonomy.nouns[child.lemma_.lower()], child.lemma_.lower()
    if token.pos_ in ("VERB", "AUX") and lemma in taxonomy.verbs:
        return taxonomy.verbs[lemma], lemma
    if token.pos_ == "NOUN" and lemma in taxonomy.nouns:
        return taxonomy.nouns[lemma], lemma
    return None


def is_root(token: Token) -> bool:
    """Whether a token heads its sentence.

    Compared by index: spaCy builds a new ``Token`` object on every access, so
    ``token.head is token`` is never true and a walk that waits for it never
    ends (issue 11: one AP lede crashed a whole build with RecursionError).
    """
    return token.head.i == token.i


def ancestors(token: Token) -> list[Token]:
    """The heads above a token, nearest first, at most one per word of its sentence.

    The bound holds even on a parse with a cycle, so no walk up the tree can
    run away.
    """
    found: list[Token] = []
    for _ in range(len(token.sent)):
        if is_root(token):
            break
        token = token.head
        found.append(token)
    return found


def _is_opinion(token: Token) -> bool:
    """Negated, modal or interrogative: no happening is asserted."""
    for child in token.children:
        if child.dep_ == "neg" or (child.dep_ == "aux" and child.lower_ in _MODALS):
            return True
    below = token
    for head in ancestors(token):
        if below.dep_ not in ("xcomp", "conj"):
            break
        if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in head.children):
            return True
        below = head
    return token.sent.text.rstrip().endswith("?")


def _is_past(token: Token) -> bool:
    """Whether a verb asserts something that already happened or is happening.

    A participle counts only with a finite auxiliary ("was arrested", "have
    released") or as a reduced relative ("the man arrested in 2019"); "fears
    being sued" does not. A present progressive is news happening now
    ("authorities are turning to a new tactic, issuing subpoenas"), unlike the
    generic present ("ICE issues detainers").
    """
    # A gerund takes the tense of the verb it hangs on ("fired him, citing...").
    chain = [token, *ancestors(token)]
    verb = next((t for t in chain if t.tag_ != "VBG"), None)
    if verb is None:
        return any(c.dep_ == "aux" and c.lemma_ == "be" for c in chain[-1].children)
    if verb.tag_ == "VBD":
        return True
    if verb.tag_ == "VBN":
        auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if not auxiliaries:
            return verb.dep_ in ("acl", "ROOT", "conj")
        return any(a.tag_ in ("VBD", "VBZ", "VBP") for a in auxiliaries)
    return False


def _is_irrealis(token: Token, taxonomy: Taxonomy) -> bool:
    """Under a verb of wanting, fearing or planning: nothing happened yet."""
    below = token
    for head in ancestors(token)[:4]:
        if below.dep_ not in ("xcomp", "ccomp", "pcomp", "conj"):
            return False
        if head.lemma_.lower() in taxonomy.irrealis:
            return True
        below = head
    return False


def _clause_tokens(trigger: Token, triggers: set[int]) -> list[Token]:
    """The trigger's subtree without the sub-clauses headed by other triggers."""
    out: list[Token] = []
    stack = [trigger]
    while stack:
        token = stack.pop()
        out.append(token)
        for child in token.children:
            if child.i in triggers and child.dep_ in _CLAUSES:
                continue
            stack.append(child)
    return out


def _owner(token: Token, triggers: set[int]) -> int | None:
    """The nearest trigger at or above a token in the dependency tree."""
    for above in [token, *ancestors(token)][:64]:
        if above.i in triggers:
            return above.i
    return None


def _mention_at(mentions: Sequence[Mention], starts: list[int], offset: int) -> int | None:
    i = bisect_right(starts, offset) - 1
    if i >= 0 and mentions[i].start <= offset < mentions[i].end:
        return i
    return None


def _antecedent(mentions: Sequence[Mention], before: int, wanted: str) -> int | None:
    """The last mention of a type before an offset ("the agency" -> ICE)."""
    for i in range(len(mentions) - 1, -1, -1):
        m = mentions[i]
        if m.start < before and m.type == wanted:
            return i
    return None


def _argument_mentions(
    tokens: list[Token], mentions: Sequence[Mention], starts: list[int]
) -> list[int]:
    found: list[int] = []
    for token in sorted(tokens, key=lambda t: t.i):
        index = _mention_at(mentions, starts, token.idx)
        if index is None:
            wanted = _PRONOUNS.get(token.lower_)
            if token.dep_ in _SUBJECTS | _OBJECTS and token.lower_ in _PRONOUNS:
                index = _antecedent(mentions, token.idx, wanted or "")
            elif token.lemma_.lower() in definite_heads() and any(
                c.lower_ == "the" for c in token.children
            ):
                index = _antecedent(mentions, token.idx, definite_heads()[token.lemma_.lower()])
        if index is not None and index not in found:
            found.append(index)
    return found


def _implied_subject(trigger: Token) -> list[Token]:
    """The subject a clause without one shares with the clause or noun above it.

    "officials in Cook County who have released..." (relative clause),
    "the sheriff's office ... drew attention for releasing..." (gerund), and
    "the decision by Albence to hold a press conference" (noun complement).
    """
    below = trigger
    for token in ancestors(trigger)[:6]:
        if below.dep_ == "relcl" or (below.dep_ == "acl" and token.pos_ in ("NOUN", "PROPN")):
            inside = {t.i for t in below.subtree}
            return [t for t in token.subtree if t.i not in inside]
        subjects = [c for c in token.children if c.dep_ in _SUBJECTS]
        if subjects:
            return list(subjects[0].subtree)
        below = token
    return []


def _relative_antecedent(trigger: Token) -> list[Token]:
    """What a relative pronoun stands for: the noun phrase the clause hangs on.

    The parser often attaches the clause to the last word of a place name
    ("officials in Cook County, Illinois who released..."), so climb through
    appositions and prepositions to the noun that heads the phrase.
    """
    noun = trigger.head
    for head in ancestors(noun):
        if noun.dep_ not in ("appos", "pobj", "prep", "compound"):
            break
        noun = head
    inside = {t.i for t in trigger.subtree}
    return [t for t in noun.subtree if t.i not in inside]


def _arguments(trigger: Token, in_clause: set[int]) -> list[tuple[str, list[Token]]]:
    arguments = []
    for child in trigger.children:
        role = "agent" if child.dep_ in _SUBJECTS else "patient" if child.dep_ in _OBJECTS else ""
        if role and child.tag_ in ("WP", "WDT") and trigger.dep_ == "relcl":
            arguments.append((role, _relative_antecedent(trigger)))
        elif role:
            arguments.append((role, [t for t in child.subtree if t.i in in_clause]))
    if not any(role == "agent" for role, _ in arguments):
        arguments.append(("agent", _implied_subject(trigger)))
    return arguments


def _participants(
    trigger: Token, clause: list[Token], mentions: Sequence[Mention], starts: list[int]
) -> tuple[list[tuple[int, str]], int | None]:
    in_clause = {t.i for t in clause}
    roles: list[tuple[int, str]] = []
    place: int | None = None
    assigned: set[int] = set()
    for role, subtree in _arguments(trigger, in_clause):
        for index in _argument_mentions(subtree, mentions, starts):
            assigned.add(index)
            place = _take(mentions[index], index, role, roles, place)
    for index in _argument_mentions(clause, mentions, starts):
        if index not in assigned:
            place = _take(mentions[index], index, "other", roles, place)
    return roles, place


def _take(
    mention: Mention, index: int, role: str, roles: list[tuple[int, str]], place: int | None
) -> int | None:
    """Add a mention to an event as a participant or as its place; returns the place.

    A dateline's place is where the story was filed, not where it happened, and
    an outlet a story cites ("told Fox News") or is credited to is no actor
    (issue 16): neither takes part.
    """
    if mention.type == "jurisdiction":
        return index if place is None and not mention.dateline else place
    if mention.type in _PARTICIPANT_TYPES and not mention.attribution:
        roles.append((index, role))
    return place


# Verbs that only say when or that something took place: "the raid was on Friday",
# "the arrest came on January 17".
_SUPPORT_VERBS = frozenset({"be", "come", "happen", "occur", "take"})


def _under_other_verb(token: Token) -> bool:
    """Whether the token's clause is headed by a verb that is no trigger.

    Such a date says when that verb's act took place ("the city said Saturday
    it would review the subpoenas", "traveled to tout the lawsuit on
    Wednesday"), not when the sentence's one trigger did (issue 15). A verb
    that only places the sentence's subject in time is no such verb.
    """
    verb = next((t for t in [token, *ancestors(token)] if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.lemma_.lower() not in _SUPPORT_VERBS


def _times_by_trigger(
    doc: Doc, times: Sequence[TimeExpression], triggers: set[int]
) -> dict[int, TimeExpression]:
    attached: dict[int, TimeExpression] = {}
    for time in times:
        span = doc.char_span(time.start, time.end, alignment_mode="expand")
        if span is None:
            continue
        owner = _owner(span.root, triggers)
        if owner is None and not _under_other_verb(span.root):
            # A time expression the parse left outside every clause dates the sentence's
            # one trigger; one under another verb dates that verb.
            roots = [t for t in span.sent if t.i in triggers]
            owner = roots[0].i if len(roots) == 1 else None
        if owner is not None and owner not in attached:
            attached[owner] = time
    return attached


_LEADING_WORDS = {"that", "who", "which", "when", "while", "because", "as", "and", "but", "to"}


def _summary(trigger: Token, clause: list[Token]) -> str:
    """The clause as the article wrote it, from its first to its last word.

    Sliced from the text rather than re-joined from tokens, so punctuation
    and spacing stay the author's; a leading subordinator is dropped.
    """
    tokens = sorted((t for t in clause if not t.is_space), key=lambda t: t.i)
    while len(tokens) > 1 and tokens[0].lower_ in _LEADING_WORDS:
        tokens = tokens[1:]
    # A span's text, not Doc.text: the latter rebuilds the whole document's string.
    text = " ".join(trigger.doc[tokens[0].i : tokens[-1].i + 1].text.split())
    text = text.strip(' ,.;:\u201c\u201d"')
    return text if len(text) <= 140 else text[:139].rstrip() + "\u2026"


def _candidates(
    sent: Span, taxonomy: Taxonomy, quotes: list[tuple[int, int]]
) -> dict[int, tuple[str, str]]:
    found: dict[int, tuple[str, str]] = {}
    for token in sent:
        sense = _event_sense(token, taxonomy)
        if sense is None or _inside(quotes, token.idx):
            continue
        if token.pos_ == "NOUN" and token.head.i in found:
            continue  # the light verb above already carries this noun's type
        found[token.i] = sense
    return found


def find_events(
    doc: Doc,
    mentions: Sequence[Mention],
    times: Sequence[TimeExpression],
    *,
    taxonomy: Taxonomy | None = None,
) -> list[EventMention]:
    """Find the events of one parsed document.

    Args:
        doc: a spaCy Doc with sentences, POS tags, lemmas and a dependency parse.
        mentions: the document's typed mentions, ordered by start offset.
        times: the document's normalized time expressions.
        taxonomy: trigger table; the shipped one when None.

    Returns:
        Events in text order; participants and place index into ``mentions``.
    """
    taxonomy = taxonomy or load_taxonomy()
    quotes = quoted_spans(doc.text)
    starts = [m.start for m in mentions]
    events: list[EventMention] = []
    for sent_index, sent in enumerate(doc.sents):
        candidates = _candidates(sent, taxonomy, quotes)
        triggers = set(candidates)
        attached = _times_by_trigger(
            doc,
            [t for t in times if sent.start_char <= t.start < sent.end_char],
            triggers,
        )
        for i, (kind, lemma) in candidates.items():
            trigger = doc[i]
            time = attached.get(i)
            dated = time is not None and bool(time.date_start)
            if _is_opinion(trigger) or _is_irrealis(trigger, taxonomy):
                continue
            if not (dated or (trigger.pos_ == "VERB" and _is_past(trigger))):
                continue
            clause = _clause_tokens(trigger, triggers)
            participants, place = _participants(trigger, clause, mentions, starts)
            if not participants and place is None and not dated:
                continue
            events.append(
                EventMention(
                    sentence=sent_index,
                    trigger=trigger.text,
                    event_type=kind,
                    lemma=lemma,
                    start=trigger.idx,
                    summary=_summary(trigger, clause),
                    participants=participants,
                    place=place,
                    time=time,
                )
            )
    return events
