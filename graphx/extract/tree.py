"""Bounded walks up the dependency tree, and the children of a verb its readings look at.

Every walk up is bounded by its sentence's length, so a parse with a cycle cannot run away
(issue 11).
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Span, Token

from graphx.extract.timex.rules import words

__all__ = [
    "ACT_PREPOSITIONS",
    "ancestors",
    "auxiliaries",
    "dated_apart",
    "dated_below",
    "direct_objects",
    "infinitive_of_noun",
    "is_own_date",
    "is_root",
    "lemma_with_hyphen",
    "means_of_a_gerund",
    "named_object",
    "objects_of",
    "part_hung_on_a_verb",
    "planned",
    "progressive",
    "purposes",
    "verb_over",
]


def auxiliaries(verb: Token) -> list[Token]:
    """The verb's auxiliaries, active or passive ("has", "been" of "has been arrested")."""
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass")]


def dated_below(verb: Token, apart: Collection[int] = ()) -> bool:
    """A date or a time anywhere in the verb's clause ("decades ago", "in 2019"), but on the
    tokens ``apart``."""
    return any(
        t.ent_type_ in ("DATE", "TIME") for t in verb.subtree if t.i != verb.i and t.i not in apart
    )


def direct_objects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ == "dobj"]


def objects_of(word: Token, preposition: str) -> list[Token]:
    """The objects of a preposition hanging on a word ("$96,540" of "an award of $96,540")."""
    return [
        w
        for p in word.children
        if p.dep_ == "prep" and p.lower_ == preposition
        for w in p.children
        if w.dep_ == "pobj"
    ]


def lemma_with_hyphen(word: Token) -> str:
    """A word's lemma with the word the tokenizer split off it at a hyphen ("go-ahead" of
    "ahead"), lower case."""
    doc, i = word.doc, word.i
    joined = i >= 2 and doc[i - 1].text == "-" and doc[i - 2].head.i == i
    return f"{doc[i - 2].lower_}-{word.lemma_.lower()}" if joined else word.lemma_.lower()


def verb_over(token: Token) -> Token | None:
    """The nearest verb (or auxiliary) above a token, else None."""
    return next((t for t in ancestors(token) if t.pos_ in ("VERB", "AUX")), None)


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


def purposes(verb: Token) -> list[Token]:
    """A verb's infinitives of purpose, on which the parser may hang a participle that tells
    the verb's own act ("went to court Friday to try to save the deal, filing a lawsuit":
    found in probe305); not one whose participles tell a time of their own ("to meet
    clients, filing 30 claims by Friday", "to work, later filing for asylum": a review;
    ``time_words.json``'s later_words)."""
    later = frozenset(words()["later_words"]["words"])
    return [
        c
        for c in verb.children
        if c.dep_ == "advcl"
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        and not any(
            t.ent_type_ in ("DATE", "TIME") or t.lower_ in later
            for p in c.children
            if p.dep_ in ("advcl", "xcomp") and p.tag_ == "VBG"
            for t in p.subtree
        )
    ]


def infinitive_of_noun(verb: Token) -> bool:
    """A "to" infinitive that says what its noun is about ("the decision to approve")."""
    return verb.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def planned(span: Span, irrealis: Collection[str]) -> bool:
    """A time in a relative clause of what was planned ("the hearing that was supposed to
    happen this coming Tuesday", "the vote, which was slated for February"): the plan's
    time, no day of the happening (found in probe147)."""
    return any(a.dep_ == "relcl" and a.lemma_.lower() in irrealis for a in span.root.ancestors)


def named_object(prep: Token) -> bool:
    """A preposition's object that can make it part of a phrasal verb: no time ("called the
    raid a disgrace on Monday") and no "what" ("what some have called for")."""
    objects = [o for o in prep.children if o.dep_ == "pobj"]
    if prep.lower_ == "out":  # "pulled out of the program": "out" and "of" are one preposition
        objects += [o for p in prep.children if p.lower_ == "of" for o in p.children]
    return bool(objects) and not any(
        o.ent_type_ in ("DATE", "TIME") or o.tag_ in ("WP", "WDT") for o in objects
    )


def means_of_a_gerund(word: Token) -> bool:
    """A preposition by which or after which a gerund's act was done ("by ending", "after
    arresting him"); not "without notifying", "instead of arresting", "accused of lying"."""
    return word.lower_ in _DONE_WITH and any(
        c.dep_ == "pcomp" and c.tag_ == "VBG" for c in word.children
    )


_DONE_WITH = frozenset({"by", "after", "upon"})  # "by ending", "after arresting him"


def progressive(verb: Token) -> bool:
    """A verb told as going on: an -ing form with a form of "be" ("were driving", "are
    still refusing meals")."""
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)


# Prepositions whose noun names the act of the verb they hang on: "in a ruling Tuesday, Judge
# Lee wrote", "spoke at a rally". Not "on", "over" or "with": "commented on the ruling
# Friday" and "complied with the subpoenas" tell an act of someone else, from before.
ACT_PREPOSITIONS = frozenset({"in", "at", "during"})
# How a date that is a noun's own hangs on it: "the Feb. 10 ruling", "Tuesday's raid".
_NOUN_DATES = frozenset({"compound", "nmod", "amod", "nummod", "poss"})


def dated_apart(noun: Token) -> bool:
    """A noun object with a date of its own tells another happening than its verb's, done
    by others: "the governor criticized the March 3 vote" (the governor did not vote,
    and not on March 3); not one where the verb's act took place ("During last week's
    forum, employees pleaded ...": they took part in it)."""
    at = noun.dep_ == "pobj" and noun.head.lower_ in ACT_PREPOSITIONS
    return (
        noun.pos_ == "NOUN"
        and noun.dep_ in ("dobj", "pobj")
        and not at
        and any(is_own_date(c) for c in noun.lefts)
    )


def is_own_date(word: Token) -> bool:
    """A date before a noun that is the noun's own: "Feb. 10" of "the Feb. 10 ruling",
    "Tuesday's" of "Tuesday's raid", "this morning's" of "this morning's raid" (probe261);
    not a word of how often ("annual")."""
    day = word.ent_type_ == "DATE" or (word.ent_type_ == "TIME" and word.dep_ == "poss")
    dated = word.dep_ in _NOUN_DATES and day and word.pos_ != "ADJ"
    return dated and word.i < word.head.i


def part_hung_on_a_verb(span: Span, triggers: Collection[int]) -> int | None:
    """The trigger verb of a clause a piece of a span the parse broke apart hangs on itself:
    "taken" of "the coach who was taken into custody last Thursday, March 9, as he left",
    whose "March 9" the parse hung on "coach" (probe302); not a gerund's or a noun's
    ("meeting last Tuesday, March 5, approved": the approval's, a review)."""
    for part in _parts_of(span):
        head = part.root.head
        if head.i in triggers and head.tag_ in ("VBD", "VBN") and head.dep_ != "acl":
            return head.i
    return None


def _parts_of(span: Span) -> list[Span]:
    """The pieces of a span the parse hung on different words outside it, in order; none
    for a span hung on one word."""
    heads = [t for t in span if not (span.start <= t.head.i < span.end) and not t.is_punct]
    if len(heads) < 2:
        return []
    doc = span.doc
    return [doc[max(span.start, t.left_edge.i) : min(span.end, t.right_edge.i + 1)] for t in heads]
