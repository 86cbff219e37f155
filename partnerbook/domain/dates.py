"""Natural-language dates for capture, in our users' languages ("tomorrow 3pm",
"thứ ba tuần sau", "下周二", "martedì prossimo", "יום שלישי הבא", "in 2 weeks", ISO).

Our own rules (``date_words``) run first: dateparser misses most of these phrasings and
misreads some ("12月5日" as the year 2112). dateparser is the fallback for the rest, and
a result it gives more than ten years away is refused unless a year was typed: a
wrong date is worse than "not understood". A phrase without a time gives a date only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time

LANGUAGES = ("en", "vi", "he", "zh", "it")

_HAS_TIME = re.compile(r"\d{1,2}[:.h]\d{2}|\d\s*(am|pm)\b|\b(noon|midnight)\b", re.IGNORECASE)


MAX_YEARS_AWAY = 10
_FOUR_DIGIT_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


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
    words = _read_words(cleaned, now, past=False)
    if words is not None:
        return words
    return _parse_natural(cleaned, now)


def parse_past_or_present(text: str, now: datetime) -> When:
    """Like parse_when, but for when something happened: prefers the past."""
    cleaned = " ".join(text.split())
    if not cleaned:
        raise DateParseError("empty date")
    iso = _parse_iso(cleaned)
    if iso is not None:
        return iso
    words = _read_words(cleaned, now, past=True)
    if words is not None:
        return words
    return _parse_natural(cleaned, now, prefer="past")


def _read_words(text: str, now: datetime, past: bool) -> When | None:
    from partnerbook.domain.date_words import DatePhraseError, read_phrase

    try:
        phrase = read_phrase(text, now, past=past)
    except DatePhraseError as error:
        raise DateParseError(str(error)) from error
    return When(phrase.day, phrase.time_of_day) if phrase is not None else None


def _parse_iso(text: str) -> When | None:
    try:
        if len(text) == 10:
            return When(date.fromisoformat(text))
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return When(moment.date(), moment.time().replace(tzinfo=None))


_NUMERIC_ONLY = re.compile(r"[\d\s/.\-]+")


def _parse_natural(text: str, now: datetime, prefer: str = "future") -> When:
    if _NUMERIC_ONLY.fullmatch(text):
        # 5/12 is the 5th of December or May 12 depending on who typed it: only ISO
        # (or the UI's own locale format, which the window parses itself) is unambiguous.
        raise DateParseError(f"not a date we can read without guessing: {text!r}")
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
    if abs(parsed.year - now.year) > MAX_YEARS_AWAY and not _FOUR_DIGIT_YEAR.search(text):
        raise DateParseError(f"not a date we trust: {text!r} read as {parsed:%Y-%m-%d}")
    if _HAS_TIME.search(text):
        return When(parsed.date(), parsed.time().replace(second=0, microsecond=0))
    return When(parsed.date())
