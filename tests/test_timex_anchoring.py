"""Anchoring relative dates on the publication date: the calendar arithmetic (no model).

The publication date of most cases is Friday 2020-01-17, in the first quarter.
"""

from __future__ import annotations

import datetime as dt

import pytest

from graphx.extract.timex.anchoring import (
    Context,
    choose_year,
    iso_week,
    number,
    parse_dct,
    rel_offset,
    safe_date,
    shift_month,
    unit_value,
    weekday_near,
)

FRIDAY = dt.date(2020, 1, 17)


def context(*, future: bool = False, past: bool = False, ref: dt.date | None = FRIDAY) -> Context:
    return Context(ref, "day" if ref else "", future, past)


@pytest.mark.parametrize(
    ("dct", "expected"),
    [
        ("2020-01-17", (dt.date(2020, 1, 17), "day")),
        ("2020-01-17T09:30:00Z", (dt.date(2020, 1, 17), "day")),
        ("2020-W04", (dt.date(2020, 1, 20), "week")),
        ("2019-05", (dt.date(2019, 5, 1), "month")),
        ("2018", (dt.date(2018, 1, 1), "year")),
        ("", (None, "")),
        ("soon", (None, "")),
    ],
)
def test_timex_anchoring_parse_dct(dct: str, expected: tuple[dt.date | None, str]) -> None:
    assert parse_dct(dct) == expected


@pytest.mark.parametrize(
    ("month", "day", "rel", "tense", "year"),
    [
        (7, 0, "", "", 2019),  # "in July", said in January: the one just past
        (2, 0, "", "", 2020),  # "in February", said in January: the coming one
        (12, 0, "last", "", 2019),
        (1, 10, "last", "", 2020),
        (3, 0, "next", "", 2020),
        (1, 10, "next", "", 2021),
        (1, 14, "", "future", 2020),  # three days back: the future cue was about something else
        (1, 5, "", "future", 2021),
        (12, 30, "", "", 2019),  # the nearest December 30
        (6, 1, "", "past", 2019),  # "was on June 1": not the nearest, which lies ahead
    ],
)
def test_timex_anchoring_choose_year(month: int, day: int, rel: str, tense: str, year: int) -> None:
    ctx = context(future=tense == "future", past=tense == "past")
    assert choose_year(ctx, month, day, rel) == year


def test_timex_anchoring_choose_year_needs_an_anchor() -> None:
    assert choose_year(context(ref=None), 7, 0) is None


@pytest.mark.parametrize(
    ("target", "rel", "future", "day"),
    [
        (2, "", False, dt.date(2020, 1, 15)),  # "Wednesday": the last one
        (2, "next", False, dt.date(2020, 1, 22)),
        (4, "", False, dt.date(2020, 1, 17)),  # "Friday" on a Friday: today
        (4, "last", False, dt.date(2020, 1, 10)),
        (0, "this", False, dt.date(2020, 1, 20)),
        (1, "", True, dt.date(2020, 1, 21)),  # "will meet Tuesday"
    ],
)
def test_timex_anchoring_weekday_near(target: int, rel: str, future: bool, day: dt.date) -> None:
    assert weekday_near(context(future=future), target, rel) == day


@pytest.mark.parametrize(
    ("rel", "offset"),
    [("last", -1), ("The  Coming", 1), ("the whole", 0), ("the most recent", -1), ("that", None)],
)
def test_timex_anchoring_rel_offset(rel: str, offset: int | None) -> None:
    assert rel_offset(rel) == offset


@pytest.mark.parametrize(
    ("unit", "offset", "value"),
    [
        ("month", 1, "2020-02"),
        ("quarter", 1, "2020-Q2"),
        ("weekend", 0, "2020-W03-WE"),
        ("day", -1, "2020-01-16"),
        ("century", 0, "20"),
        ("year", 0, "2020"),
    ],
)
def test_timex_anchoring_unit_value(unit: str, offset: int, value: str) -> None:
    assert unit_value(context(), unit, offset) == value


def test_timex_anchoring_unit_value_without_anchor_is_unresolved() -> None:
    ctx = context(ref=None)
    assert [unit_value(ctx, u, 0) for u in ("quarter", "weekend", "year")] == [
        "XXXX-QX",
        "XXXX-WXX-WE",
        "XXXX",
    ]


def test_timex_anchoring_calendar_helpers() -> None:
    assert shift_month(2019, 11, 3) == (2020, 2)
    assert safe_date(2019, 2, 30) == dt.date(2019, 2, 28)
    assert iso_week(dt.date(2019, 12, 30)) == "2020-W01"
    assert [number(w) for w in ("forty-two", "twelve", "3", "lots")] == [42.0, 12.0, 3.0, None]


def test_timex_anchoring_day_in_sentence_is_the_last_date_of_it_or_the_one_before() -> None:
    ctx = context()
    ctx.saw_day(dt.date(2019, 3, 3), 5)
    assert (ctx.last_year, ctx.last_month) == (2019, 3)
    assert ctx.day_in_sentence() == dt.date(2019, 3, 3)  # any day of its own sentence
    ctx.sentence_start = 10  # the next sentence: a day of someone's past is not the story's
    assert ctx.day_in_sentence() == FRIDAY
    ctx.saw_day(dt.date(2020, 1, 15), 12)  # two days before the publication date
    ctx.sentence_start, ctx.previous_sentence_start = 20, 10
    assert ctx.day_in_sentence() == dt.date(2020, 1, 15)  # the story's day so far
    ctx.future = True  # "A vigil is planned for 5 p.m.": a time to come
    assert ctx.day_in_sentence() == FRIDAY
    ctx.future = False
    ctx.sentence_start, ctx.previous_sentence_start = 30, 20  # two on: the publication date
    assert ctx.day_in_sentence() == FRIDAY
