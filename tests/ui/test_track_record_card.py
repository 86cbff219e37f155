"""A person's and a partner's pages say how promises were kept and what was given."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from partnerbook.domain.enums import (
    CommitmentOwner,
    CommitmentStatus,
    EntryKind,
    LedgerDirection,
    LedgerKind,
    ReferralTerms,
)
from partnerbook.services.partners import create_partner, update_partner
from partnerbook.services.people import change_partner, create_person
from partnerbook.store.engine import Journal
from partnerbook.store.models import Entry, Partner, Person
from partnerbook.ui.main_window import MainWindow


def test_pages_show_kept_promises_and_the_give_and_take(
    journal: Journal, make_window: Callable[..., MainWindow]
) -> None:
    lan = create_person(journal, "Nguyễn Thị Lan")
    acme = create_partner(journal, "Acme Pay")
    change_partner(journal, lan, acme)
    update_partner(
        journal, acme, {"referral_terms": ReferralTerms.PERCENTAGE, "referral_percent": "10"}
    )
    with journal.write() as session:
        person, partner = session.get_one(Person, lan), session.get_one(Partner, acme)
        for status in ("kept", "kept", "kept", "broken"):
            session.add(
                Entry(
                    kind=EntryKind.COMMITMENT,
                    at=datetime.now(UTC),
                    title="p",
                    owner=CommitmentOwner.ME,
                    status=CommitmentStatus(status).value,
                    people=[person],
                    partners=[partner],
                )
            )
        for direction in (LedgerDirection.GIVEN, LedgerDirection.GIVEN, LedgerDirection.RECEIVED):
            session.add(
                Entry(
                    kind=EntryKind.LEDGER,
                    at=datetime.now(UTC),
                    title="favour",
                    direction=direction,
                    ledger_kind=LedgerKind.FAVOUR,
                    people=[person],
                    partners=[partner],
                )
            )
    window = make_window()
    window.open_person(lan)
    text = window.people.person_page.track_record.text()
    assert "you kept 3 of 4 (75%)" in text
    assert "no promises from them yet" in text
    assert "you have given 2, received 1" in text
    window.open_partner(acme)
    partner_text = window.partners.partner_page.track_record.text()
    assert "you kept 3 of 4 (75%)" in partner_text
    assert "Referral terms: 10 % of each referral." in partner_text
