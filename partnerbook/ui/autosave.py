"""Save as you type: fields bound to a save function, debounced, undoable, never lost.

A page binds its editors to field names and loads values into them. Typing starts a
short timer; when it fires (or the editor loses focus, or the page is left) the value is
saved through the page's ``save(field, value)``. A refused value (a malformed date, an
empty name) stays in the editor, marked, with the reason in its tooltip and the page's
status; it is never thrown away. Each saved change is one undo step.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from partnerbook.errors import UserError
from partnerbook.ui.messages import translated
from partnerbook.ui.undo import SavedEditCommand

DEBOUNCE_MS = 400
INVALID_PROPERTY = "invalid"

Saver = Callable[[str, Any], None]
Parser = Callable[[str], Any]


@dataclass
class _Field:
    name: str
    label: str
    widget: QWidget
    read: Callable[[], Any]
    write: Callable[[Any], None]
    stored: Any = None
    pending: bool = False


class AutoSaver(QObject):
    """Binds one page's editors; ``entity`` tells undo which row a step belongs to."""

    state_changed = Signal(str, str)  # "saving" | "saved" | "invalid", message

    def __init__(
        self,
        undo_stack: QUndoStack,
        save: Callable[[int, str, Any], None],
        after_undo: Callable[[int], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._stack = undo_stack
        self._save = save
        self._after_undo = after_undo
        self._fields: dict[str, _Field] = {}
        self._entity: int | None = None
        self._loading = False
        self._flushing = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)

    # --- binding --------------------------------------------------------------------

    def bind_line(
        self,
        widget: QLineEdit,
        name: str,
        label: str,
        parse: Parser | None = None,
        show: Callable[[Any], str] | None = None,
    ) -> None:
        to_text = show or (lambda v: "" if v is None else str(v))

        def write(value: Any) -> None:
            text = to_text(value)
            if widget.text() != text:
                widget.setText(text)
                if not widget.hasFocus():
                    widget.setCursorPosition(0)  # a long text shows its beginning

        field = _Field(
            name,
            label,
            widget,
            read=lambda: parse(widget.text()) if parse else widget.text(),
            write=write,
        )
        self._add(field)
        widget.textEdited.connect(lambda _text: self._touched(field))
        widget.editingFinished.connect(self.flush)

    def bind_text(self, widget: QPlainTextEdit | QTextEdit, name: str, label: str) -> None:
        def write(value: Any) -> None:
            if widget.toPlainText() != (value or ""):
                widget.setPlainText(value or "")

        field = _Field(name, label, widget, read=widget.toPlainText, write=write)
        self._add(field)
        widget.textChanged.connect(lambda: self._touched(field))

    def bind_combo(self, widget: QComboBox, name: str, label: str) -> None:
        """Item data are the stored values (None for 'not set')."""

        def write(value: Any) -> None:
            index = widget.findData(value)
            widget.setCurrentIndex(max(index, 0))

        field = _Field(name, label, widget, read=widget.currentData, write=write)
        self._add(field)
        widget.activated.connect(lambda _i: self._touched(field, at_once=True))

    def bind_spin(self, widget: QSpinBox, name: str, label: str) -> None:
        """The spin box's minimum shows as its special text and means 'not set'."""

        def read() -> int | None:
            return None if widget.value() == widget.minimum() else widget.value()

        def write(value: Any) -> None:
            widget.setValue(widget.minimum() if value is None else int(value))

        field = _Field(name, label, widget, read=read, write=write)
        self._add(field)
        widget.valueChanged.connect(lambda _v: self._touched(field))
        widget.editingFinished.connect(self.flush)

    def bind_check(self, widget: QAbstractButton, name: str, label: str) -> None:
        field = _Field(
            name, label, widget, read=widget.isChecked, write=lambda v: widget.setChecked(bool(v))
        )
        self._add(field)
        widget.toggled.connect(lambda _c: self._touched(field, at_once=True))

    def bind_custom(
        self,
        widget: QWidget,
        name: str,
        label: str,
        read: Callable[[], Any],
        write: Callable[[Any], None],
        changed: Any,
    ) -> None:
        """Any editor with a read/write pair and a change signal (tag editors, pickers)."""
        field = _Field(name, label, widget, read=read, write=write)
        self._add(field)
        changed.connect(lambda *_: self._touched(field, at_once=True))

    def _add(self, field: _Field) -> None:
        self._fields[field.name] = field
        field.widget.installEventFilter(self)

    # --- loading and saving ----------------------------------------------------------

    @property
    def entity(self) -> int | None:
        return self._entity

    def load(self, entity: int | None, values: dict[str, Any]) -> None:
        """Show an entity's stored values (saving anything pending for the previous one)."""
        same = entity == self._entity
        self.flush()
        self._entity = entity
        self._loading = True
        try:
            for name, field in self._fields.items():
                if same and (field.pending or bool(field.widget.property(INVALID_PROPERTY))):
                    continue  # never overwrite what the user is typing, or a kept refused value
                if name in values:
                    field.stored = values[name]
                    field.pending = False
                    field.write(values[name])
                    _mark(field.widget, None)
        finally:
            self._loading = False

    def has_pending(self) -> bool:
        return any(field.pending for field in self._fields.values())

    def _touched(self, field: _Field, at_once: bool = False) -> None:
        if self._loading or self._entity is None:
            return
        field.pending = True
        if at_once:
            self.flush()
        else:
            self.state_changed.emit("saving", "")
            self._timer.start()

    def flush(self) -> None:
        """Save every pending field now."""
        self._timer.stop()
        entity = self._entity
        if entity is None or self._flushing:
            return
        problems = []
        touched = False
        self._flushing = True  # saving announces, and a page may reload us: no re-entry
        try:
            for field in self._fields.values():
                if not field.pending:
                    continue
                touched = True
                field.pending = False  # a refused value stays in the editor, retried when changed
                try:
                    value = field.read()
                    if value != field.stored:
                        old = field.stored
                        self._save(entity, field.name, value)
                        field.stored = value
                        self._push(entity, field, old, value)
                    _mark(field.widget, None)
                except UserError as error:
                    _mark(field.widget, translated(error))
                    problems.append(translated(error))
        finally:
            self._flushing = False
        if problems:
            self.state_changed.emit("invalid", problems[0])
        elif touched:  # nothing pending: nothing to report (and no change to announce)
            self.state_changed.emit("saved", "")

    def _push(self, entity: int, field: _Field, old: Any, new: Any) -> None:
        save, after = self._save, self._after_undo

        def apply(value: Any) -> Callable[[], None]:
            def run() -> None:
                save(entity, field.name, value)
                if self._entity == entity:
                    self._loading = True
                    try:
                        field.stored = value
                        field.write(value)
                        _mark(field.widget, None)
                    finally:
                        self._loading = False
                after(entity)

            return run

        # The field's label as its form shows it: "Edit: Role", not a label lowered.
        text = self.tr("Edit: %1", "undo text; %1 is a field's label, e.g. 'Role'").replace(
            "%1", field.label
        )
        self._stack.push(
            SavedEditCommand(text, apply(new), apply(old), (id(self), entity, field.name))
        )

    def eventFilter(self, watched: QObject, event: Any) -> bool:  # noqa: N802 - Qt API
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.FocusOut and self.has_pending():
            self.flush()
        return False


def _mark(widget: QWidget, problem: str | None) -> None:
    """Show a refused value: a red outline (theme stylesheet) and the reason as tooltip."""
    invalid = problem is not None
    if bool(widget.property(INVALID_PROPERTY)) == invalid and not invalid:
        return
    widget.setProperty(INVALID_PROPERTY, invalid)
    widget.setToolTip(problem or "")
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def qdate_to_date(value: QDate) -> date | None:
    return value.toPython() if value.isValid() else None  # type: ignore[return-value]
