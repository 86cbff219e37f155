"""Chinese, Simplified and Traditional: "下周二", "两周后", "12月5日", "下个月5号", "下午3点".

Traditional characters are mapped to Simplified before matching ("下週二" is "下周二"),
and numbers may be written in digits or characters (两, 三, 十二).
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

_TRADITIONAL = str.maketrans(
    {
        "週": "周", "禮": "礼", "後": "后", "點": "点", "個": "个", "號": "号", "兩": "两",
        "這": "这", "時": "时", "過": "过", "來": "来", "鐘": "钟", "裡": "里", "裏": "里",
        "淩": "凌",
    }
)  # fmt: skip


def to_simplified(text: str) -> str:
    """Only the characters date phrases use: this is not a general converter."""
    return text.translate(_TRADITIONAL)


_DIGITS = "一二三四五六七八九"


def _numeral(number: int) -> str:
    tens, ones = divmod(number, 10)
    written = "" if tens == 0 else "十" if tens == 1 else _DIGITS[tens - 1] + "十"
    return written + (_DIGITS[ones - 1] if ones else "")


NUMBERS = {_numeral(number): number for number in range(1, 100)} | {"两": 2, "零": 0}
_NUMBER = r"(?:\d{1,2}|[零一二两三四五六七八九十]{1,3})"


def number(text: str) -> int:
    """12, 十二, 两: the number of a date or time written in digits or characters."""
    text = text.strip()
    if text.isdigit():
        return int(text)
    if text in NUMBERS:
        return NUMBERS[text]
    raise DatePhraseError(f"{text!r} is not a number")


VOCABULARY = Vocabulary(
    numbers=NUMBERS,
    units={
        "天": (Unit.DAY, 1), "日": (Unit.DAY, 1), "周": (Unit.WEEK, 1),
        "个周": (Unit.WEEK, 1), "星期": (Unit.WEEK, 1), "个星期": (Unit.WEEK, 1),
        "礼拜": (Unit.WEEK, 1), "个礼拜": (Unit.WEEK, 1), "个月": (Unit.MONTH, 1),
        "年": (Unit.YEAR, 1),
    },
    relative_days={
        "今天": 0, "今日": 0, "今儿": 0, "明天": 1, "明日": 1, "明儿": 1, "后天": 2,
        "大后天": 3, "昨天": -1, "昨日": -1, "前天": -2, "大前天": -3,
    },
    periods={
        "下周": (Unit.WEEK, 1), "下个周": (Unit.WEEK, 1), "下星期": (Unit.WEEK, 1),
        "下个星期": (Unit.WEEK, 1), "下礼拜": (Unit.WEEK, 1), "下个礼拜": (Unit.WEEK, 1),
        "上周": (Unit.WEEK, -1), "上个周": (Unit.WEEK, -1), "上星期": (Unit.WEEK, -1),
        "上个星期": (Unit.WEEK, -1), "上礼拜": (Unit.WEEK, -1), "上个礼拜": (Unit.WEEK, -1),
        "下个月": (Unit.MONTH, 1), "下月": (Unit.MONTH, 1), "上个月": (Unit.MONTH, -1),
        "上月": (Unit.MONTH, -1),
    },
    future_before=("过",),
    future_after=("以后", "之后", "后"),
    past_after=("以前", "之前", "前"),
    parts_of_day={
        "上午": Part.MORNING, "早上": Part.MORNING, "早晨": Part.MORNING,
        "凌晨": Part.MORNING, "中午": Part.MIDDAY, "下午": Part.AFTERNOON,
        "傍晚": Part.AFTERNOON, "晚上": Part.AFTERNOON, "夜里": Part.NIGHT,
        "半夜": Part.NIGHT,
    },
    day_parts={
        "今晚": ("今天", Part.AFTERNOON), "今早": ("今天", Part.MORNING),
        "明早": ("明天", Part.MORNING), "明晚": ("明天", Part.AFTERNOON),
        "昨晚": ("昨天", Part.AFTERNOON),
    },
    noon=("正午",),
)  # fmt: skip

_WEEKDAY = re.compile(
    r"^(?:(?P<which>下下|上上|下|上|这|本)\s*(?:个)?\s*)?(?:周|星期|礼拜)(?P<day>[一二三四五六日天])$"
)
_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_WEEKS = {"下下": 2, "下": 1, "这": 0, "本": 0, "上": -1, "上上": -2}


def _weekday(text: str, context: Context) -> date | None:
    """ "周二" (the coming one), "下周二", "下个星期二", "这周五", "上礼拜二"."""
    match = _WEEKDAY.match(text)
    if match is None:
        return None
    week = _WEEKS.get(match.group("which") or "")
    return days.on_weekday(context.today, _WEEKDAYS[match.group("day")], week, context.past)


_YEAR = r"(?:(?P<y>\d{4})\s*年\s*)?"
_DATE = re.compile(rf"^{_YEAR}(?P<m>{_NUMBER})\s*月\s*(?P<d>{_NUMBER})\s*[日号]?$")
_DAY_OF_MONTH = re.compile(
    rf"^(?P<which>这个月|本月|下个月|下月|上个月|上月)?\s*(?P<d>{_NUMBER})\s*[日号]$"
)
_WHICH_MONTH = {"这个月": 0, "本月": 0, "下个月": 1, "下月": 1, "上个月": -1, "上月": -1}
_MONTH_ONLY = re.compile(rf"^{_YEAR}{_NUMBER}\s*月(?:份)?$")


def _date(text: str, context: Context) -> date | None:
    """ "12月5日", "十二月五号", "2027年12月5日", "5号", "下个月5号"."""
    match = _DATE.match(text)
    if match is not None:
        year = int(match.group("y")) if match.group("y") else None
        return days.next_or_last(number(match.group("d")), number(match.group("m")), year, context)
    match = _DAY_OF_MONTH.match(text)
    if match is not None:
        which = _WHICH_MONTH.get(match.group("which") or "")
        return days.nth_of_month(number(match.group("d")), context, which)
    if _MONTH_ONLY.match(text):
        raise DatePhraseError(f"{text!r} is a month, not a day")
    return None


_TIME = re.compile(
    rf"(?P<h>{_NUMBER})\s*[点时]\s*(?:钟\s*)?"
    rf"(?:(?P<half>半)|(?P<quarter>一刻|三刻)|整|(?P<m>{_NUMBER})\s*分?)?"
)


def _time(text: str, part: Part | None) -> tuple[str, time] | None:
    """ "3点", "下午三点半", "15点30分", "9点一刻", "十点整" (下午 is read as a part of day)."""
    match = _TIME.search(text)
    if match is None:
        return None
    minute = 0
    if match.group("half"):
        minute = 30
    elif match.group("quarter"):
        minute = 15 if match.group("quarter") == "一刻" else 45
    elif match.group("m"):
        minute = number(match.group("m"))
    rest = (text[: match.start()] + " " + text[match.end() :]).strip()
    return rest, days.clock(number(match.group("h")), minute, part)


RULES: tuple[Rule, ...] = (_weekday, _date)
CLOCKS: tuple[ClockReader, ...] = (_time,)
