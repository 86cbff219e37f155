"""A table of small frozen rows, fetched from a service in pages, filtered and sorted here.

The first page arrives at once (the view paints), the rest follow in idle-time pages, so
sorting and filtering soon cover everything while the window stays responsive. When a
service reports changed ids, only those rows are re-read, inserted or removed.

Filtering and sorting live in the model, not in a QSortFilterProxyModel: a proxy calls a
Python ``filterAcceptsRow``/``lessThan`` from C++ once per row or pair, which costs
tens of milliseconds per keystroke at 10,000 people. Here one Python sort orders, with
QCollator keys for the UI language, and a keystroke is list comprehensions over folded
text (any case, no diacritics), and the view only ever asks for the rows it shows.

A keystroke never sorts. Every row the empty filter shows, in display order, is kept
(``_base``) until rows, the sort or the archived switch change; a filter keeps that order
by filtering it. Typing one more letter (each new token contains the one it replaces and
none was removed) filters only the rows already shown, and only by the tokens that
changed. So a keystroke costs in proportion to the rows it looks at: everyone for a
query's first letter or a backspace, fewer and fewer as the query grows.
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
ROW_ROLE = Qt.ItemDataRole.UserRole + 4
FIRST_PAGE_SIZE = 60  # a screenful and some: the first paint waits for it
PAGE_SIZE = 500
IDLE_FETCH_MS = 30  # between background pages: input and painting come first


@dataclass(frozen=True)
class Column(Generic[R]):
    title: Callable[[], str]
    display: Callable[[R], str]
    sort: Callable[[R], Any] | None = None  # None: sort by display text with the collator


class RowsModel(QAbstractTableModel, Generic[R]):
    def __init__(
        self,
        columns: Sequence[Column[R]],
        fetch_page: Callable[[int, int], Sequence[R]],
        fetch_ids: Callable[[Sequence[int]], Sequence[R]],
        row_id: Callable[[R], int],
        haystack: Callable[[R], str],
        parent: Any = None,
        count: Callable[[bool], int] | None = None,
    ) -> None:
        """``count(with_archived)``: how many rows the list holds once every page is in,
        for its count to say so while the pages still come."""
        super().__init__(parent)
        self._columns = list(columns)
        self._count = count
        self._counted: dict[bool, int] = {}  # by the archived switch
        self._idle_pages = False  # the pages after the first have begun to come
        self._fetch_page = fetch_page
        self._fetch_ids = fetch_ids
        self._row_id = row_id
        self._haystack = haystack
        self._rows: list[R] = []  # everything fetched, in fetch order
        self._keys: list[str] = []  # folded haystack of each row
        self._archived: list[bool] = []  # each row's archived flag
        self._ids: list[int] = []  # each row's id (ids are unique)
        self._shown: list[int] = []  # indexes into _rows, in display order
        # _shown is exactly the rows the current filter matches (a refresh may leave a row
        # shown that no longer matches, or hide one that now does: then the next keystroke
        # filters everyone again instead of refining what is shown).
        self._exact = True
        self._base: list[int] | None = None  # what the empty filter shows, in display order
        self.looked_at = 0  # rows a filter has looked at, each token counted (benchmarks)
        self._last_id = 0
        self._complete = False
        self._tokens: list[str] = []
        self._show_archived = False
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._rank: list[int] | None = None  # row index -> place in the current sort
        self._order: list[int] = []  # row indexes in the current sort (with _rank)
        self._collator = QCollator(QLocale())
        self._collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._collator.setNumericMode(True)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_FETCH_MS)
        self._idle.timeout.connect(self.fetchMore)
        self.decorate: Callable[[R, int, int], Any] | None = None  # (row, column, role)

    # --- Qt model API ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._shown)

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
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        row = self._rows[self._shown[index.row()]]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[index.column()].display(row)
        if role == ID_ROLE:
            return self._row_id(row)
        if role == ROW_ROLE:
            return row
        if self.decorate is not None:
            return self.decorate(row, index.column(), role)
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self._complete

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or self._complete:
            return
        size = PAGE_SIZE if self._rows else FIRST_PAGE_SIZE
        # Counted from the first page read in idle time on, never before the first paint
        # (a count reads every row: as long as the first page itself at 10,000).
        self._idle_pages = bool(self._rows)
        page = list(self._fetch_page(self._last_id, size))
        if len(page) < size:
            self._complete = True
        if page:
            self._last_id = max(self._last_id, max(self._row_id(r) for r in page))
            self._append(page)
        if not self._complete:
            self._idle.start()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column = column
        self._sort_order = order
        self._rank = None
        self._base = None
        self._reorder()

    # --- what the list shows ---------------------------------------------------------------

    @property
    def complete(self) -> bool:
        return self._complete

    @property
    def total(self) -> int:
        """Rows fetched so far, whatever the filter."""
        return len(self._rows)

    def unfiltered_count(self) -> int:
        """The rows the list shows without a filter once every page is in; those fetched
        so far until the pages in idle time begin (or where it cannot ask)."""
        if self._complete or self._count is None or not self._idle_pages:
            return sum(1 for archived in self._archived if self._show_archived or not archived)
        if self._show_archived not in self._counted:  # counted again after a change
            self._counted[self._show_archived] = self._count(self._show_archived)
        return self._counted[self._show_archived]

    def set_filter_text(self, text: str) -> None:
        tokens = fold(text).split()
        if tokens != self._tokens:
            if tokens:
                self.load_all()  # a filter looks at everyone, not just the first pages
            old, self._tokens = self._tokens, tokens
            if self._exact and _refines(tokens, old):
                # One more letter: only what is shown can still match, already in order.
                changed = [t for i, t in enumerate(tokens) if i >= len(old) or t != old[i]]
                self._show(self._matching(self._shown, changed))
            else:
                self._refilter()

    def set_show_archived(self, show: bool) -> None:
        if show != self._show_archived:
            self._show_archived = show
            self._base = None
            self._refilter()

    def row_of(self, row_id: int) -> int | None:
        """The display position of a row, or None when it is not shown (two scans in C: the
        view asks after every keystroke, to keep its selection)."""
        try:
            return self._shown.index(self._ids.index(row_id))
        except ValueError:
            return None

    def row_at(self, position: int) -> R:
        return self._rows[self._shown[position]]

    def has_id(self, row_id: int) -> bool:
        return row_id in self._ids

    def load_all(self) -> None:
        """Fetch every remaining page now (a filter, tests, screenshots)."""
        while not self._complete:
            self.fetchMore()

    def reload(self) -> None:
        self._idle.stop()
        self.beginResetModel()
        self._rows, self._keys, self._archived, self._ids, self._shown = [], [], [], [], []
        self._rank, self._base, self._exact = None, None, True
        self._last_id, self._complete = 0, False
        self._counted.clear()
        self._idle_pages = False
        self.endResetModel()
        self.fetchMore()

    def refresh_ids(self, ids: Sequence[int]) -> None:
        """Re-read these rows: update the ones we have, add new ones, drop deleted ones."""
        if not ids:
            return
        self._counted.clear()  # rows may have come, gone or been archived
        fresh = {self._row_id(row): row for row in self._fetch_ids(list(ids))}
        where = {row_id: i for i, row_id in enumerate(self._ids)}
        added: list[R] = []
        updated: list[int] = []
        gone = False
        for row_id in ids:
            index, row = where.get(row_id), fresh.get(row_id)
            if index is not None and row is not None:
                self._rows[index] = row
                self._keys[index] = fold(self._haystack(row))
                self._archived[index] = bool(getattr(row, "archived", False))
                updated.append(index)
            elif index is not None:
                gone = True
            elif row is not None and (self._complete or row_id <= self._last_id):
                added.append(row)
        self._rank = None  # values changed: places may too
        self._base = None
        if updated:
            # A changed row stays where it is (shown or not) until the filter changes; the
            # next keystroke must then look at everyone if the filter no longer agrees.
            shown = set(self._shown)
            if any(self._visible(i) != (i in shown) for i in updated):
                self._exact = False
        if gone:
            self._drop([where[i] for i in ids if i in where and i not in fresh])
        if added:
            self._append(added)
        if self._shown:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._shown) - 1, len(self._columns) - 1)
            )
        self._reorder()

    # --- internals ------------------------------------------------------------------------

    def _visible(self, index: int) -> bool:
        if not self._show_archived and self._archived[index]:
            return False
        key = self._keys[index]
        return all(token in key for token in self._tokens)

    def _matching(self, candidates: list[int], tokens: list[str]) -> list[int]:
        """The candidates (in their order) whose folded text holds every token: one list
        comprehension per token, the longest (the most selective) first."""
        keys = self._keys
        found = candidates
        for token in sorted(tokens, key=len, reverse=True):
            self.looked_at += len(found)
            found = [i for i in found if token in keys[i]]
        return found if found is not candidates else list(candidates)

    def _append(self, rows: list[R]) -> None:
        self._rank = None
        self._base = None
        start = len(self._rows)
        for row in rows:
            self._rows.append(row)
            self._keys.append(fold(self._haystack(row)))
            self._archived.append(bool(getattr(row, "archived", False)))
            self._ids.append(self._row_id(row))
        archived, everything = self._archived, self._show_archived
        fresh = [i for i in range(start, len(self._rows)) if everything or not archived[i]]
        visible = self._matching(fresh, self._tokens)
        if visible:
            first = len(self._shown)
            self.beginInsertRows(QModelIndex(), first, first + len(visible) - 1)
            self._shown.extend(visible)
            self.endInsertRows()
            self._reorder()

    def _drop(self, indexes: list[int]) -> None:
        self._rank = None
        self._base = None
        for index in sorted(set(indexes), reverse=True):
            if index in self._shown:
                position = self._shown.index(index)
                self.beginRemoveRows(QModelIndex(), position, position)
                del self._shown[position]
                self.endRemoveRows()
            del self._rows[index]
            del self._keys[index]
            del self._archived[index]
            del self._ids[index]
            self._shown = [i - 1 if i > index else i for i in self._shown]

    def _refilter(self) -> None:
        """Filter everyone again: the empty filter's rows, kept in display order."""
        self._show(self._matching(self._everyone(), self._tokens))
        self._exact = True

    def _show(self, shown: list[int]) -> None:
        self.beginResetModel()
        self._shown = shown
        self.endResetModel()

    def _everyone(self) -> list[int]:
        """Every row the empty filter shows, in display order: built once per change of
        rows, sort or archived switch, so neither a filter nor clearing it sorts."""
        if self._base is None:
            if 0 <= self._sort_column < len(self._columns):
                self._ranks()
                order: list[int] = self._order
            else:
                order = list(range(len(self._rows)))
            if not self._show_archived:
                archived = self._archived
                order = [i for i in order if not archived[i]]
            self._base = order
        return self._base

    def _ordered(self, indexes: list[int]) -> list[int]:
        if not 0 <= self._sort_column < len(self._columns):
            return indexes
        rank = self._ranks()
        return sorted(indexes, key=rank.__getitem__)

    def _ranks(self) -> list[int]:
        """Each row's place in the full sort (and the rows in that order), computed once per
        sort or change of rows, so that shown rows only sort integers."""
        if self._rank is None or len(self._rank) != len(self._rows):
            column = self._columns[self._sort_column]
            keyed = [(self._sort_key(column, row), i) for i, row in enumerate(self._rows)]
            present = [item for item in keyed if item[0] not in (None, "")]
            empty = [i for key, i in keyed if key in (None, "")]
            present.sort(
                key=lambda item: item[0],
                reverse=self._sort_order == Qt.SortOrder.DescendingOrder,
            )
            order = [i for _key, i in present] + empty  # empty values last, either way
            rank = [0] * len(self._rows)
            for position, index in enumerate(order):
                rank[index] = position
            self._rank, self._order = rank, order
        return self._rank

    def _sort_key(self, column: Column[R], row: R) -> Any:
        if column.sort is not None:
            return column.sort(row)
        text = column.display(row)
        return self._collator.sortKey(text) if text else None

    def _reorder(self) -> None:
        """Sort what is shown, keeping the selection on the same rows."""
        order = self._ordered(list(self._shown))
        if order == self._shown:
            return
        self.layoutAboutToBeChanged.emit()
        new_position = {index: position for position, index in enumerate(order)}
        old = self.persistentIndexList()
        new = [self.index(new_position[self._shown[i.row()]], i.column()) for i in old]
        self._shown = order
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()


def _refines(tokens: list[str], old: list[str]) -> bool:
    """Whether every row matching ``tokens`` also matches ``old``: no token removed, and
    each one still holding the token it replaces (the common case: one more letter)."""
    return len(tokens) >= len(old) and all(o in t for o, t in zip(old, tokens, strict=False))
