"""The application controller: the first run, the demo journal, the one-window lock."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from partnerbook import app as app_module
from partnerbook.app import AppController
from partnerbook.gui_options import GuiOptions
from partnerbook.paths import AppPaths
from partnerbook.store.engine import resolve_location
from partnerbook.store.lock import JournalLock


@pytest.fixture
def controller(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppController]:
    monkeypatch.setattr(app_module, "DEMO_PEOPLE", 25)
    monkeypatch.setattr(app_module, "DEMO_ENTRIES", 300)
    hook = sys.excepthook
    made = AppController(qapp, AppPaths.default(), GuiOptions(theme="light"))
    yield made
    made.shutdown()
    if made.window is not None:
        made.window.close()
    sys.excepthook = hook


def test_first_run_invites_then_opens_the_demo(
    controller: AppController, journal_path: Path, qtbot: QtBot
) -> None:
    assert controller.start(resolve_location(journal_path)) is None
    window = controller.window
    assert window.stack.currentWidget() is window.empty
    assert JournalLock(journal_path).is_locked_elsewhere()  # one window per journal

    window.empty.demo_button.click()
    demo = AppPaths.default().data_dir / "demo.sqlite"
    qtbot.waitUntil(
        lambda: controller.journal is not None and controller.journal.location.path == demo,
        timeout=30_000,
    )
    shown = controller.window
    assert shown is not window
    assert shown.stack.currentWidget() is shown.today  # the app opens on what needs doing
    shown.show_view("people")
    assert shown.people.model.rowCount() == 25
    assert not JournalLock(journal_path).is_locked_elsewhere()  # the first one is released


def test_a_bug_is_logged_and_shown_without_a_traceback(
    controller: AppController, journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    assert controller.start(resolve_location(journal_path)) is None
    try:
        raise RuntimeError("a bug in a slot")
    except RuntimeError as error:
        sys.excepthook(type(error), error, error.__traceback__)
    log = AppPaths.default().log_file
    assert "a bug in a slot" in log.read_text(encoding="utf-8")
    assert len(shown) == 1 and str(log) in shown[0] and "Traceback" not in shown[0]


def test_capture_alone_opens_only_the_quick_note_and_saves_beside_an_open_window(
    qapp: QApplication, journal_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`partnerbook-gui --capture` (a desktop shortcut) works while a window holds the lock."""
    from sqlalchemy import select

    from partnerbook.store.migrate import open_journal
    from partnerbook.store.models import Entry

    open_journal(resolve_location(journal_path)).close()
    window_lock = JournalLock(journal_path)
    window_lock.acquire()  # as if the main window were open
    hook = sys.excepthook
    quits: list[bool] = []
    monkeypatch.setattr(qapp, "quit", lambda: quits.append(True))
    made = AppController(qapp, AppPaths.default(), GuiOptions(theme="light", capture=True))
    try:
        assert made.start(resolve_location(journal_path)) is None
        assert made.window is None
        capture = made._capture
        assert capture is not None and capture.isVisible()
        capture.note.setPlainText("call with Shira about the pilot")
        assert capture.save() is not None
        assert quits == [True]  # closing the quick note ends the process
        assert made.journal is not None
        with made.journal.read() as session:
            assert [e.title for e in session.scalars(select(Entry))] == [
                "call with Shira about the pilot"
            ]
    finally:
        made.shutdown()
        window_lock.release()
        sys.excepthook = hook
