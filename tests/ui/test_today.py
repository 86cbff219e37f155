"""Today, from the keyboard: the window opens on it; D, S, L and Enter act in place."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from partnerbook.domain.dates import When
from partnerbook.services.capture import NoteRequest, capture_note
from partnerbook.store.engine import Journal
from partnerbook.store.models import Entry
from partnerbook.ui.main_window import MainWindow
from partnerbook.ui.views.today_view import TodayView
from tests.ui.test_accessibility import _unnamed


@pytest.fixture
def today(
    qtbot: QtBot, journal: Journal, make_window: Callable[..., MainWindow]
) -> tuple[MainWindow, TodayView, int]:
    note = capture_note(
        journal,
        NoteRequest("Coffee with Lan", people=["Nguyễn Thị Lan"], follow_up=When(date.today())),
    )
    assert note.follow_up_id is not None
    window = make_window(None)  # as a user opens it: on Today
    assert window.current_view_key() == "today"
    view = window.today
    qtbot.waitUntil(lambda: view.current_item() is not None)
    view.tree.setFocus()
    return window, view, note.follow_up_id


def _status(journal: Journal, entry_id: int) -> str | None:
    with journal.read() as session:
        return session.get_one(Entry, entry_id).status


def test_d_marks_done_and_ctrl_z_brings_it_back(
    qtbot: QtBot, journal: Journal, today: tuple[MainWindow, TodayView, int]
) -> None:
    window, view, follow_up = today
    item = view.current_item()
    assert item is not None and item.entry_id == follow_up and item.who == "Nguyễn Thị Lan"
    qtbot.keyClick(view.tree, Qt.Key.Key_D)
    assert _status(journal, follow_up) == "done"
    assert view.current_item() is None or view.current_item().entry_id != follow_up  # type: ignore[union-attr]
    window.undo_stack.undo()
    assert _status(journal, follow_up) == "open"
    qtbot.waitUntil(lambda: view.current_item() is not None)


def test_s_offers_snoozes_and_a_snoozed_follow_up_leaves_today(
    qtbot: QtBot, journal: Journal, today: tuple[MainWindow, TodayView, int]
) -> None:
    _window, view, follow_up = today
    qtbot.keyClick(view.tree, Qt.Key.Key_S)
    menu = view._menu
    texts = [a.text() for a in menu.actions()]
    assert texts == ["Later today", "Tomorrow morning", "Next week", "Pick a date…"]
    menu.actions()[1].trigger()
    with journal.read() as session:
        assert session.get_one(Entry, follow_up).snoozed_until is not None
    assert view._today is not None and view._today.section("follow_ups").total == 0


def test_l_logs_a_note_about_them_and_enter_opens_the_note(
    qtbot: QtBot, journal: Journal, today: tuple[MainWindow, TodayView, int]
) -> None:
    window, view, _follow_up = today
    qtbot.keyClick(view.tree, Qt.Key.Key_L)
    capture = window._capture
    assert capture is not None and capture.isVisible()
    assert [c.name for c in capture.people.chips()] == ["Nguyễn Thị Lan"]
    capture.reject()
    qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    assert len(window._editors) == 1  # the note the follow-up came from, in its editor
    editor = next(iter(window._editors.values()))
    assert editor.page.title_edit.text() == "Coffee with Lan"


def test_every_control_is_named(today: tuple[MainWindow, TodayView, int]) -> None:
    _window, view, _ = today
    assert _unnamed(view) == []


def test_b_marks_my_promise_broken(
    qtbot: QtBot, journal: Journal, make_window: Callable[..., MainWindow]
) -> None:
    from partnerbook.domain.enums import CommitmentOwner
    from partnerbook.services.interaction_editing import add_task

    note = capture_note(journal, NoteRequest("Call with Shira", people=["Shira"])).entry_id
    promise = add_task(journal, note, "Intro to our CFO", date.today(), owner=CommitmentOwner.ME)
    window = make_window(None)
    view = window.today
    qtbot.waitUntil(lambda: view.current_item() is not None)
    assert view.current_item().entry_id == promise  # type: ignore[union-attr]
    qtbot.keyClick(view.tree, Qt.Key.Key_B)
    assert _status(journal, promise) == "broken"


def test_today_says_how_promises_were_kept_overall(
    qtbot: QtBot, journal: Journal, make_window: Callable[..., MainWindow]
) -> None:
    from partnerbook.domain.enums import CommitmentOwner
    from partnerbook.services import follow_ups
    from partnerbook.services.interaction_editing import add_task

    note = capture_note(journal, NoteRequest("Call with Shira", people=["Shira"])).entry_id
    for title, done in (("a", True), ("b", True), ("c", False)):
        promise = add_task(journal, note, title, date.today(), owner=CommitmentOwner.ME)
        (follow_ups.complete if done else follow_ups.break_promise)(journal, promise)
    window = make_window(None)
    view = window.today
    qtbot.waitUntil(lambda: view.kept.isVisibleTo(view), timeout=3000)
    assert view.kept.text() == "You kept 2 of 3 promises (67%)"


def test_p_opens_the_person_the_follow_up_is_about(
    qtbot: QtBot, journal: Journal, today: tuple[MainWindow, TodayView, int]
) -> None:
    window, view, _follow_up = today
    item = view.current_item()
    assert item is not None
    qtbot.keyClick(view.tree, Qt.Key.Key_P)
    assert window.current_view_key() == "people"
    assert window.people.current_id() == item.person_ids[0]


def test_a_note_saved_elsewhere_is_read_into_today_off_the_window_s_thread(
    qtbot: QtBot,
    journal: Journal,
    today: tuple[MainWindow, TodayView, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """At 100,000 notes reading every section takes a tenth of a second: never on the
    thread that paints. Only the newest of two reads in flight is shown."""
    import threading

    from partnerbook.ui.views import today_view

    _window, view, _follow_up = today
    threads: list[threading.Thread] = []
    real = today_view._read_all

    def watched(of: Journal) -> object:
        threads.append(threading.current_thread())
        return real(of)

    monkeypatch.setattr(today_view, "_read_all", watched)
    capture_note(
        journal,
        NoteRequest("Call Giulia", people=["Giulia Bianchi"], follow_up=When(date.today())),
    )
    view.reload()
    view.reload()  # a second change before the first read is back
    qtbot.waitUntil(lambda: any(i.who == "Giulia Bianchi" for i in _items(view)), timeout=5000)
    assert len(threads) >= 2  # and any the window set off itself (its first full read)
    assert all(thread is not threading.main_thread() for thread in threads)


def _items(view: TodayView) -> list[object]:
    found = []
    for section in view._today.sections if view._today else ():
        found.extend(section.items)
    return found
