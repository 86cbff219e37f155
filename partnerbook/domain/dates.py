"""Natural-language dates for capture ("tomorrow", "next tuesday", "in 2 weeks", ISO).

A thin wrapper around dateparser, with the rules it gets wrong for our users fixed
first: "next <weekday>" means that weekday in the following week, and a phrase without
a time of day gives a date, not a midnight.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

LANGUAGES = ("en", "vi", "he", "zh", "it")

_WEEKDAYS = {
    "monday": 0,
    "mon": 0,
    "tuesday": 1,
    "tue": 1,
    "tues": 1,
    "wednesday": 2,
    "wed": 2,
    "thursday": 3,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "friday": 4,
    "fri": 4,
    "saturday": 5,
    "sat": 5,
    "sunday": 6,
    "sun": 6,
}
_NEXT_WEEKDAY = re.compile(r"^\s*next\s+([a-z]+)\s*$", re.IGNORECASE)
_HAS_TIME = re.compile(r"\d{1,2}[:.h]\d{2}|\d\s*(am|pm)\b|\b(noon|midnight)\b", re.IGNORECASE)


class DateParseError(ValueError):
    """The text is not a date we understand."""


@dataclass(frozen=True, slots=True)
class When:
    """A parsed moment: always a day, sometimes a time of day (local, naive)."""

    day: date
    time_of_day: time | None = None

    def as_datetime(self, default_time: time = time(9, 0)) -> datetime:
        return datetime.combine(self.day, self.time_of_day or default_time)


def parse_when(text: str, now: datetime) -> When:
    """Parse a date phrase relative to ``now`` (local, naive), preferring the future."""
    cleaned = " ".join(text.split())
    if not cleaned:
        raise DateParseError("empty date")
    iso = _parse_iso(cleaned)
    if iso is not None:
        return iso
    match = _NEXT_WEEKDAY.match(cleaned)
    if match and match.group(1).lower() in _WEEKDAYS:
        target = _WEEKDAYS[match.group(1).lower()]
        next_monday = now.date() + timedelta(days=7 - now.weekday())
        return When(next_monday + timedelta(days=target))
    return _parse_natural(cleaned, now)


def parse_past_or_present(text: str, now: datetime) -> When:
    """Like parse_when, but for when something happened: prefers the past."""
    cleaned = " ".join(text.split())
    iso = _parse_iso(cleaned)
    if iso is not None:
        return iso
    return _parse_natural(cleaned, now, prefer="past")


def _parse_iso(text: str) -> When | None:
    try:
        if len(text) == 10:
            return When(date.fromisoformat(text))
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return When(moment.date(), moment.time().replace(tzinfo=None))


def _parse_natural(text: str, now: datetime, prefer: str = "future") -> When:
    import dateparser  # imported here: it is slow to load and most commands never need it

    parsed = dateparser.parse(
        text,
        languages=list(LANGUAGES),
        settings={
            "RELATIVE_BASE": now,
            "PREFER_DATES_FROM": prefer,
            "RETURN_AS_TIMEZONE_AWARE": False,
        },
    )
    if parsed is None:
        raise DateParseError(f"not a date: {text!r}")
    if _HAS_TIME.search(text):
        return When(parsed.date(), parsed.time().replace(second=0, microsecond=0))
    return When(parsed.date())
