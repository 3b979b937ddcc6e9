"""The timeline's traces, as plain dicts: events by type and certainty, monthly counts, rings.

x values are epoch milliseconds (typed arrays, sent as base64) and
customdata event positions, where ISO strings and ids were most of a 2.5 MB
response on a 40,000-event view (issue 6). Single precision is enough: it
rounds a date by at most about two minutes, and dates sit at noon, so none
moves to another day. Text from articles goes into hover labels
HTML-escaped, because Plotly interprets a few tags there (issue 7).
"""

from __future__ import annotations

import html
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt
from plotly.colors import qualitative

from graphx.explore.data import ExplorerData, noon_ms
from graphx.explore.rows import plain

__all__ = [
    "event_traces",
    "lane_rows",
    "legend_mark",
    "monthly_traces",
    "selection_trace",
    "type_colors",
]

MONTHS_COLOR = "#4C78A8"
# (uncertain, by_report) for the three styles of an event type, in drawing order
_STYLES = ((False, False), (True, False), (False, True))


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


def legend_mark(webgl: bool, name: str, symbol: str) -> dict[str, Any]:
    """A legend entry for a marker style: a trace with no points."""
    marker = {"color": "white", "size": 10, "symbol": symbol, "line": {"color": "#666", "width": 2}}
    return _trace(
        webgl, x=[None], y=[None], mode="markers", name=name, hoverinfo="skip", marker=marker
    )


def _span_trace(
    data: ExplorerData,
    part: npt.NDArray[np.int64],
    y: npt.NDArray[np.float64],
    *,
    color: str,
    name: str,
    dash: str,
    webgl: bool,
) -> dict[str, Any]:
    """The multi-day spans among ``part`` as bars: start, end, then a gap (NaN in y)."""
    cols = data.cols
    ys, starts, ends = y, cols.start_ms[part], cols.end_ms[part]
    return _trace(
        webgl,
        x=np.column_stack([starts, ends, ends]).ravel().astype(np.float32),
        y=np.column_stack([ys, ys, np.full(len(ys), np.nan)]).ravel().astype(np.float32),
        mode="lines",
        hoverinfo="skip",
        line={"color": color, "width": 7, "dash": dash},
        opacity=0.55,
        legendgroup=name,
        showlegend=False,
        name=name,
    )


def _point_trace(
    data: ExplorerData,
    part: npt.NDArray[np.int64],
    y: npt.NDArray[np.float64],
    *,
    color: str,
    name: str,
    hollow: bool,
    by_report: bool,
    legend: bool,
    webgl: bool,
    labels: bool = False,
) -> dict[str, Any]:
    """Every event among ``part`` as a point at its middle day (carrying hover and click).

    With ``labels`` (few events: they fit) each point is labelled with its
    headline, cut short; the hover card has the rest (issue 17).
    """
    cols = data.cols
    hover = None if webgl else [data.events[e].hover for e in cols.ids[part]]
    extra = _labels(data, part, hover) if labels and hover is not None else {}
    return (
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
            text=hover,
            hovertemplate="%{x|%Y-%m-%d}<br>%{fullData.name}<extra></extra>"
            if webgl
            else "%{text}<extra></extra>",
            marker=_marker(color, hollow=hollow, by_report=by_report),
        )
        | extra
    )


def _marker(color: str, *, hollow: bool, by_report: bool) -> dict[str, Any]:
    return {
        "color": "white" if hollow else color,
        "size": 10,
        # No date of its own: drawn at its first report's date, as a diamond.
        "symbol": "diamond" if by_report else "circle",
        "line": {"color": color, "width": 2},
    }


LABEL_FIT = 30  # events on the chart up to which each point carries its headline


def _labels(data: ExplorerData, part: npt.NDArray[np.int64], hover: list[str]) -> dict[str, Any]:
    """Trace properties that label each point with its headline; the hover keeps the card."""
    return {
        "mode": "markers+text",
        # Plotly reads a few tags in labels too: escaped as the hover is.
        "text": [html.escape(_short(data.events[e].headline)) for e in data.cols.ids[part]],
        "textposition": "top center",
        "textfont": {"size": 10, "color": "#39424d"},
        "hovertext": hover,
        "hovertemplate": "%{hovertext}<extra></extra>",
    }


def _short(text: str, limit: int = 34) -> str:
    """A point's label: the headline within ``limit`` characters, cut at a word.

    >>> _short("ICE subpoenaed New York City Department of Corrections")
    'ICE subpoenaed New York City…'
    """
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:…") + "…"


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
    labels: bool = False,
) -> list[dict[str, Any]]:
    """A bar trace for the multi-day spans among ``part`` and a point trace for all of them."""
    traces: list[dict[str, Any]] = []
    spans = data.cols.span[part]
    if spans.any():
        dash = "dash" if by_report else "dot" if uncertain else "solid"
        traces.append(
            _span_trace(data, part[spans], y[spans], color=color, name=name, dash=dash, webgl=webgl)
        )
    hollow = uncertain or by_report
    traces.append(
        _point_trace(
            data,
            part,
            y,
            color=color,
            name=name,
            hollow=hollow,
            by_report=by_report,
            legend=legend,
            webgl=webgl,
            labels=labels,
        )
    )
    return traces


def lane_rows(
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


def event_traces(
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
    labels = not webgl and len(index) <= LABEL_FIT
    for code in np.unique(kinds):  # codes follow the sorted type names
        kind = cols.type_names[code]
        own = kinds == code
        report = own & cols.by_report[index]
        parts = [own & ~report & (cols.uncertain[index] == u) for u in (False, True)] + [report]
        for n, ((uncertain, by_report), pick) in enumerate(zip(_STYLES, parts, strict=True)):
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
                    labels=labels,
                )
    return traces


def _month_counts(
    data: ExplorerData, index: npt.NDArray[np.int64], y: npt.NDArray[np.float64]
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], int, npt.NDArray[np.float64]]:
    """Events per (lane, month) of their middle days: keys (lane * span + month), counts, span, x.

    ``x`` is the middle of each key's month (day 15, at noon), as ``noon_ms``.
    """
    months = data.cols.mid_ms[index].astype("datetime64[ms]").astype("datetime64[M]")
    first = months.min()
    span = int((months.max() - first).astype(np.int64)) + 1
    rows = np.round(y).astype(np.int64)  # the lane; jitter is within +-0.3
    keys, counts = np.unique(rows * span + (months - first).astype(np.int64), return_counts=True)
    mid_month = (first + keys % span).astype("datetime64[D]") + np.timedelta64(14, "D")
    return keys, counts, span, noon_ms(mid_month)


def _count_texts(
    lanes: Sequence[str], rows: npt.NDArray[np.int64], counts: npt.NDArray[np.int64]
) -> list[str]:
    """Hover texts of monthly marks: "lane: 3 events", the lane escaped and cut to 40."""
    return [
        f"{html.escape(lanes[row][:40])}: {c:,} event{'s' if c != 1 else ''}"
        for row, c in zip(rows.tolist(), counts.tolist(), strict=True)
    ]


def monthly_traces(
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
    keys, counts, span, x = _month_counts(data, index, y)
    # By event type a lane is a type: one trace (and legend entry) each. By agency or
    # jurisdiction there can be thousands of lanes: one trace for them all.
    groups = [keys // span == row for row in np.unique(keys // span)] if by_type else [keys >= 0]
    traces = []
    for pick in groups:
        name = plain(lanes[int(keys[pick][0] // span)]) if by_type else "events per month"
        text = _count_texts(lanes, keys[pick] // span, counts[pick])
        traces.append(
            {
                "type": "scatter",
                "mode": "markers",
                "name": name,
                "x": x[pick],
                "y": (keys[pick] // span).astype(float),
                "text": text,
                "hovertemplate": "%{x|%B %Y}<br>%{text}<extra></extra>",
                "marker": {
                    "size": (6 + 22 * np.sqrt(counts[pick] / counts.max())).round(1),
                    "color": colors.get(name, MONTHS_COLOR) if by_type else MONTHS_COLOR,
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
    _, y = lane_rows(data, index, group_by, lanes)
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
