"""Where per-document extraction runs: in process, in local worker processes, or on Dask.

Every engine runs the same function, :func:`extract_chunk`, over the same
chunks of documents, so the results do not depend on the engine: only the
order in which chunks finish does, and results are always yielded in input
order. Cross-document work (resolution, merging, the graph) stays with the
caller.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from graphx.boundary import failure, stage
from graphx.errors import SettingsError
from graphx.extract import aspect, events, lines, ner, releases, updates
from graphx.extract.chunks import CHUNK_CHARS, join_extractions, split_text
from graphx.extract.spoken import spoken_day
from graphx.extract.tables import load_tables
from graphx.ingest.furniture import caption_surnames
from graphx.ingest.stamps import first_published
from graphx.lexicon import for_settings
from graphx.model import (
    DocExtraction,
    Document,
    Failure,
    Sentence,
    TimeExpression,
    identify_mentions,
)
from graphx.settings import Settings

__all__ = ["ENGINES", "Outcome", "extract", "extract_chunk", "run_extraction"]

log = logging.getLogger(__name__)

ENGINES = ("local", "dask")
Progress = Callable[[int, int, str], None]


Outcome = DocExtraction | Failure


def extract(doc: Doc, document: Document) -> DocExtraction:
    """Every per-document stage on one parsed spaCy Doc.

    Raises:
        StageError: a stage failed on this document; it names the stage.
    """
    with stage("entities"):
        told = caption_surnames(document.furniture)  # "Felipe Archuleta" of a photo's caption
        mentions = identify_mentions(ner.find_mentions(doc, told))
    with stage("dates"):

        def read(dct: str) -> list[TimeExpression]:
            return aspect.time_expressions(
                doc,
                dct=dct,
                dct_certain=document.published_is_known,
                after=document.published_is_lower_bound,
            )

        # a transcript's "It's Thursday" on a page of Friday: its "tonight" is Thursday's;
        # a republished story's "Monday" is of the day another publisher first ran it
        published = document.published
        first = first_published(document.furniture, published)
        times = read(spoken_day(document.text, published) or first or published)
        later = updates.written_later(document.text, document)  # an update's paragraphs
        times = updates.read_on_update_day(times, later, read)
    with stage("events"):
        sentences = [Sentence(s.start_char, s.end_char, s.text) for s in doc.sents]
        headline_end = lines.headline_end(document.text, document.title)
        found = events.find_events(
            doc,
            mentions,
            aspect.weekdays_read_in_full(doc, times),
            headline_end=headline_end,
            now=aspect.days_written(document),
            later=later,
        )
        mentions, found = releases.page_statement(doc, document, mentions, found, headline_end)
    return DocExtraction(document.id, sentences, mentions, times, found)


def _guarded(doc: Doc, document: Document) -> Outcome:
    try:
        return extract(doc, document)
    except Exception as e:
        return failure(document.id, e, default_stage="extraction")


def _tokens(nlp: Language, text: str, title: str) -> Doc:
    """A text tokenized, with where its headline ends for the parser."""
    return lines.with_headline(nlp.make_doc(text), title)


def _parse_one(nlp: Language, document: Document) -> Doc | Failure:
    try:
        return nlp(_tokens(nlp, document.text, document.title))
    except Exception as e:
        return failure(document.id, e, default_stage="parse")


def _parse_batch(nlp: Language, documents: Sequence[Document]) -> list[Doc | Failure]:
    try:
        docs = [_tokens(nlp, d.text, d.title) for d in documents]
        return list(nlp.pipe(docs, batch_size=len(documents) or 1))
    except Exception:
        # One text broke the batch: parse each alone, so that only it fails.
        return [_parse_one(nlp, d) for d in documents]


def _extract_long(nlp: Language, document: Document) -> Outcome:
    """A document over CHUNK_CHARS, parsed and extracted piece by piece (issue 12, F1)."""
    pieces = split_text(document.text, CHUNK_CHARS)
    log.info(
        "%s: %d characters, parsed in %d pieces", document.path, len(document.text), len(pieces)
    )
    parts = []
    try:
        for offset, text in pieces:
            with stage("parse"):
                # only the first piece opens with the headline
                title = document.title if offset == 0 else ""
                doc = nlp(_tokens(nlp, text, title))
            parts.append((offset, extract(doc, replace(document, text=text))))
    except Exception as e:
        return failure(document.id, e, default_stage="extraction")
    return join_extractions(document.id, parts)


def _outcomes(nlp: Language, documents: Sequence[Document], size: int) -> Iterator[Outcome]:
    """Parse and extract documents in batches of ``size``, in input order."""
    for batch in _chunks(documents, size):
        short = [d for d in batch if len(d.text) <= CHUNK_CHARS]
        parsed = iter(_parse_batch(nlp, short))
        for document in batch:
            if len(document.text) > CHUNK_CHARS:
                yield _extract_long(nlp, document)
                continue
            doc = next(parsed)
            yield doc if isinstance(doc, Failure) else _guarded(doc, document)


def extract_chunk(documents: Sequence[Document], settings: Settings) -> list[Outcome]:
    """Parse and extract a chunk of documents (the unit of work of every engine)."""
    nlp = ner.load_nlp(settings)  # cached per process
    return list(_outcomes(nlp, documents, settings.batch_size))


def _chunks(documents: Sequence[Document], size: int) -> list[Sequence[Document]]:
    return [documents[i : i + size] for i in range(0, len(documents), size)]


# Parsing adds every new word to the model's string store, so after this many documents
# in process the model is dropped once extraction ends, leaving its memory to the
# whole-corpus stages that follow (10,000 articles: issue 6). Small builds keep it loaded.
RELEASE_MODEL_AFTER = 200


def _in_process(documents: Sequence[Document], settings: Settings) -> Iterator[Outcome]:
    nlp = ner.load_nlp(settings)
    yield from _outcomes(nlp, documents, settings.batch_size)
    if len(documents) >= RELEASE_MODEL_AFTER:
        del nlp
        ner.release_models()


def _processes(documents: Sequence[Document], settings: Settings) -> Iterator[Outcome]:
    # "spawn": a forked child would inherit the parent's threads and locks (the app builds
    # from a server thread), and loading the model once per worker is cheap next to parsing.
    context = multiprocessing.get_context("spawn")
    # Small chunks keep both workers busy to the end; no smaller than a few
    # documents, so spaCy still batches.
    size = max(4, min(settings.batch_size, len(documents) // (settings.jobs * 8) or 1))
    chunks = _chunks(documents, size)
    with ProcessPoolExecutor(max_workers=settings.jobs, mp_context=context) as pool:
        for results in pool.map(extract_chunk, chunks, [settings] * len(chunks)):
            yield from results


def _dask(
    documents: Sequence[Document], settings: Settings, scheduler: str | None
) -> Iterator[Outcome]:
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as e:
        raise SettingsError("the dask engine needs `pip install graphx[dask]`") from e
    cluster = None
    if scheduler:
        client = Client(scheduler)  # type: ignore[no-untyped-call]
    else:
        workers = max(1, settings.jobs)
        cluster = LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=workers, threads_per_worker=1, processes=True
        )
        client = Client(cluster)  # type: ignore[no-untyped-call]
    try:
        chunks = _chunks(documents, settings.batch_size)
        futures = client.map(extract_chunk, chunks, settings=settings, pure=False)
        for future in futures:
            yield from future.result()
    finally:
        client.close()  # type: ignore[no-untyped-call]
        if cluster is not None:
            cluster.close()


def run_extraction(
    documents: Sequence[Document],
    *,
    settings: Settings,
    engine: str = "local",
    scheduler: str | None = None,
    progress: Progress | None = None,
) -> Iterator[Outcome]:
    """Extract documents on the chosen engine, yielding results in input order.

    A document that fails to parse or extract yields a :class:`Failure`
    naming the stage, and the others go on.

    Raises:
        SettingsError: an unknown engine.
    """
    if engine not in ENGINES:
        raise SettingsError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    if not documents:
        return
    load_tables(patterns=for_settings(settings))  # a malformed data file: one line, before work
    if engine == "dask":
        results = _dask(documents, settings, scheduler)
    elif settings.jobs > 1 and len(documents) > settings.batch_size:
        results = _processes(documents, settings)
    else:
        results = _in_process(documents, settings)
    for done, (document, extraction) in enumerate(zip(documents, results, strict=True), start=1):
        yield extraction
        if progress:
            progress(done, len(documents), document.path)
