"""A journal in a sync folder or on a network filesystem: one warning on stderr per
command, never in the output a script reads."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tests.cli.conftest import PartnerBookCli

WARNING = "partnerbook: warning: The journal "


def test_a_journal_in_a_dropbox_folder_is_warned_about_once(
    pb: PartnerBookCli, tmp_path: Path
) -> None:
    db = tmp_path / "Dropbox" / "work" / "journal.sqlite"
    result = pb("--db", str(db), "note", "Coffee with Lan", "--with", "Lan")
    assert result.returncode == 0, result.describe()
    assert result.stdout.startswith("Saved note #")
    assert result.stderr.count(WARNING) == 1, result.describe()
    assert "inside a Dropbox folder" in result.stderr
    assert "Move the journal to a folder on this computer" in result.stderr

    due = pb("--db", str(db), "due", "--json")
    assert due.returncode == 0, due.describe()
    json.loads(due.stdout)  # stdout is the JSON alone
    assert due.stderr.count(WARNING) == 1

    check = pb("--db", str(db), "check")
    assert check.returncode == 0 and check.stderr.count(WARNING) == 1, check.describe()


def test_a_journal_in_a_local_folder_gets_no_warning(pb: PartnerBookCli, db: Path) -> None:
    result = pb("--db", str(db), "note", "Coffee with Lan")
    assert result.returncode == 0, result.describe()
    assert "warning" not in result.stderr
