"""Where the journal is, how connections are set up, and how sessions are handed out.

SQLite settings, and why:

- ``journal_mode=WAL``: readers never block the writer, so the GUI can read while a
  ``partnerbook note`` from a terminal writes.
- ``synchronous=FULL``: in WAL mode, NORMAL may lose the last committed transactions on
  a power cut or an OS crash. A note the user saw saved must survive that, and one fsync
  per capture costs milliseconds, so durability wins.
- ``foreign_keys=ON``: SQLite leaves it off by default.
- ``busy_timeout``: several processes share the file; wait for a writer instead of
  failing. Write transactions start with ``BEGIN IMMEDIATE`` so that two writers queue on
  the busy timeout instead of deadlocking when a reader upgrades to a writer.
"""

from __future__ import annotations

import getpass
import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import ModuleType
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from partnerbook.errors import DAMAGED_HINT, StorageError, UsageError, UserError, damaged_message
from partnerbook.messages import Problem
from partnerbook.store.base import Audited

log = logging.getLogger(__name__)
BUSY_TIMEOUT_MS = 10_000
_WRITE_OPTION = "partnerbook_write"
# The kinds of database with a search module (``search_index.backend_for``), and the key of
# a write session's info that names it. The index's code is imported at the first flush,
# not when a journal opens: a window's first paint reads, and needs none of it.
SEARCH_DIALECTS = frozenset({"sqlite"})
SEARCH_DIALECT = "partnerbook_search_backend"


@dataclass(frozen=True, slots=True)
class JournalLocation:
    """A journal: a SQLite file (``path`` set) or a database server URL."""

    url: URL
    path: Path | None

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    def describe(self) -> str:
        return str(self.path) if self.path else self.url.render_as_string(hide_password=True)


def resolve_location(value: str | Path) -> JournalLocation:
    """A path or a SQLAlchemy URL, as typed after ``--db`` or in PARTNERBOOK_DATABASE_URL."""
    text = str(value).strip()
    if not text:
        raise UsageError(
            Problem.tr("The database location is empty."), Problem.tr("Give a file path or a URL.")
        )
    if "://" in text:
        try:
            url = make_url(text)
        except ArgumentError as error:
            raise UsageError(
                Problem.tr("'{text}' is not a database URL.", text=text),
                Problem.tr(
                    "Use a file path, or a URL such as "
                    "sqlite:///path/journal.sqlite or "
                    "postgresql://user@host/partnerbook."
                ),
            ) from error
        if url.get_backend_name() == "sqlite":
            if not url.database or url.database == ":memory:":
                raise UsageError(
                    Problem.tr("An in-memory journal would be lost on exit."),
                    Problem.tr("Give a file."),
                )
            path = Path(url.database).expanduser().resolve()
            return JournalLocation(url.set(database=str(path)), path)
        _require_driver(url)
        return JournalLocation(url, None)
    path = Path(text).expanduser().resolve()
    if path.is_dir():
        raise UsageError(
            Problem.tr("'{path}' is a folder, not a journal file.", path=path),
            Problem.tr(
                "Give the path of a journal file, e.g. {example}", example=path / "journal.sqlite"
            ),
        )
    return JournalLocation(URL.create("sqlite", database=str(path)), path)


def _require_driver(url: URL) -> None:
    """A database server URL we can actually talk to: a known kind, its driver installed."""
    from sqlalchemy.exc import NoSuchModuleError

    try:
        dialect = url.get_dialect()
    except NoSuchModuleError as error:
        raise UsageError(
            Problem.tr(
                "'{drivername}' is not a kind of database PartnerBook can use.",
                drivername=url.drivername,
            ),
            Problem.tr("Give a journal file, or a URL such as postgresql://user@host/partnerbook."),
        ) from error
    try:
        dialect.import_dbapi()
    except ImportError as error:
        raise UsageError(
            Problem.tr(
                "The driver for {kind} databases is not installed ({detail}).",
                kind=url.get_backend_name(),
                detail=error.name or error,
            ),
            Problem.tr("Install it, e.g. pip install 'psycopg[binary]' for PostgreSQL."),
        ) from error


def _on_sqlite_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite's own is unreliable).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        _engage_wal(cursor)
        cursor.execute("PRAGMA synchronous = FULL")
    finally:
        cursor.close()


def _engage_wal(cursor: sqlite3.Cursor) -> str:
    """WAL, verified: SQLite answers with the mode it really took, and keeps the old one
    quietly where WAL cannot work (no shared memory: some network and sync filesystems,
    a VFS without it). Then the rollback journal, said in the log (once per connection:
    a handful a session), is the safe choice; the caller sets synchronous=FULL either way."""
    row = _switched_to_wal(cursor)
    mode = str(row[0]).lower() if row else ""
    if mode == "wal":
        return mode
    row = cursor.execute("PRAGMA journal_mode = DELETE").fetchone()
    fallback = str(row[0]).lower() if row else mode
    log.warning(
        "the journal could not use WAL (SQLite kept journal_mode=%s); using "
        "journal_mode=%s with synchronous=FULL instead: readers may wait for writers",
        mode or "unknown",
        fallback,
    )
    return fallback


def _switched_to_wal(cursor: sqlite3.Cursor) -> Any:
    """``PRAGMA journal_mode = WAL``, again after a moment while the file is locked.

    On a new, empty file the switch writes the file's header under an exclusive lock, and
    processes making one journal at once each try it: SQLite answers "locked" at once,
    without its busy wait, to one of two asking together (each holds what the other needs).
    Once a journal is in WAL this never waits."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            return cursor.execute("PRAGMA journal_mode = WAL").fetchone()
        except Exception as error:  # sqlite3's or sqlcipher3's OperationalError
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _on_sqlite_begin(connection: Any) -> None:
    immediate = connection.get_execution_options().get(_WRITE_OPTION, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def create_journal_engine(location: JournalLocation) -> Engine:
    """An engine with the pragmas above; no schema work happens here."""
    if location.is_sqlite:
        from partnerbook.store import cipher

        key = cipher.key_for(location.path) if location.path is not None else None
        engine = create_engine(
            location.url,
            connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
            **({"module": cipher.dbapi()} if key is not None else {}),
        )
        if key is not None:  # an encrypted journal: PRAGMA key before the pragmas below
            cipher.install_key(engine, key, location.path)
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
        return engine
    return create_engine(location.url, pool_pre_ping=True)


def _stamp_audit_columns(session: Session, _context: Any, _instances: Any) -> None:
    actor = session.info.get("actor", "")
    for obj in session.new:
        if isinstance(obj, Audited):
            obj.created_by = obj.created_by or actor
            obj.updated_by = actor
    for obj in session.dirty:
        if isinstance(obj, Audited) and session.is_modified(obj, include_collections=False):
            obj.updated_by = actor


def _index_after_flush(session: Session, context: Any) -> None:
    from partnerbook.store import search_index

    search_index.after_flush(session, context)


def _index_after_flush_postexec(session: Session, context: Any) -> None:
    from partnerbook.store import search_index

    search_index.after_flush_postexec(session, context)


def _last_contact_before_flush(session: Session, context: Any, instances: Any) -> None:
    from partnerbook.store import last_contact

    last_contact.before_flush(session, context, instances)


def _last_contact_after_flush(session: Session, context: Any) -> None:
    from partnerbook.store import last_contact

    last_contact.after_flush(session, context)


def _last_contact_after_flush_postexec(session: Session, context: Any) -> None:
    from partnerbook.store import last_contact

    last_contact.after_flush_postexec(session, context)


def default_actor() -> str:
    """Who writes: the operating system user, until settings name someone else."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


class Journal:
    """An open journal: the engine and the sessions services work in.

    ``read()`` gives a session for queries; ``write()`` a session in one short
    transaction, committed on success and rolled back on any error.
    """

    def __init__(self, location: JournalLocation, engine: Engine, actor: str) -> None:
        self.location = location
        self.engine = engine
        self.actor = actor
        self._reader = sessionmaker(engine, expire_on_commit=False, info={"actor": actor})
        write_engine = engine.execution_options(**{_WRITE_OPTION: True})
        self._writer = sessionmaker(write_engine, expire_on_commit=False, info={"actor": actor})
        event.listen(self._writer, "before_flush", _stamp_audit_columns)
        # Everyone's last contact kept exact on every write, whatever the database.
        event.listen(self._writer, "before_flush", _last_contact_before_flush)
        event.listen(self._writer, "after_flush", _last_contact_after_flush)
        event.listen(self._writer, "after_flush_postexec", _last_contact_after_flush_postexec)
        if engine.dialect.name in SEARCH_DIALECTS:  # the index is kept current on every write
            self._writer.kw["info"][SEARCH_DIALECT] = engine.dialect.name
            event.listen(self._writer, "after_flush", _index_after_flush)
            event.listen(self._writer, "after_flush_postexec", _index_after_flush_postexec)
        # Told of every StorageError a read or write raises, whoever catches it afterwards
        # (the window offers the latest good backup when the journal turns out damaged).
        self.storage_listeners: list[Callable[[StorageError], None]] = []
        self._watch: sqlite3.Connection | None = None  # change_counter's own connection
        self._watch_lock = threading.Lock()
        self._explained: int | None = None  # the counter our own writes account for

    @property
    def search(self) -> ModuleType | None:
        """The search module of this kind of database (None where there is none yet),
        loaded on first use: opening a journal does not need it."""
        from partnerbook.store.search_index import backend_for

        return backend_for(self.engine.dialect.name)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._told(), translate_storage_errors(self.location), self._reader() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        with (
            self._told(),
            translate_storage_errors(self.location),
            self._writer() as session,
            session.begin(),
        ):
            before = self._counter_under_lock(session)
            yield session
        self._committed(before)

    @contextmanager
    def _told(self) -> Iterator[None]:
        try:
            yield
        except StorageError as error:
            for listener in list(self.storage_listeners):
                listener(error)
            raise

    def now(self) -> datetime:
        from partnerbook.store.base import utcnow

        return utcnow()

    def change_counter(self) -> int | None:
        """A number that moves when another connection commits (another process, or this
        one's other connections): SQLite's ``PRAGMA data_version`` on a read-only
        connection of its own, kept open (the value is per connection; one pragma, no
        table read). None where the database has no such thing."""
        if self.location.path is None or not self.location.is_sqlite:
            return None
        with self._watch_lock, translate_storage_errors(self.location):
            if self._watch is None:
                from partnerbook.store import cipher  # keyed when the journal is encrypted

                self._watch = cipher.connect(
                    self.location.path,
                    "mode=ro",
                    timeout=BUSY_TIMEOUT_MS / 1000,
                    check_same_thread=False,
                )
            row = self._watch.execute("PRAGMA data_version").fetchone()
        return int(row[0])

    def changed_elsewhere(self) -> bool | None:
        """Did anyone but this Journal's own writes commit since the last call? (None: not
        knowable here.) Each write reads the counter once it holds the write lock and again
        after its commit: when nothing foreign came before it, its own move is explained."""
        counter = self.change_counter()
        if counter is None:
            return None
        foreign = counter != self._explained
        self._explained = counter
        return foreign

    def _counter_under_lock(self, session: Session) -> int | None:
        if self._explained is None:  # nobody watches: no cost
            return None
        session.connection()  # BEGIN IMMEDIATE: no one else can commit until we do
        return self.change_counter()

    def _committed(self, before: int | None) -> None:
        if before is not None and before == self._explained:
            self._explained = self.change_counter()

    def close(self) -> None:
        if self._watch is not None:
            self._watch.close()
            self._watch = None
        self.engine.dispose()


@contextmanager
def translate_storage_errors(location: JournalLocation) -> Iterator[None]:
    """Turn the disk's refusals into messages that say what to do."""
    try:
        yield
    except OperationalError as error:
        raise storage_error_for(error, location) from error
    except _OPERATIONAL_ERRORS as error:  # sqlite3's, or sqlcipher3's for an encrypted file
        raise storage_error_for(error, location) from error
    except _DATABASE_ERRORS as error:
        # A damaged page reads as DatabaseError ("database disk image is malformed"), not
        # OperationalError; an IntegrityError (also a DatabaseError) is not the disk's.
        if not _is_damage(error):
            raise
        raise storage_error_for(error, location) from error
    except StaleDataError as error:
        # Optimistic concurrency (``version_id_col``): another writer saved this row
        # since it was read. SQLite's BEGIN IMMEDIATE makes that rare; a server's plain
        # transactions do not. Never a traceback: say it, and that nothing was saved.
        raise UserError(
            Problem.tr(
                "This was changed in another window or program meanwhile; your "
                "change was not saved."
            ),
            Problem.tr(
                "Look at it again (it now shows the other change), then make your change again."
            ),
        ) from error


def _driver_errors() -> tuple[tuple[type[Exception], ...], tuple[type[Exception], ...]]:
    from partnerbook.store import cipher

    return cipher.OPERATIONAL_ERRORS, cipher.DATABASE_ERRORS


_OPERATIONAL_ERRORS, _DRIVER_DATABASE_ERRORS = _driver_errors()
_DATABASE_ERRORS: tuple[type[Exception], ...] = (DatabaseError, *_DRIVER_DATABASE_ERRORS)


def _is_damage(error: Exception) -> bool:
    text = str(error).lower()
    return "malformed" in text or "not a database" in text or "disk i/o error" in text


NEARLY_FULL_BYTES = 16 * 1024 * 1024


def _nearly_full(location: JournalLocation) -> bool:
    """Too little space left beside the journal for a transaction and its -wal to grow."""
    if location.path is None:
        return False
    import shutil

    try:
        return shutil.disk_usage(location.path.parent).free < NEARLY_FULL_BYTES
    except OSError:  # the drive is gone: an I/O error it is
        return False


def storage_error_for(error: Exception, location: JournalLocation) -> StorageError:
    text = str(error).lower()
    where = location.describe()
    if "disk i/o error" in text and _nearly_full(location):
        text = "database or disk is full"  # SQLite says I/O error when the -shm cannot grow
    if "disk is full" in text or "database or disk is full" in text:
        return StorageError(
            Problem.tr("The disk holding {where} is full; nothing was saved.", where=where),
            Problem.tr("Free some space, then try again. What was saved before is safe."),
            kind="full",
        )
    if "readonly" in text or "read-only" in text:
        return StorageError(
            Problem.tr("The journal {where} is read-only; nothing was saved.", where=where),
            Problem.tr(
                "Check the permissions of the file and its folder, or move it somewhere writable."
            ),
            kind="read_only",
        )
    if "unable to open" in text:
        return StorageError(
            Problem.tr("The journal {where} cannot be opened.", where=where),
            Problem.tr(
                "Check that the drive is connected and that you may read and write the folder."
            ),
            kind="unreachable",
        )
    if "locked" in text or "busy" in text:
        return StorageError(
            Problem.tr(
                "The journal {where} stayed busy for too long; nothing was saved.", where=where
            ),
            Problem.tr("Another program is writing to it. Try again in a moment."),
            kind="busy",
        )
    if "disk i/o error" in text:
        return StorageError(
            Problem.tr(
                "Reading or writing {where} failed (disk I/O error); nothing was saved.",
                where=where,
            ),
            Problem.tr("Check the drive, then run 'partnerbook check'."),
            kind="io",
        )
    if "malformed" in text or "not a database" in text:
        return StorageError(
            damaged_message(where),
            DAMAGED_HINT,
            kind="damaged",
        )
    return StorageError(
        Problem.tr("The database {where} refused the operation: {error}", where=where, error=error)
    )
