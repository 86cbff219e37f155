"""Dates typed into fields: the locale's format, ISO, or words ("yesterday", "3 Nov")."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from partnerbook.domain.dates import DateParseError, parse_past_or_present
from partnerbook.errors import UsageError


def format_date(value: date | None, long: bool = False) -> str:
    """The locale's date, always with a four-digit year (2/3/20 could be any century)."""
    if value is None:
        return ""
    locale = QLocale()
    qdate = QDate(value.year, value.month, value.day)
    if long:
        return locale.toString(qdate, QLocale.FormatType.LongFormat)
    return locale.toString(qdate, short_date_format(locale))


def moment_text(value: datetime) -> str:
    """A moment in the user's zone, as the locale writes date and time (short date)."""
    local = value.astimezone()
    locale = QLocale()
    day = format_date(local.date())
    clock = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    return f"{day} {clock}"


def short_date_format(locale: QLocale) -> str:
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def format_number(value: object) -> str:
    """A stored decimal as people write it: 1000, 12.5 (not 1000.00)."""
    if value is None or value == "":
        return ""
    text = f"{value:f}" if not isinstance(value, str) else value
    return text.rstrip("0").rstrip(".") if "." in text else text


def parse_date_text(text: str) -> date | None:
    """Empty means 'no date'; anything else must be a real date or it is refused."""
    cleaned = text.strip()
    if not cleaned:
        return None
    try:
        return date.fromisoformat(cleaned)
    except ValueError:
        pass
    locale = QLocale()
    for fmt in (
        short_date_format(locale),
        locale.dateFormat(QLocale.FormatType.ShortFormat),
        locale.dateFormat(QLocale.FormatType.LongFormat),
    ):
        parsed = locale.toDate(cleaned, fmt)
        if parsed.isValid():
            return date(parsed.year(), parsed.month(), parsed.day())
    try:
        return parse_past_or_present(cleaned, datetime.now()).day
    except DateParseError as error:
        raise UsageError(
            QCoreApplication.translate("Dates", "'%1' is not a date.").replace("%1", cleaned)
        ) from error
