"""Stay-in-touch rhythm: an ideal and a 'too long' mark, in days or weeks."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QSpinBox, QWidget

from partnerbook.domain.enums import CadenceState
from partnerbook.ui.autosave import AutoSaver
from partnerbook.ui.widgets.dates import format_date

MAX_DAYS = 3650


class _Interval(QWidget):
    """A number and a unit; 0 means 'not set'. Weeks when the days divide by seven."""

    changed = Signal()

    def __init__(self, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.number = QSpinBox(self)
        self.number.setRange(0, MAX_DAYS)
        self.number.setSpecialValueText(self.tr("not set"))
        self.number.setAccessibleName(accessible)
        self.unit = QComboBox(self)
        self.unit.addItem(self.tr("days"), 1)
        self.unit.addItem(self.tr("weeks"), 7)
        self.unit.setAccessibleName(self.tr("%1 unit").replace("%1", accessible))
        layout.addWidget(self.number, 0, 0)
        layout.addWidget(self.unit, 0, 1)
        self.number.editingFinished.connect(self.changed)
        self.unit.activated.connect(lambda _i: self.changed.emit())

    def days(self) -> int | None:
        value = self.number.value()
        return value * int(self.unit.currentData()) if value else None

    def set_days(self, days: int | None) -> None:
        if days and days % 7 == 0:
            self.unit.setCurrentIndex(1)
            self.number.setValue(days // 7)
        else:
            self.unit.setCurrentIndex(0)
            self.number.setValue(days or 0)


class CadenceEditor(QWidget):
    def __init__(self, saver: AutoSaver, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        self.ideal = _Interval(self.tr("Ideal rhythm"), self)
        self.too_long = _Interval(self.tr("Too long after"), self)
        # One above the other: side by side they made the whole page 620 px wide at least.
        grid.addWidget(QLabel(self.tr("Ideally every"), self), 0, 0)
        grid.addWidget(self.ideal, 0, 1)
        grid.addWidget(QLabel(self.tr("Too long after"), self), 1, 0)
        grid.addWidget(self.too_long, 1, 1)
        grid.setColumnStretch(2, 1)
        self.state = QLabel(self)
        self.state.setObjectName("Muted")
        self.state.setWordWrap(True)
        grid.addWidget(self.state, 2, 0, 1, 3)
        saver.bind_custom(
            self.ideal,
            "cadence_ideal_days",
            self.tr("Ideal rhythm"),
            read=self.ideal.days,
            write=self.ideal.set_days,
            changed=self.ideal.changed,
        )
        saver.bind_custom(
            self.too_long,
            "cadence_too_long_days",
            self.tr("Too long after"),
            read=self.too_long.days,
            write=self.too_long.set_days,
            changed=self.too_long.changed,
        )

    def show_state(self, last_contact: date | None, state: CadenceState) -> None:
        if last_contact is None:
            text = self.tr("No interaction logged yet.")
        else:
            days = (date.today() - last_contact).days
            when = format_date(last_contact, long=True)
            if days == 0:
                text = self.tr("Last contact today.")
            elif days == 1:
                text = self.tr("Last contact yesterday.")
            else:
                text = (
                    self.tr("Last contact %1, %2 days ago.")
                    .replace("%1", when)
                    .replace("%2", QLocale().toString(days))
                )
        if state is CadenceState.NONE:
            text += " " + self.tr("Set a rhythm to be reminded when it is time to get in touch.")
        self.state.setText(text)
