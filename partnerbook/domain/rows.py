"""The values the window's first paint needs: list rows and references.

Kept apart from records.py and types.py because creating a frozen dataclass costs about
half a millisecond: the People list at start needs these four, not all two dozen.
records.py and types.py re-export them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from partnerbook.domain.enums import CadenceState, PartnerStage, Standing


@dataclass(frozen=True, slots=True)
class PersonRef:
    id: int
    display_name: str


@dataclass(frozen=True, slots=True)
class PartnerRef:
    id: int
    name: str


@dataclass(frozen=True, slots=True)
class PersonRow:
    id: int
    display_name: str
    partner: str | None
    role: str | None
    city: str | None
    country: str | None
    tags: tuple[str, ...]
    last_contact: date | None
    cadence_state: CadenceState
    archived: bool


@dataclass(frozen=True, slots=True)
class PartnerRow:
    id: int
    name: str
    kinds: tuple[str, ...]
    stage: PartnerStage
    standing: Standing | None
    city: str | None
    country: str | None
    people: int
    last_contact: date | None
    cadence_state: CadenceState
    archived: bool
