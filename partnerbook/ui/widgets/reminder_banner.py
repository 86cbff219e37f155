"""An in-app reminder: a band above the view, when the desktop has no tray to notify."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

if TYPE_CHECKING:  # reminders are looked for after the first paint, not at start
    from partnerbook.services.reminders import Reminder


class ReminderBanner(QFrame):
    open_requested = Signal(int)
    snooze_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReminderBanner")
        self._pending: list[Reminder] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 6, 8, 6)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setAccessibleName(self.tr("Reminder"))
        layout.addWidget(self.text, 1)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.clicked.connect(self._open)
        self.snooze_button = QPushButton(self.tr("Tomorrow"), self)
        self.snooze_button.setToolTip(self.tr("Remind me tomorrow morning"))
        self.snooze_button.clicked.connect(self._snooze)
        close = QToolButton(self)
        close.setText("✕")
        close.setObjectName("RemoveButton")
        close.setAccessibleName(self.tr("Close the reminder"))
        close.clicked.connect(self._next)
        for widget in (self.open_button, self.snooze_button, close):
            layout.addWidget(widget)
        self.hide()

    def add(self, reminders: list[Reminder]) -> None:
        self._pending.extend(reminders)
        if not self.isVisible():
            self._next()

    def current(self) -> Reminder | None:
        return self._pending[0] if self._pending and self.isVisible() else None

    def _show(self, reminder: Reminder) -> None:
        who = f" — {reminder.who}" if reminder.who else ""
        more = len(self._pending) - 1
        text = self.tr("Follow up now: %1").replace("%1", reminder.title) + who
        if more:
            text += "  " + self.tr("(and %1 more)").replace("%1", str(more))
        self.text.setText(text)
        self.show()

    def _next(self) -> None:
        if self.isVisible() and self._pending:
            self._pending.pop(0)
        if self._pending:
            self._show(self._pending[0])
        else:
            self.hide()

    def _open(self) -> None:
        reminder = self.current()
        if reminder is not None:
            self.open_requested.emit(reminder.entry_id)
            self._next()

    def _snooze(self) -> None:
        reminder = self.current()
        if reminder is not None:
            self.snooze_requested.emit(reminder.entry_id)
            self._next()
