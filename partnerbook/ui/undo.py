"""Undo and redo for edits that are already saved.

Edits save as the user types, so a command is pushed *after* its change is stored: the
first ``redo`` (which QUndoStack calls on push) does nothing. Consecutive edits of the
same field merge into one step while typing continues, so Ctrl+Z takes back the burst.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

MERGE_WINDOW_S = 3.0
_MERGE_ID = 1


class SavedEditCommand(QUndoCommand):
    def __init__(
        self,
        text: str,
        redo: Callable[[], None],
        undo: Callable[[], None],
        merge_key: tuple[object, ...] | None = None,
    ) -> None:
        super().__init__(text)
        self._redo = redo
        self._undo = undo
        self._merge_key = merge_key
        self._stamp = time.monotonic()
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._redo()

    def undo(self) -> None:
        self._undo()

    def id(self) -> int:
        return _MERGE_ID if self._merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt API
        if not isinstance(other, SavedEditCommand) or other._merge_key != self._merge_key:
            return False
        if other._stamp - self._stamp > MERGE_WINDOW_S:
            return False
        self._redo = other._redo  # keep our undo (the value before the burst), take their redo
        self._stamp = other._stamp
        return True
