"""The timeline figure: dated events by lane over time, pure (a subset in, a figure out).

A day is a point and a longer span a bar; lanes follow a grouping; the
presidential administrations are labelled bands. Past ``DETAIL_LIMIT``
events the chart is an overview of monthly counts. Dates and lanes go to
the browser as typed arrays, event positions as ``customdata`` (issue 6).
Text from articles goes into hover and tick labels HTML-escaped, because
Plotly interprets a few tags there (issue 7).
"""

from __future__ import annotations

import html
from collections.abc import Collection, Iterable, Mapping, Sequence
from datetime import date, timedelta
from typing import Any

import numpy as np
import numpy.typing as npt
import plotly.graph_objects as go
import plotly.io as pio
from plotly.colors import qualitative

from graphx.administrations import Term
from graphx.explore.data import ExplorerData, iso_day, noon_ms
from graphx.explore.rows import plain

__all__ = ["DETAIL_LIMIT", "WEBGL_THRESHOLD", "selection_trace", "timeline_figure", "type_colors"]

WEBGL_THRESHOLD = 2000
DETAIL_LIMIT = 5000  # past this many events the timeline shows monthly counts
_MONTHS_COLOR = "#4C78A8"
_BAND_COLORS = ("rgba(99, 110, 250, 0.07)", "rgba(239, 85, 59, 0.07)")


def type_colors(types: Iterable[str]) -> dict[str, str]:
    """A stable color per event type (sorted order over a qualitative palette).

    >>> type_colors(["release", "enforcement"])
    {'enforcement': '#636EFA', 'release': '#EF553B'}
    """
    palette = qualitative.Plotly + qualitative.D3
    return {t: palette[i % len(palette)] for i, t in enumerate(sorted(set(types)))}


def _trace(webgl: bool, **kwargs: Any) -> dict[str, Any]:
    """A scatter trace as a plain dict (WebGL past the threshold)."""
    return {"type": "scattergl" if webgl else "scatter", **kwargs}


def _legend_mark(webgl: bool, name: str, symbol: str) -> dict[str, Any]:
    """A legend entry for a marker style: a trace with no points."""
    marker = {"color": "white", "size": 10, "symbol": symbol, "line": {"color": "#666", "width": 2}}
    return _trace(
        webgl, x=[None], y=[None], mode="markers", name=name, hoverinfo="skip", marker=marker
    )


def _type_traces(
    data: ExplorerData,
    part: npt.NDArray[np.int64],
    y: npt.NDArray[np.float64],
    *,
    color: str,
    name: str,
    uncertain: bool,
    legend: bool,
    webgl: bool,
    by_report: bool = False,
) -> list[dict[str, Any]]:
    """A bar trace for the multi-day spans among ``part`` and a point trace for all of them.

    x values are epoch milliseconds (a typed array, sent as base64) and
    customdata event positions, where ISO strings and ids were most of a
    2.5 MB response on a 40,000-event view (issue 6). Single precision is
    enough: it rounds a date by at most about two minutes, and dates sit at
    noon, so none moves to another day.
    """
    cols = data.cols
    traces: list[dict[str, Any]] = []
    spans = cols.span[part]
    if spans.any():
        ys, starts, ends = y[spans], cols.start_ms[part][spans], cols.end_ms[part][spans]
        traces.append(
            _trace(
                webgl,
                # start, end, then a gap (NaN in y) that ends the bar
                x=np.column_stack([starts, ends, ends]).ravel().astype(np.float32),
                y=np.column_stack([ys, ys, np.full(len(ys), np.nan)]).ravel().astype(np.float32),
                mode="lines",
                hoverinfo="skip",
                line={
                    "color": color,
                    "width": 7,
                    "dash": "dash" if by_report else "dot" if uncertain else "solid",
                },
                opacity=0.55,
                legendgroup=name,
                showlegend=False,
                name=name,
            )
        )
    traces.append(
        _trace(
            webgl,
            x=cols.mid_ms[part].astype(np.float32),
            y=y.astype(np.float32),
            mode="markers",
            name=name,
            legendgroup=name,
            showlegend=legend,
            # A JSON list, not a typed array: dcc.Graph reads a clicked point's customdata
            # from the figure as sent, where a typed array is still base64 (a click on a
            # point then selected nothing). As text, positions cost about what base64 does.
            customdata=part.tolist(),
            # Past the WebGL threshold the hover shows the date and lane only: the
            # labels were most of a 4 MB payload on a 40,000-event view, and a click
            # opens the details panel with the rest.
            text=None if webgl else [data.events[e].hover for e in cols.ids[part]],
            hovertemplate="%{x|%Y-%m-%d}<br>%{fullData.name}<extra></extra>"
            if webgl
            else "%{text}<extra></extra>",
            marker={
                "color": "white" if uncertain or by_report else color,
                "size": 10,
                # No date of its own: drawn at its first report's date, as a diamond.
                "symbol": "diamond" if by_report else "circle",
                "line": {"color": color, "width": 2},
            },
        )
    )
    return traces


def _lane_rows(
    data: ExplorerData, index: npt.NDArray[np.int64], group_by: str, lanes: Sequence[str] | None
) -> tuple[list[str], npt.NDArray[np.float64]]:
    """The lanes (in display order unless given) and each event's row: lane number + jitter.

    Events whose lane is not among given ``lanes`` get NaN.
    """
    codes, names = data.lane_codes(group_by)
    if lanes is None:
        present = {names[c] for c in np.unique(codes[index])}
        lanes = sorted(present, key=lambda s: (s.startswith("("), s.casefold()))
    row_of = np.full(len(names) + 1, np.nan)
    code_of = {n: i for i, n in enumerate(names)}
    for row, lane in enumerate(lanes):
        if lane in code_of:
            row_of[code_of[lane]] = row
    return list(lanes), row_of[codes[index]] + data.cols.jitter[index]


def _bands(
    terms: Sequence[Term], lo: str, hi: str
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
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

    A day is a point, a longer span a bar from start to end with a point at
    its middle (the point carries hover and click). Lanes follow
    ``group_by``; administration terms are labelled background bands;
    uncertain dates are hollow points and dotted bars. The last trace is
    always the selection overlay (see ``selection_trace``).

    Past ``detail_limit`` events the chart is an overview: one mark per lane
    and month, sized by its number of events. Drawing 37,000 single points
    took headless Chromium 4 s (issue 6). Then ``period`` (the range the user
    zoomed to) keeps only the events in it, so zooming in brings the single
    events back; when all events fit, ``period`` is ignored.
    """
    cols = data.cols
    index = data.event_index(event_ids)
    index = index[cols.placed[index]]
    # The axis shows the period filtered on, and a new period is a new view: plotly keeps
    # a dragged zoom across redraws of one ``uirevision`` (issue 17: "Clear filters" left
    # the chart on the old period).
    axis = [str(period[0])[:10], str(period[1])[:10]] if period else None
    if period and len(index) > detail_limit:
        index = index[data.dates_mask(str(period[0])[:10], str(period[1])[:10])[index]]
    else:
        period = None  # every event fits: the zoom needs no new figure
    if not len(index):
        return _empty_figure("No dated events match the filters")
    colors = colors or type_colors(data.by_type)
    lanes, y = _lane_rows(data, index, group_by, None)
    binned = len(index) > detail_limit
    if binned:
        by_type = group_by not in ("agency", "jurisdiction")
        traces = _monthly_traces(data, index, y, lanes=lanes, by_type=by_type, colors=colors)
        webgl = False
    else:
        webgl = len(index) > webgl_threshold
        traces = _event_traces(data, index, y, colors=colors, webgl=webgl)
    traces.append(_legend_mark(webgl, "uncertain date", "circle"))
    if cols.by_report[index].any():
        traces.append(_legend_mark(webgl, "no date of its own: at its first report", "diamond"))
    traces.append(selection_trace(data, highlight, group_by=group_by, lanes=lanes, webgl=webgl))
    lo, hi = _padded(iso_day(cols.start_ms[index].min()), iso_day(cols.end_ms[index].max()))
    shapes, notes = _bands(data.terms, lo, hi)
    layout = dict(
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
        yaxis={
            "tickvals": list(range(len(lanes))),
            "fixedrange": True,
            "zeroline": False,
            "ticktext": [
                html.escape((plain(s) if group_by == "event_type" else s)[:32]) for s in lanes
            ],
            "range": [-0.6, len(lanes) - 0.4],
            "automargin": True,
        },
        meta={
            "lanes": lanes,
            "webgl": webgl,
            "binned": binned,
            "period": list(period) if period else None,
        },
    )
    if binned:
        layout["title"] = {
            "text": f"{len(index):,} events as monthly counts: drag across a period to see "
            f"single events (up to {detail_limit:,})",
            "font": {"size": 12, "color": "#555"},
            "x": 0.01,
            "y": 0.99,
        }
    # Built from dicts without plotly's per-element validation and deep copies, which cost
    # seconds on tens of thousands of events (issue 6); the values above are well-formed.
    return go.Figure(data=traces, layout=layout, _validate=False)


def _event_traces(
    data: ExplorerData,
    index: npt.NDArray[np.int64],
    y: npt.NDArray[np.float64],
    *,
    colors: Mapping[str, str],
    webgl: bool,
) -> list[dict[str, Any]]:
    """Every event as a point (and its span as a bar), by type and certainty."""
    cols = data.cols
    kinds = cols.type_code[index]
    traces: list[dict[str, Any]] = []
    for code in np.unique(kinds):  # codes follow the sorted type names
        kind = cols.type_names[code]
        own = kinds == code
        report = own & cols.by_report[index]
        parts = [own & ~report & (cols.uncertain[index] == u) for u in (False, True)] + [report]
        styles = ((False, False), (True, False), (False, True))
        for n, ((uncertain, by_report), pick) in enumerate(zip(styles, parts, strict=True)):
            if pick.any():
                traces += _type_traces(
                    data,
                    index[pick],
                    y[pick],
                    color=colors.get(kind, "#888"),
                    name=plain(kind),
                    uncertain=uncertain,
                    # one legend entry per type, whichever of its styles come first
                    legend=not any(p.any() for p in parts[:n]),
                    webgl=webgl,
                    by_report=by_report,
                )
    return traces


def _monthly_traces(
    data: ExplorerData,
    index: npt.NDArray[np.int64],
    y: npt.NDArray[np.float64],
    *,
    lanes: Sequence[str],
    by_type: bool,
    colors: Mapping[str, str],
) -> list[dict[str, Any]]:
    """One mark per lane and month (of the events' middle days), sized by its count.

    Marks carry no event (no customdata), so a click on one selects nothing.
    """
    months = data.cols.mid_ms[index].astype("datetime64[ms]").astype("datetime64[M]")
    first = months.min()
    span = int((months.max() - first).astype(np.int64)) + 1
    rows = np.round(y).astype(np.int64)  # the lane; jitter is within +-0.3
    keys, counts = np.unique(rows * span + (months - first).astype(np.int64), return_counts=True)
    mid_month = (first + keys % span).astype("datetime64[D]") + np.timedelta64(14, "D")
    x = noon_ms(mid_month)
    # By event type a lane is a type: one trace (and legend entry) each. By agency or
    # jurisdiction there can be thousands of lanes: one trace for them all.
    groups = [keys // span == row for row in np.unique(keys // span)] if by_type else [keys >= 0]
    traces = []
    for pick in groups:
        name = plain(lanes[int(keys[pick][0] // span)]) if by_type else "events per month"
        traces.append(
            {
                "type": "scatter",
                "mode": "markers",
                "name": name,
                "x": x[pick],
                "y": (keys[pick] // span).astype(float),
                "text": [
                    f"{html.escape(lanes[k // span][:40])}: {c:,} event{'s' if c != 1 else ''}"
                    for k, c in zip(keys[pick].tolist(), counts[pick].tolist(), strict=True)
                ],
                "hovertemplate": "%{x|%B %Y}<br>%{text}<extra></extra>",
                "marker": {
                    "size": (6 + 22 * np.sqrt(counts[pick] / counts.max())).round(1),
                    "color": colors.get(name, _MONTHS_COLOR) if by_type else _MONTHS_COLOR,
                    "opacity": 0.75,
                    "line": {"width": 0},
                },
            }
        )
    return traces


def selection_trace(
    data: ExplorerData,
    highlight: Collection[str],
    *,
    group_by: str,
    lanes: Sequence[str],
    webgl: bool = False,
) -> dict[str, Any]:
    """Rings around the highlighted events (the timeline's last trace, patched on selection)."""
    cols = data.cols
    index = data.event_index(highlight)
    index = index[cols.placed[index]]
    _, y = _lane_rows(data, index, group_by, lanes)
    drawn = ~np.isnan(y)
    return _trace(
        webgl,
        x=cols.mid_ms[index][drawn].tolist(),
        y=y[drawn].tolist(),
        mode="markers",
        name="selected",
        showlegend=False,
        hoverinfo="skip",
        customdata=index[drawn].tolist(),
        marker={
            "size": 20,
            "color": "rgba(0,0,0,0)",
            "symbol": "circle",
            "line": {"color": "#111", "width": 3},
        },
    )
