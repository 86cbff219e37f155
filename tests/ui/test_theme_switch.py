"""A theme change is a palette and a style sheet, never a new style: setting the style
again re-polishes every widget there is, and crashed Qt while a window was torn down."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from partnerbook.ui.theme import DARK, LIGHT, apply_theme


def test_switching_themes_keeps_the_one_fusion_style(qapp: QApplication, qtbot: QtBot) -> None:
    apply_theme(qapp, LIGHT)
    label = QLabel("Lan")
    qtbot.addWidget(label)
    label.show()
    style = qapp.style()
    for colours in (DARK, LIGHT, DARK, LIGHT):
        apply_theme(qapp, colours)
        assert qapp.style() is style  # the same object: nothing re-polished
    assert qapp.palette().window().color().name() == LIGHT.window.lower()


class _StyleChanges(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.PaletteChange):
            self.count += 1
        return False


def test_the_theme_already_applied_re_polishes_nothing(qapp: QApplication, qtbot: QtBot) -> None:
    """Every window of the app (and every test's controller) applies its theme: the one in
    place is left alone, so widgets being torn down are never polished again."""
    apply_theme(qapp, DARK)
    label = QLabel("Lan")
    qtbot.addWidget(label)
    label.show()
    changes = _StyleChanges()
    label.installEventFilter(changes)
    apply_theme(qapp, DARK)
    QApplication.sendPostedEvents()
    assert changes.count == 0
    apply_theme(qapp, LIGHT)  # a real change still reaches every widget
    QApplication.sendPostedEvents()
    assert changes.count > 0
    assert qapp.palette().window().color().name() == LIGHT.window.lower()
