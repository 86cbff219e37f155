"""Vietnamese: "thứ ba tuần sau", "2 tuần nữa", "ngày 5 tháng 12", "3 giờ chiều", "mùng 5".

Input is folded before matching, so "thu ba tuan sau" works as well. Folding makes
"tới" (next) and "tối" (evening) the same word: "tối" is only read as evening right
after a time ("8 giờ tối"), at the start ("tối thứ sáu") or in "tối nay" / "tối mai".
"""

from __future__ import annotations

import re
from datetime import date, time

from partnerbook.domain.date_rules import days
from partnerbook.domain.date_rules.base import (
    ClockReader,
    Context,
    DatePhraseError,
    Part,
    Rule,
    Unit,
    Vocabulary,
)

_DAY, _WEEK, _MONTH, _YEAR = (Unit.DAY, 1), (Unit.WEEK, 1), (Unit.MONTH, 1), (Unit.YEAR, 1)

VOCABULARY = Vocabulary(
    numbers={
        "một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "bẩy": 7,
        "tám": 8, "chín": 9, "mười": 10,
    },
    units={
        "ngày": _DAY, "hôm": _DAY, "tuần": _WEEK, "tuần lễ": _WEEK, "tháng": _MONTH,
        "năm": _YEAR,
    },
    weekdays={
        "thứ hai": 0, "thứ 2": 0, "t2": 0, "thứ ba": 1, "thứ 3": 1, "t3": 1, "thứ tư": 2,
        "thứ 4": 2, "t4": 2, "thứ năm": 3, "thứ 5": 3, "t5": 3, "thứ sáu": 4, "thứ 6": 4,
        "t6": 4, "thứ bảy": 5, "thứ bẩy": 5, "thứ 7": 5, "t7": 5, "chủ nhật": 6, "cn": 6,
    },
    relative_days={
        "hôm nay": 0, "bữa nay": 0, "ngày mai": 1, "mai": 1, "ngày kia": 2, "ngày mốt": 2,
        "mốt": 2, "hôm qua": -1, "bữa qua": -1, "hôm kia": -2,
    },
    periods={
        "tuần sau": (Unit.WEEK, 1), "tuần tới": (Unit.WEEK, 1), "tuần trước": (Unit.WEEK, -1),
        "tuần rồi": (Unit.WEEK, -1), "tháng sau": (Unit.MONTH, 1),
        "tháng tới": (Unit.MONTH, 1), "tháng trước": (Unit.MONTH, -1),
        "tháng rồi": (Unit.MONTH, -1),
    },
    after_weekday={
        "tuần sau": 1, "tuần tới": 1, "tuần này": 0, "này": 0, "tuần trước": -1,
        "tuần rồi": -1, "tới": None,
    },
    future_before=("sau", "trong"),
    future_after=("nữa", "sau", "tới"),
    past_after=("trước",),
    fillers=("vào", "vào ngày", "hạn", "đến"),
    parts_of_day={
        "buổi sáng": Part.MORNING, "sáng": Part.MORNING, "buổi trưa": Part.MIDDAY,
        "trưa": Part.MIDDAY, "buổi chiều": Part.AFTERNOON, "chiều": Part.AFTERNOON,
        "buổi tối": Part.AFTERNOON, "ban đêm": Part.NIGHT, "đêm": Part.NIGHT,
    },
    leading_parts={"tối": Part.AFTERNOON},
    day_parts={
        "sáng nay": ("hôm nay", Part.MORNING), "trưa nay": ("hôm nay", Part.MIDDAY),
        "chiều nay": ("hôm nay", Part.AFTERNOON), "tối nay": ("hôm nay", Part.AFTERNOON),
        "đêm nay": ("hôm nay", Part.NIGHT), "sáng mai": ("ngày mai", Part.MORNING),
        "trưa mai": ("ngày mai", Part.MIDDAY), "chiều mai": ("ngày mai", Part.AFTERNOON),
        "tối mai": ("ngày mai", Part.AFTERNOON),
    },
    at_words=("vào lúc", "lúc"),
)  # fmt: skip

# Folded text from here on: ngày → ngay, tháng → thang, mùng → mung, giờ → gio.
_PREFIX = r"^(?:vao\s+)?"
_DAY_WORD = r"(?:ngay|mung|mong)\s*"
_DATE_WORDS = re.compile(  # "ngày 5 tháng 12", "5 tháng 12 năm 2027", "mùng 5 tháng 1"
    _PREFIX + rf"(?:{_DAY_WORD})?(?P<d>\d{{1,2}})\s*thang\s*(?P<m>\d{{1,2}})"
    r"(?:\s*(?:nam|,)\s*(?P<y>\d{4}))?$"
)
_DATE_SLASH = re.compile(  # "ngày 5/12": the word says which number is the day
    _PREFIX + _DAY_WORD + r"(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})(?:\s*[/.-]\s*(?P<y>\d{4}))?$"
)
_DAY_OF_MONTH = re.compile(  # "ngày 5", "mùng 5", "ngày 5 tháng sau"
    _PREFIX + _DAY_WORD + r"(?P<d>\d{1,2})(?:\s+thang\s+(?P<which>nay|sau|toi|truoc))?$"
)
_WHICH_MONTH = {"nay": 0, "sau": 1, "toi": 1, "truoc": -1}
_MONTH_ONLY = re.compile(_PREFIX + r"(?:trong\s+)?thang\s+\d{1,2}(?:\s+nam\s+\d{4})?$")


def _date(text: str, context: Context) -> date | None:
    match = _DATE_WORDS.match(text) or _DATE_SLASH.match(text)
    if match is not None:
        year = int(match.group("y")) if match.group("y") else None
        return days.next_or_last(int(match.group("d")), int(match.group("m")), year, context)
    match = _DAY_OF_MONTH.match(text)
    if match is not None:
        which = _WHICH_MONTH.get(match.group("which") or "")
        return days.nth_of_month(int(match.group("d")), context, which)
    if _MONTH_ONLY.match(text):
        raise DatePhraseError(f"{text!r} is a month, not a day")
    return None


_TIME = re.compile(
    r"(?<!\S)(?:(?:vao\s+)?luc\s*)?(?P<h>\d{1,2})\s*(?:gio|g|h)"
    r"(?:\s*(?P<m>\d{1,2})(?:\s*(?:phut|p))?|\s*(?P<half>ruoi)|\s*kem\s*(?P<less>\d{1,2}))?"
    r"(?!\w)(?:\s+(?P<evening>toi)(?!\s*(?:nay|mai)\b))?"
)


def _time(text: str, part: Part | None) -> tuple[str, time] | None:
    """ "3 giờ chiều", "15h30", "lúc 9 giờ", "3 giờ rưỡi", "8 giờ tối", "4 giờ kém 15"."""
    match = _TIME.search(text)
    if match is None:
        return None
    hour = int(match.group("h"))
    minute = 30 if match.group("half") else int(match.group("m") or 0)
    if match.group("less"):
        hour, minute = hour - 1, 60 - int(match.group("less"))
    if match.group("evening"):
        part = Part.AFTERNOON
    rest = (text[: match.start()] + " " + text[match.end() :]).strip()
    return rest, days.clock(hour, minute, part)


RULES: tuple[Rule, ...] = (_date,)
CLOCKS: tuple[ClockReader, ...] = (_time,)
