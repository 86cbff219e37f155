"""A full disk, a removed drive, a read-only folder: a clear message and exit 6, and the
journal as it was (every saved note there, check passing).

Three simulations: an injected error (always runs: every write statement fails as SQLite
fails on a full disk or a vanished drive), a real tiny filesystem (a 4 MB tmpfs, filled
up; needs root to mount), and a real read-only filesystem or folder.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.conftest import PROJECT_ROOT

if TYPE_CHECKING:
    from tests.cli.conftest import PartnerBookCli

STORAGE_EXIT = 6
INJECT_DIR = PROJECT_ROOT / "tests" / "fixtures" / "inject"


def seed(pb: PartnerBookCli, db: Path) -> None:
    for text in ("Coffee with Lan", "Call with Sarah"):
        result = pb("--db", str(db), "note", text, "--with", text.split()[-1])
        assert result.returncode == 0, result.describe()


def titles(pb: PartnerBookCli, db: Path) -> list[str]:
    return [t for (t,) in pb.query(db, "SELECT title FROM entries ORDER BY id")]


def assert_unharmed(pb: PartnerBookCli, db: Path) -> None:
    assert titles(pb, db) == ["Coffee with Lan", "Call with Sarah"]
    check = pb("--db", str(db), "check")
    assert check.returncode == 0, check.describe()


def injected(kind: str) -> dict[str, str]:
    path = os.environ.get("PYTHONPATH", "")
    return {
        "PYTHONPATH": os.pathsep.join(p for p in (str(INJECT_DIR), path) if p),
        "PARTNERBOOK_TEST_INJECT": kind,
    }


@pytest.mark.parametrize(
    ("kind", "said"),
    [
        ("full", "is full; nothing was saved."),
        ("io", "failed (disk I/O error); nothing was saved."),
    ],
)
def test_an_injected_disk_error_is_said_and_harms_nothing(
    pb: PartnerBookCli, db: Path, kind: str, said: str
) -> None:
    seed(pb, db)
    result = pb("--db", str(db), "note", "Lunch with Marco", "--with", "Marco", env=injected(kind))
    pb.assert_refused(result, code=STORAGE_EXIT)
    first, hint = result.stderr.splitlines()[:2]
    assert first.startswith("partnerbook: ") and said in first, result.describe()
    assert str(db) in first
    assert hint  # what to do: free space, check the drive
    assert_unharmed(pb, db)
    assert pb.count(db, "people") == 2  # "Marco" was not half-created


# --- a real tiny filesystem ---------------------------------------------------------------


@pytest.fixture
def tiny_fs(tmp_path: Path) -> Iterator[Path]:
    """A 4 MB tmpfs of our own (an empty journal takes some 400 KB), or a skip saying why."""
    point = tmp_path / "tiny"
    point.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tiny tmpfs needs root (and mount); the injected error covers it")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m,mode=0700", "tmpfs", str(point)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield point
    finally:
        subprocess.run(["umount", "-l", str(point)], check=False)


def fill(folder: Path) -> None:
    """Write until the filesystem says no space is left."""
    with (folder / "filler").open("wb", buffering=0) as handle:
        for size in (65536, 4096, 512):
            try:
                while True:
                    handle.write(b"\0" * size)
            except OSError:
                continue


def test_a_full_disk_is_said_and_the_journal_survives(pb: PartnerBookCli, tiny_fs: Path) -> None:
    db = tiny_fs / "journal.sqlite"
    seed(pb, db)
    fill(tiny_fs)
    result = pb("--db", str(db), "note", "A long note\n" + "words " * 15_000, "--with", "Lan")
    pb.assert_refused(result, code=STORAGE_EXIT)
    assert "is full" in result.stderr, result.describe()
    assert "Free some space" in result.stderr
    (tiny_fs / "filler").unlink()
    assert_unharmed(pb, db)


def test_a_read_only_filesystem_is_said_and_the_journal_survives(
    pb: PartnerBookCli, tiny_fs: Path
) -> None:
    db = tiny_fs / "journal.sqlite"
    seed(pb, db)
    remount = subprocess.run(
        ["mount", "-o", "remount,ro", str(tiny_fs)], capture_output=True, text=True, check=False
    )
    if remount.returncode != 0:
        pytest.skip(f"cannot remount read-only: {remount.stderr.strip()}")
    result = pb("--db", str(db), "note", "Lunch with Marco", "--with", "Marco")
    pb.assert_refused(result, code=STORAGE_EXIT)
    assert "read-only" in result.stderr or "cannot be opened" in result.stderr, result.describe()
    subprocess.run(["mount", "-o", "remount,rw", str(tiny_fs)], check=True)
    assert_unharmed(pb, db)


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0,
    reason="root ignores file permissions; the read-only filesystem test covers root",
)
def test_a_read_only_folder_is_said_and_the_journal_survives(pb: PartnerBookCli, db: Path) -> None:
    seed(pb, db)
    db.chmod(0o400)
    db.parent.chmod(0o500)
    try:
        result = pb("--db", str(db), "note", "Lunch with Marco", "--with", "Marco")
    finally:
        db.parent.chmod(0o700)
        db.chmod(0o600)
    pb.assert_refused(result, code=STORAGE_EXIT)
    assert "read-only" in result.stderr or "cannot be opened" in result.stderr, result.describe()
    assert_unharmed(pb, db)
