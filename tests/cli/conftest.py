"""Helpers for the command line's end-to-end tests: real processes, real files.

``pb(...)`` runs ``python -m partnerbook ...`` with PARTNERBOOK_HOME pointing at the
test's own folder (the autouse ``isolated_home`` fixture) and returns
``(returncode, stdout, stderr)``. Test data that the command line cannot make yet is
written in-process through the store and service layers, which is also much faster than
hundreds of subprocesses.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NamedTuple

import pytest

from partnerbook.paths import DATABASE_URL_ENV, HOME_ENV

SUBPROCESS_TIMEOUT_S = 60
SIDE_FILE_SUFFIXES = ("-wal", "-shm", "-journal", ".lock")


class Result(NamedTuple):
    returncode: int
    stdout: str
    stderr: str

    def describe(self) -> str:
        return f"exit {self.returncode}\n--- stdout\n{self.stdout}\n--- stderr\n{self.stderr}"


def run_partnerbook(
    *args: str,
    home: Path,
    env: dict[str, str] | None = None,
    drop: tuple[str, ...] = (),
) -> Result:
    """``python -m partnerbook ARGS`` in a clean environment of our own."""
    full_env = dict(os.environ)
    full_env.pop(DATABASE_URL_ENV, None)
    full_env[HOME_ENV] = str(home)
    full_env["PYTHONIOENCODING"] = "utf-8"
    full_env.update(env or {})
    for name in drop:
        full_env.pop(name, None)
    completed = subprocess.run(
        [sys.executable, "-m", "partnerbook", *args],
        capture_output=True,
        encoding="utf-8",
        env=full_env,
        timeout=SUBPROCESS_TIMEOUT_S,
        check=False,
    )
    return Result(completed.returncode, completed.stdout, completed.stderr)


class PartnerBookCli:
    """The command line as a user runs it, and the test's tools to look at the files.

    (A fixture rather than a module to import: pytest runs with --import-mode=importlib,
    where test modules cannot import each other or conftest.)
    """

    def __init__(self, home: Path) -> None:
        self.home = home

    def __call__(
        self, *args: str, env: dict[str, str] | None = None, drop: tuple[str, ...] = ()
    ) -> Result:
        return run_partnerbook(*args, home=self.home, env=env, drop=drop)

    @property
    def default_journal(self) -> Path:
        return self.home / "data" / "journal.sqlite"

    @property
    def log_file(self) -> Path:
        return self.home / "logs" / "partnerbook.log"

    # --- looking at files ------------------------------------------------------------------

    @staticmethod
    def digest(path: Path) -> str:
        return hashlib.sha256(path.read_bytes()).hexdigest()

    @staticmethod
    def side_files(path: Path) -> list[str]:
        """SQLite's companions of ``path`` (-wal, -shm, -journal) and our lock file."""
        return sorted(
            candidate.name
            for suffix in SIDE_FILE_SUFFIXES
            if (candidate := path.with_name(path.name + suffix)).exists()
        )

    @staticmethod
    def query(path: Path, sql: str, *params: Any) -> list[tuple[Any, ...]]:
        """Rows from the journal at ``path`` (a plain sqlite3 connection, always closed)."""
        connection = sqlite3.connect(path)
        try:
            return connection.execute(sql, params).fetchall()
        finally:
            connection.close()

    @classmethod
    def count(cls, path: Path, table: str) -> int:
        return int(cls.query(path, f"SELECT count(*) FROM {table}")[0][0])

    @staticmethod
    def assert_refused(result: Result, code: int | None = None) -> None:
        """A refusal: non-zero (or exactly ``code``), said on stderr, no traceback anywhere."""
        assert result.returncode != 0, result.describe()
        if code is not None:
            assert result.returncode == code, result.describe()
        assert result.stderr.startswith("partnerbook: "), result.describe()
        assert "Traceback" not in result.stderr + result.stdout, result.describe()
        assert "unexpected error" not in result.stderr, result.describe()

    # --- making files ------------------------------------------------------------------------

    @staticmethod
    @contextmanager
    def journal(path: Path) -> Iterator[Any]:
        """A journal opened in-process (migrated on first use), closed afterwards."""
        from partnerbook.store.engine import resolve_location
        from partnerbook.store.migrate import open_journal

        opened = open_journal(resolve_location(path), actor="tester")
        try:
            yield opened
        finally:
            opened.close()

    @staticmethod
    def make_foreign_database(path: Path, wal: bool = False) -> None:
        """Another application's SQLite database (a browser history, say)."""
        connection = sqlite3.connect(path)
        try:
            if wal:
                connection.execute("PRAGMA journal_mode = WAL")
            connection.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
            connection.execute("INSERT INTO moz_places (url) VALUES ('https://example.org')")
            connection.commit()
        finally:
            connection.close()

    @classmethod
    def build_big_journal(cls, db: Path, notes: int = 300) -> None:
        """A few hundred notes in one transaction: enough pages to damage the middle of."""
        from datetime import UTC, datetime, timedelta

        from partnerbook.domain.enums import EntryKind, InteractionKind
        from partnerbook.domain.text import fold
        from partnerbook.store.models import Entry, Person

        now = datetime.now(UTC)
        with cls.journal(db) as journal, journal.write() as session:
            person = Person(display_name="Sarah Cohen", name_key=fold("Sarah Cohen"), languages=[])
            session.add(person)
            for number in range(notes):
                session.add(
                    Entry(
                        kind=EntryKind.INTERACTION,
                        interaction_kind=InteractionKind.NOTE,
                        at=now - timedelta(hours=number),
                        title=f"Note {number}",
                        body=f"Note {number}\n" + "We talked about the launch plan. " * 12,
                        people=[person],
                    )
                )

    @staticmethod
    def pages_of(db: Path, table: str) -> tuple[list[int], int]:
        """The page numbers holding ``table`` (from the dbstat virtual table), and the page
        size: where to damage a file."""
        connection = sqlite3.connect(db)
        try:
            page_size = int(connection.execute("PRAGMA page_size").fetchone()[0])
            try:
                rows = connection.execute(
                    "SELECT pageno FROM dbstat WHERE name = ? ORDER BY pageno", (table,)
                ).fetchall()
            except sqlite3.OperationalError:
                pytest.skip("this SQLite has no dbstat table to find pages with")
        finally:
            connection.close()
        return [page for (page,) in rows], page_size

    @classmethod
    def make_future_journal(cls, path: Path) -> None:
        """A journal whose schema revision this PartnerBook has never heard of."""
        with cls.journal(path):
            pass
        connection = sqlite3.connect(path)
        try:
            connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
            connection.commit()
        finally:
            connection.close()


@pytest.fixture
def pb(isolated_home: Path) -> PartnerBookCli:
    """``pb("--db", str(db), "note", "hi")`` runs the command line; ``pb.query`` etc. look."""
    return PartnerBookCli(isolated_home)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """Where the test's journal lives (not created yet)."""
    return tmp_path / "journal.sqlite"
