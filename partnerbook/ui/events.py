"""What changed, broadcast: every write is followed by one of these; views refresh themselves."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    people_changed = Signal(list)  # person ids
    partners_changed = Signal(list)  # partner ids
    entries_changed = Signal(list)  # entry ids
    journal_reloaded = Signal()  # everything may have changed (restore, another process)
    status_message = Signal(str)
