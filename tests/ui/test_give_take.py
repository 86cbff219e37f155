"""Noting a give or a take from a page, and changing a referral's outcome from the timeline."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from partnerbook.domain.enums import LedgerDirection, LedgerKind, ReferralOutcome
from partnerbook.errors import UsageError
from partnerbook.services import ledger
from partnerbook.services.partners import create_partner
from partnerbook.services.people import change_partner, create_person
from partnerbook.services.track_record import balance
from partnerbook.store.engine import Journal
from partnerbook.store.models import Entry
from partnerbook.ui.dialogs.give_take import GiveTakeDialog
from partnerbook.ui.main_window import MainWindow


def test_a_referral_noted_on_a_page_counts_and_its_outcome_changes_later(
    qtbot: QtBot, journal: Journal, make_window: Callable[..., MainWindow]
) -> None:
    lan = create_person(journal, "Nguyễn Thị Lan")
    acme = create_partner(journal, "Acme Pay")
    change_partner(journal, lan, acme)
    window = make_window()
    window.open_person(lan)
    page = window.people.person_page
    page._note_give_take()
    dialog = page.findChild(GiveTakeDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.kind.setCurrentIndex(dialog.kind.findData(LedgerKind.REFERRAL.value))
    assert dialog.outcome.isVisibleTo(dialog)
    dialog.title.setText("Sent them the Hanoi bank deal")
    dialog.referred.setText("Ngân hàng Sen Vàng")
    dialog.value.setText("1500,50")
    dialog.currency.setText("usd")
    entry_id = dialog.save()
    assert entry_id is not None
    item = ledger.load_item(journal, entry_id)
    assert (item.direction, item.kind, item.outcome) == (
        LedgerDirection.GIVEN,
        LedgerKind.REFERRAL,
        ReferralOutcome.PENDING,
    )
    assert (item.value, item.currency, item.referred_name) == (
        Decimal("1500.50"),
        "USD",
        "Ngân hàng Sen Vàng",
    )
    assert [p.id for p in item.people] == [lan] and [p.id for p in item.partners] == [acme]
    assert "you have given 1, received 0" in page.track_record.text()

    window.events.open_entry.emit(entry_id)  # as the timeline asks
    edit = window.findChild(GiveTakeDialog)
    assert edit is not None and edit.title.text() == "Sent them the Hanoi bank deal"
    edit.outcome.setCurrentIndex(edit.outcome.findData(ReferralOutcome.WON.value))
    edit.save()
    assert balance(journal, person_id=lan).referrals_won == 1
    window.undo_stack.undo()
    assert balance(journal, person_id=lan).referrals_won == 0
    window.undo_stack.undo()  # the referral itself goes to the trash
    with journal.read() as session:
        assert session.scalar(select(Entry.deleted_at).where(Entry.id == entry_id)) is not None


@pytest.mark.parametrize(("field", "value"), [("value", "lots"), ("currency", "EURO")])
def test_a_bad_value_or_currency_is_refused(journal: Journal, field: str, value: str) -> None:
    from datetime import UTC, datetime

    with pytest.raises(UsageError):
        ledger.add_item(
            journal,
            LedgerDirection.GIVEN,
            LedgerKind.PAYMENT,
            "fee",
            datetime.now(UTC),
            **{field: value},  # type: ignore[arg-type]
        )
