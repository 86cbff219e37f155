"""Presentation mode (View → Presentation Mode, Ctrl+Shift+P): while sharing the screen,
nothing shows what a person personally wants, their personal details, the private notes
or the give & take; turning it off brings them back."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from partnerbook.domain.enums import LedgerDirection, LedgerKind
from partnerbook.domain.search import HitKind
from partnerbook.services import ledger
from partnerbook.services import people as people_service
from partnerbook.services.partners import create_partner
from partnerbook.store.engine import Journal
from partnerbook.ui.main_window import MainWindow
from partnerbook.ui.presentation import hidden_text

MOTIVATION = "needs the Q1 KPI win"
DETAIL = "daughter starts school"
NOTES = "worried about the reorg, keep it quiet"
GIVE_TAKE = "Introduced her to our CFO"
PRIVATE = (MOTIVATION, DETAIL, NOTES, GIVE_TAKE)


@pytest.fixture
def lan(journal: Journal) -> int:
    bank = create_partner(journal, "Sen Vàng Bank")
    person = people_service.create_person(journal, "Nguyễn Thị Lan", role="COO", city="Hà Nội")
    people_service.change_partner(journal, person, bank)
    people_service.MOTIVATIONS.add(
        journal, person, {"kind": "kpi", "their_words": MOTIVATION, "certainty": "heard"}
    )
    people_service.DETAILS.add(journal, person, {"category": "family", "text": DETAIL})
    people_service.update_person(journal, person, {"notes": NOTES})
    ledger.add_item(
        journal,
        LedgerDirection.GIVEN,
        LedgerKind.INTRODUCTION,
        GIVE_TAKE,
        datetime.now(UTC),
        person_ids=[person],
        partner_ids=[bank],
    )
    return person


def _model_texts(model: QAbstractItemModel, parent: QModelIndex) -> Iterator[str]:
    roles = (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
        *(Qt.ItemDataRole.UserRole + n for n in range(12)),  # entries and hits as painted
    )
    flat = isinstance(model, (QAbstractListModel, QAbstractTableModel))
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            for role in roles:
                value = index.data(role)
                if value is not None:
                    yield str(value)
            if not flat and model.hasChildren(index):
                yield from _model_texts(model, index)


def visible_texts(root: QWidget) -> list[str]:
    """Everything the screen can show: visible labels, fields, text boxes, item views."""
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, (QLabel, QLineEdit)):
            texts.append(widget.text())
        elif isinstance(widget, (QTextEdit, QPlainTextEdit)):  # QTextBrowser is a QTextEdit
            texts.append(widget.toPlainText())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts += _model_texts(widget.model(), QModelIndex())
        texts.append(widget.toolTip())
    return texts


def shown(window: QWidget, needle: str) -> bool:
    return any(needle in text for text in visible_texts(window))


def _toggle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(
        window,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )


def _open_lan(qtbot: QtBot, make_window: Callable[..., MainWindow], lan: int) -> MainWindow:
    window = make_window("people")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.open_person(lan)
    page = window.people.person_page
    qtbot.waitUntil(lambda: page.person_id == lan)
    qtbot.waitUntil(lambda: all(shown(window, text) for text in PRIVATE))
    return window


def test_ctrl_shift_p_hides_what_is_private_and_brings_it_back(
    qtbot: QtBot, make_window: Callable[..., MainWindow], lan: int
) -> None:
    window = _open_lan(qtbot, make_window, lan)
    assert not window.presentation_action.isChecked()
    assert not window.presenting_label.isVisible()

    _toggle(qtbot, window)
    assert window.presentation_action.isChecked()
    assert window.events.presenting
    for text in PRIVATE:
        assert not shown(window, text), text
    page = window.people.person_page
    placeholders = [p.placeholder for p in page.private_parts]
    assert len(placeholders) == 4  # motivations, personal, track record, notes
    assert all(p.isVisible() and p.text() == hidden_text() for p in placeholders)
    assert all(p.accessibleName() == hidden_text() for p in placeholders)
    # The page is still there: the name, the work, the meeting notes' history.
    assert page.name_edit.isVisible() and page.name_edit.text() == "Nguyễn Thị Lan"
    assert page.role_edit.isVisible()
    assert window.presenting_label.isVisible()
    assert window.presenting_label.text() == "Presentation mode"
    assert "Presentation mode" in window.windowTitle()

    _toggle(qtbot, window)
    assert not window.events.presenting
    for text in PRIVATE:
        assert shown(window, text), text
    assert not any(p.isVisible() for p in placeholders)
    assert not window.presenting_label.isVisible()
    assert "Presentation mode" not in window.windowTitle()


def test_a_page_opened_while_presenting_shows_nothing_private(
    qtbot: QtBot, make_window: Callable[..., MainWindow], journal: Journal, lan: int
) -> None:
    window = _open_lan(qtbot, make_window, lan)
    window.presentation_action.trigger()
    other = people_service.create_person(journal, "Sarah Cohen")
    window.open_person(other)
    window.open_person(lan)  # loaded again, while on
    qtbot.waitUntil(lambda: window.people.person_page.person_id == lan)
    for text in PRIVATE:
        assert not shown(window, text), text
    # A partner's page: notes and the give & take hidden too.
    partner = window.people.person_page.detail
    assert partner is not None and partner.partner is not None
    window.open_partner(partner.partner.id)
    qtbot.waitUntil(lambda: window.partners.partner_page.partner_id == partner.partner.id)
    assert not shown(window, GIVE_TAKE)
    assert len(window.partners.partner_page.private_parts) == 2
    assert all(p.placeholder.isVisible() for p in window.partners.partner_page.private_parts)


def test_the_brief_while_presenting_is_a_presentation_copy(
    qtbot: QtBot, make_window: Callable[..., MainWindow], lan: int, tmp_path: Path
) -> None:
    window = _open_lan(qtbot, make_window, lan)
    full = window.open_brief("person", lan)
    assert full is not None
    qtbot.addWidget(full)
    assert MOTIVATION in full.browser.toPlainText()
    assert DETAIL in full.browser.toPlainText()
    _toggle(qtbot, window)  # a brief already open becomes the presentation copy too
    for dialog in (full, window.open_brief("person", lan)):
        assert dialog is not None
        qtbot.addWidget(dialog)
        text = dialog.browser.toPlainText()
        assert text.startswith("Presentation copy")
        for private in PRIVATE:
            assert private not in text, private
        assert "Nguyễn Thị Lan" in text
    saved = full.save_to(tmp_path / "brief.md")  # what is saved is what is shown
    assert saved is not None
    markdown = saved.read_text(encoding="utf-8")
    assert "Presentation copy" in markdown
    assert MOTIVATION not in markdown and DETAIL not in markdown
    _toggle(qtbot, window)
    assert MOTIVATION in full.browser.toPlainText()


def test_search_while_presenting_shows_no_snippet_of_people(
    qtbot: QtBot, make_window: Callable[..., MainWindow], lan: int
) -> None:
    window = _open_lan(qtbot, make_window, lan)
    _toggle(qtbot, window)
    window.show_view("search")
    view = window.search_view
    view.set_query("lan")
    qtbot.waitUntil(lambda: view._shown_query == "lan" and bool(view.hits()))
    people = [hit for hit in view.hits() if hit.kind is HitKind.PERSON]
    assert [hit.id for hit in people] == [lan]
    assert all(hit.snippet.text == "" for hit in people)
    assert not shown(window, MOTIVATION)
    # Found only by what she wants: not listed at all, or the room learns it from the list.
    view.set_query("kpi")
    qtbot.waitUntil(lambda: view._shown_query == "kpi")
    assert [hit for hit in view.hits() if hit.kind is HitKind.PERSON] == []
    view.set_query("ha noi")  # her city is shown with her name: she is found by it
    qtbot.waitUntil(lambda: view._shown_query == "ha noi")
    assert lan in [hit.id for hit in view.hits() if hit.kind is HitKind.PERSON]
    view.set_query("cfo")  # the give & take found: not even its title
    qtbot.waitUntil(lambda: view._shown_query == "cfo" and bool(view.hits()))
    assert not shown(window, GIVE_TAKE)
    window.presentation_action.trigger()  # off: the results as found, without searching again
    assert shown(window, GIVE_TAKE)


def test_presentation_mode_is_in_the_palette_and_off_in_a_new_window(
    qtbot: QtBot, make_window: Callable[..., MainWindow], lan: int
) -> None:
    window = _open_lan(qtbot, make_window, lan)
    assert window.presentation_action.shortcut().toString() == "Ctrl+Shift+P"
    assert "presentation" in window._palette_actions()
    window.run_palette_item("action:presentation")
    assert window.events.presenting
    window.settings.sync()
    again = make_window("people")
    assert not again.presentation_action.isChecked()
    assert not again.events.presenting
    assert not again.presenting_label.isVisible()


def test_the_placeholder_sits_on_the_right_in_hebrew(
    qtbot: QtBot, make_window: Callable[..., MainWindow], lan: int
) -> None:
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        window = _open_lan(qtbot, make_window, lan)
        _toggle(qtbot, window)
        part = window.people.person_page.private_parts[0]
        card = part.placeholder.parentWidget()
        assert card is not None and part.placeholder.isRightToLeft()
        # On the right, where the card's title is (even while its text is still English).
        assert part.placeholder.geometry().left() > card.width() // 2
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_a_window_built_again_keeps_presenting_and_a_new_run_starts_off(
    qapp: QApplication, journal_path: Path
) -> None:
    """A theme or language change builds the window again: it must not end the mode
    behind the back of someone sharing their screen."""
    import sys

    from partnerbook.app import AppController
    from partnerbook.gui_options import GuiOptions
    from partnerbook.paths import AppPaths
    from partnerbook.store.engine import resolve_location

    hook = sys.excepthook
    controller = AppController(qapp, AppPaths.default(), GuiOptions(theme="light"))
    try:
        assert controller.start(resolve_location(journal_path)) is None
        first = controller.window
        assert not first.presentation_action.isChecked()  # never remembered on
        first.presentation_action.trigger()
        controller.set_theme("dark")
        again = controller.window
        assert again is not first
        assert again.presentation_action.isChecked() and again.presenting_label.isVisible()
    finally:
        controller.shutdown()
        if controller.window is not None:
            controller.window.close()
        sys.excepthook = hook
