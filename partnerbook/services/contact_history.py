"""When did we last speak? The latest interaction per person or partner.

Only interactions count: a follow-up or a promise is not contact.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Subquery, func, select
from sqlalchemy.orm import Session

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


def _last_contact_for(
    session: Session, link: Any, key: str, ids: Collection[int]
) -> dict[int, date | None]:
    if not ids:
        return {}
    entry = Entry.__table__.c  # Core: no mapper configuration on the start-up path
    rows = session.execute(
        select(link.c[key], func.max(entry.at))
        .join(Entry.__table__, entry.id == link.c.entry_id)
        .where(
            link.c[key].in_(list(ids)),
            entry.kind == EntryKind.INTERACTION,
            entry.deleted_at.is_(None),
        )
        .group_by(link.c[key])
    ).all()
    return {owner: local_date(last_at) for owner, last_at in rows}


def people_last_contact_for(session: Session, ids: Collection[int]) -> dict[int, date | None]:
    """The last interaction day of just these people (cheap for a page of a list)."""
    return _last_contact_for(session, entry_people, "person_id", ids)


def partners_last_contact_for(session: Session, ids: Collection[int]) -> dict[int, date | None]:
    return _last_contact_for(session, entry_partners, "partner_id", ids)


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
