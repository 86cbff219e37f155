"""The track record of a relationship: promises kept both ways, and the give & take.

Practitioners' rule: do only what you promised, then a little more, and keep making
deposits. So the kept-rate counts kept against broken promises (released ones were let
go by agreement, open ones are not decided yet), for mine and theirs separately; the
balance counts what was given and received, and the referrals with their outcomes.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from partnerbook.domain.enums import (
    CommitmentOwner,
    CommitmentStatus,
    EntryKind,
    LedgerDirection,
    LedgerKind,
    ReferralOutcome,
)
from partnerbook.store.engine import Journal
from partnerbook.store.models import Entry, entry_partners, entry_people


@dataclass(frozen=True, slots=True)
class PromiseCounts:
    kept: int = 0
    broken: int = 0
    released: int = 0
    open: int = 0

    @property
    def decided(self) -> int:
        return self.kept + self.broken

    @property
    def rate(self) -> float | None:
        """Kept out of kept-or-broken; None before any promise was decided."""
        return self.kept / self.decided if self.decided else None


@dataclass(frozen=True, slots=True)
class KeptRate:
    mine: PromiseCounts
    theirs: PromiseCounts


@dataclass(frozen=True, slots=True)
class Balance:
    given: int
    received: int
    given_by_kind: dict[LedgerKind, int]
    received_by_kind: dict[LedgerKind, int]
    referrals_given: int
    referrals_received: int
    referrals_won: int  # of those given
    referral_value_won: Decimal  # the value of the won referrals given (one currency assumed)

    @property
    def net(self) -> int:
        return self.given - self.received


def _scoped(query: Any, person_id: int | None, partner_id: int | None) -> Any:
    entry = Entry.__table__.c
    if person_id is not None:
        query = query.where(
            entry.id.in_(
                select(entry_people.c.entry_id).where(entry_people.c.person_id == person_id)
            )
        )
    if partner_id is not None:
        query = query.where(
            entry.id.in_(
                select(entry_partners.c.entry_id).where(entry_partners.c.partner_id == partner_id)
            )
        )
    return query


def kept_rate(
    journal: Journal, person_id: int | None = None, partner_id: int | None = None
) -> KeptRate:
    """For one person, one partner, or (neither given) everyone."""
    entry = Entry.__table__.c
    query = _scoped(
        select(entry.owner, entry.status, func.count())
        .where(entry.kind == EntryKind.COMMITMENT, entry.deleted_at.is_(None))
        .group_by(entry.owner, entry.status),
        person_id,
        partner_id,
    )
    counts: dict[CommitmentOwner, dict[str, int]] = {
        CommitmentOwner.ME: {},
        CommitmentOwner.THEM: {},
    }
    with journal.read() as session:
        for owner, status, count in session.execute(query):
            who = CommitmentOwner(owner) if owner else CommitmentOwner.ME
            counts[who][str(status or CommitmentStatus.OPEN.value)] = int(count)

    def tally(found: dict[str, int]) -> PromiseCounts:
        return PromiseCounts(
            kept=found.get(CommitmentStatus.KEPT.value, 0),
            broken=found.get(CommitmentStatus.BROKEN.value, 0),
            released=found.get(CommitmentStatus.RELEASED.value, 0),
            open=found.get(CommitmentStatus.OPEN.value, 0),
        )

    return KeptRate(tally(counts[CommitmentOwner.ME]), tally(counts[CommitmentOwner.THEM]))


def balance(
    journal: Journal, person_id: int | None = None, partner_id: int | None = None
) -> Balance:
    entry = Entry.__table__.c
    query = _scoped(
        select(entry.direction, entry.ledger_kind, entry.outcome, entry.value_amount).where(
            entry.kind == EntryKind.LEDGER, entry.deleted_at.is_(None)
        ),
        person_id,
        partner_id,
    )
    given: dict[LedgerKind, int] = {}
    received: dict[LedgerKind, int] = {}
    won = 0
    won_value = Decimal(0)
    with journal.read() as session:
        for direction, kind, outcome, value in session.execute(query):
            if direction is None or kind is None:
                continue
            ledger_kind = LedgerKind(kind)
            is_given = LedgerDirection(direction) is LedgerDirection.GIVEN
            side = given if is_given else received
            side[ledger_kind] = side.get(ledger_kind, 0) + 1
            won_referral = (
                is_given
                and ledger_kind is LedgerKind.REFERRAL
                and outcome is not None
                and ReferralOutcome(outcome) is ReferralOutcome.WON
            )
            if won_referral:
                won += 1
                won_value += Decimal(value or 0)
    return Balance(
        given=sum(given.values()),
        received=sum(received.values()),
        given_by_kind=given,
        received_by_kind=received,
        referrals_given=given.get(LedgerKind.REFERRAL, 0),
        referrals_received=received.get(LedgerKind.REFERRAL, 0),
        referrals_won=won,
        referral_value_won=won_value,
    )
