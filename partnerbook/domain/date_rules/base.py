"""What every language module provides: its date words in one shape, plus its own rules.

Tables are written as native speakers spell the words (diacritics, niqqud, Simplified
Chinese) and folded here once, the way the input is folded, so "thứ ba" also matches
the lazily typed "thu ba".
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, fields
from datetime import date, time
from typing import Any

from partnerbook.domain.text import fold


class DatePhraseError(ValueError):
    """A phrase that is recognisably a date or time but names none (the 40th, 25:00)."""


class Unit(enum.Enum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


class Part(enum.Enum):
    """A part of the day: it says which half of the clock a bare hour ("alle 3") is on."""

    MORNING = "morning"  # 12 is 0:00
    MIDDAY = "midday"  # 1-5 are 13:00-17:00
    AFTERNOON = "afternoon"  # and evening: 1-11 are 13:00-23:00
    NIGHT = "night"  # 6-11 are 18:00-23:00, 12 is 0:00, 1-5 stay small hours


@dataclass(frozen=True, slots=True)
class Context:
    today: date
    past: bool  # open phrases ("Tuesday", "5 December") look back instead of ahead
    day_first: bool | None  # 5/12 is 5 December (True), May 12 (False), or unknown (None)


Rule = Callable[[str, Context], date | None]
"""Reads a whole (folded, time-less) phrase: a date, None when it does not apply."""

ClockReader = Callable[[str, Part | None], tuple[str, time] | None]
"""Finds a time of day in a phrase: the phrase without it and the time, or None."""

Amount = tuple[Unit, int]  # "weeks" is (WEEK, 1); Hebrew "שבועיים" (two weeks) is (WEEK, 2)


@dataclass(frozen=True)
class Vocabulary:
    """One language's words for dates; every key is folded on construction."""

    numbers: Mapping[str, int] = field(default_factory=dict)
    units: Mapping[str, Amount] = field(default_factory=dict)
    weekdays: Mapping[str, int] = field(default_factory=dict)  # Monday is 0
    months: Mapping[str, int] = field(default_factory=dict)
    relative_days: Mapping[str, int] = field(default_factory=dict)  # "tomorrow": 1
    periods: Mapping[str, Amount] = field(default_factory=dict)  # "next week": (WEEK, 1)
    # Words around a weekday naming its week: 1 next, 0 this, -1 last, None the coming one.
    before_weekday: Mapping[str, int | None] = field(default_factory=dict)
    after_weekday: Mapping[str, int | None] = field(default_factory=dict)
    future_before: tuple[str, ...] = ()  # "in" 2 weeks
    future_after: tuple[str, ...] = ()  # 2 weeks "from now"
    past_before: tuple[str, ...] = ()  # Hebrew "לפני" שבוע
    past_after: tuple[str, ...] = ()  # 3 days "ago"
    fillers: tuple[str, ...] = ()  # leading words that add nothing: "on", "entro", "vào"
    attached_prefixes: tuple[str, ...] = ()  # Hebrew ב/ה/ל written onto the next word
    parts_of_day: Mapping[str, Part] = field(default_factory=dict)  # anywhere in a phrase
    leading_parts: Mapping[str, Part] = field(default_factory=dict)  # only at the start
    day_parts: Mapping[str, tuple[str, Part]] = field(default_factory=dict)  # "tonight"
    noon: tuple[str, ...] = ()  # words that are 12:00 exactly
    at_words: tuple[str, ...] = ()  # before a 24-hour time: "alle", "lúc", "בשעה"
    twelve_hour_at: tuple[str, ...] = ()  # before a time that needs am/pm: English "at"

    def __post_init__(self) -> None:
        for item in fields(self):
            value = getattr(self, item.name)
            if item.name == "day_parts":
                folded: Any = {fold(k): (fold(word), part) for k, (word, part) in value.items()}
            elif isinstance(value, Mapping):
                folded = {fold(key): meaning for key, meaning in value.items()}
            else:
                folded = tuple(dict.fromkeys(fold(word) for word in value))
            object.__setattr__(self, item.name, folded)


def merge(vocabularies: Iterable[Vocabulary]) -> Vocabulary:
    """All languages' words in one table: phrases are read without knowing the language."""
    tables = list(vocabularies)
    combined: dict[str, Any] = {}
    for item in fields(Vocabulary):
        values = [getattr(table, item.name) for table in tables]
        if values and isinstance(values[0], Mapping):
            combined[item.name] = {k: v for value in values for k, v in value.items()}
        else:
            combined[item.name] = tuple(word for value in values for word in value)
    return Vocabulary(**combined)


def conflicts(vocabularies: Iterable[Vocabulary]) -> list[str]:
    """Words two languages give different meanings in the same table (none, we hope)."""
    seen: dict[tuple[str, str], object] = {}
    found = []
    for table in vocabularies:
        for item in fields(Vocabulary):
            value = getattr(table, item.name)
            if not isinstance(value, Mapping):
                continue
            for key, meaning in value.items():
                earlier = seen.setdefault((item.name, key), meaning)
                if earlier != meaning:
                    found.append(f"{item.name}: {key!r}")
    return found


def longest_first(words: Iterable[str]) -> list[str]:
    """Alternatives for a regex or a scan: the longest must be tried first."""
    return sorted(set(words), key=lambda word: (-len(word), word))


def is_cjk(word: str) -> bool:
    """Chinese is written without spaces: its words are found as substrings."""
    return any("\u3400" <= ch <= "\u9fff" for ch in word)
