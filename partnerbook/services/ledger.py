"""The give & take ledger: favours, introductions, referrals, resources and payments,
given or received, each an entry on the timeline with the people and partner involved.

A referral also names whom it was for (a person, a company, or just a name), and later
its outcome (pending, won, lost) and value: a partnership is worth it only if referrals
really flow both ways.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from partnerbook.domain.enums import EntryKind, LedgerDirection, LedgerKind, ReferralOutcome
from partnerbook.domain.rows import PartnerRef, PersonRef
from partnerbook.domain.text import shown, storable
from partnerbook.errors import UsageError
from partnerbook.messages import Field, Problem
from partnerbook.services.editing import get_live, short_text
from partnerbook.store.engine import Journal
from partnerbook.store.models import Entry, Partner, Person

MAX_CURRENCY = 3


@dataclass(frozen=True, slots=True)
class LedgerItem:
    id: int
    direction: LedgerDirection
    kind: LedgerKind
    title: str
    at: datetime
    people: tuple[PersonRef, ...]
    partners: tuple[PartnerRef, ...]
    referred_name: str | None
    outcome: ReferralOutcome | None
    value: Decimal | None
    currency: str | None


def _value(text: object) -> Decimal | None:
    if text in (None, ""):
        return None
    try:
        value = Decimal(str(text).replace(",", ".").replace(" ", ""))
    except InvalidOperation as error:
        raise UsageError(
            Problem.tr("Value: '{text}' is not a number.", text=shown(text))
        ) from error
    if not value.is_finite() or value < 0 or value > Decimal("1e12"):
        raise UsageError(Problem.tr("Value: between 0 and a trillion."))
    return value


def _currency(text: object) -> str | None:
    cleaned = str(text or "").strip().upper()
    if cleaned and (len(cleaned) != MAX_CURRENCY or not cleaned.isalpha()):
        raise UsageError(
            Problem.tr(
                "Currency: '{text}' is not a three-letter code such as EUR or VND.",
                text=shown(text),
            )
        )
    return cleaned or None


_referred = short_text(Field.tr("The name of whom it was for"))


def _check(title: str, kind: LedgerKind, at: datetime) -> str:
    cleaned = " ".join(storable(title).split())[:500]
    if not cleaned:
        raise UsageError(
            Problem.tr("Say what was given or received."), Problem.tr("e.g. 'Intro to their CFO'.")
        )
    if at.tzinfo is None:
        raise UsageError(Problem.tr("When: not a date and time."))
    return cleaned


def add_item(
    journal: Journal,
    direction: LedgerDirection,
    kind: LedgerKind,
    title: str,
    at: datetime,
    person_ids: Sequence[int] = (),
    partner_ids: Sequence[int] = (),
    referred_name: str | None = None,
    outcome: ReferralOutcome | None = None,
    value: object = None,
    currency: object = None,
) -> int:
    cleaned = _check(title, kind, at)
    referral = kind is LedgerKind.REFERRAL
    with journal.write() as session:
        entry = Entry(
            kind=EntryKind.LEDGER,
            at=at.astimezone(UTC),
            title=cleaned,
            direction=direction,
            ledger_kind=kind,
            referred_name=_referred(referred_name) if referral else None,
            outcome=(outcome or ReferralOutcome.PENDING) if referral else None,
            value_amount=_value(value),
            currency=_currency(currency),
            people=[get_live(session, Person, pid, "person") for pid in dict.fromkeys(person_ids)],
            partners=[
                get_live(session, Partner, pid, "partner") for pid in dict.fromkeys(partner_ids)
            ],
        )
        session.add(entry)
        session.flush()
        return entry.id


def load_item(journal: Journal, entry_id: int) -> LedgerItem:
    with journal.read() as session:
        entry = get_live(session, Entry, entry_id, "give & take item")
        if entry.kind != EntryKind.LEDGER or entry.direction is None or entry.ledger_kind is None:
            raise UsageError(Problem.tr("That entry is not a give & take item."))
        return LedgerItem(
            id=entry.id,
            direction=entry.direction,
            kind=entry.ledger_kind,
            title=entry.title,
            at=entry.at,
            people=tuple(PersonRef(p.id, p.display_name) for p in entry.people),
            partners=tuple(PartnerRef(p.id, p.name) for p in entry.partners),
            referred_name=entry.referred_name,
            outcome=entry.outcome,
            value=entry.value_amount,
            currency=entry.currency,
        )


def update_item(journal: Journal, entry_id: int, **changes: Any) -> None:
    """Change what was noted (the outcome of a referral, most often)."""
    allowed = {"direction", "kind", "title", "at", "referred_name", "outcome", "value", "currency"}
    unknown = set(changes) - allowed
    if unknown:
        raise UsageError(
            Problem.tr("Cannot edit {fields} here.", fields=", ".join(sorted(unknown)))
        )
    with journal.write() as session:
        entry = get_live(session, Entry, entry_id, "give & take item")
        if entry.kind != EntryKind.LEDGER:
            raise UsageError(Problem.tr("That entry is not a give & take item."))
        kind = LedgerKind(changes.get("kind") or entry.ledger_kind or LedgerKind.FAVOUR)
        at = changes.get("at", entry.at)
        entry.title = _check(str(changes.get("title", entry.title)), kind, at)
        entry.at = at.astimezone(UTC)
        entry.ledger_kind = kind
        if "direction" in changes:
            entry.direction = LedgerDirection(changes["direction"])
        if kind is LedgerKind.REFERRAL:
            if "referred_name" in changes:
                entry.referred_name = _referred(changes["referred_name"])
            if "outcome" in changes:
                entry.outcome = ReferralOutcome(changes["outcome"])
            entry.outcome = entry.outcome or ReferralOutcome.PENDING
        else:
            entry.referred_name, entry.outcome = None, None
        if "value" in changes:
            entry.value_amount = _value(changes["value"])
        if "currency" in changes:
            entry.currency = _currency(changes["currency"])
