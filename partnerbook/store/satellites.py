"""The rows that belong to a person, a partner or an entry: what they want, their
details, contacts and past roles; a partnership's value and fit; a review's KPIs.

Declared apart from ``models`` and only when first needed: a window's first paint reads
people, partners and entries, and declaring seven more mapped classes is a tenth of the
start. ``models`` hands them out by name (``from partnerbook.store.models import
Motivation`` works as ever) and declares them before the mappers are first configured,
so the relationships that name them always find them.
"""

from datetime import date
from decimal import Decimal

from sqlalchemy import Boolean, ForeignKey, Index, SmallInteger, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from partnerbook.domain.enums import (
    BenefitDirection,
    Certainty,
    ContactKind,
    DetailCategory,
    Horizon,
    MotivationKind,
    StakeholderRole,
)
from partnerbook.store.base import Audited, Base, enum_type
from partnerbook.store.models import Entry, Partner, Person


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
