"""Open a journal safely: recognise it, refuse what is not ours, upgrade with a backup first.

Before anything writes to a file, ``inspect_file`` looks at it read-only: a file that is
not SQLite, another application's database or a journal from a newer PartnerBook is
refused and left byte for byte as it was (no WAL switch, no schema, nothing).
"""

from __future__ import annotations

import enum
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text

from partnerbook.errors import (
    DAMAGED_HINT,
    JournalDamagedError,
    NewerJournalError,
    NotAJournalError,
    StorageError,
    damaged_message,
)
from partnerbook.messages import Problem
from partnerbook.paths import backups_dir_for, create_private_file, make_private_dir
from partnerbook.store import cipher
from partnerbook.store.engine import (
    Journal,
    JournalLocation,
    create_journal_engine,
    default_actor,
    translate_storage_errors,
)
from partnerbook.store.migrations import HEAD

# PRAGMA application_id of every PartnerBook journal: "PBKJ".
APPLICATION_ID = 0x50424B4A
SQLITE_HEADER = b"SQLite format 3\x00"


class FileKind(enum.Enum):
    MISSING = "missing"  # no file yet, or an empty one: a new journal
    JOURNAL = "journal"
    NOT_SQLITE = "not_sqlite"
    FOREIGN = "foreign"  # SQLite, but another application's
    DAMAGED = "damaged"  # our application id, but the structure cannot be read
    ENCRYPTED = "encrypted"  # not plain SQLite, database-shaped, and no passphrase opens it


@dataclass(frozen=True, slots=True)
class FileState:
    kind: FileKind
    revision: str | None = None
    detail: str = ""  # why a damaged file could not be read
    encrypted: bool = False  # an encrypted journal a known passphrase opened (store/cipher.py)


if TYPE_CHECKING:
    from alembic.config import Config


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "partnerbook.store:migrations")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    return HEAD


def script_head() -> str | None:
    """The newest revision as Alembic sees it (slow: loads Alembic and the scripts)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def read_only_connect(path: Path) -> sqlite3.Connection:
    """A connection that cannot change the file (used to look before touching)."""
    return cipher.connect(path, "mode=ro")  # keyed when the file is an encrypted journal


def peek_connect(path: Path) -> sqlite3.Connection:
    """A read-only look that leaves no -wal or -shm behind.

    Opening a WAL-mode file, even read-only, creates its -shm (and -wal) beside it; for a
    file we may refuse, that is litter. Without a -wal there is nothing beyond the main
    file to read, so it can be opened as immutable; with one, the normal read-only mode
    reads the committed pages in it (and the files were there already).
    """
    if path.with_name(path.name + "-wal").exists():
        return read_only_connect(path)
    return cipher.connect(path, "mode=ro&immutable=1")


def inspect_file(path: Path) -> FileState:
    """What is at ``path``, found without writing a byte to it (or beside it)."""
    if not path.exists() or (path.is_file() and path.stat().st_size == 0):
        return FileState(FileKind.MISSING)
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as error:
        raise StorageError(
            Problem.tr("Cannot read {path}: {detail}.", path=path, detail=error.strerror or error),
            Problem.tr("Check that the file exists and that you may read it."),
        ) from error
    encrypted = len(header) == 100 and not header.startswith(SQLITE_HEADER)
    if encrypted and cipher.looks_encrypted(path):
        # Without the passphrase nothing inside can be read (not even whose it is).
        if cipher.key_for(path) is None:
            return FileState(FileKind.ENCRYPTED)
    elif len(header) < 100 or not header.startswith(SQLITE_HEADER):
        return FileState(FileKind.NOT_SQLITE)
    has_wal = path.with_name(path.name + "-wal").exists()
    # Without a -wal the header is the whole truth: whose file it is (application id,
    # offset 68) and whether a schema was ever written (schema cookie, offset 40), so a
    # file that is not ours is refused without opening it. A -wal may hold newer pages.
    if not has_wal and not encrypted and int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        schema_cookie = int.from_bytes(header[40:44], "big")
        return FileState(FileKind.MISSING if schema_cookie == 0 else FileKind.FOREIGN)
    try:
        connection = peek_connect(path)
        try:
            app_id = connection.execute("PRAGMA application_id").fetchone()[0]
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            revision = None
            if app_id == APPLICATION_ID and "alembic_version" in tables:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            connection.close()
    except cipher.DATABASE_ERRORS as error:
        if encrypted or int.from_bytes(header[68:72], "big") == APPLICATION_ID:
            return FileState(FileKind.DAMAGED, detail=str(error), encrypted=encrypted)
        return FileState(FileKind.NOT_SQLITE)
    if app_id == APPLICATION_ID:
        return FileState(FileKind.JOURNAL, revision, encrypted=encrypted)
    return FileState(FileKind.FOREIGN if tables else FileKind.MISSING)


def refuse_unusable(location: JournalLocation, state: FileState) -> None:
    """Raise the user-facing error for a file we must not open."""
    where = location.describe()
    if state.kind is FileKind.ENCRYPTED:
        how = (
            Problem.tr(
                "give its passphrase (run the command in a terminal, or set {variable} "
                "for a script)",
                variable=cipher.PASSPHRASE_ENV,
            )
            if cipher.available()
            else cipher.INSTALL_HINT
        )
        raise cipher.PassphraseNeededError(
            Problem.tr(
                "{where} is not a PartnerBook journal (it is not a database file).", where=where
            ),
            Problem.tr("If it is an encrypted journal: {how}. The file was not changed.", how=how),
        )
    if state.kind is FileKind.NOT_SQLITE:
        raise NotAJournalError(
            Problem.tr(
                "{where} is not a PartnerBook journal (it is not a database file).", where=where
            ),
            Problem.tr(
                "Check the path given to --db or PARTNERBOOK_DATABASE_URL. The "
                "file was not changed."
            ),
        )
    if state.kind is FileKind.DAMAGED:
        raise JournalDamagedError(
            damaged_message(where, Problem.tr("its structure cannot be read")), DAMAGED_HINT
        )
    if state.kind is FileKind.FOREIGN:
        raise NotAJournalError(
            Problem.tr(
                "{where} is a database of another application, not a PartnerBook journal.",
                where=where,
            ),
            Problem.tr(
                "Give the path of a PartnerBook journal, or a new file name to "
                "start one. The file was not changed."
            ),
        )
    if (
        state.kind is FileKind.JOURNAL
        and state.revision != HEAD
        and state.revision not in known_revisions()
    ):
        raise NewerJournalError(
            Problem.tr(
                "{where} was written by a newer version of PartnerBook (schema {revision}).",
                where=where,
                revision=state.revision or "unknown",
            ),
            Problem.tr("Update PartnerBook to open it. The file was not changed."),
        )


def open_journal(
    location: JournalLocation, *, create: bool = True, actor: str | None = None
) -> Journal:
    """Open (creating or upgrading as needed) the journal at ``location``."""
    state = FileState(FileKind.MISSING)
    if location.path is not None:
        state = inspect_file(location.path)
        refuse_unusable(location, state)
        if state.kind is FileKind.MISSING:
            if not create:
                raise StorageError(
                    Problem.tr("There is no journal at {path}.", path=location.path),
                    Problem.tr(
                        "Check the path, or run 'partnerbook demo' to create a sample journal."
                    ),
                )
            _make_parent(location.path)
        elif state.revision != head_revision():
            backup_before_upgrade(location.path, state.revision)
    engine = create_journal_engine(location)
    try:
        with translate_storage_errors(location), engine.connect() as connection:
            connection = connection.execution_options(partnerbook_write=True)
            if location.path is None:
                _refuse_newer_server_schema(location, connection)
            if state.kind is not FileKind.JOURNAL or state.revision != HEAD:
                # One transaction (BEGIN IMMEDIATE) for the whole upgrade, begun before
                # Alembic looks: it then reads the revision under the write lock and runs
                # every step inside (else each revision commits alone). Two processes
                # creating or upgrading one journal at once queue; the second finds it
                # done, instead of creating tables the first just made, and lets go of
                # the lock at once (not after starting Alembic: four terminals' first
                # notes on a new journal queue behind each other's).
                if not connection.in_transaction():
                    connection.begin()
                if _revision_under_lock(connection) != HEAD:
                    from alembic import command

                    command.upgrade(alembic_config(connection), "head")
            connection.commit()
    except BaseException:
        engine.dispose()
        raise
    return Journal(location, engine, actor if actor is not None else default_actor())


def _revision_under_lock(connection: Connection) -> str | None:
    """The journal's revision as another process may just have left it."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    found = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return str(found) if found is not None else None


def _refuse_newer_server_schema(location: JournalLocation, connection: Connection) -> None:
    if not inspect(connection).has_table("alembic_version"):
        return
    revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    if revision is not None and revision != HEAD and revision not in known_revisions():
        refuse_unusable(location, FileState(FileKind.JOURNAL, revision))


def _make_parent(path: Path) -> None:
    """The journal's folder (0700 when we make it) and the file itself, empty, 0600: SQLite
    gives the -wal and -shm it creates the journal's own mode."""
    try:
        make_private_dir(path.parent)
    except OSError as error:
        raise StorageError(
            Problem.tr(
                "Cannot create the folder {parent}: {detail}.",
                parent=path.parent,
                detail=error.strerror or error,
            ),
            Problem.tr("Choose a journal location you may write to (--db)."),
        ) from error
    try:
        create_private_file(path)
    except OSError as error:
        raise StorageError(
            Problem.tr(
                "Cannot create the journal {path}: {detail}.",
                path=path,
                detail=error.strerror or error,
            ),
            Problem.tr(
                "Check that you may write to the folder, or choose another location (--db)."
            ),
        ) from error


def backup_before_upgrade(path: Path, revision: str | None) -> Path:
    """A verified copy of the journal as it was, taken before any schema change."""
    from partnerbook.store.backup import backup_file

    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = backups_dir_for(path) / f"before-upgrade-{revision or 'none'}-{stamp}.sqlite"
    return backup_file(path, target)
