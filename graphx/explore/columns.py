"""The events as numpy columns, and the small conversions the explorer shares.

``EventColumns`` keeps the facts a filter change reads as parallel arrays, in
``ExplorerData.events`` order, so that a filter change on 40,000 events is a
handful of vector operations rather than a loop over Python objects (issue 6).
``fold`` is how searches compare text; ``iso_day`` and ``noon_ms`` convert
between ISO days and Plotly's numeric dates.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from graphx.explore.rows import EventRow

__all__ = ["EventColumns", "Index", "Mask", "fold", "iso_day", "noon_ms", "starts_a_word"]

Index = npt.NDArray[np.int64]
Mask = npt.NDArray[np.bool_]


def fold(text: str) -> str:
    """Text as searches compare it: case and accents dropped (a reporter types "Nunez").

    >>> fold("Jeanette Núñez"), fold("ÉCOLE")
    ('jeanette nunez', 'ecole')
    """
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def starts_a_word(needle: str, hay: str) -> bool:
    """Whether ``needle`` occurs in ``hay`` where no word character precedes it.

    >>> starts_a_word("ice", "u.s. ice"), starts_a_word("ice", "police")
    (True, False)
    """
    at = hay.find(needle)
    while at > 0 and (hay[at - 1].isalnum() or hay[at - 1] == "_"):
        at = hay.find(needle, at + 1)
    return at >= 0


@dataclass(frozen=True)
class EventColumns:
    """The events as parallel arrays, in ``ExplorerData.events`` order (position = index).

    Dates are kept twice: as ISO day strings, compared the way the filters
    always compared them, and as milliseconds since the epoch (NaN when
    undated), which is what the timeline sends (a typed array, not strings).
    Every value is noon of its day, so rounding to single precision for the
    browser (about two minutes) never moves a date to another day.
    """

    ids: npt.NDArray[np.object_]
    type_code: npt.NDArray[np.int32]
    type_names: tuple[str, ...]
    dated: Mask  # a date of its own
    placed: Mask  # drawn on the timeline: its own date, or its report's (by_report)
    by_report: Mask
    uncertain: Mask
    span: Mask  # start and end are different days: drawn as a bar
    start: npt.NDArray[np.str_]
    end: npt.NDArray[np.str_]
    start_ms: npt.NDArray[np.float64]
    end_ms: npt.NDArray[np.float64]
    mid_ms: npt.NDArray[np.float64]
    jitter: npt.NDArray[np.float64]
    labels_folded: tuple[str, ...]

    @classmethod
    def of(cls, rows: Iterable[EventRow]) -> EventColumns:
        rows = list(rows)
        type_names = tuple(sorted({r.event_type for r in rows}))
        code = {name: i for i, name in enumerate(type_names)}
        start = np.array([r.place_start for r in rows], dtype="<U10")
        end = np.array([r.place_end for r in rows], dtype="<U10")
        return cls(
            ids=np.array([r.id for r in rows], dtype=object),
            type_code=np.array([code[r.event_type] for r in rows], dtype=np.int32),
            type_names=type_names,
            dated=np.array([r.dated for r in rows], dtype=bool),
            placed=np.array([r.placed for r in rows], dtype=bool),
            by_report=np.array([r.by_report for r in rows], dtype=bool),
            uncertain=np.array([r.uncertain for r in rows], dtype=bool),
            span=start != end,
            start=start,
            end=end,
            start_ms=_epoch_ms([r.place_start for r in rows]),
            end_ms=_epoch_ms([r.place_end for r in rows]),
            mid_ms=_epoch_ms([r.mid if r.placed else "" for r in rows]),
            jitter=np.array([r.jitter for r in rows], dtype=float),
            labels_folded=tuple(fold(r.label) for r in rows),
        )


_NOON_MS = 12 * 3600 * 1000


def iso_day(ms: float) -> str:
    """An epoch-milliseconds value as its ISO day.

    >>> iso_day(1563105600000.0)
    '2019-07-14'
    """
    return str(np.datetime64(int(ms), "ms").astype("datetime64[D]"))


def noon_ms(days: npt.NDArray[np.datetime64]) -> npt.NDArray[np.float64]:
    """Days as milliseconds since 1970-01-01 at noon (NaN for NaT), Plotly's numeric date.

    >>> iso_day(noon_ms(np.array(["2019-07-14"], dtype="datetime64[D]"))[0])
    '2019-07-14'
    """
    ms = days.astype("datetime64[ms]").astype(np.int64).astype(float) + _NOON_MS
    ms[np.isnat(days)] = np.nan
    return ms


def _epoch_ms(days: list[str]) -> npt.NDArray[np.float64]:
    """ISO days (or "" for none) as ``noon_ms``."""
    return noon_ms(np.array([d[:10] if len(d) >= 10 else "NaT" for d in days], "datetime64[D]"))
