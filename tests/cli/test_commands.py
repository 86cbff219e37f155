"""The command line end to end, as real processes: what users and scripts see."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

import partnerbook


def pb(
    *args: str, home: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    full_env = dict(os.environ, PARTNERBOOK_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    full_env.pop("PARTNERBOOK_DATABASE_URL", None)
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "partnerbook", *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=120,
        check=False,
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "journal.sqlite"


def test_version_and_help(isolated_home: Path) -> None:
    result = pb("--version", home=isolated_home)
    assert result.returncode == 0 and partnerbook.__version__ in result.stdout
    result = pb("--help", home=isolated_home)
    assert result.returncode == 0
    for command in ("note", "due", "demo", "check", "backup", "restore"):
        assert command in result.stdout


def test_note_then_due_json(db: Path, isolated_home: Path) -> None:
    result = pb(
        "--db",
        str(db),
        "note",
        "Coffee with Lan\nshe needs a Q1 KPI win",
        "--with",
        "Nguyễn Thị Lan",
        "--partner",
        "Ngân hàng Sen Vàng",
        "--kind",
        "coffee",
        "--follow-up",
        "2026-12-01",
        home=isolated_home,
    )
    assert result.returncode == 0, result.stderr
    assert "Nguyễn Thị Lan (new person added)" in result.stdout
    assert "Ngân hàng Sen Vàng (new partner added)" in result.stdout
    again = pb(
        "--db", str(db), "note", "Quick call", "--with", "ngu", "--kind", "call", home=isolated_home
    )
    assert again.returncode == 0 and "new person" not in again.stdout

    days = (date(2026, 12, 1) - date.today()).days
    due = pb("--db", str(db), "due", "--within", str(max(days, 0)), "--json", home=isolated_home)
    assert due.returncode == 0, due.stderr
    report = json.loads(due.stdout)
    assert set(report) == {"follow_ups", "commitments", "stay_in_touch"}
    [follow_up] = report["follow_ups"]
    assert set(follow_up) == {"id", "text", "due", "people", "partner"}
    assert follow_up == {
        **follow_up,
        "text": "Coffee with Lan",
        "due": "2026-12-01",
        "people": ["Nguyễn Thị Lan"],
        "partner": "Ngân hàng Sen Vàng",
    }


def test_relative_follow_up_and_human_output(db: Path, isolated_home: Path) -> None:
    result = pb(
        "--db",
        str(db),
        "note",
        "Send the deck",
        "--with",
        "Sarah Cohen",
        "--follow-up",
        "tomorrow",
        home=isolated_home,
    )
    assert result.returncode == 0, result.stderr
    tomorrow = date.today() + timedelta(days=1)
    due = pb("--db", str(db), "due", "--within", "1", home=isolated_home)
    assert "Send the deck" in due.stdout and tomorrow.isoformat() in due.stdout
    assert "Nothing due today" in pb("--db", str(db), "due", home=isolated_home).stdout


def test_ambiguous_names_are_listed_and_nothing_is_saved(db: Path, isolated_home: Path) -> None:
    for name in ("Sarah Cohen", "Sara Levi"):
        assert pb("--db", str(db), "note", "hi", "--with", name, home=isolated_home).returncode == 0
    result = pb("--db", str(db), "note", "who?", "--with", "sar", home=isolated_home)
    assert result.returncode == 2
    assert "Sarah Cohen" in result.stderr and "Sara Levi" in result.stderr
    assert "Traceback" not in result.stderr
    connection = sqlite3.connect(db)
    try:
        assert connection.execute("SELECT count(*) FROM entries").fetchone()[0] == 2
    finally:
        connection.close()


@pytest.mark.parametrize("when", ["banana", "32/13/2026", "next blursday"])
def test_a_garbage_date_is_refused(db: Path, isolated_home: Path, when: str) -> None:
    result = pb("--db", str(db), "note", "x", "--follow-up", when, home=isolated_home)
    assert result.returncode == 2
    assert "not a date" in result.stderr and "Traceback" not in result.stderr
    assert not db.exists()  # a refused note does not even create the journal


def test_scripts_and_emoji_round_trip(db: Path, isolated_home: Path) -> None:
    for name in ("🦄 Unicorn", "שירה כהן", "王伟"):
        result = pb(
            "--db",
            str(db),
            "note",
            "合作 🎉",
            "--with",
            name,
            "--follow-up",
            "today",
            home=isolated_home,
        )
        assert result.returncode == 0 and name in result.stdout
    report = json.loads(pb("--db", str(db), "due", "--json", home=isolated_home).stdout)
    assert sorted(f["people"][0] for f in report["follow_ups"]) == sorted(
        ["🦄 Unicorn", "שירה כהן", "王伟"]
    )


def test_check_backup_and_restore(db: Path, tmp_path: Path, isolated_home: Path) -> None:
    assert pb("--db", str(db), "note", "first", home=isolated_home).returncode == 0
    check = pb("--db", str(db), "check", home=isolated_home)
    assert check.returncode == 0 and "healthy" in check.stdout
    copy = tmp_path / "copy.sqlite"
    backup = pb("--db", str(db), "backup", "-o", str(copy), home=isolated_home)
    assert backup.returncode == 0 and copy.exists()
    assert pb("--db", str(copy), "check", home=isolated_home).returncode == 0
    assert pb("--db", str(db), "note", "second", home=isolated_home).returncode == 0

    restore = pb("--db", str(db), "restore", str(copy), home=isolated_home)
    assert restore.returncode == 0, restore.stderr
    assert "1 entries" in restore.stdout
    kept = [line for line in restore.stdout.splitlines() if "kept in" in line]
    kept_path = Path(kept[0].split("kept in ")[1])
    connection = sqlite3.connect(kept_path)
    try:
        assert connection.execute("SELECT count(*) FROM entries").fetchone()[0] == 2
    finally:
        connection.close()
