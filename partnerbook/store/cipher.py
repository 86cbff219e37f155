"""Encryption at rest: a journal encrypted with a passphrase through SQLCipher.

Optional (``pip install 'partnerbook[encryption]'``: ``sqlcipher3`` and ``keyring``);
without it everything else works and an encrypted file is simply not opened.

- An encrypted journal is a file whose first 16 bytes are not "SQLite format 3\\0" (they
  are SQLCipher's salt) and that a passphrase known to this process opens. Nothing can
  be read from it without the passphrase, not even whether it is ours.
- The passphrase lives in memory only, in a ``Passphrase`` (whose ``repr`` hides it),
  registered for the journal's path in this process (``unlock``); optionally in the OS
  keyring when the user asks for it. Never in settings, logs, URLs or messages.
- Every connection to an encrypted file is a ``sqlcipher3`` connection on which
  ``PRAGMA key`` runs first (``connect``; ``install_key`` for an engine), before any other
  statement: the pragmas (WAL and so on) then work as on a plain file.
- A backup of an encrypted journal is written with the same key (the backup API between
  two keyed connections), so it is encrypted too and verified with that key.
- ``export_copy`` converts a file (plain to encrypted or back) with ``sqlcipher_export``.
"""

from __future__ import annotations

import contextlib
import hmac
import os
import sqlite3
import threading
from pathlib import Path
from types import ModuleType
from typing import Any

from sqlalchemy import Engine, event

from partnerbook.errors import NotAJournalError, UsageError

PASSPHRASE_ENV = "PARTNERBOOK_PASSPHRASE"
KEYRING_SERVICE = "PartnerBook"
SQLITE_HEADER = b"SQLite format 3\x00"
INSTALL_HINT = "Encryption needs the optional package: pip install 'partnerbook[encryption]'"
WRONG_PASSPHRASE = "The passphrase does not open this journal."


class EncryptionUnavailableError(UsageError):
    """The optional sqlcipher3 package is not installed."""


class PassphraseError(UsageError):
    """A passphrase that does not open the journal (or that cannot be one)."""


class PassphraseNeededError(NotAJournalError):
    """An encrypted-looking file and no passphrase for it. Random bytes look the same as an
    encrypted journal, so the refusal says both."""


class Passphrase:
    """A passphrase held in memory: never shown by ``repr``/``str``, never pickled."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        if not value:
            raise PassphraseError("The passphrase is empty.", "Type a passphrase.")
        if "\x00" in value:
            raise PassphraseError("A passphrase cannot contain a NUL character.")
        self._value = value

    def reveal(self) -> str:
        return self._value

    def matches(self, other: Passphrase) -> bool:
        return hmac.compare_digest(self._value.encode(), other._value.encode())

    def __repr__(self) -> str:
        return "Passphrase(hidden)"

    __str__ = __repr__

    def __reduce__(self) -> Any:
        raise TypeError("a passphrase is not pickled")


def _load() -> ModuleType | None:
    import importlib

    try:
        return importlib.import_module("sqlcipher3.dbapi2")
    except ImportError:
        return None


_DBAPI = _load()


def available() -> bool:
    return _DBAPI is not None


def dbapi() -> ModuleType:
    if _DBAPI is None:
        raise EncryptionUnavailableError(INSTALL_HINT + ".")
    return _DBAPI


# What connections raise: the sqlite3 module's errors, and sqlcipher3's (its own classes).
_CIPHER_MODULES: tuple[ModuleType, ...] = (sqlite3,) if _DBAPI is None else (sqlite3, _DBAPI)
ERRORS: tuple[type[Exception], ...] = tuple(m.Error for m in _CIPHER_MODULES)
DATABASE_ERRORS: tuple[type[Exception], ...] = tuple(m.DatabaseError for m in _CIPHER_MODULES)
OPERATIONAL_ERRORS: tuple[type[Exception], ...] = tuple(m.OperationalError for m in _CIPHER_MODULES)

# --- which file has which passphrase (this process only, in memory) ----------------------

_known: dict[Path, Passphrase] = {}
_known_lock = threading.Lock()


# What each file (by device and inode) was found to be, read once per process. Reading
# the header again while SQLite has the file open would be dangerous: closing any file
# descriptor of a file drops every POSIX lock this process holds on it, SQLite's included,
# so another process could take the journal for unused, checkpoint it and delete its
# -wal and -shm under our connections (the window then stops seeing other writers, and
# worse). A file replaced by a rename (encrypt, decrypt, restore) is a new inode.
_shapes: dict[tuple[int, int], bool] = {}


def looks_encrypted(path: Path) -> bool:
    """Not plain SQLite, but shaped like a database: whole pages (SQLCipher's are 4096
    bytes, the smallest SQLite page is 512). A text file is not; random bytes are."""
    try:
        status = path.stat()
    except OSError:
        return False
    if status.st_size < 1024 or status.st_size % 512:
        return False
    inode = (status.st_dev, status.st_ino)
    with _known_lock:
        known = _shapes.get(inode)
    if known is not None:
        return known
    try:
        with path.open("rb") as handle:
            encrypted = handle.read(16) != SQLITE_HEADER
    except OSError:
        return False
    with _known_lock:
        _shapes[inode] = encrypted
    return encrypted


def remember(path: Path, passphrase: Passphrase) -> None:
    """Use ``passphrase`` for ``path`` from now on in this process (not checked here)."""
    with _known_lock:
        _known[_key_path(path)] = passphrase


def forget(path: Path) -> None:
    with _known_lock:
        _known.pop(_key_path(path), None)


def forget_all() -> None:
    with _known_lock:
        _known.clear()


def key_for(path: Path) -> Passphrase | None:
    """The passphrase to open ``path`` with: None for a plain (or missing) file, or for an
    encrypted one that no passphrase known here opens. A file with no passphrase of its
    own (a backup of an encrypted journal, a temporary copy) is tried with the known ones."""
    with _known_lock:
        own = _known.get(_key_path(path))
        others = [p for p in _known.values() if own is None or not p.matches(own)]
    if own is not None:
        return own
    if not others:  # no passphrase known here: nothing to try, and no need to read the file
        return None
    if not looks_encrypted(path):
        return None
    for candidate in others:
        if opens(path, candidate):
            remember(path, candidate)
            return candidate
    return None


def unlock(path: Path, passphrase: Passphrase) -> None:
    """Check that ``passphrase`` opens the journal at ``path`` and keep it for this process.
    A wrong one is refused; the file is only read."""
    dbapi()
    if not opens(path, passphrase):
        raise PassphraseError(WRONG_PASSPHRASE, "Try again; the journal was not changed.")
    remember(path, passphrase)


def opens(path: Path, passphrase: Passphrase) -> bool:
    """Does ``passphrase`` open ``path``? Looks read-only, leaving nothing beside it."""
    module = dbapi()
    try:
        connection = connect(path, _peek_query(path), key=passphrase)
    except module.Error:
        return False
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except module.DatabaseError:
        return False
    finally:
        connection.close()
    return True


def _peek_query(path: Path) -> str:
    has_wal = path.with_name(path.name + "-wal").exists()
    return "mode=ro" if has_wal else "mode=ro&immutable=1"


def _key_path(path: Path) -> Path:
    return path.expanduser().resolve()


# --- connections ---------------------------------------------------------------------------

_AUTO: Any = object()


def connect(
    path: Path,
    query: str = "",
    *,
    key: Passphrase | None = _AUTO,
    timeout: float = 10.0,
    check_same_thread: bool = True,
) -> sqlite3.Connection:
    """A DB-API connection to ``path`` (``query``: URI parameters such as ``mode=ro``):
    sqlite3 for a plain file, sqlcipher3 with the key applied first for an encrypted one
    (``key`` given, or the one known for the file)."""
    passphrase = key_for(path) if key is _AUTO else key
    module: ModuleType = sqlite3 if passphrase is None else dbapi()
    connection: sqlite3.Connection
    if query:
        connection = module.connect(
            f"{path.as_uri()}?{query}",
            uri=True,
            timeout=timeout,
            check_same_thread=check_same_thread,
        )
    else:
        connection = module.connect(path, timeout=timeout, check_same_thread=check_same_thread)
    if passphrase is not None:
        try:
            apply_key(connection, passphrase)
        except BaseException:
            connection.close()
            raise
    return connection


def apply_key(connection: Any, passphrase: Passphrase) -> None:
    """``PRAGMA key``, the first statement on a connection (SQLCipher's own logging, which
    writes decryption failures to stderr, off first). The pragma takes no parameters: the
    passphrase is quoted as an SQL string literal, which it cannot break out of."""
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute(f"PRAGMA key = {quote(passphrase.reveal())}")


def quote(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def install_key(engine: Engine, passphrase: Passphrase) -> None:
    """Every connection of ``engine`` (made with ``module=dbapi()``) opens with the key
    applied before anything else reads the file (``do_connect`` makes the connection)."""
    module = dbapi()

    def connect_with_key(_dialect: Any, _record: Any, cargs: Any, cparams: Any) -> Any:
        connection = module.connect(*cargs, **cparams)
        try:
            apply_key(connection, passphrase)
        except BaseException:
            connection.close()
            raise
        return connection

    event.listen(engine, "do_connect", connect_with_key)


# --- converting a file -----------------------------------------------------------------------


def export_copy(
    source: Path, target: Path, source_key: Passphrase | None, target_key: Passphrase | None
) -> None:
    """Write the whole database at ``source`` into the new file ``target`` with
    ``sqlcipher_export`` (keys may differ: this is how a journal is encrypted or
    decrypted), inside one read transaction on the source, so the copy is consistent.
    The header fields sqlcipher_export leaves behind (application id, user version) are
    copied too."""
    module = dbapi()
    connection = module.connect(source, timeout=30)
    try:
        connection.isolation_level = None
        if source_key is not None:
            apply_key(connection, source_key)
        else:
            connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(
            "ATTACH DATABASE ? AS converted KEY ?",
            (str(target), target_key.reveal() if target_key is not None else ""),
        )
        try:
            connection.execute("BEGIN IMMEDIATE")  # no writer slips in during the export
            try:
                app_id = connection.execute("PRAGMA main.application_id").fetchone()[0]
                version = connection.execute("PRAGMA main.user_version").fetchone()[0]
                connection.execute("SELECT sqlcipher_export('converted')").fetchone()
                connection.execute(f"PRAGMA converted.application_id = {int(app_id)}")
                connection.execute(f"PRAGMA converted.user_version = {int(version)}")
                connection.execute("COMMIT")
            except BaseException:
                connection.execute("ROLLBACK")
                raise
        finally:
            connection.execute("DETACH DATABASE converted")
    finally:
        connection.close()


def table_counts(path: Path, key: Passphrase | None) -> dict[str, int]:
    """Rows in every table of the file (what a converted copy must have the same of)."""
    connection = connect(path, "mode=ro", key=key)
    try:
        names = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {
            name: int(
                connection.execute(f"SELECT count(*) FROM {quote_identifier(name)}").fetchone()[0]
            )
            for name in names
        }
    finally:
        connection.close()


def quote_identifier(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


# --- the OS keyring ("Remember on this computer") ---------------------------------------------


def keyring_get(path: Path) -> Passphrase | None:
    """The passphrase remembered for the journal at ``path`` in the OS keyring, if any
    (no keyring package, no keyring service, nothing stored: None)."""
    try:
        import keyring

        value = keyring.get_password(KEYRING_SERVICE, str(_key_path(path)))
    except Exception:  # no backend, a locked keyring, a D-Bus failure: ask instead
        return None
    if not value:
        return None
    try:
        return Passphrase(value)
    except PassphraseError:
        return None


def keyring_set(path: Path, passphrase: Passphrase) -> bool:
    """Remember the passphrase in the OS keyring; False when that is not possible."""
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, str(_key_path(path)), passphrase.reveal())
    except Exception:
        return False
    return True


def keyring_delete(path: Path) -> None:
    with contextlib.suppress(Exception):
        import keyring

        keyring.delete_password(KEYRING_SERVICE, str(_key_path(path)))


def passphrase_from_environment() -> Passphrase | None:
    """PARTNERBOOK_PASSPHRASE: a convenience for scripts and tests (the environment of a
    process can be read by the same user; a terminal prompt is safer)."""
    value = os.environ.get(PASSPHRASE_ENV)
    return Passphrase(value) if value else None
