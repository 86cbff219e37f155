"""The dialogs by keyboard alone: each flow walked with real key presses sent to the widget
that has focus (``QApplication.focusWidget()``), as a user without a mouse goes.

For each dialog: where focus starts, where Tab and Shift+Tab take it (every control, in
reading order, and round again), the keys that do the work (Enter, arrows, access keys,
Esc), and where focus is when the dialog closes. Every control a user can reach has a
name a screen reader says, icon-only buttons a name and a tooltip, and no two controls
of one dialog share an access key."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenu,
    QWidget,
)
from pytestqt.qtbot import QtBot

from partnerbook.services import people as people_service
from partnerbook.services.partners import create_partner
from partnerbook.store.engine import Journal
from partnerbook.ui.dialogs import import_dialog
from partnerbook.ui.dialogs.brief_dialog import BriefDialog
from partnerbook.ui.dialogs.damaged_journal import DamagedJournalDialog
from partnerbook.ui.dialogs.import_dialog import ImportDialog, State
from partnerbook.ui.dialogs.passphrase import PassphraseDialog
from partnerbook.ui.main_window import MainWindow
from tests.ui.conftest import type_text
from tests.ui.test_accessibility import _unnamed
from tests.ui.test_keyboard_menus import mnemonic

NO = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
GOOGLE = Path(__file__).resolve().parent.parent / "fixtures" / "csv" / "google_current.csv"


# --- helpers ------------------------------------------------------------------------------


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has focus"
    return widget


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = NO) -> None:
    """A key pressed and released where focus is, as the keyboard delivers it."""
    QTest.keyClick(focused(), key, modifier)


def tab_cycle(start: QWidget, back: bool = False, limit: int = 40) -> list[QWidget]:
    """Tab (or Shift+Tab) from ``start`` until focus comes back to it: the widgets met."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    assert focused() is start
    met = [start]
    for _ in range(limit):
        if back:
            press(Qt.Key.Key_Backtab, SHIFT)
        else:
            press(Qt.Key.Key_Tab)
        widget = focused()
        if widget is start:
            return met
        assert widget not in met, f"Tab is caught in a loop at {widget!r}"
        met.append(widget)
    raise AssertionError(f"Tab never came back to {start!r}")


def icon_only_unnamed(root: QWidget) -> list[str]:
    """Buttons showing only an icon need a name to be said and a tooltip to be read."""
    return [
        f"{type(b).__name__} {b.objectName()!r}"
        for b in root.findChildren(QAbstractButton)
        if b.isVisibleTo(root)
        and not b.text().strip()
        and not b.icon().isNull()
        and not (b.accessibleName().strip() and b.toolTip().strip())
        and not isinstance(b.parent(), QLineEdit)  # Qt's clear button, said with its field
    ]


def access_key_clashes(root: QWidget) -> list[str]:
    """Visible buttons and labels (with their buddies) of one window sharing a key."""
    seen: dict[str, str] = {}
    clashes = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            text = widget.text()
            key = mnemonic(text)
            if key is None:
                continue
            if key in seen:
                clashes.append(f"{seen[key]!r} and {text!r}")
            else:
                seen[key] = text
    return clashes


def reachable_unnamed(root: QWidget) -> list[str]:
    """Every widget Tab reaches (lists, tables and text views too) is said by a name: its
    accessible name, its own text, or the label it is the buddy of."""
    buddies = {label.buddy() for label in root.findChildren(QLabel) if label.buddy()}
    missing = []
    for widget in root.findChildren(QWidget):
        if not (
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isVisibleTo(root)
            and widget.isEnabled()
        ):
            continue
        if isinstance(widget.parent(), QAbstractSpinBox | QComboBox):
            continue  # the inner editor; the outer box is named
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not (widget.accessibleName().strip() or text.strip() or widget in buddies):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def accessible(root: QWidget) -> None:
    assert _unnamed(root) == []
    assert reachable_unnamed(root) == []
    assert icon_only_unnamed(root) == []
    assert access_key_clashes(root) == []


def _active(qtbot: QtBot, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def focus_came_back(qtbot: QtBot, before: QWidget) -> None:
    """A dialog closed: its window, active again (the window manager's part; the offscreen
    platform has none), gives focus back to the widget that had it."""
    window = before.window()
    assert window.focusWidget() is before
    _active(qtbot, window)
    assert focused() is before


@pytest.fixture
def people(journal: Journal) -> dict[str, int]:
    bank = create_partner(journal, "Ngân hàng Cầu Vồng", city="Hanoi")
    lan = people_service.create_person(journal, "Nguyễn Thị Lan", city="Hanoi", country="Vietnam")
    people_service.change_partner(journal, lan, bank)
    minh = people_service.create_person(journal, "Trần Minh", city="Hanoi", country="Vietnam")
    sarah = people_service.create_person(journal, "Sarah Cohen", city="Tel Aviv", country="Israel")
    return {"lan": lan, "minh": minh, "sarah": sarah, "bank": bank}


# --- import ---------------------------------------------------------------------------------


def test_import_by_keyboard_preview_import_report_undo_and_close(
    qtbot: QtBot, journal: Journal, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window("people")
    _active(qtbot, window)
    window.people.table.setFocus(Qt.FocusReason.OtherFocusReason)
    before = focused()
    dialog = window.import_contacts(GOOGLE)  # the file is chosen in the system's dialog
    assert isinstance(dialog, ImportDialog)
    qtbot.waitUntil(lambda: dialog.state is State.PREVIEW, timeout=15000)
    qtbot.waitUntil(dialog.isActiveWindow)
    accessible(dialog)

    # Focus starts in the dialog, and Tab goes round every control in reading order.
    assert focused().window() is dialog
    order = [
        dialog.format_combo,
        dialog.filter_combo,
        dialog.table,
        dialog.report_button,
        dialog.close_button,
        dialog.import_button,
    ]
    assert tab_cycle(dialog.format_combo) == order
    assert tab_cycle(dialog.format_combo, back=True) == [order[0], *reversed(order[1:])]

    # In the table the arrows go down the records, and the line below says each one.
    dialog.table.setFocus(Qt.FocusReason.TabFocusReason)
    first = dialog.detail.text()
    press(Qt.Key.Key_Down)
    assert dialog.table.currentIndex().row() == 1
    assert dialog.detail.text() != first and "Record" in dialog.detail.text()
    # Alt+S goes to Show, and the arrows there pick which records are listed.
    press(Qt.Key.Key_S, ALT)
    assert focused() is dialog.filter_combo
    press(Qt.Key.Key_Down)
    assert dialog.filter_combo.currentIndex() == 1
    press(Qt.Key.Key_Up)
    assert dialog.filter_combo.currentIndex() == 0

    # Enter imports (the default button), and focus moves to Close.
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.state is State.DONE, timeout=15000)
    assert focused() is dialog.close_button
    assert dialog.summary.text().startswith("Imported:")
    accessible(dialog)
    imported = len(people_service.people_rows(journal))
    assert imported > 0
    assert dialog.undo_button in tab_cycle(dialog.close_button)

    # Alt+U takes the whole import back, Alt+R brings it again.
    press(Qt.Key.Key_U, ALT)
    qtbot.waitUntil(lambda: len(people_service.people_rows(journal)) == 0)
    assert dialog.undo_button.text() == "&Redo Import"
    accessible(dialog)  # "Re&do" and "Save Error Re&port" are different keys now
    press(Qt.Key.Key_R, ALT)
    qtbot.waitUntil(lambda: len(people_service.people_rows(journal)) == imported)

    # Esc closes it, and focus is back where it was in the window.
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    focus_came_back(qtbot, before)


def test_import_s_report_button_is_reached_by_its_key(
    qtbot: QtBot, make_window: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window("people")
    _active(qtbot, window)
    dialog = window.import_contacts(GOOGLE)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.state is State.PREVIEW, timeout=15000)
    asked: list[str] = []

    def save_as(*args: object) -> tuple[str, str]:
        asked.append(str(args[1]))
        return "", ""

    monkeypatch.setattr(import_dialog.QFileDialog, "getSaveFileName", save_as)
    qtbot.waitUntil(dialog.isActiveWindow)
    press(Qt.Key.Key_P, ALT)  # the button is pressed as by a click (Qt animates it)
    qtbot.waitUntil(lambda: asked == ["Save the Error Report"])


# --- the meeting brief ----------------------------------------------------------------------


def _brief_shown() -> BriefDialog | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, BriefDialog)]
    found = [w for w in found if w.isVisible()]
    return found[-1] if found else None


def test_brief_opens_by_ctrl_b_moves_by_section_reaches_its_buttons_and_esc_returns(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    people: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window("people")
    window.people.select_id(people["lan"])
    _active(qtbot, window)
    window.people.table.setFocus(Qt.FocusReason.OtherFocusReason)
    before = focused()

    press(Qt.Key.Key_B, CTRL)
    qtbot.waitUntil(lambda: _brief_shown() is not None)
    dialog = _brief_shown()
    assert dialog is not None and dialog.brief.name == "Nguyễn Thị Lan"
    qtbot.waitUntil(dialog.isActiveWindow)
    assert focused() is dialog.browser  # reading starts at once
    accessible(dialog)
    assert dialog.browser.accessibleDescription()

    # Ctrl+Down and Ctrl+Up go from one section's heading to the next and back.
    headings = dialog.section_titles()
    assert len(headings) >= 3
    press(Qt.Key.Key_Down, CTRL)
    assert dialog.current_section() == headings[0]
    press(Qt.Key.Key_Down, CTRL)
    assert dialog.current_section() == headings[1]
    press(Qt.Key.Key_Down, CTRL)
    assert dialog.current_section() == headings[2]
    press(Qt.Key.Key_Up, CTRL)
    assert dialog.current_section() == headings[1]
    assert focused() is dialog.browser

    # Tab leaves the text for the buttons, Print and Save As among them, and comes back.
    cycle = tab_cycle(dialog.browser)
    assert dialog.print_button in cycle and dialog.save_button in cycle
    assert len(cycle) == 4  # the brief, Print, Save As, Close
    printed: list[bool] = []
    monkeypatch.setattr(dialog, "print_", lambda: printed.append(True) or True)
    dialog.print_button.clicked.disconnect()
    dialog.print_button.clicked.connect(lambda: dialog.print_())
    dialog.print_button.setFocus(Qt.FocusReason.TabFocusReason)
    press(Qt.Key.Key_Space)
    assert printed == [True]

    # Esc closes it; focus is back on the list the brief was asked from.
    dialog.browser.setFocus(Qt.FocusReason.TabFocusReason)
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: _brief_shown() is None)
    focus_came_back(qtbot, before)


# --- search ---------------------------------------------------------------------------------


def test_search_ctrl_f_type_arrows_and_enter_opens_the_result(
    qtbot: QtBot, make_window: Callable[..., MainWindow], people: dict[str, int]
) -> None:
    window = make_window("people")
    _active(qtbot, window)
    press(Qt.Key.Key_F, CTRL)
    view = window.search_view
    assert focused() is view.field
    accessible(view)
    type_text(focused(), "hanoi")
    qtbot.waitUntil(lambda: len(view.hits()) >= 3)
    hits = view.hits()
    press(Qt.Key.Key_Down)
    assert focused() is view.results and view.results.current_hit() == hits[0]
    press(Qt.Key.Key_Down)
    assert view.results.current_hit() == hits[1]
    second = hits[1]
    with qtbot.waitSignal(
        window.events.open_person if second.kind.value == "person" else window.events.open_partner
    ) as opened:
        press(Qt.Key.Key_Return)
    assert opened.args == [second.id]
    # Tab from the field goes to the results and back (nothing else lies between).
    window.open_search()
    assert focused() is view.field
    press(Qt.Key.Key_Tab)
    assert focused() is view.results
    press(Qt.Key.Key_Backtab, SHIFT)
    assert focused() is view.field


# --- who's in town ----------------------------------------------------------------------------


def test_in_town_by_keyboard_type_the_place_go_down_open_log_and_close(
    qtbot: QtBot, make_window: Callable[..., MainWindow], people: dict[str, int]
) -> None:
    window = make_window("people")
    _active(qtbot, window)
    window.people.table.setFocus(Qt.FocusReason.OtherFocusReason)
    before = focused()
    press(Qt.Key.Key_T, CTRL | SHIFT)
    dialog = window._in_town
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert focused() is dialog.place
    accessible(dialog)

    type_text(focused(), "ha noi")
    qtbot.waitUntil(lambda: len(dialog.people_shown()) == 2)
    assert not dialog._completer.popup().isVisible()  # "ha noi" names Hanoi whole
    # The completion shown while typing "ha" took activation away, and the offscreen
    # platform (no window manager) does not give it back when the popup hides.
    _active(qtbot, dialog)
    assert focused() is dialog.place
    press(Qt.Key.Key_Down)
    assert focused() is dialog.tree
    first = dialog.current_id()
    press(Qt.Key.Key_Down)
    assert dialog.current_id() != first and dialog.current_id() in people.values()
    with qtbot.waitSignal(window.events.open_person) as opened:
        press(Qt.Key.Key_Return)
    assert opened.args == [dialog.current_id()]
    _active(qtbot, dialog)
    dialog.tree.setFocus(Qt.FocusReason.TabFocusReason)
    with qtbot.waitSignal(window.events.capture_about) as asked:
        press(Qt.Key.Key_L)
    assert asked.args == [[dialog.current_id()], None]
    if window._capture is not None:
        window._capture.hide()
    _active(qtbot, dialog)

    assert tab_cycle(dialog.place) == [
        dialog.place,
        dialog.tree,
        dialog.open_button,
        dialog.note_button,
        dialog.close_button,
    ]
    dialog.place.setFocus(Qt.FocusReason.TabFocusReason)
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    focus_came_back(qtbot, before)


# --- the passphrase and the damaged journal ---------------------------------------------------


def test_passphrase_by_keyboard(qtbot: QtBot) -> None:
    tried: list[str] = []

    def try_open(typed: str) -> bool:
        tried.append(typed)
        return typed == "open sesame"

    dialog = PassphraseDialog("/home/lan/journal.sqlite", try_open)
    qtbot.addWidget(dialog)
    dialog.show()
    _active(qtbot, dialog)
    assert focused() is dialog.field
    accessible(dialog)
    assert dialog.field.accessibleDescription()  # what the intro says, for screen readers
    assert tab_cycle(dialog.field) == [
        dialog.field,
        dialog.remember,
        dialog.open_button,
        dialog.quit_button,
    ]
    dialog.field.setFocus(Qt.FocusReason.TabFocusReason)
    type_text(focused(), "wrong")
    press(Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert focused() is dialog.field  # try again at once
    assert dialog.field.accessibleDescription() == dialog.error.text()  # the error is said
    type_text(focused(), "open sesame")
    press(Qt.Key.Key_Tab)
    assert focused() is dialog.remember
    press(Qt.Key.Key_Space)
    assert dialog.remember.isChecked()
    press(Qt.Key.Key_Return)  # Enter on the check box opens too: Open is the default
    assert dialog.result() == PassphraseDialog.DialogCode.Accepted
    assert tried == ["wrong", "open sesame"]


@pytest.mark.parametrize("during_use", [False, True])
def test_damaged_journal_by_keyboard(qtbot: QtBot, during_use: bool) -> None:
    from datetime import datetime

    dialog = DamagedJournalDialog(
        "/home/lan/journal.sqlite",
        "database disk image is malformed",
        datetime(2026, 11, 30, 9, 0),
        Path("/home/lan/backups"),
        during_use=during_use,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    _active(qtbot, dialog)
    assert focused() is dialog.restore_button  # the default, the way out
    accessible(dialog)
    buttons = [b for b in (dialog.restore_button, dialog.later_button, dialog.quit_button) if b]
    assert set(tab_cycle(dialog.restore_button)) >= set(buttons)
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.choice() == ("later" if during_use else "quit")

    again = DamagedJournalDialog(
        "/j.sqlite", "x", datetime(2026, 11, 30, 9, 0), Path("/b"), during_use=during_use
    )
    qtbot.addWidget(again)
    again.show()
    _active(qtbot, again)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not again.isVisible())
    assert again.choice() == "restore"


# --- the palette and the menus ----------------------------------------------------------------


def test_palette_by_keyboard_and_esc_returns_focus(
    qtbot: QtBot, make_window: Callable[..., MainWindow], people: dict[str, int]
) -> None:
    window = make_window("people")
    _active(qtbot, window)
    window.people.table.setFocus(Qt.FocusReason.OtherFocusReason)
    before = focused()
    press(Qt.Key.Key_K, CTRL)
    palette = window._palette
    assert palette is not None and palette.isVisible()
    qtbot.waitUntil(palette.isActiveWindow)
    assert focused() is palette.line
    accessible(palette)
    type_text(focused(), "hanoi")  # nobody is called that: nothing but the field changes
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not palette.isVisible())
    focus_came_back(qtbot, before)

    press(Qt.Key.Key_K, CTRL)
    qtbot.waitUntil(palette.isActiveWindow)
    assert focused() is palette.line and palette.line.text() == ""
    type_text(focused(), "tr")

    def first() -> str:
        item = palette.results.item(0)
        return item.text() if item is not None else ""

    qtbot.waitUntil(lambda: first().startswith("Trần Minh") and palette.results.count() >= 2)
    press(Qt.Key.Key_Down)  # the arrows move in the list while typing goes on
    assert focused() is palette.line and palette.results.currentRow() == 1
    press(Qt.Key.Key_Up)
    assert palette.results.currentRow() == 0
    chosen = palette.results.currentItem()
    assert chosen is not None and chosen.text().startswith("Trần Minh")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not palette.isVisible())
    assert window.people.current_id() == people["minh"]
    # Tab reaches the list (a screen reader user can read it) and comes back.
    window.go_to()
    _active(qtbot, palette)
    assert tab_cycle(palette.line) == [palette.line, palette.results]


def _popup() -> QMenu:
    qtbot_popup = QApplication.activePopupWidget()
    assert isinstance(qtbot_popup, QMenu), "no menu is open"
    return qtbot_popup


def _key_in_menu(key: Qt.Key) -> None:
    QTest.keyClick(_popup(), key)


def test_export_menu_by_keyboard(
    qtbot: QtBot, make_window: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window("people")
    _active(qtbot, window)
    asked: list[str] = []
    monkeypatch.setattr(window.export_menu, "ask_and_export", asked.append)
    press(Qt.Key.Key_F, ALT)  # the File menu
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    _key_in_menu(Qt.Key.Key_X)  # E&xport
    qtbot.waitUntil(lambda: _popup() is window.export_menu)
    _key_in_menu(Qt.Key.Key_V)  # People as &vCards
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    assert asked == ["vcard"]

    press(Qt.Key.Key_F, ALT)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    _key_in_menu(Qt.Key.Key_X)
    qtbot.waitUntil(lambda: _popup() is window.export_menu)
    assert window.export_menu.activeAction() is window.export_menu.actions_by_key["json"]
    _key_in_menu(Qt.Key.Key_Down)  # the arrows go down the list; Enter picks
    _key_in_menu(Qt.Key.Key_Down)
    _key_in_menu(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    assert asked == ["vcard", "csv"]


def test_language_menu_by_keyboard(
    qtbot: QtBot, journal: Journal, settings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from partnerbook.ui.events import AppEvents
    from partnerbook.ui.main_window import WindowHooks
    from partnerbook.ui.theme import LIGHT

    chosen: list[str] = []
    hooks = WindowHooks(
        open_demo=lambda: None,
        set_theme=lambda _c: None,
        backup_now=lambda: None,
        set_language=chosen.append,
    )
    window = MainWindow(journal, AppEvents(), settings, LIGHT, hooks, view="people")
    qtbot.addWidget(window)
    window.show()
    _active(qtbot, window)
    press(Qt.Key.Key_V, ALT)  # View
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    _key_in_menu(Qt.Key.Key_L)  # &Language
    qtbot.waitUntil(lambda: _popup() is window.language_menu)
    assert window.language_menu.activeAction() is window.language_actions[""]
    for _ in range(2):  # from Follow the System to English, then Tiếng Việt
        _key_in_menu(Qt.Key.Key_Down)
    _key_in_menu(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    assert chosen == ["vi"]
    window.flush()


# --- the older dialogs: names and access keys -------------------------------------------------


def test_quick_capture_give_take_and_review_are_named_with_distinct_keys(
    qtbot: QtBot, journal: Journal, make_window: Callable[..., MainWindow]
) -> None:
    from partnerbook.domain.enums import PartnerStage, ReviewPeriod
    from partnerbook.services.partners import set_stage, update_partner
    from partnerbook.ui.dialogs.give_take import GiveTakeDialog
    from partnerbook.ui.dialogs.review_dialog import ReviewDialog

    lan = people_service.create_person(journal, "Nguyễn Thị Lan")
    acme = create_partner(journal, "Acme Pay")
    people_service.change_partner(journal, lan, acme)
    update_partner(journal, acme, {"review_period": ReviewPeriod.MONTHLY})
    set_stage(journal, acme, PartnerStage.ACTIVE)
    window = make_window("people")
    _active(qtbot, window)

    press(Qt.Key.Key_L, CTRL)
    capture = window._capture
    assert capture is not None and capture.isVisible()
    qtbot.waitUntil(capture.isActiveWindow)
    assert focused().window() is capture
    accessible(capture)
    capture.hide()

    window.open_person(lan)
    page = window.people.person_page
    page._note_give_take()
    give_take = page.findChild(GiveTakeDialog)
    assert give_take is not None and give_take.isVisible()
    accessible(give_take)
    give_take.close()

    window.new_review(acme)
    review = window.findChild(ReviewDialog)
    assert review is not None and review.isVisible()
    accessible(review)
    review.close()
