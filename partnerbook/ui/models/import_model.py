"""The import preview as a table: one row per record, what will happen to it, and why.

The model filters and sorts itself (as the People list does): a proxy would call Python
once per row or pair from C++, and a phone's 10,000 contacts must sort at once.
"""

from __future__ import annotations

import re
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPen, QPixmap

from partnerbook.services.importing import ImportAction, PlannedRecord
from partnerbook.ui.bidi import isolated, left_to_right
from partnerbook.ui.messages import translated
from partnerbook.ui.theme import Colours
from partnerbook.ui.tr_context import TranslationContext


class ImportModel(TranslationContext):
    """The translation context of this module's strings."""


Index = QModelIndex | QPersistentModelIndex

# A reader's message starts with where it is ("row 4 (line 8): …"); the table has columns
# for that, so the cell shows only what was wrong.
_WHERE = re.compile(r"^\w+ \d+ \(line \d+\):\s*")


class Column(IntEnum):
    RECORD = 0
    LINE = 1
    NAME = 2
    ACTION = 3
    REASON = 4


def action_label(action: ImportAction, done: bool = False) -> str:
    """What will happen to a record, or (``done``) what happened."""
    if done:
        return {
            ImportAction.CREATE: ImportModel.tr("Created"),
            ImportAction.UPDATE: ImportModel.tr("Updated"),
            ImportAction.SKIP: ImportModel.tr("Skipped"),
            ImportAction.ERROR: ImportModel.tr("Error"),
        }[action]
    return {
        ImportAction.CREATE: ImportModel.tr("Create"),
        ImportAction.UPDATE: ImportModel.tr("Update"),
        ImportAction.SKIP: ImportModel.tr("Skip"),
        ImportAction.ERROR: ImportModel.tr("Error"),
    }[action]


def action_colour(colours: Colours, action: ImportAction) -> QColor:
    """Green new, blue update, grey unchanged, red error: readable on either theme."""
    return QColor(
        {
            ImportAction.CREATE: colours.ok,
            ImportAction.UPDATE: colours.accent,
            ImportAction.SKIP: colours.muted,
            ImportAction.ERROR: colours.invalid,
        }[action]
    )


def action_icon(colours: Colours, action: ImportAction, size: int = 16) -> QIcon:
    """A filled disc with a line glyph (+, ↑, =, !), drawn, so no icon theme is needed
    and the action reads without its colour too."""
    scale = 2
    pixmap = QPixmap(size * scale, size * scale)
    pixmap.setDevicePixelRatio(scale)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(action_colour(colours, action))
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2))
    pen = QPen(QColor(colours.base), 1.8)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    c = size / 2
    if action is ImportAction.CREATE:
        painter.drawLine(QPointF(c, c - 3.5), QPointF(c, c + 3.5))
        painter.drawLine(QPointF(c - 3.5, c), QPointF(c + 3.5, c))
    elif action is ImportAction.UPDATE:
        painter.drawLine(QPointF(c, c - 3.5), QPointF(c, c + 3.5))
        painter.drawLine(QPointF(c - 3, c - 0.5), QPointF(c, c - 3.5))
        painter.drawLine(QPointF(c + 3, c - 0.5), QPointF(c, c - 3.5))
    elif action is ImportAction.SKIP:
        painter.drawLine(QPointF(c - 3, c - 1.7), QPointF(c + 3, c - 1.7))
        painter.drawLine(QPointF(c - 3, c + 1.7), QPointF(c + 3, c + 1.7))
    else:
        painter.drawLine(QPointF(c, c - 4), QPointF(c, c + 0.8))
        painter.drawPoint(QPointF(c, c + 3.6))
    painter.end()
    return QIcon(pixmap)


def reason_text(record: PlannedRecord) -> str:
    """What the cell says: the reason, without a reader's "row 4 (line 8):" prefix."""
    text = translated(record.reason)
    if record.action is ImportAction.ERROR:
        text = _WHERE.sub("", text, count=1)
        return text[:1].upper() + text[1:]
    return text


class ImportPreviewModel(QAbstractTableModel):
    """``records`` in file order; ``show`` picks the actions listed (None: all)."""

    def __init__(self, colours: Colours, parent: Any = None) -> None:
        super().__init__(parent)
        self._colours = colours
        self._all: tuple[PlannedRecord, ...] = ()
        self._rows: list[PlannedRecord] = []
        self._show: ImportAction | None = None
        self._sort: tuple[int, Qt.SortOrder] = (Column.RECORD, Qt.SortOrder.AscendingOrder)
        self._icons = {action: action_icon(colours, action) for action in ImportAction}
        self._brushes = {action: QBrush(action_colour(colours, action)) for action in ImportAction}
        self._rtl = False
        self._done = False
        self._names: dict[int, str] = {}

    # --- content ---------------------------------------------------------------------------

    def set_records(self, records: tuple[PlannedRecord, ...]) -> None:
        self.beginResetModel()
        self._all = records
        # An error row names its record when the rest of it was read ("the birthday is
        # not a date; the rest was read"): the person it is about.
        self._names = {r.record: r.display_name for r in records if r.display_name}
        self._rows = self._arranged()
        self.endResetModel()

    def set_filter(self, action: ImportAction | None) -> None:
        if action is self._show:
            return
        self.beginResetModel()
        self._show = action
        self._rows = self._arranged()
        self.endResetModel()

    def set_right_to_left(self, rtl: bool) -> None:
        self._rtl = rtl

    def set_done(self, done: bool) -> None:
        """After the import the rows say what happened ("Created", not "Create")."""
        self._done = done
        if self._rows:
            self.dataChanged.emit(
                self.index(0, Column.ACTION), self.index(len(self._rows) - 1, Column.ACTION)
            )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, Column.ACTION, Column.ACTION)

    def action_text(self, action: ImportAction) -> str:
        return action_label(action, self._done)

    def shown_filter(self) -> ImportAction | None:
        return self._show

    def name_of(self, record: PlannedRecord) -> str:
        return record.display_name or self._names.get(record.record, "")

    def record_at(self, row: int) -> PlannedRecord:
        return self._rows[row]

    def records(self) -> list[PlannedRecord]:
        """The rows as shown (filtered and sorted)."""
        return list(self._rows)

    def _arranged(self) -> list[PlannedRecord]:
        rows = [r for r in self._all if self._show is None or r.action is self._show]
        column, order = self._sort
        reverse = order == Qt.SortOrder.DescendingOrder
        if column == Column.NAME:
            collator = QCollator(QLocale())
            collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            rows.sort(key=lambda r: (collator.sortKey(self.name_of(r)), r.record), reverse=reverse)
        elif column == Column.ACTION:
            rank = {a: i for i, a in enumerate(ImportAction)}
            rows.sort(key=lambda r: (rank[r.action], r.record), reverse=reverse)
        elif column == Column.REASON:
            rows.sort(key=lambda r: (reason_text(r).casefold(), r.record), reverse=reverse)
        elif column == Column.LINE:
            rows.sort(key=lambda r: (r.line, r.record), reverse=reverse)
        else:
            rows.sort(key=lambda r: (r.record, r.action is not ImportAction.ERROR), reverse=reverse)
        return rows

    # --- Qt ----------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(Column)

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            Column.RECORD: ImportModel.tr("#"),
            Column.LINE: ImportModel.tr("Line"),
            Column.NAME: ImportModel.tr("Name"),
            Column.ACTION: ImportModel.tr("What happened")
            if self._done
            else ImportModel.tr("What will happen"),
            Column.REASON: ImportModel.tr("Why"),
        }.get(Column(section))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(record, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (Column.NAME, Column.REASON):
            return self._display(record, column) or None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._spoken(record, column)
        if column == Column.ACTION:
            if role == Qt.ItemDataRole.DecorationRole:
                return self._icons[record.action]
            if role == Qt.ItemDataRole.ForegroundRole:
                return self._brushes[record.action]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.RECORD, Column.LINE):
            return int(Qt.AlignmentFlag.AlignCenter)  # apart from the name beside them
        if role == Qt.ItemDataRole.UserRole:
            return record
        return None

    def _display(self, record: PlannedRecord, column: int) -> str:
        locale = QLocale()
        if column == Column.RECORD:
            return locale.toString(record.record) if record.record else ""
        if column == Column.LINE:
            return locale.toString(record.line) if record.line else ""
        if column == Column.NAME:
            name = self.name_of(record)
            return isolated(name) if self._rtl else name
        if column == Column.ACTION:
            return action_label(record.action, self._done)
        text = reason_text(record)
        return left_to_right(text) if self._rtl and text == record.reason else text

    def _spoken(self, record: PlannedRecord, column: int) -> str:
        if column == Column.RECORD:
            return ImportModel.tr("Record %1").replace("%1", QLocale().toString(record.record))
        if column == Column.LINE:
            return ImportModel.tr("Line %1").replace("%1", QLocale().toString(record.line))
        return self._display(record, column).strip("\u2066\u2068\u2069")

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.beginResetModel()  # a preview's selection need not survive a new order
        self._sort = (column, order)
        self._rows = self._arranged()
        self.endResetModel()
