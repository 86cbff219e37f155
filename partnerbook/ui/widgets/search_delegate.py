"""Paints search results: group headings, and per hit a badge, the title in bold with its
context, what kind of note and when, and the snippet with the matched words highlighted.

Rows are laid out left to right and mirrored with ``visualRect`` in right-to-left
layouts; every text is drawn in its own direction (a Hebrew note in an English window
reads right to left, where the layout puts it). The snippet is a ``QTextLayout`` with a
format range per mark, so highlights follow the text whatever its script.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPen,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from partnerbook.domain.enums import EntryKind
from partnerbook.domain.search import HitKind, SearchHit
from partnerbook.ui.labels import label
from partnerbook.ui.theme import Colours, kind_colour
from partnerbook.ui.widgets.dates import format_date
from partnerbook.ui.widgets.kind_glyphs import glyph_pixmap
from partnerbook.ui.widgets.timeline_delegate import shown_title

Index = QModelIndex | QPersistentModelIndex
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
HEADING_ROLE = Qt.ItemDataRole.UserRole + 2
TITLE_MARKS_ROLE = Qt.ItemDataRole.UserRole + 3  # where the query matched the title
PAD = 18
GAP = 12
BADGE = 30


def highlight_colours(colours: Colours) -> tuple[QColor, QColor]:
    """Background and text of a matched word: amber on light, deep amber on dark."""
    if colours.dark:
        return QColor("#6a5310"), QColor("#fff4cf")
    return QColor("#ffe17a"), QColor("#1f2933")


def glyph_key(hit: SearchHit) -> str:
    if hit.entry_kind is EntryKind.INTERACTION:
        return str(hit.interaction_kind or "note")
    return str(hit.entry_kind or "note")


def kind_text(hit: SearchHit) -> str:
    """What the hit is, for an entry: "Coffee · Mar 3, 2025"; nothing for names."""
    if hit.kind is not HitKind.ENTRY:
        return ""
    if hit.entry_kind is EntryKind.INTERACTION and hit.interaction_kind is not None:
        kind = label(hit.interaction_kind)
    else:
        kind = label(hit.entry_kind) if hit.entry_kind is not None else ""
    return " · ".join(part for part in (kind, format_date(hit.when)) if part)


def utf16_offset(text: str, index: int) -> int:
    """Qt counts UTF-16 units; Python counts code points (they differ past U+FFFF)."""
    return len(text[:index].encode("utf-16-le")) // 2


def snippet_shown(hit: SearchHit) -> bool:
    """A second line only when it says more than the title and the context do."""
    text = hit.snippet.text.strip()
    if not text or text == hit.title.strip():
        return False
    return bool(hit.snippet.marks) or text != hit.context.strip()


def context_shown(hit: SearchHit) -> str:
    """The context, unless the snippet line shows the same words highlighted."""
    if snippet_shown(hit) and hit.snippet.text.strip() == hit.context.strip():
        return ""
    return hit.context


class SearchDelegate(QStyledItemDelegate):
    def __init__(self, colours: Colours, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colours = colours

    # --- sizes ----------------------------------------------------------------------------

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        base = QFont(option.font)
        title = QFont(base)
        title.setWeight(QFont.Weight.Bold)
        small = QFont(base)
        small.setPointSizeF(max(base.pointSizeF() * 0.92, 7.5))
        heading = QFont(base)
        heading.setWeight(QFont.Weight.DemiBold)
        heading.setPointSizeF(base.pointSizeF() * 1.05)
        return title, small, heading

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        title, small, heading = self._fonts(option)
        width = 320  # the view gives every row its full width; never a horizontal scroll
        if index.data(HEADING_ROLE) is not None:
            return QSize(width, QFontMetrics(heading).height() + 22)
        hit = index.data(HIT_ROLE)
        lines = QFontMetrics(title).height() + 18
        if isinstance(hit, SearchHit) and snippet_shown(hit):
            lines += QFontMetrics(small).height() + 4
        return QSize(width, max(lines, BADGE + 14))

    # --- painting ---------------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        try:
            heading = index.data(HEADING_ROLE)
            if heading is not None:
                self._paint_heading(
                    painter, option, str(heading), index.data(Qt.ItemDataRole.UserRole)
                )
                return
            hit = index.data(HIT_ROLE)
            if isinstance(hit, SearchHit):
                self._paint_hit(painter, option, hit, index.data(TITLE_MARKS_ROLE) or ())
        finally:
            painter.restore()

    def _visual(self, option: QStyleOptionViewItem, rect: QRect) -> QRect:
        return QStyle.visualRect(option.direction, option.rect, rect)

    def _align(self, option: QStyleOptionViewItem, flags: Qt.AlignmentFlag) -> Qt.AlignmentFlag:
        return QStyle.visualAlignment(option.direction, flags) | Qt.AlignmentFlag.AlignAbsolute

    def _paint_heading(
        self, painter: QPainter, option: QStyleOptionViewItem, text: str, count: object
    ) -> None:
        c = self.colours
        _title, small, font = self._fonts(option)
        fm = QFontMetrics(font)
        rect = option.rect
        line = QRect(
            rect.left() + PAD, rect.bottom() - fm.height() - 5, rect.width() - 2 * PAD, fm.height()
        )
        painter.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        painter.setFont(font)
        painter.setPen(QColor(c.text))
        left = self._align(option, Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(self._visual(option, line), int(left), text)
        if isinstance(count, int):
            advance = fm.horizontalAdvance(text) + 8
            painter.setFont(small)
            painter.setPen(QColor(c.muted))
            count_rect = QRect(line.left() + advance, line.top(), 80, line.height())
            painter.drawText(self._visual(option, count_rect), int(left), f"{count}")
        painter.setPen(QPen(QColor(c.border), 1))
        y = rect.bottom()
        painter.drawLine(rect.left() + PAD, y, rect.right() - PAD, y)

    def _paint_hit(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        hit: SearchHit,
        marks: tuple[tuple[int, int], ...],
    ) -> None:
        c = self.colours
        state = option.state
        if state & QStyle.StateFlag.State_Selected:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(c.sidebar_selected))
            box = option.rect.adjusted(8, 2, -8, -2)
            painter.drawRoundedRect(box, 6, 6)
            if state & QStyle.StateFlag.State_HasFocus:
                painter.setPen(QPen(QColor(c.accent), 1))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(box, 6, 6)
        elif state & QStyle.StateFlag.State_MouseOver:
            painter.fillRect(option.rect, QColor(c.alt_base))

        title_font, small, _heading = self._fonts(option)
        fm_title, fm_small = QFontMetrics(title_font), QFontMetrics(small)
        rect = option.rect
        x = rect.left() + PAD
        badge = QRect(x, rect.top() + (rect.height() - BADGE) // 2, BADGE, BADGE)
        self._paint_badge(painter, self._visual(option, badge), hit, title_font)
        x += BADGE + GAP
        right = rect.right() - PAD
        width = max(right - x, 40)
        has_snippet = snippet_shown(hit)
        top = rect.top() + 9
        if not has_snippet:
            top = rect.top() + (rect.height() - fm_title.height()) // 2
        line1 = QRect(x, top, width, fm_title.height())
        left = self._align(option, Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignVCenter
        right_flags = (
            self._align(option, Qt.AlignmentFlag.AlignRight) | Qt.AlignmentFlag.AlignVCenter
        )
        painter.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)

        detail = kind_text(hit)
        detail_width = 0
        if detail:
            detail_width = min(fm_small.horizontalAdvance(detail) + 2, width * 2 // 5)
            detail_rect = QRect(right - detail_width, line1.top(), detail_width, line1.height())
            painter.setFont(small)
            painter.setPen(kind_colour(c, glyph_key(hit)))
            text = fm_small.elidedText(detail, Qt.TextElideMode.ElideRight, detail_width)
            painter.drawText(self._visual(option, detail_rect), int(right_flags), text)
            detail_width += GAP
        room = width - detail_width
        context = context_shown(hit)
        rtl = option.direction == Qt.LayoutDirection.RightToLeft
        shown = hit.title if marks else shown_title(hit.title, rtl)  # marks point into it
        title = fm_title.elidedText(shown, Qt.TextElideMode.ElideRight, room)
        title_width = min(fm_title.horizontalAdvance(title) + 2, room)
        title_rect = QRect(x, line1.top(), title_width, line1.height())
        if marks:
            title_rect.setWidth(room if not context else title_width + 4)
            self._paint_marked(
                painter, option, self._visual(option, title_rect), hit.title, marks, title_font
            )
        else:
            painter.setFont(title_font)
            painter.setPen(QColor(c.text))
            painter.drawText(self._visual(option, title_rect), int(left), title)
        context_room = room - title_width - GAP
        if context and context_room > fm_small.horizontalAdvance("…") * 4:
            context = fm_small.elidedText(context, Qt.TextElideMode.ElideRight, context_room)
            context_rect = QRect(x + title_width + GAP, line1.top(), context_room, line1.height())
            painter.setFont(small)
            painter.setPen(QColor(c.muted))
            painter.drawText(self._visual(option, context_rect), int(left), context)
        if has_snippet:
            line2 = QRect(x, line1.bottom() + 5, width, fm_small.height())
            self._paint_marked(
                painter,
                option,
                self._visual(option, line2),
                hit.snippet.text,
                hit.snippet.marks,
                small,
                QColor(c.muted),
            )

    def _paint_badge(self, painter: QPainter, rect: QRect, hit: SearchHit, font: QFont) -> None:
        c = self.colours
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if hit.kind is HitKind.ENTRY:
            colour = kind_colour(c, glyph_key(hit))
            dpr = painter.device().devicePixelRatioF() if painter.device() else 1.0
            alpha = 56 if c.dark else 34
            painter.drawPixmap(
                rect.topLeft(), glyph_pixmap(glyph_key(hit), rect.width(), colour, dpr, alpha)
            )
            return
        tint = QColor(c.accent)
        tint.setAlpha(60 if c.dark else 38)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(tint)
        if hit.kind is HitKind.PERSON:
            painter.drawEllipse(QRectF(rect))
        else:
            painter.drawRoundedRect(QRectF(rect), 7, 7)
        initial = hit.title.strip()[:1].upper()
        badge_font = QFont(font)
        badge_font.setPointSizeF(font.pointSizeF() * 0.95)
        painter.setFont(badge_font)
        painter.setPen(QColor(c.accent))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), initial)

    def _paint_marked(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        rect: QRect,
        full: str,
        marks: tuple[tuple[int, int], ...],
        font: QFont,
        colour: QColor | None = None,
    ) -> None:
        """One line of text in its own direction, elided at its end, each mark highlighted."""
        fm = QFontMetrics(font)
        full = full.replace("\n", " ")
        text = fm.elidedText(full, Qt.TextElideMode.ElideRight, rect.width())
        kept = len(text) if text == full else max(len(text) - 1, 0)
        background, foreground = highlight_colours(self.colours)
        marked = QTextCharFormat()
        marked.setBackground(background)
        marked.setForeground(foreground)
        marked.setFontWeight(max(font.weight(), QFont.Weight.DemiBold))
        ranges = []
        for start, end in marks:
            start, end = max(start, 0), min(end, kept)
            if end <= start:
                continue
            span = QTextLayout.FormatRange()
            span.start = utf16_offset(text, start)
            span.length = utf16_offset(text, end) - span.start
            span.format = marked
            ranges.append(span)
        layout = QTextLayout(text, font)
        text_option = QTextOption(self._align(option, Qt.AlignmentFlag.AlignLeft))
        text_option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        text_option.setWrapMode(QTextOption.WrapMode.NoWrap)
        layout.setTextOption(text_option)
        layout.setFormats(ranges)
        layout.beginLayout()
        line = layout.createLine()
        if line.isValid():
            line.setLineWidth(rect.width())
        layout.endLayout()
        painter.setPen(colour if colour is not None else QColor(self.colours.text))
        painter.setClipRect(rect)
        layout.draw(painter, QPointF(rect.left(), rect.top()))
        painter.setClipping(False)
