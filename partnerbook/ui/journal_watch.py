"""Notice what another process wrote (``partnerbook note`` in a terminal, the quick note
window alone) and tell the views, so the open window shows it without a restart.

Every ``interval`` the watcher asks ``Journal.changed_elsewhere`` (``PRAGMA data_version``
on SQLite: one pragma, no table read; the window's own commits are accounted for there).
When someone else committed, ``ChangeTracker`` finds the people, partners and entries
changed since the last look, and the usual ``AppEvents`` signals go out with their ids
(lists re-read those rows, the timeline inserts or moves them, a page showing one
reloads; ``journal_reloaded`` when no row says what changed). Pages flush what is being
typed first, and a page reloading keeps what its user is typing (``AutoSaver.load``):
nothing is lost and focus stays.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from partnerbook.errors import UserError
from partnerbook.services.journal_changes import Changed, ChangeTracker
from partnerbook.store.engine import Journal
from partnerbook.ui.events import AppEvents

INTERVAL_MS = 1500


class JournalWatch(QObject):
    def __init__(
        self,
        journal: Journal,
        events: AppEvents,
        before_refresh: Callable[[], None] | None = None,
        interval_ms: int = INTERVAL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._events = events
        self._before_refresh = before_refresh
        watchable = journal.changed_elsewhere() is not None
        self._tracker = ChangeTracker(journal) if watchable else None
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)

    def start(self) -> None:
        if self._tracker is not None:  # a database without a change counter: nothing to do
            self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def poll(self) -> Changed:
        """Look once; what was found (also emitted). Never raises: a journal that cannot
        be read now says so on the next save, not from a timer."""
        if self._tracker is None:
            return Changed()
        try:
            if not self._journal.changed_elsewhere():
                return Changed()
            changed = self._tracker.changes()
        except UserError:
            return Changed()
        if changed:
            self._announce(changed)
        return changed

    def _announce(self, changed: Changed) -> None:
        if self._before_refresh is not None:
            self._before_refresh()  # what is being typed is saved before anything reloads
        if changed.reload:
            self._events.journal_reloaded.emit()
            return
        if changed.people:
            self._events.people_changed.emit(sorted(changed.people))
        if changed.partners:
            self._events.partners_changed.emit(sorted(changed.partners))
        if changed.entries:
            self._events.entries_changed.emit(sorted(changed.entries))
