"""A date typed in words, with what was understood shown before anything is saved.

"next tuesday", "thứ ba tuần sau", "下周二" or 2026-12-01: the field parses as the user
types and shows "→ Tuesday, 1 December 2026" beside it, or says plainly that it did not
understand. It never guesses silently: ``value()`` is None until the text is a date.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from partnerbook.domain.dates import DateParseError, When, parse_past_or_present, parse_when
from partnerbook.ui.widgets.form import mark_invalid


def describe_when(when: When) -> str:
    """The understood date as the locale writes it, with the time when one was given."""
    locale = QLocale()
    day = QDate(when.day.year, when.day.month, when.day.day)
    text = locale.toString(day, QLocale.FormatType.LongFormat)
    if when.time_of_day is not None:
        moment = QTime(when.time_of_day.hour, when.time_of_day.minute)
        text += " " + locale.toString(moment, QLocale.FormatType.ShortFormat)
    return text


class WhenField(QWidget):
    changed = Signal()

    def __init__(self, past: bool = False, accessible: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self._past = past
        self._value: When | None = None
        self._error = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.line = QLineEdit(self)
        self.line.setClearButtonEnabled(True)
        self.line.setPlaceholderText(
            self.tr("today, yesterday 15:00…") if past else self.tr("tomorrow, next tuesday…")
        )
        self.line.setAccessibleName(accessible or self.tr("Date"))
        self.preview = QLabel(self)
        self.preview.setObjectName("WhenPreview")
        self.preview.setAccessibleName(self.tr("Date understood"))
        layout.addWidget(self.line, 1)
        layout.addWidget(self.preview, 1)
        self.preview.hide()
        self.setFocusProxy(self.line)
        self.line.textChanged.connect(self._parse)

    def value(self) -> When | None:
        return self._value

    def is_valid(self) -> bool:
        """Empty or understood; a text that is not a date is not valid."""
        return not self._error

    def text(self) -> str:
        return self.line.text()

    def set_text(self, text: str) -> None:
        self.line.setText(text)

    def set_value(self, when: When | None) -> None:
        if when is None:
            self.line.setText("")
            return
        text = when.day.isoformat()
        if when.time_of_day is not None:
            text += " " + when.time_of_day.strftime("%H:%M")
        self.line.setText(text)

    def _parse(self, text: str) -> None:
        cleaned = text.strip()
        self._value, self._error = None, False
        if cleaned:
            parse = parse_past_or_present if self._past else parse_when
            try:
                self._value = parse(cleaned, datetime.now())
            except DateParseError:
                self._error = True
        if self._value is not None:
            arrow = "←" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else "→"
            self.preview.setText(f"{arrow} {describe_when(self._value)}")
        elif self._error:
            self.preview.setText(self.tr("Not a date I understand"))
        else:
            self.preview.setText("")
        self.preview.setToolTip(self.preview.text())
        self.preview.setVisible(bool(self.preview.text()))  # else the field takes the width
        for widget in (self.line, self.preview):
            mark_invalid(widget, self._error)
        self.changed.emit()
