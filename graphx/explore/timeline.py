"""The timeline figure: dated events by lane over time, pure (a subset in, a figure out).

A day is a point and a longer span a bar; lanes follow a grouping; the
presidential administrations are labelled bands. Past ``DETAIL_LIMIT``
events the chart is an overview of monthly counts. Dates and lanes go to
the browser as typed arrays, event positions as ``customdata`` (issue 6);
the traces are built in ``timeline_traces``. Text from articles goes into
hover and tick labels HTML-escaped, because Plotly interprets a few tags
there (issue 7).
"""

from __future__ import annotations

import html
from collections.abc import Collection, Mapping, Sequence
from datetime import date, timedelta
from typing import Any

import numpy as np
import numpy.typing as npt
import plotly.graph_objects as go
import plotly.io as pio

from graphx.administrations import Term
from graphx.explore.data import ExplorerData, iso_day
from graphx.explore.rows import plain
from graphx.explore.timeline_traces import (
    event_traces,
    lane_rows,
    legend_mark,
    monthly_traces,
    selection_trace,
    type_colors,
)

__all__ = ["DETAIL_LIMIT", "WEBGL_THRESHOLD", "selection_trace", "timeline_figure", "type_colors"]

WEBGL_THRESHOLD = 2000
DETAIL_LIMIT = 5000  # past this many events the timeline shows monthly counts
_BAND_COLORS = ("rgba(99, 110, 250, 0.07)", "rgba(239, 85, 59, 0.07)")


def _bands(
    terms: Sequence[Term], lo: str, hi: str
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The administrations between ``lo`` and ``hi``: shaded bands and their labels."""
    shapes, notes = [], []
    for i, term in enumerate(t for t in terms if t.start <= hi and lo <= t.end):
        x0, x1 = max(term.start, lo), min(term.end, hi)
        shapes.append(
            {
                "type": "rect",
                "xref": "x",
                "yref": "paper",
                "x0": x0,
                "x1": x1,
                "y0": 0,
                "y1": 1,
                "fillcolor": _BAND_COLORS[i % 2],
                "line": {"width": 0},
                "layer": "below",
            }
        )
        notes.append(
            {
                "x": _mid_iso(x0, x1),
                "y": 1.0,
                "xref": "x",
                "yref": "paper",
                "yanchor": "bottom",
                "showarrow": False,
                "text": html.escape(term.name),
                "font": {"size": 11, "color": "#555"},
            }
        )
    return shapes, notes


def _mid_iso(a: str, b: str) -> str:
    x, y = date.fromisoformat(a), date.fromisoformat(b)
    return (x + (y - x) / 2).isoformat()


def _period_range(period: Sequence[str] | None) -> list[str] | None:
    """The x range of a filtered period, its last day included (None when not two days).

    >>> _period_range(["2018-01-01", "2018-12-31"]), _period_range(["2018-02-30", "2019"])
    (['2018-01-01', '2019-01-01'], None)
    """
    try:
        a, b = (date.fromisoformat(str(d)[:10]) for d in period or ())
    except ValueError:
        return None
    if b < a or b == date.max:
        return None
    return [a.isoformat(), (b + timedelta(days=1)).isoformat()]


def _padded(lo: str, hi: str) -> tuple[str, str]:
    """The x range for events from ``lo`` to ``hi``: 5% (at least 30 days) wider each side.

    The padding stops at year 1 and year 9999: a graph with a date at the edge of
    the calendar stopped the app from starting (issue 12, F4).

    >>> _padded("2020-01-01", "2020-12-31")
    ('2019-12-02', '2021-01-30')
    >>> _padded("0001-01-01", "9999-12-31")
    ('0001-01-01', '9999-12-31')
    """
    a, b = date.fromisoformat(lo[:10]), date.fromisoformat(hi[:10])
    pad = max(timedelta(days=30), (b - a) * 0.05)
    start = a - min(pad, a - date.min)
    end = b + min(pad, date.max - b)
    return start.isoformat(), end.isoformat()


def _empty_figure(message: str) -> go.Figure:
    fig = go.Figure()
    fig.update_layout(
        template="plotly_white",
        height=260,
        xaxis={"visible": False},
        yaxis={"visible": False},
        margin={"l": 20, "r": 20, "t": 20, "b": 20},
        annotations=[{"text": message, "showarrow": False, "font": {"size": 15}}],
    )
    return fig


def _drawn(
    data: ExplorerData,
    event_ids: Sequence[str] | npt.NDArray[np.int64],
    period: Sequence[str] | None,
    detail_limit: int,
) -> tuple[npt.NDArray[np.int64], Sequence[str] | None]:
    """The drawn events' positions, and the period they were cut to (None when all fit)."""
    index = data.event_index(event_ids)
    index = index[data.cols.placed[index]]
    if period and len(index) > detail_limit:
        return index[data.dates_mask(str(period[0])[:10], str(period[1])[:10])[index]], period
    return index, None  # every event fits: the zoom needs no new figure


def _traces(
    data: ExplorerData,
    index: npt.NDArray[np.int64],
    *,
    group_by: str,
    highlight: Collection[str],
    colors: Mapping[str, str],
    binned: bool,
    webgl_threshold: int,
) -> tuple[list[dict[str, Any]], list[str], bool]:
    """Every trace of the figure, the lanes, and whether the traces are WebGL."""
    lanes, y = lane_rows(data, index, group_by, None)
    if binned:
        by_type = group_by not in ("agency", "jurisdiction")
        traces = monthly_traces(data, index, y, lanes=lanes, by_type=by_type, colors=colors)
        webgl = False
    else:
        webgl = len(index) > webgl_threshold
        traces = event_traces(data, index, y, colors=colors, webgl=webgl)
    traces.append(legend_mark(webgl, "uncertain date", "circle"))
    if data.cols.by_report[index].any():
        traces.append(legend_mark(webgl, "no date of its own: at its first report", "diamond"))
    traces.append(selection_trace(data, highlight, group_by=group_by, lanes=lanes, webgl=webgl))
    return traces, lanes, webgl


def _lane_axis(lanes: Sequence[str], group_by: str) -> dict[str, Any]:
    """The y axis: one tick per lane, its name escaped and cut to 32 characters."""
    return {
        "tickvals": list(range(len(lanes))),
        "fixedrange": True,
        "zeroline": False,
        "ticktext": [
            html.escape((plain(s) if group_by == "event_type" else s)[:32]) for s in lanes
        ],
        "range": [-0.6, len(lanes) - 0.4],
        "automargin": True,
    }


def _binned_title(count: int, detail_limit: int) -> dict[str, Any]:
    return {
        "text": f"{count:,} events as monthly counts: drag across a period to see "
        f"single events (up to {detail_limit:,})",
        "font": {"size": 12, "color": "#555"},
        "x": 0.01,
        "y": 0.99,
    }


def _layout(
    data: ExplorerData,
    index: npt.NDArray[np.int64],
    lanes: list[str],
    *,
    group_by: str,
    axis: list[str] | None,
    meta: dict[str, Any],
) -> dict[str, Any]:
    """The figure's layout: x range padded around the events (or the period), bands, lanes."""
    cols = data.cols
    lo, hi = _padded(iso_day(cols.start_ms[index].min()), iso_day(cols.end_ms[index].max()))
    shapes, notes = _bands(data.terms, lo, hi)
    return dict(
        template=pio.templates["plotly_white"],
        height=max(280, min(640, 140 + 46 * len(lanes))),
        margin={"l": 10, "r": 10, "t": 40, "b": 30},
        dragmode="zoom",
        hovermode="closest",
        uirevision=f"{group_by}|{axis}",
        shapes=shapes,
        annotations=notes,
        clickmode="event",
        legend={"orientation": "h", "y": -0.12, "x": 0, "font": {"size": 11}},
        xaxis={"type": "date", "range": _period_range(axis) or [lo, hi], "showgrid": True},
        yaxis=_lane_axis(lanes, group_by),
        meta=meta,
    )


def timeline_figure(
    data: ExplorerData,
    event_ids: Sequence[str] | npt.NDArray[np.int64],
    *,
    group_by: str = "event_type",
    highlight: Collection[str] = (),
    colors: Mapping[str, str] | None = None,
    webgl_threshold: int = WEBGL_THRESHOLD,
    detail_limit: int = DETAIL_LIMIT,
    period: Sequence[str] | None = None,
) -> go.Figure:
    """The timeline of the dated events among ``event_ids`` (within ``period`` if given).

    A day is a point, a longer span a bar with a point at its middle (the point
    carries hover and click); lanes follow ``group_by``; administrations are
    background bands; uncertain dates are hollow points and dotted bars; the
    last trace is the selection overlay (``selection_trace``). Past
    ``detail_limit`` events it shows one mark per lane and month, sized by its
    count (37,000 points took headless Chromium 4 s, issue 6); then ``period``
    (the range zoomed to) keeps the events in it, so zooming in brings single
    events back. When all events fit, ``period`` is ignored.
    """
    # The axis shows the period filtered on, and a new period is a new view: plotly keeps
    # a dragged zoom across redraws of one ``uirevision`` (issue 17: "Clear filters" left
    # the chart on the old period).
    axis = [str(period[0])[:10], str(period[1])[:10]] if period else None
    index, period = _drawn(data, event_ids, period, detail_limit)
    if not len(index):
        return _empty_figure("No dated events match the filters")
    binned = len(index) > detail_limit
    traces, lanes, webgl = _traces(
        data,
        index,
        group_by=group_by,
        highlight=highlight,
        colors=colors or type_colors(data.by_type),
        binned=binned,
        webgl_threshold=webgl_threshold,
    )
    meta = dict(lanes=lanes, webgl=webgl, binned=binned, period=list(period) if period else None)
    layout = _layout(data, index, lanes, group_by=group_by, axis=axis, meta=meta)
    if binned:
        layout["title"] = _binned_title(len(index), detail_limit)
    # Built from dicts without plotly's per-element validation and deep copies, which cost
    # seconds on tens of thousands of events (issue 6); the values above are well-formed.
    return go.Figure(data=traces, layout=layout, _validate=False)
