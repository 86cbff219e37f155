"""The time of day in a phrase: "3pm", "15:30", "alle 15", "בשעה 9", "tomorrow morning".

A part of the day ("afternoon", "chiều", "下午", "בערב", "stasera") is taken out first:
alone it only names the day ("tomorrow morning" is a date), with an hour it says which
half of the clock the hour is on ("alle 3 del pomeriggio" is 15:00). English writes a
12-hour clock, so a bare "at 5" is refused as ambiguous; the other languages write a
24-hour clock, so "alle 5" is 05:00.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import time

from partnerbook.domain.date_rules import days
from partnerbook.domain.date_rules.base import (
    ClockReader,
    DatePhraseError,
    Part,
    Vocabulary,
    is_cjk,
    longest_first,
)


class Clock:
    """Reads times with the words of every language, then each language's own readers."""

    def __init__(self, words: Vocabulary, readers: Iterable[ClockReader]) -> None:
        self._words = words
        self._readers = (*readers, self._am_pm, self._clock, self._hour, self._noon)
        self._day_parts = [(_find(w), w) for w in longest_first(words.day_parts)]
        self._parts = [(_find(w), w) for w in longest_first(words.parts_of_day)]
        at = _alternatives([*words.at_words, *words.twelve_hour_at])
        prefix = rf"(?<!\S)(?:(?:{at})\s*|ב-?\s*)?"  # Hebrew ב- is "at" before a clock time
        self._am_pm_pattern = re.compile(
            prefix + r"(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?m(?:\.|(?!\w))"
        )
        self._clock_pattern = re.compile(
            prefix + r"(\d{1,2}):(\d{2})(?!\d)"
            rf"|(?<!\S)(?:{_alternatives(words.at_words)})\s*(\d{{1,2}})\.(\d{{2}})(?!\d)"
        )
        self._hour_pattern = re.compile(rf"(?<!\S)(?P<at>{at})\s*(?P<h>\d{{1,2}})(?![\w:.])")
        self._hour_with_part = re.compile(r"(?<!\S)ב-?\s*(?P<h>\d{1,2})(?![\w:.])")
        self._oclock = re.compile(r"(?<!\S)(?:(?:at|@)\s*)?(\d{1,2})\s*o'?clock(?!\w)")
        noon = [_find(word).pattern for word in longest_first(words.noon)]
        self._noon_pattern = re.compile("|".join(noon) or "(?!)")

    def take(self, text: str) -> tuple[str, time | None]:
        """The phrase without its time of day, and that time (None when there is none)."""
        text, part = self._take_part(text)
        for reader in self._readers:
            found = reader(text, part)
            if found is not None:
                return _tidy(found[0]), found[1]
        return _tidy(text), None

    def _take_part(self, text: str) -> tuple[str, Part | None]:
        """Take out "tonight" (today, evening), "tomorrow morning"'s "morning" and the like."""
        part: Part | None = None
        for pattern, word in self._day_parts:
            match = pattern.search(text)
            if match is not None:
                day, part = self._words.day_parts[word]
                text = text[: match.start()] + day + text[match.end() :]
                break
        for word, leading in self._words.leading_parts.items():
            if text.startswith(word + " "):
                text, part = text[len(word) + 1 :], part or leading
        for pattern, word in self._parts:
            match = pattern.search(text)
            if match is not None:
                text, part = _cut(text, match), part or self._words.parts_of_day[word]
                break
        return text, part

    def _am_pm(self, text: str, part: Part | None) -> tuple[str, time] | None:
        match = self._am_pm_pattern.search(text)
        if match is None:
            return None
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
        if not 1 <= hour <= 12:
            raise DatePhraseError(f"{hour}{match.group(3)}m is not a time of day")
        afternoon = Part.AFTERNOON if match.group(3) == "p" else Part.MORNING
        return _cut(text, match), days.clock(hour, minute, afternoon)

    def _clock(self, text: str, part: Part | None) -> tuple[str, time] | None:
        match = self._clock_pattern.search(text)
        if match is None:
            return None
        hour, minute = (match.group(1), match.group(2)) if match.group(1) else match.group(3, 4)
        return _cut(text, match), days.clock(int(hour), int(minute), part)

    def _hour(self, text: str, part: Part | None) -> tuple[str, time] | None:
        """A bare hour after "alle", "lúc", "בשעה", "at" (or Hebrew ב- with a part of day)."""
        match = self._hour_pattern.search(text)
        if match is not None:
            hour = int(match.group("h"))
            if match.group("at") in self._words.twelve_hour_at and part is None and hour <= 12:
                raise DatePhraseError(
                    f"{match.group(0)!r}: write {hour}am, {hour}pm or 24-hour time"
                )
            return _cut(text, match), days.clock(hour, 0, part)
        match = self._hour_with_part.search(text) if part is not None else None
        if match is not None:  # "ב-8 בערב"; without a part "ב-5" may be the 5th
            return _cut(text, match), days.clock(int(match.group("h")), 0, part)
        match = self._oclock.search(text)
        if match is None:
            return None
        if part is None:
            raise DatePhraseError(f"{match.group(0)!r}: write am, pm or 24-hour time")
        return _cut(text, match), days.clock(int(match.group(1)), 0, part)

    def _noon(self, text: str, part: Part | None) -> tuple[str, time] | None:
        match = self._noon_pattern.search(text)
        return None if match is None else (_cut(text, match), time(12, 0))


def _find(word: str) -> re.Pattern[str]:
    """A word as a word: Chinese anywhere, other scripts between spaces or ends."""
    if is_cjk(word):
        return re.compile(re.escape(word))
    return re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")


def _alternatives(words: Iterable[str]) -> str:
    return "|".join(re.escape(word) for word in longest_first(words)) or "(?!)"


def _cut(text: str, match: re.Match[str]) -> str:
    return text[: match.start()] + " " + text[match.end() :]


def _tidy(text: str) -> str:
    return " ".join(text.split())
