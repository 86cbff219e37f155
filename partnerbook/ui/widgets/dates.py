"""Dates typed into fields: the locale's format, ISO, or words ("yesterday", "3 Nov")."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from partnerbook.domain.dates import DateParseError, parse_past_or_present
from partnerbook.errors import UsageError


def format_date(value: date | None, long: bool = False) -> str:
    if value is None:
        return ""
    fmt = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().toString(QDate(value.year, value.month, value.day), fmt)


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
    for fmt in (QLocale.FormatType.ShortFormat, QLocale.FormatType.LongFormat):
        parsed = locale.toDate(cleaned, fmt)
        if parsed.isValid():
            return date(parsed.year(), parsed.month(), parsed.day())
    try:
        return parse_past_or_present(cleaned, datetime.now()).day
    except DateParseError as error:
        raise UsageError(
            QCoreApplication.translate("Dates", "'%1' is not a date.").replace("%1", cleaned)
        ) from error
