"""Dates as contact exports write them, read without guessing.

Google writes "1985-03-22", "--03-22" (no year) or, from older data, "March 22"; Outlook
writes the birthday in the locale of the machine ("3/22/1985", "22/03/1985", "22.03.1985",
and "0/0/00" for none); LinkedIn writes "17 Nov 2023" ("11/17/23" in older exports).
A date that could be read two ways (5/12/1985) is read the way the rest of its file shows
(some other row's 22/3 settles it) or by the locale its headers are in; when nothing
settles it, it is refused with both readings named, never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Literal

from partnerbook.messages import Reading

DayOrder = Literal["dmy", "mdy"]
NO_YEAR = 1604  # Apple's (and so some Google and Outlook data's) year for "year unknown"

_MONTH_WORDS = (
    "january jan gennaio genn gen januar jän",
    "february feb febbraio febr februar",
    "march mar marzo märz mrz",
    "april apr aprile",
    "may maggio magg mai",
    "june jun giugno giu juni",
    "july jul luglio lug juli",
    "august aug agosto ago",
    "september sep sept settembre sett set",
    "october oct ottobre ott oktober okt",
    "november nov novembre",
    "december dec dicembre dic dezember dez",
)
_MONTHS = {name: number for number, names in enumerate(_MONTH_WORDS, 1) for name in names.split()}

_MONTH_NAMES = (
    Reading.tr("January"),
    Reading.tr("February"),
    Reading.tr("March"),
    Reading.tr("April"),
    Reading.tr("May"),
    Reading.tr("June"),
    Reading.tr("July"),
    Reading.tr("August"),
    Reading.tr("September"),
    Reading.tr("October"),
    Reading.tr("November"),
    Reading.tr("December"),
)

_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ].*)?")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_NO_YEAR_ISO = re.compile(r"--(\d{2})-?(\d{2})")
_NUMERIC = re.compile(r"(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{2}|\d{4}))?\.?(?:\s+\d{1,2}:\d{2}.*)?")
_WORDS = re.compile(r"[^\W\d_]+\.?|\d+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A day of a month, with the year when it is known."""

    year: int | None
    month: int
    day: int


@dataclass(frozen=True, slots=True)
class DateProblem:
    """Why a date was not read, to follow "the birthday '31/02' …" in a message."""

    reason: str


def parse_partial_date(
    text: str, order: DayOrder | None = None, *, century_pivot: int | None = None
) -> PartialDate | DateProblem | None:
    """A birthday-like date; None when the cell says there is none ("", "0/0/00").

    ``order`` reads 5/12 as day-first or month-first; without it only a date that can be
    read one way is read. Two-digit years are 19xx or 20xx, whichever is not in the future
    (``century_pivot``: the last two-digit year read as 20xx; default this year).
    """
    text = text.strip().strip(",")
    if not text or set(text) <= set("0/.- :"):
        return None
    if match := (_ISO.fullmatch(text) or _COMPACT.fullmatch(text)):
        year, month, day = (int(group) for group in match.groups()[:3])
        return checked_date(year, month, day)
    if match := _NO_YEAR_ISO.fullmatch(text):
        return checked_date(None, int(match.group(1)), int(match.group(2)))
    if match := _NUMERIC.fullmatch(text):
        return _numeric(match, order, century_pivot)
    return _with_month_name(text, century_pivot)


def _numeric(
    match: re.Match[str], order: DayOrder | None, pivot: int | None
) -> PartialDate | DateProblem:
    first, separator, second, year_text = match.groups()
    a, b = int(first), int(second)
    year = _year(year_text, pivot) if year_text else None
    if separator == ".":
        order = "dmy"  # dotted dates are day-first everywhere they are written
    if order is None:
        if a > 12 >= b:
            order = "dmy"
        elif b > 12 >= a:
            order = "mdy"
        elif a == b or a > 12 or b > 12:
            order = "dmy"  # the same either way, or no reading at all
        else:
            return DateProblem(
                Reading.tr(
                    "could be {day} {month} or {other_month} {other_day}; write it as YYYY-MM-DD",
                    day=a,
                    month=_MONTH_NAMES[b - 1],
                    other_month=_MONTH_NAMES[a - 1],
                    other_day=b,
                )
            )
    day, month = (a, b) if order == "dmy" else (b, a)
    return checked_date(year, month, day)


def _with_month_name(text: str, pivot: int | None) -> PartialDate | DateProblem:
    """ "March 22", "March 22, 1985", "22 Mar 1985", "22-Mar-85", "22. März 1985"."""
    tokens = _WORDS.findall(text.replace("-", " ").casefold())
    months = [_MONTHS.get(token.rstrip(".")) for token in tokens if not token.isdigit()]
    numbers = [token for token in tokens if token.isdigit()]
    if len(months) != 1 or months[0] is None or not 1 <= len(numbers) <= 2:
        return DateProblem(Reading.tr("is not a date"))
    day_at = next((at for at, n in enumerate(numbers) if len(n) <= 2), None)
    if day_at is None:
        return DateProblem(Reading.tr("is not a date"))
    year_texts = numbers[:day_at] + numbers[day_at + 1 :]
    if year_texts and len(year_texts[0]) not in (2, 4):
        return DateProblem(Reading.tr("is not a date"))
    year = _year(year_texts[0], pivot) if year_texts else None
    return checked_date(year, months[0], int(numbers[day_at]))


def _year(text: str, pivot: int | None) -> int:
    if len(text) == 4:
        return int(text)
    last = date.today().year % 100 if pivot is None else pivot
    value = int(text)
    return 2000 + value if value <= last else 1900 + value


def checked_date(year: int | None, month: int, day: int) -> PartialDate | DateProblem:
    """The parts as a date, or why they are not one (1604 is a year not given)."""
    if year == NO_YEAR:
        year = None
    if year is not None and not 1800 <= year <= date.today().year + 1:
        return DateProblem(Reading.tr("has a year that cannot be right"))
    try:
        date(2000 if year is None else year, month, day)  # 2000: 29 February is a day
    except ValueError:
        return DateProblem(Reading.tr("is not a date"))
    return PartialDate(year, month, day)


def infer_day_order(texts: Iterable[str]) -> DayOrder | None:
    """Day- or month-first, as the file's unambiguous slashed dates show (None: unknown,
    or the file shows both)."""
    seen: set[DayOrder] = set()
    for text in texts:
        match = _NUMERIC.fullmatch(text.strip())
        if match is None or match.group(2) == ".":
            continue
        a, b = int(match.group(1)), int(match.group(3))
        if a > 12 >= b:
            seen.add("dmy")
        elif b > 12 >= a:
            seen.add("mdy")
    return next(iter(seen)) if len(seen) == 1 else None


def parse_full_date(text: str, order: DayOrder = "mdy") -> date | DateProblem | None:
    """A date with its year ("17 Nov 2023", "11/17/23", "2023-11-17"); two-digit years
    are 20xx (LinkedIn's dates are of this century)."""
    parsed = parse_partial_date(text, order, century_pivot=99)
    if parsed is None or isinstance(parsed, DateProblem):
        return parsed
    if parsed.year is None:
        return DateProblem(Reading.tr("has no year"))
    return date(parsed.year, parsed.month, parsed.day)
