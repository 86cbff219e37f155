"""The interaction editor: opened from the timeline, saves as you type, undoes, offers
topics to the person's details, and makes follow-ups and promises from the note."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from partnerbook.domain.enums import EntryKind
from partnerbook.services.capture import NoteRequest, capture_note
from partnerbook.services.interaction_editing import load_interaction
from partnerbook.services.people import get_person
from partnerbook.store.engine import Journal
from partnerbook.store.models import Entry
from partnerbook.ui.main_window import MainWindow
from partnerbook.ui.views.interaction_page import InteractionDialog
from tests.ui.conftest import type_text
from tests.ui.test_accessibility import _unnamed


@pytest.fixture
def opened(
    journal: Journal, make_window: Callable[[], MainWindow]
) -> tuple[MainWindow, InteractionDialog, int]:
    note = capture_note(
        journal, NoteRequest("Coffee with Lan", people=["Nguyễn Thị Lan"], partner="Acme Pay")
    ).entry_id
    window = make_window()
    window.events.open_entry.emit(note)  # as the timeline asks when an entry is activated
    dialog = window._editors[note]
    assert dialog.isVisible()
    return window, dialog, note


def test_typing_saves_and_undo_restores(
    qtbot: QtBot, journal: Journal, opened: tuple[MainWindow, InteractionDialog, int]
) -> None:
    window, dialog, note = opened
    page = dialog.page
    page.body_edit.setFocus()
    type_text(page.body_edit, " — she needs a Q1 KPI win 🎯")
    qtbot.waitUntil(lambda: "Q1 KPI" in load_interaction(journal, note).body, timeout=3000)
    assert page.save_state.text() == "All changes saved"
    window.undo_stack.undo()
    assert load_interaction(journal, note).body == "Coffee with Lan"
    assert page.body_edit.toPlainText() == "Coffee with Lan"
    window.undo_stack.redo()
    assert "Q1 KPI" in load_interaction(journal, note).body


def test_fields_save_and_a_garbage_date_is_kept_and_marked(
    qtbot: QtBot, journal: Journal, opened: tuple[MainWindow, InteractionDialog, int]
) -> None:
    _window, dialog, note = opened
    page = dialog.page
    for combo, value in ((page.warmth_combo, 2), (page.kind_combo, "meeting")):
        combo.setCurrentIndex(combo.findData(value))
        combo.activated.emit(combo.currentIndex())  # as a user's pick does
    assert page.legwork.isVisibleTo(page)  # a meeting has legwork
    page.legwork_boxes["recap_sent"].setChecked(True)
    page.place_edit.setText("Cộng Cà Phê")
    page.saver.flush()
    detail = load_interaction(journal, note)
    assert (detail.warmth, detail.interaction_kind.value, detail.recap_sent) == (2, "meeting", True)
    before = detail.at
    page.when_field.line.setText("the twelfth of never")
    page.when_field.line.textEdited.emit("the twelfth of never")
    page.saver.flush()
    assert load_interaction(journal, note).at == before
    assert page.when_field.line.text() == "the twelfth of never"
    assert page.when_field.line.property("invalid") is True
    assert "Not saved" in page.save_state.text()


def test_a_follow_up_and_a_promise_come_from_the_note(
    qtbot: QtBot, journal: Journal, opened: tuple[MainWindow, InteractionDialog, int]
) -> None:
    window, dialog, note = opened
    page = dialog.page
    page.task_text.setText("Send the pilot numbers")
    page.task_due.set_text("next tuesday")
    qtbot.keyClick(page.task_text, Qt.Key.Key_Return)
    page.task_kind.setCurrentIndex(page.task_kind.findData("me"))
    type_text(page.task_text, "Intro to our CFO")
    page.task_due.set_text("dopodomani")
    page.add_task_button.click()
    assert page.task_message.text().startswith("Added"), page.task_message.text()
    today = datetime.now().date()
    next_tuesday = today + timedelta(days=7 - today.weekday() + 1)
    with journal.read() as session:
        tasks = session.scalars(
            select(Entry).where(Entry.source_entry_id == note).order_by(Entry.id)
        ).all()
        assert [(t.kind, t.title, t.due_date) for t in tasks] == [
            (EntryKind.FOLLOW_UP, "Send the pilot numbers", next_tuesday),
            (EntryKind.COMMITMENT, "Intro to our CFO", today + timedelta(days=2)),
        ]
        assert [p.display_name for p in tasks[0].people] == ["Nguyễn Thị Lan"]
    assert page.task_list.count() == 2
    window.undo_stack.undo()  # the promise goes to the trash
    assert len(load_interaction(journal, note).tasks) == 1


def test_topics_learned_are_offered_to_the_persons_details(
    qtbot: QtBot, journal: Journal, opened: tuple[MainWindow, InteractionDialog, int]
) -> None:
    _window, dialog, note = opened
    page = dialog.page
    page.topics_edit.setPlainText("daughter starts university in March\nloves trail running")
    page.saver.flush()
    lan = load_interaction(journal, note).people[0].id
    qtbot.waitUntil(lambda: page.offer_row.count() > 0)
    button = page.offer_row.itemAt(0).widget()
    assert button is not None and "Nguyễn Thị Lan" in button.text()  # type: ignore[attr-defined]
    button.click()  # type: ignore[attr-defined]
    assert [d.text for d in get_person(journal, lan).details] == [
        "daughter starts university in March",
        "loves trail running",
    ]
    assert "2 topic" in page.offer_message.text()


def test_preview_renders_markdown_and_every_input_is_named(
    qtbot: QtBot, journal: Journal, opened: tuple[MainWindow, InteractionDialog, int]
) -> None:
    _window, dialog, _note = opened
    page = dialog.page
    page.body_edit.setPlainText("# Pilot\n- **KPI** for Q1\n- ask about Milan")
    page.preview_button.click()
    assert page.notes_stack.currentWidget() is page.rendered
    text = page.rendered.toPlainText()
    assert "Pilot" in text and "#" not in text and "**" not in text
    page.preview_button.click()
    assert page.notes_stack.currentWidget() is page.body_edit
    assert _unnamed(dialog) == []


def test_moving_a_note_to_the_trash_closes_it_and_undo_brings_it_back(
    qtbot: QtBot, journal: Journal, opened: tuple[MainWindow, InteractionDialog, int]
) -> None:
    window, dialog, note = opened
    dialog.page.trash_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with journal.read() as session:
        assert session.get_one(Entry, note).deleted_at is not None
    window.undo_stack.undo()
    with journal.read() as session:
        assert session.get_one(Entry, note).deleted_at is None


def test_enter_in_a_field_never_presses_a_button(
    qtbot: QtBot, journal: Journal, opened: tuple[MainWindow, InteractionDialog, int]
) -> None:
    _window, dialog, note = opened
    for field in (dialog.page.place_edit, dialog.page.title_edit, dialog.page.task_text):
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert dialog.isVisible()
    with journal.read() as session:
        assert session.get_one(Entry, note).deleted_at is None


def test_a_follow_up_can_repeat(
    qtbot: QtBot, journal: Journal, opened: tuple[MainWindow, InteractionDialog, int]
) -> None:
    _window, dialog, note = opened
    page = dialog.page
    page.task_text.setText("Monthly check-in")
    page.task_due.set_text("2026-12-01")
    page.task_repeat.setCurrentIndex(page.task_repeat.findText("Every month"))
    page.add_task_button.click()
    [task] = load_interaction(journal, note).tasks
    assert task.recurring and "↻" in page.task_list.itemAt(0).widget().text()  # type: ignore[union-attr]
    with journal.read() as session:
        assert session.get_one(Entry, task.id).recurrence == "FREQ=MONTHLY;INTERVAL=1"
