"""Dates as our users type them, in English, Vietnamese, Hebrew, Chinese and Italian.

dateparser misses the phrasings people type most ("thứ ba tuần sau", "下周二",
"martedì prossimo", "יום שלישי הבא", "两周后", "2 tuần nữa", "dopodomani") and misreads
others ("12月5日" as 2112), so these rules are read first. Each language is a small
module (``en``, ``vi``, ``he``, ``zh``, ``it``): a table of its words, plus rules for the
shapes only it has. ``rules`` holds the shapes the languages share, ``clock`` the times
of day, ``days`` the arithmetic.

What the words mean, in every language alike (weeks start on Monday):
- "next Tuesday" and its equivalents: the Tuesday of next week; "this Tuesday": of this
  week; "last Tuesday": of last week;
- a bare weekday: the next one after today, or looking back the last one before today;
- "next week" / "next month": Monday of next week / the first of next month;
- a day and month without a year: its next occurrence, or looking back its last one;
- a month alone, an ambiguous 5/12 or "at 5" (am or pm?) are refused, never guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time

from partnerbook.domain.date_rules import en, he, it, vi, zh
from partnerbook.domain.date_rules.base import (
    Context,
    DatePhraseError,
    is_cjk,
    longest_first,
    merge,
)
from partnerbook.domain.date_rules.clock import Clock
from partnerbook.domain.date_rules.rules import CommonRules
from partnerbook.domain.text import fold

__all__ = [
    "LANGUAGE_MODULES",
    "DatePhraseError",
    "Phrase",
    "mentions_dates",
    "normalise",
    "read_phrase",
]

LANGUAGE_MODULES = {"en": en, "vi": vi, "he": he, "zh": zh, "it": it}

_WORDS = merge(module.VOCABULARY for module in LANGUAGE_MODULES.values())
_CLOCK = Clock(_WORDS, (reader for m in LANGUAGE_MODULES.values() for reader in m.CLOCKS))
_RULES = CommonRules(_WORDS).all(tuple(r for m in LANGUAGE_MODULES.values() for r in m.RULES))

_DATE_WORDS = re.compile(
    "|".join(
        re.escape(word) if is_cjk(word) else rf"(?<!\w){re.escape(word)}(?!\w)"
        for word in longest_first(
            word
            for table in (
                _WORDS.weekdays, _WORDS.months, _WORDS.relative_days, _WORDS.periods,
                _WORDS.units, _WORDS.before_weekday, _WORDS.after_weekday,
                _WORDS.future_after, _WORDS.past_before, _WORDS.past_after,
                _WORDS.parts_of_day, _WORDS.day_parts, _WORDS.noon,
            )
            for word in table
        )
    )
)  # fmt: skip
_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "׳": "'", "״": '"', "“": '"', "”": '"'})
_SEPARATORS = str.maketrans({",": " ", "，": " ", "、": " ", ";": " ", "；": " "})


@dataclass(frozen=True, slots=True)
class Phrase:
    day: date
    time_of_day: time | None


def normalise(text: str) -> str:
    """Folded (case, diacritics, niqqud), Simplified, with plain quotes and no commas."""
    folded = zh.to_simplified(fold(text.translate(_QUOTES)).translate(_SEPARATORS))
    return " ".join(folded.strip(" .!?。！？").split())


# "Now" in every language (folded): today, at this minute.
NOW_WORDS = frozenset(
    {
        "now",
        "right now",
        "bay gio",
        "ngay bay gio",
        "luc nay",
        "עכשיו",
        "כעת",
        "现在",
        "現在",
        "此刻",
        "adesso",
        "ora",
        "in questo momento",
    }
)


def read_phrase(
    text: str, now: datetime, past: bool = False, day_first: bool | None = None
) -> Phrase | None:
    """The date (and time) ``text`` names, or None when no rule here applies.

    Raises DatePhraseError for a phrase that is recognisably a date but names no real
    one, or that would need a guess (5/12 with ``day_first`` None, "at 5").
    """
    cleaned = normalise(text)
    if not cleaned:
        return None
    if cleaned in NOW_WORDS:
        return Phrase(now.date(), now.time().replace(second=0, microsecond=0))
    cleaned, moment = _CLOCK.take(cleaned)
    context = Context(now.date(), past, day_first)
    if not cleaned:
        return Phrase(context.today, moment) if moment is not None else None
    for rule in _RULES:
        found = rule(cleaned, context)
        if found is not None:
            return Phrase(found, moment)
    return None


def mentions_dates(text: str) -> bool:
    """True when ``text`` has a digit or a date word of ours: only then is dateparser asked.

    dateparser finds dates in almost anything ("a" is a date to it); a phrase with none
    of our words and no number is not a date we should let it guess.
    """
    cleaned = normalise(text)
    return any(ch.isdigit() for ch in cleaned) or _DATE_WORDS.search(cleaned) is not None
