"""Dates as our users say them, in English, Vietnamese, Hebrew, Chinese and Italian.

dateparser misses the phrasings people type most ("thứ ba tuần sau", "下周二",
"martedì prossimo", "יום שלישי הבא", "两周后", "2 tuần nữa", "dopodomani") and reads
"12月5日" as the year 2112, so these rules run first. Text is folded (case, diacritics,
đ → d, niqqud) and Traditional characters mapped to Simplified, so "thu ba tuan sau" and
"下週二" work too.

What the words mean, in every language alike (weeks start on Monday):
- "next Tuesday", "martedì prossimo", "יום שלישי הבא", "thứ ba tuần sau", "下周二": the
  Tuesday of next week; "this Tuesday", "这周二", "thứ ba tuần này": of this week;
  "last Tuesday", "martedì scorso", "thứ ba tuần trước", "上周二": of last week;
- a bare weekday ("on Tuesday", "martedì", "thứ ba", "周二", "ביום שלישי"): the next one
  after today, or with ``past`` the last one before today;
- "next week" / "next month": Monday of next week / the first of next month;
- a day and month without a year: its next occurrence, or with ``past`` its last one.

``read_phrase`` returns None when no rule applies (the caller may try dateparser) and
raises DateParseError for a phrase it recognises but that names no real date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from partnerbook.domain.text import fold

# --- vocabulary (folded) ---------------------------------------------------------------

_TRADITIONAL = str.maketrans(
    {"週": "周", "禮": "礼", "後": "后", "點": "点", "個": "个", "號": "号", "兩": "两", "這": "这"}
)

_NUMBERS = {
    # English
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    # Italian
    "un": 1, "uno": 1, "una": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6,
    "sette": 7, "otto": 8, "nove": 9, "dieci": 10,
    # Vietnamese (folded: một → mot, năm → nam, sáu → sau, bảy → bay)
    "mot": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8,
    "chin": 9, "muoi": 10,
    # Hebrew
    "אחד": 1, "אחת": 1, "שניים": 2, "שתיים": 2, "שני": 2, "שתי": 2, "שלושה": 3, "שלוש": 3,
    "ארבעה": 4, "ארבע": 4, "חמישה": 5, "חמש": 5, "שישה": 6, "שש": 6, "שבעה": 7, "שבע": 7,
    "שמונה": 8, "תשעה": 9, "תשע": 9, "עשרה": 10, "עשר": 10,
}  # fmt: skip
_CHINESE_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
                   "八": 8, "九": 9, "十": 10}  # fmt: skip

_DAY, _WEEK, _MONTH = "day", "week", "month"
_UNITS = {
    "day": _DAY, "days": _DAY, "giorno": _DAY, "giorni": _DAY, "ngay": _DAY, "天": _DAY,
    "日": _DAY, "יום": _DAY, "ימים": _DAY,
    "week": _WEEK, "weeks": _WEEK, "settimana": _WEEK, "settimane": _WEEK, "tuan": _WEEK,
    "周": _WEEK, "星期": _WEEK, "礼拜": _WEEK, "שבוע": _WEEK, "שבועות": _WEEK,
    "month": _MONTH, "months": _MONTH, "mese": _MONTH, "mesi": _MONTH, "thang": _MONTH,
    "月": _MONTH, "חודש": _MONTH, "חודשים": _MONTH,
}  # fmt: skip
_HEBREW_DUALS = {"יומיים": (2, _DAY), "שבועיים": (2, _WEEK), "חודשיים": (2, _MONTH)}

_WEEKDAY_NAMES = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5,
    "sat": 5, "sunday": 6, "sun": 6,
    "lunedi": 0, "martedi": 1, "mercoledi": 2, "giovedi": 3, "venerdi": 4, "sabato": 5,
    "domenica": 6,
    "thu hai": 0, "thu 2": 0, "t2": 0, "thu ba": 1, "thu 3": 1, "t3": 1, "thu tu": 2,
    "thu 4": 2, "t4": 2, "thu nam": 3, "thu 5": 3, "t5": 3, "thu sau": 4, "thu 6": 4,
    "t6": 4, "thu bay": 5, "thu 7": 5, "t7": 5, "chu nhat": 6, "cn": 6,
    "שני": 0, "שלישי": 1, "רביעי": 2, "חמישי": 3, "שישי": 4, "שבת": 5, "ראשון": 6,
}  # fmt: skip
_CHINESE_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}

_MONTH_NAMES = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
    "gennaio": 1, "gen": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "mag": 5,
    "giugno": 6, "giu": 6, "luglio": 7, "lug": 7, "agosto": 8, "ago": 8, "settembre": 9,
    "set": 9, "ottobre": 10, "ott": 10, "novembre": 11, "dicembre": 12, "dic": 12,
    "ינואר": 1, "פברואר": 2, "מרץ": 3, "מרס": 3, "אפריל": 4, "מאי": 5, "יוני": 6,
    "יולי": 7, "אוגוסט": 8, "ספטמבר": 9, "אוקטובר": 10, "נובמבר": 11, "דצמבר": 12,
}  # fmt: skip

# Words for a day relative to today, by offset.
_RELATIVE_DAYS = {
    "today": 0, "tonight": 0, "oggi": 0, "stasera": 0, "hom nay": 0, "toi nay": 0,
    "今天": 0, "今晚": 0, "היום": 0, "הערב": 0,
    "tomorrow": 1, "tmr": 1, "domani": 1, "ngay mai": 1, "mai": 1, "sang mai": 1,
    "明天": 1, "明早": 1, "מחר": 1,
    "day after tomorrow": 2, "the day after tomorrow": 2, "dopodomani": 2, "ngay kia": 2,
    "ngay mot": 2, "mot": 2, "后天": 2, "מחרתיים": 2,
    "yesterday": -1, "ieri": -1, "hom qua": -1, "昨天": -1, "אתמול": -1,
    "day before yesterday": -2, "the day before yesterday": -2, "l'altro ieri": -2,
    "altroieri": -2, "l altro ieri": -2, "hom kia": -2, "前天": -2, "שלשום": -2,
}  # fmt: skip

# Next/this/last week and month, as a (unit, steps) pair.
_RELATIVE_PERIODS = {
    "next week": (_WEEK, 1), "la settimana prossima": (_WEEK, 1),
    "settimana prossima": (_WEEK, 1), "la prossima settimana": (_WEEK, 1),
    "prossima settimana": (_WEEK, 1), "tuan sau": (_WEEK, 1), "tuan toi": (_WEEK, 1),
    "下周": (_WEEK, 1), "下星期": (_WEEK, 1), "下个星期": (_WEEK, 1), "下礼拜": (_WEEK, 1),
    "下个礼拜": (_WEEK, 1), "בשבוע הבא": (_WEEK, 1), "שבוע הבא": (_WEEK, 1),
    "last week": (_WEEK, -1), "la settimana scorsa": (_WEEK, -1),
    "settimana scorsa": (_WEEK, -1), "tuan truoc": (_WEEK, -1), "上周": (_WEEK, -1),
    "上星期": (_WEEK, -1), "上个星期": (_WEEK, -1), "בשבוע שעבר": (_WEEK, -1),
    "שבוע שעבר": (_WEEK, -1),
    "next month": (_MONTH, 1), "il mese prossimo": (_MONTH, 1), "mese prossimo": (_MONTH, 1),
    "il prossimo mese": (_MONTH, 1), "thang sau": (_MONTH, 1), "thang toi": (_MONTH, 1),
    "下个月": (_MONTH, 1), "下月": (_MONTH, 1), "בחודש הבא": (_MONTH, 1),
    "חודש הבא": (_MONTH, 1),
    "last month": (_MONTH, -1), "il mese scorso": (_MONTH, -1), "mese scorso": (_MONTH, -1),
    "thang truoc": (_MONTH, -1), "上个月": (_MONTH, -1), "上月": (_MONTH, -1),
    "בחודש שעבר": (_MONTH, -1), "חודש שעבר": (_MONTH, -1),
}  # fmt: skip

_FILLER = re.compile(
    r"^(?:on|by|at|il|lo|la|entro|vao|ngay|luc|ב-?|ביום|יום|ה-?)\s+|^(?:ב|ה)(?=[\u05d0-\u05ea])"
)


class DatePhraseError(ValueError):
    """A phrase that is recognisably a date but names none (the 40th of a month)."""


@dataclass(frozen=True, slots=True)
class Phrase:
    day: date
    time_of_day: time | None


def read_phrase(text: str, now: datetime, past: bool = False) -> Phrase | None:
    """The date (and time) ``text`` names, or None when no rule here applies."""
    cleaned = _normalise(text)
    if not cleaned:
        return None
    cleaned, moment = _take_time(cleaned)
    cleaned = cleaned.strip(" ,")
    today = now.date()
    if not cleaned:
        return Phrase(today, moment) if moment is not None else None
    for rule in (_relative_day, _period, _offset, _weekday, _day_month):
        found = rule(cleaned, today, past)
        if found is not None:
            return Phrase(found, moment)
    return None


# --- normalising and times ---------------------------------------------------------------


def _normalise(text: str) -> str:
    folded = fold(text).translate(_TRADITIONAL)
    folded = folded.strip(" .,;!?。，！？")
    return re.sub(r"\s+", " ", folded)


_ZH_TIME = re.compile(
    r"(上午|早上|中午|下午|晚上)?\s*([0-9一二两三四五六七八九十]{1,3})\s*[点：]\s*"
    r"(半|[0-9一二三四五六七八九十]{1,3}\s*分?)?"
)
_VI_TIME = re.compile(
    r"(?:luc\s+)?(\d{1,2})\s*(?:gio|h)\s*(?:(\d{1,2})\s*(?:phut)?)?\s*(sang|trua|chieu|toi)?\b"
)
_CLOCK = re.compile(
    r"(?:\b(?:at|alle|ore|luc)\s+|בשעה\s*|ב-?)?\b(\d{1,2}):(\d{2})\s*(am|pm)?\b"
    r"|\b(?:alle|ore)\s+(\d{1,2})\.(\d{2})\b"  # Italian 15.30, only after alle/ore
)
_AM_PM = re.compile(r"(?:\bat\s+)?\b(\d{1,2})\s*(am|pm)\b")
_HOUR_ONLY = re.compile(r"(?:\b(?:alle|ore)\s+|בשעה\s*)(\d{1,2})\b")
_NOON = re.compile(r"\b(?:at\s+)?(?:noon|midday|mezzogiorno)\b")


def _take_time(text: str) -> tuple[str, time | None]:
    """Find a time of day anywhere in the phrase; return the rest and the time."""
    match = _ZH_TIME.search(text)
    if match:
        hour = _zh_number(match.group(2))
        minute = 0
        if match.group(3):
            minute = 30 if match.group(3) == "半" else _zh_number(match.group(3).rstrip("分 "))
        if match.group(1) in ("下午", "晚上") and hour < 12:
            hour += 12
        return _cut(text, match), _clock(hour, minute)
    match = _VI_TIME.search(text)
    if match:
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
        afternoon = match.group(3) in ("chieu", "toi") and hour < 12
        if afternoon or (match.group(3) == "trua" and hour < 5):
            hour += 12
        return _cut(text, match), _clock(hour, minute)
    match = _CLOCK.search(text)
    if match:
        if match.group(1) is None:
            return _cut(text, match), _clock(int(match.group(4)), int(match.group(5)))
        hour = _am_pm(int(match.group(1)), match.group(3))
        return _cut(text, match), _clock(hour, int(match.group(2)))
    match = _AM_PM.search(text)
    if match:
        return _cut(text, match), _clock(_am_pm(int(match.group(1)), match.group(2)), 0)
    match = _HOUR_ONLY.search(text)
    if match:
        return _cut(text, match), _clock(int(match.group(1)), 0)
    match = _NOON.search(text)
    if match:
        return _cut(text, match), time(12, 0)
    return text, None


def _cut(text: str, match: re.Match[str]) -> str:
    return (text[: match.start()] + " " + text[match.end() :]).strip()


def _am_pm(hour: int, marker: str | None) -> int:
    if marker == "pm" and hour < 12:
        return hour + 12
    if marker == "am" and hour == 12:
        return 0
    return hour


def _clock(hour: int, minute: int) -> time:
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise DatePhraseError(f"{hour}:{minute:02d} is not a time of day")
    return time(hour, minute)


def _zh_number(text: str) -> int:
    text = text.strip()
    if text.isdigit():
        return int(text)
    if text.startswith("十"):
        return 10 + (_CHINESE_DIGITS.get(text[1:], 0) if len(text) > 1 else 0)
    if "十" in text:
        tens, _, ones = text.partition("十")
        return _CHINESE_DIGITS.get(tens, 0) * 10 + (_CHINESE_DIGITS.get(ones, 0) if ones else 0)
    if text in _CHINESE_DIGITS:
        return _CHINESE_DIGITS[text]
    raise DatePhraseError(f"{text!r} is not a number")


def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    if word in _NUMBERS:
        return _NUMBERS[word]
    try:
        return _zh_number(word)
    except DatePhraseError:
        return None


# --- the rules ------------------------------------------------------------------------------


def _relative_day(text: str, today: date, past: bool) -> date | None:
    text = _FILLER.sub("", text, count=1) if text not in _RELATIVE_DAYS else text
    if text in _RELATIVE_DAYS:
        return today + timedelta(days=_RELATIVE_DAYS[text])
    return None


def _period(text: str, today: date, past: bool) -> date | None:
    if text not in _RELATIVE_PERIODS:
        return None
    unit, steps = _RELATIVE_PERIODS[text]
    if unit == _WEEK:
        return _monday(today) + timedelta(weeks=steps)
    return _first_of_month(today, steps)


_UNIT_WORDS = "|".join(sorted((re.escape(u) for u in _UNITS), key=len, reverse=True))
_N = r"(?P<n>\d+|[a-z]+|[\u05d0-\u05ea]+|[一二两三四五六七八九十]+)"
_U = rf"(?P<u>{_UNIT_WORDS})"
_OFFSETS = (
    # (pattern, direction): the number is group "n" (may be absent: one), the unit "u"
    (rf"^(?:in|tra|fra|sau|trong|过)\s*{_N}?\s*(?:个)?\s*{_U}$", 1),
    (rf"^{_N}\s*(?:个)?\s*{_U}\s*(?:from now|nua|后|以后|之后)$", 1),
    (rf"^(?:sau\s+)?{_N}\s+{_U}\s+nua$", 1),
    (rf"^{_N}\s*(?:个)?\s*{_U}\s*(?:ago|fa|truoc|前|以前|之前)$", -1),
    (rf"^בעוד\s+(?:{_N}\s+)?{_U}$", 1),
    (rf"^לפני\s+(?:{_N}\s+)?{_U}$", -1),
)
_OFFSET_PATTERNS = tuple((re.compile(pattern), sign) for pattern, sign in _OFFSETS)
_HEBREW_DUAL = re.compile(r"^(בעוד|לפני)\s+(יומיים|שבועיים|חודשיים)$")


def _offset(text: str, today: date, past: bool) -> date | None:
    dual = _HEBREW_DUAL.match(text)
    if dual:
        pair, unit = _HEBREW_DUALS[dual.group(2)]
        return _shift(today, unit, pair if dual.group(1) == "בעוד" else -pair)
    for pattern, sign in _OFFSET_PATTERNS:
        match = pattern.match(text)
        if match is None:
            continue
        count = _number(match.group("n")) if match.group("n") else 1
        if count is not None:
            return _shift(today, _UNITS[match.group("u")], sign * count)
    return None


def _shift(today: date, unit: str, count: int) -> date:
    if unit == _DAY:
        return today + timedelta(days=count)
    if unit == _WEEK:
        return today + timedelta(weeks=count)
    month_index = today.month - 1 + count
    year, month = today.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(today.day, _days_in_month(year, month)))


_ZH_WEEKDAY = re.compile(
    r"^(?:(?P<which>下下|下|上|这|本)\s*(?:个)?\s*)?(?:周|星期|礼拜)(?P<day>[一二三四五六日天])$"
)
_WEEK_AFTER = {
    # words after a weekday that move it to next/this/last week
    "next week": 1, "tuan sau": 1, "tuan toi": 1, "della prossima settimana": 1,
    "della settimana prossima": 1, "prossimo": 1, "prossima": 1, "הבא": 1, "בשבוע הבא": 1,
    "this week": 0, "tuan nay": 0, "di questa settimana": 0,
    "last week": -1, "tuan truoc": -1, "scorso": -1, "scorsa": -1, "שעבר": -1,
    "בשבוע שעבר": -1, "toi": None, "הקרוב": None,
}  # fmt: skip
_WEEK_BEFORE = {"next": 1, "prossimo": 1, "this": 0, "questo": 0, "last": -1, "scorso": -1,
                "coming": None}  # fmt: skip


def _weekday(text: str, today: date, past: bool) -> date | None:
    match = _ZH_WEEKDAY.match(text)
    if match:
        weekday = _CHINESE_WEEKDAYS[match.group("day")]
        steps = {"下下": 2, "下": 1, "上": -1, "这": 0, "本": 0, None: None}[match.group("which")]
        return _on_weekday(today, weekday, steps, past)
    words = _FILLER.sub("", text, count=1)
    words = re.sub(r"^(?:ביום|יום)\s+", "", words)
    which: int | None = None
    for before, value in _WEEK_BEFORE.items():
        if words.startswith(before + " "):
            words, which = words[len(before) + 1 :], value
            break
    else:
        for after, value in sorted(_WEEK_AFTER.items(), key=lambda item: -len(item[0])):
            if words.endswith(" " + after):
                words, which = words[: -len(after) - 1], value
                break
    words = re.sub(r"^(?:ביום|יום|ב)\s*(?=[\u05d0-\u05ea])", "", words.strip())
    if words in _WEEKDAY_NAMES:
        return _on_weekday(today, _WEEKDAY_NAMES[words], which, past)
    return None


def _on_weekday(today: date, weekday: int, which: int | None, past: bool) -> date:
    if which is not None:
        return _monday(today) + timedelta(weeks=which, days=weekday)
    ahead = (weekday - today.weekday()) % 7
    if past:
        behind = (today.weekday() - weekday) % 7
        return today - timedelta(days=behind or 7)
    return today + timedelta(days=ahead or 7)


_MONTH_WORDS = "|".join(sorted((re.escape(m) for m in _MONTH_NAMES), key=len, reverse=True))
_DAY_MONTH = (
    re.compile(
        rf"^(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+|ב-?|ל-?)?"
        rf"(?P<m>{_MONTH_WORDS})(?:,?\s+(?P<y>\d{{4}}))?$"
    ),
    re.compile(
        rf"^(?P<m>{_MONTH_WORDS})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y>\d{{4}}))?$"
    ),
)
_VI_DAY_MONTH = re.compile(  # "5 tháng 12", or "ngày 5/12" (a bare 5/12 could be May 12)
    r"^(?:ngay\s+)?(?P<d>\d{1,2})\s*thang\s*(?P<m>\d{1,2})(?:\s*nam\s*(?P<y>\d{4}))?$"
    r"|^ngay\s+(?P<d2>\d{1,2})/(?P<m2>\d{1,2})(?:/(?P<y2>\d{4}))?$"
)
_ZH_DAY_MONTH = re.compile(
    r"^(?:(?P<y>\d{4})\s*年\s*)?(?P<m>[0-9一二三四五六七八九十]{1,3})\s*月\s*"
    r"(?P<d>[0-9一二三四五六七八九十]{1,3})\s*[日号]?$"
)
_VI_DAY_ONLY = re.compile(r"^ngay\s+(?P<d>\d{1,2})$")


def _day_month(text: str, today: date, past: bool) -> date | None:
    text = re.sub(r"^(?:il|on|ה-?|ב-?)\s*(?=\d)", "", text)
    for pattern in _DAY_MONTH:
        match = pattern.match(text)
        if match:
            month = _MONTH_NAMES[match.group("m")]
            return _dated(int(match.group("d")), month, match.group("y"), today, past)
    match = _VI_DAY_MONTH.match(text)
    if match:
        day_text = match.group("d") or match.group("d2")
        month_text = match.group("m") or match.group("m2")
        year = match.group("y") or match.group("y2")
        return _dated(int(day_text), int(month_text), year, today, past)
    match = _ZH_DAY_MONTH.match(text)
    if match:
        day, month = _zh_number(match.group("d")), _zh_number(match.group("m"))
        return _dated(day, month, match.group("y"), today, past)
    match = _VI_DAY_ONLY.match(text)
    if match:
        return _day_of_month(int(match.group("d")), today, past)
    return None


def _dated(day: int, month: int, year: str | None, today: date, past: bool) -> date:
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        raise DatePhraseError(f"day {day} of month {month} does not exist")
    if year is not None:
        return _real(int(year), month, day)
    this_year = _real_or_none(today.year, month, day)
    if past:
        if this_year is not None and this_year <= today:
            return this_year
        return _real(today.year - 1, month, day)
    if this_year is not None and this_year >= today:
        return this_year
    return _real(today.year + 1, month, day)


def _day_of_month(day: int, today: date, past: bool) -> date:
    if not 1 <= day <= 31:
        raise DatePhraseError(f"no month has a day {day}")
    step = -1 if past else 1
    for months in range(13):
        first = _first_of_month(today, step * months)
        candidate = _real_or_none(first.year, first.month, day)
        if candidate is not None and (candidate <= today if past else candidate >= today):
            return candidate
    raise DatePhraseError(f"no month has a day {day}")


def _real(year: int, month: int, day: int) -> date:
    found = _real_or_none(year, month, day)
    if found is None:
        raise DatePhraseError(f"{year}-{month:02d}-{day:02d} does not exist")
    return found


def _real_or_none(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _monday(today: date) -> date:
    return today - timedelta(days=today.weekday())


def _first_of_month(today: date, steps: int) -> date:
    index = today.month - 1 + steps
    return date(today.year + index // 12, index % 12 + 1, 1)


def _days_in_month(year: int, month: int) -> int:
    following = _first_of_month(date(year, month, 1), 1)
    return (following - timedelta(days=1)).day
