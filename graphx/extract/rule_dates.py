"""When a practice's end told as the rule from now on took place (issue 15).

"Effective immediately, the jail will no longer hold anyone on a detainer alone" and
"Sheriff Ana Ruiz says her jail will stop holding people for ICE" tell a change with no day:
the rule in effect now, or news told in the present, of the days the text was written.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from graphx.extract.aspect import written_then
from graphx.extract.rule_changes import announced_change, ends_a_practice
from graphx.extract.rule_setters import a_body, titled, told_by_saying
from graphx.extract.taxonomy import load_taxonomy
from graphx.extract.word_lists import practice_ends
from graphx.model import TimeExpression

__all__ = ["in_effect_now", "told_as_news"]


def in_effect_now(trigger: Token, now: tuple[dt.date, dt.date] | None) -> TimeExpression | None:
    """When a practice's end told as in effect now ("Effective immediately, the jail will
    no longer ...") took place: the days the text was written in, marked uncertain; with
    none known, the tense alone, for the corpus to date (``resolve.published``)."""
    words = practice_ends()
    opener = next((c for c in trigger.children if c.lower_ in words.get("effect", ())), None)
    if opener is None and told_as_news(trigger):
        said = trigger.doc[trigger.head.i : trigger.i + 1]
        return written_then(said, now, f"{said.text!r}: a rule's change told as news")
    if opener is None or opener.i + 1 >= len(trigger.doc) or not ends_a_practice(trigger):
        return None
    then = trigger.doc[opener.i + 1]
    if then.lower_ not in words.get("now", ()):
        return None
    said = trigger.doc[opener.i : then.i + 1]
    return written_then(said, now, f"{said.text!r}: a rule in effect when the text was written")


def told_as_news(verb: Token) -> bool:
    """A practice's end a teller tells in the present, with no day in its sentence ("Sheriff
    Ana Ruiz says her jail will stop holding people for ICE"): news of the days the text was
    written; not a rule told as what someone says in general ("the policy says")."""
    teller = verb.head
    return (
        teller.tag_ in ("VBZ", "VBP")
        and told_by_saying(verb)
        and ends_a_practice(verb)
        and _told_by_its_body(teller)
        and not _announced_next(verb)
    )


def _announced_next(verb: Token) -> bool:
    """The sentence after tells the change announced on its day ("Sheriff Ana Ruiz made the
    announcement Tuesday"), which dates it (``rule_changes.announced_change``)."""
    end = verb.sent.end
    after = verb.doc[end].sent if end < len(verb.doc) else None
    if after is not None and not after.text.strip():  # a blank line the parser kept
        after = verb.doc[after.end].sent if after.end < len(verb.doc) else None
    return after is not None and any(announced_change(t) for t in after if t.pos_ == "VERB")


def _told_by_its_body(teller: Token) -> bool:
    """A teller who can set the rule: a person by name or office, or a body ("Sheriff Ana
    Ruiz says", "the county says", "it says"); not "critics say", "the sheriff's website
    says" nor a rule's own wording ("the ordinance says", a ``MEASURE`` noun)."""
    subjects = [c for c in teller.children if c.dep_ == "nsubj"]
    if not subjects or subjects[0].lemma_.lower() in load_taxonomy().measures:
        return False
    subject = subjects[0]
    return subject.ent_type_ == "PERSON" or titled(subject) or a_body(subject)
