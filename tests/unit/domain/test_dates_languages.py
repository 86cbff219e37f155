"""Dates as native speakers type them, in every language our users write.

"Now" is Monday 23 November 2026, 09:30. Weeks start on Monday: "next Tuesday" (and its
equivalents) is Tuesday 1 December, a bare "Tuesday" is the coming one (24 November).
"""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from partnerbook.domain.dates import DateParseError, parse_past_or_present, parse_when

MONDAY = datetime(2026, 11, 23, 9, 30)
SATURDAY = datetime(2026, 11, 28, 18, 0)

TUE = date(2026, 11, 24)
WED = date(2026, 11, 25)
FRI = date(2026, 11, 27)
NEXT_TUE = date(2026, 12, 1)
NEXT_MON = date(2026, 11, 30)
IN_2_WEEKS = date(2026, 12, 7)
DEC_5 = date(2026, 12, 5)
DEC_1ST = date(2026, 12, 1)

T15 = time(15, 0)
T1530 = time(15, 30)

PHRASES: dict[str, list[tuple[str, date, time | None]]] = {
    "en": [
        ("tomorrow", TUE, None),
        ("Tomorrow 3pm", TUE, T15),
        ("tomorrow at 3:30 pm", TUE, T1530),
        ("next tuesday", NEXT_TUE, None),
        ("Next Tue", NEXT_TUE, None),
        ("tuesday next week", NEXT_TUE, None),
        ("on Tuesday", TUE, None),
        ("this friday", FRI, None),
        ("in 2 weeks", IN_2_WEEKS, None),
        ("in two weeks", IN_2_WEEKS, None),
        ("a week from now", NEXT_MON, None),
        ("in 3 days", date(2026, 11, 26), None),
        ("day after tomorrow", WED, None),
        ("next week", NEXT_MON, None),
        ("next month", DEC_1ST, None),
        ("5 December", DEC_5, None),
        ("Dec 5th", DEC_5, None),
        ("december 5, 2027", date(2027, 12, 5), None),
        ("today at noon", date(2026, 11, 23), time(12, 0)),
        ("15:30", date(2026, 11, 23), T1530),
    ],
    "vi": [
        ("ngày mai", TUE, None),
        ("ngay mai", TUE, None),
        ("mai", TUE, None),
        ("ngày kia", WED, None),
        ("mốt", WED, None),
        ("thứ ba tuần sau", NEXT_TUE, None),
        ("thu ba tuan sau", NEXT_TUE, None),
        ("thứ 3 tuần tới", NEXT_TUE, None),
        ("thứ ba", TUE, None),
        ("thứ sáu tuần này", FRI, None),
        ("2 tuần nữa", IN_2_WEEKS, None),
        ("hai tuần nữa", IN_2_WEEKS, None),
        ("sau 2 tuần", IN_2_WEEKS, None),
        ("3 ngày nữa", date(2026, 11, 26), None),
        ("tuần sau", NEXT_MON, None),
        ("tháng sau", DEC_1ST, None),
        ("ngày 5 tháng 12", DEC_5, None),
        ("5 tháng 12", DEC_5, None),
        ("ngày mai lúc 15:00", TUE, T15),
        ("3 giờ chiều thứ sáu", FRI, T15),
        ("15h30 ngày mai", TUE, T1530),
    ],
    "he": [
        ("מחר", TUE, None),
        ("מחרתיים", WED, None),
        ("יום שלישי הבא", NEXT_TUE, None),
        ("ביום שלישי הבא", NEXT_TUE, None),
        ("שלישי הבא", NEXT_TUE, None),
        ("ביום שלישי", TUE, None),
        ("יום שלישי", TUE, None),
        ("בשלישי", TUE, None),
        ("יום שישי", FRI, None),
        ("בעוד שבועיים", IN_2_WEEKS, None),
        ("בעוד 3 ימים", date(2026, 11, 26), None),
        ("בעוד שלושה ימים", date(2026, 11, 26), None),
        ("בעוד שבוע", NEXT_MON, None),
        ("בשבוע הבא", NEXT_MON, None),
        ("בחודש הבא", DEC_1ST, None),
        ("5 בדצמבר", DEC_5, None),
        ("ה-5 בדצמבר", DEC_5, None),
        ("מחר בשעה 15:00", TUE, T15),
        ("היום ב-15:30", date(2026, 11, 23), T1530),
    ],
    "zh-Hans": [
        ("明天", TUE, None),
        ("后天", WED, None),
        ("下周二", NEXT_TUE, None),
        ("下星期二", NEXT_TUE, None),
        ("下个星期二", NEXT_TUE, None),
        ("下礼拜二", NEXT_TUE, None),
        ("周二", TUE, None),
        ("星期五", FRI, None),
        ("这周五", FRI, None),
        ("本周五", FRI, None),
        ("两周后", IN_2_WEEKS, None),
        ("2周后", IN_2_WEEKS, None),
        ("三天后", date(2026, 11, 26), None),
        ("一个月后", date(2026, 12, 23), None),
        ("下周", NEXT_MON, None),
        ("下个月", DEC_1ST, None),
        ("12月5日", DEC_5, None),
        ("12月5号", DEC_5, None),
        ("2027年12月5日", date(2027, 12, 5), None),
        ("明天下午3点", TUE, T15),
        ("明天下午三点半", TUE, T1530),
    ],
    "zh-Hant": [
        ("明天", TUE, None),
        ("後天", WED, None),
        ("下週二", NEXT_TUE, None),
        ("下星期二", NEXT_TUE, None),
        ("下個星期二", NEXT_TUE, None),
        ("下禮拜二", NEXT_TUE, None),
        ("週二", TUE, None),
        ("這週五", FRI, None),
        ("兩週後", IN_2_WEEKS, None),
        ("三天後", date(2026, 11, 26), None),
        ("一個月後", date(2026, 12, 23), None),
        ("下週", NEXT_MON, None),
        ("下個月", DEC_1ST, None),
        ("12月5日", DEC_5, None),
        ("12月5號", DEC_5, None),
        ("明天下午3點", TUE, T15),
        ("明天下午三點半", TUE, T1530),
    ],
    "it": [
        ("domani", TUE, None),
        ("dopodomani", WED, None),
        ("martedì prossimo", NEXT_TUE, None),
        ("martedi prossimo", NEXT_TUE, None),
        ("prossimo martedì", NEXT_TUE, None),
        ("martedì della prossima settimana", NEXT_TUE, None),
        ("martedì", TUE, None),
        ("venerdì", FRI, None),
        ("tra 2 settimane", IN_2_WEEKS, None),
        ("fra due settimane", IN_2_WEEKS, None),
        ("tra tre giorni", date(2026, 11, 26), None),
        ("tra una settimana", NEXT_MON, None),
        ("la settimana prossima", NEXT_MON, None),
        ("il mese prossimo", DEC_1ST, None),
        ("5 dicembre", DEC_5, None),
        ("il 5 dicembre", DEC_5, None),
        ("5 dic", DEC_5, None),
        ("domani alle 15", TUE, T15),
        ("domani alle 15:30", TUE, T1530),
        ("domani alle 15.30", TUE, T1530),
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
        ("last tuesday", date(2026, 11, 17)),
        ("tuesday", date(2026, 11, 17)),  # a bare weekday, looking back
        ("hôm qua", date(2026, 11, 22)),
        ("3 ngày trước", date(2026, 11, 20)),
        ("thứ ba tuần trước", date(2026, 11, 17)),
        ("昨天", date(2026, 11, 22)),
        ("上周二", date(2026, 11, 17)),
        ("3天前", date(2026, 11, 20)),
        ("ieri", date(2026, 11, 22)),
        ("martedì scorso", date(2026, 11, 17)),
        ("3 giorni fa", date(2026, 11, 20)),
        ("אתמול", date(2026, 11, 22)),
        ("לפני שבוע", date(2026, 11, 16)),
        ("5 dicembre", date(2025, 12, 5)),  # no year, looking back: the last one
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
        ("domenica", date(2026, 11, 29)),
        ("יום ראשון", date(2026, 11, 29)),
        ("next week", date(2026, 11, 30)),
    ],
)
def test_weeks_are_counted_from_a_saturday_too(text: str, day: date) -> None:
    assert parse_when(text, SATURDAY).day == day


@pytest.mark.parametrize(
    "text",
    [
        "banana",
        "32/13",
        "5/12",  # the 5th of December or May 12: not guessed
        "next blursday",
        "ngày 40",
        "40 dicembre",
        "31 febbraio",
        "2月30日",
        "下周八",
        "25:00",
        "domani alle 25",
    ],
)
def test_what_is_not_a_date_is_refused_never_guessed(text: str) -> None:
    with pytest.raises(DateParseError):
        parse_when(text, MONDAY)


def test_dateparser_is_not_trusted_with_a_date_a_century_away() -> None:
    """dateparser 1.5 reads '12月5日' as 2112; our rule reads it first, and anything it
    would still place that far away is refused rather than saved."""
    assert parse_when("12月5日", MONDAY).day == DEC_5
    with pytest.raises(DateParseError):
        parse_when("in 200 years", MONDAY)
