"""The journal file is never harmed: refusals leave bytes alone, upgrades back up first,
backups are consistent and verified, restores survive a live WAL, one window per journal."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import func, select

from partnerbook.errors import JournalLockedError, NewerJournalError, NotAJournalError, UserError
from partnerbook.services.capture import NoteRequest, capture_note
from partnerbook.store import migrate
from partnerbook.store.backup import backup_file, restore_into, verify_backup
from partnerbook.store.check import check_journal
from partnerbook.store.engine import Journal, resolve_location
from partnerbook.store.lock import JournalLock
from partnerbook.store.migrate import APPLICATION_ID, open_journal
from partnerbook.store.models import Entry, Person, full_metadata


def _fingerprint(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


def _entries(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("SELECT count(*) FROM entries").fetchone()[0])
    finally:
        connection.close()


def test_new_journal_has_our_pragmas_id_and_head(journal: Journal, journal_path: Path) -> None:
    with journal.engine.connect() as connection:
        pragma = connection.exec_driver_sql
        assert pragma("PRAGMA journal_mode").scalar() == "wal"
        assert pragma("PRAGMA synchronous").scalar() == 2  # FULL
        assert pragma("PRAGMA foreign_keys").scalar() == 1
        assert pragma("PRAGMA busy_timeout").scalar() >= 5000
        assert pragma("PRAGMA application_id").scalar() == APPLICATION_ID
        version = pragma("SELECT version_num FROM alembic_version").scalar()
        assert version == migrate.head_revision()


def test_migrations_build_exactly_the_models(journal: Journal) -> None:
    """A model changed without a new revision fails here."""
    with journal.engine.connect() as connection:
        from partnerbook.store.search_index import is_search_table

        context = MigrationContext.configure(
            connection,
            opts={
                "compare_type": True,
                # The search index is FTS5 virtual tables, built by its own module.
                "include_name": lambda name, kind, _p: kind != "table" or not is_search_table(name),
            },
        )
        assert compare_metadata(context, full_metadata()) == []


def test_downgrade_and_upgrade_again(journal_path: Path) -> None:
    from alembic import command

    opened = open_journal(resolve_location(journal_path))
    with opened.engine.connect() as connection:
        command.downgrade(migrate.alembic_config(connection), "base")
        connection.commit()
        assert "entries" not in {
            row[0] for row in connection.exec_driver_sql("SELECT name FROM sqlite_master")
        }
        command.upgrade(migrate.alembic_config(connection), "head")
        connection.commit()
    opened.close()
    assert check_journal(resolve_location(journal_path)).healthy


@pytest.mark.parametrize(
    "content",
    [b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, b"just some text\n" * 50, bytes(4096)],
    ids=["png", "text", "zeros"],
)
def test_garbage_is_refused_byte_for_byte(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "garbage.sqlite"
    path.write_bytes(content)
    before = _fingerprint(path)
    with pytest.raises(NotAJournalError):
        open_journal(resolve_location(path))
    with pytest.raises(NotAJournalError):
        check_journal(resolve_location(path))
    assert _fingerprint(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["garbage.sqlite"]


def test_another_apps_database_is_refused_byte_for_byte(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    connection.execute("INSERT INTO notes (body) VALUES ('theirs')")
    connection.commit()
    connection.close()
    before = _fingerprint(path)
    with pytest.raises(NotAJournalError, match="another application"):
        open_journal(resolve_location(path))
    assert _fingerprint(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.db"]


def test_a_newer_journal_is_refused_untouched(journal: Journal, journal_path: Path) -> None:
    journal.close()
    connection = sqlite3.connect(journal_path)
    connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.commit()
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    before = _fingerprint(journal_path)
    with pytest.raises(NewerJournalError, match="newer version"):
        open_journal(resolve_location(journal_path))
    assert _fingerprint(journal_path) == before


def test_an_older_journal_is_backed_up_before_upgrading(
    journal: Journal, journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    capture_note(journal, NoteRequest("before the upgrade", people=["Lan"]))
    journal.close()
    # Pretend the code knows a newer head: the file is then 'older' and must be backed up.
    current = migrate.HEAD
    monkeypatch.setattr(migrate, "HEAD", "9000_pretend")
    monkeypatch.setattr(migrate, "known_revisions", lambda: {current, "9000_pretend"})
    upgraded: list[str] = []

    def fake_upgrade(config: object, target: str) -> None:
        upgraded.append(target)

    import alembic.command

    monkeypatch.setattr(alembic.command, "upgrade", fake_upgrade)
    open_journal(resolve_location(journal_path)).close()
    backups = list(
        journal_path.with_name("journal-backups").glob(f"before-upgrade-{current}-*.sqlite")
    )
    assert upgraded == ["head"] and len(backups) == 1
    assert verify_backup(backups[0]) == []
    assert _entries(backups[0]) == 1


def test_versions_catch_a_stale_write(journal: Journal) -> None:
    """What a window loaded earlier must not silently overwrite a newer change."""
    pid = capture_note(journal, NoteRequest("x", people=["Shira"])).people[0].id
    with journal.read() as session:
        seen = session.get_one(Person, pid)
        session.expunge(seen)  # as a window holds it: version 1
    with journal.write() as session:
        session.get_one(Person, pid).city = "Haifa"  # someone else: version 2
    # SQLAlchemy's StaleDataError, said in words: the loser is told, nothing of it is saved.
    with pytest.raises(UserError, match="changed in another window"), journal.write() as session:
        session.add(seen)
        seen.city = "Eilat"
    with journal.read() as session:
        assert session.get_one(Person, pid).city == "Haifa"


def test_timestamps_are_utc_and_naive_ones_are_refused(journal: Journal) -> None:
    saved = capture_note(journal, NoteRequest("x"))
    with journal.read() as session:
        entry = session.get_one(Entry, saved.entry_id)
        assert entry.created_at.tzinfo is UTC and entry.at.tzinfo is UTC
    with pytest.raises(Exception, match="naive datetime"), journal.write() as session:
        session.add(Entry(kind="interaction", at=datetime(2026, 1, 1), title="naive"))


def test_two_writers_in_threads_lose_nothing(journal_path: Path) -> None:
    journals = [open_journal(resolve_location(journal_path)) for _ in range(2)]
    errors: list[BaseException] = []

    def write(journal: Journal, tag: str) -> None:
        try:
            for i in range(100):
                capture_note(journal, NoteRequest(f"{tag} {i}"))
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=write, args=(j, f"w{n}")) for n, j in enumerate(journals)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with journals[0].read() as session:
        assert session.scalar(select(func.count()).select_from(Entry)) == 200
    for journal in journals:
        journal.close()
    assert errors == []


def test_backup_is_consistent_while_a_write_is_open(
    journal: Journal, journal_path: Path, tmp_path: Path
) -> None:
    capture_note(journal, NoteRequest("committed"))
    writer = sqlite3.connect(journal_path, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute(
            "INSERT INTO entries (kind, at, title, body, created_at, updated_at, created_by, "
            "updated_by, version) VALUES ('interaction', '2026-01-01 00:00:00', 'uncommitted', "
            "'', '2026-01-01', '2026-01-01', '', '', 1)"
        )
        target = backup_file(journal_path, tmp_path / "copy.sqlite", timeout=10)
        writer.execute("ROLLBACK")
    finally:
        writer.close()
    assert verify_backup(target) == []
    assert _entries(target) == 1
    connection = sqlite3.connect(target)
    try:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        connection.close()


def test_a_damaged_copy_fails_verification_and_check(
    journal: Journal, journal_path: Path, tmp_path: Path
) -> None:
    for i in range(300):
        capture_note(journal, NoteRequest(f"note {i} " + "words " * 40))
    copy = backup_file(journal_path, tmp_path / "copy.sqlite")
    data = bytearray(copy.read_bytes())
    page = 4096
    for offset in range(page * 3, min(len(data), page * 9)):
        data[offset] = 0xA5
    copy.write_bytes(bytes(data))
    assert verify_backup(copy) != []
    before = _fingerprint(copy)
    report = check_journal(resolve_location(copy))
    assert not report.healthy and report.problems
    assert _fingerprint(copy) == before  # check only reads


def test_restore_replaces_content_even_with_a_live_wal(
    journal: Journal, journal_path: Path, tmp_path: Path
) -> None:
    capture_note(journal, NoteRequest("old"))
    backup = backup_file(journal_path, tmp_path / "old.sqlite")
    reader = sqlite3.connect(journal_path)  # keeps the WAL alive and un-checkpointed
    try:
        for i in range(20):
            capture_note(journal, NoteRequest(f"newer {i}"))
        journal.close()
        restore_into(backup, journal_path)
    finally:
        reader.close()
    assert _entries(journal_path) == 1
    assert check_journal(resolve_location(journal_path)).healthy


def test_one_window_per_journal_across_processes(journal_path: Path) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path; "
            "from partnerbook.store.lock import JournalLock; "
            "lock = JournalLock(Path(sys.argv[1])); lock.acquire(); print('held', flush=True); "
            "time.sleep(60)",
            str(journal_path),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        assert JournalLock(journal_path).is_locked_elsewhere()
        with pytest.raises(JournalLockedError):
            JournalLock(journal_path).acquire()
    finally:
        holder.kill()  # a crash: the operating system drops the lock
        holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()
    with JournalLock(journal_path) as lock:
        assert lock.held
