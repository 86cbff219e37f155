"""Quick capture from the keyboard: three letters, Enter, the note, Enter — saved."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from partnerbook.domain.enums import EntryKind, InteractionKind
from partnerbook.services.drafts import QUICK_CAPTURE, load_draft
from partnerbook.services.partners import create_partner
from partnerbook.services.people import change_partner, create_person
from partnerbook.store.engine import Journal
from partnerbook.store.models import Entry
from partnerbook.ui.dialogs.quick_capture import QuickCapture
from partnerbook.ui.events import AppEvents
from partnerbook.ui.main_window import MainWindow
from tests.ui.conftest import type_text


def _next_tuesday(today: date) -> date:
    next_monday = today + timedelta(days=7 - today.weekday())
    return next_monday + timedelta(days=1)


@pytest.fixture
def capture(qtbot: QtBot, journal: Journal) -> QuickCapture:
    dialog = QuickCapture(journal, AppEvents())
    qtbot.addWidget(dialog)
    dialog.open_fresh()
    qtbot.waitExposed(dialog)
    return dialog


def _pick(qtbot: QtBot, dialog: QuickCapture, typed: str) -> None:
    qtbot.keyClicks(dialog.people.line, typed)
    qtbot.waitUntil(lambda: dialog.people._model.rowCount() > 0)
    qtbot.keyClick(dialog.people.line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.people.line.text() == "")


def test_capture_from_the_keyboard_saves_note_people_and_follow_up(
    qtbot: QtBot, journal: Journal
) -> None:
    acme = create_partner(journal, "Acme Pay")
    lan = create_person(journal, "Nguyễn Thị Lan")
    change_partner(journal, lan, acme)
    create_person(journal, "Sarah Cohen")
    events = AppEvents()
    dialog = QuickCapture(journal, events)
    qtbot.addWidget(dialog)
    dialog.open_fresh()
    changed: list[list[int]] = []
    events.entries_changed.connect(changed.append)

    _pick(qtbot, dialog, "ngu")
    assert [c.person_id for c in dialog.people.chips()] == [lan]
    assert dialog.partner.current_id() == acme  # her company, filled in for us
    qtbot.keyClick(dialog.people.line, Qt.Key.Key_Return)  # nothing typed: on to the note
    assert dialog.focusWidget() is dialog.note
    type_text(dialog.note, "coffee with Lan — she needs a Q1 KPI win; follow up next Tuesday")
    assert InteractionKind(dialog.kind.currentData()) is InteractionKind.COFFEE
    assert dialog.follow_up.value() is not None
    assert "→" in dialog.understood.text()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return)

    with journal.read() as session:
        entries = session.scalars(select(Entry).order_by(Entry.id)).all()
        note, follow_up = entries
        assert note.kind is EntryKind.INTERACTION
        assert note.interaction_kind is InteractionKind.COFFEE
        assert note.body.startswith("coffee with Lan")
        assert [p.id for p in note.people] == [lan]
        assert [p.id for p in note.partners] == [acme]
        assert follow_up.kind is EntryKind.FOLLOW_UP
        assert follow_up.due_date == _next_tuesday(datetime.now().date())
        assert follow_up.source_entry_id == note.id
    assert changed == [[note.id, follow_up.id]]
    assert load_draft(journal, QUICK_CAPTURE) is None


def test_shift_enter_is_a_new_line_and_an_unknown_name_becomes_a_new_person(
    qtbot: QtBot, capture: QuickCapture, journal: Journal
) -> None:
    type_text(capture.people.line, "Trần Bảo")
    qtbot.waitUntil(lambda: capture.people._model.rowCount() > 0)
    qtbot.keyClick(capture.people.line, Qt.Key.Key_Return)
    assert [(c.person_id, c.name) for c in capture.people.chips()] == [(None, "Trần Bảo")]
    capture.note.setFocus()
    qtbot.keyClicks(capture.note, "first line")
    qtbot.keyClick(capture.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(capture.note, "second line")
    assert capture.note.toPlainText() == "first line\nsecond line"
    with qtbot.waitSignal(capture.accepted):
        qtbot.keyClick(capture.note, Qt.Key.Key_Return)
    with journal.read() as session:
        entry = session.scalars(select(Entry)).one()
        assert [p.display_name for p in entry.people] == ["Trần Bảo"]
        assert entry.body == "first line\nsecond line"


def test_a_follow_up_that_is_not_a_date_is_refused_and_the_text_kept(
    qtbot: QtBot, capture: QuickCapture, journal: Journal
) -> None:
    capture.note.setPlainText("call about the renewal")
    capture.follow_up.set_text("when pigs fly")
    assert capture.save() is None
    assert capture.isVisible()
    assert "not one I understand" in capture.message.text()
    assert capture.note.toPlainText() == "call about the renewal"
    with journal.read() as session:
        assert session.scalars(select(Entry)).all() == []


def test_the_draft_is_kept_as_typed_and_restored_by_the_next_window(
    qtbot: QtBot, capture: QuickCapture, journal: Journal
) -> None:
    create_person(journal, "Giulia Rossi")
    _pick(qtbot, capture, "giu")
    type_text(capture.note, "pranzo: vuole un evento a Milano")
    qtbot.waitUntil(lambda: load_draft(journal, QUICK_CAPTURE) is not None)
    qtbot.waitUntil(lambda: "Milano" in (load_draft(journal, QUICK_CAPTURE) or ""))
    capture.reject()  # Esc: the draft stays

    again = QuickCapture(journal, AppEvents())
    qtbot.addWidget(again)
    assert again.note.toPlainText() == "pranzo: vuole un evento a Milano"
    assert [c.name for c in again.people.chips()] == ["Giulia Rossi"]
    assert again.restored.isVisibleTo(again)
    again.clear()
    assert load_draft(journal, QUICK_CAPTURE) is None


def test_the_draft_survives_the_process_being_killed(journal: Journal, journal_path: Path) -> None:
    """A new process finds what the killed one was typing."""
    child = textwrap.dedent(
        f"""
        import os, signal, time
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication
        from partnerbook.store.engine import resolve_location
        from partnerbook.store.migrate import open_journal
        from partnerbook.ui.dialogs.quick_capture import QuickCapture
        from partnerbook.ui.events import AppEvents
        from partnerbook.services.drafts import load_draft
        app = QApplication([])
        journal = open_journal(resolve_location({str(journal_path)!r}))
        dialog = QuickCapture(journal, AppEvents())
        dialog.show()
        dialog.note.setPlainText("ăn trưa với anh Minh, 合作 next step")
        deadline = time.monotonic() + 20
        while load_draft(journal, "quick-capture") is None:
            QTest.qWait(20)  # not a processEvents() loop: PySide6 6.12 leaks a None per call
            assert time.monotonic() < deadline
        print("typed", flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", child], capture_output=True, text=True, timeout=120, env=env
    )
    assert result.stdout == "typed\n", result.stderr
    assert result.returncode == -9
    dialog = QuickCapture(journal, AppEvents())
    try:
        assert dialog.note.toPlainText() == "ăn trưa với anh Minh, 合作 next step"
    finally:
        dialog.deleteLater()


def test_the_window_opens_quick_capture_from_its_shortcut(
    make_window: Callable[[], MainWindow],
) -> None:
    window = make_window()
    assert window.capture_action.shortcut().toString() == "Ctrl+L"
    window.capture_action.trigger()
    capture = window._capture
    assert capture is not None and capture.isVisible()
    assert capture.focusWidget() is capture.people.line


@pytest.mark.parametrize(
    ("name", "typed", "note", "kind"),
    [
        (
            "Nguyễn Thị Lan",
            "lan",
            "Cà phê với chị Lan: cần một chiến thắng KPI quý 1. Theo dõi thứ ba tuần sau",
            InteractionKind.COFFEE,
        ),
        ("王芳", "芳", "和王芳喝咖啡，她需要第一季度的KPI成果。跟进下周二", InteractionKind.COFFEE),
        ("廖志豪", "廖", "和廖志豪開會：新的副總。跟進下週二", InteractionKind.MEETING),
    ],
    ids=["vi", "zh-Hans", "zh-Hant"],
)
def test_capture_in_vietnamese_and_chinese_dates_the_follow_up_right(
    qtbot: QtBot, journal: Journal, name: str, typed: str, note: str, kind: InteractionKind
) -> None:
    person = create_person(journal, name)
    dialog = QuickCapture(journal, AppEvents())
    qtbot.addWidget(dialog)
    dialog.open_fresh()
    type_text(dialog.people.line, typed)
    qtbot.waitUntil(lambda: dialog.people._model.rowCount() > 0)
    qtbot.keyClick(dialog.people.line, Qt.Key.Key_Return)
    assert [c.person_id for c in dialog.people.chips()] == [person]
    type_text(dialog.note, note)
    assert "→" in dialog.understood.text()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    with journal.read() as session:
        saved, follow_up = session.scalars(select(Entry).order_by(Entry.id)).all()
        assert saved.interaction_kind is kind
        assert [p.id for p in saved.people] == [person]
        assert follow_up.due_date == _next_tuesday(datetime.now().date())
