"""The interaction editor: opened from the timeline, saves as you type, undoes, offers
topics to the person's details, and makes follow-ups and promises from the note."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from partnerbook.domain.enums import EntryKind
from partnerbook.services.capture import NoteRequest, capture_note
from partnerbook.services.interaction_editing import load_interaction
from partnerbook.services.partners import create_partner
from partnerbook.services.people import create_person, get_person
from partnerbook.services.suggest import suggest_people
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
    page.tasks.task_text.setText("Send the pilot numbers")
    page.tasks.task_due.set_text("next tuesday")
    qtbot.keyClick(page.tasks.task_text, Qt.Key.Key_Return)
    page.tasks.task_kind.setCurrentIndex(page.tasks.task_kind.findData("me"))
    type_text(page.tasks.task_text, "Intro to our CFO")
    page.tasks.task_due.set_text("dopodomani")
    page.tasks.add_task_button.click()
    assert page.tasks.task_message.text().startswith("Added"), page.tasks.task_message.text()
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
    assert page.tasks.task_list.count() == 2
    window.undo_stack.undo()  # the promise goes to the trash
    assert len(load_interaction(journal, note).tasks) == 1


def test_topics_learned_are_offered_to_the_persons_details(
    qtbot: QtBot, journal: Journal, opened: tuple[MainWindow, InteractionDialog, int]
) -> None:
    _window, dialog, note = opened
    page = dialog.page
    page.topics.topics_edit.setPlainText("daughter starts university in March\nloves trail running")
    page.saver.flush()
    lan = load_interaction(journal, note).people[0].id
    qtbot.waitUntil(lambda: page.topics.offer_row.count() > 0)
    button = page.topics.offer_row.itemAt(0).widget()
    assert button is not None and "Nguyễn Thị Lan" in button.text()  # type: ignore[attr-defined]
    button.click()  # type: ignore[attr-defined]
    assert [d.text for d in get_person(journal, lan).details] == [
        "daughter starts university in March",
        "loves trail running",
    ]
    assert "2 topic" in page.topics.offer_message.text()


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
    for field in (dialog.page.place_edit, dialog.page.title_edit, dialog.page.tasks.task_text):
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert dialog.isVisible()
    with journal.read() as session:
        assert session.get_one(Entry, note).deleted_at is None


def test_a_follow_up_can_repeat(
    qtbot: QtBot, journal: Journal, opened: tuple[MainWindow, InteractionDialog, int]
) -> None:
    _window, dialog, note = opened
    page = dialog.page
    page.tasks.task_text.setText("Monthly check-in")
    page.tasks.task_due.set_text("2026-12-01")
    page.tasks.task_repeat.setCurrentIndex(page.tasks.task_repeat.findText("Every month"))
    page.tasks.add_task_button.click()
    [task] = load_interaction(journal, note).tasks
    assert task.recurring and "↻" in page.tasks.task_list.itemAt(0).widget().text()  # type: ignore[union-attr]
    with journal.read() as session:
        assert session.get_one(Entry, task.id).recurrence == "FREQ=MONTHLY;INTERVAL=1"


def test_attendees_come_by_enter_new_names_become_people_and_undo_takes_them_off(
    qtbot: QtBot, journal: Journal, opened: tuple[MainWindow, InteractionDialog, int]
) -> None:
    window, dialog, note = opened
    page = dialog.page
    hannah = create_person(journal, "Hannah Schmidt")
    page.people.line.setFocus()
    type_text(page.people.line, "hann")
    qtbot.keyClick(page.people.line, Qt.Key.Key_Return)  # before the list has even shown
    qtbot.waitUntil(lambda: len(load_interaction(journal, note).people) == 2)
    QCoreApplication.processEvents()  # the pick clears the line once more, queued
    assert page.people.line.text() == ""
    type_text(page.people.line, "Zed Newman")  # nobody yet: picked as a new person
    qtbot.waitUntil(lambda: page.people._model.rowCount() > 0)
    qtbot.keyClick(page.people.line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(load_interaction(journal, note).people) == 3)
    people = load_interaction(journal, note).people
    assert [p.display_name for p in people] == ["Nguyễn Thị Lan", "Hannah Schmidt", "Zed Newman"]
    assert people[1].id == hannah
    assert [c.person_id for c in page.people.chips()] == [p.id for p in people]
    window.undo_stack.undo()  # both picks within seconds: one undo step, as typing is
    assert [p.display_name for p in load_interaction(journal, note).people] == ["Nguyễn Thị Lan"]
    assert [c.name for c in page.people.chips()] == ["Nguyễn Thị Lan"]
    window.undo_stack.redo()  # the new person comes back, not a second one
    assert [p.id for p in load_interaction(journal, note).people] == [p.id for p in people]
    assert [p.display_name for p in suggest_people(journal, "zed")] == ["Zed Newman"]


def test_partners_are_added_and_removed_and_undone(
    qtbot: QtBot, journal: Journal, opened: tuple[MainWindow, InteractionDialog, int]
) -> None:
    window, dialog, note = opened
    page = dialog.page
    studio = create_partner(journal, "Studio Or")
    page.partner_picker.picked.emit(studio)  # as a pick from its list does
    assert [p.name for p in load_interaction(journal, note).partners] == ["Acme Pay", "Studio Or"]
    chip = page.partner_chips.itemAt(0).widget()
    assert isinstance(chip, QToolButton)
    chip.click()  # removes Acme Pay
    assert [p.name for p in load_interaction(journal, note).partners] == ["Studio Or"]
    window.undo_stack.undo()
    assert [p.name for p in load_interaction(journal, note).partners] == ["Acme Pay", "Studio Or"]
    qtbot.waitUntil(lambda: page.partner_chips.count() == 2)


def test_a_refused_value_is_kept_marked_and_not_saved(
    qtbot: QtBot, journal: Journal, opened: tuple[MainWindow, InteractionDialog, int]
) -> None:
    _window, dialog, note = opened
    page = dialog.page
    page.place_edit.setFocus()
    too_long = "Cộng Cà Phê " * 40  # over 300 characters
    page.place_edit.setText(too_long)
    page.place_edit.textEdited.emit(too_long)
    qtbot.waitUntil(lambda: "Not saved" in page.save_state.text())
    assert load_interaction(journal, note).place is None
    assert page.place_edit.text() == too_long
    assert page.place_edit.property("invalid") is True


def test_escape_saves_what_was_typed_and_the_window_remembers_its_size(
    qtbot: QtBot, journal: Journal, opened: tuple[MainWindow, InteractionDialog, int]
) -> None:
    window, dialog, note = opened
    dialog.resize(640, 700)
    dialog.page.body_edit.setFocus()
    dialog.page.body_edit.moveCursor(QTextCursor.MoveOperation.End)
    type_text(dialog.page.body_edit, " — typed just before Esc")
    qtbot.keyClick(dialog.page.body_edit, Qt.Key.Key_Escape)  # no wait for the debounce
    qtbot.waitUntil(lambda: note not in window._editors)
    assert load_interaction(journal, note).body.endswith("typed just before Esc")
    assert window.settings.value("interaction/geometry") is not None


def test_the_open_menu_opens_the_people_and_partners_of_the_note(
    qtbot: QtBot, journal: Journal, opened: tuple[MainWindow, InteractionDialog, int]
) -> None:
    _window, dialog, note = opened
    detail = load_interaction(journal, note)
    actions = [a for a in dialog.page.open_menu.actions() if not a.isSeparator()]
    assert [a.text() for a in actions] == ["Nguyễn Thị Lan", "Acme Pay"]
    with qtbot.waitSignal(dialog.person_activated) as person:
        actions[0].trigger()
    with qtbot.waitSignal(dialog.partner_activated) as partner:
        actions[1].trigger()
    assert (person.args, partner.args) == ([detail.people[0].id], [detail.partners[0].id])


def test_the_editor_fits_a_narrow_window_without_scrolling_sideways(
    qtbot: QtBot, journal: Journal, opened: tuple[MainWindow, InteractionDialog, int]
) -> None:
    _window, dialog, _note = opened
    page = dialog.page
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("meeting"))  # legwork shown
    page.when_field.set_text("yesterday 15:00")  # the understood date beside the field
    dialog.resize(520, 700)
    qtbot.waitUntil(lambda: dialog.width() == 520)
    body = page.widget()
    assert body is not None
    assert body.minimumSizeHint().width() <= page.viewport().width()


def test_a_new_day_keeps_the_notes_time_of_day_and_a_time_is_taken_as_typed(
    qtbot: QtBot, journal: Journal, opened: tuple[MainWindow, InteractionDialog, int]
) -> None:
    _window, dialog, note = opened
    page = dialog.page
    for typed in ("2026-11-02 15:30", "2026-10-05"):
        page.when_field.line.setText(typed)
        page.when_field.line.textEdited.emit(typed)
        page.saver.flush()
    local = load_interaction(journal, note).at.astimezone()
    assert (local.date().isoformat(), local.hour, local.minute) == ("2026-10-05", 15, 30)
    page.when_field.line.setText("")
    page.when_field.line.textEdited.emit("")
    page.saver.flush()
    assert "say when" in page.save_state.text()
    assert load_interaction(journal, note).at.astimezone() == local
