"""Ctrl+K: go to anyone, any partner, any view or action by typing a few letters.

People and partners come from the journal as you type (any case, no diacritics, any word
of the name, one Chinese character will do); views and actions match the same way, or by
their letters in order ("qn" finds Quick Note). What was opened lately comes first, and
is all that shows before anything is typed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from partnerbook.domain.text import fold

MAX_SHOWN = 12
RECENT_KEPT = 10
TYPING_MS = 60


@dataclass(frozen=True, slots=True)
class PaletteItem:
    key: str  # "person:12", "partner:3", "view:today", "action:capture" (what recents keep)
    text: str
    detail: str = ""


def fuzzy_score(query: str, text: str) -> int | None:
    """How well a folded query matches a text: 3 starts it, 2 starts one of its words,
    1 has its letters in order; None when it does not match."""
    folded = fold(text)
    if not query:
        return 0
    if folded.startswith(query):
        return 3
    words = folded.split()
    if all(any(word.startswith(part) for word in words) for part in query.split()):
        return 2
    position = 0
    for char in query.replace(" ", ""):
        position = folded.find(char, position) + 1
        if position == 0:
            return None
    return 1


class CommandPalette(QDialog):
    chosen = Signal(str)  # the key of the item chosen

    def __init__(
        self,
        commands: Sequence[PaletteItem],
        lookup: Callable[[str], Sequence[PaletteItem]],
        recent: Callable[[], Sequence[PaletteItem]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("CommandPalette")
        self.setWindowTitle(self.tr("Go To"))
        self._commands = list(commands)
        self._lookup = lookup
        self._recent = recent
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(self.tr("A person, a partner, a view or an action…"))
        self.line.setAccessibleName(self.tr("Go to"))
        self.line.installEventFilter(self)
        layout.addWidget(self.line)
        self.results = QListWidget(self)
        self.results.setAccessibleName(self.tr("Matches"))
        self.results.setUniformItemSizes(True)
        self.results.itemActivated.connect(lambda _item: self.choose())
        layout.addWidget(self.results)
        self._typing = QTimer(self, singleShot=True, interval=TYPING_MS)
        self._typing.timeout.connect(self.refresh)
        self.line.textEdited.connect(lambda _t: self._typing.start())
        self.resize(560, 380)

    def open_fresh(self) -> None:
        self.line.clear()
        self.refresh()
        self.show()
        self.raise_()
        self.activateWindow()
        self.line.setFocus()

    def refresh(self) -> None:
        self._typing.stop()
        query = fold(self.line.text())
        recent = list(self._recent())
        recent_keys = {item.key: rank for rank, item in enumerate(recent)}
        if not query:
            found = recent or self._commands
        else:
            scored: list[tuple[int, int, int, PaletteItem]] = []
            seen: set[str] = set()
            candidates = [*recent, *self._commands, *self._lookup(self.line.text())]
            for order, item in enumerate(candidates):
                if item.key in seen:
                    continue
                score = fuzzy_score(query, item.text)
                if score is None:
                    continue
                seen.add(item.key)
                recency = -recent_keys.get(item.key, RECENT_KEPT * 10)
                scored.append((score, recency, -order, item))
            scored.sort(key=lambda entry: entry[:3], reverse=True)
            found = [entry[3] for entry in scored]
        self.results.clear()
        for item in found[:MAX_SHOWN]:
            row = QListWidgetItem(f"{item.text}  —  {item.detail}" if item.detail else item.text)
            row.setData(Qt.ItemDataRole.UserRole, item.key)
            self.results.addItem(row)
        if self.results.count():
            self.results.setCurrentRow(0)

    def choose(self) -> None:
        if self._typing.isActive():
            self.refresh()
        row = self.results.currentItem()
        if row is None:
            return
        key = str(row.data(Qt.ItemDataRole.UserRole))
        self.accept()
        self.chosen.emit(key)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.line and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                step = 1 if key == Qt.Key.Key_Down else -1
                row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
                self.results.setCurrentRow(row)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.choose()
                return True
        return super().eventFilter(watched, event)
