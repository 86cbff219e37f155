"""The "Follow-ups and promises" card of the interaction editor: what came out of the
note, ticked off there, and new ones made from it (a date in words, a promise's owner,
a follow-up's rhythm). Each addition and each tick is one undo step.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from partnerbook.domain.enums import CommitmentOwner
from partnerbook.errors import UserError
from partnerbook.services import follow_ups
from partnerbook.services import interaction_editing as service
from partnerbook.services.editing import trash, untrash
from partnerbook.store.engine import Journal
from partnerbook.store.models import Entry
from partnerbook.ui.bidi import isolated
from partnerbook.ui.events import AppEvents
from partnerbook.ui.labels import label
from partnerbook.ui.messages import translated
from partnerbook.ui.undo import SavedEditCommand
from partnerbook.ui.widgets.dates import format_date
from partnerbook.ui.widgets.form import Card, mark_invalid
from partnerbook.ui.widgets.when_field import WhenField, describe_when


def clear_layout(layout: QLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()


class TasksCard(Card):
    """``reload(entry_id)`` is the editor's: after a change it shows the note afresh."""

    def __init__(
        self,
        journal: Journal,
        events: AppEvents,
        undo_stack: QUndoStack,
        reload: Callable[[int], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Follow-ups and promises"), parent)
        self._journal = journal
        self._events = events
        self._stack = undo_stack
        self._reload = reload
        self._entry_id: int | None = None
        self.task_list = QVBoxLayout()
        self.body.addLayout(self.task_list)
        self.task_kind = QComboBox(self)
        self.task_kind.setAccessibleName(self.tr("Follow-up or promise"))
        self.task_kind.addItem(self.tr("Follow up"), None)
        self.task_kind.addItem(label(CommitmentOwner.ME), CommitmentOwner.ME.value)
        self.task_kind.addItem(label(CommitmentOwner.THEM), CommitmentOwner.THEM.value)
        self.task_text = QLineEdit(self)
        self.task_text.setPlaceholderText(self.tr("What is to be done"))
        self.task_text.setAccessibleName(self.tr("What is to be done"))
        self.task_due = WhenField(accessible=self.tr("By when"), parent=self)
        self.task_due.line.setPlaceholderText(self.tr("by when: next tuesday…"))
        self.task_repeat = QComboBox(self)
        self.task_repeat.setAccessibleName(self.tr("Repeat"))
        self.task_repeat.setToolTip(self.tr("A follow-up can come back on a rhythm"))
        for text, rule in (
            (self.tr("Once"), None),
            (self.tr("Every week"), follow_ups.every(1, "week")),
            (self.tr("Every 2 weeks"), follow_ups.every(2, "week")),
            (self.tr("Every month"), follow_ups.every(1, "month")),
            (self.tr("Every 3 months"), follow_ups.every(3, "month")),
        ):
            self.task_repeat.addItem(text, rule)
        self.task_kind.currentIndexChanged.connect(
            lambda _i: self.task_repeat.setVisible(self.task_kind.currentData() is None)
        )
        self.add_task_button = QPushButton(self.tr("Add"), self)
        self.add_task_button.setAutoDefault(False)
        self.add_task_button.clicked.connect(self.add_task)
        self.task_text.returnPressed.connect(self.add_task)
        self.task_due.line.returnPressed.connect(self.add_task)
        what = QHBoxLayout()
        what.addWidget(self.task_kind)
        what.addWidget(self.task_text, 1)
        self.body.addLayout(what)
        when = QHBoxLayout()  # a row of its own: the date's "understood" preview needs room
        when.addWidget(self.task_due, 1)
        when.addWidget(self.task_repeat)
        when.addWidget(self.add_task_button)
        self.body.addLayout(when)
        self.task_message = QLabel(self)
        self.task_message.setObjectName("SaveState")
        self.task_message.hide()  # takes no room until there is something to say
        self.body.addWidget(self.task_message)

    def show_tasks(self, entry_id: int, tasks: Sequence[service.LinkedTask]) -> None:
        self._entry_id = entry_id
        clear_layout(self.task_list)
        for task in tasks:
            box = QCheckBox(self._task_text(task), self)
            box.setChecked(task.done)
            box.setAccessibleName(task.title)
            box.toggled.connect(lambda done, tid=task.id: self._task_done(tid, done))
            self.task_list.addWidget(box)

    def _task_text(self, task: service.LinkedTask) -> str:
        who = label(task.owner) if task.owner is not None else self.tr("Follow up")
        due = ""
        if task.due_date is not None:
            due = " · " + self.tr("by %1").replace("%1", format_date(task.due_date))
        repeat = "  ↻" if task.recurring else ""
        return f"{who}: {isolated(task.title)}{due}{repeat}"

    def add_task(self) -> None:
        entry_id = self._entry_id
        if entry_id is None:
            return
        owner_value = self.task_kind.currentData()
        owner = CommitmentOwner(owner_value) if owner_value else None
        if not self.task_due.is_valid():
            self._say(self.tr("By when: that is not a date I understand."), True)
            return
        due = self.task_due.value()
        try:
            task_id = service.add_task(
                self._journal,
                entry_id,
                self.task_text.text(),
                due.day if due else None,
                due.time_of_day if due else None,
                owner,
                self.task_repeat.currentData() if owner is None else None,
            )
        except UserError as error:
            self._say(translated(error), True)
            return

        def into_trash(back: bool) -> Callable[[], None]:
            def run() -> None:
                (untrash if back else trash)(self._journal, Entry, task_id, "follow-up")
                self._events.entries_changed.emit([task_id])
                self._reload(entry_id)

            return run

        self._stack.push(
            SavedEditCommand(self.tr("Add a follow-up"), into_trash(True), into_trash(False))
        )
        self.task_text.clear()
        self.task_due.set_text("")
        self.task_repeat.setCurrentIndex(0)
        self._events.entries_changed.emit([task_id])
        said = (
            self.tr("Added (%1).").replace("%1", describe_when(due)) if due else self.tr("Added.")
        )
        self._say(said, False)
        self._reload(entry_id)
        self.task_text.setFocus()

    def _say(self, text: str, error: bool) -> None:
        self.task_message.setText(text)
        self.task_message.setVisible(bool(text))
        mark_invalid(self.task_message, error)

    def _task_done(self, task_id: int, done: bool) -> None:
        entry_id = self._entry_id

        def apply(value: bool) -> Any:
            def run() -> None:
                service.set_task_done(self._journal, task_id, value)
                self._events.entries_changed.emit([task_id])
                if entry_id is not None:
                    self._reload(entry_id)

            return run

        try:
            apply(done)()
        except UserError as error:
            self._say(translated(error), True)
            return
        self._stack.push(
            SavedEditCommand(self.tr("Tick a follow-up"), apply(done), apply(not done))
        )
