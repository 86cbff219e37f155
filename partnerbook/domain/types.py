"""Plain frozen values that services hand to the UI and the command line.

Never ORM objects: a view can keep these as long as it likes, across sessions and threads.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from partnerbook.domain.enums import (
    CadenceState,
    CommitmentOwner,
    CommitmentStatus,
    EntryKind,
    FollowUpStatus,
    InteractionKind,
    LedgerDirection,
    LedgerKind,
    PartnerStage,
)
from partnerbook.domain.rows import PartnerRef as PartnerRef  # re-exported
from partnerbook.domain.rows import PersonRef as PersonRef  # re-exported


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One row of the timeline: enough to draw a one-line summary, never the whole body."""

    id: int
    kind: EntryKind
    at: datetime  # UTC, aware
    title: str
    interaction_kind: InteractionKind | None = None
    people: tuple[PersonRef, ...] = ()
    partners: tuple[PartnerRef, ...] = ()
    status: str | None = None
    due_date: date | None = None
    # The first line of the notes that says more than the title, Markdown marks removed.
    summary: str = ""
    owner: CommitmentOwner | None = None
    direction: LedgerDirection | None = None
    ledger_kind: LedgerKind | None = None
    stage_from: PartnerStage | None = None
    stage_to: PartnerStage | None = None


@dataclass(frozen=True, slots=True)
class TimelineCursor:
    """Keyset position: the (at, id) of the last row of the previous page."""

    at: datetime
    id: int


@dataclass(frozen=True, slots=True)
class TimelinePage:
    entries: tuple[TimelineEntry, ...]
    next_cursor: TimelineCursor | None


@dataclass(frozen=True, slots=True)
class TimelineFilter:
    person_id: int | None = None
    partner_id: int | None = None
    kinds: frozenset[EntryKind] = frozenset()
    since: datetime | None = None  # inclusive, UTC
    until: datetime | None = None  # exclusive, UTC
    # A tag name, any case or accents: entries tagged with it, or about a person or a
    # partner who carries it (a "VIP" tag on people finds every meeting with a VIP).
    tag: str | None = None


@dataclass(frozen=True, slots=True)
class CapturedNote:
    """What `note` saved, so the user can see it was understood."""

    entry_id: int
    kind: InteractionKind
    at: datetime
    title: str
    people: tuple[PersonRef, ...]
    created_people: tuple[PersonRef, ...]
    partner: PartnerRef | None
    created_partner: bool
    follow_up_id: int | None = None
    follow_up_due: date | None = None


@dataclass(frozen=True, slots=True)
class DueFollowUp:
    id: int
    text: str
    due: date
    people: tuple[str, ...]
    partner: str | None
    status: FollowUpStatus = FollowUpStatus.OPEN


@dataclass(frozen=True, slots=True)
class DueCommitment:
    id: int
    text: str
    owner: CommitmentOwner
    due: date
    people: tuple[str, ...]
    partner: str | None = None
    status: CommitmentStatus = CommitmentStatus.OPEN


@dataclass(frozen=True, slots=True)
class StayInTouch:
    person_id: int
    person: str
    last_contact: date | None
    cadence_days: int
    overdue_days: int | None
    state: CadenceState


@dataclass(frozen=True, slots=True)
class DueReport:
    today: date
    within_days: int
    follow_ups: tuple[DueFollowUp, ...] = field(default_factory=tuple)
    commitments: tuple[DueCommitment, ...] = field(default_factory=tuple)
    stay_in_touch: tuple[StayInTouch, ...] = field(default_factory=tuple)

    @property
    def is_empty(self) -> bool:
        return not (self.follow_ups or self.commitments or self.stay_in_touch)


@dataclass(frozen=True, slots=True)
class JournalStats:
    people: int
    partners: int
    entries: int
    first_entry: datetime | None
    last_entry: datetime | None
