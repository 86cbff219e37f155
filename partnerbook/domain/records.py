"""What the People and Partners screens show and edit, as frozen values.

Lists get small ``*Row`` values; a page gets a full ``*Detail`` with its satellites
(motivations, contact methods, value items...). ``version`` travels with each so a
stale edit can be detected.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from partnerbook.domain.enums import (
    BenefitDirection,
    CadenceState,
    Certainty,
    ContactKind,
    DetailCategory,
    Horizon,
    MotivationKind,
    PartnerStage,
    ReferralTerms,
    ReviewPeriod,
    StakeholderRole,
    Standing,
)
from partnerbook.domain.rows import PartnerRef, PersonRef
from partnerbook.domain.rows import PartnerRow as PartnerRow  # re-exported
from partnerbook.domain.rows import PersonRow as PersonRow  # re-exported


@dataclass(frozen=True, slots=True)
class ContactRecord:
    id: int
    kind: ContactKind
    value: str
    label: str = ""
    primary: bool = False


@dataclass(frozen=True, slots=True)
class MotivationRecord:
    id: int
    kind: MotivationKind
    their_words: str = ""
    certainty: Certainty = Certainty.GUESSED
    strength: int = 2
    last_confirmed: date | None = None


@dataclass(frozen=True, slots=True)
class DetailRecord:
    id: int
    category: DetailCategory
    text: str
    learned_on: date | None = None


@dataclass(frozen=True, slots=True)
class AffiliationRecord:
    """A past partner and role ("before": people change jobs, their history stays)."""

    id: int
    partner: PartnerRef | None
    role: str | None
    stakeholder_role: StakeholderRole | None
    since: date | None
    until: date | None


@dataclass(frozen=True, slots=True)
class PersonDetail:
    id: int
    version: int
    display_name: str
    given_name: str | None
    family_name: str | None
    partner: PartnerRef | None
    role: str | None
    stakeholder_role: StakeholderRole | None
    department: str | None
    city: str | None
    country: str | None
    languages: tuple[str, ...]
    birthday_month: int | None
    birthday_day: int | None
    birthday_year: int | None
    how_we_met: str
    met_on: date | None
    introduced_by: PersonRef | None
    cadence_ideal_days: int | None
    cadence_too_long_days: int | None
    notes: str
    archived: bool
    tags: tuple[str, ...]
    contacts: tuple[ContactRecord, ...]
    motivations: tuple[MotivationRecord, ...]
    details: tuple[DetailRecord, ...]
    affiliations: tuple[AffiliationRecord, ...]
    last_contact: date | None
    cadence_state: CadenceState


@dataclass(frozen=True, slots=True)
class ValueItemRecord:
    id: int
    direction: BenefitDirection
    horizon: Horizon
    text: str
    quantity: Decimal | None = None
    unit: str | None = None


@dataclass(frozen=True, slots=True)
class FitRecord:
    complementary_strengths: int | None = None
    audience_fit: int | None = None
    trust: int | None = None
    size_proportion: int | None = None
    willingness: int | None = None
    notes: str = ""
    assessed_on: date | None = None
    criterion_notes: tuple[tuple[str, str], ...] = ()  # (criterion, why)

    def note_for(self, criterion: str) -> str:
        return dict(self.criterion_notes).get(criterion, "")

    @property
    def average(self) -> float | None:
        scores = [
            s
            for s in (
                self.complementary_strengths,
                self.audience_fit,
                self.trust,
                self.size_proportion,
                self.willingness,
            )
            if s is not None
        ]
        return sum(scores) / len(scores) if scores else None


@dataclass(frozen=True, slots=True)
class PartnerPerson:
    """Someone at the partner, now or before, with the part they play."""

    person: PersonRef
    role: str | None
    stakeholder_role: StakeholderRole | None
    current: bool
    until: date | None = None


@dataclass(frozen=True, slots=True)
class StageStep:
    at: date
    stage_from: PartnerStage | None
    stage_to: PartnerStage


@dataclass(frozen=True, slots=True)
class PartnerDetail:
    id: int
    version: int
    name: str
    kinds: tuple[str, ...]
    stage: PartnerStage
    stage_since: date | None
    stage_history: tuple[StageStep, ...]
    standing: Standing | None
    website: str | None
    city: str | None
    country: str | None
    notes: str
    agreement_scope: str
    agreement_responsibilities: str
    agreement_revenue_share: str
    agreement_terms: str
    agreement_renewal: date | None
    referral_terms: ReferralTerms
    referral_fee: Decimal | None
    referral_percent: Decimal | None
    currency: str | None
    cadence_ideal_days: int | None
    cadence_too_long_days: int | None
    review_period: ReviewPeriod | None
    archived: bool
    tags: tuple[str, ...]
    value_items: tuple[ValueItemRecord, ...]
    fit: FitRecord
    people: tuple[PartnerPerson, ...]
    last_contact: date | None
    cadence_state: CadenceState

    def benefits_for_them(self, horizon: Horizon) -> int:
        return sum(
            1
            for item in self.value_items
            if item.direction is BenefitDirection.FOR_THEM and item.horizon is horizon
        )
