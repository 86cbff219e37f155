"""Privacy on disk: every file PartnerBook creates is its owner's only (0600), and every
folder it creates too (0700): the journal, its -wal and -shm, backups, the lock, exports,
the log, the window's settings."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.cli.conftest import PartnerBookCli

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask() -> Iterator[None]:
    """A permissive umask, as many desktops have: our modes must not depend on it."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_a_command_line_session_creates_nothing_others_can_read(
    pb: PartnerBookCli, tmp_path: Path, open_umask: None
) -> None:
    db = tmp_path / "new-folder" / "journal.sqlite"
    assert pb("--db", str(db), "note", "Coffee with Lan", "--with", "Lan").returncode == 0
    backup = pb("--db", str(db), "backup")
    assert backup.returncode == 0, backup.describe()
    export = tmp_path / "archive.json"
    assert pb("--db", str(db), "export", "json", "-o", str(export)).returncode == 0
    assert mode(db) == 0o600
    assert mode(db.parent) == 0o700
    backups = db.with_name("journal-backups")
    assert mode(backups) == 0o700
    made = list(backups.iterdir())
    assert made and all(mode(p) == 0o600 for p in made), {p.name: oct(mode(p)) for p in made}
    assert mode(export) == 0o600


def test_the_store_sets_modes_itself_whatever_the_umask(tmp_path: Path, open_umask: None) -> None:
    """In-process (no composition root setting the umask): the journal, the -wal and -shm
    SQLite makes beside it, the lock, backups and the log."""
    from partnerbook.crashlog import record_bug
    from partnerbook.services.capture import NoteRequest, capture_note
    from partnerbook.services.maintenance import daily_backup, make_backup
    from partnerbook.store.engine import resolve_location
    from partnerbook.store.lock import JournalLock
    from partnerbook.store.migrate import open_journal

    db = tmp_path / "data" / "journal.sqlite"
    journal = open_journal(resolve_location(db))
    try:
        with JournalLock(db) as lock:
            capture_note(journal, NoteRequest(text="Coffee with Lan"))
            companions = [db.with_name(db.name + s) for s in ("-wal", "-shm")]
            assert all(p.exists() for p in companions)
            assert {p.name: mode(p) for p in [db, *companions, lock.path]} == {
                p.name: 0o600 for p in [db, *companions, lock.path]
            }
            auto = daily_backup(journal)
            manual = make_backup(journal.location)
    finally:
        journal.close()
    assert auto is not None and mode(auto) == 0o600 and mode(manual) == 0o600
    assert mode(auto.parent) == 0o700 and mode(db.parent) == 0o700
    log = tmp_path / "logs" / "partnerbook.log"
    assert record_bug(ValueError("a bug"), log)
    assert (mode(log), mode(log.parent)) == (0o600, 0o700)


def test_a_folder_that_was_there_keeps_its_mode(tmp_path: Path, open_umask: None) -> None:
    from partnerbook.store.engine import resolve_location
    from partnerbook.store.migrate import open_journal

    folder = tmp_path / "Documents"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    open_journal(resolve_location(folder / "journal.sqlite")).close()
    assert mode(folder) == 0o755  # the user's folder, not ours
    assert mode(folder / "journal.sqlite") == 0o600
