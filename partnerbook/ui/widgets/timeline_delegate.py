"""Paints timeline rows: a kind badge, the time, the title, who and which partner, and what
the notes say; month bands and day headings between them.

Every row has the same height (see the model), so the view never asks Python for more
than one size hint. Rows are laid out left to right and mirrored with ``visualRect`` for
right-to-left languages. Names are hit-tested with the same layout as painted, so a click
on a person's name opens that person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from partnerbook.domain.enums import CommitmentStatus, EntryKind, FollowUpStatus, PartnerStage
from partnerbook.domain.types import TimelineEntry
from partnerbook.ui.labels import label
from partnerbook.ui.models.timeline_model import (
    DAY_ROLE,
    DAY_ROW,
    ENTRY_ROLE,
    MONTH_ROW,
    ROW_KIND_ROLE,
    TIME_ROLE,
)
from partnerbook.ui.theme import Colours, kind_colour
from partnerbook.ui.tr_context import TranslationContext
from partnerbook.ui.widgets.dates import format_date
from partnerbook.ui.widgets.kind_glyphs import glyph_pixmap
from partnerbook.ui.widgets.punctuation import join_items, separator


class TimelineDelegateText(TranslationContext):
    """The translation context of this module's strings outside its widgets."""


Index = QModelIndex | QPersistentModelIndex
PAD = 16
GAP = 10
PERSON, PARTNER = "person", "partner"


def glyph_key(entry: TimelineEntry) -> str:
    if entry.kind is EntryKind.INTERACTION:
        return str(entry.interaction_kind or "note")
    return str(entry.kind)


_TIME_COLUMNS: dict[tuple[str, str], int] = {}


def _time_column(font: QFont) -> int:
    """As wide as the locale's widest time of day ("上午12:58", "10:58 PM"), so that every
    row's badge and title line up (a wide time pushed its row's aside)."""
    locale = QLocale()
    key = (locale.name(), font.key())
    if key not in _TIME_COLUMNS:
        metrics = QFontMetrics(font)
        samples = [
            locale.toString(QTime(h, 58), QLocale.FormatType.ShortFormat) for h in (0, 10, 12, 22)
        ]
        _TIME_COLUMNS[key] = max(metrics.horizontalAdvance(t) for t in ["00:00 AM", *samples])
    return _TIME_COLUMNS[key]


_STAGE_TITLE = re.compile(r"^([a-z_]+) → ([a-z_]+)$")


def shown_title(title: str, rtl: bool = False) -> str:
    """A title as the reader should see it. A stage change is written down as the stages'
    stored values ("active → ended", the same in every language): shown in words."""
    found = _STAGE_TITLE.match(title)
    if found is None:
        return title
    try:
        before, after = PartnerStage(found.group(1)), PartnerStage(found.group(2))
    except ValueError:
        return title  # the user's own words that happen to look like it
    # Read from the right in Hebrew: the same order, the arrow pointing the way one reads.
    return label(before) + (" ← " if rtl else " → ") + label(after)


def kind_detail(entry: TimelineEntry, rtl: bool = False) -> str:
    """What kind of entry this is, in a few words: "Coffee", "I promised · due 3 Dec"."""
    kind = entry.kind
    parts: list[str] = []
    if kind is EntryKind.INTERACTION:
        parts.append(label(entry.interaction_kind) or label(kind))
    elif kind in (EntryKind.FOLLOW_UP, EntryKind.COMMITMENT):
        parts.append(label(entry.owner) if entry.owner else label(kind))
        if entry.due_date is not None:
            parts.append(
                TimelineDelegateText.tr("due %1").replace("%1", format_date(entry.due_date))
            )
        status = _status(entry)
        if status:
            parts.append(status)
    elif kind is EntryKind.LEDGER:
        parts.extend(text for text in (label(entry.direction), label(entry.ledger_kind)) if text)
        parts = parts or [label(kind)]
    elif kind is EntryKind.STAGE_CHANGE and entry.stage_to is not None:
        arrow = " ← " if rtl else " → "
        parts.append(label(entry.stage_from) + arrow + label(entry.stage_to))
    else:
        parts.append(label(kind))
    return " · ".join(part for part in parts if part)


def _status(entry: TimelineEntry) -> str:
    if entry.status is None or entry.status == "open":
        return ""
    vocabulary = FollowUpStatus if entry.kind is EntryKind.FOLLOW_UP else CommitmentStatus
    try:
        return label(vocabulary(entry.status))
    except ValueError:
        return entry.status


@dataclass
class _Layout:
    time: QRect
    badge: QRect
    title: QRect
    detail: QRect
    names: list[tuple[QRect, str, int, str]] = field(default_factory=list)  # rect, what, id, text
    summary: QRect | None = None
    summary_text: str = ""
    detail_text: str = ""
    title_text: str = ""


class TimelineDelegate(QStyledItemDelegate):
    person_clicked = Signal(int)
    partner_clicked = Signal(int)

    def __init__(self, colours: Colours, compact: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.colours = colours
        self.compact = compact

    def set_colours(self, colours: Colours) -> None:
        self.colours = colours

    # --- sizes and fonts -----------------------------------------------------------------

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        base = QFont(option.font)
        title = QFont(base)
        title.setWeight(QFont.Weight.Medium)
        small = QFont(base)
        small.setPointSizeF(max(base.pointSizeF() * 0.9, 7.5))
        names = QFont(small)
        names.setWeight(QFont.Weight.DemiBold)
        return title, small, names

    def row_height(self, option: QStyleOptionViewItem) -> int:
        title, small, _names = self._fonts(option)
        if self.compact:
            return max(QFontMetrics(title).height(), 22) + 12
        return QFontMetrics(title).height() + QFontMetrics(small).height() + 22

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        return QSize(max(option.rect.width(), 320), self.row_height(option))

    # --- layout ----------------------------------------------------------------------------------

    def _layout(self, option: QStyleOptionViewItem, entry: TimelineEntry, time: str) -> _Layout:
        title_font, small, names_font = self._fonts(option)
        fm_title, fm_small, fm_names = (QFontMetrics(f) for f in (title_font, small, names_font))
        rect = option.rect
        rtl = option.direction == Qt.LayoutDirection.RightToLeft
        time_width = max(_time_column(small), fm_small.horizontalAdvance(time))
        badge = 22 if self.compact else 30
        x = rect.left() + PAD
        time_rect = QRect(x, rect.top(), time_width, rect.height())
        x += time_width + GAP
        badge_rect = QRect(x, rect.top() + (rect.height() - badge) // 2, badge, badge)
        x += badge + GAP + 2
        right = rect.right() - PAD
        width = max(right - x, 40)
        detail_text = kind_detail(entry, rtl)
        # +2: advances are rounded down, and elidedText wants the exact width or more
        detail_width = min(fm_small.horizontalAdvance(detail_text) + 2, width * 2 // 5)
        names_text = self._names_text(entry)
        if self.compact:
            line = QRect(x, rect.top(), width, rect.height())
            time_rect.setHeight(rect.height())
            detail = QRect(right - detail_width, line.top(), detail_width, line.height())
            title_width = width - detail_width - GAP
            title = QRect(x, line.top(), title_width, line.height())
            layout = _Layout(time_rect, badge_rect, title, detail)
            layout.title_text = shown_title(entry.title, rtl)
            layout.detail_text = fm_small.elidedText(
                detail_text, Qt.TextElideMode.ElideRight, detail_width
            )
            if names_text:
                layout.title_text = shown_title(
                    entry.title, rtl
                )  # names are in the tooltip and the page header
            return layout
        top = rect.top() + 9
        line1 = QRect(x, top, width, fm_title.height())
        line2 = QRect(x, top + fm_title.height() + 3, width, fm_small.height())
        time_rect = QRect(time_rect.left(), line1.top(), time_width, line1.height())
        detail = QRect(right - detail_width, line1.top(), detail_width, line1.height())
        title = QRect(x, line1.top(), width - detail_width - GAP, line1.height())
        layout = _Layout(time_rect, badge_rect, title, detail)
        layout.title_text = shown_title(entry.title, rtl)
        layout.detail_text = fm_small.elidedText(
            detail_text, Qt.TextElideMode.ElideRight, detail_width
        )
        # Line 2: people, then the partner, then what the notes say; names are clickable.
        cursor = x
        comma = separator()
        pieces: list[tuple[str, int, str]] = [(PERSON, p.id, p.display_name) for p in entry.people]
        pieces += [(PARTNER, p.id, p.name) for p in entry.partners]
        for position, (what, ref_id, name) in enumerate(pieces):
            between = ""
            if position:
                between = " · " if what == PARTNER and pieces[position - 1][0] == PERSON else comma
            cursor += fm_names.horizontalAdvance(between)
            room = line2.right() - cursor
            if room < fm_names.horizontalAdvance("…") * 2:
                break
            text = fm_names.elidedText(name, Qt.TextElideMode.ElideRight, room)
            advance = fm_names.horizontalAdvance(text)
            layout.names.append(
                (QRect(cursor, line2.top(), advance, line2.height()), what, ref_id, text)
            )
            cursor += advance
        if entry.summary:
            start = cursor + (fm_small.horizontalAdvance("  —  ") if pieces else 0)
            room = line2.right() - start
            if room > fm_small.horizontalAdvance("…") * 4:
                layout.summary = QRect(start, line2.top(), room, line2.height())
                layout.summary_text = fm_small.elidedText(
                    entry.summary, Qt.TextElideMode.ElideRight, room
                )
        return layout

    @staticmethod
    def _names_text(entry: TimelineEntry) -> str:
        return join_items([p.display_name for p in entry.people] + [p.name for p in entry.partners])

    # --- painting ------------------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        kind = index.data(ROW_KIND_ROLE)
        painter.save()
        try:
            if kind == MONTH_ROW:
                self._paint_month(painter, option, str(index.data()))
            elif kind == DAY_ROW:
                self._paint_day(painter, option, str(index.data()), index.data(DAY_ROLE))
            else:
                entry = index.data(ENTRY_ROLE)
                if entry is not None:
                    self._paint_entry(painter, option, entry, str(index.data(TIME_ROLE) or ""))
        finally:
            painter.restore()

    def _visual(self, option: QStyleOptionViewItem, rect: QRect) -> QRect:
        return QStyle.visualRect(option.direction, option.rect, rect)

    def _align(self, option: QStyleOptionViewItem, flags: Qt.AlignmentFlag) -> Qt.AlignmentFlag:
        # Absolute: the text's own direction decides its punctuation (an Italian title in
        # a Hebrew window ends with its full stop on the right), not the layout's.
        return QStyle.visualAlignment(option.direction, flags) | Qt.AlignmentFlag.AlignAbsolute

    def _paint_month(self, painter: QPainter, option: QStyleOptionViewItem, text: str) -> None:
        c = self.colours
        band = option.rect.adjusted(0, 6 if not self.compact else 2, 0, 0)
        painter.fillRect(band, QColor(c.sidebar))
        painter.setPen(QPen(QColor(c.border), 1))
        painter.drawLine(band.bottomLeft(), band.bottomRight())
        font = QFont(option.font)
        font.setWeight(QFont.Weight.Bold)
        font.setPointSizeF(font.pointSizeF() * (1.0 if self.compact else 1.12))
        painter.setFont(font)
        painter.setPen(QColor(c.text))
        text_rect = self._visual(option, band.adjusted(PAD, 0, -PAD, 0))
        flags = self._align(option, Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(text_rect, int(flags), text)

    def _paint_day(
        self, painter: QPainter, option: QStyleOptionViewItem, text: str, day: date | None
    ) -> None:
        c = self.colours
        font = QFont(option.font)
        font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        fm = QFontMetrics(font)
        bottom = option.rect.bottom() - (4 if self.compact else 6)
        text_rect = QRect(
            option.rect.left() + PAD,
            bottom - fm.height(),
            option.rect.width() - 2 * PAD,
            fm.height(),
        )
        is_today = day == date.today()
        painter.setPen(QColor(c.accent if is_today else c.text))
        flags = self._align(option, Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignVCenter
        elided = fm.elidedText(text, Qt.TextElideMode.ElideRight, text_rect.width())
        painter.drawText(self._visual(option, text_rect), int(flags), elided)
        painter.setPen(QPen(QColor(c.border), 1))
        y = option.rect.bottom()
        painter.drawLine(option.rect.left() + PAD, y, option.rect.right() - PAD, y)

    def _paint_entry(
        self, painter: QPainter, option: QStyleOptionViewItem, entry: TimelineEntry, time: str
    ) -> None:
        c = self.colours
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(c.sidebar_selected))
            painter.drawRoundedRect(option.rect.adjusted(6, 2, -6, -2), 6, 6)
            if state & QStyle.StateFlag.State_HasFocus:
                painter.setPen(QPen(QColor(c.accent), 1))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(option.rect.adjusted(6, 2, -6, -2), 6, 6)
        elif state & QStyle.StateFlag.State_MouseOver:
            painter.fillRect(option.rect, QColor(c.alt_base))
        layout = self._layout(option, entry, time)
        painter.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        title_font, small, names_font = self._fonts(option)
        left = self._align(option, Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignVCenter
        right = self._align(option, Qt.AlignmentFlag.AlignRight) | Qt.AlignmentFlag.AlignVCenter
        muted = QColor(c.muted)

        painter.setFont(small)
        painter.setPen(muted)
        painter.drawText(self._visual(option, layout.time), int(right), time)

        colour = kind_colour(c, glyph_key(entry))
        badge = self._visual(option, layout.badge)
        dpr = painter.device().devicePixelRatioF() if painter.device() else 1.0
        alpha = 56 if c.dark else 34
        painter.drawPixmap(
            badge.topLeft(), glyph_pixmap(glyph_key(entry), badge.width(), colour, dpr, alpha)
        )

        painter.setFont(title_font)
        painter.setPen(QColor(c.text))
        fm_title = QFontMetrics(title_font)
        title = fm_title.elidedText(
            layout.title_text, Qt.TextElideMode.ElideRight, layout.title.width()
        )
        painter.drawText(self._visual(option, layout.title), int(left), title)

        painter.setFont(small)
        painter.setPen(colour if not self.compact else muted)
        painter.drawText(self._visual(option, layout.detail), int(right), layout.detail_text)

        painter.setFont(names_font)
        fm_names = QFontMetrics(names_font)
        previous: str | None = None
        comma = separator()
        for rect, what, _ref_id, text in layout.names:
            if previous is not None:
                between = " · " if what == PARTNER and previous == PERSON else comma
                width = fm_names.horizontalAdvance(between)
                sep_rect = QRect(rect.left() - width, rect.top(), width, rect.height())
                painter.setPen(muted)
                painter.drawText(self._visual(option, sep_rect), int(left), between)
            painter.setPen(QColor(c.text) if what == PERSON else muted)
            painter.drawText(self._visual(option, rect), int(left), text)
            previous = what
        if layout.summary is not None:
            painter.setFont(small)
            painter.setPen(muted)
            painter.drawText(self._visual(option, layout.summary), int(left), layout.summary_text)

    # --- clicks on names -------------------------------------------------------------------------

    def name_at(
        self, option: QStyleOptionViewItem, index: Index, pos: Any
    ) -> tuple[str, int] | None:
        """(PERSON or PARTNER, id) of the name under ``pos`` in this row, if any."""
        entry = index.data(ENTRY_ROLE)
        if entry is None or self.compact:
            return None
        layout = self._layout(option, entry, str(index.data(TIME_ROLE) or ""))
        for rect, what, ref_id, _text in layout.names:
            if self._visual(option, rect).adjusted(-2, -3, 2, 3).contains(pos):
                return what, ref_id
        return None

    def editorEvent(  # noqa: N802 - Qt API
        self, event: QEvent, model: Any, option: QStyleOptionViewItem, index: Index
    ) -> bool:
        if (
            event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
        ):
            hit = self.name_at(option, index, event.position().toPoint())
            if hit is not None:
                (self.person_clicked if hit[0] == PERSON else self.partner_clicked).emit(hit[1])
                return True
        return super().editorEvent(event, model, option, index)
