"""The document boundary: a stage that fails on one document fails for that document only.

Per-document code runs its steps inside :func:`stage`, which names the step
in the error; the loop over documents catches it with :func:`failure` and
records a :class:`graphx.model.Failure` instead of stopping the corpus
(issue 11). Errors of graphx's own settings are not caught here: they concern
every document and stop the build with one line, as before.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from graphx.errors import GraphxError, SettingsError
from graphx.model import Failure

__all__ = ["CorpusStageError", "StageError", "corpus_stage", "failure", "stage"]

log = logging.getLogger(__name__)


class StageError(GraphxError):
    """A per-document step raised; carries the step's name and the original error."""

    def __init__(self, name: str, cause: Exception) -> None:
        super().__init__(f"{name}: {cause}")
        self.stage = name
        self.cause = cause


@contextmanager
def stage(name: str) -> Iterator[None]:
    """Name the step for any error raised inside the block.

    >>> try:
    ...     with stage("events"):
    ...         raise RecursionError("too deep")
    ... except StageError as e:
    ...     print(e.stage, type(e.cause).__name__)
    events RecursionError
    """
    try:
        yield
    except (SettingsError, StageError):
        raise
    except Exception as e:
        raise StageError(name, e) from e


class CorpusStageError(GraphxError):
    """A stage over the whole corpus (resolution, merging, the graph) failed: a bug."""


@contextmanager
def corpus_stage(name: str) -> Iterator[None]:
    """Name a corpus-wide stage in its error, which stops the build.

    No one document is to blame there, so nothing can be set aside; the
    traceback is logged for the report (``graphx -v``).
    """
    try:
        yield
    except GraphxError:
        raise
    except Exception as e:
        log.info("the %s stage failed", name, exc_info=e)  # shown with graphx -v
        raise CorpusStageError(
            f"the {name} stage failed on the corpus ({type(e).__name__}: {e}); this is a bug in "
            "graphx: please report it with the output of the same command run with -v"
        ) from e


def failure(doc_id: str, exc: Exception, *, default_stage: str) -> Failure:
    """The recorded failure of one document; the traceback goes to the debug log only."""
    log.debug("document %s failed", doc_id, exc_info=exc)
    if isinstance(exc, StageError):
        return Failure.of(doc_id, exc.stage, exc.cause)
    return Failure.of(doc_id, default_stage, exc)
