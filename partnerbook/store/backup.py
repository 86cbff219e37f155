"""Backups: consistent, verified, rotated; and restore that never loses the current journal.

Backups use SQLite's online backup API from a separate read-only connection, in one
step (``pages=-1``): a step-wise backup restarts every time another connection writes,
and can retry forever while the GUI keeps writing. The one step is bounded too: a timer
interrupts it after ``timeout`` seconds. Every backup is written to a temporary file,
checked (``integrity_check`` and our application id), then renamed into place, so a
file named like a backup is always a good one.
"""

from __future__ import annotations

import contextlib
import glob
import os
import threading
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from partnerbook.errors import JournalDamagedError, StorageError
from partnerbook.messages import Problem
from partnerbook.paths import create_private_file, make_private_dir
from partnerbook.store import cipher

BACKUP_TIMEOUT_S = 60.0
STALE_PARTIAL_S = 4 * BACKUP_TIMEOUT_S  # older than any backup still running
AUTO_PREFIX = "auto-"
DAMAGED_PREFIX = "damaged-"  # a damaged journal moved aside, kept for rescue
BACKUP_SUFFIX = ".sqlite"
_WRITE_ERRORS: tuple[type[Exception], ...] = (*cipher.OPERATIONAL_ERRORS, OSError)


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    created: datetime
    size: int


def backup_file(source: Path, target: Path, timeout: float = BACKUP_TIMEOUT_S) -> Path:
    """Copy the journal at ``source`` to ``target`` (verified, atomic)."""
    from partnerbook.store.migrate import read_only_connect

    # A temporary name of its own: two backups to one target at once (two `note`s'
    # daily backup in the same second) must not write, verify or rename each other's file.
    partial = target.with_name(f"{target.name}.{uuid.uuid4().hex[:12]}.partial")
    try:
        make_private_dir(target.parent)
        _remove_leftovers(target)  # of backups that were cut short: never good copies
        create_private_file(partial)  # 0600, like the journal it copies
    except OSError as error:
        raise _storage_error(target, error) from error
    key = cipher.key_for(source)  # an encrypted journal's backup has the same key
    try:
        src = read_only_connect(source)
    except cipher.ERRORS as error:
        raise StorageError(
            Problem.tr("Cannot read {source} to back it up: {error}.", source=source, error=error)
        ) from error
    timer = threading.Timer(timeout, src.interrupt)
    try:
        dst = cipher.connect(partial, key=key)
        try:
            timer.start()
            src.backup(dst, pages=-1)
            dst.execute("PRAGMA journal_mode = DELETE")  # a backup is a single self-contained file
        finally:
            timer.cancel()
            dst.close()
    except cipher.OPERATIONAL_ERRORS as error:
        _remove_quietly(partial)
        if "interrupt" in str(error).lower():
            raise StorageError(
                Problem.tr(
                    "Backing up {source} took longer than {timeout} s and was stopped.",
                    source=source,
                    timeout=f"{timeout:.0f}",
                ),
                Problem.tr("Another program kept the journal busy. Try again in a moment."),
            ) from error
        raise _storage_error(target, error) from error
    except cipher.ERRORS as error:
        _remove_quietly(partial)
        raise JournalDamagedError(
            Problem.tr(
                "The journal {source} could not be read completely: {error}.",
                source=source,
                error=error,
            ),
            Problem.tr("Run 'partnerbook check' and restore the latest good backup."),
        ) from error
    finally:
        src.close()
    if key is not None:
        cipher.remember(partial, key)
    try:
        problems = verify_backup(partial)
    finally:
        cipher.forget(partial)
    if problems:
        _remove_quietly(partial)
        raise JournalDamagedError(
            Problem.tr(
                "The backup of {source} failed its check: {problem}",
                source=source,
                problem=problems[0],
            ),
            Problem.tr("The journal may be damaged: run 'partnerbook check'."),
        )
    _fsync(partial)
    partial.replace(target)
    _fsync_dir(target.parent)
    if key is not None:
        cipher.remember(target, key)
    return target


def verify_backup(path: Path) -> list[str]:
    """Problems found in a backup file (empty when it is a good journal)."""
    from partnerbook.store.migrate import APPLICATION_ID, read_only_connect

    try:
        connection = read_only_connect(path)
        try:
            result = [row[0] for row in connection.execute("PRAGMA integrity_check")]
            app_id = connection.execute("PRAGMA application_id").fetchone()[0]
        finally:
            connection.close()
    except cipher.ERRORS as error:
        return [Problem.tr("cannot be read as a database ({error})", error=error)]
    problems = [] if result == ["ok"] else result
    if app_id != APPLICATION_ID:
        problems.append(Problem.tr("it is not a PartnerBook journal"))
    return problems


def list_backups(directory: Path) -> list[BackupInfo]:
    """Backups in ``directory``, newest first."""
    if not directory.is_dir():
        return []
    found = []
    for path in directory.glob("*" + BACKUP_SUFFIX):
        stat = path.stat()
        found.append(BackupInfo(path, datetime.fromtimestamp(stat.st_mtime, UTC), stat.st_size))
    return sorted(found, key=lambda info: info.created, reverse=True)


def latest_good_backup(directory: Path) -> BackupInfo | None:
    """The newest backup in ``directory`` that passes verification (a damaged journal
    moved aside there is never one, whatever its check says)."""
    for info in list_backups(directory):
        if info.path.name.startswith(DAMAGED_PREFIX):
            continue
        if not verify_backup(info.path):
            return info
    return None


def auto_backup(
    source: Path,
    directory: Path,
    keep: int = 10,
    every: timedelta = timedelta(days=1),
    now: datetime | None = None,
) -> Path | None:
    """The daily rotating backup: make one if the newest is older than ``every``."""
    now = now or datetime.now(UTC)
    autos = [info for info in list_backups(directory) if info.path.name.startswith(AUTO_PREFIX)]
    if autos and now - autos[0].created < every:
        return None
    target = directory / f"{AUTO_PREFIX}{now.strftime('%Y%m%d-%H%M%S')}{BACKUP_SUFFIX}"
    made = backup_file(source, target)
    prune_backups(directory, keep)
    return made


def prune_backups(directory: Path, keep: int) -> list[Path]:
    """Delete automatic backups beyond the newest ``keep``; manual ones are the user's."""
    autos = [info for info in list_backups(directory) if info.path.name.startswith(AUTO_PREFIX)]
    removed = []
    for info in autos[max(keep, 1) :]:
        _remove_quietly(info.path)
        removed.append(info.path)
    return removed


def restore_into(backup: Path, journal: Path) -> None:
    """Replace the journal's content with the backup's, through SQLite, in one transaction.

    Copying files over a live WAL journal would mix the old ``-wal`` into the new file;
    the backup API writes through SQLite and keeps the journal consistent throughout.
    """
    from partnerbook.store.migrate import read_only_connect

    key = cipher.key_for(backup)
    current = cipher.key_for(journal)
    if (key is None) != (current is None) or (
        key is not None and current is not None and not key.matches(current)
    ):
        # Encrypted over plain or the other way (SQLite's backup API copies pages only
        # between files of one key): a copy with the backup's key replaces the file.
        _replace_with_copy(backup, journal, key)
        return
    src = read_only_connect(backup)
    try:
        create_private_file(journal)
        dst = cipher.connect(journal, key=key, timeout=30)
        try:
            dst.execute("PRAGMA busy_timeout = 30000")
            src.backup(dst, pages=-1)
            dst.execute("PRAGMA journal_mode = WAL")
        finally:
            dst.close()
    except _WRITE_ERRORS as error:
        raise _storage_error(journal, error) from error
    finally:
        src.close()


def _replace_with_copy(backup: Path, journal: Path, key: cipher.Passphrase | None) -> None:
    """The journal's file replaced whole by a copy of ``backup`` (its -wal and -shm, of the
    file replaced, removed first: they must not mix into the new one). The caller saved
    the journal as it was."""
    from partnerbook.store.migrate import read_only_connect

    copy = journal.with_name(f"{journal.name}.{uuid.uuid4().hex[:12]}.restoring")
    try:
        create_private_file(copy)
        src = read_only_connect(backup)
        try:
            dst = cipher.connect(copy, key=key, timeout=30)
            try:
                src.backup(dst, pages=-1)
            finally:
                dst.close()
        finally:
            src.close()
        _fsync(copy)
        for suffix in ("-wal", "-shm"):
            journal.with_name(journal.name + suffix).unlink(missing_ok=True)
        copy.replace(journal)
        _fsync_dir(journal.parent)
    except _WRITE_ERRORS as error:
        _remove_quietly(copy)
        raise _storage_error(journal, error) from error
    if key is None:
        cipher.forget(journal)
    else:
        cipher.remember(journal, key)


def _storage_error(path: Path, error: BaseException) -> StorageError:
    text = str(error).lower()
    if isinstance(error, OSError) and error.strerror:
        text = error.strerror.lower()
    if "full" in text or "no space" in text:
        return StorageError(
            Problem.tr("The disk is full; {path} could not be written.", path=path),
            Problem.tr("Free some space and try again. The journal itself was not changed."),
        )
    if "read-only" in text or "readonly" in text or "permission" in text:
        return StorageError(
            Problem.tr("{path} cannot be written (read-only or permission denied).", path=path),
            Problem.tr("Choose a folder you may write to."),
        )
    return StorageError(Problem.tr("Writing {path} failed: {error}.", path=path, error=error))


def _remove_leftovers(target: Path) -> None:
    """Temporary files of earlier backups to ``target`` that were killed halfway (a
    running one is younger than its timeout; its file is touched as it is written)."""
    now = time.time()
    for leftover in target.parent.glob(glob.escape(target.name) + ".*partial*"):
        with contextlib.suppress(OSError):
            if now - leftover.stat().st_mtime > STALE_PARTIAL_S:
                leftover.unlink()


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def _fsync(path: Path) -> None:
    with path.open("rb") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(directory: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
