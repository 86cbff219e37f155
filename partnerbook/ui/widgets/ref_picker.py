"""Pick a person or a partner by typing part of the name (any case, no accents).

Suggestions come from a service query as you type, so the picker stays light with
10,000 people. When nothing matches, the last suggestion offers to create one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from partnerbook.errors import UserError

Ref = tuple[int, str]


class RefPicker(QLineEdit):
    picked = Signal(object)  # the chosen id, or None when cleared

    def __init__(
        self,
        search: Callable[[str], Sequence[Ref]],
        create: Callable[[str], int] | None = None,
        create_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._search = search
        self._create = create
        self._create_text = create_text  # e.g. 'New partner "%1"'
        self._current: Ref | None = None
        self._choices: dict[str, int | None] = {}
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.activated.connect(self._chosen)
        self.setCompleter(completer)
        self.setClearButtonEnabled(True)
        self.textEdited.connect(self._suggest)
        self.editingFinished.connect(self._finished)

    def current_id(self) -> int | None:
        return self._current[0] if self._current else None

    def set_current(self, ref_id: int | None, name: str = "") -> None:
        self._current = (ref_id, name) if ref_id is not None else None
        self.setText(name if ref_id is not None else "")

    def _suggest(self, text: str) -> None:
        self._choices = {}
        if text.strip():
            for ref_id, name in self._search(text):
                self._choices.setdefault(name, ref_id)
            if self._create is not None and text.strip() not in self._choices:
                self._choices[self._create_text.replace("%1", text.strip())] = None
        self._model.setStringList(list(self._choices))
        if self._choices:
            self.completer().complete()

    def _chosen(self, label: str) -> None:
        if label not in self._choices:
            return
        ref_id = self._choices[label]
        if ref_id is None and self._create is not None:
            typed = self._typed_name(label)
            try:
                ref_id = self._create(typed)
            except UserError:
                return
            label = typed
        self._current = (ref_id, label) if ref_id is not None else None
        self.setText(label)
        self.picked.emit(ref_id)

    def _typed_name(self, label: str) -> str:
        prefix, _, suffix = self._create_text.partition("%1")
        name = label
        if prefix and name.startswith(prefix):
            name = name[len(prefix) :]
        if suffix and name.endswith(suffix):
            name = name[: -len(suffix)]
        return name.strip()

    def _finished(self) -> None:
        text = self.text().strip()
        if not text and self._current is not None:
            self._current = None
            self.picked.emit(None)
        elif self._current is not None and text != self._current[1]:
            self.setText(self._current[1])  # typed something not picked: keep the real value

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Escape and self._current is not None:
            self.setText(self._current[1])
        super().keyPressEvent(event)
