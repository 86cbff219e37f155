"""``partnerbook export ics`` as a user runs it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from icalendar import Calendar

if TYPE_CHECKING:
    from tests.cli.conftest import PartnerBookCli


def test_export_ics_writes_a_calendar_that_parses(pb: PartnerBookCli, tmp_path: Path) -> None:
    db = tmp_path / "journal.sqlite"
    saved = pb(
        "--db", str(db), "note", "Cà phê với Lan", "--with", "Lan", "--follow-up", "thứ ba tuần sau"
    )
    assert saved.returncode == 0, saved.describe()
    target = tmp_path / "out" / "follow-ups.ics"
    result = pb("--db", str(db), "export", "ics", "-o", str(target))
    assert result.returncode == 0, result.describe()
    assert result.stdout == f"Wrote 1 follow-up and 0 promises to {target}\n"
    [event] = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert str(event["summary"]) == "Follow up: Cà phê với Lan"
    assert event.walk("VALARM")


def test_export_to_a_folder_is_refused_and_a_missing_journal_is_not_created(
    pb: PartnerBookCli, tmp_path: Path
) -> None:
    db = tmp_path / "journal.sqlite"
    pb("--db", str(db), "note", "x")
    folder = tmp_path / "a folder"
    folder.mkdir()
    refused = pb("--db", str(db), "export", "ics", "-o", str(folder))
    pb.assert_refused(refused, code=2)
    assert "is a folder" in refused.stderr
    missing = tmp_path / "nothing.sqlite"
    absent = pb("--db", str(missing), "export", "ics", "-o", str(tmp_path / "x.ics"))
    pb.assert_refused(absent)
    assert not missing.exists()


def test_export_over_the_journal_or_into_a_file_as_folder_is_refused(
    pb: PartnerBookCli, tmp_path: Path
) -> None:
    db = tmp_path / "nhật ký.sqlite"
    assert pb("--db", str(db), "note", "x").returncode == 0
    itself = pb("--db", str(db), "export", "ics", "-o", str(db))
    pb.assert_refused(itself, code=2)
    assert "journal itself" in itself.stderr
    blocker = tmp_path / "a file"
    blocker.write_text("x")
    unwritable = pb("--db", str(db), "export", "ics", "-o", str(blocker / "out.ics"))
    pb.assert_refused(unwritable, code=6)
    assert "Cannot write" in unwritable.stderr
