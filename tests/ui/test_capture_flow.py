"""The moment after coffee, end to end in the window: Ctrl+L, three letters, Enter, the
note, Enter — and the note is at the top of the timeline and of the person's history."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from partnerbook.domain.enums import EntryKind, InteractionKind
from partnerbook.services.capture import NoteRequest, capture_note
from partnerbook.services.people import create_person
from partnerbook.store.engine import Journal
from partnerbook.ui.main_window import MainWindow
from tests.ui.conftest import type_text


def _first_entry_title(model: object) -> str:
    from partnerbook.ui.models.timeline_model import TimelineModel

    assert isinstance(model, TimelineModel)
    for row in range(model.rowCount()):
        entry = model.entry_at(row)
        if entry is not None:
            return entry.title
    return ""


def test_a_note_captured_from_the_keyboard_tops_the_timeline_and_the_persons_history(
    qtbot: QtBot, journal: Journal, make_window: Callable[[], MainWindow]
) -> None:
    lan = create_person(journal, "Nguyễn Thị Lan")
    create_person(journal, "Lâm Văn Bảo")
    a_week_ago = datetime.now(UTC) - timedelta(days=7)
    capture_note(journal, NoteRequest("older coffee", people=["Nguyễn Thị Lan"], at=a_week_ago))
    window = make_window()
    window.show_view("timeline")
    timeline = window.timeline.list.model()
    qtbot.waitUntil(lambda: _first_entry_title(timeline) == "older coffee")
    window.open_person(lan)
    history = window.people.person_page.history
    assert history is not None
    qtbot.waitUntil(lambda: _first_entry_title(history.list.model()) == "older coffee")
    window.show_view("timeline")
    resets: list[bool] = []
    timeline.modelReset.connect(lambda: resets.append(True))

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts go to the active window
    qtbot.keyClick(window.timeline.list, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    capture = window._capture
    assert capture is not None and capture.isVisible()
    type_text(capture.people.line, "ngu")
    qtbot.waitUntil(lambda: capture.people._model.rowCount() > 0)
    qtbot.keyClick(capture.people.line, Qt.Key.Key_Return)
    assert [c.person_id for c in capture.people.chips()] == [lan]
    qtbot.keyClick(capture.people.line, Qt.Key.Key_Return)
    type_text(capture.note, "coffee with Lan — she needs a Q1 KPI win; follow up next Tuesday")
    with qtbot.waitSignal(capture.accepted):
        qtbot.keyClick(capture.note, Qt.Key.Key_Return)

    title = "coffee with Lan — she needs a Q1 KPI win; follow up next Tuesday"
    qtbot.waitUntil(lambda: _first_entry_title(timeline) == title)
    assert resets == []  # one note inserts rows; it never reloads the whole timeline
    kinds = {
        timeline.entry_at(row).kind  # type: ignore[union-attr]
        for row in range(timeline.rowCount())
        if timeline.entry_at(row) is not None
    }
    assert {EntryKind.INTERACTION, EntryKind.FOLLOW_UP} <= kinds
    qtbot.waitUntil(lambda: _first_entry_title(history.list.model()) == title)
    with journal.read() as session:
        from sqlalchemy import select

        from partnerbook.store.models import Entry

        note = session.scalars(select(Entry).where(Entry.title == title)).first()
        assert note is not None and note.interaction_kind is InteractionKind.COFFEE


def test_log_a_note_from_a_page_opens_quick_capture_about_that_person(
    qtbot: QtBot, journal: Journal, make_window: Callable[[], MainWindow]
) -> None:
    shira = create_person(journal, "שירה לוי")
    window = make_window()
    window.open_person(shira)
    window.events.capture_about.emit([shira], None)
    capture = window._capture
    assert capture is not None and capture.isVisible()
    assert [c.name for c in capture.people.chips()] == ["שירה לוי"]
    assert capture.focusWidget() is capture.note


def test_a_captured_note_brings_the_persons_last_contact_up_to_date(
    qtbot: QtBot, journal: Journal, make_window: Callable[[], MainWindow]
) -> None:
    lan = create_person(journal, "Nguyễn Thị Lan")
    window = make_window()
    model = window.people.model
    qtbot.waitUntil(lambda: model.row_of(lan) is not None)
    row = model.row_of(lan)
    assert row is not None and model.row_at(row).last_contact is None
    capture = window.quick_capture()
    capture.preset([lan], None)
    capture.note.setPlainText("coffee")
    assert capture.save() is not None
    row = model.row_of(lan)
    assert row is not None and model.row_at(row).last_contact is not None
