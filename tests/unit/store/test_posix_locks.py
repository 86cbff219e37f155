"""This process never opens the journal file itself while SQLite has it open.

Closing any descriptor of a file drops every POSIX lock the process holds on it, SQLite's
included: another process then takes the journal for unused, checkpoints it and deletes
its -wal and -shm under our connections (the open window stops seeing other writers, and
worse). A regression here once froze the window's view of other processes' notes.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from partnerbook.store.check import check_journal
from partnerbook.store.engine import Journal


@pytest.fixture
def file_opens(journal_path: Path) -> Iterator[list[str]]:
    """Every open() of the journal's own file by Python code, while collecting."""
    seen: list[str] = []
    collecting = [True]

    def hook(event: str, args: tuple[object, ...]) -> None:
        if collecting[0] and event == "open" and args and str(args[0]) == str(journal_path):
            seen.append(str(args[1]))

    sys.addaudithook(hook)  # audit hooks cannot be removed: switched off after the test
    yield seen
    collecting[0] = False


def _note(path: Path, text: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "partnerbook", "--db", str(path), "note", text, "--with", "Lan"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr


def test_the_window_sees_every_other_process_s_commit(
    journal: Journal, journal_path: Path, file_opens: list[str]
) -> None:
    journal.changed_elsewhere()  # the watch connection is opened now, with the engine's
    counters = []
    for number in range(3):
        _note(journal_path, f"note {number} from another process")
        counters.append(journal.change_counter())
    assert len(set(counters)) == 3, counters
    assert file_opens == []


def test_the_check_after_the_first_paint_does_not_open_the_file(
    journal: Journal, journal_path: Path, file_opens: list[str]
) -> None:
    journal.changed_elsewhere()
    report = check_journal(journal.location, already_open=True)
    assert report.healthy
    assert file_opens == []


def test_backing_up_the_open_journal_does_not_open_the_file(
    journal: Journal, journal_path: Path, file_opens: list[str], tmp_path: Path
) -> None:
    """File → Back Up Now in the window: the copy is read through SQLite only."""
    from partnerbook.services.maintenance import make_backup
    from partnerbook.store.backup import verify_backup

    journal.changed_elsewhere()
    target = make_backup(journal.location, tmp_path / "now.sqlite", already_open=True)
    assert verify_backup(target) == []
    assert file_opens == []
    _note(journal_path, "a note after the backup")
    assert journal.changed_elsewhere()
