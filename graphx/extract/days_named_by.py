"""A part of a day named by a happening the article dated before (issue 15): "the
North Country network, which organized a vigil outside City Hall the night of the raid"
(found in probe290, read), "The day after the vote, the sheriff said ..." tell the raid's
night and the day after the vote, not no day at all."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import replace

from spacy.tokens import Token

from graphx.extract.again import definite, last_day_of, told_apart
from graphx.extract.taxonomy import Taxonomy
from graphx.model import TimeExpression

__all__ = ["day_named_by_a_happening"]

# the parts of a day, with the TimeML suffix of each ("the night of the raid": TNI)
_PARTS = {"day": "", "night": "TNI", "morning": "TMO", "afternoon": "TAF", "evening": "TEV"}
# the words that place the day against the happening, with how many days on it is
_SIDES = {"of": 0, "after": 1, "before": -1}


def day_named_by_a_happening(
    trigger: Token, taxonomy: Taxonomy, days_of: Mapping[str, TimeExpression]
) -> TimeExpression | None:
    """The day "the night of the raid", "the day after the vote" or "the morning before the
    hearing" names, hung on the trigger, when the article dated that happening last; not
    "the night of the 12th" nor "every day after the raid"."""
    for part in _parts_of_a_day(trigger):
        for side in (c for c in part.children if c.dep_ == "prep" and c.lower_ in _SIDES):
            nouns = [o for o in side.children if o.dep_ == "pobj" and _the_one_told(o)]
            # a kin family's day only for the law's operations ("the raid" after "agents
            # detained 38"), not a speech's for "the hearing" (a review)
            told = (last_day_of(n, taxonomy, days_of, kin_of_kind=_THE_LAWS) for n in nouns)
            days = [d for d in told if d]
            if days and days[0].precision in ("day", "time") and days[0].date_start:
                return _moved(days[0], _SIDES[side.lower_], part)
    return None


_THE_LAWS = "enforcement"


def _the_one_told(noun: Token) -> bool:
    """The happening told before, named by its noun alone or its owner ("the raid", "the
    council's vote", "Tuesday's vote"); not one told apart by a word of its own (reviews:
    "the raid in Texas", "the Texas raid", "the appeals court ruling", "the first raid")."""
    own = {c.dep_ for c in noun.children} & {"prep", "compound", "amod", "nmod", "nummod"}
    return definite(noun) and not own and not told_apart(noun)


def _parts_of_a_day(trigger: Token) -> list[Token]:
    """The day words told as one day hung on a trigger, or on its "on": "held a vigil the
    night of ...", "on the day after ...", "A day after the raid, ..."."""
    words = [c for c in trigger.children if c.dep_ == "npadvmod"]
    words += [o for c in trigger.children if c.lower_ == "on" for o in c.children]
    told = [w for w in words if w.lemma_.lower() in _PARTS and w.tag_ == "NN"]
    # not a day counted on ("the second day after the raid": a review)
    told = [w for w in told if not any(c.dep_ in ("amod", "nummod") for c in w.children)]
    return [w for w in told if any(c.dep_ == "det" and c.lower_ in _ONE for c in w.children)]


# the day told as one ("the night of the raid", "a day after the vote"), not "every day"
_ONE = frozenset({"the", "a"})


def _moved(time: TimeExpression, days: int, part: Token) -> TimeExpression:
    day = dt.date.fromisoformat(time.date_start) + dt.timedelta(days=days)
    suffix = _PARTS[part.lemma_.lower()]
    phrase = " ".join(t.text for t in part.subtree)
    return replace(
        time,
        type="TIME" if suffix else "DATE",
        value=day.isoformat() + suffix,
        date_start=day.isoformat(),
        date_end=day.isoformat(),
        precision="time" if suffix else "day",
        reading=f"'{phrase}' read as the day the article gave that happening ({time.value})",
    )
