"""Small line glyphs for timeline kinds, drawn with QPainter so they look the same with or
without an icon theme (Windows and macOS have none), in any colour, at any scale.

Each glyph is drawn in a 24×24 box and cached as a pixmap per (kind, size, colour, dpr),
so painting a row costs one drawPixmap.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap

Draw = Callable[[QPainter], None]


def _cup(p: QPainter) -> None:
    path = QPainterPath()
    path.moveTo(5, 10)
    path.lineTo(17, 10)
    path.lineTo(16, 17)
    path.quadTo(15.5, 20, 12.5, 20)
    path.lineTo(9.5, 20)
    path.quadTo(6.5, 20, 6, 17)
    path.closeSubpath()
    p.drawPath(path)
    p.drawArc(QRectF(14.5, 11, 5, 5), -90 * 16, 180 * 16)
    for x in (8.5, 12.5):
        steam = QPainterPath()
        steam.moveTo(x, 7.5)
        steam.quadTo(x - 1.2, 5.8, x, 4)
        p.drawPath(steam)


def _people(p: QPainter) -> None:
    p.drawEllipse(QPointF(9, 8.5), 2.8, 2.8)
    p.drawArc(QRectF(3.5, 13, 11, 10), 0, 180 * 16)
    p.drawEllipse(QPointF(16.5, 9.5), 2.3, 2.3)
    p.drawArc(QRectF(13.5, 14, 8, 8), 0, 150 * 16)


def _phone(p: QPainter) -> None:
    path = QPainterPath()
    path.moveTo(6.5, 4.5)
    path.lineTo(9.5, 4.5)
    path.lineTo(11, 8.5)
    path.lineTo(9, 10)
    path.quadTo(10.5, 13.5, 14, 15)
    path.lineTo(15.5, 13)
    path.lineTo(19.5, 14.5)
    path.lineTo(19.5, 17.5)
    path.quadTo(19.5, 19.5, 17.5, 19.5)
    path.quadTo(5, 18.5, 4.5, 6.5)
    path.quadTo(4.5, 4.5, 6.5, 4.5)
    p.drawPath(path)


def _camera(p: QPainter) -> None:
    p.drawRoundedRect(QRectF(3.5, 7, 12, 10), 2, 2)
    path = QPainterPath()
    path.moveTo(15.5, 10.5)
    path.lineTo(20.5, 7.5)
    path.lineTo(20.5, 16.5)
    path.lineTo(15.5, 13.5)
    p.drawPath(path)


def _bubble(p: QPainter) -> None:
    path = QPainterPath()
    path.addRoundedRect(QRectF(4, 5, 16, 11), 3, 3)
    p.drawPath(path)
    tail = QPainterPath()
    tail.moveTo(8, 16)
    tail.lineTo(7, 20)
    tail.lineTo(12, 16)
    p.drawPath(tail)


def _envelope(p: QPainter) -> None:
    p.drawRoundedRect(QRectF(3.5, 6, 17, 12), 1.5, 1.5)
    path = QPainterPath()
    path.moveTo(4, 7)
    path.lineTo(12, 13)
    path.lineTo(20, 7)
    p.drawPath(path)


def _calendar(p: QPainter) -> None:
    p.drawRoundedRect(QRectF(4, 6, 16, 14), 2, 2)
    p.drawLine(QPointF(4, 10.5), QPointF(20, 10.5))
    p.drawLine(QPointF(8.5, 4), QPointF(8.5, 7.5))
    p.drawLine(QPointF(15.5, 4), QPointF(15.5, 7.5))
    p.drawPoint(QPointF(12, 15))


def _page(p: QPainter) -> None:
    path = QPainterPath()
    path.moveTo(6, 4)
    path.lineTo(14, 4)
    path.lineTo(18, 8)
    path.lineTo(18, 20)
    path.lineTo(6, 20)
    path.closeSubpath()
    p.drawPath(path)
    p.drawLine(QPointF(9, 12), QPointF(15, 12))
    p.drawLine(QPointF(9, 15.5), QPointF(15, 15.5))


def _clock(p: QPainter) -> None:
    p.drawEllipse(QPointF(12, 12), 8, 8)
    path = QPainterPath()
    path.moveTo(12, 7.5)
    path.lineTo(12, 12)
    path.lineTo(15, 14)
    p.drawPath(path)


def _check(p: QPainter) -> None:
    p.drawRoundedRect(QRectF(4.5, 4.5, 15, 15), 3.5, 3.5)
    path = QPainterPath()
    path.moveTo(8.5, 12.5)
    path.lineTo(11, 15)
    path.lineTo(16, 9.5)
    p.drawPath(path)


def _exchange(p: QPainter) -> None:
    for y, start, end, head in ((8.5, 5, 19, 1), (15.5, 19, 5, -1)):
        p.drawLine(QPointF(start, y), QPointF(end, y))
        p.drawLine(QPointF(end, y), QPointF(end - 3 * head, y - 3))
        p.drawLine(QPointF(end, y), QPointF(end - 3 * head, y + 3))


def _chart(p: QPainter) -> None:
    p.drawLine(QPointF(4, 20), QPointF(20, 20))
    for x, top in ((7, 13), (12, 8), (17, 11)):
        p.drawLine(QPointF(x, 17), QPointF(x, top))


def _flag(p: QPainter) -> None:
    p.drawLine(QPointF(6, 4), QPointF(6, 20.5))
    path = QPainterPath()
    path.moveTo(6, 5)
    path.lineTo(18.5, 5)
    path.lineTo(15.5, 9)
    path.lineTo(18.5, 13)
    path.lineTo(6, 13)
    p.drawPath(path)


GLYPHS: dict[str, Draw] = {
    "coffee": _cup,
    "meeting": _people,
    "call": _phone,
    "video": _camera,
    "message": _bubble,
    "email": _envelope,
    "event": _calendar,
    "note": _page,
    "follow_up": _clock,
    "commitment": _check,
    "ledger": _exchange,
    "review": _chart,
    "stage_change": _flag,
}

_cache: dict[tuple[str, int, str, float, int], QPixmap] = {}


def glyph_pixmap(key: str, size: int, colour: QColor, dpr: float, tint_alpha: int) -> QPixmap:
    """A round tinted badge with the kind's glyph, ``size`` logical pixels across."""
    cache_key = (key, size, colour.name(), dpr, tint_alpha)
    found = _cache.get(cache_key)
    if found is not None:
        return found
    pixmap = QPixmap(round(size * dpr), round(size * dpr))
    pixmap.setDevicePixelRatio(dpr)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    tint = QColor(colour)
    tint.setAlpha(tint_alpha)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(tint)
    painter.drawEllipse(QRectF(0, 0, size, size))
    scale = size / 24 * 0.72
    offset = (size - 24 * scale) / 2
    painter.translate(offset, offset)
    painter.scale(scale, scale)
    pen = QPen(colour, 1.9)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    GLYPHS.get(key, _page)(painter)
    painter.end()
    if len(_cache) > 256:
        _cache.clear()
    _cache[cache_key] = pixmap
    return pixmap
