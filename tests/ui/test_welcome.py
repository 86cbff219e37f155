"""What a brand-new journal shows: three ways to begin, each one click away."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from partnerbook.ui.main_window import MainWindow


def test_the_welcome_offers_the_demo_an_import_and_a_first_note(
    make_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    window = make_window()
    empty = window.empty
    assert window.stack.currentWidget() is empty
    for button in (empty.demo_button, empty.import_button, empty.note_button):
        assert button.isVisible() and button.accessibleDescription()
    empty.note_button.click()
    capture = window._capture
    assert capture is not None
    qtbot.waitUntil(capture.isVisible, timeout=2000)
    capture.close()
