"""Pick several people by typing three letters: each pick becomes a removable chip.

Suggestions come from the journal as you type (no case, no diacritics, any word of the
name, the most recently met first); Enter takes the highlighted one, which is the first
unless the arrows moved. A name nobody has can be added as a new person, created only
when the note is saved.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QWidget,
)

from partnerbook.services.suggest import PersonChoice

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_CHIP_CHARS = 24


@dataclass(frozen=True, slots=True)
class Chip:
    person_id: int | None  # None: a new person, created with the note
    name: str
    partner_id: int | None = None
    partner: str | None = None


class PeopleChips(QWidget):
    changed = Signal()

    def __init__(
        self,
        suggest: Callable[[str], Sequence[PersonChoice]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._suggest = suggest
        self._chips: list[Chip] = []
        self._candidates: list[Chip] = []
        self._buttons: list[QToolButton] = []
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.line = QLineEdit(self)
        self.line.setObjectName("ChipsLine")
        self.line.setPlaceholderText(self.tr("Who? Type three letters…"))
        self.line.setAccessibleName(self.tr("People"))
        self.line.setAccessibleDescription(
            self.tr("Type part of a name and press Enter to add the person")
        )
        self._layout.addWidget(self.line, 1)
        self.setFocusProxy(self.line)

        self._model = QStandardItemModel(self)
        completer = QCompleter(self._model, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setMaxVisibleItems(8)
        completer.setWidget(self.line)
        completer.activated[QModelIndex].connect(self._picked)  # type: ignore[index]
        self._completer = completer
        self._typing = QTimer(self, singleShot=True, interval=120)
        self._typing.timeout.connect(self._refresh_suggestions)
        self.line.textEdited.connect(lambda _t: self._typing.start())
        self.line.installEventFilter(self)

    # --- state ---------------------------------------------------------------------------

    def chips(self) -> tuple[Chip, ...]:
        return tuple(self._chips)

    def pending_text(self) -> str:
        """A name typed but not picked: saving must not silently drop it."""
        return self.line.text().strip()

    def set_chips(self, chips: Sequence[Chip]) -> None:
        for button in self._buttons:
            button.deleteLater()
        self._chips, self._buttons = [], []
        for chip in chips:
            self._add(chip, announce=False)
        self.changed.emit()

    def add_chip(self, chip: Chip) -> None:
        self._add(chip, announce=True)

    # --- suggestions ---------------------------------------------------------------------

    def _refresh_suggestions(self) -> None:
        typed = self.line.text().strip()
        self._model.clear()
        if not typed:
            self._popup().hide()
            return
        taken = {chip.person_id for chip in self._chips}
        # The rows' chips live here; the items carry only their row number (an int: None
        # in item data has upset PySide's reference counting).
        self._candidates = []
        for choice in self._suggest(typed):
            if choice.id in taken:
                continue
            detail = " · ".join(part for part in (choice.partner, choice.city) if part)
            shown = f"{choice.display_name}  —  {detail}" if detail else choice.display_name
            self._append(
                shown, Chip(choice.id, choice.display_name, choice.partner_id, choice.partner)
            )
        self._append(self.tr('New person "%1"').replace("%1", typed), Chip(None, typed))
        self._completer.complete()
        self._popup().setCurrentIndex(self._completer.completionModel().index(0, 0))

    def _append(self, text: str, chip: Chip) -> None:
        item = QStandardItem(text)
        item.setData(len(self._candidates), ROW_ROLE)
        item.setToolTip(text)
        self._candidates.append(chip)
        self._model.appendRow(item)

    def _popup(self) -> QAbstractItemView:
        popup = self._completer.popup()
        assert popup is not None  # a completer always has one
        return popup

    def _picked(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if not isinstance(row, int) or not 0 <= row < len(self._candidates):
            return
        chip = self._candidates[row]
        if not chip.name.strip():
            return
        self.add_chip(chip)
        # The completer writes the completion into the line after this slot: clear it then too.
        self.line.clear()
        QTimer.singleShot(0, self.line.clear)

    def pick_first(self) -> bool:
        """Enter with the popup closed: take the first suggestion for what is typed."""
        self._typing.stop()
        self._refresh_suggestions()
        if self._model.rowCount() == 0:
            return False
        self._popup().hide()
        self._picked(self._model.index(0, 0))
        return True

    # --- chips ---------------------------------------------------------------------------

    def _add(self, chip: Chip, announce: bool) -> None:
        if any(
            (c.person_id, c.name if c.person_id is None else "")
            == (chip.person_id, chip.name if chip.person_id is None else "")
            for c in self._chips
        ):
            return
        self._chips.append(chip)
        button = QToolButton(self)
        button.setObjectName("Chip")
        shown = (
            chip.name if len(chip.name) <= MAX_CHIP_CHARS else chip.name[: MAX_CHIP_CHARS - 1] + "…"
        )
        if chip.person_id is None:
            shown = self.tr("%1 (new)").replace("%1", shown)
        button.setText(f"{shown}  ✕")
        button.setToolTip(
            self.tr("Remove %1 from this note").replace("%1", chip.name)
            + (f"\n{chip.partner}" if chip.partner else "")
        )
        button.setAccessibleName(self.tr("Remove %1").replace("%1", chip.name))
        button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        button.clicked.connect(lambda _c=False, b=button: self._remove(b))
        self._layout.insertWidget(len(self._buttons), button)
        self._buttons.append(button)
        if announce:
            self.changed.emit()

    def _remove(self, button: QToolButton) -> None:
        index = self._buttons.index(button)
        del self._buttons[index]
        del self._chips[index]
        button.deleteLater()
        self.line.setFocus()
        self.changed.emit()

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 - Qt API
        if (
            watched is self.line
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Backspace
            and not self.line.text()
            and self._buttons
        ):
            self._remove(self._buttons[-1])  # as in mail clients: remove the last chip
            return True
        return super().eventFilter(watched, event)
