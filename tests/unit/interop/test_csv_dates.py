"""Dates as exports write them: read when they can be read one way, refused otherwise."""

from __future__ import annotations

from datetime import date

import pytest

from partnerbook.interop.csv_dates import (
    DateProblem,
    PartialDate,
    infer_day_order,
    parse_full_date,
    parse_partial_date,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1985-03-22", PartialDate(1985, 3, 22)),
        ("1985/3/22", PartialDate(1985, 3, 22)),
        ("19850322", PartialDate(1985, 3, 22)),
        ("--03-22", PartialDate(None, 3, 22)),
        ("--0229", PartialDate(None, 2, 29)),
        ("March 22", PartialDate(None, 3, 22)),
        ("Mar 22, 1985", PartialDate(1985, 3, 22)),
        ("22 March 1985", PartialDate(1985, 3, 22)),
        ("22-Mar-85", PartialDate(1985, 3, 22)),
        ("22. März 1985", PartialDate(1985, 3, 22)),
        ("22 marzo", PartialDate(None, 3, 22)),
        ("22.03.1985", PartialDate(1985, 3, 22)),
        ("5.6.1990", PartialDate(1990, 6, 5)),
        ("22/3/1985", PartialDate(1985, 3, 22)),
        ("3/22/1985", PartialDate(1985, 3, 22)),
        ("7/7/1977", PartialDate(1977, 7, 7)),
        ("3/22/1985 0:00:00", PartialDate(1985, 3, 22)),
        ("1604-03-22", PartialDate(None, 3, 22)),  # Apple's year for "no year"
    ],
)
def test_dates_that_read_one_way(text: str, expected: PartialDate) -> None:
    assert parse_partial_date(text) == expected


@pytest.mark.parametrize("text", ["", "  ", "0/0/00", "0.0.00", "00/00/0000", "0000-00-00"])
def test_none_written_as_zeros_is_no_date(text: str) -> None:
    assert parse_partial_date(text) is None


def test_day_or_month_first_is_never_guessed() -> None:
    assert parse_partial_date("5/12/1990") == DateProblem(
        "could be 5 December or May 12; write it as YYYY-MM-DD"
    )
    assert parse_partial_date("5/12/1990", "mdy") == PartialDate(1990, 5, 12)
    assert parse_partial_date("5/12/1990", "dmy") == PartialDate(1990, 12, 5)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("31/02", "is not a date"),
        ("1990-02-31", "is not a date"),
        ("13/13/1990", "is not a date"),
        ("soon", "is not a date"),
        ("March", "is not a date"),
        ("0985-03-22", "has a year that cannot be right"),
    ],
)
def test_what_is_not_a_date_says_so(text: str, reason: str) -> None:
    assert parse_partial_date(text) == DateProblem(reason)


def test_two_digit_years_are_never_in_the_future() -> None:
    assert parse_partial_date("3/22/85", century_pivot=26) == PartialDate(1985, 3, 22)
    assert parse_partial_date("3/22/05", century_pivot=26) == PartialDate(2005, 3, 22)


def test_the_files_own_dates_settle_the_order() -> None:
    assert infer_day_order(["5/6/1990", "22/03/1985", ""]) == "dmy"
    assert infer_day_order(["5/6/1990", "12/25/1980"]) == "mdy"
    assert infer_day_order(["5/6/1990", "12/25/1980", "22/3/1985"]) is None
    assert infer_day_order(["22.03.1985", "5/6/1990"]) is None  # dots say nothing of slashes


def test_full_dates_need_a_year_and_read_two_digit_years_as_this_century() -> None:
    assert parse_full_date("17 Nov 2023") == date(2023, 11, 17)
    assert parse_full_date("11/17/23") == date(2023, 11, 17)
    assert parse_full_date("2023-11-17") == date(2023, 11, 17)
    assert parse_full_date("17 Nov") == DateProblem("has no year")
    assert parse_full_date("") is None
