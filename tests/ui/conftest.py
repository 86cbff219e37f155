from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from partnerbook.store.engine import Journal
from partnerbook.ui.events import AppEvents
from partnerbook.ui.main_window import MainWindow, WindowHooks
from partnerbook.ui.theme import LIGHT


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(
    qtbot: QtBot, journal: Journal, settings: QSettings
) -> Iterator[Callable[..., MainWindow]]:
    windows: list[MainWindow] = []

    def make(view: str | None = "people") -> MainWindow:
        """A window on ``view`` (most tests work in People; None: as a user opens it)."""
        hooks = WindowHooks(
            open_demo=lambda: None, set_theme=lambda _c: None, backup_now=lambda: None
        )
        window = MainWindow(journal, AppEvents(), settings, LIGHT, hooks, view=view)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.flush()


@pytest.fixture(autouse=True)
def english_locale() -> Iterator[None]:
    """As the app does at start: a real locale, never the C locale (byte-order sorting)."""
    from PySide6.QtCore import QLocale

    previous = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    yield
    QLocale.setDefault(previous)


@pytest.fixture(autouse=True, scope="session")
def english_plurals(qapp: object) -> Iterator[None]:
    """As the app does for English: its catalog of plural forms ("1 person", "2 people")."""
    from PySide6.QtCore import QTranslator

    from partnerbook.i18n import TRANSLATIONS_DIR

    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS_DIR / "partnerbook_en.qm"))
    qapp.installTranslator(translator)  # type: ignore[attr-defined]
    yield
    qapp.removeTranslator(translator)  # type: ignore[attr-defined]


def type_text(widget: object, text: str) -> None:
    """Type any script, as an input method delivers it: QTest.keyClicks knows only ASCII."""
    from PySide6.QtCore import QCoreApplication, QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            QCoreApplication.sendEvent(widget, event)  # type: ignore[arg-type]
