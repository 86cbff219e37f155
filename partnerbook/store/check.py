"""``partnerbook check``: is this journal healthy? Looks only, never writes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import create_engine, text

from partnerbook.errors import StorageError
from partnerbook.messages import Problem
from partnerbook.store import cipher
from partnerbook.store.engine import JournalLocation
from partnerbook.store.migrate import (
    FileKind,
    FileState,
    head_revision,
    inspect_file,
    read_only_connect,
    refuse_unusable,
)

COUNTED_TABLES = ("people", "partners", "entries")
MAX_REPORTED_PROBLEMS = 20


@dataclass(frozen=True, slots=True)
class CheckReport:
    location: str
    revision: str | None
    head: str
    problems: tuple[str, ...] = ()
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def healthy(self) -> bool:
        return not self.problems

    @property
    def needs_upgrade(self) -> bool:
        return self.revision != self.head


def check_journal(location: JournalLocation, already_open: bool = False) -> CheckReport:
    """Integrity, foreign keys and schema revision. Raises UserError for a non-journal.

    ``already_open``: this process holds the journal open (the window's check after its
    first paint). Its header is then not read again with a file of our own: closing any
    descriptor of the file would drop SQLite's POSIX locks on it, and another process could
    take the journal for unused and delete its -wal under our connections."""
    if location.path is None:
        return _check_server(location)
    state = (
        FileState(FileKind.JOURNAL, head_revision())
        if already_open
        else inspect_file(location.path)
    )
    if state.kind is FileKind.MISSING:
        raise StorageError(
            Problem.tr("There is no journal at {path}.", path=location.path),
            Problem.tr("Check the path given to --db or PARTNERBOOK_DATABASE_URL."),
        )
    if state.kind is FileKind.DAMAGED:
        unreadable = (f"the journal's structure cannot be read ({state.detail})",)
        return CheckReport(location.describe(), None, head_revision(), unreadable)
    refuse_unusable(location, state)
    problems: list[str] = []
    counts: dict[str, int] = {}
    try:
        connection = read_only_connect(location.path)
        try:
            integrity = [row[0] for row in connection.execute("PRAGMA integrity_check(100)")]
            if integrity != ["ok"]:
                problems.extend(f"integrity: {line}" for line in integrity)
            for table, rowid, parent, _fk in connection.execute("PRAGMA foreign_key_check"):
                problems.append(f"foreign key: row {rowid} of {table} points to a missing {parent}")
                if len(problems) >= MAX_REPORTED_PROBLEMS:
                    break
            if not problems:
                problems.extend(_last_contact_problems(connection))
                for table in COUNTED_TABLES:
                    row = connection.execute(
                        f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL"
                    ).fetchone()
                    counts[table] = int(row[0])
        finally:
            connection.close()
    except cipher.DATABASE_ERRORS as error:  # sqlite3's, or sqlcipher3's
        problems.append(f"the file cannot be read: {error}")
    return CheckReport(
        location.describe(), state.revision, head_revision(), tuple(problems), counts
    )


def _last_contact_problems(connection: Any) -> list[str]:
    """People and partners whose stored last contact is not their latest interaction's
    (a journal before revision 0005 has none to check)."""
    columns = {row[1] for row in connection.execute("PRAGMA table_info(people)")}
    if "last_contact_at" not in columns:
        return []
    from sqlalchemy.dialects import sqlite

    from partnerbook.store.last_contact import mismatch_counts

    problems = []
    for table, query in mismatch_counts().items():
        sql = str(query.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
        wrong = int(connection.execute(sql).fetchone()[0])
        if wrong:
            problems.append(_last_contact_problem(table, wrong))
    return problems


def _last_contact_problem(table: str, wrong: int) -> str:
    return f"last contact: {wrong} {table} hold one that is not their latest interaction's"


def _check_server(location: JournalLocation) -> CheckReport:
    from partnerbook.store import last_contact

    engine = create_engine(location.url)
    try:
        with engine.connect() as connection:
            revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
            counts = {
                table: int(
                    connection.execute(
                        text(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL")
                    ).scalar_one()
                )
                for table in COUNTED_TABLES
            }
            problems = tuple(
                _last_contact_problem(table, wrong)
                for table, wrong in last_contact.mismatches(connection).items()
                if wrong
            )
    finally:
        engine.dispose()
    return CheckReport(location.describe(), revision, head_revision(), problems, counts)
