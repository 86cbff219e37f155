"""The rules every language shares, read with all languages' words at once.

"tomorrow", "next Tuesday", "in 2 weeks", "5 December" and "5/12" have the same shape
in English, Italian, Vietnamese and Hebrew; only the words differ, and those come from
each language's table. Chinese (no spaces, its own word order) adds its own rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date, timedelta

from partnerbook.domain.date_rules import days
from partnerbook.domain.date_rules.base import (
    Context,
    DatePhraseError,
    Rule,
    Vocabulary,
    longest_first,
)


def _alternatives(words: Iterable[str]) -> str:
    return "|".join(re.escape(word) for word in longest_first(words)) or "(?!)"


class CommonRules:
    """Rules over the merged vocabulary; each takes a whole phrase or returns None."""

    def __init__(self, words: Vocabulary) -> None:
        self._words = words
        self._filler = re.compile(rf"^(?:{_alternatives(words.fillers)})\s+")
        self._prefix = re.compile(rf"^(?:{_alternatives(words.attached_prefixes)})-?(?=\w)")
        self._before = [(w, words.before_weekday[w]) for w in longest_first(words.before_weekday)]
        self._after = [(w, words.after_weekday[w]) for w in longest_first(words.after_weekday)]
        self._offsets = self._offset_patterns(words)
        months = _alternatives(words.months)
        day = r"(?P<d>\d{1,2})(?:st|nd|rd|th|°|o)?"
        year = r"(?:,?\s+(?P<y>\d{4}))?"
        self._day_month = (
            re.compile(rf"^(?:the\s+)?{day}\s+(?:of\s+|di\s+|[בל]-?)?(?P<m>{months}){year}$"),
            re.compile(rf"^(?P<m>{months})\s+(?:the\s+)?{day}{year}$"),
        )
        self._month_only = re.compile(rf"^(?:in\s+|[בל]-?)?(?:{months})(?:\s+\d{{4}})?$")

    def all(self, language_rules: tuple[Rule, ...]) -> tuple[Rule, ...]:
        """Every rule in the order they are tried: the most specific shapes first."""
        return (
            self.relative_day,
            self.period,
            self.offset,
            self.weekday,
            *language_rules,
            self.day_month,
            self.numeric,
            self.month_only,
        )

    def variants(self, text: str) -> Iterator[str]:
        """The phrase, then without a leading "on"/"il"/"vào"/"ביום", and Hebrew ב/ה/ל."""
        seen = [text]
        for candidate in seen:
            yield candidate
            for pattern in (self._filler, self._prefix):
                shorter = pattern.sub("", candidate, count=1)
                if shorter != candidate and shorter not in seen and len(seen) < 8:
                    seen.append(shorter)

    def relative_day(self, text: str, context: Context) -> date | None:
        """ "tomorrow", "dopodomani", "ngày mai", "מחרתיים", "后天"."""
        for candidate in self.variants(text):
            if candidate in self._words.relative_days:
                return context.today + timedelta(self._words.relative_days[candidate])
        return None

    def period(self, text: str, context: Context) -> date | None:
        """ "next week" is its Monday, "next month" its first day."""
        for candidate in self.variants(text):
            if candidate in self._words.periods:
                unit, steps = self._words.periods[candidate]
                return days.period_start(context.today, unit, steps)
        return None

    @staticmethod
    def _offset_patterns(words: Vocabulary) -> list[tuple[re.Pattern[str], int]]:
        n = rf"(?P<n>\d{{1,3}}|{_alternatives(words.numbers)})"
        u = rf"(?P<u>{_alternatives(words.units)})"
        fb, fa = _alternatives(words.future_before), _alternatives(words.future_after)
        pb, pa = _alternatives(words.past_before), _alternatives(words.past_after)
        shapes = [
            (rf"^(?:{fb})\s*(?:{n}\s*)?{u}(?:\s*(?:{fa}))?$", 1),  # in 2 weeks, sau 2 tuần nữa
            (rf"^{n}\s*{u}\s*(?:{fa})$", 1),  # 2 weeks from now, 2 tuần nữa, 两周后
            (rf"^(?:{pb})\s*(?:{n}\s*)?{u}$", -1),  # לפני שבוע
            (rf"^{n}\s*{u}\s*(?:{pa})$", -1),  # 3 days ago, 3 giorni fa, 3天前
            (rf"^{n}\s+{u}$", 0),  # "2 weeks": ahead, or looking back ago
        ]
        return [(re.compile(shape), sign) for shape, sign in shapes]

    def offset(self, text: str, context: Context) -> date | None:
        """N days, weeks, months or years from today, either way."""
        for pattern, sign in self._offsets:
            match = pattern.match(text)
            if match is None:
                continue
            count = self._number(match.group("n")) if match.group("n") else 1
            unit, times = self._words.units[match.group("u")]
            direction = sign or (-1 if context.past else 1)
            return days.shift(context.today, unit, direction * count * times)
        return None

    def _number(self, word: str) -> int:
        return int(word) if word.isdigit() else self._words.numbers[word]

    def weekday(self, text: str, context: Context) -> date | None:
        """ "next tuesday", "martedì prossimo", "thứ ba tuần sau", "יום שלישי הבא", "friday"."""
        for candidate in self.variants(text):
            week, rest = self._week_of(candidate)
            for name in self.variants(rest):
                if name in self._words.weekdays:
                    weekday = self._words.weekdays[name]
                    return days.on_weekday(context.today, weekday, week, context.past)
        return None

    def _week_of(self, text: str) -> tuple[int | None, str]:
        for word, week in self._before:
            if text.startswith(word + " "):
                return week, text[len(word) + 1 :]
        for word, week in self._after:
            if text.endswith(" " + word):
                return week, text[: -len(word) - 1]
        return None, text

    def day_month(self, text: str, context: Context) -> date | None:
        """ "5 December", "Dec 5th, 2027", "il 5 dicembre", "ה-5 בדצמבר"."""
        for candidate in self.variants(text):
            for pattern in self._day_month:
                match = pattern.match(candidate)
                if match is not None:
                    month = self._words.months[match.group("m")]
                    year = int(match.group("y")) if match.group("y") else None
                    return days.next_or_last(int(match.group("d")), month, year, context)
        return None

    _YEAR_FIRST = re.compile(r"^(\d{4})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{1,2})$")
    _DAY_AND_MONTH = re.compile(r"^(\d{1,2})\s*([/.-])\s*(\d{1,2})(?:\s*\2\s*(\d{4}))?\.?$")

    def numeric(self, text: str, context: Context) -> date | None:
        """2026/12/05; 25/12 (one reading only); 5/12 only when the user's language says."""
        match = self._YEAR_FIRST.match(text)
        if match is not None:
            return days.real(int(match.group(1)), int(match.group(3)), int(match.group(4)))
        match = self._DAY_AND_MONTH.match(text)
        if match is None:
            return None
        first, second = int(match.group(1)), int(match.group(3))
        year = int(match.group(4)) if match.group(4) else None
        readings = {
            (day, month)
            for day, month in ((first, second), (second, first))
            if 1 <= month <= 12 and days.real_or_none(year or 2000, month, day) is not None
        }
        if not readings:
            raise DatePhraseError(f"{text!r} is no day of any month")
        if len(readings) > 1:
            if context.day_first is None:
                raise DatePhraseError(f"{text!r} could be either month: write 5 Dec, or ISO")
            readings = {(first, second) if context.day_first else (second, first)}
        ((day, month),) = readings
        return days.next_or_last(day, month, year, context)

    def month_only(self, text: str, context: Context) -> date | None:
        """ "December" alone names no day: refused, rather than guessed as the 1st or today."""
        for candidate in self.variants(text):
            if self._month_only.match(candidate):
                raise DatePhraseError(f"{text!r} is a month, not a day")
        return None
