"""A damaged journal met by the window: at start, and during use. The dialog says what
happened, offers the newest backup that verifies (with its date) or quitting; restoring
moves the damaged file aside into the backups folder, byte for byte, and opens the app."""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from partnerbook.app import AppController
from partnerbook.errors import StorageError
from partnerbook.gui_options import GuiOptions
from partnerbook.paths import AppPaths, backups_dir_for
from partnerbook.services.capture import NoteRequest, capture_note
from partnerbook.services.maintenance import make_backup
from partnerbook.store.engine import resolve_location
from partnerbook.store.lock import JournalLock
from partnerbook.store.migrate import open_journal
from partnerbook.ui.dialogs.damaged_journal import DamagedJournalDialog


@pytest.fixture
def controller(qapp: QApplication) -> Iterator[AppController]:
    hook = sys.excepthook
    made = AppController(qapp, AppPaths.default(), GuiOptions(theme="light"))
    yield made
    made.shutdown()
    if made.window is not None:
        made.window.close()
    sys.excepthook = hook


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def titles(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [t for (t,) in connection.execute("SELECT title FROM entries ORDER BY id")]
    finally:
        connection.close()


@pytest.fixture
def backed_up(journal_path: Path) -> Path:
    """A journal with two notes in a verified backup, and a third written after it."""
    journal = open_journal(resolve_location(journal_path))
    try:
        capture_note(journal, NoteRequest(text="Coffee with Lan", people=["Lan"]))
        capture_note(journal, NoteRequest(text="Call with Sarah", people=["Sarah"]))
        make_backup(journal.location)
        capture_note(journal, NoteRequest(text="After the backup"))
    finally:
        journal.close()
    return journal_path


def garbage_over_schema(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[100:4096] = (b"\xa5\x5a" * 4096)[: 4096 - 100]
    path.write_bytes(bytes(data))


class Answers:
    """Answers the damaged-journal dialog with a click on one of its own buttons."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, button: str) -> None:
        self.shown: list[DamagedJournalDialog] = []
        original = DamagedJournalDialog.choose
        answers = self

        def choose(dialog: DamagedJournalDialog) -> str:
            answers.shown.append(dialog)
            target = {
                "restore": dialog.restore_button,
                "quit": dialog.quit_button,
                "later": dialog.later_button,
            }[button]
            assert target is not None, f"no {button} button"
            QTimer.singleShot(0, target.click)
            return original(dialog)

        monkeypatch.setattr(DamagedJournalDialog, "choose", choose)


def test_at_start_the_latest_good_backup_is_offered_and_restored(
    controller: AppController, backed_up: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    garbage_over_schema(backed_up)
    damaged = digest(backed_up)
    answers = Answers(monkeypatch, "restore")

    assert controller.start(resolve_location(backed_up)) is None

    [dialog] = answers.shown
    assert "is damaged" in dialog.text() and str(backed_up) in dialog.text()
    # The path on a line of its own, and SQLite's own English behind Show Details.
    assert dialog.text().splitlines()[-1].strip("\u2066\u2069") == str(backed_up)
    assert dialog.detailedText() and dialog.detailedText() not in dialog.text()
    assert "latest good backup is from" in dialog.informativeText()
    assert dialog.restore_button is not None
    assert dialog.restore_button.text().startswith("Restore the Latest Good Backup (")
    assert dialog.quit_button.text() == "Quit PartnerBook"
    # The app is open on the restored journal: the backup's notes, not the lost one.
    assert controller.window is not None and controller.journal is not None
    assert titles(backed_up) == ["Coffee with Lan", "Call with Sarah"]
    assert JournalLock(backed_up).is_locked_elsewhere()
    # The damaged file sits in the backups folder, exactly as it was.
    [aside] = backups_dir_for(backed_up).glob("damaged-*.sqlite")
    assert digest(aside) == damaged
    assert "kept in" in controller.window.statusBar().currentMessage()


def test_at_start_quitting_changes_nothing(
    controller: AppController, backed_up: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    garbage_over_schema(backed_up)
    damaged = digest(backed_up)
    Answers(monkeypatch, "quit")
    assert controller.start(resolve_location(backed_up)) == 5
    assert controller.window is None
    assert digest(backed_up) == damaged
    assert not list(backups_dir_for(backed_up).glob("damaged-*"))
    assert not JournalLock(backed_up).is_locked_elsewhere()


def test_with_no_good_backup_only_quitting_is_offered(
    controller: AppController, journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = open_journal(resolve_location(journal_path))
    capture_note(journal, NoteRequest(text="Coffee with Lan"))
    journal.close()
    garbage_over_schema(journal_path)
    answers = Answers(monkeypatch, "quit")
    assert controller.start(resolve_location(journal_path)) == 5
    [dialog] = answers.shown
    assert dialog.restore_button is None
    assert "No backup that passes its check" in dialog.informativeText()


def malformed_reads(journal: object) -> Callable[[], None]:
    """From now on every read fails as a damaged page does (through the real translation)."""

    def refuse(*_args: object) -> None:
        raise sqlite3.DatabaseError("database disk image is malformed")

    engine = journal.engine  # type: ignore[attr-defined]
    event.listen(engine, "before_cursor_execute", refuse)
    return lambda: event.remove(engine, "before_cursor_execute", refuse)


def test_damage_found_during_use_gets_the_same_offer(
    controller: AppController,
    backed_up: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    assert controller.start(resolve_location(backed_up)) is None
    window = controller.window
    answers = Answers(monkeypatch, "later")
    stop = malformed_reads(controller.journal)
    # The views' reads fail as they would (a menu's slot hands the error to the crash
    # handler); the journal itself tells the app, whoever catches the error.
    with qtbot.capture_exceptions():
        with contextlib.suppress(StorageError):
            window.show_view("timeline")
        qtbot.waitUntil(lambda: len(answers.shown) == 1)
        dialog = answers.shown[0]
        assert dialog.later_button is not None and dialog.restore_button is not None
        assert "latest good backup is from" in dialog.informativeText()
        qtbot.waitUntil(lambda: "damaged" in window.statusBar().currentMessage())
        with contextlib.suppress(StorageError):
            window.show_view("search")  # more damage: asked once per journal, not again
        qtbot.wait(100)
    assert len(answers.shown) == 1
    stop()


def test_restoring_during_use_reopens_the_app_on_the_backup(
    controller: AppController,
    backed_up: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    assert controller.start(resolve_location(backed_up)) is None
    old_window = controller.window
    answers = Answers(monkeypatch, "restore")
    stop = malformed_reads(controller.journal)
    with qtbot.capture_exceptions():
        with contextlib.suppress(StorageError):
            old_window.show_view("timeline")
        qtbot.waitUntil(
            lambda: controller.window is not None and controller.window is not old_window
        )
        stop()
        qtbot.wait(50)  # the old window goes (deleteLater) while its reads still fail
    assert len(answers.shown) == 1
    assert controller.journal is not None
    assert titles(backed_up) == ["Coffee with Lan", "Call with Sarah"]
    # The journal as it was (healthy to SQLite here) is kept: nothing is lost for good.
    [kept] = backups_dir_for(backed_up).glob("before-restore-*.sqlite")
    assert titles(kept)[-1] == "After the backup"
    assert JournalLock(backed_up).is_locked_elsewhere()


# --- a dangerous place ----------------------------------------------------------------------


def test_a_journal_in_a_sync_folder_gets_a_banner_with_advice(
    controller: AppController, tmp_path: Path, qtbot: QtBot
) -> None:
    path = tmp_path / "OneDrive - Contoso" / "journal.sqlite"
    assert controller.start(resolve_location(path)) is None
    banner = controller.window.location_banner
    assert banner.isVisible()  # a band above the view: the window works as usual
    assert "OneDrive" in banner.text.text() and "damage" in banner.text.text()
    advice = banner.explain()
    qtbot.addWidget(advice)
    assert str(path) in advice.text() and "Quit PartnerBook" in advice.text()
    advice.close()


def test_a_journal_in_a_local_folder_gets_no_banner(
    controller: AppController, journal_path: Path
) -> None:
    assert controller.start(resolve_location(journal_path)) is None
    assert not hasattr(controller.window, "location_banner")
