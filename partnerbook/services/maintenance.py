"""Keeping the journal safe: check, back up, restore, and the daily automatic backup."""

from __future__ import annotations

import logging
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select

from partnerbook.domain.types import JournalStats
from partnerbook.errors import (
    JournalDamagedError,
    JournalLockedError,
    NotAJournalError,
    StorageError,
    UsageError,
    UserError,
)
from partnerbook.messages import Problem
from partnerbook.paths import backups_dir_for, make_private_dir
from partnerbook.settings import DEFAULT_KEEP_BACKUPS
from partnerbook.store import cipher
from partnerbook.store.backup import (
    DAMAGED_PREFIX,
    BackupInfo,
    auto_backup,
    backup_file,
    latest_good_backup,
    restore_into,
    verify_backup,
)
from partnerbook.store.check import CheckReport, check_journal
from partnerbook.store.engine import Journal, JournalLocation
from partnerbook.store.lock import JournalLock
from partnerbook.store.migrate import FileKind, inspect_file, open_journal, refuse_unusable
from partnerbook.store.models import Entry, Partner, Person

log = logging.getLogger(__name__)
_BACKUP_FAILURES: tuple[type[Exception], ...] = (UserError, OSError, *cipher.ERRORS)


@dataclass(frozen=True, slots=True)
class RestoreResult:
    restored_from: Path
    previous_saved_to: Path | None
    stats: JournalStats


def _require_file(location: JournalLocation, action: str) -> Path:
    if location.path is None:
        raise UsageError(
            Problem.tr(
                "'{action}' works on a journal file; {location} is a database server.",
                action=action,
                location=location.describe(),
            ),
            Problem.tr("Use the server's own backup tools (for PostgreSQL: pg_dump)."),
        )
    return location.path


def run_check(location: JournalLocation, already_open: bool = False) -> CheckReport:
    return check_journal(location, already_open=already_open)


def default_backup_name(journal: Path, now: datetime | None = None) -> Path:
    stamp = (now or datetime.now(UTC)).astimezone().strftime("%Y%m%d-%H%M%S")
    return backups_dir_for(journal) / f"manual-{stamp}.sqlite"


def make_backup(
    location: JournalLocation, target: Path | None = None, already_open: bool = False
) -> Path:
    """A verified copy of the journal, written atomically to ``target``.

    ``already_open``: this process has the journal open (the window), so it is known to be
    ours, and it must not be looked at with a file handle of our own (closing one drops
    SQLite's POSIX locks on the file: see store/check.py)."""
    journal = _require_file(location, "backup")
    if not already_open:
        state = inspect_file(journal)
        if state.kind is FileKind.MISSING:
            raise StorageError(
                Problem.tr("There is no journal at {journal} to back up.", journal=journal)
            )
        refuse_unusable(location, state)
    target = (target or default_backup_name(journal)).expanduser().resolve()
    if target.is_dir():
        target = target / default_backup_name(journal).name
    if target == journal:
        raise UsageError(
            Problem.tr("The backup cannot overwrite the journal itself."),
            Problem.tr("Choose another file."),
        )
    return backup_file(journal, target)


def restore_backup(location: JournalLocation, backup: Path) -> RestoreResult:
    """Replace the journal with ``backup``, keeping a copy of the current journal first."""
    journal = _require_file(location, "restore")
    backup = backup.expanduser().resolve()
    if not backup.is_file():
        raise UsageError(
            Problem.tr("There is no file {backup}.", backup=backup),
            Problem.tr("Give the path of a backup file."),
        )
    if backup == journal:
        raise UsageError(
            Problem.tr("That file is the journal itself."),
            Problem.tr("Give the path of a backup file."),
        )
    backup_state = inspect_file(backup)
    if backup_state.kind is not FileKind.JOURNAL:
        raise NotAJournalError(
            Problem.tr("{backup} is not a PartnerBook backup.", backup=backup),
            Problem.tr(
                "Give a file made by 'partnerbook backup' or found in the backups "
                "folder. Nothing was changed."
            ),
        )
    refuse_unusable(JournalLocation(location.url.set(database=str(backup)), backup), backup_state)
    problems = verify_backup(backup)
    if problems:
        raise NotAJournalError(
            Problem.tr("{backup} is damaged: {problem}", backup=backup, problem=problems[0]),
            Problem.tr("Choose another backup. Nothing was changed."),
        )
    if JournalLock(journal).is_locked_elsewhere():
        raise JournalLockedError(
            Problem.tr("The journal is open in a PartnerBook window."),
            Problem.tr("Close the window, then restore again. Nothing was changed."),
        )
    previous = None
    current = inspect_file(journal)
    stamp = datetime.now(UTC).astimezone().strftime("%Y%m%d-%H%M%S")
    if current.kind is FileKind.JOURNAL:
        try:
            previous = backup_file(
                journal, backups_dir_for(journal) / f"before-restore-{stamp}.sqlite"
            )
        except JournalDamagedError:
            previous = _move_damaged_aside(journal, stamp)
    elif current.kind is FileKind.DAMAGED:
        previous = _move_damaged_aside(journal, stamp)
    elif current.kind is not FileKind.MISSING:
        refuse_unusable(location, current)
    else:
        journal.parent.mkdir(parents=True, exist_ok=True)
    restore_into(backup, journal)
    opened = open_journal(location)  # brings an older backup's schema up to date
    try:
        stats = journal_stats(opened)
    finally:
        opened.close()
    return RestoreResult(backup, previous, stats)


def _move_damaged_aside(journal: Path, stamp: str) -> Path:
    """Keep a damaged journal exactly as it is, for rescue, out of the restore's way.

    Its bytes cannot be copied through SQLite, so the files themselves move (the -wal
    with them: it may hold the last saved notes; and the -shm, so a rescuer finds the
    three as they were), never deleted or overwritten: a name already taken gets a number.
    """
    target = backups_dir_for(journal) / f"{DAMAGED_PREFIX}{stamp}.sqlite"
    number = 1
    while any(target.with_name(target.name + s).exists() for s in ("", "-wal", "-shm")):
        number += 1
        target = backups_dir_for(journal) / f"{DAMAGED_PREFIX}{stamp}-{number}.sqlite"
    try:
        make_private_dir(target.parent)
        for suffix in ("-wal", "-shm", ""):
            source = journal.with_name(journal.name + suffix)
            if source.exists():
                shutil.move(source, target.with_name(target.name + suffix))
    except OSError as error:
        raise StorageError(
            Problem.tr(
                "The damaged journal could not be moved aside to {target}: {detail}.",
                target=target,
                detail=error.strerror or error,
            ),
            Problem.tr(
                "Check that the backups folder beside the journal is writable. "
                "Nothing was restored."
            ),
        ) from error
    return target


def good_backup_for(location: JournalLocation) -> BackupInfo | None:
    """The newest verified backup of a journal file (None for a server, or when none is)."""
    if location.path is None:
        return None
    return latest_good_backup(backups_dir_for(location.path))


def journal_stats(journal: Journal) -> JournalStats:
    with journal.read() as session:
        people = session.scalar(select(func.count()).where(Person.deleted_at.is_(None)))
        partners = session.scalar(select(func.count()).where(Partner.deleted_at.is_(None)))
        entries, first, last = session.execute(
            select(func.count(), func.min(Entry.at), func.max(Entry.at)).where(
                Entry.deleted_at.is_(None)
            )
        ).one()
    return JournalStats(int(people or 0), int(partners or 0), int(entries or 0), first, last)


def daily_backup(journal: Journal, keep: int = DEFAULT_KEEP_BACKUPS) -> Path | None:
    """The rotating automatic backup; failures are logged, never fatal for the caller."""
    path = journal.location.path
    if path is None:
        return None
    try:
        return auto_backup(path, backups_dir_for(path), keep=keep)
    except _BACKUP_FAILURES as error:
        # A damaged journal, a full disk: the note the user just saved stays saved, and
        # the command that saved it must not fail because of the backup after it.
        log.warning("automatic backup of %s failed: %s", path, error)
        return None
