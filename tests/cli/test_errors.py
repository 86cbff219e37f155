"""Refusals and failures: files that are not journals, where the journal is, and bugs.

Every refusal exits non-zero with one clear message on stderr naming the file, never a
traceback, and leaves the file (and its folder) exactly as it was.
"""

from __future__ import annotations

import json
import os
import sqlite3
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from partnerbook.paths import DATABASE_URL_ENV

if TYPE_CHECKING:
    from tests.cli.conftest import PartnerBookCli

# What is at --db, and what the refusal must say about it.
BAD_FILES = {
    "garbage": "is not a PartnerBook journal (it is not a database file).",
    "text": "is not a PartnerBook journal (it is not a database file).",
    "foreign": "is a database of another application, not a PartnerBook journal.",
    "foreign-wal": "is a database of another application, not a PartnerBook journal.",
    "future": "was written by a newer version of PartnerBook (schema 9999_future).",
}
COMMANDS = {
    "note": ["note", "Coffee with Lan", "--with", "Lan", "--follow-up", "tomorrow"],
    "due": ["due", "--json"],
    "check": ["check"],
    "backup": ["backup"],
    "restore": ["restore"],  # + a good backup
}


def make_bad_file(pb: PartnerBookCli, path: Path, kind: str) -> None:
    if kind == "garbage":
        path.write_bytes(os.urandom(16384))
    elif kind == "text":
        path.write_text("My notes about partners, not a database.\n" * 100, encoding="utf-8")
    elif kind == "foreign":
        pb.make_foreign_database(path)
    elif kind == "foreign-wal":
        pb.make_foreign_database(path, wal=True)
    else:
        pb.make_future_journal(path)


@pytest.mark.parametrize(
    ("kind", "command"),
    [
        (kind, command)
        for kind in BAD_FILES
        for command in COMMANDS
        # Restoring an older backup over a newer journal, keeping a copy first, is allowed.
        if (kind, command) != ("future", "restore")
    ],
)
def test_a_file_that_is_not_our_journal_is_refused_and_left_alone(
    pb: PartnerBookCli, tmp_path: Path, kind: str, command: str
) -> None:
    folder = tmp_path / "files"
    folder.mkdir()
    path = folder / "journal.sqlite"
    make_bad_file(pb, path, kind)
    args = COMMANDS[command]
    if command == "restore":
        good = tmp_path / "good.sqlite"
        with pb.journal(good):
            pass
        args = [*args, str(good)]
    before = pb.digest(path)
    listing = sorted(item.name for item in folder.iterdir())
    assert listing == ["journal.sqlite"]

    result = pb("--db", str(path), *args)
    pb.assert_refused(result, code=3)
    assert result.stderr.startswith(f"partnerbook: {path} {BAD_FILES[kind]}\n"), result.describe()
    assert "The file was not changed." in result.stderr
    assert result.stdout == ""
    assert pb.digest(path) == before
    assert sorted(item.name for item in folder.iterdir()) == listing, (
        "files appeared beside the refused file"
    )


# --- which journal ------------------------------------------------------------------------


def test_the_default_journal_is_in_the_data_folder(pb: PartnerBookCli) -> None:
    result = pb("note", "Hello")
    assert result.returncode == 0, result.describe()
    assert pb.count(pb.default_journal, "entries") == 1
    assert pb.default_journal.with_name("journal-backups").is_dir()  # the daily backup


def test_the_environment_chooses_the_journal_and_db_wins_over_it(
    pb: PartnerBookCli, tmp_path: Path
) -> None:
    from_env, from_option, from_url = (
        tmp_path / "env.sqlite",
        tmp_path / "option.sqlite",
        tmp_path / "url.sqlite",
    )
    env = {DATABASE_URL_ENV: str(from_env)}  # a plain path
    first = pb("note", "Through the environment", env=env)
    assert first.returncode == 0, first.describe()
    assert pb.query(from_env, "SELECT title FROM entries") == [("Through the environment",)]
    assert not pb.default_journal.exists()

    before = pb.digest(from_env)
    url_env = {DATABASE_URL_ENV: f"sqlite:///{from_env}"}  # a URL
    second = pb("--db", str(from_option), "note", "Through --db", env=url_env)
    assert second.returncode == 0, second.describe()
    assert pb.query(from_option, "SELECT title FROM entries") == [("Through --db",)]
    assert pb.digest(from_env) == before

    due = pb("due", "--json", env=url_env)
    assert due.returncode == 0, due.describe()
    assert json.loads(due.stdout) == {"follow_ups": [], "commitments": [], "stay_in_touch": []}

    third = pb("--db", f"sqlite:///{from_url}", "note", "Through a URL")
    assert third.returncode == 0, third.describe()
    assert pb.query(from_url, "SELECT title FROM entries") == [("Through a URL",)]
    assert not pb.default_journal.exists()


@pytest.mark.parametrize("how", ["--db", "environment"])
def test_a_folder_is_not_a_journal(pb: PartnerBookCli, tmp_path: Path, how: str) -> None:
    folder = tmp_path / "a folder"
    folder.mkdir()
    if how == "--db":
        result = pb("--db", str(folder), "note", "Hello")
    else:
        result = pb("check", env={DATABASE_URL_ENV: str(folder)})
    pb.assert_refused(result, code=2)
    assert f"'{folder}' is a folder, not a journal file." in result.stderr
    assert str(folder / "journal.sqlite") in result.stderr  # what to give instead
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("", "The database location is empty."),  # not "use the default journal"
        ("sqlite://", "An in-memory journal would be lost on exit."),
        ("sqlite:///:memory:", "An in-memory journal would be lost on exit."),
        ("nonsense://somewhere/journal", "nonsense"),  # an unknown kind of database
    ],
)
def test_a_database_location_we_cannot_use_is_refused(
    pb: PartnerBookCli, url: str, message: str
) -> None:
    result = pb("--db", url, "note", "Hello")
    pb.assert_refused(result, code=2)
    assert message in result.stderr
    assert not pb.default_journal.exists()


@pytest.mark.parametrize("command", ["due", "check"])
def test_an_unreachable_database_server_is_a_clear_error(pb: PartnerBookCli, command: str) -> None:
    """Whether or not the PostgreSQL driver is installed, this is not a bug in PartnerBook:
    the user is told what is missing (the driver, or a server on port 1)."""
    result = pb("--db", "postgresql://pb@127.0.0.1:1/partnerbook", command)
    pb.assert_refused(result)
    assert "127.0.0.1" in result.stderr or "psycopg" in result.stderr, result.describe()


# --- bugs ---------------------------------------------------------------------------------


def break_a_follow_up(pb: PartnerBookCli, db: Path) -> None:
    """A follow-up whose due date no code expects: '2026-01-99' (sorts as a past date)."""
    from partnerbook.domain.dates import When
    from partnerbook.services.capture import NoteRequest, capture_note

    with pb.journal(db) as journal:
        request = NoteRequest(text="Ping Lan", people=["Lan"], follow_up=When(date.today()))
        capture_note(journal, request)
    connection = sqlite3.connect(db)
    try:
        connection.execute("UPDATE entries SET due_date = '2026-01-99' WHERE kind = 'follow_up'")
        connection.commit()
    finally:
        connection.close()


def test_a_bug_is_logged_and_summarised_without_a_traceback(pb: PartnerBookCli, db: Path) -> None:
    break_a_follow_up(pb, db)
    result = pb("--db", str(db), "due", "--json")
    assert result.returncode == 70, result.describe()
    assert result.stdout == ""  # no half-written JSON for a script to misread
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        "partnerbook: unexpected error (ValueError: day is out of range for month). "
        f"Details are in {pb.log_file}.",
        "This is a bug in PartnerBook; please report it with the log.",
    ]
    log = pb.log_file.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in log
    assert "ValueError: day is out of range for month" in log


def test_a_bug_with_nowhere_to_log_still_shows_no_traceback(
    pb: PartnerBookCli, db: Path, tmp_path: Path
) -> None:
    break_a_follow_up(pb, db)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the home folder should be", encoding="utf-8")
    result = pb("--db", str(db), "due", env={"PARTNERBOOK_HOME": str(blocker / "home")})
    assert result.returncode == 70, result.describe()
    assert "Traceback" not in result.stderr
    assert "Logging error" not in result.stderr
    assert result.stderr.startswith("partnerbook: unexpected error (ValueError: ")
    assert "Details are in" not in result.stderr  # there is no log to point at
    assert result.stderr.endswith("This is a bug in PartnerBook; please report it with the log.\n")
