"""``partnerbook encrypt`` / ``decrypt`` and every command on an encrypted journal.

The round trip loses nothing: the JSON archive of the journal decrypted again equals the
one exported before encrypting (apart from when it was exported).
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

pytest.importorskip(
    "sqlcipher3", reason="encryption needs the optional package: pip install '.[encryption]'"
)

if TYPE_CHECKING:
    from tests.cli.conftest import PartnerBookCli

PASSPHRASE = "correct horse 'battery' staple"
KEY = {"PARTNERBOOK_PASSPHRASE": PASSPHRASE}
WRONG = {"PARTNERBOOK_PASSPHRASE": "not it"}
SECRET = "Zebra-hush-4711 wants the Q3 KPI"  # a note's text to look for in the raw bytes
PLAIN_HEADER = b"SQLite format 3\x00"


def run(*args: str, home: Path, env: dict[str, str] | None = None) -> None:
    """The command line, for the module's fixture (pb is per test)."""
    full = {k: v for k, v in os.environ.items() if not k.startswith("PARTNERBOOK_")}
    full |= {"PARTNERBOOK_HOME": str(home), "PYTHONIOENCODING": "utf-8", **(env or {})}
    done = subprocess.run(
        [sys.executable, "-m", "partnerbook", *args],
        capture_output=True,
        encoding="utf-8",
        env=full,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, (args, done.stdout, done.stderr)


@pytest.fixture(scope="module")
def demo_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, object]]:
    """A demo journal with a known note, its JSON archive, and an encrypted copy of it."""
    folder = tmp_path_factory.mktemp("encrypt-demo")
    home = folder / "home"
    plain = folder / "plain" / "journal.sqlite"
    plain.parent.mkdir()
    for args in (
        ("demo", "--people", "30", "--entries", "200"),
        ("note", SECRET, "--with", "Lan"),
        ("export", "json", "-o", str(folder / "before.json")),
    ):
        run("--db", str(plain), *args, home=home)
    encrypted = folder / "encrypted" / "journal.sqlite"
    encrypted.parent.mkdir()
    shutil.copy(plain, encrypted)
    run("--db", str(encrypted), "encrypt", home=home, env=KEY)
    archive = json.loads((folder / "before.json").read_text(encoding="utf-8"))
    return plain, encrypted, archive


@pytest.fixture
def encrypted(demo_files: tuple[Path, Path, dict[str, object]], tmp_path: Path) -> Path:
    path = tmp_path / "journal.sqlite"
    shutil.copy(demo_files[1], path)
    return path


def assert_unreadable(path: Path) -> None:
    data = path.read_bytes()
    assert not data.startswith(PLAIN_HEADER)
    assert SECRET.encode() not in data
    assert "Nguyễn".encode() not in data
    connection = sqlite3.connect(path)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        connection.close()


def archive_of(pb: PartnerBookCli, path: Path, env: dict[str, str] | None = None) -> object:
    target = path.with_name("archive.json")
    result = pb("--db", str(path), "export", "json", "-o", str(target), env=env)
    assert result.returncode == 0, result.describe()
    archive = json.loads(target.read_text(encoding="utf-8"))
    archive.pop("exported_at", None)
    return archive


def test_an_encrypted_journal_is_unreadable_as_plain_sqlite(encrypted: Path) -> None:
    assert_unreadable(encrypted)
    assert encrypted.stat().st_mode & 0o077 == 0


def test_every_command_works_with_the_passphrase(pb: PartnerBookCli, encrypted: Path) -> None:
    db = ("--db", str(encrypted))
    found = pb(*db, "search", "Zebra-hush-4711", env=KEY)
    assert found.returncode == 0, found.describe()
    assert "Zebra-hush-4711" in found.stdout
    for args in (
        ("note", "Lunch with Lan about the pilot", "--with", "Lan", "--follow-up", "tomorrow"),
        ("due", "--json"),
        ("brief", "Lan", "-o", str(encrypted.with_name("lan.md"))),
        ("check",),
    ):
        result = pb(*db, *args, env=KEY)
        assert result.returncode == 0, (args, result.describe())
    assert "The journal is healthy." in pb(*db, "check", env=KEY).stdout
    assert_unreadable(encrypted)


def test_without_the_passphrase_the_journal_is_refused_and_left_alone(
    pb: PartnerBookCli, encrypted: Path
) -> None:
    before = pb.digest(encrypted)
    missing = pb("--db", str(encrypted), "due")
    pb.assert_refused(missing, code=3)
    assert "If it is an encrypted journal: give its passphrase" in missing.stderr
    wrong = pb("--db", str(encrypted), "note", "Should not be saved", env=WRONG)
    pb.assert_refused(wrong, code=2)
    assert "The passphrase does not open this journal." in wrong.stderr
    assert not_it_nowhere(wrong)
    assert pb.digest(encrypted) == before
    assert pb.side_files(encrypted) == []


def not_it_nowhere(result: object) -> bool:
    """The passphrase is never echoed."""
    return "not it" not in str(result)


def test_backups_of_an_encrypted_journal_are_encrypted_and_restore(
    pb: PartnerBookCli, encrypted: Path
) -> None:
    db = ("--db", str(encrypted))
    target = encrypted.with_name("copy.sqlite")
    made = pb(*db, "backup", "-o", str(target), env=KEY)
    assert made.returncode == 0, made.describe()
    assert_unreadable(target)
    pb(*db, "note", "After the backup", env=KEY)
    restored = pb(*db, "restore", str(target), env=KEY)
    assert restored.returncode == 0, restored.describe()
    assert "It holds 31 people" in restored.stdout
    assert_unreadable(encrypted)
    kept = Path(restored.stdout.split("is kept in ")[1].splitlines()[0].strip())
    assert_unreadable(kept)  # the journal as it was, before the restore: encrypted too
    found = pb(*db, "search", "After the backup", env=KEY)
    assert found.stdout.startswith("Nothing found"), found.describe()


def test_the_round_trip_loses_nothing(
    pb: PartnerBookCli,
    demo_files: tuple[Path, Path, dict[str, object]],
    encrypted: Path,
) -> None:
    expected = dict(demo_files[2])
    expected.pop("exported_at", None)
    assert archive_of(pb, encrypted, env=KEY) == expected
    result = pb("--db", str(encrypted), "decrypt", env=KEY)
    assert result.returncode == 0, result.describe()
    assert encrypted.read_bytes().startswith(PLAIN_HEADER)
    assert archive_of(pb, encrypted) == expected  # no passphrase needed any more
    backups = sorted(encrypted.with_name("journal-backups").glob("before-decrypt-*.sqlite"))
    assert len(backups) == 1
    assert_unreadable(backups[0])


def test_encrypt_refuses_while_a_window_holds_the_journal(
    pb: PartnerBookCli, demo_files: tuple[Path, Path, dict[str, object]], tmp_path: Path
) -> None:
    from partnerbook.store.lock import JournalLock

    path = tmp_path / "journal.sqlite"
    shutil.copy(demo_files[0], path)
    before = pb.digest(path)
    with JournalLock(path):
        result = pb("--db", str(path), "encrypt", env=KEY)
    pb.assert_refused(result, code=4)
    assert pb.digest(path) == before


def test_encrypt_needs_a_passphrase_and_refuses_an_encrypted_journal(
    pb: PartnerBookCli, encrypted: Path
) -> None:
    plain = encrypted.with_name("plain.sqlite")
    assert pb("--db", str(plain), "note", "Hello").returncode == 0
    asked = pb("--db", str(plain), "encrypt")
    pb.assert_refused(asked, code=2)
    assert "PARTNERBOOK_PASSPHRASE" in asked.stderr
    again = pb("--db", str(encrypted), "encrypt", env=KEY)
    pb.assert_refused(again, code=2)
    assert "already encrypted" in again.stderr
