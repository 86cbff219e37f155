"""Natural-language dates for capture, in our users' languages ("tomorrow 3pm",
"thứ ba tuần sau", "下周二", "martedì prossimo", "יום שלישי הבא", "in 2 weeks", ISO).

Our own rules (``date_rules``) run first: dateparser misses most of these phrasings and
misreads some ("12月5日" as the year 2112). dateparser is the fallback for the rest, and
only a result it cannot have got wrong in an obvious way is kept: a wrong date is worse
than "not understood". A phrase without a time gives a date only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

# ``date_rules`` (the phrase rules of five languages, some 25 ms of regexes to compile) is
# imported when a phrase is first read, not with this module: the window's first paint
# imports ``When`` and the parsers' names but parses nothing.

LANGUAGES = ("en", "vi", "he", "zh", "it")

MAX_YEARS_AWAY = 10
# A date is a few words ("thứ ba tuần sau 3 giờ chiều"); longer is a paste, and dateparser
# took 20 s to refuse 5 MB of one.
MAX_PHRASE_CHARS = 200
_FOUR_DIGIT_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
_HAS_TIME = re.compile(r"\d{1,2}[:.h]\d{2}|\d\s*(am|pm)\b|\b(noon|midnight)\b", re.IGNORECASE)
_NUMERIC_ONLY = re.compile(r"[\d\s/.\-]+")
_NUMBERS = re.compile(r"\d+")

# How people write 5/12 where a language (or language-region) is at home. Languages
# missing here (plain "en": US or UK?) leave it ambiguous, and it is refused.
_DAY_FIRST = {"vi": True, "he": True, "it": True, "en-us": False, "zh": False}
_DAY_FIRST_ENGLISH = ("en-gb", "en-au", "en-nz", "en-ie", "en-in", "en-za", "en-sg")


class DateParseError(ValueError):
    """The text is not a date we understand."""


@dataclass(frozen=True, slots=True)
class When:
    """A parsed moment: always a day, sometimes a time of day (local, naive)."""

    day: date
    time_of_day: time | None = None

    def as_datetime(self, default_time: time = time(9, 0)) -> datetime:
        return datetime.combine(self.day, self.time_of_day or default_time)


def parse_when(text: str, now: datetime, *, languages: Sequence[str] | None = None) -> When:
    """Parse a date phrase relative to ``now`` (local, naive), preferring the future.

    ``languages`` (BCP 47 tags, the UI language first) decide how 5/12 is read and which
    language dateparser tries first; words of every language are understood regardless.
    """
    return _parse(text, now, past=False, languages=languages)


def parse_past_or_present(
    text: str, now: datetime, *, languages: Sequence[str] | None = None
) -> When:
    """Like parse_when, but for when something happened: prefers the past."""
    return _parse(text, now, past=True, languages=languages)


def _parse(text: str, now: datetime, past: bool, languages: Sequence[str] | None) -> When:
    cleaned = " ".join(text.split())
    if not cleaned:
        raise DateParseError("empty date")
    if len(cleaned) > MAX_PHRASE_CHARS:
        raise DateParseError(f"not a date: {cleaned[:40]!r}… ({len(cleaned)} characters)")
    iso = _parse_iso(cleaned)
    if iso is not None:
        return iso
    tags = [tag.replace("_", "-").casefold() for tag in languages or ()]
    from partnerbook.domain.date_rules import DatePhraseError, read_phrase

    try:
        phrase = read_phrase(cleaned, now, past=past, day_first=_day_first(tags))
    except DatePhraseError as error:
        raise DateParseError(str(error)) from error
    if phrase is None:
        when = _parse_natural(cleaned, now, past, tags)
    else:
        when = When(phrase.day, phrase.time_of_day)
    if abs(when.day.year - now.year) > MAX_YEARS_AWAY and not _FOUR_DIGIT_YEAR.search(text):
        raise DateParseError(f"not a date we trust: {text!r} read as {when.day:%Y-%m-%d}")
    return when


def _day_first(tags: Sequence[str]) -> bool | None:
    """How the first (UI) language writes 5/12: day first, month first, or unknown."""
    if not tags:
        return None
    tag = tags[0]
    if tag in _DAY_FIRST:
        return _DAY_FIRST[tag]
    if tag.startswith(_DAY_FIRST_ENGLISH):
        return True
    return _DAY_FIRST.get(_base(tag)) if _base(tag) != "en" else None


def _base(tag: str) -> str:
    base = tag.split("-")[0]
    return "he" if base == "iw" else base


def _parse_iso(text: str) -> When | None:
    try:
        if len(text) == 10:
            return When(date.fromisoformat(text))
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return When(moment.date(), moment.time().replace(tzinfo=None))


def _parse_natural(text: str, now: datetime, past: bool, tags: Sequence[str]) -> When:
    """dateparser, for what our rules do not know; its guesses are checked, not trusted."""
    if _NUMERIC_ONLY.fullmatch(text):
        # 5/12 is the 5th of December or May 12 depending on who typed it: only ISO
        # (or the UI's own locale format, which the window parses itself) is unambiguous.
        raise DateParseError(f"not a date we can read without guessing: {text!r}")
    from partnerbook.domain.date_rules import mentions_dates

    if not mentions_dates(text):
        raise DateParseError(f"not a date: {text!r}")
    import dateparser  # imported here: it is slow to load and our rules usually suffice

    preferred = [_base(tag) for tag in tags if _base(tag) in LANGUAGES]
    parsed = dateparser.parse(
        text,
        languages=list(dict.fromkeys([*preferred, *LANGUAGES])),
        settings={
            "RELATIVE_BASE": now,
            "PREFER_DATES_FROM": "past" if past else "future",
            "RETURN_AS_TIMEZONE_AWARE": False,
        },
    )
    if parsed is None:
        raise DateParseError(f"not a date: {text!r}")
    typed_year = bool(_FOUR_DIGIT_YEAR.search(text))
    wrong_way = parsed.date() > now.date() if past else parsed.date() < now.date()
    if wrong_way and not typed_year:
        # "lunedi 9" read as a Monday gone by when the future was asked for, and so on.
        raise DateParseError(f"not a date we trust: {text!r} read as {parsed:%Y-%m-%d}")
    shown = {parsed.day, parsed.month, parsed.year, parsed.year % 100, parsed.hour}
    shown |= {parsed.minute, parsed.hour % 12 or 12}
    if any(int(number) not in shown for number in _NUMBERS.findall(text)):
        # A number typed that the date does not show was read as something else.
        raise DateParseError(f"not a date we trust: {text!r} read as {parsed:%Y-%m-%d %H:%M}")
    if _HAS_TIME.search(text):
        return When(parsed.date(), parsed.time().replace(second=0, microsecond=0))
    return When(parsed.date())
