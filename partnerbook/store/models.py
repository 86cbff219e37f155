"""The journal's tables, as SQLAlchemy 2 typed models.

Partners and people are the nouns; everything that happens is an ``Entry`` on one
timeline (interactions, follow-ups, commitments, ledger items, reviews, stage changes),
in one table so that the timeline is one indexed, keyset-paginated query. Columns that
belong to one entry kind only are nullable.

Every entity row is ``Audited``. The link tables (entry_people, entry_partners,
person_tags, ...) are pure associations owned by their entry or person: they are
written with it and carry no audit columns of their own.

The schema itself is created only by Alembic migrations, never by ``create_all``.

Annotations are evaluated as the classes are made (no ``from __future__ import
annotations``): SQLAlchemy then has no strings to evaluate, a start-up cost; only forward
references are quoted.
"""

from datetime import date, datetime, time
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    ForeignKey,
    Index,
    MetaData,
    SmallInteger,
    String,
    Table,
    Text,
    Time,
    event,
)
from sqlalchemy.orm import Mapped, Mapper, mapped_column, relationship

from partnerbook.domain.enums import (
    CommitmentOwner,
    EntryKind,
    InteractionKind,
    LedgerDirection,
    LedgerKind,
    PartnerStage,
    ReferralOutcome,
    ReferralTerms,
    ReviewPeriod,
    StakeholderRole,
    Standing,
)
from partnerbook.store.base import Audited, Base, enum_type

if TYPE_CHECKING:  # declared in satellites, on first use (see __getattr__ below)
    from partnerbook.store.satellites import (
        OWNED_BY,
        Affiliation,
        ContactMethod,
        FitAssessment,
        Motivation,
        PersonalDetail,
        ReviewKpi,
        ValueItem,
    )

# --- association tables ------------------------------------------------------------

entry_people = Table(
    "entry_people",
    Base.metadata,
    Column("entry_id", ForeignKey("entries.id", ondelete="CASCADE"), primary_key=True),
    Column("person_id", ForeignKey("people.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_entry_people_person_id_entry_id", "person_id", "entry_id"),
)

entry_partners = Table(
    "entry_partners",
    Base.metadata,
    Column("entry_id", ForeignKey("entries.id", ondelete="CASCADE"), primary_key=True),
    Column("partner_id", ForeignKey("partners.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_entry_partners_partner_id_entry_id", "partner_id", "entry_id"),
)

person_tags = Table(
    "person_tags",
    Base.metadata,
    Column("person_id", ForeignKey("people.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_person_tags_tag_id", "tag_id"),
)

partner_tags = Table(
    "partner_tags",
    Base.metadata,
    Column("partner_id", ForeignKey("partners.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_partner_tags_tag_id", "tag_id"),
)

entry_tags = Table(
    "entry_tags",
    Base.metadata,
    Column("entry_id", ForeignKey("entries.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_entry_tags_tag_id", "tag_id"),
)

partner_kinds = Table(
    "partner_kinds",
    Base.metadata,
    Column("partner_id", ForeignKey("partners.id", ondelete="CASCADE"), primary_key=True),
    # Free tags for what kind of organisation this is: bank, e-wallet, agency, designer...
    Column("kind", String(80), primary_key=True),
    Index("ix_partner_kinds_kind", "kind"),
)


class Tag(Audited, Base):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    # Folded name (case and diacritics removed): one tag however it is typed.
    key: Mapped[str] = mapped_column(String(80), unique=True)


# --- partners ------------------------------------------------------------------------


class Partner(Audited, Base):
    __tablename__ = "partners"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    name_key: Mapped[str] = mapped_column(String(300), index=True)
    stage: Mapped[PartnerStage] = mapped_column(
        enum_type(PartnerStage), default=PartnerStage.PROSPECT
    )
    stage_since: Mapped[date | None]
    standing: Mapped[Standing | None] = mapped_column(enum_type(Standing))
    website: Mapped[str | None] = mapped_column(String(500))
    city: Mapped[str | None] = mapped_column(String(200))
    country: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str] = mapped_column(Text, default="")
    # Agreement summary: who does what, money, and when it comes up for renewal.
    agreement_scope: Mapped[str] = mapped_column(Text, default="")
    agreement_responsibilities: Mapped[str] = mapped_column(Text, default="")
    agreement_revenue_share: Mapped[str] = mapped_column(Text, default="")
    agreement_terms: Mapped[str] = mapped_column(Text, default="")
    agreement_renewal: Mapped[date | None]
    # Referral terms: practitioners prefer a fixed fee per referral to a percentage.
    referral_terms: Mapped[ReferralTerms] = mapped_column(
        enum_type(ReferralTerms), default=ReferralTerms.NONE
    )
    referral_fee: Mapped[Decimal | None]
    referral_percent: Mapped[Decimal | None]
    currency: Mapped[str | None] = mapped_column(String(3))
    cadence_ideal_days: Mapped[int | None]
    cadence_too_long_days: Mapped[int | None]
    review_period: Mapped[ReviewPeriod | None] = mapped_column(enum_type(ReviewPeriod))
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    # The ``at`` of the latest live interaction: derived, kept exact by ``last_contact``
    # with Core statements on every write (never a user's edit: no version bump).
    last_contact_at: Mapped[datetime | None] = mapped_column(index=True)

    value_items: Mapped[list["ValueItem"]] = relationship(
        back_populates="partner", cascade="all, delete-orphan", order_by="ValueItem.position"
    )
    fit: Mapped["FitAssessment | None"] = relationship(
        back_populates="partner", cascade="all, delete-orphan"
    )
    tags: Mapped[list[Tag]] = relationship(secondary=partner_tags)


# --- people --------------------------------------------------------------------------


class Person(Audited, Base):
    __tablename__ = "people"

    id: Mapped[int] = mapped_column(primary_key=True)
    display_name: Mapped[str] = mapped_column(String(300))
    # Folded display name, for matching "ngu" to "Nguyễn" in SQL on any database.
    name_key: Mapped[str] = mapped_column(String(300), index=True)
    given_name: Mapped[str | None] = mapped_column(String(200))
    family_name: Mapped[str | None] = mapped_column(String(200))
    partner_id: Mapped[int | None] = mapped_column(
        ForeignKey("partners.id", ondelete="SET NULL"), index=True
    )
    role: Mapped[str | None] = mapped_column(String(200))
    stakeholder_role: Mapped[StakeholderRole | None] = mapped_column(enum_type(StakeholderRole))
    department: Mapped[str | None] = mapped_column(String(200))
    city: Mapped[str | None] = mapped_column(String(200))
    country: Mapped[str | None] = mapped_column(String(200))
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    birthday_month: Mapped[int | None] = mapped_column(SmallInteger)
    birthday_day: Mapped[int | None] = mapped_column(SmallInteger)
    birthday_year: Mapped[int | None] = mapped_column(SmallInteger)
    how_we_met: Mapped[str] = mapped_column(Text, default="")
    met_on: Mapped[date | None]
    introduced_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), index=True
    )
    cadence_ideal_days: Mapped[int | None]
    cadence_too_long_days: Mapped[int | None]
    notes: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    # As the partner's: the latest live interaction's ``at``, kept by ``last_contact``.
    last_contact_at: Mapped[datetime | None] = mapped_column(index=True)

    partner: Mapped[Partner | None] = relationship(foreign_keys=[partner_id])
    introduced_by: Mapped["Person | None"] = relationship(
        remote_side="Person.id", foreign_keys=[introduced_by_id]
    )
    affiliations: Mapped[list["Affiliation"]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="Affiliation.until"
    )
    contacts: Mapped[list["ContactMethod"]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="ContactMethod.position"
    )
    motivations: Mapped[list["Motivation"]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="Motivation.position"
    )
    details: Mapped[list["PersonalDetail"]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="PersonalDetail.position"
    )
    tags: Mapped[list[Tag]] = relationship(secondary=person_tags)


# --- the timeline --------------------------------------------------------------------


class Entry(Audited, Base):
    """Anything that happens in a relationship, placed on the timeline at ``at`` (UTC)."""

    __tablename__ = "entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[EntryKind] = mapped_column(enum_type(EntryKind))
    at: Mapped[datetime]
    title: Mapped[str] = mapped_column(String(500), default="")
    body: Mapped[str] = mapped_column(Text, default="")  # Markdown
    source_entry_id: Mapped[int | None] = mapped_column(
        ForeignKey("entries.id", ondelete="SET NULL"), index=True
    )

    # interaction
    interaction_kind: Mapped[InteractionKind | None] = mapped_column(enum_type(InteractionKind))
    place: Mapped[str | None] = mapped_column(String(300))
    warmth: Mapped[int | None] = mapped_column(SmallInteger)  # -2 .. +2
    invitation_sent: Mapped[bool | None] = mapped_column(Boolean)
    agenda_shared: Mapped[bool | None] = mapped_column(Boolean)
    recap_sent: Mapped[bool | None] = mapped_column(Boolean)
    files_printed: Mapped[bool | None] = mapped_column(Boolean)
    # Personal topics learned (one per line), offered to the people's personal details.
    topics: Mapped[str | None] = mapped_column(Text)

    # follow-up and commitment
    due_date: Mapped[date | None]
    due_time: Mapped[time | None] = mapped_column(Time)
    status: Mapped[str | None] = mapped_column(String(24))  # FollowUpStatus/CommitmentStatus
    completed_at: Mapped[datetime | None]
    recurrence: Mapped[str | None] = mapped_column(String(200))  # RFC 5545 RRULE
    snoozed_until: Mapped[datetime | None]
    owner: Mapped[CommitmentOwner | None] = mapped_column(enum_type(CommitmentOwner))

    # ledger
    direction: Mapped[LedgerDirection | None] = mapped_column(enum_type(LedgerDirection))
    ledger_kind: Mapped[LedgerKind | None] = mapped_column(enum_type(LedgerKind))
    referred_name: Mapped[str | None] = mapped_column(String(300))
    referred_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL")
    )
    referred_partner_id: Mapped[int | None] = mapped_column(
        ForeignKey("partners.id", ondelete="SET NULL")
    )
    outcome: Mapped[ReferralOutcome | None] = mapped_column(enum_type(ReferralOutcome))
    value_amount: Mapped[Decimal | None]
    currency: Mapped[str | None] = mapped_column(String(3))

    # review
    review_period: Mapped[ReviewPeriod | None] = mapped_column(enum_type(ReviewPeriod))
    period_start: Mapped[date | None]
    period_end: Mapped[date | None]
    next_steps: Mapped[str | None] = mapped_column(Text)

    # stage change
    stage_from: Mapped[PartnerStage | None] = mapped_column(enum_type(PartnerStage))
    stage_to: Mapped[PartnerStage | None] = mapped_column(enum_type(PartnerStage))

    people: Mapped[list[Person]] = relationship(secondary=entry_people)
    partners: Mapped[list[Partner]] = relationship(secondary=entry_partners)
    tags: Mapped[list[Tag]] = relationship(secondary=entry_tags)
    # The interaction a follow-up or commitment came from.
    source: Mapped["Entry | None"] = relationship(
        remote_side="Entry.id", foreign_keys=[source_entry_id]
    )
    kpis: Mapped[list["ReviewKpi"]] = relationship(
        back_populates="entry", cascade="all, delete-orphan", order_by="ReviewKpi.position"
    )

    __table_args__ = (
        # The timeline: newest first, keyset on (at, id).
        Index("ix_entries_at_id", "at", "id"),
        Index("ix_entries_kind_at_id", "kind", "at", "id"),
        # What is due: open follow-ups and commitments by date.
        Index("ix_entries_kind_status_due_date", "kind", "status", "due_date"),
    )


__all__ = [
    "OWNED_BY",
    "Affiliation",
    "Base",
    "ContactMethod",
    "Entry",
    "FitAssessment",
    "Motivation",
    "Partner",
    "Person",
    "PersonalDetail",
    "ReviewKpi",
    "Tag",
    "ValueItem",
    "entry_partners",
    "entry_people",
    "entry_tags",
    "partner_kinds",
    "partner_tags",
    "person_tags",
]


# --- drafts --------------------------------------------------------------------------


class Draft(Base):
    """Text being typed, kept as it is typed so that a crash or a closed lid loses nothing.

    One row per place that types (``slot``, e.g. "quick-capture"); the body is the
    place's own JSON. Not audited: a draft is scratch, deleted once saved.
    """

    __tablename__ = "drafts"

    slot: Mapped[str] = mapped_column(String(80), primary_key=True)
    body: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime]


# --- the satellites: declared on first use ---------------------------------------------

_SATELLITES = frozenset(
    {"Affiliation", "ContactMethod", "FitAssessment", "Motivation", "PersonalDetail"}
    | {"ReviewKpi", "ValueItem", "OWNED_BY"}
)


def __getattr__(name: str) -> Any:
    """``models.Motivation`` and the other satellites, declared the first time one is
    asked for (``from partnerbook.store.models import Motivation`` asks)."""
    if name in _SATELLITES:
        from partnerbook.store import satellites

        return getattr(satellites, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@event.listens_for(Mapper, "before_configured")
def _declare_satellites() -> None:
    """Before the first ORM query configures the mappers: Person's motivations, Partner's
    value items and Entry's KPIs name classes that must exist by then."""
    from partnerbook.store import satellites  # noqa: F401 - declares them


def full_metadata() -> MetaData:
    """Every table of the journal: these, and what imports add (``import_models``: photos,
    other programs' ids, undoable batches). Those are declared apart and loaded on first
    use, not at start (a window's first paint never touches them); whatever needs the
    whole schema (the archive, migrations, schema checks) asks here, never
    ``Base.metadata`` alone."""
    from partnerbook.store import import_models, satellites  # noqa: F401 - add their tables

    return Base.metadata
