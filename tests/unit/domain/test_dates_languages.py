"""Dates as native speakers type them, in every language our users write.

"Now" is Monday 23 November 2026, 09:30. Weeks start on Monday: "next Tuesday" (and its
equivalents) is Tuesday 1 December, a bare "Tuesday" is the coming one (24 November).
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime, time

import pytest

from partnerbook.domain.date_rules import LANGUAGE_MODULES
from partnerbook.domain.date_rules.base import conflicts
from partnerbook.domain.dates import DateParseError, parse_past_or_present, parse_when

MONDAY = datetime(2026, 11, 23, 9, 30)
SATURDAY = datetime(2026, 11, 28, 18, 0)
SUNDAY = datetime(2026, 11, 29, 20, 0)

TODAY = date(2026, 11, 23)
TUE = date(2026, 11, 24)
WED = date(2026, 11, 25)
THU = date(2026, 11, 26)
FRI = date(2026, 11, 27)
SAT = date(2026, 11, 28)
SUN = date(2026, 11, 29)
NEXT_MON = date(2026, 11, 30)
NEXT_TUE = date(2026, 12, 1)
NEXT_WED = date(2026, 12, 2)
NEXT_SUN = date(2026, 12, 6)
IN_2_WEEKS = date(2026, 12, 7)
DEC_1ST = date(2026, 12, 1)
DEC_5 = date(2026, 12, 5)
DEC_5_2027 = date(2027, 12, 5)
IN_A_MONTH = date(2026, 12, 23)

T9 = time(9, 0)
T15 = time(15, 0)
T1530 = time(15, 30)
T20 = time(20, 0)

PHRASES: dict[str, list[tuple[str, date, time | None]]] = {
    "en": [
        ("tomorrow", TUE, None),
        ("Tomorrow 3pm", TUE, T15),
        ("tomorrow at 3:30 pm", TUE, T1530),
        ("Tomorrow 9 AM", TUE, T9),
        ("tomorrow morning at 9", TUE, T9),
        ("tomorrow morning", TUE, None),
        ("tonight at 8pm", TODAY, T20),
        ("next tuesday", NEXT_TUE, None),
        ("Next Tue", NEXT_TUE, None),
        ("tuesday next week", NEXT_TUE, None),
        ("next tuesday afternoon", NEXT_TUE, None),
        ("next wed 2pm", NEXT_WED, time(14, 0)),
        ("on Tuesday", TUE, None),
        ("by friday", FRI, None),
        ("this friday", FRI, None),
        ("friday 5pm", FRI, time(17, 0)),
        ("in 2 weeks", IN_2_WEEKS, None),
        ("in two weeks", IN_2_WEEKS, None),
        ("in a fortnight", IN_2_WEEKS, None),
        ("2 weeks", IN_2_WEEKS, None),
        ("a week from now", NEXT_MON, None),
        ("in 3 days", THU, None),
        ("in a month", IN_A_MONTH, None),
        ("day after tomorrow", WED, None),
        ("next week", NEXT_MON, None),
        ("next month", DEC_1ST, None),
        ("5 December", DEC_5, None),
        ("Dec 5th", DEC_5, None),
        ("the 5th", DEC_5, None),
        ("the 5th of next month", DEC_5, None),
        ("december 5, 2027", DEC_5_2027, None),
        ("today at noon", TODAY, time(12, 0)),
        ("15:30", TODAY, T1530),
    ],
    "vi": [
        ("ngày mai", TUE, None),
        ("ngay mai", TUE, None),
        ("mai", TUE, None),
        ("ngày kia", WED, None),
        ("mốt", WED, None),
        ("thứ ba tuần sau", NEXT_TUE, None),
        ("thu ba tuan sau", NEXT_TUE, None),
        ("Thứ Ba tuần tới", NEXT_TUE, None),
        ("thứ 3 tuần tới", NEXT_TUE, None),
        ("T3 tuần sau", NEXT_TUE, None),
        ("thứ ba", TUE, None),
        ("vào thứ sáu", FRI, None),
        ("thứ sáu tuần này", FRI, None),
        ("chủ nhật tuần sau", NEXT_SUN, None),
        ("2 tuần nữa", IN_2_WEEKS, None),
        ("2 tuan nua", IN_2_WEEKS, None),
        ("hai tuần nữa", IN_2_WEEKS, None),
        ("sau 2 tuần", IN_2_WEEKS, None),
        ("2 tuần sau", IN_2_WEEKS, None),
        ("3 ngày nữa", THU, None),
        ("3 hôm nữa", THU, None),
        ("1 tháng nữa", IN_A_MONTH, None),
        ("tuần sau", NEXT_MON, None),
        ("tháng sau", DEC_1ST, None),
        ("ngày 5 tháng 12", DEC_5, None),
        ("5 tháng 12", DEC_5, None),
        ("ngày 5/12", DEC_5, None),
        ("ngày 5 tháng 12 năm 2027", DEC_5_2027, None),
        ("mùng 5", DEC_5, None),
        ("ngày 5 tháng sau", DEC_5, None),
        ("ngày mai lúc 15:00", TUE, T15),
        ("3 giờ chiều thứ sáu", FRI, T15),
        ("3 gio chieu thu sau", FRI, T15),
        ("3 giờ rưỡi chiều mai", TUE, T1530),
        ("15h30 ngày mai", TUE, T1530),
        ("8 giờ tối nay", TODAY, T20),
        ("9 giờ sáng mai", TUE, T9),
        ("thứ hai tuần sau lúc 9h", NEXT_MON, T9),
    ],
    "he": [
        ("מחר", TUE, None),
        ("מחרתיים", WED, None),
        ("יום שלישי הבא", NEXT_TUE, None),
        ("ביום שלישי הבא", NEXT_TUE, None),
        ("שלישי הבא", NEXT_TUE, None),
        ("בשלישי הבא", NEXT_TUE, None),
        ("יום ג' הבא", NEXT_TUE, None),
        ("יום ג׳ הבא", NEXT_TUE, None),
        ("ביום שלישי בשבוע הבא", NEXT_TUE, None),
        ("ביום שלישי", TUE, None),
        ("יום שלישי", TUE, None),
        ("בשלישי", TUE, None),
        ("יום שישי", FRI, None),
        ("עד יום חמישי", THU, None),
        ("שבת הבאה", DEC_5, None),
        ("בעוד שבועיים", IN_2_WEEKS, None),
        ("בעוד 3 ימים", THU, None),
        ("בעוד שלושה ימים", THU, None),
        ("בעוד שבוע", NEXT_MON, None),
        ("עוד שבוע", NEXT_MON, None),
        ("בעוד חודש", IN_A_MONTH, None),
        ("בשבוע הבא", NEXT_MON, None),
        ("בחודש הבא", DEC_1ST, None),
        ("5 בדצמבר", DEC_5, None),
        ("ה-5 בדצמבר", DEC_5, None),
        ("ב-5 בדצמבר", DEC_5, None),
        ("5 לדצמבר 2027", DEC_5_2027, None),
        ("ה-5 לחודש", DEC_5, None),
        ("מחר בשעה 15:00", TUE, T15),
        ("מחר ב 15:00", TUE, T15),
        ("מחר ב15:00", TUE, T15),
        ("היום ב-15:30", TODAY, T1530),
        ("מחר ב-8 בערב", TUE, T20),
        ('מחר בשעה 3 אחה"צ', TUE, T15),
    ],
    "zh-Hans": [
        ("明天", TUE, None),
        ("后天", WED, None),
        ("大后天", THU, None),
        ("下周二", NEXT_TUE, None),
        ("下星期二", NEXT_TUE, None),
        ("下个星期二", NEXT_TUE, None),
        ("下礼拜二", NEXT_TUE, None),
        ("周二", TUE, None),
        ("星期五", FRI, None),
        ("礼拜五", FRI, None),
        ("这周五", FRI, None),
        ("本周五", FRI, None),
        ("礼拜天", SUN, None),
        ("两周后", IN_2_WEEKS, None),
        ("2周后", IN_2_WEEKS, None),
        ("两个星期后", IN_2_WEEKS, None),
        ("三天后", THU, None),
        ("3天以后", THU, None),
        ("一个月后", IN_A_MONTH, None),
        ("下周", NEXT_MON, None),
        ("下个月", DEC_1ST, None),
        ("12月5日", DEC_5, None),
        ("12月5号", DEC_5, None),
        ("十二月五日", DEC_5, None),
        ("5号", DEC_5, None),
        ("下个月5号", DEC_5, None),
        ("2027年12月5日", DEC_5_2027, None),
        ("明天下午3点", TUE, T15),
        ("明天下午三点半", TUE, T1530),
        ("今晚8点", TODAY, T20),
        ("明早9点", TUE, T9),
        ("下周二下午3点", NEXT_TUE, T15),
        ("１２月５日", DEC_5, None),  # full-width digits from a Chinese IME
    ],
    "zh-Hant": [
        ("明天", TUE, None),
        ("後天", WED, None),
        ("下週二", NEXT_TUE, None),
        ("下星期二", NEXT_TUE, None),
        ("下個星期二", NEXT_TUE, None),
        ("下禮拜二", NEXT_TUE, None),
        ("週二", TUE, None),
        ("禮拜三", WED, None),
        ("這週五", FRI, None),
        ("週日", SUN, None),
        ("兩週後", IN_2_WEEKS, None),
        ("兩個星期後", IN_2_WEEKS, None),
        ("三天後", THU, None),
        ("一個月後", IN_A_MONTH, None),
        ("下週", NEXT_MON, None),
        ("下個月", DEC_1ST, None),
        ("12月5日", DEC_5, None),
        ("12月5號", DEC_5, None),
        ("下個月5號", DEC_5, None),
        ("明天下午3點", TUE, T15),
        ("明天下午三點半", TUE, T1530),
        ("下週三下午3點", NEXT_WED, T15),
    ],
    "it": [
        ("domani", TUE, None),
        ("dopodomani", WED, None),
        ("martedì prossimo", NEXT_TUE, None),
        ("martedi prossimo", NEXT_TUE, None),
        ("Martedì prossimo", NEXT_TUE, None),
        ("prossimo martedì", NEXT_TUE, None),
        ("il prossimo martedì", NEXT_TUE, None),
        ("martedì della prossima settimana", NEXT_TUE, None),
        ("la prossima domenica", NEXT_SUN, None),
        ("sabato prossimo", DEC_5, None),
        ("martedì", TUE, None),
        ("venerdì", FRI, None),
        ("entro venerdì", FRI, None),
        ("tra 2 settimane", IN_2_WEEKS, None),
        ("fra due settimane", IN_2_WEEKS, None),
        ("tra tre giorni", THU, None),
        ("tra una settimana", NEXT_MON, None),
        ("tra un mese", IN_A_MONTH, None),
        ("fra quindici giorni", date(2026, 12, 8), None),
        ("la settimana prossima", NEXT_MON, None),
        ("il mese prossimo", DEC_1ST, None),
        ("5 dicembre", DEC_5, None),
        ("il 5 dicembre", DEC_5, None),
        ("5 dic", DEC_5, None),
        ("1° dicembre", DEC_1ST, None),
        ("il 5", DEC_5, None),
        ("5 dicembre 2027", DEC_5_2027, None),
        ("domani alle 15", TUE, T15),
        ("domani alle 15:30", TUE, T1530),
        ("domani alle 15.30", TUE, T1530),
        ("domani alle ore 15", TUE, T15),
        ("domani alle 3 del pomeriggio", TUE, T15),
        ("stasera alle 20", TODAY, T20),
        ("lunedì alle 9:30", NEXT_MON, time(9, 30)),
    ],
}


@pytest.mark.parametrize("language", sorted(PHRASES))
def test_every_language_has_fifteen_phrases_or_more(language: str) -> None:
    assert len(PHRASES[language]) >= 15


@pytest.mark.parametrize(
    ("text", "day", "moment"),
    [phrase for phrases in PHRASES.values() for phrase in phrases],
    ids=[text for phrases in PHRASES.values() for text, _, _ in phrases],
)
def test_a_phrase_means_its_date(text: str, day: date, moment: time | None) -> None:
    when = parse_when(text, MONDAY)
    assert (when.day, when.time_of_day) == (day, moment)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("yesterday", date(2026, 11, 22)),
        ("3 days ago", date(2026, 11, 20)),
        ("2 weeks", date(2026, 11, 9)),  # no direction given: looking back
        ("last tuesday", date(2026, 11, 17)),
        ("tuesday", date(2026, 11, 17)),  # a bare weekday, looking back
        ("the 5th", date(2026, 11, 5)),
        ("hôm qua", date(2026, 11, 22)),
        ("hôm kia", date(2026, 11, 21)),
        ("3 ngày trước", date(2026, 11, 20)),
        ("thứ ba tuần trước", date(2026, 11, 17)),
        ("昨天", date(2026, 11, 22)),
        ("上周二", date(2026, 11, 17)),
        ("上個禮拜二", date(2026, 11, 17)),
        ("3天前", date(2026, 11, 20)),
        ("ieri", date(2026, 11, 22)),
        ("l’altro ieri", date(2026, 11, 21)),
        ("martedì scorso", date(2026, 11, 17)),
        ("lo scorso martedì", date(2026, 11, 17)),
        ("3 giorni fa", date(2026, 11, 20)),
        ("אתמול", date(2026, 11, 22)),
        ("לפני שבוע", date(2026, 11, 16)),
        ("לפני יומיים", date(2026, 11, 21)),
        ("יום שלישי שעבר", date(2026, 11, 17)),
        ("5 dicembre", date(2025, 12, 5)),  # no year, looking back: the last one
        ("12月5日", date(2025, 12, 5)),
        ("ngày 5 tháng 12", date(2025, 12, 5)),
    ],
)
def test_past_phrases_look_back(text: str, day: date) -> None:
    assert parse_past_or_present(text, MONDAY).day == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("next tuesday", date(2026, 12, 1)),  # Tuesday of next week, from a Saturday
        ("tuesday", date(2026, 12, 1)),  # the coming Tuesday
        ("thứ bảy", date(2026, 12, 5)),  # today is Saturday: the next one
        ("下周六", date(2026, 12, 5)),
        ("这周六", date(2026, 11, 28)),  # this week's Saturday is today
        ("domenica", date(2026, 11, 29)),
        ("יום ראשון", date(2026, 11, 29)),
        ("next week", date(2026, 11, 30)),
    ],
)
def test_weeks_are_counted_from_a_saturday_too(text: str, day: date) -> None:
    assert parse_when(text, SATURDAY).day == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("next week", date(2026, 11, 30)),  # tomorrow: the week starts on Monday
        ("next monday", date(2026, 11, 30)),
        ("sunday", date(2026, 12, 6)),  # a bare weekday is never today
        ("this sunday", date(2026, 11, 29)),
        ("domenica prossima", date(2026, 12, 6)),
        ("chủ nhật tuần sau", date(2026, 12, 6)),
        ("下周日", date(2026, 12, 6)),
        ("יום ראשון הבא", date(2026, 12, 6)),
    ],
)
def test_weeks_are_counted_from_a_sunday_too(text: str, day: date) -> None:
    assert parse_when(text, SUNDAY).day == day


@pytest.mark.parametrize(
    ("languages", "expected"),
    [
        (["it"], date(2026, 12, 5)),
        (["vi", "en"], date(2026, 12, 5)),
        (["he-IL"], date(2026, 12, 5)),
        (["en_GB"], date(2026, 12, 5)),
        (["en-US"], date(2027, 5, 12)),
    ],
)
def test_5_12_is_read_the_way_the_ui_language_writes_it(
    languages: list[str], expected: date
) -> None:
    assert parse_when("5/12", MONDAY, languages=languages).day == expected


@pytest.mark.parametrize("languages", [None, [], ["en"], ["fr"]])
def test_5_12_is_refused_when_the_language_does_not_say_which_is_the_day(
    languages: list[str] | None,
) -> None:
    with pytest.raises(DateParseError):
        parse_when("5/12", MONDAY, languages=languages)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("25/12", date(2026, 12, 25)),  # month 25 does not exist: one reading only
        ("12/25", date(2026, 12, 25)),
        ("5/5", date(2027, 5, 5)),  # both readings agree
        ("2026/12/05", date(2026, 12, 5)),  # year first is never ambiguous
        ("5.12.2027", date(2027, 12, 5)),  # with an Italian UI, below
    ],
)
def test_numeric_dates_that_have_one_reading(text: str, expected: date) -> None:
    assert parse_when(text, MONDAY, languages=["it"]).day == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "banana",
        "a",
        "32/13",
        "5/12",  # the 5th of December or May 12: not guessed without a language
        "next blursday",
        "ngày 40",
        "40 dicembre",
        "31 febbraio",
        "2月30日",
        "2027年2月29日",
        "下周八",
        "25:00",
        "13pm",
        "domani alle 25",
        "at 5",  # 5 am or 5 pm?
        "friday at 5",
        "december",  # a month is not a day
        "dicembre",
        "tháng 12",
        "12月",
        "בדצמבר",
        "ב-5",  # dateparser would make it 5 November, in the past
        "lunedi 9",  # and this 9 November
        "the twelfth of never",
    ],
)
def test_what_is_not_a_date_is_refused_never_guessed(text: str) -> None:
    with pytest.raises(DateParseError):
        parse_when(text, MONDAY)


def test_dateparser_is_not_trusted_with_a_date_a_century_away() -> None:
    """dateparser 1.5 reads '12月5日' as 2112; our rule reads it first, and anything that
    would still land that far away is refused rather than saved."""
    assert parse_when("12月5日", MONDAY).day == DEC_5
    with pytest.raises(DateParseError):
        parse_when("in 200 years", MONDAY)
    assert parse_when("5 December 2040", MONDAY).day == date(2040, 12, 5)  # a typed year


def test_dateparser_still_reads_what_our_rules_do_not() -> None:
    assert parse_when("next year", MONDAY).day == date(2027, 11, 23)
    assert parse_when("Tue, 1 Dec 2026", MONDAY).day == date(2026, 12, 1)


def test_no_word_means_two_things_in_two_languages() -> None:
    assert conflicts(module.VOCABULARY for module in LANGUAGE_MODULES.values()) == []


def test_our_rules_answer_without_loading_dateparser() -> None:
    """dateparser takes a while to import: the phrases people type must not need it."""
    script = (
        "import sys\n"
        "from datetime import datetime\n"
        "from partnerbook.domain.dates import parse_when\n"
        "now = datetime(2026, 11, 23, 9, 30)\n"
        "for text in ('下周二', 'thứ ba tuần sau', 'martedì prossimo', 'יום שלישי הבא',\n"
        "             'tomorrow 3pm', '12月5日', 'in 2 weeks', 'dopodomani'):\n"
        "    parse_when(text, now)\n"
        "print('dateparser' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


@pytest.mark.parametrize(
    "text", ["now", "Right now", "bây giờ", "bay gio", "עכשיו", "现在", "現在", "adesso"]
)
def test_now_in_every_language_is_this_minute(text: str) -> None:
    when = parse_when(text, MONDAY)
    assert (when.day, when.time_of_day) == (MONDAY.date(), MONDAY.time().replace(second=0))
