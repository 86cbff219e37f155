"""``partnerbook import``: contacts in, as the files real programs write; the same file
twice adds nothing; exit codes say whether the file could be read."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.cli.conftest import PartnerBookCli

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "csv"


def _summary(pb: PartnerBookCli, db: Path, *args: str) -> dict[str, object]:
    result = pb("--db", str(db), "import", *args, "--json")
    assert result.returncode == 0, result.describe()
    summary: dict[str, object] = json.loads(result.stdout)
    return summary


@pytest.mark.parametrize(
    ("name", "people"),
    [("google_current.csv", 5), ("linkedin_connections.csv", 4), ("thunderbird.csv", 3)],
)
def test_a_second_import_of_the_same_export_adds_no_one(
    pb: PartnerBookCli, db: Path, name: str, people: int
) -> None:
    first = _summary(pb, db, str(FIXTURES / name))
    assert set(first) == {"created", "updated", "skipped", "errors"}
    assert first["created"] == people and first["updated"] == 0
    for error in first["errors"]:  # type: ignore[attr-defined]
        assert set(error) == {"record", "line", "message"}
    count = pb.count(db, "people")
    second = _summary(pb, db, str(FIXTURES / name))
    assert (second["created"], second["updated"], second["skipped"]) == (0, 0, people)
    assert pb.count(db, "people") == count


def test_the_plain_summary_lists_each_broken_record(pb: PartnerBookCli, db: Path) -> None:
    result = pb("--db", str(db), "import", str(FIXTURES / "google_current.csv"))
    assert result.returncode == 0, result.describe()
    assert "Read 5 contacts" in result.stdout and "(google-csv)" in result.stdout
    assert "record 5 (line 10): The birthday '1990-02-31' is not a date" in result.stdout
    assert "partnerbook import --undo-last" in result.stdout


def test_dry_run_changes_nothing(pb: PartnerBookCli, db: Path) -> None:
    with pb.journal(db):
        pass
    before = pb.digest(db)
    summary = _summary(pb, db, str(FIXTURES / "outlook_desktop_utf16.csv"), "--dry-run")
    assert summary["created"] == 3
    assert pb.digest(db) == before and pb.count(db, "people") == 0


def test_undo_last_takes_the_batch_back(pb: PartnerBookCli, db: Path) -> None:
    _summary(pb, db, str(FIXTURES / "linkedin_connections.csv"))
    live = "SELECT count(*) FROM people WHERE deleted_at IS NULL"
    assert pb.query(db, live)[0][0] == 4
    result = pb("--db", str(db), "import", "--undo-last")
    assert result.returncode == 0, result.describe()
    assert pb.query(db, live)[0][0] == 0
    pb.assert_refused(pb("--db", str(db), "import", "--undo-last"), code=2)


def test_the_format_can_be_forced(pb: PartnerBookCli, db: Path) -> None:
    summary = _summary(pb, db, str(FIXTURES / "outlook_com.csv"), "--format", "outlook-csv")
    assert summary["created"] == 2


def test_what_cannot_be_read_exits_1_and_changes_nothing(
    pb: PartnerBookCli, db: Path, tmp_path: Path
) -> None:
    with pb.journal(db):
        pass
    before = pb.digest(db)
    garbage = tmp_path / "notes.txt"
    garbage.write_bytes(b"just some words\nand more words\n")
    pb.assert_refused(pb("--db", str(db), "import", str(garbage)), code=1)
    pb.assert_refused(pb("--db", str(db), "import", str(tmp_path / "missing.vcf")), code=1)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    pb.assert_refused(pb("--db", str(db), "import", str(empty), "--format", "google-csv"), 1)
    assert pb.digest(db) == before


def test_usage_errors_exit_2(pb: PartnerBookCli, db: Path) -> None:
    result = pb("--db", str(db), "import", "x.vcf", "--format", "palm-pilot")
    assert result.returncode == 2
    pb.assert_refused(pb("--db", str(db), "import"), code=2)


def test_a_json_archive_fills_a_new_journal_and_only_a_new_one(
    pb: PartnerBookCli, db: Path, tmp_path: Path
) -> None:
    assert pb("--db", str(db), "demo", "--people", "30", "--entries", "200").returncode == 0
    archive = tmp_path / "all.json"
    exported = pb("--db", str(db), "export", "json", "-o", str(archive))
    assert exported.returncode == 0, exported.describe()
    assert "Wrote 30 people" in exported.stdout
    restored = tmp_path / "restored.sqlite"
    result = pb("--db", str(restored), "import", str(archive))
    assert result.returncode == 0, result.describe()
    assert "Restored 30 people" in result.stdout
    again = tmp_path / "again.json"
    assert pb("--db", str(restored), "export", "json", "-o", str(again)).returncode == 0
    first, second = json.loads(archive.read_text()), json.loads(again.read_text())
    first.pop("exported_at"), second.pop("exported_at")
    assert first == second
    pb.assert_refused(pb("--db", str(db), "import", str(archive)), code=2)


def test_our_own_people_csv_comes_back_and_changes_nothing_here(
    pb: PartnerBookCli, db: Path, tmp_path: Path
) -> None:
    _summary(pb, db, str(FIXTURES / "google_current.csv"))
    _summary(pb, db, str(FIXTURES / "linkedin_connections.csv"))
    people = tmp_path / "people.csv"
    result = pb("--db", str(db), "export", "csv", "-o", str(people))
    assert result.returncode == 0, result.describe()
    assert result.stdout.startswith("Wrote 9 people")
    assert people.read_bytes().startswith(b"\xef\xbb\xbfFirst Name,")
    same = _summary(pb, db, str(people))
    assert (same["created"], same["updated"], same["skipped"]) == (0, 0, 9)
    elsewhere = tmp_path / "elsewhere.sqlite"
    assert _summary(pb, elsewhere, str(people))["created"] == 9
    partners = tmp_path / "partners.csv"
    result = pb("--db", str(db), "export", "csv", "--partners", "-o", str(partners))
    assert result.returncode == 0, result.describe()
    assert partners.read_text(encoding="utf-8-sig").startswith("Name,Kinds,Stage")


@pytest.mark.parametrize("version", ["4.0", "3.0"])
def test_vcards_out_and_back_in_keep_every_person(
    pb: PartnerBookCli, db: Path, tmp_path: Path, version: str
) -> None:
    _summary(pb, db, str(FIXTURES / "google_current.csv"))
    _summary(pb, db, str(FIXTURES / "outlook_desktop_utf16.csv"))
    cards = tmp_path / "people.vcf"
    result = pb("--db", str(db), "export", "vcard", "--version", version, "-o", str(cards))
    assert result.returncode == 0, result.describe()
    count = pb.count(db, "people")
    assert result.stdout.startswith(f"Wrote {count} people (vCard {version})")
    assert cards.read_text(encoding="utf-8").count("BEGIN:VCARD") == count
    # into the journal they came from: nothing new (their ids are learned once)
    _summary(pb, db, str(cards))
    same = _summary(pb, db, str(cards))
    assert (same["created"], same["updated"], same["skipped"]) == (0, 0, count)
    # into a new journal: the same people, the same names, emails and birthdays
    elsewhere = tmp_path / "elsewhere.sqlite"
    assert _summary(pb, elsewhere, str(cards))["created"] == count
    query = (
        "SELECT display_name, birthday_year, birthday_month, birthday_day, role FROM people "
        "ORDER BY display_name"
    )
    assert pb.query(elsewhere, query) == pb.query(db, query)
    emails = "SELECT value FROM contact_methods WHERE kind = 'email' ORDER BY value"
    assert pb.query(elsewhere, emails) == pb.query(db, emails)
