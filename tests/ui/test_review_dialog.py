"""A review due on Today opens a review to write; saving it clears Today and undo takes it back."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidgetItem
from pytestqt.qtbot import QtBot

from partnerbook.domain.enums import PartnerStage, ReviewPeriod
from partnerbook.services.partners import create_partner, set_stage, update_partner
from partnerbook.services.reviews import load_review
from partnerbook.services.today import today_list
from partnerbook.store.engine import Journal
from partnerbook.store.models import Partner
from partnerbook.ui.dialogs.review_dialog import ReviewDialog
from partnerbook.ui.main_window import MainWindow


def test_write_a_review_from_today_then_reopen_it_from_the_timeline(
    qtbot: QtBot, journal: Journal, make_window: Callable[..., MainWindow]
) -> None:
    acme = create_partner(journal, "Acme Pay")
    update_partner(journal, acme, {"review_period": ReviewPeriod.MONTHLY})
    set_stage(journal, acme, PartnerStage.ACTIVE)
    with journal.write() as session:  # a partner we have worked with for a while
        partner = session.get_one(Partner, acme)
        partner.created_at = partner.created_at.replace(year=2025)
    window = make_window(None)
    view = window.today
    qtbot.waitUntil(lambda: view.current_item() is not None, timeout=3000)
    assert view.current_item().section == "reviews"  # type: ignore[union-attr]
    qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    dialog = window.findChild(ReviewDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.table.setItem(0, 0, QTableWidgetItem("Referrals sent"))
    dialog.table.setItem(0, 1, QTableWidgetItem("10"))
    dialog.table.setItem(0, 2, QTableWidgetItem("12"))
    dialog.summary.setPlainText("Twelve referrals — above target 🎯")
    entry_id = dialog.save()
    assert entry_id is not None
    review = load_review(journal, entry_id)
    assert [(k.name, k.target, k.actual) for k in review.kpis] == [
        ("Referrals sent", Decimal("10"), Decimal("12"))
    ]
    assert today_list(journal).section("reviews").total == 0
    assert review.period_end < date.today()

    window.events.open_entry.emit(entry_id)  # from the timeline
    reopened = [d for d in window.findChildren(ReviewDialog) if d.isVisible()]
    assert len(reopened) == 1 and reopened[0].summary.toPlainText().startswith("Twelve")
    reopened[0].reject()
    window.undo_stack.undo()
    assert today_list(journal).section("reviews").total == 1
