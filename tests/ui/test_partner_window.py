from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox
from pytestqt.qtbot import QtBot

from partnerbook.domain.enums import BenefitDirection, Horizon, PartnerStage
from partnerbook.services import partners as partner_service
from partnerbook.store.engine import Journal
from partnerbook.ui.main_window import MainWindow


def test_value_proposition_from_the_keyboard_survives_restart_and_undoes(
    journal: Journal, make_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    pid = partner_service.create_partner(journal, "Banca Aurora")
    window = make_window()
    window.show_view("partners")
    window.partners.select_id(pid)
    page = window.partners.partner_page
    assert not page.value_hint.isVisible()  # nothing yet: the empty text explains instead

    page.value_items.add_button.setFocus()
    qtbot.keyClick(page.value_items.add_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: isinstance(page.focusWidget(), QComboBox))
    direction = page.focusWidget()
    qtbot.keyClick(direction, Qt.Key.Key_Tab)
    horizon = page.focusWidget()
    assert isinstance(horizon, QComboBox)
    qtbot.keyClick(horizon, Qt.Key.Key_Tab)
    text = page.focusWidget()
    assert isinstance(text, QLineEdit)
    qtbot.keyClicks(text, "200 new customers in Q1")
    qtbot.keyClick(text, Qt.Key.Key_Tab)
    quantity = page.focusWidget()
    assert isinstance(quantity, QLineEdit)
    qtbot.keyClicks(quantity, "200")
    qtbot.keyClick(quantity, Qt.Key.Key_Tab)
    qtbot.waitUntil(
        lambda: partner_service.get_partner(journal, pid).value_items[0].quantity == Decimal("200")
    )
    [item] = partner_service.get_partner(journal, pid).value_items
    assert (item.direction, item.horizon, item.text) == (
        BenefitDirection.FOR_THEM,
        Horizon.SHORT,
        "200 new customers in Q1",
    )
    assert page.value_hint.isVisible()  # one short-term benefit for them: ask for more
    window.close()

    again = make_window()
    again.show_view("partners")
    again.partners.select_id(pid)
    editor = again.partners.partner_page.value_items.first_editor(item.id)
    assert editor is not None
    again.undo_stack.clear()
    page = again.partners.partner_page
    page.value_items.remove_item(item.id)
    assert partner_service.get_partner(journal, pid).value_items == ()
    again.undo_action.trigger()
    assert [v.id for v in partner_service.get_partner(journal, pid).value_items] == [item.id]


def test_stage_change_is_recorded_and_undone(
    journal: Journal, make_window: Callable[[], MainWindow]
) -> None:
    pid = partner_service.create_partner(journal, "Ví Sen")
    window = make_window()
    window.show_view("partners")
    window.partners.select_id(pid)
    page = window.partners.partner_page
    page.stage_combo.setCurrentIndex(page.stage_combo.findData(PartnerStage.ACTIVE.value))
    page.stage_combo.activated.emit(page.stage_combo.currentIndex())
    partner = partner_service.get_partner(journal, pid)
    assert partner.stage is PartnerStage.ACTIVE and len(partner.stage_history) == 1
    window.undo_action.trigger()
    partner = partner_service.get_partner(journal, pid)
    assert partner.stage is PartnerStage.PROSPECT and partner.stage_history == ()
    assert page.stage_combo.currentData() == PartnerStage.PROSPECT.value


def test_standing_shows_the_practical_hint(
    journal: Journal, make_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    pid = partner_service.create_partner(journal, "Big Bank")
    window = make_window()
    window.show_view("partners")
    window.partners.select_id(pid)
    page = window.partners.partner_page
    page.standing_combo.setCurrentIndex(page.standing_combo.findData("smaller"))
    page.standing_combo.activated.emit(page.standing_combo.currentIndex())
    assert "legwork" in page.standing_hint.text()
    assert partner_service.get_partner(journal, pid).standing is not None


def test_fit_scores_save(
    journal: Journal, make_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    pid = partner_service.create_partner(journal, "Fit Co")
    window = make_window()
    window.show_view("partners")
    window.partners.select_id(pid)
    page = window.partners.partner_page
    trust = next(w for w in page.findChildren(QSpinBox) if w.accessibleName() == "Trust")
    trust.setValue(4)
    page.fit_saver.flush()
    assert partner_service.get_partner(journal, pid).fit.trust == 4
