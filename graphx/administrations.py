"""US presidential administrations: the terms table and date-span overlap.

The terms live in ``resources/administrations.csv`` so a user can extend
them (another country's governments, future terms) without code.
"""

from __future__ import annotations

import csv
import logging
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .errors import SettingsError
from .settings import resource_path

__all__ = ["Term", "administrations_for", "load_terms"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Term:
    name: str
    president: str
    president_id: str
    start: str
    end: str


@lru_cache(maxsize=8)
def load_terms(path: Path | None = None) -> tuple[Term, ...]:
    """Read the administrations table, ordered by start date.

    Raises:
        SettingsError: the file is missing or a row lacks a field.
    """
    path = path or resource_path("administrations.csv")
    try:
        with path.open(newline="", encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
    except OSError as e:
        raise SettingsError(f"cannot read administrations file {path}: {e.strerror}") from e
    terms = []
    for line, row in enumerate(rows, start=2):
        try:
            terms.append(Term(**{k: (row[k] or "").strip() for k in Term.__slots__}))
        except (KeyError, TypeError) as e:
            raise SettingsError(f"{path}:{line}: missing column {e}") from e
    return tuple(sorted(terms, key=lambda t: t.start))


def administrations_for(date_start: str, date_end: str, terms: tuple[Term, ...] = ()) -> list[str]:
    """Names of the administrations whose term overlaps an inclusive ISO day span.

    >>> administrations_for("2020-01-17", "2020-01-17")
    ['Trump (1st term)']
    >>> administrations_for("2016-10-01", "2017-09-30")
    ['Obama', 'Trump (1st term)']
    >>> administrations_for("", "")
    []
    """
    if not date_start or not date_end:
        return []
    terms = terms or load_terms()
    return [t.name for t in terms if t.start <= date_end and date_start <= t.end]
