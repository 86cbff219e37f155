"""When did we last speak? The latest interaction per person or partner.

Only interactions count: a follow-up or a promise is not contact.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Subquery, func, select

from partnerbook.domain.cadence import Cadence, cadence_state
from partnerbook.domain.enums import CadenceState, EntryKind
from partnerbook.store.models import Entry, entry_partners, entry_people


def _last_contact(link: Any, key: str) -> Subquery:
    return (
        select(link.c[key].label("owner_id"), func.max(Entry.at).label("last_at"))
        .join(Entry, Entry.id == link.c.entry_id)
        .where(Entry.kind == EntryKind.INTERACTION, Entry.deleted_at.is_(None))
        .group_by(link.c[key])
        .subquery()
    )


def people_last_contact() -> Subquery:
    """Columns ``owner_id`` (a person id) and ``last_at``."""
    return _last_contact(entry_people, "person_id")


def partners_last_contact() -> Subquery:
    """Columns ``owner_id`` (a partner id) and ``last_at``."""
    return _last_contact(entry_partners, "partner_id")


def local_date(moment: datetime | str | None) -> date | None:
    """The user's calendar day of a UTC moment (SQLite may hand back text for max())."""
    if moment is None:
        return None
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().date()


def state_of(
    ideal_days: int | None, too_long_days: int | None, last: date | None, today: date
) -> CadenceState:
    if ideal_days is None or ideal_days <= 0:
        return CadenceState.NONE
    if too_long_days is not None and too_long_days < ideal_days:
        too_long_days = None
    return cadence_state(Cadence(ideal_days, too_long_days), last, today)
