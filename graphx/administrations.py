"""US presidential administrations: the terms table and date-span overlap.

The terms live in ``resources/administrations.csv`` so a user can extend
them (another country's governments, future terms) without code.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from graphx.errors import InputError, SettingsError
from graphx.lexicon import Lexicon, shipped

__all__ = ["Term", "administrations_for", "load_terms", "resolve_administration"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Term:
    name: str
    president: str
    president_id: str
    start: str
    end: str


def load_terms(lexicon: Lexicon | None = None) -> tuple[Term, ...]:
    """The administrations table (``administrations.csv``), ordered by start date.

    Raises:
        SettingsError: the file is missing or a row lacks a field.
    """
    return (lexicon or shipped()).derived(_terms)


def _terms(lexicon: Lexicon) -> tuple[Term, ...]:
    terms = []
    for line, row in enumerate(lexicon.rows("administrations.csv"), start=2):
        try:
            terms.append(Term(**{k: (row[k] or "").strip() for k in Term.__slots__}))
        except (KeyError, TypeError, AttributeError) as e:
            path = lexicon.path("administrations.csv")
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


def resolve_administration(name: str, terms: tuple[Term, ...] = ()) -> str:
    """The table's name for an administration a user typed.

    The name itself (any case), else the one term whose president is meant
    ("bush", "George W. Bush"). A president with two terms is ambiguous.

    Raises:
        InputError: no term, or several, answer to ``name``; the message
            lists the known names.

    >>> resolve_administration("obama"), resolve_administration("Bush")
    ('Obama', 'G. W. Bush')
    >>> resolve_administration("Trump")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    graphx.errors.InputError: administration 'Trump' is ambiguous: Trump (1st term) or ...
    """
    terms = terms or load_terms()
    wanted = " ".join(name.casefold().split())
    for term in terms:
        if term.name.casefold() == wanted:
            return term.name
    meant = list(dict.fromkeys(t.name for t in terms if wanted and _is_president(t, wanted)))
    if len(meant) == 1:
        return meant[0]
    known = ", ".join(t.name for t in terms)
    if meant:
        raise InputError(
            f"administration {name!r} is ambiguous: {' or '.join(meant)} (known: {known})"
        )
    raise InputError(f"no administration named {name!r} (known: {known})")


def _is_president(term: Term, wanted: str) -> bool:
    """Whether a case-folded name is the term's president: full name, id or one name."""
    president = term.president.casefold()
    return wanted in (president, term.president_id.casefold(), *president.split())
