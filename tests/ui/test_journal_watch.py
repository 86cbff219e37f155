"""Another process's writes appear in the open window, without a restart and without
disturbing what the user is typing (issue 10, part 2)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from partnerbook.services import people as people_service
from partnerbook.store.engine import Journal
from partnerbook.ui.main_window import MainWindow

WRITER = Path(__file__).resolve().parent.parent / "safety" / "writer.py"
WAIT_MS = 15_000  # the watcher looks every 1.5 s; a busy CI machine may take longer


def _run(*argv: str) -> str:
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    env.pop("PARTNERBOOK_DATABASE_URL", None)
    done = subprocess.run(
        [sys.executable, *argv], capture_output=True, encoding="utf-8", env=env, timeout=120
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def _note_from_a_terminal(journal_path: Path, text: str, person: str) -> int:
    out = _run("-m", "partnerbook", "--db", str(journal_path), "note", text, "--with", person)
    assert out.startswith("Saved note #"), out
    return int(out.split("#", 1)[1].split()[0])


def test_a_note_from_a_terminal_appears_in_the_timeline_and_the_people_list(
    journal: Journal,
    journal_path: Path,
    make_window: Callable[..., MainWindow],
    qtbot: QtBot,
) -> None:
    lan = people_service.create_person(journal, "Nguyễn Thị Lan")
    window = make_window("timeline")
    timeline = window.timeline.model
    qtbot.waitUntil(lambda: not timeline.canFetchMore())
    assert timeline.entry_ids() == []
    window.people.model.load_all()
    row = window.people.model.row_of(lan)
    assert row is not None and window.people.model.row_at(row).last_contact is None
    window.start_watching()

    entry = _note_from_a_terminal(journal_path, "Coffee with Lan from the terminal", "ngu")

    qtbot.waitUntil(lambda: entry in timeline.entry_ids(), timeout=WAIT_MS)
    position = timeline.row_of(entry)
    assert position is not None
    shown = timeline.entry_at(position)
    assert shown is not None and shown.title == "Coffee with Lan from the terminal"

    def lan_met_today() -> bool:
        row = window.people.model.row_of(lan)
        return row is not None and window.people.model.row_at(row).last_contact == date.today()

    qtbot.waitUntil(lan_met_today, timeout=WAIT_MS)
    # A second note, someone new: a new row in the list, a second entry on the timeline.
    second = _note_from_a_terminal(journal_path, "Call with Sarah", "Sarah Cohen")
    qtbot.waitUntil(lambda: second in timeline.entry_ids(), timeout=WAIT_MS)
    sarah = [ref.id for ref in people_service.people_refs(journal, "Sarah")]
    qtbot.waitUntil(lambda: window.people.model.row_of(sarah[0]) is not None, timeout=WAIT_MS)
    assert timeline.entry_ids()[:2] == [second, entry]


def test_what_the_user_types_survives_another_process_editing_the_same_person(
    journal: Journal,
    journal_path: Path,
    make_window: Callable[..., MainWindow],
    qtbot: QtBot,
) -> None:
    lan = people_service.create_person(journal, "Lan", city="Hà Nội")
    window = make_window("people")
    window.people.select_id(lan)
    page = window.people.person_page
    watch_changes: list[list[int]] = []
    window.events.people_changed.connect(watch_changes.append)
    window.start_watching()
    page.role_edit.setFocus()
    qtbot.keyClicks(page.role_edit, "Head of Partnerships")

    # Meanwhile a script of the user's sets the city (another process, same person).
    _run(str(WRITER), str(journal_path), "edit-city", "Lan", "1")

    qtbot.waitUntil(lambda: page.city_edit.text() == "Lan-1", timeout=WAIT_MS)
    assert page.role_edit.text() == "Head of Partnerships"  # nothing typed was lost
    assert QApplication.focusWidget() is page.role_edit  # and the cursor stayed put
    stored = people_service.get_person(journal, lan)
    assert (stored.city, stored.role) == ("Lan-1", "Head of Partnerships")
    assert [lan] in watch_changes


def test_the_window_s_own_saves_are_not_announced_twice(
    journal: Journal, make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    lan = people_service.create_person(journal, "Lan")
    window = make_window("people")
    window.people.select_id(lan)
    page = window.people.person_page
    window.start_watching()
    page.role_edit.setFocus()
    qtbot.keyClicks(page.role_edit, "CTO")
    qtbot.waitUntil(lambda: people_service.get_person(journal, lan).role == "CTO")
    # The counter moved (our own pooled connection committed) but nothing foreign did.
    assert not window.journal_watch.poll()
    assert journal.changed_elsewhere() is False
    # Someone else writes: now it is noticed, own saves or not.
    from partnerbook.services.capture import NoteRequest, capture_note
    from partnerbook.store.engine import resolve_location
    from partnerbook.store.migrate import open_journal

    other = open_journal(resolve_location(journal.location.path))
    try:
        capture_note(other, NoteRequest("from another connection", person_ids=[lan]))
    finally:
        other.close()
    changed = window.journal_watch.poll()
    assert lan in changed.people and len(changed.entries) == 1
