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
- SQLCipher stretches a passphrase into the file's key with PBKDF2, deliberately slow
  (some 100 ms), on every connection keyed with it. So this process stretches it once
  per file (``derive_key``: the same PBKDF2, with the file's salt, its first 16 bytes,
  read once with its shape) and opens every connection with that raw key
  (``PRAGMA key = "x'…'"``), checked by reading the schema, the passphrase's way when the
  raw key does not open the file. Raw keys are held like the passphrase: in this
  process's memory only (never in a file, a log or a message), dropped with it.
- A backup of an encrypted journal is written with the same key (the backup API between
  two keyed connections), so it is encrypted too and verified with that key.
- ``export_copy`` converts a file (plain to encrypted or back) with ``sqlcipher_export``.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import hmac
import os
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from sqlalchemy import Engine, event

from partnerbook.errors import NotAJournalError, UsageError
from partnerbook.messages import Problem

PASSPHRASE_ENV = "PARTNERBOOK_PASSPHRASE"
KEYRING_SERVICE = "PartnerBook"
SQLITE_HEADER = b"SQLite format 3\x00"
INSTALL_HINT = Problem.tr(
    "Encryption needs the optional package: pip install 'partnerbook[encryption]'"
)
WRONG_PASSPHRASE = Problem.tr("The passphrase does not open this journal.")


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
            raise PassphraseError(
                Problem.tr("The passphrase is empty."), Problem.tr("Type a passphrase.")
            )
        if "\x00" in value:
            raise PassphraseError(Problem.tr("A passphrase cannot contain a NUL character."))
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
        raise EncryptionUnavailableError(
            Problem.tr(
                "Encryption needs the optional package: pip install 'partnerbook[encryption]'."
            )
        )
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
_salts: dict[tuple[int, int], bytes] = {}  # the first 16 bytes of those that look encrypted
# (salt, passphrase) -> the raw key, hex: the passphrase stretched for that file, once.
_raw_keys: dict[tuple[bytes, str], str] = {}


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
            header = handle.read(16)
    except OSError:
        return False
    encrypted = header != SQLITE_HEADER
    with _known_lock:
        _shapes[inode] = encrypted
        if encrypted and len(header) == 16:
            _salts[inode] = header  # SQLCipher's salt: what the key is stretched with
    return encrypted


def remember(path: Path, passphrase: Passphrase) -> None:
    """Use ``passphrase`` for ``path`` from now on in this process (not checked here)."""
    with _known_lock:
        _known[_key_path(path)] = passphrase


def forget(path: Path) -> None:
    with _known_lock:
        gone = _known.pop(_key_path(path), None)
        if gone is not None and not any(p.matches(gone) for p in _known.values()):
            for entry in [e for e in _raw_keys if e[1] == gone.reveal()]:
                del _raw_keys[entry]  # no journal known here has that passphrase now


def forget_all() -> None:
    with _known_lock:
        _known.clear()
        _raw_keys.clear()


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
        raise PassphraseError(
            WRONG_PASSPHRASE, Problem.tr("Try again; the journal was not changed.")
        )
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

    def open_connection() -> Any:
        if query:
            return module.connect(
                f"{path.as_uri()}?{query}",
                uri=True,
                timeout=timeout,
                check_same_thread=check_same_thread,
            )
        return module.connect(path, timeout=timeout, check_same_thread=check_same_thread)

    connection: sqlite3.Connection = (
        open_connection() if passphrase is None else keyed(open_connection, passphrase, path)
    )
    return connection


def keyed(open_connection: Callable[[], Any], passphrase: Passphrase, path: Path | None) -> Any:
    """A connection from ``open_connection``, keyed before anything else runs on it: with
    the raw key of the file at ``path`` when its salt is known here (stretched from the
    passphrase once per file and process, checked on every connection by reading the
    schema), else with the passphrase (SQLCipher stretches it, on every connection)."""
    inode, salt = _salt_of(path) if path is not None else (None, None)
    connection = open_connection()
    try:
        if salt is not None:
            with _known_lock:
                cached = _raw_keys.get((salt, passphrase.reveal()))
            raw = cached or derive_key(passphrase, salt)
            if raw is not None:
                opened, found = _opens_with_raw_key(connection, raw)
                if opened and found == salt:
                    if cached is None:
                        with _known_lock:
                            _raw_keys[(salt, passphrase.reveal())] = raw
                    return connection
                # Not taken: a wrong passphrase (the passphrase's way then refuses it too),
                # or a salt that is no longer the file's (another file has the inode now:
                # learnt, so the next connection stretches the passphrase for that one).
                with _known_lock:
                    _raw_keys.pop((salt, passphrase.reveal()), None)
                    if found is not None and found != salt and inode is not None:
                        _salts[inode] = found
                connection.close()
                connection = open_connection()
        apply_key(connection, passphrase)
    except BaseException:
        connection.close()
        raise
    return connection


def _opens_with_raw_key(connection: Any, raw: str) -> tuple[bool, bytes | None]:
    """Key ``connection`` with the raw key (hex) and read the schema: whether that worked,
    and the file's salt (SQLCipher reads it from the file, right key or not). The caller
    takes the connection only with the salt the key was stretched for: on an empty file a
    raw key makes a new database, with a salt of its own, that the passphrase would never
    open. Not opened: the connection is of no use. What else fails (busy) is raised."""
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute(f"PRAGMA key = \"x'{raw}'\"")
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
        opened = True
    except OPERATIONAL_ERRORS:
        raise  # busy, locked, unreadable: as the first read of any connection would
    except DATABASE_ERRORS:
        opened = False  # "file is not a database": not its key
    try:
        row = connection.execute("PRAGMA cipher_salt").fetchone()
        return opened, bytes.fromhex(str(row[0])) if row and row[0] else None
    except DATABASE_ERRORS:
        return False, None
    except ValueError:  # not hex: not a salt
        return False, None


def _salt_of(path: Path) -> tuple[tuple[int, int] | None, bytes | None]:
    """The file's inode, and its salt if this process read its header (never read here:
    the file may be open in SQLite, see ``_shapes``). No salt for a file that is not whole
    pages (empty, new): a raw key would make a new database of it."""
    try:
        status = path.stat()
    except OSError:
        return None, None
    inode = (status.st_dev, status.st_ino)
    if status.st_size < 1024 or status.st_size % 512:
        return inode, None
    with _known_lock:
        return inode, _salts.get(inode)


@functools.cache
def _kdf() -> tuple[str, int] | None:
    """SQLCipher's stretching as it does it for a new key here (hash, iterations): PBKDF2
    with its defaults, which every journal encrypted here was written with."""
    names = {"PBKDF2_HMAC_SHA512": "sha512", "PBKDF2_HMAC_SHA256": "sha256"}
    names["PBKDF2_HMAC_SHA1"] = "sha1"
    connection = dbapi().connect(":memory:")
    try:
        algorithm = connection.execute("PRAGMA cipher_default_kdf_algorithm").fetchone()
        iterations = connection.execute("PRAGMA cipher_default_kdf_iter").fetchone()
    except DATABASE_ERRORS:
        return None
    finally:
        connection.close()
    name = names.get(str(algorithm[0])) if algorithm else None
    return None if name is None or not iterations else (name, int(iterations[0]))


def derive_key(passphrase: Passphrase, salt: bytes) -> str | None:
    """The raw key (hex) SQLCipher makes of ``passphrase`` for a file with ``salt``: the
    slow part of opening an encrypted journal, done once per file and process."""
    kdf = _kdf()
    if kdf is None or passphrase.reveal()[:2].lower() == "x'":
        return None  # SQLCipher takes "x'…'" for a raw key itself: left to it
    name, iterations = kdf
    key = hashlib.pbkdf2_hmac(name, passphrase.reveal().encode("utf-8"), salt, iterations, 32)
    return key.hex()


def apply_key(connection: Any, passphrase: Passphrase) -> None:
    """``PRAGMA key``, the first statement on a connection (SQLCipher's own logging, which
    writes decryption failures to stderr, off first). The pragma takes no parameters: the
    passphrase is quoted as an SQL string literal, which it cannot break out of. SQLCipher
    stretches it on this connection (``keyed`` uses the raw key where it can)."""
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute(f"PRAGMA key = {quote(passphrase.reveal())}")


def quote(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def install_key(engine: Engine, passphrase: Passphrase, path: Path | None = None) -> None:
    """Every connection of ``engine`` (made with ``module=dbapi()``) opens with the key
    applied before anything else reads the file (``do_connect`` makes the connection);
    with the raw key once stretched, when ``path`` says which file it is."""
    module = dbapi()

    def connect_with_key(_dialect: Any, _record: Any, cargs: Any, cparams: Any) -> Any:
        return keyed(lambda: module.connect(*cargs, **cparams), passphrase, path)

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
