"""A master list with filter-as-you-type beside the page of the selected row.

Shared by People and Partners: each supplies its model, its page and its verbs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QSettings,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from partnerbook.errors import UserError
from partnerbook.ui.models.rows_model import ID_ROLE, RowsModel
from partnerbook.ui.undo import SavedEditCommand

if TYPE_CHECKING:
    from partnerbook.ui.views.entity_page import EntityPage


@dataclass(frozen=True)
class Verbs:
    """How a list creates, trashes and restores its rows, and what it says while doing so."""

    create: Callable[[str], int]
    trash: Callable[[int], None]
    restore: Callable[[int], None]
    changed: SignalInstance  # the AppEvents signal for this kind of row
    new_title: str
    new_prompt: str
    added: str  # undo text
    trashed: str  # undo text


class MasterDetailView(QWidget):
    """Left: filter, list. Right: the selected row's page (or a prompt)."""

    current_changed = Signal(object)  # id or None

    def __init__(
        self,
        name: str,
        model: RowsModel[Any],
        make_page: Callable[[], EntityPage[Any]],
        verbs: Verbs,
        undo_stack: QUndoStack,
        status: SignalInstance,
        prompt: QWidget,
        filter_placeholder: str,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._name = name
        self._settings = settings
        self.model = model
        self._make_page = make_page
        self._page: EntityPage[Any] | None = None  # built at the first selection
        self._verbs = verbs
        self._stack = undo_stack
        self._status = status
        self.default_widths: tuple[int, ...] = (200, 160, 140, 110, 110)
        self._shown_id: int | None = None
        self._resetting = False
        self._keep_id: int | None = None
        model.modelAboutToBeReset.connect(self._before_reset)
        model.modelReset.connect(self._after_reset)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        layout.addWidget(self.splitter)

        left = QWidget(self.splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(10, 10, 6, 6)
        left_layout.setSpacing(6)
        self.filter_edit = QLineEdit(left)
        self.filter_edit.setPlaceholderText(filter_placeholder)
        self.filter_edit.setAccessibleName(filter_placeholder)
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter)
        left_layout.addWidget(self.filter_edit)
        options = QHBoxLayout()
        self.count_label = QLabel(left)
        self.count_label.setObjectName("Muted")
        options.addWidget(self.count_label)
        options.addStretch(1)
        self.archived_box = QCheckBox(self.tr("Show archived"), left)
        self.archived_box.toggled.connect(self._show_archived)
        options.addWidget(self.archived_box)
        left_layout.addLayout(options)

        self.table = QTableView(left)
        self.table.setModel(model)
        self.table.setAccessibleName(name)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.selectionModel().currentRowChanged.connect(self._current_row)
        left_layout.addWidget(self.table, 1)

        self.right = QStackedWidget(self.splitter)
        self.right.addWidget(prompt)
        verbs.changed.connect(lambda ids: self.model.refresh_ids(list(ids)))
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)

        focus_list = QShortcut(QKeySequence("Alt+L"), self)
        focus_list.activated.connect(lambda: self.table.setFocus())
        self.model.rowsInserted.connect(self._update_count)
        self.model.modelReset.connect(self._update_count)
        self.model.rowsRemoved.connect(self._update_count)
        self.model.layoutChanged.connect(self._update_count)

    # --- state ------------------------------------------------------------------------------

    def restore_state(self) -> None:
        state = self._settings.value(f"{self._name}/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        else:
            self.splitter.setSizes([520, 760])
        header = self._settings.value(f"{self._name}/header")
        if header is None or not self.table.horizontalHeader().restoreState(header):
            for column, width in enumerate(self.default_widths):
                self.table.setColumnWidth(column, width)

    def save_state(self) -> None:
        self._settings.setValue(f"{self._name}/splitter", self.splitter.saveState())
        self._settings.setValue(f"{self._name}/header", self.table.horizontalHeader().saveState())

    # --- behaviour --------------------------------------------------------------------------

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return int(index.data(ID_ROLE)) if index.isValid() else None

    def select_id(self, row_id: int) -> None:
        position = self.model.row_of(row_id)
        if position is None and self.model.has_id(row_id):
            self.filter_edit.clear()  # filtered out: clear the filter so it can be seen
            if self.model.row_of(row_id) is None:
                self.archived_box.setChecked(True)  # an archived row asked for by name
            position = self.model.row_of(row_id)
        if position is None:
            self.model.refresh_ids([row_id])
            position = self.model.row_of(row_id)
        if position is None:
            return
        index = self.model.index(position, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def _before_reset(self) -> None:
        self._resetting = True
        self._keep_id = self.current_id()

    def _after_reset(self) -> None:
        self._resetting = False
        keep, self._keep_id = self._keep_id, None
        if keep is not None and self.model.row_of(keep) is not None:
            self.select_id(keep)

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def _filter(self, text: str) -> None:
        self.model.set_filter_text(text)
        self._update_count()

    def _show_archived(self, show: bool) -> None:
        self.model.set_show_archived(show)
        self._update_count()

    def _update_count(self, *_: Any) -> None:
        shown = self.model.rowCount()
        total = self.model.total
        if self.filter_edit.text().strip():
            locale = QLocale()
            text = (
                self.tr("%1 of %2")
                .replace("%1", locale.toString(shown))
                .replace("%2", locale.toString(total))
            )
        else:
            text = self.tr("%1 shown").replace("%1", QLocale().toString(shown))
        self.count_label.setText(text)

    def _current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._resetting:
            return  # the filter changed; the page keeps showing who it showed
        if current.isValid():
            row_id = int(current.data(ID_ROLE))
            if row_id == self._shown_id and self.right.currentIndex() == 1:
                return  # the same row moved (a sort, a refresh): the page is already right
            self._shown_id = row_id
            page = self.page
            self.right.setCurrentWidget(page)
            page.show_entity(row_id)
            self.current_changed.emit(row_id)
        else:
            self._shown_id = None
            self.right.setCurrentIndex(0)
            self.current_changed.emit(None)

    @property
    def page(self) -> EntityPage[Any]:
        if self._page is None:
            self._page = self._make_page()
            self.right.addWidget(self._page)
            self._page.closed.connect(self.show_prompt)
        return self._page

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        """The first page is read when the view is first shown, not when it is built."""
        if self.model.rowCount() == 0 and self.model.canFetchMore():
            self.model.fetchMore()
        super().showEvent(event)

    def show_prompt(self) -> None:
        self._shown_id = None
        self.right.setCurrentIndex(0)

    # --- verbs --------------------------------------------------------------------------------

    def new_item(self) -> int | None:
        verbs = self._verbs
        name, ok = QInputDialog.getText(self, verbs.new_title, verbs.new_prompt)
        if not ok or not name.strip():
            return None
        try:
            row_id = verbs.create(name)
        except UserError as error:
            self._status.emit(error.message)
            return None
        self._stack.push(
            SavedEditCommand(
                verbs.added, redo=lambda: self._restore(row_id), undo=lambda: self._trash(row_id)
            )
        )
        verbs.changed.emit([row_id])
        self.select_id(row_id)
        return row_id

    def delete_current(self) -> None:
        row_id = self.current_id()
        if row_id is None:
            return
        self.flush()
        self._trash(row_id)
        self._stack.push(
            SavedEditCommand(
                self._verbs.trashed,
                redo=lambda: self._trash(row_id),
                undo=lambda: self._restore(row_id),
            )
        )
        self._status.emit(self.tr("Moved to the trash. Ctrl+Z brings it back."))

    def _trash(self, row_id: int) -> None:
        self._verbs.trash(row_id)
        self._verbs.changed.emit([row_id])

    def _restore(self, row_id: int) -> None:
        self._verbs.restore(row_id)
        self._verbs.changed.emit([row_id])
        self.select_id(row_id)

    def flush(self) -> None:
        if self._page is not None:
            self._page.flush()
