"""`partnerbook note` with hostile arguments, as a process: saved as cleaned, or refused in
words with exit 2; never a traceback (exit 70)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from partnerbook.store.check import check_journal
from partnerbook.store.engine import resolve_location

ARGV = [
    ["note", "coffee with Lan\x1b[31m \u202eKPI\u202c 👩\u200d👩\u200d👧\u200d👦", "--with", "Lan"],
    ["note", "bad bytes", "--with", os.fsdecode(b"Nguy\xe1n \xff")],  # not UTF-8: surrogates
    ["note", "\u200f\u200e", "--with", "שירה"],  # only marks: a note of marks is kept
    ["note", "   ", "--with", "Lan"],  # empty: refused
    ["note", "x" * 100_000, "--with", "合作" * 200],  # a name over 300: refused
    ["note", "follow up " + "tomorrow " * 100, "--kind", "c\u0301offee"],
]


@pytest.mark.parametrize("argv", ARGV, ids=range(len(ARGV)))
def test_the_command_line_takes_hostile_arguments(argv: list[str], tmp_path: Path) -> None:
    journal = tmp_path / "journal.sqlite"
    env = dict(os.environ, PARTNERBOOK_HOME=str(tmp_path / "home"), PYTHONIOENCODING="utf-8")
    env.pop("PARTNERBOOK_DATABASE_URL", None)
    args = [os.fsencode(a) for a in [sys.executable, "-m", "partnerbook", "--db", str(journal)]]
    args += [os.fsencode(a) for a in argv]
    result = subprocess.run(args, capture_output=True, env=env, timeout=60, check=False)
    stderr = result.stderr.decode("utf-8", "replace")
    assert result.returncode in (0, 2), stderr
    assert "Traceback" not in stderr and "unexpected" not in stderr.lower()
    if result.returncode == 2:
        assert stderr.strip() and len(stderr) < 2000
    if journal.exists():
        assert check_journal(resolve_location(journal)).healthy
