"""Alembic environment: always driven from partnerbook.store.migrate with a live connection."""

from __future__ import annotations

from alembic import context

from partnerbook.store.models import full_metadata
from partnerbook.store.search_index import is_search_table

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reached when someone runs the alembic CLI
    raise SystemExit("Run migrations through PartnerBook (partnerbook check / the app).")

context.configure(
    connection=connection,
    target_metadata=full_metadata(),
    include_name=lambda name, kind, _parent: kind != "table" or not is_search_table(name or ""),
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
