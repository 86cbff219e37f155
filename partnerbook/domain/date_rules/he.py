"""Hebrew: "יום שלישי הבא", "בעוד שבועיים", "5 בדצמבר", "ה-5 לחודש", "מחר בשעה 15:00".

Hebrew writes ב (on/at), ה (the) and ל (to/of) onto the next word, with or without a
hyphen before a number: "בשלישי", "ה-5", "ב15:00". Weekdays go with or without "יום",
also as letters ("יום ג'").
"""

from __future__ import annotations

import re
from datetime import date

from partnerbook.domain.date_rules import days
from partnerbook.domain.date_rules.base import ClockReader, Context, Part, Rule, Unit, Vocabulary

_NEXT_WEEK, _LAST_WEEK = (Unit.WEEK, 1), (Unit.WEEK, -1)
_NEXT_MONTH, _LAST_MONTH = (Unit.MONTH, 1), (Unit.MONTH, -1)

VOCABULARY = Vocabulary(
    numbers={
        "אחד": 1, "אחת": 1, "שניים": 2, "שתיים": 2, "שני": 2, "שתי": 2, "שלושה": 3,
        "שלוש": 3, "ארבעה": 4, "ארבע": 4, "חמישה": 5, "חמש": 5, "שישה": 6, "שש": 6,
        "שבעה": 7, "שבע": 7, "שמונה": 8, "תשעה": 9, "תשע": 9, "עשרה": 10, "עשר": 10,
    },
    units={
        "יום": (Unit.DAY, 1), "ימים": (Unit.DAY, 1), "יומיים": (Unit.DAY, 2),
        "שבוע": (Unit.WEEK, 1), "שבועות": (Unit.WEEK, 1), "שבועיים": (Unit.WEEK, 2),
        "חודש": (Unit.MONTH, 1), "חודשים": (Unit.MONTH, 1), "חודשיים": (Unit.MONTH, 2),
        "שנה": (Unit.YEAR, 1), "שנים": (Unit.YEAR, 1), "שנתיים": (Unit.YEAR, 2),
    },
    weekdays={
        "ראשון": 6, "שני": 0, "שלישי": 1, "רביעי": 2, "חמישי": 3, "שישי": 4, "שבת": 5,
        "א'": 6, "ב'": 0, "ג'": 1, "ד'": 2, "ה'": 3, "ו'": 4,
    },
    months={
        "ינואר": 1, "פברואר": 2, "מרץ": 3, "מרס": 3, "אפריל": 4, "מאי": 5, "יוני": 6,
        "יולי": 7, "אוגוסט": 8, "ספטמבר": 9, "אוקטובר": 10, "נובמבר": 11, "דצמבר": 12,
    },
    relative_days={"היום": 0, "מחר": 1, "מחרתיים": 2, "אתמול": -1, "שלשום": -2},
    periods={
        "שבוע הבא": _NEXT_WEEK, "בשבוע הבא": _NEXT_WEEK, "השבוע הבא": _NEXT_WEEK,
        "שבוע שעבר": _LAST_WEEK, "בשבוע שעבר": _LAST_WEEK, "השבוע שעבר": _LAST_WEEK,
        "חודש הבא": _NEXT_MONTH, "בחודש הבא": _NEXT_MONTH, "החודש הבא": _NEXT_MONTH,
        "חודש שעבר": _LAST_MONTH, "בחודש שעבר": _LAST_MONTH, "החודש שעבר": _LAST_MONTH,
    },
    after_weekday={
        "הבא": 1, "הבאה": 1, "בשבוע הבא": 1, "של השבוע הבא": 1, "השבוע": 0, "הזה": 0,
        "הזאת": 0, "שעבר": -1, "שעברה": -1, "בשבוע שעבר": -1, "הקרוב": None,
        "הקרובה": None,
    },
    future_before=("בעוד", "עוד", "תוך"),
    future_after=("מהיום", "מעכשיו"),
    past_before=("לפני",),
    fillers=("ביום", "יום", "עד", "עד יום"),
    attached_prefixes=("ב", "ה", "ל"),
    parts_of_day={
        "בבוקר": Part.MORNING, "בצהריים": Part.MIDDAY, "בצהרים": Part.MIDDAY,
        "אחר הצהריים": Part.AFTERNOON, "אחרי הצהריים": Part.AFTERNOON,
        'אחה"צ': Part.AFTERNOON, "בערב": Part.AFTERNOON, "בלילה": Part.NIGHT,
    },
    day_parts={
        "הבוקר": ("היום", Part.MORNING), "הערב": ("היום", Part.AFTERNOON),
        "הלילה": ("היום", Part.NIGHT),
    },
    at_words=("בשעה",),
)  # fmt: skip

_DAY_OF_MONTH = re.compile(  # "ה-5", "ה-5 לחודש", "ב-5 לחודש", "ב-5 בחודש הבא"
    r"^(?:עד\s+)?(?:ה-?(?P<d>\d{1,2})(?:\s+לחודש)?|ב-?(?P<d2>\d{1,2})\s+לחודש"
    r"|[בה]-?(?P<d3>\d{1,2})\s+(?P<which>בחודש הבא|לחודש הבא|בחודש שעבר|לחודש שעבר))$"
)


def _day_of_month(text: str, context: Context) -> date | None:
    match = _DAY_OF_MONTH.match(text)
    if match is None:
        return None
    day = match.group("d") or match.group("d2") or match.group("d3")
    which = match.group("which")
    months = None if which is None else (1 if which.endswith("הבא") else -1)
    return days.nth_of_month(int(day), context, months)


RULES: tuple[Rule, ...] = (_day_of_month,)
CLOCKS: tuple[ClockReader, ...] = ()
