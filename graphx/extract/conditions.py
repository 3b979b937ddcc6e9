"""Acts told as the terms of a rule or of what is to come, not as done (issue 15).

A sheriff's new policy reads "the jail will no longer hold anyone on a detainer issued by
ICE" and "will release inmates even when ICE has lodged a detainer": no detainer was issued
or lodged then; the words say which detainers the rule is about. Such an act, with no time
of its own, is no happening.
"""

from __future__ import annotations

from spacy.tokens import Token

from graphx.extract.clauses import verb_over

__all__ = ["terms_of_a_rule"]

# Words that make a clause a condition of the verb it hangs on.
_CONDITIONS = frozenset({"when", "whenever", "if", "unless", "until"})
# Auxiliaries of what is to come or may be.
_MODALS = frozenset({"will", "would", "shall", "can", "could", "may", "might", "must", "should"})
_MODALS |= {"'ll", "wo"}  # "they'll", "won't"


def terms_of_a_rule(trigger: Token) -> bool:
    """A participle on a noun of a clause told as a rule or as to come ("will no longer
    hold anyone on a detainer issued by ICE"), or an act in a condition of such a clause
    ("will release inmates even when ICE has lodged a detainer"); not of a clause of what
    was done ("held him on a detainer issued by ICE"), nor on a thing told as known ("The
    suits, filed in federal court, revolve around grants")."""
    # "a detainer (Form I-247) issued by ICE": the parse hangs it on the form's name
    noun = trigger.head.head if trigger.head.dep_ == "appos" else trigger.head
    if trigger.dep_ == "acl" and trigger.tag_ == "VBN" and _any_one(noun):
        verb = verb_over(noun)
    elif trigger.dep_ == "advcl" and _a_condition(trigger):
        verb = trigger.head
    else:
        return False
    return verb is not None and _a_rule(verb)


def _any_one(noun: Token) -> bool:
    """A noun of any one of a kind: "any detainer", "on a detainer", "honor detainers"; not
    someone the sentence tells of ("a man detained by ICE will be deported", "ICE will
    deport a man detained at the airport")."""
    dets = [c.lower_ for c in noun.children if c.dep_ in ("det", "poss")]
    if dets == []:
        return noun.tag_ == "NNS" and noun.dep_ in ("pobj", "dobj")
    if dets[0] in ("a", "an"):
        return noun.dep_ == "pobj"
    return dets[0] in ("any", "no", "every")


def _a_condition(verb: Token) -> bool:
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in _CONDITIONS for c in verb.children)


def _a_rule(verb: Token) -> bool:
    """A verb told with a modal ("will hold", "won't release"): a rule or what is to come.
    Not the simple present, in which news tells what a text says ("The complaint describes
    a 17-year-old detained by an ICE agent")."""
    return any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children)
