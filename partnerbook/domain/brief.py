"""The meeting brief as frozen values: everything one page needs, nothing rendered yet.

The service gathers these; the UI renders them (HTML, Markdown, PDF) in the user's
language. Lists are short by construction (the last five interactions, a few open
items): each ``*_total`` says how many there are in all, so a page can say "and 7 more".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from partnerbook.domain.enums import (
    CadenceState,
    CommitmentOwner,
    InteractionKind,
    LedgerDirection,
    LedgerKind,
    PartnerStage,
    ReferralOutcome,
    ReferralTerms,
    StakeholderRole,
    Standing,
)
from partnerbook.domain.records import DetailRecord, MotivationRecord, ValueItemRecord
from partnerbook.domain.rows import PartnerRef, PersonRef


@dataclass(frozen=True, slots=True)
class BriefInteraction:
    """One past interaction: what it was and the few lines worth rereading before meeting."""

    id: int
    at: datetime  # UTC, aware
    kind: InteractionKind | None
    title: str
    key_lines: tuple[str, ...]
    place: str | None = None
    with_people: tuple[str, ...] = ()  # everyone who was there


@dataclass(frozen=True, slots=True)
class BriefTask:
    """An open follow-up or promise; ``owner`` is set for promises only."""

    id: int
    text: str
    due: date | None
    overdue_days: int | None  # > 0 overdue, 0 due today, < 0 ahead, None without a date
    owner: CommitmentOwner | None = None


@dataclass(frozen=True, slots=True)
class BriefTasks:
    """Open items, soonest first, at most a handful each; totals count them all."""

    mine: tuple[BriefTask, ...] = ()  # what I promised them
    mine_total: int = 0
    theirs: tuple[BriefTask, ...] = ()  # what they promised me
    theirs_total: int = 0
    follow_ups: tuple[BriefTask, ...] = ()
    follow_ups_total: int = 0


@dataclass(frozen=True, slots=True)
class BriefLedgerItem:
    id: int
    at: datetime
    title: str
    direction: LedgerDirection | None
    kind: LedgerKind | None
    outcome: ReferralOutcome | None = None


@dataclass(frozen=True, slots=True)
class BriefBalance:
    """Promises kept both ways and the give & take, with the last few items of it."""

    my_kept: int = 0
    my_decided: int = 0  # kept or broken
    my_open: int = 0
    their_kept: int = 0
    their_decided: int = 0
    their_open: int = 0
    given: int = 0
    received: int = 0
    referrals_given: int = 0
    referrals_won: int = 0
    referrals_received: int = 0
    referral_value_won: Decimal = Decimal(0)
    recent: tuple[BriefLedgerItem, ...] = ()

    @property
    def net(self) -> int:
        return self.given - self.received


@dataclass(frozen=True, slots=True)
class BriefPartnerFacts:
    """What a person's brief says of their partner: its stage, our standing, what we bring."""

    partner: PartnerRef
    stage: PartnerStage
    standing: Standing | None
    value_items: tuple[ValueItemRecord, ...] = ()


@dataclass(frozen=True, slots=True)
class PersonBrief:
    today: date
    person_id: int
    name: str
    role: str | None
    stakeholder_role: StakeholderRole | None
    department: str | None
    city: str | None
    country: str | None
    languages: tuple[str, ...]
    partner: BriefPartnerFacts | None
    last_contact: date | None
    cadence_state: CadenceState
    motivations: tuple[MotivationRecord, ...]  # strongest, heard before guessed
    interactions: tuple[BriefInteraction, ...]  # newest first
    interactions_total: int
    tasks: BriefTasks
    balance: BriefBalance
    details: tuple[DetailRecord, ...]  # "ask next time" first
    birthday: tuple[int, int] | None  # (month, day)
    birthday_in_days: int | None  # 0 today, within a month, else None
    how_we_met: str
    introduced_by: PersonRef | None
    introduced: tuple[PersonRef, ...]
    introduced_total: int


@dataclass(frozen=True, slots=True)
class BriefPartnerPerson:
    """Someone at the partner now; key people carry their motivations."""

    person: PersonRef
    role: str | None
    stakeholder_role: StakeholderRole | None
    motivations: tuple[MotivationRecord, ...] = ()


@dataclass(frozen=True, slots=True)
class BriefAgreement:
    scope: str = ""
    responsibilities: str = ""
    revenue_share: str = ""
    terms: str = ""
    renewal: date | None = None

    @property
    def is_empty(self) -> bool:
        return not (
            self.scope or self.responsibilities or self.revenue_share or self.terms or self.renewal
        )


@dataclass(frozen=True, slots=True)
class PartnerBrief:
    today: date
    partner_id: int
    name: str
    kinds: tuple[str, ...]
    stage: PartnerStage
    stage_since: date | None
    standing: Standing | None
    city: str | None
    country: str | None
    website: str | None
    last_contact: date | None
    cadence_state: CadenceState
    people: tuple[BriefPartnerPerson, ...]  # key people first
    people_total: int
    value_items: tuple[ValueItemRecord, ...]
    agreement: BriefAgreement
    referral_terms: ReferralTerms
    referral_fee: Decimal | None
    referral_percent: Decimal | None
    currency: str | None
    interactions: tuple[BriefInteraction, ...]
    interactions_total: int
    tasks: BriefTasks
    balance: BriefBalance


Brief = PersonBrief | PartnerBrief
