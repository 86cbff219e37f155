"""Each person's and partner's last contact, stored: the latest live interaction's moment.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 14:00:00

Filled from the entries already in the journal with one portable statement per table (a
backup is taken before any upgrade). The SQL is written out here, not imported: the app's
``store.last_contact`` keeps the columns exact from now on and may change; this revision
must not.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# owner table, link table, the link's column naming the owner
_OWNERS = (("people", "entry_people", "person_id"), ("partners", "entry_partners", "partner_id"))


def upgrade() -> None:
    for table, link, key in _OWNERS:
        with op.batch_alter_table(table) as batch:
            batch.add_column(
                sa.Column("last_contact_at", sa.DateTime(timezone=True), nullable=True)
            )
            batch.create_index(batch.f(f"ix_{table}_last_contact_at"), ["last_contact_at"])
        # The condition inside max(), not in WHERE: each row's own links read by their
        # index (SQLite would rather walk every interaction by date for each row).
        op.execute(
            f"UPDATE {table} SET last_contact_at = ("  # noqa: S608 - names of our own tables
            " SELECT max(CASE WHEN e.kind = 'interaction' AND e.deleted_at IS NULL"
            f" THEN e.at END) FROM {link} l JOIN entries e ON e.id = l.entry_id"
            f" WHERE l.{key} = {table}.id)"
        )


def downgrade() -> None:
    # Not batch mode: on SQLite it would copy each table into a new one and drop the old,
    # and dropping ``people`` deletes every link to it (ON DELETE CASCADE). SQLite drops
    # a column in place since 3.35.
    for table, _link, _key in _OWNERS:
        op.drop_index(op.f(f"ix_{table}_last_contact_at"), table_name=table)
        op.drop_column(table, "last_contact_at")
