"""A legislative chamber's committee, named after the chamber (issue 16).

The name tables tag "Senate" in "the Senate Judiciary Committee", so the committee's
name was lost and the chamber stood for the panel that voted (found in probe297).
"""

from __future__ import annotations

from spacy.tokens import Doc

from graphx.extract.drafts import Draft
from graphx.extract.known import read_head_words

__all__ = ["chamber_committees"]


def chamber_committees(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """A chamber's name the tables tag, and the committee's name after it, are the
    committee ("cleared the Senate Judiciary Committee on Tuesday", found in probe297,
    where the committee was the Senate): one agency, of no table's id."""
    heads = read_head_words()
    chambers, panels = heads["chamber"], heads["votes"] - heads["chamber"]
    for d in drafts:
        if d.type == "organization" and not d.canonical and doc[d.end - 1].lower_ in panels:
            opening = [t.lower_ for t in doc[d.start : min(d.start + 2, d.end - 2)]]
            if chambers & set(opening):  # "the House Judiciary Committee", "Ohio House ..."
                d.type, d.reason = "agency", "a chamber's committee"
        if d.type != "agency" or doc[d.end - 1].lower_ not in chambers:
            continue
        end = d.end
        while end < min(len(doc), d.end + 4) and doc[end].is_title and doc[end].is_alpha:
            end += 1
            if doc[end - 1].lower_ in panels:
                break
        taken = any(d.end <= o.start < end for o in drafts)
        if end - d.end >= 2 and doc[end - 1].lower_ in panels and not taken:
            d.end, d.canonical, d.label, d.reason = end, "", "ORG", "a chamber's committee"
    return drafts
