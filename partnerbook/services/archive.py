"""The JSON archive: the whole journal in one file, and back, losslessly.

Every table of the journal is a top-level list named after it (``people``, ``partners``,
``entries``, ``motivations``, ...), each row with every column, ids, audit columns and
the trash included, so that importing an archive into an empty journal and exporting it
again gives the same file apart from ``exported_at``. Columns that are empty (NULL) are
left out of a row, and read back as empty: the file stays a fraction of the size.
The search index is not archived; it is rebuilt from the rows on import.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal, InvalidOperation
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Integer,
    LargeBinary,
    Numeric,
    Table,
    Time,
    TypeDecorator,
    func,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError, StatementError
from sqlalchemy.orm import Session

from partnerbook import __version__
from partnerbook.domain.text import shown, storable
from partnerbook.errors import UsageError
from partnerbook.messages import Problem
from partnerbook.services.files import write_atomically
from partnerbook.store import last_contact, search_index
from partnerbook.store.engine import Journal
from partnerbook.store.migrations import HEAD
from partnerbook.store.models import Entry, Partner, Person, Tag, full_metadata

FORMAT = "partnerbook-archive"
FORMAT_VERSION = 1
CHUNK = 1000
# Columns that point at their own table: written after every row is in.
SELF_REFERENCES = {"people": ("introduced_by_id",), "entries": ("source_entry_id",)}
HEADER_KEYS = ("format", "format_version", "app_version", "schema_revision", "exported_at")


@dataclass(frozen=True, slots=True)
class ArchiveSummary:
    path: Path | None
    counts: dict[str, int]

    @property
    def people(self) -> int:
        return self.counts.get("people", 0)

    @property
    def partners(self) -> int:
        return self.counts.get("partners", 0)

    @property
    def entries(self) -> int:
        return self.counts.get("entries", 0)


def _tables() -> list[Table]:
    return list(full_metadata().sorted_tables)  # the import tables too


def _kind(column: Column[Any]) -> type[Any]:
    column_type = column.type
    if isinstance(column_type, TypeDecorator):
        column_type = column_type.impl  # type: ignore[assignment]
    for kind in (DateTime, Date, Time, Numeric, Boolean, JSON, Integer, LargeBinary):
        if isinstance(column_type, kind):
            return kind
    return str


# --- export ---------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return value


def archive_of(journal: Journal, now: datetime | None = None) -> dict[str, Any]:
    """The whole journal as plain JSON values (rows in id or key order)."""
    now = now or datetime.now(UTC)
    archive: dict[str, Any] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "schema_revision": HEAD,
        "exported_at": now.astimezone(UTC).isoformat(),
    }
    with journal.read() as session:
        for table in _tables():
            columns = list(table.columns)
            order = list(table.primary_key.columns) or columns
            rows = session.execute(select(*columns).order_by(*order))
            names = [column.name for column in columns]
            archive[table.name] = [
                {
                    name: _plain(value)
                    for name, value in zip(names, row, strict=True)
                    if value is not None
                }
                for row in rows
            ]
    return archive


def export_archive(journal: Journal, target: Path, now: datetime | None = None) -> ArchiveSummary:
    archive = archive_of(journal, now)
    text = json.dumps(archive, ensure_ascii=False, indent=1, sort_keys=False)
    path = write_atomically(target, text.encode("utf-8") + b"\n")
    return ArchiveSummary(path, _counts(archive))


def _counts(archive: Mapping[str, Any]) -> dict[str, int]:
    return {
        table.name: len(archive.get(table.name) or [])
        for table in _tables()
        if isinstance(archive.get(table.name), list)
    }


# --- import ---------------------------------------------------------------------------------


def _reader(kind: type[Any]) -> Callable[[Any], Any]:
    def as_datetime(value: Any) -> datetime:
        moment = datetime.fromisoformat(str(value))
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)

    def as_bool(value: Any) -> bool:
        if isinstance(value, bool):
            return value
        raise ValueError("not true or false")

    def as_int(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError("not a whole number")
        return value

    def as_decimal(value: Any) -> Decimal:
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise ValueError("not a number")
        try:
            return Decimal(str(value))
        except InvalidOperation as error:
            raise ValueError("not a number") from error

    def as_text(value: Any) -> str:
        if not isinstance(value, str):
            raise ValueError("not text")
        return storable(value)  # JSON can spell NUL and lone surrogates (\u0000, \ud800)

    readers: dict[type[Any], Callable[[Any], Any]] = {
        DateTime: as_datetime,
        Date: lambda value: date.fromisoformat(str(value)),
        Time: lambda value: time.fromisoformat(str(value)),
        Numeric: as_decimal,
        Boolean: as_bool,
        Integer: as_int,
        JSON: lambda value: value,
        LargeBinary: lambda value: base64.b64decode(str(value), validate=True),
        str: as_text,
    }
    return readers[kind]


def read_archive(data: bytes) -> dict[str, Any]:
    """The archive's JSON, checked to be ours and not from a newer PartnerBook."""
    try:
        archive = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise UsageError(
            Problem.tr(
                "This is not a PartnerBook archive: the JSON cannot be read ({error}).", error=error
            ),
            Problem.tr("Give a file made by 'partnerbook export json'."),
        ) from error
    if not isinstance(archive, dict) or archive.get("format") != FORMAT:
        raise UsageError(
            Problem.tr("This JSON file is not a PartnerBook archive."),
            Problem.tr("Give a file made by 'partnerbook export json'."),
        )
    version = archive.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise UsageError(
            Problem.tr(
                "This archive was written by a newer PartnerBook (format {version}).",
                version=version,
            ),
            Problem.tr("Update PartnerBook, then import it again."),
        )
    known = {table.name for table in _tables()} | set(HEADER_KEYS)
    unknown = sorted(key for key in archive if key not in known)
    if unknown:
        raise UsageError(
            Problem.tr(
                "This archive holds parts this PartnerBook does not know ({parts}).",
                parts=shown(", ".join(unknown)),
            ),
            Problem.tr(
                "It was probably written by a newer PartnerBook: update, then import it again."
            ),
        )
    return archive


def _rows(table: Table, values: Any) -> list[dict[str, Any]]:
    if values is None:
        return []
    if not isinstance(values, list):
        raise UsageError(
            Problem.tr("The archive's '{name}' is not a list of rows.", name=table.name)
        )
    readers = {column.name: _reader(_kind(column)) for column in table.columns}
    rows = []
    for number, row in enumerate(values):
        if not isinstance(row, dict):
            raise UsageError(
                Problem.tr(
                    "{name}[{number}] in the archive is not a row.", name=table.name, number=number
                )
            )
        unknown = sorted(set(row) - set(readers))
        if unknown:
            raise UsageError(
                Problem.tr(
                    "{name}[{number}] has columns this PartnerBook does not know ({columns}).",
                    name=table.name,
                    number=number,
                    columns=shown(", ".join(unknown)),
                ),
                Problem.tr(
                    "It was probably written by a newer PartnerBook: update, then import it again."
                ),
            )
        clean: dict[str, Any] = dict.fromkeys(readers)
        for name, value in row.items():
            if value is None:
                continue
            try:
                clean[name] = readers[name](value)
            except (ValueError, TypeError) as error:
                raise UsageError(
                    Problem.tr(
                        "{table}[{number}].{column} in the archive is wrong: {value} ({error}).",
                        table=table.name,
                        number=number,
                        column=name,
                        value=repr(str(value)[:60]),
                        error=error,
                    ),
                    Problem.tr("Nothing was imported. Export the archive again from PartnerBook."),
                ) from error
        rows.append(clean)
    return rows


def import_archive(journal: Journal, data: bytes) -> ArchiveSummary:
    """Fill an empty journal from an archive, in one transaction: all of it or nothing."""
    archive = read_archive(data)
    tables = {table.name: _rows(table, archive.get(table.name)) for table in _tables()}
    try:
        with journal.write() as session:
            _refuse_non_empty(session)
            for table in _tables():
                _insert(session, table, tables[table.name])
            search_index.rebuild(session.connection())
            last_contact.recompute_all(session.connection())  # derived: never the archive's
    except (IntegrityError, StatementError) as error:
        # Rows our export never writes: a required value missing, a choice we do not know,
        # a reference to a row that is not there. The transaction is rolled back whole.
        if not isinstance(error, IntegrityError) and not isinstance(error.orig, LookupError):
            raise
        raise UsageError(
            Problem.tr(
                "The archive's rows do not fit together: {orig}.", orig=shown(error.orig, 120)
            ),
            Problem.tr("Nothing was imported. Export the archive again from PartnerBook."),
        ) from error
    return ArchiveSummary(None, {name: len(rows) for name, rows in tables.items()})


def _refuse_non_empty(session: Session) -> None:
    held = [
        int(session.scalar(select(func.count()).select_from(model)) or 0)
        for model in (Person, Partner, Entry, Tag)
    ]
    if any(held):
        raise UsageError(
            Problem.tr(
                "A JSON archive is a whole journal: it goes into a new, empty one "
                "(this one holds {people} people, {partners} partners, {entries} "
                "entries).",
                people=held[0],
                partners=held[1],
                entries=held[2],
            ),
            Problem.tr(
                "Import it into a new file: partnerbook --db restored.sqlite import ARCHIVE.json"
            ),
        )


def _insert(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    later = SELF_REFERENCES.get(table.name, ())
    # updated_at goes along, or its onupdate would stamp the import's own time.
    pending = [
        (row["id"], {**{c: row[c] for c in later}, "updated_at": row["updated_at"]})
        for row in rows
        if any(row[c] for c in later)
    ]
    first = [{**row, **dict.fromkeys(later)} for row in rows] if later else rows
    for start in range(0, len(first), CHUNK):
        session.execute(table.insert(), first[start : start + CHUNK])
    for row_id, values in pending:
        session.execute(update(table).where(table.c.id == row_id).values(**values))
