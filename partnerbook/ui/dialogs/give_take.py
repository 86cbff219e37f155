"""Note a give or a take: a favour, an introduction, a referral, a resource, a payment.

Opened from a person's or a partner's track record (new) or from the timeline (to change
one, most often a referral's outcome). One save, one undo step.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from partnerbook.domain.enums import LedgerDirection, LedgerKind, ReferralOutcome
from partnerbook.errors import UserError
from partnerbook.services import ledger
from partnerbook.services.editing import trash, untrash
from partnerbook.store.engine import Journal
from partnerbook.store.models import Entry
from partnerbook.ui.events import AppEvents
from partnerbook.ui.labels import label
from partnerbook.ui.messages import translated
from partnerbook.ui.undo import SavedEditCommand
from partnerbook.ui.widgets.form import mark_invalid
from partnerbook.ui.widgets.when_field import WhenField


class GiveTakeDialog(QDialog):
    def __init__(
        self,
        journal: Journal,
        events: AppEvents,
        undo_stack: QUndoStack,
        person_ids: tuple[int, ...] = (),
        partner_ids: tuple[int, ...] = (),
        entry_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Give & Take"))
        self._journal = journal
        self._events = events
        self._stack = undo_stack
        self._people = person_ids
        self._partners = partner_ids
        self._entry_id = entry_id
        self._build()
        if entry_id is not None:
            self._load(entry_id)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.direction = QComboBox(self)
        self.direction.setAccessibleName(self.tr("Given or received"))
        self.direction.addItem(self.tr("I gave"), LedgerDirection.GIVEN.value)
        self.direction.addItem(self.tr("I received"), LedgerDirection.RECEIVED.value)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind"))
        for kind in LedgerKind:
            self.kind.addItem(label(kind), kind.value)
        self.kind.currentIndexChanged.connect(self._show_referral)
        row = QHBoxLayout()
        row.addWidget(self.direction)
        row.addWidget(self.kind, 1)
        form.addRow(self.tr("What"), row)
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("e.g. an intro to their CFO"))
        self.title.setAccessibleName(self.tr("Description"))
        form.addRow(self.tr("Description"), self.title)
        self.when = WhenField(past=True, accessible=self.tr("When"), parent=self)
        self.when.line.setPlaceholderText(self.tr("today — or last week, 3 March…"))
        form.addRow(self.tr("When"), self.when)
        self.referred = QLineEdit(self)
        self.referred.setPlaceholderText(self.tr("Whom the referral was for: a person or company"))
        self.referred.setAccessibleName(self.tr("Referred"))
        self.referred_label = QLabel(self.tr("Referred"), self)
        form.addRow(self.referred_label, self.referred)
        self.outcome = QComboBox(self)
        self.outcome.setAccessibleName(self.tr("Outcome"))
        for outcome in ReferralOutcome:
            self.outcome.addItem(label(outcome), outcome.value)
        self.outcome_label = QLabel(self.tr("Outcome"), self)
        form.addRow(self.outcome_label, self.outcome)
        value_row = QHBoxLayout()
        self.value = QLineEdit(self)
        self.value.setPlaceholderText(self.tr("Value, if any"))
        self.value.setAccessibleName(self.tr("Value"))
        self.currency = QLineEdit(self)
        self.currency.setPlaceholderText("EUR")
        self.currency.setMaxLength(3)
        self.currency.setFixedWidth(70)
        self.currency.setAccessibleName(self.tr("Currency"))
        value_row.addWidget(self.value, 1)
        value_row.addWidget(self.currency)
        form.addRow(self.tr("Value"), value_row)
        layout.addLayout(form)
        self.message = QLabel(self)
        self.message.setObjectName("SaveState")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 0)
        self._show_referral()

    def _show_referral(self, *_: object) -> None:
        referral = self.kind.currentData() == LedgerKind.REFERRAL.value
        for widget in (self.referred, self.referred_label, self.outcome, self.outcome_label):
            widget.setVisible(referral)

    def _load(self, entry_id: int) -> None:
        item = ledger.load_item(self._journal, entry_id)
        self.direction.setCurrentIndex(self.direction.findData(item.direction.value))
        self.kind.setCurrentIndex(self.kind.findData(item.kind.value))
        self.title.setText(item.title)
        self.when.set_text(item.at.astimezone().strftime("%Y-%m-%d %H:%M"))
        self.referred.setText(item.referred_name or "")
        if item.outcome is not None:
            self.outcome.setCurrentIndex(self.outcome.findData(item.outcome.value))
        self.value.setText("" if item.value is None else f"{item.value:f}".rstrip("0").rstrip("."))
        self.currency.setText(item.currency or "")

    def save(self) -> int | None:
        if not self.when.is_valid():
            self._say(self.tr("When: that is not a date I understand."))
            return None
        when = self.when.value()
        at = (when.as_datetime(datetime.now().time()) if when else datetime.now()).astimezone()
        fields = {
            "direction": LedgerDirection(self.direction.currentData()),
            "kind": LedgerKind(self.kind.currentData()),
            "title": self.title.text(),
            "at": at,
            "referred_name": self.referred.text(),
            "outcome": ReferralOutcome(self.outcome.currentData()),
            "value": self.value.text(),
            "currency": self.currency.text(),
        }
        try:
            if self._entry_id is None:
                entry_id = ledger.add_item(
                    self._journal,
                    person_ids=self._people,
                    partner_ids=self._partners,
                    **fields,  # type: ignore[arg-type]
                )
                self._push_new(entry_id)
            else:
                entry_id = self._entry_id
                before = ledger.load_item(self._journal, entry_id)
                ledger.update_item(self._journal, entry_id, **fields)
                self._push_edit(entry_id, before)
        except UserError as error:
            self._say(translated(error))
            return None
        self._events.entries_changed.emit([entry_id])
        self.accept()
        return entry_id

    def _push_new(self, entry_id: int) -> None:
        def undo() -> None:
            trash(self._journal, Entry, entry_id, "give & take item")
            self._events.entries_changed.emit([entry_id])

        def redo() -> None:
            untrash(self._journal, Entry, entry_id, "give & take item")
            self._events.entries_changed.emit([entry_id])

        self._stack.push(SavedEditCommand(self.tr("Note a give or take"), redo, undo))

    def _push_edit(self, entry_id: int, before: ledger.LedgerItem) -> None:
        after = ledger.load_item(self._journal, entry_id)

        def apply(item: ledger.LedgerItem) -> None:
            ledger.update_item(
                self._journal,
                entry_id,
                direction=item.direction,
                kind=item.kind,
                title=item.title,
                at=item.at,
                referred_name=item.referred_name,
                outcome=item.outcome or ReferralOutcome.PENDING,
                value=item.value,
                currency=item.currency,
            )
            self._events.entries_changed.emit([entry_id])

        self._stack.push(
            SavedEditCommand(
                self.tr("Edit a give or take"), lambda: apply(after), lambda: apply(before)
            )
        )

    def _say(self, text: str) -> None:
        self.message.setText(text)
        mark_invalid(self.message, True)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.save()
            return
        super().keyPressEvent(event)
