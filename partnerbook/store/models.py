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
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from partnerbook.domain.enums import (
    BenefitDirection,
    Certainty,
    CommitmentOwner,
    ContactKind,
    DetailCategory,
    EntryKind,
    Horizon,
    InteractionKind,
    LedgerDirection,
    LedgerKind,
    MotivationKind,
    PartnerStage,
    ReferralOutcome,
    ReferralTerms,
    ReviewPeriod,
    StakeholderRole,
    Standing,
)
from partnerbook.store.base import Audited, Base, enum_type

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


class ValueItem(Audited, Base):
    """One concrete benefit of the partnership: for whom, short or long term, how much."""

    __tablename__ = "value_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id", ondelete="CASCADE"))
    direction: Mapped[BenefitDirection] = mapped_column(enum_type(BenefitDirection))
    horizon: Mapped[Horizon] = mapped_column(enum_type(Horizon))
    text: Mapped[str] = mapped_column(Text)
    quantity: Mapped[Decimal | None]
    unit: Mapped[str | None] = mapped_column(String(40))
    position: Mapped[int] = mapped_column(default=0)

    partner: Mapped[Partner] = relationship(back_populates="value_items")

    __table_args__ = (Index("ix_value_items_partner_id", "partner_id"),)


class FitAssessment(Audited, Base):
    """Is this a partner worth having? Scores 1-5 on the practitioners' criteria."""

    __tablename__ = "fit_assessments"

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[int] = mapped_column(
        ForeignKey("partners.id", ondelete="CASCADE"), unique=True
    )
    complementary_strengths: Mapped[int | None] = mapped_column(SmallInteger)
    audience_fit: Mapped[int | None] = mapped_column(SmallInteger)
    trust: Mapped[int | None] = mapped_column(SmallInteger)
    size_proportion: Mapped[int | None] = mapped_column(SmallInteger)
    willingness: Mapped[int | None] = mapped_column(SmallInteger)
    # Why each score: a number without a reason is hard to revisit a year later.
    complementary_strengths_note: Mapped[str] = mapped_column(Text, default="")
    audience_fit_note: Mapped[str] = mapped_column(Text, default="")
    trust_note: Mapped[str] = mapped_column(Text, default="")
    size_proportion_note: Mapped[str] = mapped_column(Text, default="")
    willingness_note: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    assessed_on: Mapped[date | None]

    partner: Mapped[Partner] = relationship(back_populates="fit")


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


class Affiliation(Audited, Base):
    """A past partner and role of a person: people change jobs, their history stays."""

    __tablename__ = "affiliations"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    partner_id: Mapped[int | None] = mapped_column(
        ForeignKey("partners.id", ondelete="SET NULL"), index=True
    )
    role: Mapped[str | None] = mapped_column(String(200))
    stakeholder_role: Mapped[StakeholderRole | None] = mapped_column(enum_type(StakeholderRole))
    since: Mapped[date | None]
    until: Mapped[date | None]

    person: Mapped[Person] = relationship(back_populates="affiliations")
    partner: Mapped[Partner | None] = relationship()

    __table_args__ = (Index("ix_affiliations_person_id", "person_id"),)


class ContactMethod(Audited, Base):
    """An email, phone or URL (LinkedIn included); several per person, one may be primary."""

    __tablename__ = "contact_methods"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    kind: Mapped[ContactKind] = mapped_column(enum_type(ContactKind))
    label: Mapped[str] = mapped_column(String(80), default="")
    value: Mapped[str] = mapped_column(String(500))
    # Comparable form for duplicate detection: lower-case email, digits-only phone.
    value_key: Mapped[str] = mapped_column(String(500))
    primary: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(default=0)

    person: Mapped[Person] = relationship(back_populates="contacts")

    __table_args__ = (
        Index("ix_contact_methods_person_id", "person_id"),
        Index("ix_contact_methods_kind_value_key", "kind", "value_key"),
    )


class Motivation(Audited, Base):
    """What this person personally gets from working with us ("what's in it for me")."""

    __tablename__ = "motivations"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    kind: Mapped[MotivationKind] = mapped_column(enum_type(MotivationKind))
    their_words: Mapped[str] = mapped_column(Text, default="")
    certainty: Mapped[Certainty] = mapped_column(enum_type(Certainty), default=Certainty.GUESSED)
    strength: Mapped[int] = mapped_column(SmallInteger, default=2)  # 1 (weak) .. 3 (strong)
    last_confirmed: Mapped[date | None]
    position: Mapped[int] = mapped_column(default=0)

    person: Mapped[Person] = relationship(back_populates="motivations")

    __table_args__ = (Index("ix_motivations_person_id", "person_id"),)


class PersonalDetail(Audited, Base):
    """Family, hobbies, things to ask about next time: what coffee conversations are made of."""

    __tablename__ = "personal_details"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    category: Mapped[DetailCategory] = mapped_column(enum_type(DetailCategory))
    text: Mapped[str] = mapped_column(Text)
    learned_on: Mapped[date | None]
    source_entry_id: Mapped[int | None] = mapped_column(
        ForeignKey("entries.id", ondelete="SET NULL")
    )
    position: Mapped[int] = mapped_column(default=0)

    person: Mapped[Person] = relationship(back_populates="details")

    __table_args__ = (Index("ix_personal_details_person_id", "person_id"),)


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


class ReviewKpi(Audited, Base):
    """One KPI of a partner review: the user's chosen measure, its target and actual."""

    __tablename__ = "review_kpis"

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("entries.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    target: Mapped[Decimal | None]
    actual: Mapped[Decimal | None]
    unit: Mapped[str | None] = mapped_column(String(40))
    position: Mapped[int] = mapped_column(default=0)

    entry: Mapped[Entry] = relationship(back_populates="kpis")

    __table_args__ = (Index("ix_review_kpis_entry_id", "entry_id"),)


__all__ = [
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


# What each row belongs to, and the attribute naming its owner: a change to a motivation
# is a change to its person (the search index writes the person's document again, another
# window refreshes the person). One table for both, so a new satellite is named once.
OWNED_BY: dict[type, tuple[type[Base], str]] = {
    Person: (Person, "id"),
    Motivation: (Person, "person_id"),
    PersonalDetail: (Person, "person_id"),
    ContactMethod: (Person, "person_id"),
    Affiliation: (Person, "person_id"),
    Partner: (Partner, "id"),
    ValueItem: (Partner, "partner_id"),
    FitAssessment: (Partner, "partner_id"),
    Entry: (Entry, "id"),
    ReviewKpi: (Entry, "entry_id"),
}


def full_metadata() -> MetaData:
    """Every table of the journal: these, and what imports add (``import_models``: photos,
    other programs' ids, undoable batches). Those are declared apart and loaded on first
    use, not at start (a window's first paint never touches them); whatever needs the
    whole schema (the archive, migrations, schema checks) asks here, never
    ``Base.metadata`` alone."""
    from partnerbook.store import import_models  # noqa: F401 - adds its tables

    return Base.metadata
