"""Roles: the titles people hold in a document, and the body each title is of.

"New York City Mayor Eric Adams" holds "Mayor" of New York City (the body
named inside or before the title), "Lyons, the acting field director for
ICE's Boston office" a role at ICE (the body after an apposition). Across
the corpus, one spelling per title is kept and a role without a body is
dropped where the same title has one in that document.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from graphx.extract.ner import read_titles
from graphx.model import Document, Entity, Mention, Role
from graphx.resolve.clusters import ORG_TYPES, Cluster

__all__ = ["Page", "attach_roles", "document_roles", "title_key"]


@dataclass(frozen=True, slots=True)
class Page:
    """One document's mentions and the local cluster of each, as roles read them."""

    doc: Document
    mentions: list[Mention]
    of_mention: list[Cluster | None]
    clusters: list[Cluster]


def document_roles(page: Page) -> None:
    """Each titled person's roles in the document, with the body named beside the title."""
    for i, m in enumerate(page.mentions):
        cluster = page.of_mention[i]
        if cluster is None or cluster.type != "person":
            continue
        org = _org_before(page, m) if m.title else None
        if org is None:
            org = _org_after(page, m)
        if m.title or org is not None:
            cluster.roles.append((m.title, org, page.doc.id))


def _org_before(page: Page, m: Mention) -> Cluster | None:
    """The body named inside or just before a prefixed title ("New York City Mayor")."""
    if not page.doc.text[: m.start].rstrip().endswith(m.title.split()[-1]):
        return None
    lo = m.start - len(m.title) - 3
    found = None
    for j, other in enumerate(page.mentions):
        gap = re.sub(r"^['’]s\s+", "", page.doc.text[other.end : m.start].strip())
        if (
            lo <= other.end <= m.start
            and other.type in (*ORG_TYPES, "jurisdiction")
            and m.title.endswith(gap)
        ):
            found = page.of_mention[j]
    return found or _named_by_title_word(page, m.title)


def _named_by_title_word(page: Page, title: str) -> Cluster | None:
    """ "Pinellas Sheriff" -> the Pinellas County named elsewhere in the document."""
    first = title.split()[0]
    if not first[:1].isupper() or first.lower() in read_titles():
        return None
    for cluster in page.clusters:
        if cluster.type in ("jurisdiction", "agency") and any(
            n.split()[0] == first and len(n.split()) > 1 for n in cluster.names if n
        ):
            return cluster
    return None


def _org_after(page: Page, m: Mention) -> Cluster | None:
    """ "Lyons, the acting field director for ICE's Boston office" -> ICE."""
    rest = page.doc.text[m.end : m.end + 200]
    apposition = (
        r"\s*,\s*(?:(?:the|a|an)\s+)?"
        + re.escape(m.title)
        + r"\s+(?:for|of|at|with|in)\s+(?:the\s+)?"
    )
    match = (m.title and re.match(apposition, rest)) or re.match(
        r"\s*,?\s*(?:of|from|with|at)\s+(?:the\s+)?", rest
    )
    if not match:
        return None
    at = m.end + match.end()
    lo = at - 4 if match.group(0).rstrip().lower().endswith("the") else at - 1
    following = [j for j, x in enumerate(page.mentions) if lo <= x.start <= at + 1]
    kinds = (*ORG_TYPES, "jurisdiction") if m.title else ORG_TYPES
    if not following or page.mentions[following[0]].type not in kinds:
        return None
    j = following[0]
    first = page.mentions[j]
    tail = page.doc.text[first.end : first.end + 4]
    nxt = j + 1
    if re.match(r"['’]s\s", tail) and nxt < len(page.mentions):
        second = page.mentions[nxt]
        if second.type in ORG_TYPES and second.start - first.end <= 4:
            j = nxt  # "ICE's Enforcement and Removal Operations" -> ERO
    return page.of_mention[j]


def title_key(title: str) -> str:
    """A role title's words, whatever their case and order.

    >>> title_key("ICE acting Director") == title_key("Acting ICE Director")
    True
    """
    return " ".join(sorted(title.lower().replace(".", "").split()))


def attach_roles(
    entity: Entity,
    cluster: Cluster,
    final: Callable[[Cluster | None], Cluster | None],
    ids: dict[int, str],
) -> None:
    """Give the entity its cluster's roles, each body as the entity it became."""
    spelled: dict[str, str] = {}
    for title, org, doc_id in cluster.roles:
        target = final(org) if isinstance(org, Cluster) else None
        # One spelling per title: "ICE acting Director" is "Acting ICE Director" (issue 16).
        title = spelled.setdefault(title_key(title), title)
        role = Role(title, ids.get(id(target), "") if target else "", doc_id)
        if role not in entity.roles:
            entity.roles.append(role)
    placed = {(r.title, r.doc_id) for r in entity.roles if r.organization}
    entity.roles = [r for r in entity.roles if r.organization or (r.title, r.doc_id) not in placed]
