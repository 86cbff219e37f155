"""Filter as you type (any case, no diacritics); sorting is delegated to the source model."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from partnerbook.domain.text import fold
from partnerbook.ui.models.rows_model import ARCHIVED_ROLE, FILTER_ROLE

Index = QModelIndex | QPersistentModelIndex


class RowsFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._tokens: list[str] = []
        self._show_archived = False
        self._sorted: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
        self.setDynamicSortFilter(True)

    def set_filter_text(self, text: str) -> None:
        tokens = fold(text).split()
        if tokens != self._tokens:
            self.beginFilterChange()
            self._tokens = tokens
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_show_archived(self, show: bool) -> None:
        if show != self._show_archived:
            self.beginFilterChange()
            self._show_archived = show
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if not self._show_archived and model.data(index, ARCHIVED_ROLE):
            return False
        if not self._tokens:
            return True
        haystack = model.data(index, FILTER_ROLE) or ""
        return all(token in haystack for token in self._tokens)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The source model sorts (fast, collated); the proxy keeps its order and filters."""
        self.sourceModel().sort(column, order)
        self._sorted = (column, order)

    def sortColumn(self) -> int:  # noqa: N802 - Qt API
        return self._sorted[0]

    def sortOrder(self) -> Qt.SortOrder:  # noqa: N802 - Qt API
        return self._sorted[1]
