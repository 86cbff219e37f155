"""View → Language: each language by its own name; choosing one asks the application."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from partnerbook.store.engine import Journal
from partnerbook.ui.events import AppEvents
from partnerbook.ui.main_window import MainWindow, WindowHooks, plain_label
from partnerbook.ui.theme import LIGHT


def test_the_language_menu_offers_every_language_and_asks_for_the_one_chosen(
    qtbot: QtBot, journal: Journal, settings: QSettings
) -> None:
    asked: list[str] = []
    hooks = WindowHooks(
        open_demo=lambda: None,
        set_theme=lambda _c: None,
        backup_now=lambda: None,
        language_choice="he",
        set_language=asked.append,
    )
    window = MainWindow(journal, AppEvents(), settings, LIGHT, hooks, view="people")
    qtbot.addWidget(window)
    texts = [action.text() for action in window.language_menu.actions()]
    assert texts[1:] == ["English", "Tiếng Việt", "עברית", "简体中文", "繁體中文", "Italiano"]
    assert window.language_actions["he"].isChecked()
    window.language_actions["vi"].trigger()
    assert asked == ["vi"]
    window.language_actions[""].trigger()
    assert asked == ["vi", ""]


def test_palette_names_lose_their_accelerators_in_every_script(
    make_window: Callable[..., MainWindow],
) -> None:
    assert [plain_label(t) for t in ("&File", "檔案(&F)", "Give && Take", "簡報(&B)…")] == [
        "File",
        "檔案",
        "Give & Take",
        "簡報…",
    ]
    window = make_window("people")
    names = [item.text for item in window._palette_commands()]
    assert "Today" in names and not [name for name in names if "&" in name]
