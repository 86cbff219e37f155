"""What changed, broadcast: every write is followed by one of these; views refresh themselves.

Also the few requests a view makes of the window (open an entry, a person, a partner, or
the quick note about someone), so that pages need not know the window.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    people_changed = Signal(list)  # person ids
    partners_changed = Signal(list)  # partner ids
    entries_changed = Signal(list)  # entry ids
    journal_reloaded = Signal()  # everything may have changed (restore, another process)
    status_message = Signal(str)
    # Requests any view may make of the window: open this, note something about them.
    open_entry = Signal(int)
    open_person = Signal(int)
    open_partner = Signal(int)
    capture_about = Signal(list, object)  # person ids, partner id or None
    review_partner = Signal(int)  # write a new review of this partner
    open_brief = Signal(str, int)  # the meeting brief: "person" or "partner", its id
    # Presentation mode (screen sharing): views hide what is private while it is on.
    presenting_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.presenting = False  # never remembered: every window starts with it off

    def set_presenting(self, on: bool) -> None:
        if on != self.presenting:
            self.presenting = on
            self.presenting_changed.emit(on)
