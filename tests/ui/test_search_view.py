"""Search as you type, against the real engine on a real journal: grouped results with
highlighted snippets, Enter opens, the arrows walk, stale results never win; Ctrl+F."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from partnerbook.domain.enums import EntryKind, InteractionKind
from partnerbook.domain.search import HitKind, SearchHit
from partnerbook.services.capture import NoteRequest, capture_note
from partnerbook.services.partners import create_partner
from partnerbook.services.people import change_partner, create_person
from partnerbook.services.search import search
from partnerbook.store.engine import Journal
from partnerbook.ui.main_window import MainWindow
from partnerbook.ui.views.search_view import PATIENCE_MS, SearchView
from partnerbook.ui.widgets.search_delegate import HIT_ROLE, TITLE_MARKS_ROLE
from tests.ui.conftest import type_text
from tests.ui.test_accessibility import _unnamed

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def filled(journal: Journal) -> dict[str, int]:
    bank = create_partner(journal, "合作银行", city="Hà Nội")
    lan = create_person(journal, "Nguyễn Thị Lan", city="Hà Nội", role="COO")
    change_partner(journal, lan, bank)
    minh = create_person(journal, "Trần Minh", city="Đà Nẵng")
    note = capture_note(
        journal,
        NoteRequest(
            text="Coffee with Lan\nShe needs a Q1 KPI win for her boss",
            kind=InteractionKind.COFFEE,
            person_ids=[lan],
        ),
    )
    return {"bank": bank, "lan": lan, "minh": minh, "note": note.entry_id}


def _open(qtbot: QtBot, make_window: Callable[..., MainWindow]) -> tuple[MainWindow, SearchView]:
    window = make_window("search")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window, window.search_view


def _shown(view: SearchView) -> list[tuple[HitKind, int]]:
    return [(hit.kind, hit.id) for hit in view.hits()]


def _marked(hit: SearchHit) -> list[str]:
    return [hit.snippet.text[start:end] for start, end in hit.snippet.marks]


def test_typing_shows_results_grouped_with_highlighted_snippets(
    qtbot: QtBot, make_window: Callable[..., MainWindow], filled: dict[str, int]
) -> None:
    window, view = _open(qtbot, make_window)
    assert window.current_view_key() == "search" and view.field.hasFocus()
    assert "ngu" in view.empty.text()  # nothing typed: what can be typed

    type_text(view.field, "kpi")
    qtbot.waitUntil(lambda: _shown(view) == [(HitKind.ENTRY, filled["note"])])
    assert view.headings() == ["Notes"]
    (hit,) = view.hits()
    assert (
        hit.entry_kind is EntryKind.INTERACTION and hit.interaction_kind is InteractionKind.COFFEE
    )
    assert _marked(hit) == ["KPI"]
    assert hit.title == "Coffee with Lan"
    view.results.grab()  # the delegate paints marks, badges and dates without complaint

    view.field.clear()
    type_text(view.field, "coffee")

    def title_marks() -> object:
        row = next(r for r in range(view.results.count()) if view.results.item(r).data(HIT_ROLE))
        return view.results.item(row).data(TITLE_MARKS_ROLE)

    qtbot.waitUntil(lambda: view._shown_query == "coffee")
    assert title_marks() == ((0, 6),)  # "Coffee" in the title, found by the same rules

    view.field.clear()
    type_text(view.field, "合作")
    qtbot.waitUntil(lambda: (HitKind.PARTNER, filled["bank"]) in _shown(view))
    qtbot.waitUntil(lambda: (HitKind.PERSON, filled["lan"]) in _shown(view))
    # Grouped, each group where its best hit ranks: the partner's name beats Lan's context.
    assert view.headings() == ["Partners", "People"]
    person = next(h for h in view.hits() if h.kind is HitKind.PERSON)
    assert "合作" in _marked(person)


def test_nothing_found_says_so_and_suggests_fewer_words(
    qtbot: QtBot, make_window: Callable[..., MainWindow], filled: dict[str, int]
) -> None:
    _window, view = _open(qtbot, make_window)
    type_text(view.field, "kpi zebra")
    qtbot.waitUntil(lambda: "Nothing found" in view.empty.text())
    assert "fewer words" in view.empty.text() and view.hits() == []


def test_enter_in_the_field_opens_the_first_result(
    qtbot: QtBot, make_window: Callable[..., MainWindow], filled: dict[str, int]
) -> None:
    window, view = _open(qtbot, make_window)
    type_text(view.field, "nguyen")
    # Enter before the search has even started: it searches at once, then opens.
    qtbot.keyClick(view.field, Qt.Key.Key_Return)
    assert window.current_view_key() == "people"
    assert window.people.current_id() == filled["lan"]


def test_enter_on_a_note_opens_it(
    qtbot: QtBot, make_window: Callable[..., MainWindow], filled: dict[str, int]
) -> None:
    window, view = _open(qtbot, make_window)
    type_text(view.field, "boss")
    qtbot.waitUntil(lambda: bool(view.hits()))
    qtbot.keyClick(view.field, Qt.Key.Key_Down)
    assert view.results.current_hit() == view.hits()[0]
    with qtbot.waitSignal(window.events.open_entry) as opened:
        qtbot.keyClick(view.results, Qt.Key.Key_Return)
    assert opened.args == [filled["note"]]
    assert filled["note"] in window._editors


def test_down_and_up_walk_between_the_field_and_the_results(
    qtbot: QtBot, make_window: Callable[..., MainWindow], filled: dict[str, int]
) -> None:
    _window, view = _open(qtbot, make_window)
    type_text(view.field, "lan")
    qtbot.waitUntil(lambda: len(view.hits()) >= 2 and len(view.headings()) == 2)
    first, second = view.hits()[:2]
    assert first.kind is not second.kind  # a heading lies between them

    qtbot.keyClick(view.field, Qt.Key.Key_Down)
    assert view.results.hasFocus() and view.results.current_hit() == first
    qtbot.keyClick(view.results, Qt.Key.Key_Down)
    assert view.results.current_hit() == second  # the heading is stepped over
    qtbot.keyClick(view.results, Qt.Key.Key_Up)
    assert view.results.current_hit() == first
    qtbot.keyClick(view.results, Qt.Key.Key_Up)
    assert view.field.hasFocus() and view.field.selectedText() == "lan"


def test_ctrl_b_asks_for_the_brief_of_a_person_or_partner_only(
    qtbot: QtBot, make_window: Callable[..., MainWindow], filled: dict[str, int]
) -> None:
    window, view = _open(qtbot, make_window)
    type_text(view.field, "lan")
    qtbot.waitUntil(lambda: (HitKind.PERSON, filled["lan"]) in _shown(view))
    asked: list[tuple[str, int]] = []
    window.events.open_brief.connect(lambda kind, ref: asked.append((kind, ref)))
    qtbot.keyClick(view.field, Qt.Key.Key_Down)
    for hit in view.hits():
        rows = range(view.results.count())
        view.results.setCurrentRow(
            next(r for r in rows if view.results.item(r).data(HIT_ROLE) == hit)
        )
        qtbot.keyClick(view.results, Qt.Key.Key_B, CTRL)
    assert asked == [("person", filled["lan"])]  # the note asked for nothing


def test_typing_searches_once_after_a_pause(
    qtbot: QtBot, make_window: Callable[..., MainWindow], filled: dict[str, int]
) -> None:
    _window, view = _open(qtbot, make_window)
    asked: list[str] = []

    def counting(journal: Journal, query: str, **options: Any) -> Sequence[SearchHit]:
        asked.append(query)
        return search(journal, query, **options)

    view._search = counting
    type_text(view.field, "nguyen")
    qtbot.waitUntil(lambda: bool(view.hits()))
    assert asked == ["nguyen"]


def test_an_older_search_finishing_late_never_replaces_the_newer_results(
    qtbot: QtBot, make_window: Callable[..., MainWindow], filled: dict[str, int]
) -> None:
    _window, view = _open(qtbot, make_window)
    finished: list[str] = []
    started = threading.Event()

    def slow_for_lan(journal: Journal, query: str, **options: Any) -> Sequence[SearchHit]:
        if query == "lan":
            started.set()
            time.sleep(0.4)  # the journal was busy for this one
        found = search(journal, query, **options)
        finished.append(query)
        return found

    view._search = slow_for_lan
    view.field.setText("lan")
    view.search_now()
    assert started.wait(2)  # the older search is under way when the newer text comes
    view.field.setText("kpi")
    view.search_now()
    qtbot.waitUntil(lambda: finished == ["kpi", "lan"], timeout=3000)
    qtbot.wait(50)  # let the late result reach the window's thread
    QApplication.sendPostedEvents()
    assert _shown(view) == [(HitKind.ENTRY, filled["note"])]  # still the newer text's


def test_a_slow_search_says_it_is_searching_until_its_results_come(
    qtbot: QtBot, make_window: Callable[..., MainWindow], filled: dict[str, int]
) -> None:
    _window, view = _open(qtbot, make_window)
    release = threading.Event()

    def waiting_for_the_index(journal: Journal, query: str, **options: Any) -> Sequence[SearchHit]:
        release.wait(5)  # an index being made again after an upgrade
        return search(journal, query, **options)

    view._search = waiting_for_the_index
    view.field.setText("nguyen")
    view.search_now()
    qtbot.waitUntil(lambda: view.summary.text() == "Searching…", timeout=PATIENCE_MS * 3)
    assert not view.hits()
    assert view.empty.text() == ""  # the help for an empty field is gone meanwhile
    release.set()
    qtbot.waitUntil(lambda: bool(view.hits()), timeout=3000)
    found = view.summary.text()
    assert found == "2 found"  # Nguyễn Thị Lan, and the note about her
    qtbot.wait(PATIENCE_MS + 100)
    assert view.summary.text() == found  # never "Searching…" again over the results


def test_ctrl_f_opens_search_with_the_text_selected_and_ctrl_shift_f_filters(
    qtbot: QtBot, make_window: Callable[..., MainWindow], filled: dict[str, int]
) -> None:
    window = make_window("people")
    assert window._search is None  # built when first shown: start-up stays quick
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    view = window.search_view
    assert window.current_view_key() == "search" and view.field.hasFocus()
    type_text(view.field, "minh")
    qtbot.waitUntil(lambda: (HitKind.PERSON, filled["minh"]) in _shown(view))

    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    assert window.current_view_key() == "people"
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert window.current_view_key() == "people" and window.people.filter_edit.hasFocus()

    qtbot.keyClick(window, Qt.Key.Key_5, CTRL)
    assert window.current_view_key() == "search"
    assert view.field.hasFocus() and view.field.selectedText() == "minh"
    assert window.sidebar.currentItem().text() == "Search"


def test_a_note_saved_meanwhile_is_found_without_retyping(
    qtbot: QtBot, journal: Journal, make_window: Callable[..., MainWindow], filled: dict[str, int]
) -> None:
    window, view = _open(qtbot, make_window)
    type_text(view.field, "durian")
    qtbot.waitUntil(lambda: "Nothing found" in view.empty.text())
    note = capture_note(
        journal, NoteRequest(text="Lunch: Minh loves durian", person_ids=[filled["minh"]])
    )
    window.events.entries_changed.emit([note.entry_id])
    qtbot.waitUntil(lambda: _shown(view) == [(HitKind.ENTRY, note.entry_id)])


def test_the_field_and_results_are_named_and_mirror_in_hebrew(
    qtbot: QtBot, make_window: Callable[..., MainWindow], filled: dict[str, int]
) -> None:
    window, view = _open(qtbot, make_window)
    type_text(view.field, "lan")
    qtbot.waitUntil(lambda: bool(view.hits()))
    assert _unnamed(window) == []
    assert view.field.accessibleName() and view.results.accessibleName()
    window.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        view.results.grab()
    finally:
        window.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_the_window_s_brief_action_takes_the_selected_result(
    qtbot: QtBot, make_window: Callable[..., MainWindow], filled: dict[str, int]
) -> None:
    from partnerbook.ui.dialogs.brief_dialog import BriefDialog

    window, view = _open(qtbot, make_window)
    type_text(view.field, "nguyen")
    qtbot.waitUntil(lambda: (HitKind.PERSON, filled["lan"]) in _shown(view))
    qtbot.keyClick(view.field, Qt.Key.Key_Down)
    assert view.results.current_hit() is not None
    window.brief_action.trigger()  # as from the menu, with the field or the list focused

    def brief_shown() -> bool:
        return any(
            isinstance(w, BriefDialog) and w.isVisible() and "Nguyễn Thị Lan" in w.windowTitle()
            for w in QApplication.topLevelWidgets()
        )

    qtbot.waitUntil(brief_shown)


def test_the_first_screen_comes_first_and_the_rest_fills_in_place(
    qtbot: QtBot, make_window: Callable[..., MainWindow], journal: Journal
) -> None:
    """More hits than a screenful: the first are shown complete, the others get their
    snippets a moment later in the same rows (the selection stays where it was)."""
    from partnerbook.ui.views.search_view import FIRST_SCREEN

    lan = create_person(journal, "Nguyễn Thị Lan")
    for number in range(FIRST_SCREEN + 10):
        capture_note(
            journal,
            NoteRequest(text=f"Gặp lần {number}\nbàn về hợp đồng phân phối", person_ids=[lan]),
        )
    _window, view = _open(qtbot, make_window)
    shown: list[list[bool]] = []
    real_fill = view._completes

    def watching(query: str, hits: Sequence[SearchHit]) -> bool:
        shown.append([hit.complete for hit in hits])
        return real_fill(query, hits)

    view._completes = watching  # type: ignore[method-assign]
    type_text(view.field, "hop dong")
    qtbot.waitUntil(lambda: len(view.hits()) == FIRST_SCREEN + 10)
    view.results.select_first()
    first_row = view.results.currentRow()
    qtbot.waitUntil(lambda: all(hit.complete for hit in view.hits()))
    assert shown[0].count(True) == FIRST_SCREEN  # the first screen, then all
    assert view.results.currentRow() == first_row
    assert view.hits() == list(search(journal, "hop dong", limit=60))
    last = view.results.item(view.results.count() - 1)
    assert "hợp đồng" in last.data(HIT_ROLE).snippet.text
    assert "hợp đồng" in last.data(Qt.ItemDataRole.AccessibleTextRole)
