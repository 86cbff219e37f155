"""Kept-rate and give & take, against cases counted by hand."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal

from partnerbook.domain.enums import (
    CommitmentOwner,
    CommitmentStatus,
    EntryKind,
    LedgerDirection,
    LedgerKind,
    ReferralOutcome,
)
from partnerbook.services.track_record import balance, kept_rate
from partnerbook.store.engine import Journal
from partnerbook.store.models import Entry, Partner, Person


def _promise(
    journal: Journal,
    owner: CommitmentOwner,
    status: CommitmentStatus,
    person: int,
    partner: int | None = None,
    deleted: bool = False,
) -> None:
    with journal.write() as session:
        session.add(
            Entry(
                kind=EntryKind.COMMITMENT,
                at=datetime.now(UTC),
                title="promise",
                owner=owner,
                status=status.value,
                people=[session.get_one(Person, person)],
                partners=[session.get_one(Partner, partner)] if partner else [],
                deleted_at=datetime.now(UTC) if deleted else None,
            )
        )


def _ledger(
    journal: Journal,
    direction: LedgerDirection,
    kind: LedgerKind,
    person: int,
    outcome: ReferralOutcome | None = None,
    value: str | None = None,
) -> None:
    with journal.write() as session:
        session.add(
            Entry(
                kind=EntryKind.LEDGER,
                at=datetime.now(UTC),
                title=kind.value,
                direction=direction,
                ledger_kind=kind,
                outcome=outcome,
                value_amount=Decimal(value) if value else None,
                people=[session.get_one(Person, person)],
            )
        )


def test_kept_rate_counts_kept_against_broken_for_each_side(
    journal: Journal, add_person: Callable[..., int], add_partner: Callable[..., int]
) -> None:
    lan, shira = add_person("Lan"), add_person("Shira")
    acme = add_partner("Acme")
    me, them = CommitmentOwner.ME, CommitmentOwner.THEM
    kept, broken = CommitmentStatus.KEPT, CommitmentStatus.BROKEN
    released, open_ = CommitmentStatus.RELEASED, CommitmentStatus.OPEN
    # Lan: I kept 3, broke 1, released 1, 1 open -> 3 / 4 = 75 %; she kept 1, broke 1 -> 50 %
    for status in (kept, kept, kept, broken, released, open_):
        _promise(journal, me, status, lan, acme)
    for status in (kept, broken):
        _promise(journal, them, status, lan)
    # Shira: I kept 1 (and one kept promise is in the trash: it does not count)
    _promise(journal, me, kept, shira)
    _promise(journal, me, kept, shira, deleted=True)

    lan_rate = kept_rate(journal, person_id=lan)
    assert (lan_rate.mine.kept, lan_rate.mine.broken, lan_rate.mine.released) == (3, 1, 1)
    assert lan_rate.mine.open == 1
    assert lan_rate.mine.rate == 0.75
    assert lan_rate.theirs.rate == 0.5
    assert kept_rate(journal, partner_id=acme).mine.rate == 0.75
    assert kept_rate(journal, partner_id=acme).theirs.rate is None  # nothing decided
    overall = kept_rate(journal)
    assert overall.mine.rate == 4 / 5 and overall.theirs.rate == 0.5


def test_balance_counts_given_and_received_and_the_referrals_won(
    journal: Journal, add_person: Callable[..., int]
) -> None:
    lan, other = add_person("Lan"), add_person("Other")
    given, received = LedgerDirection.GIVEN, LedgerDirection.RECEIVED
    # Given to Lan: 2 favours, 1 introduction, 4 referrals (2 won for 1500 + 500, 1 lost,
    # 1 pending) = 7; received from Lan: 1 favour, 1 referral = 2.
    for kind in (LedgerKind.FAVOUR, LedgerKind.FAVOUR, LedgerKind.INTRODUCTION):
        _ledger(journal, given, kind, lan)
    _ledger(journal, given, LedgerKind.REFERRAL, lan, ReferralOutcome.WON, "1500")
    _ledger(journal, given, LedgerKind.REFERRAL, lan, ReferralOutcome.WON, "500")
    _ledger(journal, given, LedgerKind.REFERRAL, lan, ReferralOutcome.LOST, "900")
    _ledger(journal, given, LedgerKind.REFERRAL, lan, ReferralOutcome.PENDING)
    _ledger(journal, received, LedgerKind.FAVOUR, lan)
    _ledger(journal, received, LedgerKind.REFERRAL, lan, ReferralOutcome.WON, "700")
    _ledger(journal, given, LedgerKind.RESOURCE, other)

    found = balance(journal, person_id=lan)
    assert (found.given, found.received, found.net) == (7, 2, 5)
    assert found.given_by_kind == {
        LedgerKind.FAVOUR: 2,
        LedgerKind.INTRODUCTION: 1,
        LedgerKind.REFERRAL: 4,
    }
    assert (found.referrals_given, found.referrals_received, found.referrals_won) == (4, 1, 2)
    assert found.referral_value_won == Decimal("2000")
    assert balance(journal).given == 8
