"""Italian: "martedì prossimo", "tra 2 settimane", "dopodomani", "il 5", "domani alle 15"."""

from __future__ import annotations

import re
from datetime import date

from partnerbook.domain.date_rules import days
from partnerbook.domain.date_rules.base import ClockReader, Context, Part, Rule, Unit, Vocabulary

_DAY, _WEEK, _MONTH, _YEAR = (Unit.DAY, 1), (Unit.WEEK, 1), (Unit.MONTH, 1), (Unit.YEAR, 1)
_NEXT_WEEK, _LAST_WEEK = (Unit.WEEK, 1), (Unit.WEEK, -1)
_NEXT_MONTH, _LAST_MONTH = (Unit.MONTH, 1), (Unit.MONTH, -1)

VOCABULARY = Vocabulary(
    numbers={
        "un": 1, "uno": 1, "una": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6,
        "sette": 7, "otto": 8, "nove": 9, "dieci": 10, "undici": 11, "dodici": 12,
        "quindici": 15, "venti": 20, "trenta": 30,
    },
    units={
        "giorno": _DAY, "giorni": _DAY, "settimana": _WEEK, "settimane": _WEEK,
        "mese": _MONTH, "mesi": _MONTH, "anno": _YEAR, "anni": _YEAR,
    },
    weekdays={
        "lunedì": 0, "martedì": 1, "mercoledì": 2, "giovedì": 3, "venerdì": 4, "sabato": 5,
        "domenica": 6,
    },
    months={
        "gennaio": 1, "gen": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5,
        "mag": 5, "giugno": 6, "giu": 6, "luglio": 7, "lug": 7, "agosto": 8, "ago": 8,
        "settembre": 9, "set": 9, "ottobre": 10, "ott": 10, "novembre": 11,
        "dicembre": 12, "dic": 12,
    },
    relative_days={
        "oggi": 0, "domani": 1, "dopodomani": 2, "dopo domani": 2, "ieri": -1,
        "l'altro ieri": -2, "l'altroieri": -2, "altroieri": -2, "ieri l'altro": -2,
        "avantieri": -2,
    },
    periods={
        "la settimana prossima": _NEXT_WEEK, "settimana prossima": _NEXT_WEEK,
        "la prossima settimana": _NEXT_WEEK, "prossima settimana": _NEXT_WEEK,
        "la settimana scorsa": _LAST_WEEK, "settimana scorsa": _LAST_WEEK,
        "la scorsa settimana": _LAST_WEEK, "scorsa settimana": _LAST_WEEK,
        "il mese prossimo": _NEXT_MONTH, "mese prossimo": _NEXT_MONTH,
        "il prossimo mese": _NEXT_MONTH, "prossimo mese": _NEXT_MONTH,
        "il mese scorso": _LAST_MONTH, "mese scorso": _LAST_MONTH,
        "lo scorso mese": _LAST_MONTH, "scorso mese": _LAST_MONTH,
    },
    before_weekday={
        "il prossimo": 1, "la prossima": 1, "prossimo": 1, "prossima": 1, "questo": 0,
        "questa": 0, "lo scorso": -1, "la scorsa": -1, "scorso": -1, "scorsa": -1,
    },
    after_weekday={
        "prossimo": 1, "prossima": 1, "della prossima settimana": 1,
        "della settimana prossima": 1, "di questa settimana": 0, "questa settimana": 0,
        "scorso": -1, "scorsa": -1, "della settimana scorsa": -1,
        "della scorsa settimana": -1,
    },
    future_before=("tra", "fra"),
    future_after=("da oggi", "da adesso", "da ora"),
    past_after=("fa",),
    fillers=("il", "lo", "la", "di", "per", "entro", "a"),
    parts_of_day={
        "di mattina": Part.MORNING, "la mattina": Part.MORNING, "mattina": Part.MORNING,
        "di mattino": Part.MORNING, "mattino": Part.MORNING,
        "del pomeriggio": Part.AFTERNOON, "il pomeriggio": Part.AFTERNOON,
        "pomeriggio": Part.AFTERNOON, "di sera": Part.AFTERNOON, "la sera": Part.AFTERNOON,
        "sera": Part.AFTERNOON, "di notte": Part.NIGHT, "notte": Part.NIGHT,
    },
    day_parts={
        "stasera": ("oggi", Part.AFTERNOON), "stamattina": ("oggi", Part.MORNING),
        "stamani": ("oggi", Part.MORNING), "stanotte": ("oggi", Part.NIGHT),
        "domattina": ("domani", Part.MORNING),
    },
    noon=("a mezzogiorno", "mezzogiorno"),
    at_words=("alle ore", "alle", "ore", "per le", "verso le", "dalle"),
)  # fmt: skip

_DAY_OF_MONTH = re.compile(
    r"^(?:(?:per|entro)\s+)?(?:il\s+|l')(?P<d>\d{1,2})(?:°|o)?"
    r"(?:\s+del\s+mese(?:\s+(?P<which>prossimo|scorso))?|\s+di\s+questo\s+mese)?$"
)
_WHICH_MONTH = {"prossimo": 1, "scorso": -1}


def _day_of_month(text: str, context: Context) -> date | None:
    """ "il 5", "l'8", "il 5 del mese prossimo"."""
    match = _DAY_OF_MONTH.match(text)
    if match is None:
        return None
    which = _WHICH_MONTH.get(match.group("which") or "")
    if which is None and "mese" in text:
        which = 0
    return days.nth_of_month(int(match.group("d")), context, which)


RULES: tuple[Rule, ...] = (_day_of_month,)
CLOCKS: tuple[ClockReader, ...] = ()
