"""When did we last speak? The latest interaction per person or partner.

Only interactions count: a follow-up or a promise is not contact. Each person and partner
holds it (``last_contact_at``, kept exact on every write by ``store.last_contact``): read
the column, never group the entries.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from partnerbook.domain.cadence import Cadence, cadence_state
from partnerbook.domain.enums import CadenceState


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
