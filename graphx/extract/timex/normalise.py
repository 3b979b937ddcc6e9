"""Normalize time expressions to TimeML values anchored on the publication date.

``find_time_expressions`` runs the rules of ``graphx.extract.timex.rules`` over a
text (``graphx.extract.timex.scan``) and turns each match into a
:class:`~graphx.model.TimeExpression`: a TimeML value at the precision the text
supports (``2018``, ``2019-03``, ``2020-01-17``, ``2021-W13``, ``2019-Q4``,
``2012-SU``, ``199`` for the 1990s, ``PRESENT_REF``, ``P3Y``, ``XXXX-WXX-1``...),
plus the inclusive ISO days it covers (``graphx.extract.timex.spans``).

The value of a match comes from ``VALUE_RULES``, a table from rule name to a
small function (in ``dated``, ``relative``, ``holidays`` and ``amounts``);
anchoring is in ``anchoring`` and the tense of the clause in ``tense``.

Conventions worth knowing:

* US federal fiscal years get the value ``FY2019`` (not TimeML, which has no
  fiscal years) and the span 2018-10-01..2019-09-30 (``resources/time_words.json``).
* Relative expressions are anchored on ``dct``; a week ``dct`` (``2020-W04``)
  is anchored on its Monday, a month or year ``dct`` on its first day. A bare
  weekday or month is read as the most recent one (today included) unless the
  sentence looks ahead ("will", "scheduled", "next"...), then as the coming one.
  "that year" / "the same month" take the last explicit date before them.
* With ``dct_certain=False`` (an inferred publication date), or a ``dct`` less
  precise than the expression, anchored values are ``uncertain``; with no
  ``dct`` they stay unresolved (``XXXX-07``).
* ``PRESENT_REF`` gets the publication day as its span when it is known.
* A dateline (a line of a multi-line text holding nothing but a full date,
  such as "March 01, 2008" under a headline, or a press release's label and its date,
  "FOR IMMEDIATE RELEASE — May 2, 2019") is publication metadata, not a
  time expression of the text, and is not returned (TimeML's CREATION_TIME).
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence

from graphx.extract.timex import amounts, dated, holidays, relative, weekdays
from graphx.extract.timex.anchoring import NO_VALUE, Context, Value, iso_week, parse_dct, safe_date
from graphx.extract.timex.rules import Found, words
from graphx.extract.timex.scan import scan
from graphx.extract.timex.spans import precision, span_of
from graphx.extract.timex.tense import tense
from graphx.model import TimeExpression, date_precision

__all__ = [
    "VALUE_RULES",
    "find_time_expressions",
    "in_wire_dateline",
    "normalize",
    "span_of",
    "value_of",
]

_W = words()
# a blank line after a full stop is one break (the sentence before it is the one before);
# after a line of no full stop (a headline, a byline) it leaves an empty sentence between
# (not after "a.m." before a lower-case word: "By 6 a.m. they had arrested")
_HOUR_ENDS = r"(?<![ap]\.m)[.!?]\s+|(?<=[ap]\.m)\.\s+(?=[^a-z\s]|\Z)"
_SENTENCE_START = re.compile(_HOUR_ENDS + r"|\n")
# ... read more closely, for a count's month: not the full stop of an initial or a short
# word ("U.S. District Court", "on Feb. 26"); the other readings keep the plain split
_ABBREVIATIONS = (
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mr Mrs Ms Dr Jr Sr St No "
    "Gov Sen Rep Gen Lt Sgt Capt Det Atty Supt Inc Corp Co Ave Blvd"
).split()
_WHOLE_SENTENCE_START = re.compile(
    r"(?<!\b[A-Z])" + "".join(rf"(?<!\b{a})" for a in _ABBREVIATIONS) + rf"(?:{_HOUR_ENDS})|\n"
)
_WIRE_PLACE = re.compile(r"[A-Z][A-Z .'-]+(?:, [A-Z][\w .'-]*)?,\s*")
_WIRE_AGENCY = re.compile(r"\s*(?:\([^)\n]{1,40}\))?\s*(?:--|-|_|\u2014|\u2013|:)?\s*")
_WIRE_OPENS = re.compile(r"\s*(?:\([^)\n]{1,40}\))?\s*(?:--|-|\u2014|\u2013|:)")
_RELEASE_LABEL = re.compile(
    r"\s*(?:for\s+immediate|for|immediate|news|press|media)\s+release\s*[-:|\u2013\u2014]?\s*",
    re.IGNORECASE,
)
_EARLIEST = str(_W["date_bounds"]["earliest"])
_YEARS_AHEAD = int(_W["date_bounds"]["years_after_publication"])
_FULL_DATES = ("mdy", "dmy", "iso", "numeric")

ValueRule = Callable[[Found, str, Context], Value]

# the value of each recognition rule (graphx.extract.timex.rules), one small function a shape
VALUE_RULES: dict[str, ValueRule] = {
    "iso": dated.day_date,
    "numeric": dated.day_date,
    "mdy": dated.day_date,
    "dmy": dated.day_date,
    "edge_day": dated.edge_day,
    "my": dated.month_date,
    "month": dated.month_date,
    "week_of": dated.week_of,
    "spelled_year": dated.spelled_year,
    "edge_unit": relative.edge_unit,
    "holiday": holidays.holiday,
    "same_period": relative.same_period,
    "year_ago": relative.year_ago,
    "fy": dated.fiscal_year,
    "fy_rel": relative.fiscal_year_relative,
    "quarter": dated.quarter,
    "qnum": dated.quarter,
    "season": dated.season,
    "decade": dated.decade,
    "century": dated.century,
    "year": dated.year,
    "rel_unit": relative.relative_unit,
    "ago": relative.ago,
    "deictic": relative.deictic,
    "month_day": relative.month_day,
    "within_unit": relative.within_unit,
    "weekday": weekdays.weekday,
    "present": relative.vague_ref,
    "past": relative.vague_ref,
    "future": relative.vague_ref,
    "anaphor": relative.anaphor,
    "duration": amounts.duration,
    "set": amounts.recurrence,
    "time": amounts.clock_time,
}


def value_of(f: Found, text: str, ctx: Context) -> Value:
    """(type, value, anchored) for one match; value "" when it cannot be normalized."""
    rule = VALUE_RULES.get(f.rule)
    return rule(f, text, ctx) if rule else NO_VALUE


def _reading(text: str, anchored: bool, dct: str, ref: dt.date | None) -> str:
    """How the value was read, for the explorer's tooltip."""
    if not anchored:
        return f"'{text}' states its date explicitly"
    if ref is None:
        return f"'{text}' is relative and the publication date is unknown"
    return (
        f"'{text}' read against the publication date {ref.isoformat()} (week {iso_week(ref)})"
        + (f", given as {dct}" if dct[:10] != ref.isoformat() else "")
    )


def _uncertain(value: str, anchored: bool, ctx: Context, certain: bool) -> bool:
    """An anchored value is uncertain without a dct, on an inferred one, or a coarser one."""
    needs = date_precision(value[:10]) if "-W" not in value else "week"
    coarse = (
        anchored
        and ctx.ref_precision not in ("day", needs)
        and (ctx.ref_precision != "week" or needs in ("day",))
    )
    return anchored and (ctx.ref is None or not certain or bool(coarse))


def _weekday_period(ref: dt.date, ref_precision: str) -> tuple[str, str]:
    """The days a weekday can be in an article of the month or year ``ref`` starts: from
    six days before it (published on the 1st, "Wednesday" may be the day before) to its end.
    """
    end = dt.date(ref.year, 12, 31)
    if ref_precision == "month":
        end = dt.date(ref.year, ref.month, calendar.monthrange(ref.year, ref.month)[1])
    first = ref - dt.timedelta(days=6) if ref > dt.date.min + dt.timedelta(days=6) else ref
    return first.isoformat(), end.isoformat()


def _before_or_after_now(f: Found, first: str, last: str, ctx: Context) -> tuple[str, str]:
    """ "Earlier this week" ends before the publication day, "later this month" starts after
    it, when the span holds that day."""
    mod = f.group("mod").lower()
    if mod not in ("earlier", "later") or ctx.ref is None or ctx.ref_precision != "day":
        return first, last
    now = ctx.ref.isoformat()
    if not first or not first < now < last:
        return first, last
    step = dt.timedelta(days=1)
    if mod == "earlier":
        return first, (ctx.ref - step).isoformat()
    return (ctx.ref + step).isoformat(), last


def _track_weekday(ctx: Context, kind: str, value: str, at: int) -> None:
    """The unplaced weekday the story is at ("On Monday ... Two days later" is Wednesday,
    and then "the next day" Thursday); another day named since leaves none ("On March 5,
    the judge ruled. The next day ..." counts from March 5), a month or a year does not
    ("his case would be heard again in April"), though a count of days in the sentence
    that names the month is from that month (``Context.counts_from_month``)."""
    if kind != "DATE":
        return
    if m := re.fullmatch(r"XXXX-WXX-([1-7])", value):
        ctx.saw_weekday(int(m[1]) - 1, at)
    elif re.fullmatch(r"(?:\d{4}|XXXX)-(?:\d\d|XX)-(?:\d\d|XX)", value):
        ctx.last_weekday = None
        if m := re.fullmatch(r"XXXX-(\d\d)-(\d\d)", value):
            ctx.last_month_day = (int(m[1]), int(m[2]), at)
    elif re.fullmatch(r"(?:\d{4}|XXXX)-\d\d", value) and not (ctx.future or ctx.gone_by):
        ctx.month_named = (value, at)  # not one to come, nor "since May"


def _build(
    f: Found, text: str, ctx: Context, dct: str, certain: bool, week_bound: dt.date | None
) -> TimeExpression | None:
    """The expression of one match, or None when its value cannot be normalized;
    ``week_bound``: a lower bound a weekday's days are counted from (None for one known
    only to its year)."""
    kind, value, anchored = value_of(f, text, ctx)
    if not value:
        return None
    if kind == "DATE" and re.fullmatch(r"\d{4}-(?:\d\d|Q\d)", value):
        ctx.last_period = value
    _track_weekday(ctx, kind, value, f.start)
    span = text[f.start : f.end]
    first, last = span_of(value) if kind == "DATE" or "T" in value else ("", "")
    if value == "PRESENT_REF" and ctx.ref is not None and ctx.ref_precision == "day":
        first = last = ctx.ref.isoformat()
    anchor = ctx.ref or week_bound
    if value.startswith("XXXX-WXX-") and anchor is not None:
        first, last = _weekday_period(anchor, ctx.ref_precision or "year")
    first, last = _before_or_after_now(f, first, last, ctx)
    return TimeExpression(
        text=span,
        start=f.start,
        end=f.end,
        type=kind,
        value=value,
        date_start=first,
        date_end=last,
        precision=precision(value),
        uncertain=_uncertain(value, anchored, ctx, certain),
        reading=_reading(span, anchored, dct, ctx.ref),
    )


_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)


def _read_tense(
    text: str, f: Found, ctx: Context, starts: list[int], told: Mapping[int, str]
) -> None:
    """Set the sentence and the tense of the clause around ``f`` on the context: the one
    ``told`` for its start (read from a parse), else the one its cue words give."""
    i = bisect.bisect_right(starts, f.start)
    ctx.sentence_start = starts[i - 1]
    said = told.get(f.start) or tense(
        text,
        max(ctx.sentence_start, f.start - 150),
        f.start,
        mention_end=f.end,
        stop=starts[i] if i < len(starts) else None,
    )
    ctx.future, ctx.past = said == "future", said == "past"
    ctx.gone_by = bool(_SINCE_BEFORE.search(text, max(0, f.start - 8), f.start))
    if ctx.gone_by:
        ctx.future, ctx.past = False, True  # "held since May 3": a day gone by


def find_time_expressions(
    text: str,
    *,
    dct: str = "",
    dct_certain: bool = True,
    candidates: Sequence[tuple[int, int]] = (),
    bounded: bool = True,
    tenses: Mapping[int, str] | None = None,
    after: bool = False,
) -> list[TimeExpression]:
    """Find and normalize every time expression in ``text``.

    Args:
        text: a sentence or a whole document.
        dct: the publication date (``2020-01-17``, ``2020-W04``, ``2019-05``, ``2018``, ``""``).
        dct_certain: False when ``dct`` is only inferred; anchored values become uncertain.
        candidates: optional DATE/TIME spans from a statistical tagger, used as hints only.
        bounded: drop calendar values before 1800 or more than two years after ``dct``
            (``date_bounds`` in ``resources/time_words.json``), which date no event of a
            news text; False keeps every value TimeML annotates (maturities, targets),
            as the TimeML evaluation does.
        tenses: start offset -> "past" or "future" for expressions whose clause's tense a
            parse has read; it wins over the cue words around them.
        after: ``dct`` is only a lower bound ("not before 2018"): relative expressions are
            not read against it, a weekday may be any such day from it on, and a month and
            day written with its weekday ("Tuesday, Oct. 7") is the first such day after it.

    Returns:
        The expressions in text order.

    >>> [(t.text, t.value) for t in find_time_expressions("Last Friday", dct="2020-W04")]
    [('Last Friday', '2020-01-17')]
    """
    ref, ref_precision = parse_dct(dct)
    ctx = (
        Context(None, "", False, bound=ref, bound_precision=ref_precision)
        if after
        else Context(ref, ref_precision, False)
    )
    # a bound known only to its year ("not before 2015", a year the text mentions) says
    # nothing of the week a weekday is in: no days until the corpus places the article
    week_bound = ctx.bound if ref_precision in ("day", "week", "month") else None
    out = []
    starts = [0] + [m.end() for m in _SENTENCE_START.finditer(text)]
    whole = [0] + [m.end() for m in _WHOLE_SENTENCE_START.finditer(text)]
    for f in scan(text, candidates=candidates):
        _read_tense(text, f, ctx, starts, tenses or {})
        k = bisect.bisect_right(whole, f.start) - 1
        # "... at the R.L. Branham packing house. By 7 a.m.": the day of the whole sentence
        ctx.whole_sentence_start, ctx.previous_sentence_start = whole[k], whole[max(k - 1, 0)]
        t = _build(f, text, ctx, dct, dct_certain, week_bound)  # a dateline sets the context
        if t is None or (bounded and not _in_bounds(t, ctx.ref)):
            continue
        if not _is_dateline(text, f):
            out.append(t)
    return out


def _in_bounds(t: TimeExpression, ref: dt.date | None) -> bool:
    """Whether a calendar value starts in the plausible range of a news text.

    Nothing before ``date_bounds.earliest`` (1800) and nothing starting more
    than ``years_after_publication`` years after the publication date: a
    station's "1010" or a target year "by 2050" dates no event (issue 11).
    Values without a span (durations, ``PRESENT_REF``) always pass.

    >>> t = normalize("in 2030")
    >>> _in_bounds(t, dt.date(2020, 1, 17)), _in_bounds(t, dt.date(2029, 1, 1)), _in_bounds(t, None)
    (False, True, True)
    """
    if not t.date_start:
        return True
    if t.date_start < _EARLIEST:
        return False
    if ref is None:
        return True
    if ref.year + _YEARS_AHEAD > dt.MAXYEAR:
        return True  # a publication date at the calendar's end bounds nothing after it
    latest = safe_date(ref.year + _YEARS_AHEAD, ref.month, ref.day)
    return t.date_start <= latest.isoformat()


def _is_dateline(text: str, f: Found) -> bool:
    """A full date alone on its line of a multi-line text (see the module docstring)."""
    if f.rule not in _FULL_DATES or "\n" not in text:
        return False
    line_start = text.rfind("\n", 0, f.start) + 1
    line_end = text.find("\n", f.end)
    before = text[line_start : f.start]
    after = text[f.end : line_end if line_end >= 0 else len(text)]
    if not (before + after).strip(" \t\r.,;:|-\u2013\u2014()"):
        return True
    if _RELEASE_LABEL.fullmatch(before) and not after.strip(" \t\r.,;:|-\u2013\u2014()"):
        return True  # "FOR IMMEDIATE RELEASE — September 13, 2019": the release's own day
    # a wire dateline: "NAIROBI, August 21 (Xinhua) --"
    return bool(_WIRE_PLACE.fullmatch(before) and _WIRE_AGENCY.fullmatch(after))


def in_wire_dateline(text: str, start: int, end: int) -> bool:
    """Whether the text from ``start`` to ``end`` is the date of a wire dateline that opens
    its line ("EASTON, Md., Oct. 15 (AP) — The sheriff said Tuesday ..."): the day the story
    was filed, which dates no act of the sentence after it."""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_WIRE_PLACE.fullmatch(text[line_start:start]) and _WIRE_OPENS.match(text, end))


def normalize(text: str, *, dct: str = "", dct_certain: bool = True) -> TimeExpression | None:
    """Normalize one expression already found (the longest match in ``text``).

    >>> normalize("fiscal year 2018").date_start
    '2017-10-01'
    """
    # the caller vouches that ``text`` is a time expression: ambiguous words count
    found = find_time_expressions(
        text, dct=dct, dct_certain=dct_certain, candidates=[(0, len(text))]
    )
    if not found:
        return None
    best = max(found, key=lambda t: t.end - t.start)
    return best if (best.end - best.start) * 2 >= len(text.strip()) else None
