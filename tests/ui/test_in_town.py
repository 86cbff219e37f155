"""Who's in town: a place typed any way, the people there longest unseen first; Enter
opens the person, L logs a note about them; reached by Ctrl+Shift+T and the palette."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from partnerbook.domain.enums import InteractionKind
from partnerbook.services.capture import NoteRequest, capture_note
from partnerbook.services.partners import create_partner
from partnerbook.services.people import change_partner, create_person
from partnerbook.store.engine import Journal
from partnerbook.ui.dialogs.in_town import InTownDialog, since_text
from partnerbook.ui.main_window import MainWindow
from tests.ui.conftest import type_text
from tests.ui.test_accessibility import _unnamed


@pytest.fixture
def hanoi(journal: Journal) -> dict[str, int]:
    bank = create_partner(journal, "Ngân hàng Á Châu")
    lan = create_person(journal, "Nguyễn Thị Lan", city="Hà Nội", country="Việt Nam")
    change_partner(journal, lan, bank)
    minh = create_person(journal, "Trần Minh", city="Hà Nội", country="Việt Nam")
    create_person(journal, "Sarah Cohen", city="Tel Aviv", country="Israel")
    capture_note(
        journal,
        NoteRequest(
            text="Coffee",
            kind=InteractionKind.COFFEE,
            person_ids=[lan],
            at=datetime.now(UTC) - timedelta(days=95),
        ),
    )
    return {"lan": lan, "minh": minh}


def _open(qtbot: QtBot, window: MainWindow) -> InTownDialog:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(
        window,
        Qt.Key.Key_T,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = window._in_town
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_a_place_typed_any_way_lists_its_people_never_met_first(
    qtbot: QtBot, make_window: Callable[..., MainWindow], hanoi: dict[str, int]
) -> None:
    window = make_window()
    dialog = _open(qtbot, window)
    assert dialog.place.hasFocus()
    type_text(dialog.place, "ha noi")
    qtbot.waitUntil(lambda: dialog.people_shown() == [hanoi["minh"], hanoi["lan"]])
    lan_row = dialog.tree.topLevelItem(1)
    assert lan_row is not None
    assert lan_row.text(1) == "Ngân hàng Á Châu" and lan_row.text(2) == "Hà Nội, Việt Nam"
    assert lan_row.text(3) == "3 months ago"
    assert dialog.tree.topLevelItem(0).text(3) == "never met"  # type: ignore[union-attr]
    assert "2 people" in dialog.summary.text()
    # The known places complete what was typed, accents and spaces aside.
    assert "Hà Nội" in dialog._completions.stringList()
    assert _unnamed(dialog) == []

    dialog.place.selectAll()
    type_text(dialog.place, "nowhere")
    qtbot.waitUntil(lambda: dialog.people_shown() == [])
    assert "Nobody" in dialog.summary.text()


def test_enter_opens_the_person_and_l_logs_a_note_about_them(
    qtbot: QtBot, make_window: Callable[..., MainWindow], hanoi: dict[str, int]
) -> None:
    window = make_window("today")
    dialog = _open(qtbot, window)
    dialog.place.setText("hanoi")  # pasted: no completion popup to take the keys
    qtbot.waitUntil(lambda: len(dialog.people_shown()) == 2)
    qtbot.keyClick(dialog.place, Qt.Key.Key_Down)
    assert dialog.tree.hasFocus() and dialog.current_id() == hanoi["minh"]
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Down)
    assert dialog.current_id() == hanoi["lan"]
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Return)
    assert window.current_view_key() == "people" and window.people.current_id() == hanoi["lan"]

    with qtbot.waitSignal(window.events.capture_about) as asked:
        qtbot.keyClick(dialog.tree, Qt.Key.Key_L)
    assert asked.args == [[hanoi["lan"]], None]


def test_in_the_view_menu_and_the_palette(
    make_window: Callable[..., MainWindow], hanoi: dict[str, int]
) -> None:
    window = make_window()
    keys = [item.key for item in window._palette_commands()]
    assert "action:in_town" in keys and "action:filter" in keys and "view:search" in keys
    window.run_palette_item("action:in_town")
    assert window._in_town is not None and window._in_town.isVisible()


@pytest.mark.parametrize(
    ("days", "said"),
    [
        (None, "never met"),
        (0, "today"),
        (1, "yesterday"),
        (9, "9 days ago"),
        (20, "2 weeks ago"),
        (95, "3 months ago"),
        (800, "2 years ago"),
    ],
)
def test_how_long_ago_in_words(days: int | None, said: str) -> None:
    assert since_text(days) == said
