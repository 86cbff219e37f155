"""Real upgrades of real older journals: every revision keeps what the user had."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command

from partnerbook.services.capture import NoteRequest, capture_note
from partnerbook.store import migrate
from partnerbook.store.backup import verify_backup
from partnerbook.store.engine import resolve_location
from partnerbook.store.migrate import open_journal
from partnerbook.store.migrations import HEAD


def _make_0001_journal(path: Path) -> None:
    """A journal as version 0001 of the schema wrote it, with a note in it."""
    journal = open_journal(resolve_location(path))
    try:
        capture_note(journal, NoteRequest("coffee before the upgrade", people=["Lan"]))
        with journal.engine.begin() as connection:
            command.downgrade(migrate.alembic_config(connection), "0001")
    finally:
        journal.close()


def test_a_0001_journal_is_backed_up_then_upgraded_with_its_notes(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite"
    _make_0001_journal(path)
    connection = sqlite3.connect(path)
    assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    connection.close()

    journal = open_journal(resolve_location(path))
    try:
        with journal.engine.connect() as connection:
            version = connection.exec_driver_sql("SELECT version_num FROM alembic_version")
            assert version.scalar() == HEAD
            titles = connection.exec_driver_sql("SELECT body, topics FROM entries").all()
            assert titles == [("coffee before the upgrade", None)]
            assert connection.exec_driver_sql("SELECT count(*) FROM drafts").scalar() == 0
    finally:
        journal.close()
    backups = list(tmp_path.glob("journal-backups/before-upgrade-0001-*.sqlite"))
    assert len(backups) == 1
    assert verify_backup(backups[0]) == []


def test_a_0002_journal_gets_a_search_index_of_what_it_held(tmp_path: Path) -> None:
    from partnerbook.services.search import search

    path = tmp_path / "journal.sqlite"
    journal = open_journal(resolve_location(path))
    try:
        capture_note(journal, NoteRequest("合作 với chị Lan ở Hà Nội", people=["Nguyễn Lan"]))
        with journal.engine.begin() as connection:
            command.downgrade(migrate.alembic_config(connection), "0002")
            tables = connection.exec_driver_sql("SELECT name FROM sqlite_master").scalars().all()
            assert not [name for name in tables if name.startswith("search_")]
    finally:
        journal.close()

    journal = open_journal(resolve_location(path))
    try:
        kinds = {hit.kind.value for hit in search(journal, "ha noi")}
        assert kinds == {"entry"}
        assert {hit.kind.value for hit in search(journal, "nguyen")} == {"person", "entry"}
        assert [hit.kind.value for hit in search(journal, "合作")] == ["entry"]
    finally:
        journal.close()
    assert len(list(tmp_path.glob("journal-backups/before-upgrade-0002-*.sqlite"))) == 1
