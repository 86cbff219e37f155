"""Ctrl+K: anyone, any partner, any view or action, by a few letters; recent ones first."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from partnerbook.services.partners import create_partner
from partnerbook.services.people import create_person
from partnerbook.store.engine import Journal
from partnerbook.ui.dialogs.palette import fuzzy_score
from partnerbook.ui.main_window import MainWindow
from tests.ui.conftest import type_text


@pytest.mark.parametrize(
    ("query", "text", "score"),
    [
        ("quick", "Quick Note", 3),
        ("note", "Quick Note", 2),
        ("qn", "Quick Note", 1),
        ("ngu", "Nguyễn Thị Lan", 3),
        ("lan", "Nguyễn Thị Lan", 2),
        ("zz", "Quick Note", None),
    ],
)
def test_fuzzy_matching(query: str, text: str, score: int | None) -> None:
    assert fuzzy_score(query, text) == score


def _texts(window: MainWindow) -> list[str]:
    palette = window._palette
    assert palette is not None
    return [palette.results.item(i).text() for i in range(palette.results.count())]


def test_jump_to_a_person_a_view_and_an_action_from_the_keyboard(
    qtbot: QtBot, journal: Journal, make_window: Callable[..., MainWindow]
) -> None:
    lan = create_person(journal, "Nguyễn Thị Lan")
    bank = create_partner(journal, "合作银行")
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    palette = window._palette
    assert palette is not None and palette.isVisible()

    type_text(palette.line, "ngu")
    qtbot.waitUntil(lambda: _texts(window)[:1] == ["Nguyễn Thị Lan"])
    qtbot.keyClick(palette.line, Qt.Key.Key_Return)
    assert window.current_view_key() == "people" and window.people.current_id() == lan

    window.go_to()
    type_text(palette.line, "合作")
    qtbot.waitUntil(lambda: bool(_texts(window)) and _texts(window)[0].startswith("合作银行"))
    qtbot.keyClick(palette.line, Qt.Key.Key_Return)
    assert window.current_view_key() == "partners" and window.partners.current_id() == bank

    window.go_to()
    assert _texts(window)[:2] == ["合作银行", "Nguyễn Thị Lan"]  # recent first, newest on top
    type_text(palette.line, "timel")
    qtbot.waitUntil(lambda: bool(_texts(window)) and _texts(window)[0].startswith("Timeline"))
    qtbot.keyClick(palette.line, Qt.Key.Key_Return)
    assert window.current_view_key() == "timeline"

    window.go_to()
    type_text(palette.line, "qn")
    qtbot.waitUntil(lambda: bool(_texts(window)) and _texts(window)[0].startswith("Quick Note"))
    qtbot.keyClick(palette.line, Qt.Key.Key_Return)
    assert window._capture is not None and window._capture.isVisible()
