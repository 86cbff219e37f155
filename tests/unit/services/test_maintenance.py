from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from partnerbook.errors import JournalLockedError, NotAJournalError, UsageError
from partnerbook.services.capture import NoteRequest, capture_note
from partnerbook.services.maintenance import (
    daily_backup,
    journal_stats,
    make_backup,
    restore_backup,
)
from partnerbook.store.engine import Journal, resolve_location
from partnerbook.store.lock import JournalLock
from partnerbook.store.migrate import open_journal


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_backup_then_restore_brings_back_the_old_content(
    journal: Journal, journal_path: Path
) -> None:
    capture_note(journal, NoteRequest("first", people=["Lan"]))
    location = resolve_location(journal_path)
    backup = make_backup(location)
    assert backup.parent == journal_path.with_name("journal-backups")
    capture_note(journal, NoteRequest("second", people=["Sarah"]))
    journal.close()

    result = restore_backup(location, backup)

    assert (result.stats.people, result.stats.entries) == (1, 1)
    assert result.previous_saved_to is not None
    kept = open_journal(resolve_location(result.previous_saved_to))
    try:
        assert journal_stats(kept).entries == 2  # the journal as it was, before the restore
    finally:
        kept.close()


def test_backup_to_a_chosen_file_and_into_a_folder(
    journal: Journal, journal_path: Path, tmp_path: Path
) -> None:
    location = resolve_location(journal_path)
    assert make_backup(location, tmp_path / "copy.sqlite") == tmp_path / "copy.sqlite"
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    assert make_backup(location, folder).parent == folder
    with pytest.raises(UsageError):
        make_backup(location, journal_path)


def test_restore_refuses_garbage_and_changes_nothing(
    journal: Journal, journal_path: Path, tmp_path: Path
) -> None:
    capture_note(journal, NoteRequest("keep me"))
    journal.close()
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"definitely not a journal" * 100)
    before = _digest(journal_path)
    with pytest.raises(NotAJournalError):
        restore_backup(resolve_location(journal_path), garbage)
    assert _digest(journal_path) == before


def test_restore_refuses_while_a_window_holds_the_journal(
    journal: Journal, journal_path: Path
) -> None:
    location = resolve_location(journal_path)
    backup = make_backup(location)
    with JournalLock(journal_path), pytest.raises(JournalLockedError):
        # the lock is taken in this process: is_locked_elsewhere sees another holder
        restore_backup(location, backup)


def test_daily_backup_happens_once_a_day(journal: Journal, journal_path: Path) -> None:
    first = daily_backup(journal)
    assert first is not None and first.exists()
    assert daily_backup(journal) is None
