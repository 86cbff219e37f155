"""Filter as you type (any case, no diacritics) and sort names the way the language does."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QCollator,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from partnerbook.domain.text import fold
from partnerbook.ui.models.rows_model import ARCHIVED_ROLE, FILTER_ROLE, SORT_ROLE

Index = QModelIndex | QPersistentModelIndex


class RowsFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._tokens: list[str] = []
        self._show_archived = False
        self._collator = QCollator(QLocale())
        self._collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._collator.setNumericMode(True)
        self.setSortRole(SORT_ROLE)
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

    def lessThan(self, left: Index, right: Index) -> bool:  # noqa: N802
        a = self.sourceModel().data(left, SORT_ROLE)
        b = self.sourceModel().data(right, SORT_ROLE)
        # Empty values sort last whichever way the column is sorted.
        if a in (None, "") or b in (None, ""):
            descending = self.sortOrder() == Qt.SortOrder.DescendingOrder
            if a in (None, "") and b in (None, ""):
                return False
            return (a in (None, "")) == descending
        if isinstance(a, str) and isinstance(b, str):
            return self._collator.compare(a, b) < 0
        if isinstance(a, date) and isinstance(b, date):
            return a < b
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)
