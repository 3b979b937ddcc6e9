"""Stages 3-4: resolve mentions into entities, within and across documents.

The steps, each in its own module: the user's corrections (``aliases``),
clusters of mentions within each document (``documents``, with ``roles`` for
titles and the bodies they are of), clusters joined across documents by key
and by place (``corpus``), then by a guarded fuzzy match (``fuzzy``), and the
entities they become. :func:`resolve_corpus` runs them in that order.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field

from graphx.boundary import failure
from graphx.errors import SettingsError
from graphx.model import DocExtraction, Document, Entity, Failure
from graphx.resolve.aliases import AliasRules, apply_review, read_aliases, unapplied
from graphx.resolve.clusters import Cluster, entity_id
from graphx.resolve.corpus import (
    CorpusBuilder,
    corpus_company,
    drop_shared_place_names,
    people_typed_apart,
    places_typed_apart,
)
from graphx.resolve.documents import DocResolver
from graphx.resolve.fuzzy import fuzzy_join
from graphx.resolve.ledger import Decision
from graphx.resolve.members import bodies_of_members
from graphx.resolve.roles import attach_roles
from graphx.settings import Settings

__all__ = ["AliasRules", "Resolution", "entity_id", "read_aliases", "resolve_corpus"]

log = logging.getLogger(__name__)


@dataclass(slots=True)
class Resolution:
    """Entities of the corpus, and the entity of every mention of every document."""

    entities: dict[str, Entity]
    mention_entity: dict[str, list[str]]
    failures: list[Failure] = field(default_factory=list)
    unapplied: list[str] = field(default_factory=list)  # review decisions whose names are gone


@dataclass(slots=True)
class _Local:
    """The clusters of every document: of each mention in order, and each document's."""

    of_mention: dict[str, list[Cluster | None]] = field(default_factory=dict)
    by_doc: list[list[Cluster]] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)


@dataclass(slots=True)
class _Joins:
    """Where each document's cluster went: its corpus cluster, and what that joined."""

    merged: dict[int, Cluster]
    redirect: dict[int, Cluster]

    def final(self, cluster: Cluster | None) -> Cluster | None:
        if cluster is None:
            return None
        cluster = self.merged.get(id(cluster), cluster)
        return self.redirect.get(id(cluster), cluster)


def resolve_corpus(
    extractions: list[DocExtraction],
    documents: list[Document],
    *,
    settings: Settings,
    decisions: Sequence[Decision] = (),
) -> Resolution:
    """Resolve every mention of the corpus into entities.

    Args:
        extractions: per-document mentions (from ``graphx.ner.find_mentions``).
        documents: the documents, for their text (acronyms, roles, evidence).
        settings: where to find ``aliases.csv``.
        decisions: a reader's review decisions (``graphx.resolve.ledger``), replayed with
            the aliases file's rules.

    Returns:
        The entities by id, and for each document the entity id of each of
        its mentions, in order ("" for a mention that was dropped).

    Raises:
        SettingsError: the aliases file is malformed.
    """
    builder = CorpusBuilder(settings)
    for decision in decisions:
        builder.rules.add(decision)
    local = _cluster_documents(extractions, documents, builder)
    joins = _join_documents(builder, local.by_doc)
    entities, ids = _entities(builder, joins)
    rejected = apply_review(entities, builder.rules)
    mention_entity = _mention_entities(local.of_mention, joins, ids, rejected)
    log.info("resolved %d entities from %d documents", len(entities), len(extractions))
    gone = unapplied(decisions, entities, rejected)
    return Resolution(entities, mention_entity, local.failures, gone)


def _cluster_documents(
    extractions: Sequence[DocExtraction], documents: Sequence[Document], builder: CorpusBuilder
) -> _Local:
    """Each document's mentions in local clusters; a document that fails resolves to nothing."""
    by_id = {d.id: d for d in documents}
    local = _Local()
    for ext in extractions:
        doc = by_id.get(ext.doc_id) or Document(id=ext.doc_id, path="", format="", text="")
        try:
            resolver = DocResolver(doc, ext, builder.names, builder.rules, builder.gazetteer)
            local.of_mention[ext.doc_id] = resolver.run()
            resolver.source_cluster()
        except SettingsError:
            raise
        except Exception as e:
            # Its mentions resolve to nothing; the document stays in the graph (issue 11).
            local.failures.append(failure(ext.doc_id, e, default_stage="resolution"))
            local.of_mention[ext.doc_id] = [None] * len(ext.mentions)
            continue
        local.by_doc.append(resolver.clusters)
    return local


def _join_documents(builder: CorpusBuilder, by_doc: list[list[Cluster]]) -> _Joins:
    """Join the documents' clusters by key, then places typed apart, then fuzzy matches."""
    merged: dict[int, Cluster] = {}
    for clusters in by_doc:
        for cluster in clusters:
            if id(cluster) not in merged:
                merged[id(cluster)] = builder.add(cluster)
    company = corpus_company(by_doc, merged)
    redirect = places_typed_apart(builder.groups)
    builder.groups = {k: c for k, c in builder.groups.items() if id(c) not in redirect}
    redirect.update(people_typed_apart(builder.groups))
    builder.groups = {k: c for k, c in builder.groups.items() if id(c) not in redirect}
    redirect.update(bodies_of_members(builder.groups))
    builder.groups = {k: c for k, c in builder.groups.items() if id(c) not in redirect}
    redirect.update(fuzzy_join(builder.groups, builder.rules, company))
    builder.groups = {k: c for k, c in builder.groups.items() if id(c) not in redirect}
    return _Joins(merged, redirect)


def _entities(builder: CorpusBuilder, joins: _Joins) -> tuple[dict[str, Entity], dict[int, str]]:
    """One entity per corpus cluster, with its roles; and the entity id of each cluster."""
    builder.ensure_parents()
    entities = {}
    ids: dict[int, str] = {}
    for cluster in builder.groups.values():
        ent = builder.entity(cluster)
        entities[ent.id] = ent
        ids[id(cluster)] = ent.id
    drop_shared_place_names(entities)
    for cluster in builder.groups.values():
        attach_roles(entities[ids[id(cluster)]], cluster, joins.final, ids)
    return entities, ids


def _mention_entities(
    of_mention: dict[str, list[Cluster | None]],
    joins: _Joins,
    ids: dict[int, str],
    rejected: dict[str, str],
) -> dict[str, list[str]]:
    """For each document, the entity id of each mention in order ("" when it has none)."""

    def entity_of(cluster: Cluster | None) -> str:
        found = ids.get(id(joins.final(cluster)), "") if cluster is not None else ""
        return "" if found in rejected else found

    return {doc_id: [entity_of(c) for c in clusters] for doc_id, clusters in of_mention.items()}
