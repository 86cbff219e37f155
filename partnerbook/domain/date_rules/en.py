"""English: "next tuesday", "in 2 weeks", "the 5th", "Dec 5th", "tomorrow 3pm"."""

from __future__ import annotations

import re
from datetime import date

from partnerbook.domain.date_rules import days
from partnerbook.domain.date_rules.base import ClockReader, Context, Part, Rule, Unit, Vocabulary

_DAY, _WEEK, _MONTH, _YEAR = (Unit.DAY, 1), (Unit.WEEK, 1), (Unit.MONTH, 1), (Unit.YEAR, 1)

VOCABULARY = Vocabulary(
    numbers={
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    },
    units={
        "day": _DAY, "days": _DAY, "week": _WEEK, "weeks": _WEEK, "fortnight": (Unit.WEEK, 2),
        "month": _MONTH, "months": _MONTH, "year": _YEAR, "years": _YEAR,
    },
    weekdays={
        "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
        "weds": 2, "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4,
        "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
    },
    months={
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
        "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
        "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
        "nov": 11, "december": 12, "dec": 12,
    },
    relative_days={
        "today": 0, "tomorrow": 1, "tmr": 1, "tmrw": 1, "day after tomorrow": 2,
        "the day after tomorrow": 2, "yesterday": -1, "day before yesterday": -2,
        "the day before yesterday": -2,
    },
    periods={
        "next week": (Unit.WEEK, 1), "last week": (Unit.WEEK, -1),
        "next month": (Unit.MONTH, 1), "last month": (Unit.MONTH, -1),
    },
    before_weekday={
        "next": 1, "next week": 1, "this": 0, "last": -1, "coming": None, "this coming": None,
    },
    after_weekday={"next week": 1, "this week": 0, "last week": -1},
    future_before=("in",),
    future_after=("from now", "from today", "later"),
    past_after=("ago",),
    fillers=("on", "by", "for", "until", "due"),
    parts_of_day={
        "in the morning": Part.MORNING, "morning": Part.MORNING,
        "in the afternoon": Part.AFTERNOON, "afternoon": Part.AFTERNOON,
        "in the evening": Part.AFTERNOON, "evening": Part.AFTERNOON,
        "at night": Part.NIGHT, "night": Part.NIGHT,
    },
    day_parts={
        "tonight": ("today", Part.NIGHT), "this morning": ("today", Part.MORNING),
        "this afternoon": ("today", Part.AFTERNOON), "this evening": ("today", Part.AFTERNOON),
    },
    noon=("at noon", "noon", "at midday", "midday"),
    twelve_hour_at=("at", "@"),
)  # fmt: skip

_DAY_OF_MONTH = re.compile(
    r"^(?:on\s+|by\s+)?(?:the\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)"
    r"(?:\s+of\s+(?P<which>this|next|last)\s+month)?$"
)
_WHICH_MONTH = {"this": 0, "next": 1, "last": -1}


def _day_of_month(text: str, context: Context) -> date | None:
    """ "the 5th", "on the 21st", "the 5th of next month"."""
    match = _DAY_OF_MONTH.match(text)
    if match is None:
        return None
    which = _WHICH_MONTH.get(match.group("which") or "")
    return days.nth_of_month(int(match.group("d")), context, which)


RULES: tuple[Rule, ...] = (_day_of_month,)
CLOCKS: tuple[ClockReader, ...] = ()
