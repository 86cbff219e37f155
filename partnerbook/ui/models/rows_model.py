"""A table of small frozen rows, fetched from a service in pages, refreshed by id.

The first page arrives at once (the view paints), the rest follow in idle-time pages, so
sorting and filtering soon cover everything while the window stays responsive. When a
service reports changed ids, only those rows are re-read, inserted or removed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)

from partnerbook.domain.text import fold

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
FILTER_ROLE = Qt.ItemDataRole.UserRole + 3
ROW_ROLE = Qt.ItemDataRole.UserRole + 4
ARCHIVED_ROLE = Qt.ItemDataRole.UserRole + 5
PAGE_SIZE = 500
IDLE_FETCH_MS = 30  # between background pages: input and painting come first


@dataclass(frozen=True)
class Column(Generic[R]):
    title: Callable[[], str]
    display: Callable[[R], str]
    sort: Callable[[R], Any] | None = None  # None: sort by display text with the collator
    collate: bool = False


class RowsModel(QAbstractTableModel, Generic[R]):
    def __init__(
        self,
        columns: Sequence[Column[R]],
        fetch_page: Callable[[int, int], Sequence[R]],
        fetch_ids: Callable[[Sequence[int]], Sequence[R]],
        row_id: Callable[[R], int],
        haystack: Callable[[R], str],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._fetch_page = fetch_page
        self._fetch_ids = fetch_ids
        self._row_id = row_id
        self._haystack = haystack
        self._rows: list[R] = []
        self._keys: list[str] = []
        self._position: dict[int, int] = {}
        self._last_id = 0
        self._complete = False
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._collator = QCollator(QLocale())
        self._collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._collator.setNumericMode(True)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_FETCH_MS)
        self._idle.timeout.connect(self._fetch_in_background)
        self.decorate: Callable[[R, int, int], Any] | None = None  # (row, column, role)

    # --- Qt model API ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section].title()
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row)
        if role == ID_ROLE:
            return self._row_id(row)
        if role == FILTER_ROLE:
            return self._keys[index.row()]
        if role == ROW_ROLE:
            return row
        if role == ARCHIVED_ROLE:
            return bool(getattr(row, "archived", False))
        if self.decorate is not None:
            return self.decorate(row, index.column(), role)
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self._complete

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or self._complete:
            return
        page = list(self._fetch_page(self._last_id, PAGE_SIZE))
        if len(page) < PAGE_SIZE:
            self._complete = True
        if not page:
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
        for offset, row in enumerate(page):
            self._rows.append(row)
            self._keys.append(fold(self._haystack(row)))
            self._position[self._row_id(row)] = start + offset
        self._last_id = max(self._last_id, max(self._row_id(r) for r in page))
        self.endInsertRows()
        self._resort()
        if not self._complete:
            self._idle.start()

    # --- loading and refreshing ----------------------------------------------------------

    @property
    def complete(self) -> bool:
        return self._complete

    def reload(self) -> None:
        self._idle.stop()
        self.beginResetModel()
        self._rows, self._keys, self._position = [], [], {}
        self._last_id, self._complete = 0, False
        self.endResetModel()
        self.fetchMore()

    def load_all(self) -> None:
        """Fetch every remaining page now (tests, screenshots, 'select all')."""
        while not self._complete:
            self.fetchMore()

    def _fetch_in_background(self) -> None:
        self.fetchMore()

    def row_of(self, row_id: int) -> int | None:
        return self._position.get(row_id)

    def row_at(self, position: int) -> R:
        return self._rows[position]

    def refresh_ids(self, ids: Sequence[int]) -> None:
        """Re-read these rows: update the ones we have, add new ones, drop deleted ones."""
        if not ids:
            return
        self._refresh(ids)
        self._resort()

    def _refresh(self, ids: Sequence[int]) -> None:
        fresh = {self._row_id(row): row for row in self._fetch_ids(list(ids))}
        for row_id in ids:
            position = self._position.get(row_id)
            row = fresh.get(row_id)
            if position is not None and row is not None:
                self._rows[position] = row
                self._keys[position] = fold(self._haystack(row))
                left = self.index(position, 0)
                right = self.index(position, len(self._columns) - 1)
                self.dataChanged.emit(left, right)
            elif position is not None:
                self._remove(position)
            elif row is not None and (self._complete or row_id <= self._last_id):
                end = len(self._rows)
                self.beginInsertRows(QModelIndex(), end, end)
                self._rows.append(row)
                self._keys.append(fold(self._haystack(row)))
                self._position[row_id] = end
                self.endInsertRows()

    # --- sorting (here rather than in the proxy: one Python sort instead of a Python
    # comparison called from C++ for every pair) ---------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column = column
        self._sort_order = order
        self._resort()

    def _sort_key(self, column: Column[R], row: R) -> Any:
        if column.sort is not None:
            return column.sort(row)
        text = column.display(row)
        return self._collator.sortKey(text) if text else None

    def _resort(self) -> None:
        if not 0 <= self._sort_column < len(self._columns) or len(self._rows) < 2:
            return
        column = self._columns[self._sort_column]
        keyed = [(self._sort_key(column, row), i) for i, row in enumerate(self._rows)]
        present = [item for item in keyed if item[0] not in (None, "")]
        empty = [item for item in keyed if item[0] in (None, "")]
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        present.sort(key=lambda item: item[0], reverse=descending)
        order = [i for _key, i in present] + [i for _key, i in empty]  # empty last, always
        if order == list(range(len(order))):
            return
        self.layoutAboutToBeChanged.emit()
        new_row_of = {old: new for new, old in enumerate(order)}
        old_indexes = self.persistentIndexList()
        new_indexes = [self.index(new_row_of[index.row()], index.column()) for index in old_indexes]
        self._rows = [self._rows[i] for i in order]
        self._keys = [self._keys[i] for i in order]
        self._position = {self._row_id(row): i for i, row in enumerate(self._rows)}
        self.changePersistentIndexList(old_indexes, new_indexes)
        self.layoutChanged.emit()

    def _remove(self, position: int) -> None:
        self.beginRemoveRows(QModelIndex(), position, position)
        del self._rows[position]
        del self._keys[position]
        self.endRemoveRows()
        self._position = {self._row_id(row): i for i, row in enumerate(self._rows)}
