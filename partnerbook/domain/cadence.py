"""Stay-in-touch rules: an ideal rhythm and a too-long mark, reset by any interaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from partnerbook.domain.enums import CadenceState


@dataclass(frozen=True, slots=True)
class Cadence:
    ideal_days: int
    too_long_days: int | None = None

    def __post_init__(self) -> None:
        if self.ideal_days <= 0:
            raise ValueError("the ideal rhythm must be at least one day")
        if self.too_long_days is not None and self.too_long_days < self.ideal_days:
            raise ValueError("'too long' cannot be shorter than the ideal rhythm")

    @property
    def too_long(self) -> int:
        """Without an explicit mark, 'too long' is half as long again as the ideal."""
        return self.too_long_days if self.too_long_days is not None else self.ideal_days * 3 // 2


def cadence_state(cadence: Cadence | None, last_contact: date | None, today: date) -> CadenceState:
    """OK within the ideal, DUE past it, OVERDUE past the too-long mark.

    Someone with a cadence but no contact at all is due: the rhythm has not started.
    """
    if cadence is None:
        return CadenceState.NONE
    if last_contact is None:
        return CadenceState.DUE
    days = (today - last_contact).days
    if days > cadence.too_long:
        return CadenceState.OVERDUE
    if days > cadence.ideal_days:
        return CadenceState.DUE
    return CadenceState.OK


def overdue_days(cadence: Cadence, last_contact: date | None, today: date) -> int | None:
    """Days past the ideal rhythm (None when never contacted)."""
    if last_contact is None:
        return None
    return (today - last_contact).days - cadence.ideal_days
