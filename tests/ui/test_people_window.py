from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QMenu
from pytestqt.qtbot import QtBot

from partnerbook.domain.enums import MotivationKind
from partnerbook.services import people as people_service
from partnerbook.services.partners import create_partner
from partnerbook.store.engine import Journal
from partnerbook.ui.main_window import MainWindow
from partnerbook.ui.models.rows_model import ID_ROLE


def _type_with_input_method(widget: QLineEdit, text: str) -> None:
    """Chinese is typed through an input method, which commits whole strings."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _names(window: MainWindow) -> list[str]:
    model = window.people.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_empty_journal_invites_the_user(make_window: Callable[[], MainWindow]) -> None:
    window = make_window()
    assert window.stack.currentWidget() is window.empty
    assert window.empty.demo_button.isVisible()


def test_people_list_filters_without_diacritics_and_sorts_by_locale(
    journal: Journal, make_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    bank = create_partner(journal, "Ngân hàng Sen Vàng")
    for name in ("Zoe Adler", "Nguyễn Thị Lan", "Đặng Văn Minh", "Émile Zola", "Sarah Cohen"):
        pid = people_service.create_person(journal, name)
        if name.startswith("Nguyễn"):
            people_service.change_partner(journal, pid, bank)
    window = make_window()
    window.show_view("people")
    assert _names(window) == [
        "Đặng Văn Minh",
        "Émile Zola",
        "Nguyễn Thị Lan",
        "Sarah Cohen",
        "Zoe Adler",
    ]
    qtbot.keyClicks(window.people.filter_edit, "ngu")
    assert _names(window) == ["Nguyễn Thị Lan"]
    window.people.filter_edit.clear()
    qtbot.keyClicks(window.people.filter_edit, "ngan hang")  # the partner's name, no accents
    assert _names(window) == ["Nguyễn Thị Lan"]
    window.people.filter_edit.clear()
    qtbot.keyClicks(window.people.filter_edit, "DANG")
    assert _names(window) == ["Đặng Văn Minh"]


def test_typing_saves_and_undo_restores(
    journal: Journal, make_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    pid = people_service.create_person(journal, "Giulia Rossi")
    window = make_window()
    window.show_view("people")
    window.people.select_id(pid)
    page = window.people.person_page
    assert page.person_id == pid

    page.role_edit.setFocus()
    qtbot.keyClicks(page.role_edit, "Direttrice marketing")
    qtbot.waitUntil(lambda: people_service.get_person(journal, pid).role == "Direttrice marketing")
    assert "saved" in page.save_state.text().lower()
    # The list shows it too.
    row = window.people.model.row_of(pid)
    assert row is not None and window.people.model.row_at(row).role == "Direttrice marketing"

    window.undo_action.trigger()
    assert people_service.get_person(journal, pid).role is None
    assert page.role_edit.text() == ""
    window.redo_action.trigger()
    assert people_service.get_person(journal, pid).role == "Direttrice marketing"
    assert page.role_edit.text() == "Direttrice marketing"


def test_invalid_input_is_marked_and_kept(
    journal: Journal, make_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    pid = people_service.create_person(journal, "Marco")
    window = make_window()
    window.people.select_id(pid)
    page = window.people.person_page
    qtbot.keyClicks(page.met_on_edit, "the day of the big storm")
    page.saver.flush()
    assert page.met_on_edit.text() == "the day of the big storm"  # kept, never discarded
    assert page.met_on_edit.property("invalid") is True
    assert "not a date" in page.met_on_edit.toolTip()
    assert people_service.get_person(journal, pid).met_on is None
    page.met_on_edit.clear()
    qtbot.keyClicks(page.met_on_edit, "2024-05-17")
    page.saver.flush()
    assert page.met_on_edit.property("invalid") is False
    assert str(people_service.get_person(journal, pid).met_on) == "2024-05-17"


def test_motivation_from_the_keyboard_survives_a_restart(
    journal: Journal, make_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    pid = people_service.create_person(journal, "陳美玲")
    window = make_window()
    window.people.select_id(pid)
    page = window.people.person_page
    page.motivations.add_button.setFocus()
    qtbot.keyClick(page.motivations.add_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: isinstance(page.focusWidget(), QComboBox))
    kind = page.focusWidget()
    assert isinstance(kind, QComboBox)  # focus lands on the new motivation's first field
    kind.setCurrentIndex(kind.findData(MotivationKind.BOSS_RECOGNITION.value))
    kind.activated.emit(kind.currentIndex())
    qtbot.keyClick(kind, Qt.Key.Key_Tab)
    words = page.focusWidget()
    assert isinstance(words, QLineEdit)
    _type_with_input_method(words, "想在老闆面前表現好")
    qtbot.keyClick(words, Qt.Key.Key_Tab)
    qtbot.waitUntil(
        lambda: bool(people_service.get_person(journal, pid).motivations[0].their_words)
    )
    window.close()

    again = make_window()
    again.people.select_id(pid)
    [motivation] = people_service.get_person(journal, pid).motivations
    assert motivation.kind is MotivationKind.BOSS_RECOGNITION
    assert motivation.their_words == "想在老闆面前表現好"
    editor = again.people.person_page.motivations.first_editor(motivation.id)
    assert isinstance(editor, QComboBox)
    assert editor.currentData() == MotivationKind.BOSS_RECOGNITION.value


def test_removing_a_motivation_undoes(
    journal: Journal, make_window: Callable[[], MainWindow]
) -> None:
    pid = people_service.create_person(journal, "Shira")
    mid = people_service.MOTIVATIONS.add(journal, pid, {"kind": "kpi", "certainty": "heard"})
    window = make_window()
    window.people.select_id(pid)
    page = window.people.person_page
    page.motivations.remove_item(mid)
    assert people_service.get_person(journal, pid).motivations == ()
    window.undo_action.trigger()
    assert [m.id for m in people_service.get_person(journal, pid).motivations] == [mid]
    assert page.motivations.first_editor(mid) is not None


def test_changing_partner_keeps_history_and_undoes(
    journal: Journal, make_window: Callable[[], MainWindow]
) -> None:
    old = create_partner(journal, "Old Co")
    new = create_partner(journal, "New Co")
    pid = people_service.create_person(journal, "Trần Văn Đức")
    people_service.change_partner(journal, pid, old)
    window = make_window()
    window.people.select_id(pid)
    page = window.people.person_page
    page.partner_picker.set_current(new, "New Co")
    page.partner_picker.picked.emit(new)
    person = people_service.get_person(journal, pid)
    assert person.partner is not None and person.partner.id == new
    assert "Old Co" in page.history_label.text()
    window.undo_action.trigger()
    person = people_service.get_person(journal, pid)
    assert person.partner is not None and person.partner.id == old
    assert person.affiliations == ()


def test_delete_goes_to_trash_and_undo_brings_back(
    journal: Journal, make_window: Callable[[], MainWindow]
) -> None:
    pid = people_service.create_person(journal, "Anna")
    window = make_window()
    window.people.select_id(pid)
    window.delete_action.trigger()
    assert window.people.model.row_of(pid) is None
    window.undo_action.trigger()
    assert window.people.model.row_of(pid) is not None
    assert window.people.table.currentIndex().data(ID_ROLE) == pid


def test_a_malformed_email_is_marked_and_kept(
    journal: Journal, make_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    pid = people_service.create_person(journal, "Lan")
    cid = people_service.CONTACTS.add(journal, pid, {"kind": "email", "value": ""})
    window = make_window()
    window.people.select_id(pid)
    page = window.people.person_page
    value_edit = page.contacts._rows[0].widgets[1]
    assert isinstance(value_edit, QLineEdit)
    qtbot.keyClicks(value_edit, "lan.at.example.com")
    page.contacts.flush()
    assert value_edit.text() == "lan.at.example.com"
    assert value_edit.property("invalid") is True
    assert "not an email" in page.save_state.text()
    value_edit.setText("")
    qtbot.keyClicks(value_edit, "lan@example.com")
    page.contacts.flush()
    assert value_edit.property("invalid") is False
    assert people_service.get_person(journal, pid).contacts[0].value == "lan@example.com"
    assert cid == people_service.get_person(journal, pid).contacts[0].id


def test_typing_in_two_fields_quickly_keeps_both(
    journal: Journal, make_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    """Saving one field reloads the page's summary; it must not clobber the other."""
    pid = people_service.create_person(journal, "Elena Conti")
    window = make_window()
    window.people.select_id(pid)
    page = window.people.person_page
    qtbot.keyClicks(page.city_edit, "Torino")
    qtbot.keyClicks(page.country_edit, "Italia")
    page.flush()
    person = people_service.get_person(journal, pid)
    assert (person.city, person.country) == ("Torino", "Italia")
    assert (page.city_edit.text(), page.country_edit.text()) == ("Torino", "Italia")


def test_every_menu_action_has_a_shortcut(make_window: Callable[[], MainWindow]) -> None:
    window = make_window()
    missing = [
        action.text()
        for menu in window.menuBar().findChildren(QMenu)
        for action in menu.actions()
        if not action.isSeparator()
        and action.menu() is None
        and action.shortcut().isEmpty()
        # Settings (the theme, the language, starting at login) are reached by the menus.
        and action
        not in [
            *window.theme_actions.values(),
            *window.language_actions.values(),
            window.autostart_action,
        ]
    ]
    assert missing == []


def test_window_state_is_remembered(
    journal: Journal, make_window: Callable[..., MainWindow]
) -> None:
    people_service.create_person(journal, "Someone")
    window = make_window()
    window.resize(1111, 777)
    window.show_view("partners")
    window.partners.splitter.setSizes([300, 800])
    sizes = window.partners.splitter.sizes()
    window.close()
    again = make_window(None)  # no view asked for: the one the user left open
    assert again.current_view_key() == "partners"
    left, right = again.partners.splitter.sizes()
    assert abs(left / (left + right) - sizes[0] / sum(sizes)) < 0.02  # same split, any width
    # The geometry is saved; the offscreen test screen is too small to show it restored.
    assert again.settings.value("window/geometry") == window.saveGeometry()


def test_the_count_says_everyone_while_the_pages_still_come(
    journal: Journal,
    make_window: Callable[[], MainWindow],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from partnerbook.ui.models import rows_model
    from partnerbook.ui.models.rows_model import FIRST_PAGE_SIZE

    monkeypatch.setattr(rows_model, "PAGE_SIZE", 40)  # pages of 10,000 people, in small

    ids = [people_service.create_person(journal, f"Person {n:03}") for n in range(150)]
    people_service.update_person(journal, ids[0], {"archived": True})
    window = make_window()
    window.show_view("people")
    view = window.people
    assert view.model.rowCount() < FIRST_PAGE_SIZE + 1  # the other pages come in idle time
    # Counted as the first of those comes (not before the first paint): never the pages'
    # 59, 149 as the rows come in.
    view.model.fetchMore()
    assert not view.model.complete
    assert view.count_label.text() == "149 shown"
    view.archived_box.setChecked(True)  # meanwhile: counted again, the archived too
    assert view.count_label.text() == "150 shown"
    view.archived_box.setChecked(False)
    assert view.count_label.text() == "149 shown"
    qtbot.waitUntil(lambda: view.model.complete, timeout=5000)
    assert view.count_label.text() == "149 shown"
    view.archived_box.setChecked(True)
    assert view.count_label.text() == "150 shown"
    qtbot.keyClicks(view.filter_edit, "person 149")
    assert view.count_label.text() == "1 of 150"
