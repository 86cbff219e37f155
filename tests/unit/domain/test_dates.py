from __future__ import annotations

from datetime import date, datetime, time

import pytest

from partnerbook.domain.dates import DateParseError, parse_past_or_present, parse_when

MONDAY = datetime(2026, 11, 23, 10, 30)  # a Monday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-12-01", date(2026, 12, 1)),
        ("tomorrow", date(2026, 11, 24)),
        ("in 2 weeks", date(2026, 12, 7)),
        ("in 3 days", date(2026, 11, 26)),
        ("next tuesday", date(2026, 12, 1)),  # the Tuesday of next week, not tomorrow
        ("Next Friday", date(2026, 12, 4)),
        ("friday", date(2026, 11, 27)),
    ],
)
def test_parse_when_understands_iso_and_english(text: str, expected: date) -> None:
    assert parse_when(text, MONDAY).day == expected


def test_a_date_without_time_has_no_time_of_day() -> None:
    assert parse_when("tomorrow", MONDAY).time_of_day is None
    assert parse_when("2026-12-01", MONDAY).time_of_day is None


def test_an_explicit_time_is_kept() -> None:
    when = parse_when("2026-12-01 14:15", MONDAY)
    assert (when.day, when.time_of_day) == (date(2026, 12, 1), time(14, 15))
    assert parse_past_or_present("yesterday 15:00", MONDAY).time_of_day == time(15, 0)


def test_past_phrases_resolve_into_the_past() -> None:
    assert parse_past_or_present("yesterday", MONDAY).day == date(2026, 11, 22)
    assert parse_past_or_present("3 days ago", MONDAY).day == date(2026, 11, 20)


@pytest.mark.parametrize("text", ["", "   ", "banana split", "32/13/2026", "next blursday"])
def test_garbage_is_refused(text: str) -> None:
    with pytest.raises(DateParseError):
        parse_when(text, MONDAY)


def test_as_datetime_uses_the_default_time_only_when_none_was_given() -> None:
    assert parse_when("tomorrow", MONDAY).as_datetime(time(9, 0)) == datetime(2026, 11, 24, 9, 0)
    assert parse_when("2026-12-01 07:05", MONDAY).as_datetime() == datetime(2026, 12, 1, 7, 5)


def test_the_ui_language_is_an_optional_keyword() -> None:
    assert parse_when("5/12", MONDAY, languages=["it-IT"]).day == date(2026, 12, 5)
    assert parse_past_or_present("5/12", MONDAY, languages=["it"]).day == date(2025, 12, 5)
    with pytest.raises(DateParseError):
        parse_when("5/12", MONDAY)  # without it, 5/12 could be May or December


def test_a_refusal_says_why() -> None:
    with pytest.raises(DateParseError, match="5pm"):
        parse_when("friday at 5", MONDAY)
    with pytest.raises(DateParseError, match="month, not a day"):
        parse_when("in December", MONDAY)
