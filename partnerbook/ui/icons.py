"""The window's line icons: small SVGs drawn in the theme's text colour, sharp at any scale.

``resources/icons/<name>.svg`` are 24×24 line drawings in ``currentColor``; ``icon()``
puts the theme's colour into the SVG (the text colour, muted when disabled) and hands back
a QIcon whose engine renders the SVG at exactly the size and device pixel ratio asked for,
so a 2× screen gets a 2× drawing, not a scaled-up bitmap. Nothing is rendered until an
icon is painted; each size is rendered once.

Icons that point one way (undo, redo, the timeline's list) are mirrored in a right-to-left
layout: Qt mirrors widgets, not the pictures in them.

A source checkout reads the SVGs from ``resources/icons``; an installed wheel carries them
as data files in ``<prefix>/share/partnerbook/icons`` (``pyproject.toml``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QImage, QPainter, QPixmap

from partnerbook.paths import INSTALLED_RESOURCES, resource_dir

if TYPE_CHECKING:
    from PySide6.QtSvg import QSvgRenderer

    from partnerbook.ui.theme import Colours

NAMES = (
    "today",
    "people",
    "partners",
    "timeline",
    "search",
    "quick_note",
    "new_person",
    "new_partner",
    "undo",
    "redo",
    "brief",
    "import",
    "export",
    "backup",
    "archive",
    "trash",
    "filter",
    "place",
)
# Pictures with a direction: turned around when the layout runs right to left.
DIRECTIONAL = frozenset({"undo", "redo", "timeline"})

_INSTALLED = INSTALLED_RESOURCES / "icons"


def icons_dir() -> Path:
    """Where the SVGs are: the source tree's, else the installed data files'."""
    return resource_dir("icons")


class _SvgIconEngine(QIconEngine):
    """One SVG in two colours (normal, disabled), rendered per size and scale on demand."""

    def __init__(self, svg: bytes, colour: str, disabled: str, mirrored: bool) -> None:
        super().__init__()
        self._svg = svg
        self._colour = colour
        self._disabled = disabled
        self._mirrored = mirrored
        self._renderers: dict[str, QSvgRenderer] = {}
        self._pixmaps: dict[tuple[int, int, str, float], QPixmap] = {}

    def _colour_for(self, mode: QIcon.Mode) -> str:
        return self._disabled if mode == QIcon.Mode.Disabled else self._colour

    def _renderer(self, colour: str) -> QSvgRenderer:
        renderer = self._renderers.get(colour)
        if renderer is None:
            from PySide6.QtSvg import QSvgRenderer

            data = self._svg.replace(b"currentColor", colour.encode("ascii"))
            renderer = QSvgRenderer(QByteArray(data))
            self._renderers[colour] = renderer
        return renderer

    def scaledPixmap(  # noqa: N802 (Qt's name)
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        colour = self._colour_for(mode)
        key = (size.width(), size.height(), colour, scale)
        cached = self._pixmaps.get(key)
        if cached is not None:
            return cached
        width = max(1, round(size.width() * scale))
        height = max(1, round(size.height() * scale))
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        side = min(width, height)  # square drawings, centred in a non-square request
        target = QRectF((width - side) / 2, (height - side) / 2, side, side)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._renderer(colour).render(painter, target)
        painter.end()
        if self._mirrored:  # the very pixels, turned (a mirrored painter rounds otherwise)
            image = image.flipped(Qt.Orientation.Horizontal)
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(scale)
        self._pixmaps[key] = pixmap
        return pixmap

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        device = painter.device()
        scale = device.devicePixelRatioF() if device is not None else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:  # noqa: N802
        return QSize(size)

    def availableSizes(  # noqa: N802 (Qt's name)
        self, mode: QIcon.Mode = QIcon.Mode.Normal, state: QIcon.State = QIcon.State.Off
    ) -> list[QSize]:
        return [QSize(16, 16), QSize(24, 24), QSize(32, 32), QSize(48, 48)]

    def isNull(self) -> bool:  # noqa: N802 (Qt's name)
        return False

    def key(self) -> str:
        return "partnerbook-svg"

    def clone(self) -> QIconEngine:
        engine = _SvgIconEngine(self._svg, self._colour, self._disabled, self._mirrored)
        _KEEP.append(engine)  # owned by the C++ icon that asked for it
        return engine


_CACHE: dict[tuple[str, str, str, bool], tuple[QIcon, _SvgIconEngine]] = {}
_SVG: dict[str, bytes] = {}
_KEEP: list[_SvgIconEngine] = []


def _svg_bytes(name: str) -> bytes:
    data = _SVG.get(name)
    if data is None:
        data = (icons_dir() / f"{name}.svg").read_bytes()
        _SVG[name] = data
    return data


def right_to_left() -> bool:
    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def icon(name: str, colours: Colours, *, mirrored: bool | None = None) -> QIcon:
    """The icon ``name`` in the theme's text colour (muted when disabled).

    ``mirrored`` defaults to: a directional icon in a right-to-left application.
    """
    if mirrored is None:
        mirrored = name in DIRECTIONAL and right_to_left()
    key = (name, colours.text, colours.muted, mirrored)
    found = _CACHE.get(key)
    if found is None:
        engine = _SvgIconEngine(_svg_bytes(name), colours.text, colours.muted, mirrored)
        found = (QIcon(engine), engine)
        _CACHE[key] = found
    return found[0]
