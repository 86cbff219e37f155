"""Initial journal schema: partners, people, the timeline of entries, tags.

Revision ID: 0001
Revises:
Create Date: 2026-11-23 22:46:32.367240
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


# PRAGMA application_id marks the file as a PartnerBook journal ("PBKJ").
APPLICATION_ID = 0x50424B4A


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    op.create_table(
        "partners",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("name_key", sa.String(length=300), nullable=False),
        sa.Column(
            "stage",
            sa.Enum(
                "prospect",
                "exploring",
                "active",
                "dormant",
                "ended",
                name="partnerstage",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("stage_since", sa.Date(), nullable=True),
        sa.Column(
            "standing",
            sa.Enum("smaller", "peers", "larger", name="standing", native_enum=False, length=24),
            nullable=True,
        ),
        sa.Column("website", sa.String(length=500), nullable=True),
        sa.Column("city", sa.String(length=200), nullable=True),
        sa.Column("country", sa.String(length=200), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("agreement_scope", sa.Text(), nullable=False),
        sa.Column("agreement_responsibilities", sa.Text(), nullable=False),
        sa.Column("agreement_revenue_share", sa.Text(), nullable=False),
        sa.Column("agreement_terms", sa.Text(), nullable=False),
        sa.Column("agreement_renewal", sa.Date(), nullable=True),
        sa.Column(
            "referral_terms",
            sa.Enum(
                "none",
                "fixed_fee",
                "percentage",
                name="referralterms",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("referral_fee", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("referral_percent", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=True),
        sa.Column("cadence_ideal_days", sa.Integer(), nullable=True),
        sa.Column("cadence_too_long_days", sa.Integer(), nullable=True),
        sa.Column(
            "review_period",
            sa.Enum(
                "monthly", "quarterly", "yearly", name="reviewperiod", native_enum=False, length=24
            ),
            nullable=True,
        ),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=120), nullable=False),
        sa.Column("updated_by", sa.String(length=120), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partners")),
    )
    with op.batch_alter_table("partners", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_partners_name_key"), ["name_key"], unique=False)

    op.create_table(
        "tags",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=120), nullable=False),
        sa.Column("updated_by", sa.String(length=120), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tags")),
        sa.UniqueConstraint("key", name=op.f("uq_tags_key")),
    )
    op.create_table(
        "fit_assessments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("complementary_strengths", sa.SmallInteger(), nullable=True),
        sa.Column("audience_fit", sa.SmallInteger(), nullable=True),
        sa.Column("trust", sa.SmallInteger(), nullable=True),
        sa.Column("size_proportion", sa.SmallInteger(), nullable=True),
        sa.Column("willingness", sa.SmallInteger(), nullable=True),
        sa.Column("complementary_strengths_note", sa.Text(), nullable=False),
        sa.Column("audience_fit_note", sa.Text(), nullable=False),
        sa.Column("trust_note", sa.Text(), nullable=False),
        sa.Column("size_proportion_note", sa.Text(), nullable=False),
        sa.Column("willingness_note", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=120), nullable=False),
        sa.Column("updated_by", sa.String(length=120), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partners.id"],
            name=op.f("fk_fit_assessments_partner_id_partners"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fit_assessments")),
        sa.UniqueConstraint("partner_id", name=op.f("uq_fit_assessments_partner_id")),
    )
    op.create_table(
        "partner_kinds",
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=80), nullable=False),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partners.id"],
            name=op.f("fk_partner_kinds_partner_id_partners"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("partner_id", "kind", name=op.f("pk_partner_kinds")),
    )
    with op.batch_alter_table("partner_kinds", schema=None) as batch_op:
        batch_op.create_index("ix_partner_kinds_kind", ["kind"], unique=False)

    op.create_table(
        "partner_tags",
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partners.id"],
            name=op.f("fk_partner_tags_partner_id_partners"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tag_id"], ["tags.id"], name=op.f("fk_partner_tags_tag_id_tags"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("partner_id", "tag_id", name=op.f("pk_partner_tags")),
    )
    with op.batch_alter_table("partner_tags", schema=None) as batch_op:
        batch_op.create_index("ix_partner_tags_tag_id", ["tag_id"], unique=False)

    op.create_table(
        "people",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("display_name", sa.String(length=300), nullable=False),
        sa.Column("name_key", sa.String(length=300), nullable=False),
        sa.Column("given_name", sa.String(length=200), nullable=True),
        sa.Column("family_name", sa.String(length=200), nullable=True),
        sa.Column("partner_id", sa.Integer(), nullable=True),
        sa.Column("role", sa.String(length=200), nullable=True),
        sa.Column(
            "stakeholder_role",
            sa.Enum(
                "champion",
                "decision_maker",
                "influencer",
                "blocker",
                "user",
                name="stakeholderrole",
                native_enum=False,
                length=24,
            ),
            nullable=True,
        ),
        sa.Column("department", sa.String(length=200), nullable=True),
        sa.Column("city", sa.String(length=200), nullable=True),
        sa.Column("country", sa.String(length=200), nullable=True),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("birthday_month", sa.SmallInteger(), nullable=True),
        sa.Column("birthday_day", sa.SmallInteger(), nullable=True),
        sa.Column("birthday_year", sa.SmallInteger(), nullable=True),
        sa.Column("how_we_met", sa.Text(), nullable=False),
        sa.Column("met_on", sa.Date(), nullable=True),
        sa.Column("introduced_by_id", sa.Integer(), nullable=True),
        sa.Column("cadence_ideal_days", sa.Integer(), nullable=True),
        sa.Column("cadence_too_long_days", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=120), nullable=False),
        sa.Column("updated_by", sa.String(length=120), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["introduced_by_id"],
            ["people.id"],
            name=op.f("fk_people_introduced_by_id_people"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partners.id"],
            name=op.f("fk_people_partner_id_partners"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_people")),
    )
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_people_introduced_by_id"), ["introduced_by_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_people_name_key"), ["name_key"], unique=False)
        batch_op.create_index(batch_op.f("ix_people_partner_id"), ["partner_id"], unique=False)

    op.create_table(
        "value_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column(
            "direction",
            sa.Enum("for_them", "for_us", name="benefitdirection", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column(
            "horizon",
            sa.Enum("short", "long", name="horizon", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("quantity", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("unit", sa.String(length=40), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=120), nullable=False),
        sa.Column("updated_by", sa.String(length=120), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partners.id"],
            name=op.f("fk_value_items_partner_id_partners"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_value_items")),
    )
    with op.batch_alter_table("value_items", schema=None) as batch_op:
        batch_op.create_index("ix_value_items_partner_id", ["partner_id"], unique=False)

    op.create_table(
        "affiliations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=True),
        sa.Column("role", sa.String(length=200), nullable=True),
        sa.Column(
            "stakeholder_role",
            sa.Enum(
                "champion",
                "decision_maker",
                "influencer",
                "blocker",
                "user",
                name="stakeholderrole",
                native_enum=False,
                length=24,
            ),
            nullable=True,
        ),
        sa.Column("since", sa.Date(), nullable=True),
        sa.Column("until", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=120), nullable=False),
        sa.Column("updated_by", sa.String(length=120), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partners.id"],
            name=op.f("fk_affiliations_partner_id_partners"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_affiliations_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_affiliations")),
    )
    with op.batch_alter_table("affiliations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_affiliations_partner_id"), ["partner_id"], unique=False
        )
        batch_op.create_index("ix_affiliations_person_id", ["person_id"], unique=False)

    op.create_table(
        "contact_methods",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("email", "phone", "url", name="contactkind", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("label", sa.String(length=80), nullable=False),
        sa.Column("value", sa.String(length=500), nullable=False),
        sa.Column("value_key", sa.String(length=500), nullable=False),
        sa.Column("primary", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=120), nullable=False),
        sa.Column("updated_by", sa.String(length=120), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_contact_methods_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_methods")),
    )
    with op.batch_alter_table("contact_methods", schema=None) as batch_op:
        batch_op.create_index(
            "ix_contact_methods_kind_value_key", ["kind", "value_key"], unique=False
        )
        batch_op.create_index("ix_contact_methods_person_id", ["person_id"], unique=False)

    op.create_table(
        "entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "interaction",
                "follow_up",
                "commitment",
                "ledger",
                "review",
                "stage_change",
                name="entrykind",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("source_entry_id", sa.Integer(), nullable=True),
        sa.Column(
            "interaction_kind",
            sa.Enum(
                "coffee",
                "meeting",
                "call",
                "video",
                "message",
                "email",
                "event",
                "note",
                name="interactionkind",
                native_enum=False,
                length=24,
            ),
            nullable=True,
        ),
        sa.Column("place", sa.String(length=300), nullable=True),
        sa.Column("warmth", sa.SmallInteger(), nullable=True),
        sa.Column("invitation_sent", sa.Boolean(), nullable=True),
        sa.Column("agenda_shared", sa.Boolean(), nullable=True),
        sa.Column("recap_sent", sa.Boolean(), nullable=True),
        sa.Column("files_printed", sa.Boolean(), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("due_time", sa.Time(), nullable=True),
        sa.Column("status", sa.String(length=24), nullable=True),
        sa.Column("completed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("recurrence", sa.String(length=200), nullable=True),
        sa.Column("snoozed_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column(
            "owner",
            sa.Enum("me", "them", name="commitmentowner", native_enum=False, length=24),
            nullable=True,
        ),
        sa.Column(
            "direction",
            sa.Enum("given", "received", name="ledgerdirection", native_enum=False, length=24),
            nullable=True,
        ),
        sa.Column(
            "ledger_kind",
            sa.Enum(
                "favour",
                "introduction",
                "referral",
                "resource",
                "payment",
                name="ledgerkind",
                native_enum=False,
                length=24,
            ),
            nullable=True,
        ),
        sa.Column("referred_name", sa.String(length=300), nullable=True),
        sa.Column("referred_person_id", sa.Integer(), nullable=True),
        sa.Column("referred_partner_id", sa.Integer(), nullable=True),
        sa.Column(
            "outcome",
            sa.Enum("pending", "won", "lost", name="referraloutcome", native_enum=False, length=24),
            nullable=True,
        ),
        sa.Column("value_amount", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=True),
        sa.Column(
            "review_period",
            sa.Enum(
                "monthly", "quarterly", "yearly", name="reviewperiod", native_enum=False, length=24
            ),
            nullable=True,
        ),
        sa.Column("period_start", sa.Date(), nullable=True),
        sa.Column("period_end", sa.Date(), nullable=True),
        sa.Column("next_steps", sa.Text(), nullable=True),
        sa.Column(
            "stage_from",
            sa.Enum(
                "prospect",
                "exploring",
                "active",
                "dormant",
                "ended",
                name="partnerstage",
                native_enum=False,
                length=24,
            ),
            nullable=True,
        ),
        sa.Column(
            "stage_to",
            sa.Enum(
                "prospect",
                "exploring",
                "active",
                "dormant",
                "ended",
                name="partnerstage",
                native_enum=False,
                length=24,
            ),
            nullable=True,
        ),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=120), nullable=False),
        sa.Column("updated_by", sa.String(length=120), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["referred_partner_id"],
            ["partners.id"],
            name=op.f("fk_entries_referred_partner_id_partners"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["referred_person_id"],
            ["people.id"],
            name=op.f("fk_entries_referred_person_id_people"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["source_entry_id"],
            ["entries.id"],
            name=op.f("fk_entries_source_entry_id_entries"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_entries")),
    )
    with op.batch_alter_table("entries", schema=None) as batch_op:
        batch_op.create_index("ix_entries_at_id", ["at", "id"], unique=False)
        batch_op.create_index("ix_entries_kind_at_id", ["kind", "at", "id"], unique=False)
        batch_op.create_index(
            "ix_entries_kind_status_due_date", ["kind", "status", "due_date"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_entries_source_entry_id"), ["source_entry_id"], unique=False
        )

    op.create_table(
        "motivations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "kpi",
                "boss_recognition",
                "peer_standing",
                "career",
                "learning",
                "comfort",
                "relationship",
                "other",
                name="motivationkind",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("their_words", sa.Text(), nullable=False),
        sa.Column(
            "certainty",
            sa.Enum("heard", "guessed", name="certainty", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("strength", sa.SmallInteger(), nullable=False),
        sa.Column("last_confirmed", sa.Date(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=120), nullable=False),
        sa.Column("updated_by", sa.String(length=120), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_motivations_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_motivations")),
    )
    with op.batch_alter_table("motivations", schema=None) as batch_op:
        batch_op.create_index("ix_motivations_person_id", ["person_id"], unique=False)

    op.create_table(
        "person_tags",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_person_tags_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tag_id"], ["tags.id"], name=op.f("fk_person_tags_tag_id_tags"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("person_id", "tag_id", name=op.f("pk_person_tags")),
    )
    with op.batch_alter_table("person_tags", schema=None) as batch_op:
        batch_op.create_index("ix_person_tags_tag_id", ["tag_id"], unique=False)

    op.create_table(
        "entry_partners",
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["entries.id"],
            name=op.f("fk_entry_partners_entry_id_entries"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partners.id"],
            name=op.f("fk_entry_partners_partner_id_partners"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("entry_id", "partner_id", name=op.f("pk_entry_partners")),
    )
    with op.batch_alter_table("entry_partners", schema=None) as batch_op:
        batch_op.create_index(
            "ix_entry_partners_partner_id_entry_id", ["partner_id", "entry_id"], unique=False
        )

    op.create_table(
        "entry_people",
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["entries.id"],
            name=op.f("fk_entry_people_entry_id_entries"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_entry_people_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("entry_id", "person_id", name=op.f("pk_entry_people")),
    )
    with op.batch_alter_table("entry_people", schema=None) as batch_op:
        batch_op.create_index(
            "ix_entry_people_person_id_entry_id", ["person_id", "entry_id"], unique=False
        )

    op.create_table(
        "entry_tags",
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["entries.id"],
            name=op.f("fk_entry_tags_entry_id_entries"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tag_id"], ["tags.id"], name=op.f("fk_entry_tags_tag_id_tags"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("entry_id", "tag_id", name=op.f("pk_entry_tags")),
    )
    with op.batch_alter_table("entry_tags", schema=None) as batch_op:
        batch_op.create_index("ix_entry_tags_tag_id", ["tag_id"], unique=False)

    op.create_table(
        "personal_details",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column(
            "category",
            sa.Enum(
                "family",
                "hobby",
                "ask_next",
                "food",
                "other",
                name="detailcategory",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("learned_on", sa.Date(), nullable=True),
        sa.Column("source_entry_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=120), nullable=False),
        sa.Column("updated_by", sa.String(length=120), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_personal_details_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["source_entry_id"],
            ["entries.id"],
            name=op.f("fk_personal_details_source_entry_id_entries"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_personal_details")),
    )
    with op.batch_alter_table("personal_details", schema=None) as batch_op:
        batch_op.create_index("ix_personal_details_person_id", ["person_id"], unique=False)

    op.create_table(
        "review_kpis",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("target", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("actual", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("unit", sa.String(length=40), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=120), nullable=False),
        sa.Column("updated_by", sa.String(length=120), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["entries.id"],
            name=op.f("fk_review_kpis_entry_id_entries"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_kpis")),
    )
    with op.batch_alter_table("review_kpis", schema=None) as batch_op:
        batch_op.create_index("ix_review_kpis_entry_id", ["entry_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("review_kpis", schema=None) as batch_op:
        batch_op.drop_index("ix_review_kpis_entry_id")

    op.drop_table("review_kpis")
    with op.batch_alter_table("personal_details", schema=None) as batch_op:
        batch_op.drop_index("ix_personal_details_person_id")

    op.drop_table("personal_details")
    with op.batch_alter_table("entry_tags", schema=None) as batch_op:
        batch_op.drop_index("ix_entry_tags_tag_id")

    op.drop_table("entry_tags")
    with op.batch_alter_table("entry_people", schema=None) as batch_op:
        batch_op.drop_index("ix_entry_people_person_id_entry_id")

    op.drop_table("entry_people")
    with op.batch_alter_table("entry_partners", schema=None) as batch_op:
        batch_op.drop_index("ix_entry_partners_partner_id_entry_id")

    op.drop_table("entry_partners")
    with op.batch_alter_table("person_tags", schema=None) as batch_op:
        batch_op.drop_index("ix_person_tags_tag_id")

    op.drop_table("person_tags")
    with op.batch_alter_table("motivations", schema=None) as batch_op:
        batch_op.drop_index("ix_motivations_person_id")

    op.drop_table("motivations")
    with op.batch_alter_table("entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_entries_source_entry_id"))
        batch_op.drop_index("ix_entries_kind_status_due_date")
        batch_op.drop_index("ix_entries_kind_at_id")
        batch_op.drop_index("ix_entries_at_id")

    op.drop_table("entries")
    with op.batch_alter_table("contact_methods", schema=None) as batch_op:
        batch_op.drop_index("ix_contact_methods_person_id")
        batch_op.drop_index("ix_contact_methods_kind_value_key")

    op.drop_table("contact_methods")
    with op.batch_alter_table("affiliations", schema=None) as batch_op:
        batch_op.drop_index("ix_affiliations_person_id")
        batch_op.drop_index(batch_op.f("ix_affiliations_partner_id"))

    op.drop_table("affiliations")
    with op.batch_alter_table("value_items", schema=None) as batch_op:
        batch_op.drop_index("ix_value_items_partner_id")

    op.drop_table("value_items")
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_people_partner_id"))
        batch_op.drop_index(batch_op.f("ix_people_name_key"))
        batch_op.drop_index(batch_op.f("ix_people_introduced_by_id"))

    op.drop_table("people")
    with op.batch_alter_table("partner_tags", schema=None) as batch_op:
        batch_op.drop_index("ix_partner_tags_tag_id")

    op.drop_table("partner_tags")
    with op.batch_alter_table("partner_kinds", schema=None) as batch_op:
        batch_op.drop_index("ix_partner_kinds_kind")

    op.drop_table("partner_kinds")
    op.drop_table("fit_assessments")
    op.drop_table("tags")
    with op.batch_alter_table("partners", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_partners_name_key"))

    op.drop_table("partners")
