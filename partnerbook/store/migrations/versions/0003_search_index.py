"""The search index: FTS5 tables of folded text over people, partners and entries.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 09:10:00

Built from the rows already in the journal (a backup is taken before any upgrade). On a
database without a search module of its own (PostgreSQL, later) this revision does nothing.
"""

from __future__ import annotations

from alembic import op

from partnerbook.store.search_index import backend_for

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    connection = op.get_bind()
    backend = backend_for(connection.dialect.name)
    if backend is not None:
        backend.rebuild(connection)


def downgrade() -> None:
    connection = op.get_bind()
    backend = backend_for(connection.dialect.name)
    if backend is not None:
        backend.drop_tables(connection)
