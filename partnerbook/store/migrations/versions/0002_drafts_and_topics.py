"""Drafts kept as they are typed, and the personal topics learned in an interaction.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 03:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "drafts",
        sa.Column("slot", sa.String(length=80), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("slot", name=op.f("pk_drafts")),
    )
    with op.batch_alter_table("entries") as batch:
        batch.add_column(sa.Column("topics", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("entries") as batch:
        batch.drop_column("topics")
    op.drop_table("drafts")
