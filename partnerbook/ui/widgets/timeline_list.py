"""The list of a timeline, shared by the Timeline view and the panels on people's and
partners' pages: a model, its delegate, the app's change events and the keyboard.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QMenu, QStyleOptionViewItem, QWidget

from partnerbook.domain.types import TimelineEntry, TimelineFilter
from partnerbook.store.engine import Journal
from partnerbook.ui.events import AppEvents
from partnerbook.ui.models.timeline_model import ENTRY_ROLE, ID_ROLE, TimelineModel
from partnerbook.ui.theme import Colours
from partnerbook.ui.widgets.timeline_delegate import TimelineDelegate

Index = QModelIndex | QPersistentModelIndex
Move = QAbstractItemView.CursorAction


class TimelineList(QListView):
    """Entries newest first; Enter or a double click opens one, a click on a name opens
    that person or partner; headers are skipped by the keyboard."""

    entry_activated = Signal(int)
    person_activated = Signal(int)
    partner_activated = Signal(int)

    def __init__(
        self,
        journal: Journal,
        events: AppEvents,
        colours: Colours,
        filters: TimelineFilter | None = None,
        compact: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.timeline = TimelineModel(journal, filters, parent=self)
        self.delegate = TimelineDelegate(colours, compact, self)
        self.setModel(self.timeline)
        self.setItemDelegate(self.delegate)
        self.setUniformItemSizes(True)  # one size hint for all rows: 100,000 rows lay out at once
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("Timeline"))
        self.setFrameShape(QListView.Shape.NoFrame)
        self.delegate.person_clicked.connect(self.person_activated)
        self.delegate.partner_clicked.connect(self.partner_activated)
        self.doubleClicked.connect(self._open)
        events.entries_changed.connect(lambda ids: self.timeline.refresh_ids(list(ids)))
        events.people_changed.connect(lambda ids: self.timeline.forget_names(person_ids=ids))
        events.partners_changed.connect(lambda ids: self.timeline.forget_names(partner_ids=ids))
        events.journal_reloaded.connect(self.timeline.reload)
        self.timeline.set_presenting(events.presenting)
        events.presenting_changed.connect(self.timeline.set_presenting)

    # --- what the owner asks ----------------------------------------------------------------

    def set_filters(self, filters: TimelineFilter) -> None:
        self.timeline.set_filters(filters)

    def current_entry(self) -> TimelineEntry | None:
        index = self.currentIndex()
        return index.data(ENTRY_ROLE) if index.isValid() else None

    def jump_to(self, day: date) -> bool:
        """Scroll so that ``day`` (or the nearest earlier day) is at the top; False when
        nothing is that old."""
        row = self.timeline.jump_to(day)
        if row is None:
            return False
        self.scrollTo(self.timeline.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)
        entry_row = self.timeline.first_entry_from(row)
        if entry_row is not None:
            self.selectionModel().setCurrentIndex(
                self.timeline.index(entry_row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect,
            )
        return True

    def ensure_started(self) -> None:
        """The first page is read when the list is first shown, not when it is built."""
        if self.timeline.rowCount() == 0 and self.timeline.canFetchMore():
            self.timeline.fetchMore()

    # --- keyboard and mouse ------------------------------------------------------------------

    def moveCursor(  # noqa: N802 - Qt API
        self, action: Move, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Skip the day and month headings: they are not entries to land on."""
        index = super().moveCursor(action, modifiers)
        if not index.isValid() or self.timeline.is_entry(index.row()):
            return index
        upward = action in (Move.MoveUp, Move.MovePrevious, Move.MovePageUp)
        step = -1 if upward else 1
        row = index.row()
        while 0 <= row < self.timeline.rowCount() and not self.timeline.is_entry(row):
            row += step
        if not 0 <= row < self.timeline.rowCount():  # nothing that way: try the other
            row = index.row()
            while 0 <= row < self.timeline.rowCount() and not self.timeline.is_entry(row):
                row -= step
        if not 0 <= row < self.timeline.rowCount():
            return self.currentIndex()
        if upward and row == self.timeline.first_entry_from(0):
            self.scrollToTop()  # show the headings above the first entry too
        return self.timeline.index(row, 0)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open(self.currentIndex())
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        index = self.indexAt(event.position().toPoint())
        if index.isValid() and self._name_at(index, event) is not None:
            return  # the single click on the name has opened the person already
        super().mouseDoubleClickEvent(event)

    def _name_at(self, index: QModelIndex, event: QMouseEvent) -> tuple[str, int] | None:
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.rect = self.visualRect(index)
        return self.delegate.name_at(option, index, event.position().toPoint())

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt API
        index = self.indexAt(event.pos()) if event.reason() == event.Reason.Mouse else None
        index = index if index is not None and index.isValid() else self.currentIndex()
        entry: TimelineEntry | None = index.data(ENTRY_ROLE) if index.isValid() else None
        if entry is None:
            return
        menu = QMenu(self)
        opened = QAction(self.tr("Open entry"), menu)
        opened.triggered.connect(lambda: self.entry_activated.emit(entry.id))
        menu.addAction(opened)
        if entry.people or entry.partners:
            menu.addSeparator()
        for person in entry.people:
            action = QAction(self.tr("Open %1").replace("%1", person.display_name), menu)
            action.triggered.connect(lambda _=False, pid=person.id: self.person_activated.emit(pid))
            menu.addAction(action)
        for partner in entry.partners:
            action = QAction(self.tr("Open %1").replace("%1", partner.name), menu)
            action.triggered.connect(
                lambda _=False, pid=partner.id: self.partner_activated.emit(pid)
            )
            menu.addAction(action)
        menu.exec(event.globalPos())

    def _open(self, index: Index) -> None:
        entry_id = index.data(ID_ROLE)
        if entry_id is not None:
            self.entry_activated.emit(int(entry_id))

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        self.ensure_started()
        super().showEvent(event)
