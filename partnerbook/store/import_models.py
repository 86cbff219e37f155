"""What imports add to the journal: photos, other programs' ids, and the batches to undo.

Kept apart from ``models.py`` (the journal's own nouns) and imported on first use (import,
export, the archive), not at start: declaring mapped classes costs start-up time, and the
first paint never reads these. ``models.full_metadata()`` loads them wherever the whole
schema is needed.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from partnerbook.store import models as _models  # noqa: F401 - Person, Partner: named below
from partnerbook.store.base import Audited, Base

if TYPE_CHECKING:
    from partnerbook.store.models import Partner, Person


class PersonPhoto(Audited, Base):
    """A person's photo as their address book had it: the bytes, or a link to them."""

    __tablename__ = "person_photos"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), unique=True)
    mime: Mapped[str | None] = mapped_column(String(60))
    data: Mapped[bytes | None] = mapped_column(LargeBinary)
    uri: Mapped[str | None] = mapped_column(String(2000))

    person: Mapped[Person] = relationship()


class ExternalId(Base):
    """Another program's id for a person (a vCard UID): the surest way to know them again
    when the same file, or a newer export of it, is imported."""

    __tablename__ = "external_ids"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    source: Mapped[str] = mapped_column(String(40))  # "uid"
    value: Mapped[str] = mapped_column(String(500))

    person: Mapped[Person] = relationship()

    __table_args__ = (
        UniqueConstraint("source", "value"),
        Index("ix_external_ids_person_id", "person_id"),
    )


class ImportBatch(Audited, Base):
    """One import of one file, so that it can be undone as a whole."""

    __tablename__ = "import_batches"

    id: Mapped[int] = mapped_column(primary_key=True)
    file_name: Mapped[str] = mapped_column(String(500))
    format: Mapped[str] = mapped_column(String(24))
    created: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[int] = mapped_column(Integer, default=0)
    errors: Mapped[int] = mapped_column(Integer, default=0)
    undone_at: Mapped[datetime | None]


class ImportChange(Base):
    """What a batch did to one row: created it, or filled these fields (``before`` holds
    what they were, and the satellites it added), so that undo takes exactly that back."""

    __tablename__ = "import_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("import_batches.id", ondelete="CASCADE"))
    action: Mapped[str] = mapped_column(String(24))  # created_person, updated_person, ...
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("partners.id", ondelete="CASCADE"))
    before: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    person: Mapped[Person | None] = relationship()
    partner: Mapped[Partner | None] = relationship()

    __table_args__ = (Index("ix_import_changes_batch_id", "batch_id"),)
