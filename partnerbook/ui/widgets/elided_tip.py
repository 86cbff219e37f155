"""A cell cut short ("Giám đốc phát tri…") shows its whole text as a tooltip."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
)


def is_elided(option: QStyleOptionViewItem, text: str) -> bool:
    """Whether ``text`` is wider than the room a cell of ``option`` gives its text."""
    style = option.widget.style() if option.widget is not None else None
    if style is None or not text:
        return False
    room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, option.widget)
    # The item view's text margin (PM_FocusFrameHMargin + 1, each side) is inside that rect.
    margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, None) + 1)
    return option.fontMetrics.horizontalAdvance(text) > room.width() - margin


class ElidedTipDelegate(QStyledItemDelegate):
    """The model's own tooltip where it has one, else the whole text of an elided cell.

    Right to left, each cell's text is isolated (FSI … PDI): a cell is laid out in the
    window's direction, so "Impianti Castagna S.r.l." lost its final stop to the left.
    """

    def initStyleOption(  # noqa: N802 - Qt API
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if option.text and option.direction == Qt.LayoutDirection.RightToLeft:
            option.text = f"\u2068{option.text}\u2069"

    def helpEvent(  # noqa: N802 - Qt API
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if event.type() != QEvent.Type.ToolTip or not index.isValid():
            return super().helpEvent(event, view, option, index)
        own = index.data(Qt.ItemDataRole.ToolTipRole)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        self.initStyleOption(option, index)
        if is_elided(option, text):
            tip = f"{text}\n{own}" if own else text
        elif own:
            tip = str(own)
        else:
            QToolTip.hideText()
            event.ignore()
            return False
        QToolTip.showText(event.globalPos(), tip, view, view.visualRect(index))
        return True
