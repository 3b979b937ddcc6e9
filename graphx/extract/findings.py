"""A body's saying on a day that the next sentence tells as a report: "The department's
internal watchdog said Tuesday that an immigration detention center let mold spread ...
The 31-page report from the inspector general follows an unannounced visit" is the report's
release, a publication, as another outlet's "released a report Tuesday" is (issue 15).
"""

from __future__ import annotations

from spacy.tokens import Token

from graphx.extract.taxonomy import Taxonomy

__all__ = ["report_told_next"]


def report_told_next(verb: Token, taxonomy: Taxonomy) -> bool:
    """A saying on a day by a body (not a person by name nor a pronoun) whose next
    sentence's subject is the report ("The report", "The 31-page audit"): the report's
    release (found in a probe)."""
    if verb.tag_ != "VBD" or verb.sent.end >= len(verb.doc):
        return False
    if not any(
        t.ent_type_ == "DATE" for c in verb.children for t in c.subtree if c.dep_ != "ccomp"
    ):
        return False  # said on a day ("said Tuesday"), not "reportedly said"
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    # a body's name or a noun of one; not a person, by name, by surname alone or by pronoun
    unnamed = subject is not None and subject.pos_ == "PROPN" and not subject.ent_type_
    if subject is None or unnamed or subject.ent_type_ == "PERSON" or subject.pos_ == "PRON":
        return False
    after = verb.doc[verb.sent.end].sent
    # a blank line or a closing quote the parser kept as a sentence of its own
    while not any(t.is_alpha for t in after) and after.end < len(verb.doc):
        after = verb.doc[after.end].sent
    return any(
        t.dep_ == "nsubj"
        and taxonomy.nouns.get(t.lemma_.lower()) == "publication"
        and any(d.dep_ == "det" and d.lower_ == "the" for d in t.children)
        for t in after
    )
