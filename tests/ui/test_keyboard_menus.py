"""The window's menus by keyboard: within one menu no two items share an access key
(Alt+V then L must mean one thing), and no two shortcuts of the window are the same keys.

In English and in every language we ship: a translator chooses the access keys anew."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from partnerbook.ui.main_window import MainWindow

MNEMONIC = re.compile(r"&(?!&)(\w)")


def mnemonic(text: str) -> str | None:
    """The access key of a label: "Start at &Login" → "l", "语言(&L)" → "l"."""
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def mnemonic_clashes(menu: QMenu | QMenuBar, path: str = "") -> list[str]:
    """Every pair of items in one menu (or the menu bar) with one access key, submenus too."""
    clashes: list[str] = []
    seen: dict[str, str] = {}
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        key = mnemonic(action.text())
        if key is not None:
            if key in seen:
                clashes.append(f"{path or 'menu bar'}: {seen[key]!r} and {action.text()!r}")
            else:
                seen[key] = action.text()
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            clashes += mnemonic_clashes(submenu, f"{path} → {action.text()}".strip(" →"))
    return clashes


def window_shortcuts(window: QWidget) -> list[tuple[str, str]]:
    """(keys, what) for every action and QShortcut of the window and its children."""
    found: list[tuple[str, str]] = []
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            if not sequence.isEmpty():
                found.append((sequence.toString(), action.text()))
    for shortcut in window.findChildren(QShortcut):
        if not shortcut.key().isEmpty():
            found.append((shortcut.key().toString(), f"QShortcut in {shortcut.parent()}"))
    return found


def _menus_built(window: MainWindow) -> None:
    for view in ("today", "people", "partners", "timeline", "search"):
        window.show_view(view)  # views add their own actions when first shown
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    file_menu.aboutToShow.emit()  # File → Export is made when the File menu first opens
    assert window.export_menu.menuAction() in file_menu.actions()


def test_no_two_items_of_one_menu_share_an_access_key(
    make_window: Callable[..., MainWindow],
) -> None:
    window = make_window()
    _menus_built(window)
    bar = window.menuBar()
    menus = [a.menu() for a in bar.actions() if isinstance(a.menu(), QMenu)]
    assert len(menus) >= 4
    items = sum(len(m.actions()) for m in menus if m is not None)
    assert items > 30  # the walk saw the real menus
    assert mnemonic_clashes(bar) == []
    # Every item of the window's own menus can be reached by its key.
    unkeyed = [
        a.text()
        for m in menus
        if m is not None
        for a in m.actions()
        if not a.isSeparator() and mnemonic(a.text()) is None
    ]
    assert unkeyed == []


@pytest.mark.parametrize("language", ["vi", "he", "zh_CN", "zh_TW", "it"])
def test_no_two_items_of_one_menu_share_an_access_key_in_any_language(
    make_window: Callable[..., MainWindow], language: str
) -> None:
    from PySide6.QtCore import QCoreApplication, QLocale, Qt

    from partnerbook.i18n import install_translations

    app = QCoreApplication.instance()
    assert app is not None
    installed = install_translations(app, QLocale(language))
    try:
        assert installed, f"no catalog for {language}: run tools/translations.py release"
        window = make_window()
        _menus_built(window)
        titles = [action.text() for action in window.menuBar().actions()]
        assert titles != ["&File", "&Edit", "&View", "&Help"]  # translated
        assert mnemonic_clashes(window.menuBar()) == []
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # type: ignore[attr-defined]
        QLocale.setDefault(QLocale("en_US"))


def test_the_walk_finds_a_clash_when_there_is_one(qtbot: object) -> None:
    menu = QMenu()
    menu.addAction("Start at &Login")
    sub = menu.addMenu("&Language")
    sub.addAction("&One")
    sub.addAction("&Other")
    assert mnemonic_clashes(menu) == [
        "menu bar: 'Start at &Login' and '&Language'",
        "&Language: '&One' and '&Other'",
    ]
    assert mnemonic("Rock && &Roll") == "r"
    assert mnemonic("语言(&L)") == "l"
    assert mnemonic("Give && take") is None


def test_no_two_shortcuts_of_the_window_are_the_same_keys(
    make_window: Callable[..., MainWindow],
) -> None:
    window = make_window()
    _menus_built(window)
    shortcuts = window_shortcuts(window)
    assert len(shortcuts) > 20
    by_keys: dict[str, list[str]] = {}
    for keys, what in shortcuts:
        by_keys.setdefault(keys, []).append(what)
    assert {k: v for k, v in by_keys.items() if len(v) > 1} == {}
    # Alt+letter of a menu bar title opens that menu: no shortcut may take one.
    bar_keys = {
        QKeySequence(f"Alt+{key.upper()}").toString()
        for a in window.menuBar().actions()
        if (key := mnemonic(a.text())) is not None
    }
    assert bar_keys and not bar_keys & set(by_keys)
