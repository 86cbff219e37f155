"""Editable lists of small records on a page: motivations, contact methods, details, benefits.

Each item is a row of editors saved as you type (its own AutoSaver). Adding and removing
are undo steps; a removed item goes to the trash and comes back on undo. The row count
stays small (a person has a handful of motivations), so plain widgets are right here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from partnerbook.errors import UserError
from partnerbook.services.editing import SatelliteSpec
from partnerbook.store.engine import Journal
from partnerbook.ui.autosave import AutoSaver
from partnerbook.ui.messages import translated
from partnerbook.ui.undo import SavedEditCommand
from partnerbook.ui.widgets.dates import format_date, format_number, parse_date_text


@dataclass(frozen=True)
class ItemField:
    """One editor in an item row."""

    name: str
    label: str
    kind: str  # "combo" | "line" | "date" | "number"
    choices: Sequence[tuple[str, Any]] = ()
    placeholder: str = ""
    stretch: int = 0
    width: int = 0
    line: int = 0  # 0: the item's first line; 1: a second, indented line below it
    caption: str = ""  # a label before the editor (second line only)


@dataclass
class _Row:
    item_id: int
    saver: AutoSaver
    container: QWidget
    widgets: list[QWidget] = field(default_factory=list)


class SatelliteEditor(QWidget):
    changed = Signal()  # an item was added, removed or restored

    def __init__(
        self,
        journal: Journal,
        spec: SatelliteSpec,
        fields: Sequence[ItemField],
        undo_stack: QUndoStack,
        add_text: str,
        new_values: Callable[[], dict[str, Any]],
        empty_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._spec = spec
        self._fields = list(fields)
        self._stack = undo_stack
        self._new_values = new_values
        self._owner: int | None = None
        self._rows: list[_Row] = []
        self.on_saved: Callable[[], None] = lambda: None
        self.on_state: Callable[[str, str], None] = lambda _s, _m: None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self._items = QVBoxLayout()
        self._items.setContentsMargins(0, 0, 0, 0)
        self._items.setSpacing(10)
        layout.addLayout(self._items)
        self._empty = QLabel(empty_text, self)
        self._empty.setObjectName("Muted")
        self._empty.setWordWrap(True)
        layout.addWidget(self._empty)
        bar = QHBoxLayout()
        self.add_button = QPushButton(add_text, self)
        self.add_button.clicked.connect(self.add_item)
        bar.addWidget(self.add_button)
        bar.addStretch(1)
        layout.addLayout(bar)

    # --- showing ------------------------------------------------------------------------

    def set_items(self, owner_id: int, items: Sequence[Any]) -> None:
        ids = [item.id for item in items]
        if owner_id == self._owner and ids == [row.item_id for row in self._rows]:
            for row, item in zip(self._rows, items, strict=True):
                row.saver.load(item.id, self._values(item))
            return
        self._owner = owner_id
        self._clear()
        for item in items:
            self._add_row(item)
        self._empty.setVisible(not self._rows)

    def flush(self) -> None:
        for row in self._rows:
            row.saver.flush()

    def first_editor(self, item_id: int) -> QWidget | None:
        for row in self._rows:
            if row.item_id == item_id and row.widgets:
                return row.widgets[0]
        return None

    def _values(self, item: Any) -> dict[str, Any]:
        values = {}
        for spec in self._fields:
            value = getattr(item, spec.name)
            values[spec.name] = value.value if isinstance(value, Enum) else value
        return values

    def _clear(self) -> None:
        for row in self._rows:
            row.saver.flush()
            row.saver.deleteLater()
            self._items.removeWidget(row.container)
            row.container.hide()  # at once: deleteLater waits for the event loop
            row.container.deleteLater()
        self._rows = []

    def _add_row(self, item: Any) -> None:
        saver = AutoSaver(
            self._stack,
            save=lambda item_id, name, value: self._spec.update(
                self._journal, item_id, {name: value}
            ),
            after_undo=lambda _id: self.on_saved(),
            parent=self,
        )
        saver.state_changed.connect(self._state)
        container = QWidget(self)
        lines = QVBoxLayout(container)
        lines.setContentsMargins(0, 0, 0, 0)
        lines.setSpacing(4)
        first, second = QHBoxLayout(), QHBoxLayout()
        first.setSpacing(6)
        second.setSpacing(6)
        second.setContentsMargins(12, 0, 0, 0)
        lines.addLayout(first)
        row = _Row(item.id, saver, container)
        for spec in self._fields:
            widget = self._editor(spec, saver, container)
            widget.setAccessibleName(spec.label)
            target = first if spec.line == 0 else second
            if spec.caption:
                caption = QLabel(spec.caption, container)
                caption.setObjectName("Muted")
                caption.setBuddy(widget)
                target.addWidget(caption)
            target.addWidget(widget, spec.stretch)
            row.widgets.append(widget)
        remove = QToolButton(container)
        remove.setObjectName("RemoveButton")
        remove.setText("✕")
        remove.setToolTip(self.tr("Remove"))
        remove.setAccessibleName(self.tr("Remove this item"))
        remove.clicked.connect(lambda _=False, item_id=item.id: self.remove_item(item_id))
        first.addWidget(remove)
        row.widgets.append(remove)
        if second.count():
            second.addStretch(1)
            lines.addLayout(second)
        self._items.addWidget(container)
        self._rows.append(row)
        saver.load(item.id, self._values(item))

    def _editor(self, spec: ItemField, saver: AutoSaver, parent: QWidget) -> QWidget:
        if spec.kind == "combo":
            combo = QComboBox(parent)
            for text, data in spec.choices:
                combo.addItem(text, data)
            saver.bind_combo(combo, spec.name, spec.label)
            if spec.width:
                combo.setMinimumWidth(spec.width)
            return combo
        line = QLineEdit(parent)
        # Not the label again where a caption before the editor already says it.
        line.setPlaceholderText(spec.placeholder or ("" if spec.caption else spec.label))
        if spec.width:
            line.setMinimumWidth(spec.width)
        if spec.kind == "date":
            line.setMaximumWidth(max(spec.width, 130))
            saver.bind_line(line, spec.name, spec.label, parse=parse_date_text, show=format_date)
        elif spec.kind == "number":
            line.setMaximumWidth(max(spec.width, 90))
            line.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            saver.bind_line(
                line, spec.name, spec.label, parse=lambda t: t.strip() or None, show=format_number
            )
        else:
            saver.bind_line(line, spec.name, spec.label)
        return line

    def _state(self, state: str, message: str) -> None:
        self.on_state(state, message)
        if state == "saved":
            self.on_saved()

    # --- adding and removing ----------------------------------------------------------------

    def add_item(self) -> None:
        owner = self._owner
        if owner is None:
            return
        try:
            item_id = self._spec.add(self._journal, owner, self._new_values())
        except UserError as error:
            self.on_state("invalid", translated(error))
            return
        self._stack.push(
            SavedEditCommand(
                self._undo_text(adding=True),
                redo=lambda: self._restore_and_refresh(item_id),
                undo=lambda: self._remove_and_refresh(item_id),
            )
        )
        self.changed.emit()
        editor = self.first_editor(item_id)
        if editor is not None:
            # New rows become visible on the next turn of the event loop; focus them then.
            QTimer.singleShot(0, lambda: editor.setFocus(Qt.FocusReason.OtherFocusReason))

    def _undo_text(self, adding: bool) -> str:
        """The Undo menu's words, whole sentences per kind of row (the service's name for
        it is English)."""
        texts = {
            "motivation": (self.tr("Add a Motivation"), self.tr("Remove a Motivation")),
            "personal detail": (
                self.tr("Add a Personal Detail"),
                self.tr("Remove a Personal Detail"),
            ),
            "contact": (self.tr("Add a Contact"), self.tr("Remove a Contact")),
            "benefit": (self.tr("Add a Benefit"), self.tr("Remove a Benefit")),
        }
        add, remove = texts.get(self._spec.what, (self.tr("Add a Row"), self.tr("Remove a Row")))
        return add if adding else remove

    def remove_item(self, item_id: int) -> None:
        self._spec.remove(self._journal, item_id)
        self._stack.push(
            SavedEditCommand(
                self._undo_text(adding=False),
                redo=lambda: self._remove_and_refresh(item_id),
                undo=lambda: self._restore_and_refresh(item_id),
            )
        )
        self.changed.emit()

    def _remove_and_refresh(self, item_id: int) -> None:
        self._spec.remove(self._journal, item_id)
        self.changed.emit()

    def _restore_and_refresh(self, item_id: int) -> None:
        self._spec.restore(self._journal, item_id)
        self.changed.emit()
