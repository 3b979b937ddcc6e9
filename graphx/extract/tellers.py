"""Who tells a clause, taking part in what it tells (issue 15).

"ICE said the workers were arrested" and "ICE said its agents arrested 40 workers" tell
ICE's own act, though the clause names no one or only "its agents"; "the jail will stop
holding inmates on detainers, Sheriff Tom Bakke said" tells the rule he set.
"""

from __future__ import annotations

from spacy.tokens import Token

from graphx.extract import rule_changes

__all__ = ["body_telling", "rule_setter"]

# What stands for the teller in what it tells: "its agents", "their deputies".
_ITS = frozenset({"its", "their"})


def body_telling(trigger: Token) -> list[Token]:
    """Who tells an act done to someone by no one named, or by its own people ("its
    agents"), an agency of whom takes part in it: "ICE said the workers were arrested" (its
    own agents, as a rule), "ICE confirmed that its agents arrested 114 workers"; a person
    who tells it does not ("his lawyer said he was arrested")."""
    if trigger.dep_ != "ccomp" or any(c.dep_ == "agent" for c in trigger.children):
        return []
    passive = any(c.dep_ == "nsubjpass" for c in trigger.children)
    doers = [c for c in trigger.children if c.dep_ == "nsubj"]
    its = any(c.dep_ == "poss" and c.lower_ in _ITS for d in doers for c in d.children)
    if not (passive or its):
        return []
    speakers = [c for c in trigger.head.children if c.dep_ == "nsubj"]
    return list(speakers[0].subtree) if speakers else []


def rule_setter(trigger: Token) -> list[Token]:
    """Who announced a practice's end, as the one who set the rule: "the jail will stop
    holding inmates on detainers, Sheriff Tom Bakke said Monday", or a teller joined to a
    verb with the subject both share, of a rule of its own ("Sheriff Ana Ruiz went on the
    radio and told listeners that her jail would stop ...")."""
    if trigger.dep_ != "ccomp" or not rule_changes.a_practice_end(trigger):
        return []
    teller = trigger.head
    speakers = [c for c in teller.children if c.dep_ == "nsubj"]
    if not speakers and teller.dep_ == "conj" and _its_own(trigger):
        speakers = [c for c in teller.head.children if c.dep_ == "nsubj"]
    return list(speakers[0].subtree) if speakers else []


def _its_own(trigger: Token) -> bool:
    """A rule whose subject the teller owns ("his jail", "its deputies"): the teller's own
    rule, not one the teller passes on ("told listeners that ICE would no longer ...")."""
    subjects = [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")]
    owners = _ITS | {"his", "her", "our", "my"}
    return any(c.dep_ == "poss" and c.lower_ in owners for s in subjects for c in s.children)
