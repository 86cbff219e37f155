"""A theme change is a palette and a style sheet, never a new style: setting the style
again re-polishes every widget there is, and crashed Qt while a window was torn down."""

from __future__ import annotations

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
