"""A master list with filter-as-you-type beside the page of the selected row.

Shared by People and Partners: each supplies its model, its page and its verbs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QPoint,
    QSettings,
    Qt,
    QTimer,
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
    QMenu,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from partnerbook.errors import UserError
from partnerbook.ui.messages import translated
from partnerbook.ui.models.rows_model import ID_ROLE, RowsModel
from partnerbook.ui.undo import SavedEditCommand
from partnerbook.ui.widgets.elided_tip import ElidedTipDelegate

if TYPE_CHECKING:
    from partnerbook.ui.views.entity_page import EntityPage

# No column is made wider than this for its longest cell (the rest is elided, with a tip),
# and none is shown narrower than MIN_COLUMN: a column that would be is left out instead.
MAX_COLUMN = 320
MIN_COLUMN = 72
PAGE_ROOM = 520  # what a person's or partner's page needs beside the list (its scroll bar too)


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
        # The columns in the order they matter: as many as the list has room for are shown,
        # each as wide as its content; the first is always there.
        self.column_priority: tuple[int, ...] = tuple(range(model.columnCount()))
        self._column_wants: dict[int, int] = {}
        # The user's own choices (the header's context menu), kept between runs.
        self._hidden_columns: set[int] = _ints(settings.value(f"{name}/hidden-columns"))
        self._shown_columns: set[int] = _ints(settings.value(f"{name}/shown-columns"))
        self._splitter_restored = False
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
        self.table.setItemDelegate(ElidedTipDelegate(self.table))
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)  # fit_columns shares out the whole width
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.fit_columns)
        self.table.viewport().installEventFilter(self)
        for signal in (model.modelReset, model.rowsInserted, model.layoutChanged):
            signal.connect(self._measure_again)
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
        self.splitter.splitterMoved.connect(self._splitter_placed)

        focus_list = QShortcut(QKeySequence("Alt+L"), self)
        focus_list.activated.connect(lambda: self.table.setFocus())
        self.model.rowsInserted.connect(self._update_count)
        self.model.modelReset.connect(self._update_count)
        self.model.rowsRemoved.connect(self._update_count)
        self.model.layoutChanged.connect(self._update_count)

    # --- state ------------------------------------------------------------------------------

    def restore_state(self) -> None:
        state = self._settings.value(f"{self._name}/splitter")
        self._splitter_restored = state is not None and self.splitter.restoreState(state)
        if not self._splitter_restored:
            self.splitter.setSizes([520, 760])  # until the rows tell how wide the list wants
        header = self.table.horizontalHeader()
        state = self._settings.value(f"{self._name}/header")
        if state is not None and header.restoreState(state):  # the sort order
            header.setStretchLastSection(False)
            for column in range(header.count()):
                header.setSectionHidden(column, False)
        self._fit_timer.start()

    def save_state(self) -> None:
        self._settings.setValue(f"{self._name}/splitter", self.splitter.saveState())
        self._settings.setValue(f"{self._name}/header", self.table.horizontalHeader().saveState())
        self._settings.setValue(f"{self._name}/hidden-columns", sorted(self._hidden_columns))
        self._settings.setValue(f"{self._name}/shown-columns", sorted(self._shown_columns))

    # --- columns ----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_timer.start()
        return super().eventFilter(watched, event)

    def _measure_again(self, *_: Any) -> None:
        self._column_wants.clear()
        self._fit_timer.start()

    def column_want(self, column: int) -> int:
        """How wide the column would be to show its title and its rows' text uncut."""
        if column not in self._column_wants:
            header = self.table.horizontalHeader()
            want = max(header.sectionSizeHint(column), self.table.sizeHintForColumn(column))
            self._column_wants[column] = min(MAX_COLUMN, want + 4)
        return self._column_wants[column]

    def fit_columns(self) -> None:
        """Show the columns that matter most, each uncut, in the room the list has.

        The columns are taken in ``column_priority`` order (those the user asked for
        first, those the user hid never): each that fits whole is shown; then the next
        gets what is left if that is a fair part of it (cut short, its tooltip whole);
        space still left is shared out, so the columns fill the list's width exactly.
        """
        header = self.table.horizontalHeader()
        room = self.table.viewport().width()
        count = header.count()
        if room <= 0 or count == 0:
            return
        self._first_splitter_sizes()
        room = self.table.viewport().width()
        first = self.column_priority[0]
        asked = [c for c in self.column_priority if c in self._shown_columns]
        rest = [c for c in self.column_priority if c not in self._shown_columns]
        widths: dict[int, int] = {}
        left_out: list[int] = []
        for column in [first, *asked, *rest]:
            if column in widths or (column in self._hidden_columns and column != first):
                continue
            want = self.column_want(column)
            # Strictly in order: a column that does not fit keeps the later ones out too
            # (the stay-in-touch state never takes the place of the role).
            asked_for = column == first or column in self._shown_columns
            if asked_for or (not left_out and sum(widths.values()) + want <= room):
                widths[column] = want
            else:
                left_out.append(column)
        spare = room - sum(widths.values())
        if left_out:
            column = left_out[0]
            least = min(
                self.column_want(column), max(MIN_COLUMN, self.column_want(column) * 2 // 3)
            )
            if spare >= least:
                widths[column], spare = spare, 0
        if spare > 0:
            total = sum(widths.values())
            for column in list(widths):
                widths[column] += spare * widths[column] // total
            widths[max(widths)] += room - sum(widths.values())  # what rounding left over
        for column in range(count):
            header.setSectionHidden(column, column not in widths)
            if column in widths:
                header.resizeSection(column, widths[column])

    def _first_splitter_sizes(self) -> None:
        """Until the user places it, the splitter gives the list the room its first
        columns want (their content, uncut), and leaves the page beside it its room
        (PAGE_ROOM) when the window is narrow, a third of the width at least for the list."""
        if self._splitter_restored or self.model.rowCount() == 0:
            return
        sizes = self.splitter.sizes()
        total = sum(sizes)
        if total <= 0 or not self.isVisible():
            return
        chrome = sizes[0] - self.table.viewport().width()
        bar = self.table.verticalScrollBar()
        if not bar.isVisible():  # it will be, once the rows fill the list
            chrome += bar.sizeHint().width()
        want = chrome + sum(self.column_want(c) for c in self.column_priority[:3])
        left = max(int(total * 0.35), min(want, total - PAGE_ROOM))
        if sizes[0] != left:
            self.splitter.setSizes([left, total - left])

    def _splitter_placed(self, *_: Any) -> None:
        self._splitter_restored = True  # the user's: kept from now on, and saved

    def _column_menu(self, position: QPoint) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for column in range(header.count()):
            if column == self.column_priority[0]:
                continue
            action = menu.addAction(str(self.model.headerData(column, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda on, c=column: self.choose_column(c, on))
        menu.exec(header.mapToGlobal(position))

    def choose_column(self, column: int, show: bool) -> None:
        """The user's choice: this column always (scrolling if need be), or never."""
        (self._shown_columns if show else self._hidden_columns).add(column)
        (self._hidden_columns if show else self._shown_columns).discard(column)
        self.fit_columns()

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
        else:  # the pages still coming in idle time count too: they are a scroll away
            everyone = self.model.unfiltered_count()
            text = self.tr("%1 shown").replace("%1", QLocale().toString(everyone))
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
            self._status.emit(translated(error))
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


def _ints(value: Any) -> set[int]:
    """A list of column numbers as QSettings gives it back (a list, one string, or none)."""
    if value is None:
        return set()
    values = value if isinstance(value, list) else [value]
    return {int(v) for v in values if str(v).isdigit()}
