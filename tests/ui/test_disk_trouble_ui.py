"""The disk says no while the user types: the words stay where they were typed, the reason
is said, and nothing already saved is harmed. The refusal is injected where SQLite would
raise it (every write statement fails as on a full disk or a vanished drive)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy import event, func, select

from partnerbook.services import people as people_service
from partnerbook.services.drafts import QUICK_CAPTURE, fallback_file, load_draft
from partnerbook.store.engine import Journal
from partnerbook.store.models import Entry
from partnerbook.ui.dialogs.quick_capture import QuickCapture
from partnerbook.ui.events import AppEvents
from partnerbook.ui.main_window import MainWindow
from tests.ui.conftest import type_text

WRITES = ("INSERT", "UPDATE", "DELETE")


@pytest.fixture
def refuse_writes(journal: Journal) -> Iterator[Callable[[str], None]]:
    """``refuse("database or disk is full")``: from then on every write fails so."""
    listeners: list[Callable[..., None]] = []

    def refuse(message: str) -> None:
        def fail(_conn: object, _cursor: object, statement: str, *_rest: object) -> None:
            if statement.lstrip().upper().startswith(WRITES):
                raise sqlite3.OperationalError(message)

        event.listen(journal.engine, "before_cursor_execute", fail)
        listeners.append(fail)

    yield refuse
    allow(journal, listeners)


def allow(journal: Journal, listeners: list[Callable[..., None]]) -> None:
    while listeners:
        event.remove(journal.engine, "before_cursor_execute", listeners.pop())


def entries(journal: Journal) -> int:
    with journal.read() as session:
        return int(session.scalar(select(func.count()).select_from(Entry)) or 0)


def capture(qtbot: QtBot, journal: Journal, settings: QSettings) -> QuickCapture:
    dialog = QuickCapture(journal, AppEvents(), settings)
    qtbot.addWidget(dialog)
    dialog.open_fresh()
    return dialog


def test_quick_note_keeps_what_is_typed_when_the_journal_is_full(
    qtbot: QtBot,
    journal: Journal,
    settings: QSettings,
    refuse_writes: Callable[[str], None],
) -> None:
    kept = fallback_file(Path(settings.fileName()).parent, journal, QUICK_CAPTURE)
    dialog = capture(qtbot, journal, settings)
    refuse_writes("database or disk is full")
    dialog.note.setFocus()
    type_text(dialog.note, "Lan needs the Q1 KPI win")
    # The draft cannot reach the journal: it goes to a file of its own, and it is said.
    qtbot.waitUntil(kept.exists)
    assert "Lan needs the Q1 KPI win" in json.loads(kept.read_text(encoding="utf-8"))["note"]
    assert kept.stat().st_mode & 0o077 == 0  # the owner's only, like the journal
    assert dialog.message.isVisible()
    assert "is full" in dialog.message.text() and str(kept) in dialog.message.text()

    assert dialog.save() is None  # refused: the note stays in the window, the reason said
    assert dialog.note.toPlainText() == "Lan needs the Q1 KPI win"
    assert "is full; nothing was saved." in dialog.message.text()
    assert "Free some space" in dialog.message.text()
    assert entries(journal) == 0
    dialog.close()  # closing keeps the draft too (it tries the journal once more)
    assert kept.exists()


def test_the_kept_draft_comes_back_next_time_and_returns_to_the_journal(
    qtbot: QtBot, journal: Journal, settings: QSettings
) -> None:
    kept = fallback_file(Path(settings.fileName()).parent, journal, QUICK_CAPTURE)
    kept.parent.mkdir(parents=True)
    draft = {"people": [], "typing": "", "note": "Written while the disk was full"}
    kept.write_text(json.dumps(draft), encoding="utf-8")

    dialog = capture(qtbot, journal, settings)
    assert dialog.note.toPlainText() == "Written while the disk was full"
    assert dialog.restored.isVisible()
    assert "kept in a file of its own" in dialog.restored.text()
    assert "in the journal again now" in dialog.restored.text()
    assert not kept.exists()  # the journal holds it again
    stored = load_draft(journal, QUICK_CAPTURE)
    assert stored is not None and "Written while the disk was full" in stored

    dialog.save()
    assert entries(journal) == 1
    assert load_draft(journal, QUICK_CAPTURE) is None


def test_a_page_keeps_a_value_the_disk_refused_with_the_reason(
    journal: Journal,
    make_window: Callable[[], MainWindow],
    qtbot: QtBot,
    refuse_writes: Callable[[str], None],
) -> None:
    pid = people_service.create_person(journal, "Giulia Rossi")
    people_service.update_person(journal, pid, {"role": "Marketing"})
    window = make_window()
    window.people.select_id(pid)
    page = window.people.person_page
    refuse_writes("disk I/O error")
    page.role_edit.setFocus()
    page.role_edit.selectAll()
    qtbot.keyClicks(page.role_edit, "Direttrice marketing")
    page.saver.flush()
    assert page.role_edit.text() == "Direttrice marketing"  # kept in its editor
    assert page.role_edit.property("invalid") is True
    assert "disk I/O error" in page.role_edit.toolTip()
    assert "disk I/O error" in page.save_state.text()
    assert people_service.get_person(journal, pid).role == "Marketing"  # saved value unharmed
