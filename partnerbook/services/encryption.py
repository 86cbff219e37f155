"""``partnerbook encrypt`` / ``decrypt``: convert a journal file, losing nothing.

Both go the same way: refuse while a window holds the journal (and hold its lock meanwhile,
so none opens it), bring the schema up to date, take a verified backup, checkpoint the
-wal, write a converted copy beside the journal with ``sqlcipher_export``, verify the copy
(integrity, application id, the same row count in every table), then rename it over the
journal. Until that rename the journal is untouched; after it, it is the verified copy.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from partnerbook.errors import JournalLockedError, StorageError, UsageError
from partnerbook.messages import Problem
from partnerbook.paths import backups_dir_for, create_private_file
from partnerbook.store import cipher
from partnerbook.store.backup import backup_file, list_backups, verify_backup
from partnerbook.store.engine import JournalLocation
from partnerbook.store.lock import JournalLock
from partnerbook.store.migrate import FileKind, head_revision, inspect_file, open_journal

Passphrase = cipher.Passphrase


@dataclass(frozen=True, slots=True)
class ConversionResult:
    journal: Path
    backup: Path  # the journal as it was, verified (plain before encrypting)
    rows: int  # rows copied, over every table
    plain_backups: tuple[Path, ...]  # backups beside the journal that are not encrypted


def encrypt_journal(location: JournalLocation, passphrase: Passphrase) -> ConversionResult:
    """Encrypt the plain journal at ``location`` with ``passphrase``."""
    return _convert(location, passphrase, "encrypt")


def decrypt_journal(location: JournalLocation) -> ConversionResult:
    """Turn the encrypted journal at ``location`` (already unlocked) back into plain SQLite."""
    return _convert(location, None, "decrypt")


def _convert(
    location: JournalLocation, target_key: Passphrase | None, action: str
) -> ConversionResult:
    if location.path is None:
        raise UsageError(
            Problem.tr(
                "'{action}' works on a journal file; {location} is a database server.",
                action=action,
                location=location.describe(),
            ),
            Problem.tr("Use the server's own encryption."),
        )
    cipher.dbapi()  # the optional package, or its install hint
    journal = location.path
    state = inspect_file(journal)
    if state.kind is FileKind.MISSING:
        raise StorageError(
            Problem.tr("There is no journal at {journal} to encrypt.", journal=journal)
            if action == "encrypt"
            else Problem.tr("There is no journal at {journal} to decrypt.", journal=journal)
        )
    if action == "encrypt" and state.encrypted:
        raise UsageError(
            Problem.tr("{journal} is already encrypted.", journal=journal),
            Problem.tr("Nothing was changed."),
        )
    if action == "decrypt" and state.kind is FileKind.JOURNAL and not state.encrypted:
        raise UsageError(
            Problem.tr("{journal} is not encrypted.", journal=journal),
            Problem.tr("Nothing was changed."),
        )
    lock = JournalLock(journal)
    if lock.is_locked_elsewhere():
        raise JournalLockedError(
            Problem.tr("The journal is open in a PartnerBook window."),
            Problem.tr("Close the window, then encrypt again. Nothing was changed.")
            if action == "encrypt"
            else Problem.tr("Close the window, then decrypt again. Nothing was changed."),
        )
    with lock:
        if state.revision != head_revision():
            open_journal(location, create=False).close()  # upgraded, with a backup first
        source_key = cipher.key_for(journal)
        stamp = datetime.now(UTC).astimezone().strftime("%Y%m%d-%H%M%S")
        backup = backup_file(journal, backups_dir_for(journal) / f"before-{action}-{stamp}.sqlite")
        _checkpoint(journal, source_key)
        before = cipher.table_counts(journal, source_key)
        copy = journal.with_name(f"{journal.name}.{uuid.uuid4().hex[:12]}.converting")
        try:
            create_private_file(copy)
            cipher.export_copy(journal, copy, source_key, target_key)
            _verify_copy(journal, copy, target_key, before)
            if cipher.table_counts(journal, source_key) != before or _wal_written(journal):
                raise StorageError(
                    Problem.tr(
                        "Another program has {journal} open; it was not encrypted.",
                        journal=journal,
                    )
                    if action == "encrypt"
                    else Problem.tr(
                        "Another program has {journal} open; it was not decrypted.",
                        journal=journal,
                    ),
                    Problem.tr(
                        "Close the other PartnerBook programs, then encrypt again. "
                        "Nothing was changed."
                    )
                    if action == "encrypt"
                    else Problem.tr(
                        "Close the other PartnerBook programs, then decrypt again. "
                        "Nothing was changed."
                    ),
                )
            # The empty -wal and the -shm of the file replaced must not meet the new one.
            for suffix in ("-wal", "-shm"):
                journal.with_name(journal.name + suffix).unlink(missing_ok=True)
            copy.replace(journal)
        except BaseException:
            copy.unlink(missing_ok=True)
            raise
    if target_key is None:
        cipher.forget(journal)
    else:
        cipher.remember(journal, target_key)
    plain = tuple(
        info.path
        for info in list_backups(backups_dir_for(journal))
        if not cipher.looks_encrypted(info.path)
    )
    return ConversionResult(journal, backup, sum(before.values()), plain)


def _checkpoint(journal: Path, key: Passphrase | None) -> None:
    """Everything in the -wal into the file (the export reads the file through SQLite
    anyway; this leaves no -wal behind for the file that replaces it)."""
    connection = cipher.connect(journal, key=key, timeout=30)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        connection.close()


def _verify_copy(journal: Path, copy: Path, key: Passphrase | None, before: dict[str, int]) -> None:
    if key is not None:
        cipher.remember(copy, key)
    try:
        problems = verify_backup(copy)
        after = cipher.table_counts(copy, key) if not problems else {}
    finally:
        cipher.forget(copy)
    if key is not None and not cipher.looks_encrypted(copy):
        problems.append(Problem.tr("the copy is not encrypted"))
    if key is None and cipher.looks_encrypted(copy):
        problems.append(Problem.tr("the copy is still encrypted"))
    if not problems and after != before:
        differ = sorted(
            name for name in before.keys() | after.keys() if before.get(name) != after.get(name)
        )
        problems.append(
            Problem.tr("the copy has other row counts ({tables})", tables=", ".join(differ))
        )
    if problems:
        raise StorageError(
            Problem.tr(
                "The converted copy of {journal} failed its check: {problem}.",
                journal=journal,
                problem=problems[0],
            ),
            Problem.tr("Nothing was changed. Run 'partnerbook check'."),
        )


def _wal_written(journal: Path) -> bool:
    """Did anyone write since the checkpoint (which left the -wal empty)?"""
    wal = journal.with_name(journal.name + "-wal")
    try:
        return wal.stat().st_size > 0
    except FileNotFoundError:
        return False
