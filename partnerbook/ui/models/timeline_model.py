"""The timeline as a flat list: entries newest first, with month and day header rows.

Headers are rows of the model, not drawn above an entry by the delegate: every row then
has the same height, so the view lays out 100,000 rows without asking Python for a size
hint per row, and scrolling costs only the rows on screen.

Memory stays bounded: for every row fetched the model keeps two 64-bit numbers (its key,
the time in microseconds, and the entry id) and the local day; whole entries live in a
small LRU cache, and rows evicted from it are read again by id, a block at a time, when
they are scrolled back into view. Keys order the rows ((at, id) descending), so a changed
entry finds its place by bisection and is inserted, moved or removed on its own: a note
added anywhere never resets the list.
"""

from __future__ import annotations

import bisect
from array import array
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
)

from partnerbook.domain.types import TimelineCursor, TimelineEntry, TimelineFilter
from partnerbook.services import timeline as timeline_service
from partnerbook.store.engine import Journal
from partnerbook.ui.presentation import masked_entry
from partnerbook.ui.tr_context import TranslationContext


class TimelineModelText(TranslationContext):
    """The translation context of this module's strings outside its widgets."""


Index = QModelIndex | QPersistentModelIndex

ROW_KIND_ROLE = Qt.ItemDataRole.UserRole + 20  # ENTRY_ROW, DAY_ROW or MONTH_ROW
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 21  # the TimelineEntry (None for headers)
ID_ROLE = Qt.ItemDataRole.UserRole + 22  # the entry id (None for headers)
DAY_ROLE = Qt.ItemDataRole.UserRole + 23  # the local date of the row
TIME_ROLE = Qt.ItemDataRole.UserRole + 24  # the local time of day, formatted

ENTRY_ROW, DAY_ROW, MONTH_ROW = 0, 1, 2
# Header rows sort before the entries of their day (month before day) in (at, id) order.
_DAY_ID = 1 << 61
_MONTH_ID = (1 << 61) + 1

FIRST_PAGE_SIZE = 80  # a screenful and some: the first paint waits for it
PAGE_SIZE = 200
KEYS_PAGE_SIZE = 5_000  # a jump walks keys only, a few milliseconds per thousand
CACHE_LIMIT = 1_500  # whole entries kept; everything else is two numbers per row
BLOCK = 120  # rows read together when scrolled back to evicted ones


def _micros(moment: datetime) -> int:
    delta = moment - _EPOCH
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


class TimelineModel(QAbstractListModel):
    """Rows of the timeline for ``filters``; ``zone`` is the user's time zone (None: the
    system's), ``today`` is injectable so "Today" and "Yesterday" can be tested."""

    def __init__(
        self,
        journal: Journal,
        filters: TimelineFilter | None = None,
        *,
        zone: tzinfo | None = None,
        today: Callable[[], date] | None = None,
        cache_limit: int = CACHE_LIMIT,
        page_size: int = PAGE_SIZE,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._filters = filters or TimelineFilter()
        self._zone = zone
        self._today = today or date.today
        self._cache_limit = max(cache_limit, BLOCK * 2)
        self._page_size = page_size
        self._ats = array("q")  # per row: at in UTC microseconds (headers: end of their span)
        self._ids = array("q")  # per row: entry id, or a header marker
        self._days = array("l")  # per row: local date ordinal
        self._cache: OrderedDict[int, TimelineEntry] = OrderedDict()
        self._cursor: TimelineCursor | None = None  # where the next page starts
        self._complete = False
        self._started = False
        self._fetching = False
        self._locale = QLocale()
        self._presenting = False  # presentation mode: private rows say only their kind

    # --- Qt model API ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ids)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._ids[index.row()] >= _DAY_ID:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        row = index.row()
        kind = self.row_kind(row)
        if role == ROW_KIND_ROLE:
            return kind
        if role == DAY_ROLE:
            return date.fromordinal(self._days[row])
        if kind != ENTRY_ROW:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return self._header_text(row, kind)
            return None
        if role == ID_ROLE:
            return self._ids[row]
        if role == ENTRY_ROLE:
            return self._shown(self.entry_at(row))
        if role == TIME_ROLE:
            return self._time_text(self._ats[row])
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            entry = self._shown(self.entry_at(row))
            return entry.title if entry is not None else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            entry = self._shown(self.entry_at(row))
            return self._tooltip(entry) if entry is not None else None
        return None

    def _shown(self, entry: TimelineEntry | None) -> TimelineEntry | None:
        return masked_entry(entry) if entry is not None and self._presenting else entry

    def set_presenting(self, on: bool) -> None:
        """Presentation mode: the give & take's rows say only their kind; the rows repaint."""
        if on == self._presenting:
            return
        self._presenting = on
        if self._ids:
            self.dataChanged.emit(self.index(0), self.index(len(self._ids) - 1))

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self._complete and not self._fetching

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or self._complete or self._fetching:
            return  # views and testers ask again from rowsInserted: one page at a time
        size = self._page_size if self._started else FIRST_PAGE_SIZE
        self._started = True
        self._fetching = True
        try:
            self._read_page(size, notify=True)
        finally:
            self._fetching = False

    def _read_page(self, size: int, notify: bool) -> None:
        page = timeline_service.timeline_page(self._journal, self._filters, self._cursor, size)
        for entry in page.entries:
            self._remember(entry)
        self._append([(entry.at, entry.id) for entry in page.entries], page.next_cursor, notify)

    # --- what the views ask ------------------------------------------------------------------

    @property
    def filters(self) -> TimelineFilter:
        return self._filters

    @property
    def complete(self) -> bool:
        return self._complete

    @property
    def cached(self) -> int:
        """Whole entries held in memory now (bounded by the cache limit)."""
        return len(self._cache)

    @property
    def cache_limit(self) -> int:
        return self._cache_limit

    @property
    def entry_count(self) -> int:
        """Entry rows fetched so far (headers not counted)."""
        return sum(1 for value in self._ids if value < _DAY_ID)

    def row_kind(self, row: int) -> int:
        value = self._ids[row]
        if value < _DAY_ID:
            return ENTRY_ROW
        return MONTH_ROW if value == _MONTH_ID else DAY_ROW

    def is_entry(self, row: int) -> bool:
        return 0 <= row < len(self._ids) and self._ids[row] < _DAY_ID

    def entry_ids(self) -> list[int]:
        """Entry ids in row order (tests, export of what is shown)."""
        return [value for value in self._ids if value < _DAY_ID]

    def row_of(self, entry_id: int) -> int | None:
        try:
            return self._ids.index(entry_id)
        except ValueError:
            return None

    def entry_at(self, row: int) -> TimelineEntry | None:
        """The whole entry of this row, read again (with its neighbours) when evicted."""
        entry_id = self._ids[row]
        if entry_id >= _DAY_ID:
            return None
        entry = self._cache.get(entry_id)
        if entry is None:
            self._load_block(row)
            entry = self._cache.get(entry_id)
        else:
            self._cache.move_to_end(entry_id)
        return entry

    def set_filters(self, filters: TimelineFilter) -> None:
        if filters != self._filters:
            self._filters = filters
            self.reload()

    def reload(self) -> None:
        """Everything may have changed (another journal, a restore, a new filter)."""
        self.beginResetModel()
        self._ats, self._ids, self._days = array("q"), array("q"), array("l")
        self._cache.clear()
        self._cursor, self._complete, self._started = None, False, True
        self._locale = QLocale()
        try:
            self._read_page(FIRST_PAGE_SIZE, notify=False)  # one reset, the first page in it
        finally:
            self.endResetModel()

    def load_all(self) -> None:
        while not self._complete:
            self.fetchMore()

    def jump_to(self, day: date) -> int | None:
        """The row where ``day`` starts (its header), or where the nearest earlier day
        starts; None when nothing is that old. Walks only keys to get there."""
        boundary = timeline_service.day_end_cursor(day, self._zone)
        target = (_micros(boundary.at), 0)
        while not self._complete and (not self._ids or self._key(len(self._ids) - 1) >= target):
            if not self._started:
                self.fetchMore()
                continue
            keys = timeline_service.timeline_keys(
                self._journal, self._filters, self._cursor, KEYS_PAGE_SIZE
            )
            more = len(keys) == KEYS_PAGE_SIZE
            self._fetching = True
            try:
                self._append([(k.at, k.id) for k in keys], keys[-1] if more else None)
            finally:
                self._fetching = False
        row = self._first_below(target)
        if row >= len(self._ids):
            return None
        while row > 0 and not self.is_entry(row - 1):
            row -= 1  # land on the day's header (and its month's)
        return row

    def first_entry_from(self, row: int) -> int | None:
        """This row if it is an entry, else the first entry below it."""
        while 0 <= row < len(self._ids):
            if self.is_entry(row):
                return row
            row += 1
        return None

    # --- refreshing what changed ---------------------------------------------------------------

    def refresh_ids(self, ids: Iterable[int]) -> None:
        """Re-read these entries: update, move, insert or remove just their rows."""
        wanted = set(ids)
        if not wanted:
            return
        fresh = {
            entry.id: entry
            for entry in timeline_service.entries_by_ids(self._journal, wanted, self._filters)
        }
        for entry_id in sorted(wanted):
            row = self.row_of(entry_id)
            entry = fresh.get(entry_id)
            if row is not None and entry is not None and self._key(row) == self._entry_key(entry):
                self._remember(entry)
                index = self.index(row, 0)
                self.dataChanged.emit(index, index)
                continue
            if row is not None:
                self._remove_row(row)
                self._cache.pop(entry_id, None)
            if entry is not None and self._within_fetched(self._entry_key(entry)):
                self._remember(entry)
                self._insert_entry(entry)

    def forget_names(self, person_ids: Sequence[int] = (), partner_ids: Sequence[int] = ()) -> None:
        """People or partners were renamed or trashed: read their entries again when shown."""
        people, partners = set(person_ids), set(partner_ids)
        stale = [
            entry_id
            for entry_id, entry in self._cache.items()
            if any(p.id in people for p in entry.people)
            or any(p.id in partners for p in entry.partners)
        ]
        for entry_id in stale:
            del self._cache[entry_id]
        if stale and self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, 0))

    # --- internals --------------------------------------------------------------------------------

    def _key(self, row: int) -> tuple[int, int]:
        return (self._ats[row], self._ids[row])

    @staticmethod
    def _entry_key(entry: TimelineEntry) -> tuple[int, int]:
        return (_micros(entry.at), entry.id)

    def _first_below(self, key: tuple[int, int]) -> int:
        """The first row whose key is below ``key`` (rows are in descending key order)."""
        ats, ids = self._ats, self._ids
        return bisect.bisect_right(
            range(len(ids)), (-key[0], -key[1]), key=lambda i: (-ats[i], -ids[i])
        )

    def _within_fetched(self, key: tuple[int, int]) -> bool:
        """A new entry belongs among the rows only if a later page would not bring it."""
        if self._complete:
            return True
        return self._cursor is not None and key > (_micros(self._cursor.at), self._cursor.id)

    def _local_day(self, at: datetime) -> date:
        return at.astimezone(self._zone).date() if self._zone else at.astimezone().date()

    def _day_end(self, day: date) -> int:
        return _micros(timeline_service.day_end_cursor(day, self._zone).at)

    def _month_end(self, day: date) -> int:
        first_next = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
        return self._day_end(first_next - timedelta(days=1))

    def _remember(self, entry: TimelineEntry) -> None:
        self._cache[entry.id] = entry
        self._cache.move_to_end(entry.id)
        while len(self._cache) > self._cache_limit:
            self._cache.popitem(last=False)

    def _load_block(self, row: int) -> None:
        start = max(0, row - BLOCK // 2)
        wanted = [
            entry_id
            for entry_id in self._ids[start : start + BLOCK]
            if entry_id < _DAY_ID and entry_id not in self._cache
        ]
        for entry in timeline_service.entries_by_ids(self._journal, wanted):
            self._remember(entry)

    def _rows_for(
        self, keys: Sequence[tuple[datetime, int]], previous_day: int | None
    ) -> tuple[list[int], list[int], list[int]]:
        ats: list[int] = []
        ids: list[int] = []
        days: list[int] = []
        for at, entry_id in keys:
            day = self._local_day(at)
            ordinal = day.toordinal()
            if ordinal != previous_day:
                before = date.fromordinal(previous_day) if previous_day is not None else None
                if before is None or (before.year, before.month) != (day.year, day.month):
                    ats.append(self._month_end(day))
                    ids.append(_MONTH_ID)
                    days.append(day.replace(day=1).toordinal())
                ats.append(self._day_end(day))
                ids.append(_DAY_ID)
                days.append(ordinal)
                previous_day = ordinal
            ats.append(_micros(at))
            ids.append(entry_id)
            days.append(ordinal)
        return ats, ids, days

    def _last_day(self) -> int | None:
        """The day of the last row, when the next rows may continue it."""
        if not self._ids:
            return None
        if self._ids[-1] == _MONTH_ID:
            return None  # cannot happen after a page; safe either way
        return self._days[-1]

    def _append(
        self,
        keys: Sequence[tuple[datetime, int]],
        next_cursor: TimelineCursor | None,
        notify: bool = True,
    ) -> None:
        ats, ids, days = self._rows_for(keys, self._last_day())
        # Moved on before telling anyone: a view may ask for the next page from rowsInserted.
        self._cursor = next_cursor
        self._complete = next_cursor is None
        if ids:
            first = len(self._ids)
            if notify:
                self.beginInsertRows(QModelIndex(), first, first + len(ids) - 1)
            self._ats.extend(ats)
            self._ids.extend(ids)
            self._days.extend(days)
            if notify:
                self.endInsertRows()

    def _insert_entry(self, entry: TimelineEntry) -> None:
        key = self._entry_key(entry)
        day = self._local_day(entry.at)
        month_key = (self._month_end(day), _MONTH_ID)
        day_key = (self._day_end(day), _DAY_ID)
        has_month = self._has_key(month_key)
        has_day = self._has_key(day_key)
        ats, ids, days = self._rows_for([(entry.at, entry.id)], None)
        if has_month:  # drop the headers that are there already
            ats, ids, days = ats[1:], ids[1:], days[1:]
            if has_day:
                ats, ids, days = ats[1:], ids[1:], days[1:]
        first_key = (ats[0], ids[0]) if ids else key
        row = self._first_below(first_key)
        self.beginInsertRows(QModelIndex(), row, row + len(ids) - 1)
        self._ats[row:row] = array("q", ats)
        self._ids[row:row] = array("q", ids)
        self._days[row:row] = array("l", days)
        self.endInsertRows()

    def _has_key(self, key: tuple[int, int]) -> bool:
        row = self._first_below(key) - 1
        return row >= 0 and self._key(row) == key

    def _remove_row(self, row: int) -> None:
        """Remove an entry's row, and its day and month headers when they become empty."""
        first = last = row
        below_is_entry_of_day = self.is_entry(row + 1) and self._days[row + 1] == self._days[row]
        above_is_day = first > 0 and self._ids[first - 1] == _DAY_ID
        if above_is_day and not below_is_entry_of_day and not self._day_continues(row):
            first -= 1
            below_in_month = row + 1 < len(self._ids) and self._ids[row + 1] == _DAY_ID
            above_is_month = first > 0 and self._ids[first - 1] == _MONTH_ID
            if above_is_month and not below_in_month and not self._month_continues(row):
                first -= 1
        self.beginRemoveRows(QModelIndex(), first, last)
        del self._ats[first : last + 1]
        del self._ids[first : last + 1]
        del self._days[first : last + 1]
        self.endRemoveRows()

    def _day_continues(self, row: int) -> bool:
        """The last row fetched, with more to come: the next page may hold the same day."""
        return row == len(self._ids) - 1 and not self._complete

    def _month_continues(self, row: int) -> bool:
        return row == len(self._ids) - 1 and not self._complete

    def _header_text(self, row: int, kind: int) -> str:
        day = date.fromordinal(self._days[row])
        locale = self._locale
        if kind == MONTH_ROW:
            month_format = TimelineModelText.tr(
                "MMMM yyyy", "the month band's date format, in Qt's codes: zh 'yyyy年M月'"
            )
            return locale.toString(QDate(day.year, day.month, 1), month_format)
        today = self._today()
        long = locale.toString(
            QDate(day.year, day.month, day.day), locale.dateFormat(QLocale.FormatType.LongFormat)
        )
        if day == today:
            return TimelineModelText.tr("Today") + " · " + long
        if day == today - timedelta(days=1):
            return TimelineModelText.tr("Yesterday") + " · " + long
        return long

    def _time_text(self, micros: int) -> str:
        moment = _EPOCH + timedelta(microseconds=micros)
        local = moment.astimezone(self._zone) if self._zone else moment.astimezone()
        return self._locale.toString(
            QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat
        )

    def _tooltip(self, entry: TimelineEntry) -> str:
        lines = [entry.title]
        if entry.summary:
            lines.append(entry.summary)
        names = [p.display_name for p in entry.people] + [p.name for p in entry.partners]
        if names:
            lines.append(", ".join(names))
        return "\n".join(lines)
