"""``check``, ``backup`` and ``restore``: a healthy journal, a damaged one, and the way back."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from partnerbook.store.migrations import HEAD

if TYPE_CHECKING:
    from tests.cli.conftest import PartnerBookCli


def add_notes(pb: PartnerBookCli, db: Path, titles: list[str], person: str = "Sarah Cohen") -> None:
    """Notes through the capture service, as ``partnerbook note`` would save them."""
    from partnerbook.services.capture import NoteRequest, capture_note

    with pb.journal(db) as journal:
        for title in titles:
            capture_note(journal, NoteRequest(text=f"{title}\nmore words", people=[person]))


def overwrite_pages(db: Path, pages: list[int], page_size: int, skip_header: bool = False) -> None:
    data = bytearray(db.read_bytes())
    for page in pages:
        start = (page - 1) * page_size + (100 if skip_header and page == 1 else 0)
        end = page * page_size
        data[start:end] = (b"\xa5\x5a" * page_size)[: end - start]
    db.write_bytes(bytes(data))


def damage(pb: PartnerBookCli, db: Path, where: str) -> None:
    """Damage a closed journal in the middle: timeline pages, or the schema's own pages."""
    if where == "timeline":
        pages, page_size = pb.pages_of(db, "entries")
        middle = len(pages) // 2
        overwrite_pages(db, pages[middle - 1 : middle + 2], page_size)
    else:
        pages, page_size = pb.pages_of(db, "sqlite_schema")
        beyond_first = [page for page in pages if page != 1]
        overwrite_pages(db, beyond_first or [1], page_size, skip_header=True)
    assert pb.side_files(db) == []  # everything is in the one file we damaged


def kept_copy(stdout: str) -> Path:
    [line] = [line for line in stdout.splitlines() if "The journal as it was is kept in " in line]
    return Path(line.split(" kept in ", 1)[1])


# --- check --------------------------------------------------------------------------------


def test_check_a_healthy_journal(pb: PartnerBookCli, db: Path) -> None:
    add_notes(pb, db, ["One", "Two", "Three"])
    before = pb.digest(db)
    result = pb("--db", str(db), "check")
    assert result.returncode == 0, result.describe()
    assert result.stdout.splitlines() == [
        f"Journal:   {db}",
        f"Schema:    {HEAD} (current)",
        "Contents:  1 people, 0 partners, 3 entries",
        "Integrity: ok",
        "Foreign keys: ok",
        "The journal is healthy.",
    ]
    assert result.stderr == ""
    assert pb.digest(db) == before


def test_check_reports_damaged_timeline_pages_and_changes_nothing(
    pb: PartnerBookCli, db: Path
) -> None:
    pb.build_big_journal(db)
    damage(pb, db, "timeline")
    before = pb.digest(db)

    result = pb("--db", str(db), "check")
    pb.assert_refused(result, code=5)
    lines = result.stdout.splitlines()
    assert lines[0] == f"Journal:   {db}"
    assert "Problems found:" in lines
    problems = lines[lines.index("Problems found:") + 1 :]
    assert problems and all(line.startswith("  - ") for line in problems), result.stdout
    assert "The journal is healthy." not in result.stdout
    assert result.stderr.startswith(f"partnerbook: The journal {db} is damaged.\n")
    assert "partnerbook restore FILE" in result.stderr
    assert pb.digest(db) == before

    # A backup of a damaged journal is refused rather than kept as if it were good.
    backups = db.with_name(f"{db.stem}-backups")
    refused = pb("--db", str(db), "backup")
    pb.assert_refused(refused, code=5)
    assert "partnerbook check" in refused.stderr
    assert pb.digest(db) == before
    assert not backups.exists() or list(backups.iterdir()) == []


def test_check_calls_a_damaged_schema_damage_not_a_foreign_file(
    pb: PartnerBookCli, db: Path
) -> None:
    """The file still starts with SQLite's header and PartnerBook's application id: it is
    our journal, damaged; the user must be told to restore a backup, not to check --db."""
    pb.build_big_journal(db)
    damage(pb, db, "schema")
    before = pb.digest(db)
    result = pb("--db", str(db), "check")
    pb.assert_refused(result)
    assert "not a database file" not in result.stderr, result.describe()
    assert f"The journal {db} is damaged" in result.stderr, result.describe()
    assert result.returncode == 5, result.describe()
    assert pb.digest(db) == before


def test_a_note_on_a_damaged_journal_does_not_fail_after_saving(
    pb: PartnerBookCli, db: Path
) -> None:
    """Either the note is refused and nothing changes, or it is saved and the command says
    so and succeeds: a script that sees a failure must be able to retry without doubling."""
    pb.build_big_journal(db)
    damage(pb, db, "timeline")
    before = pb.digest(db)
    result = pb("--db", str(db), "note", "After the damage")
    assert "Traceback" not in result.stderr
    if result.returncode != 0:
        assert pb.digest(db) == before, (
            "the command failed but the note was written:\n" + result.describe()
        )
    else:
        assert result.stdout.startswith("Saved note #"), result.describe()


# --- backup -------------------------------------------------------------------------------


def test_backup_goes_beside_the_journal_and_is_a_journal(pb: PartnerBookCli, db: Path) -> None:
    add_notes(pb, db, ["One", "Two"])
    before = pb.digest(db)
    result = pb("--db", str(db), "backup")
    assert result.returncode == 0, result.describe()
    prefix = "Backup written and verified: "
    assert result.stdout.startswith(prefix) and result.stdout.endswith("\n")
    backup = Path(result.stdout[len(prefix) :].strip())
    assert backup.parent == db.parent / "journal-backups"
    assert backup.name.startswith("manual-") and backup.suffix == ".sqlite"
    assert backup.is_file()
    assert [path.name for path in backup.parent.iterdir()] == [backup.name]  # no .partial left
    assert pb.digest(db) == before

    check = pb("--db", str(backup), "check")
    assert check.returncode == 0, check.describe()
    assert "Contents:  1 people, 0 partners, 2 entries" in check.stdout
    assert "The journal is healthy." in check.stdout
    assert pb.side_files(backup) == []  # a backup is one self-contained file


def test_backup_to_a_chosen_file(pb: PartnerBookCli, db: Path, tmp_path: Path) -> None:
    add_notes(pb, db, ["One"])
    target = tmp_path / "elsewhere" / "copy.sqlite"  # the folder does not exist yet
    result = pb("--db", str(db), "backup", "-o", str(target))
    assert result.returncode == 0, result.describe()
    assert result.stdout == f"Backup written and verified: {target}\n"
    assert pb.query(target, "SELECT title FROM entries") == [("One",)]
    assert not db.with_name("journal-backups").exists()

    itself = pb("--db", str(db), "backup", "-o", str(db))
    pb.assert_refused(itself, code=2)
    assert "cannot overwrite the journal itself" in itself.stderr


def test_backup_of_a_missing_journal_is_refused(pb: PartnerBookCli, db: Path) -> None:
    result = pb("--db", str(db), "backup")
    pb.assert_refused(result, code=6)
    assert f"There is no journal at {db} to back up." in result.stderr
    assert not db.exists()


# --- restore ------------------------------------------------------------------------------


def test_restore_brings_back_the_old_content_and_keeps_the_newer(
    pb: PartnerBookCli, db: Path, tmp_path: Path
) -> None:
    add_notes(pb, db, ["Old one", "Old two", "Old three"])
    backup = tmp_path / "saved.sqlite"
    made = pb("--db", str(db), "backup", "-o", str(backup))
    assert made.returncode == 0, made.describe()
    add_notes(pb, db, ["New four", "New five"], person="Lan Anh")
    newer = pb.digest(db)
    backup_before = pb.digest(backup)

    result = pb("--db", str(db), "restore", str(backup))
    assert result.returncode == 0, result.describe()
    kept = kept_copy(result.stdout)
    assert result.stdout.splitlines() == [
        f"Restored {db} from {backup}",
        f"The journal as it was is kept in {kept}",
        "It holds 1 people, 0 partners, 3 entries.",
    ]
    assert kept.parent == db.parent / "journal-backups"
    assert kept.name.startswith("before-restore-")

    titles = "SELECT title FROM entries ORDER BY id"
    assert pb.query(db, titles) == [("Old one",), ("Old two",), ("Old three",)]
    assert pb.query(kept, titles) == [
        ("Old one",),
        ("Old two",),
        ("Old three",),
        ("New four",),
        ("New five",),
    ]
    assert pb.query(kept, "SELECT display_name FROM people ORDER BY id") == [
        ("Sarah Cohen",),
        ("Lan Anh",),
    ]
    assert pb.digest(backup) == backup_before  # the backup itself is only read
    assert pb.digest(db) != newer

    # The restored journal is a working journal: the next note follows on.
    after = pb("--db", str(db), "note", "After the restore", "--with", "sarah")
    assert after.returncode == 0, after.describe()
    assert after.stdout.splitlines()[1:] == ["  with Sarah Cohen"]
    assert after.stdout.startswith("Saved note #4 on ")


@pytest.mark.parametrize("bad", ["garbage", "foreign", "missing"])
def test_restoring_something_that_is_not_a_backup_changes_nothing(
    pb: PartnerBookCli, db: Path, tmp_path: Path, bad: str
) -> None:
    add_notes(pb, db, ["Keep me"])
    before = pb.digest(db)
    source = tmp_path / "backup.sqlite"
    if bad == "garbage":
        source.write_bytes(b"PK\x03\x04 this is a zip file, not a journal " * 200)
    elif bad == "foreign":
        pb.make_foreign_database(source)
    source_before = pb.digest(source) if source.exists() else None

    result = pb("--db", str(db), "restore", str(source))
    if bad == "missing":
        pb.assert_refused(result, code=2)
        assert f"There is no file {source}." in result.stderr
    else:
        pb.assert_refused(result, code=3)
        assert f"{source} is not a PartnerBook backup." in result.stderr
        assert "Nothing was changed." in result.stderr
        assert pb.digest(source) == source_before
    assert pb.digest(db) == before
    assert pb.query(db, "SELECT title FROM entries") == [("Keep me",)]
    assert not db.with_name("journal-backups").exists()  # no copy needed, none made


def test_restore_is_refused_while_a_window_holds_the_journal(
    pb: PartnerBookCli, db: Path, tmp_path: Path
) -> None:
    from partnerbook.services.maintenance import make_backup
    from partnerbook.store.engine import resolve_location
    from partnerbook.store.lock import JournalLock

    add_notes(pb, db, ["Old"])
    backup = make_backup(resolve_location(db), tmp_path / "saved.sqlite")
    add_notes(pb, db, ["New"])
    before = pb.digest(db)
    with JournalLock(db):
        result = pb("--db", str(db), "restore", str(backup))
    pb.assert_refused(result, code=4)
    assert "The journal is open in a PartnerBook window." in result.stderr
    assert "Nothing was changed." in result.stderr
    assert pb.digest(db) == before
    assert pb.query(db, "SELECT title FROM entries ORDER BY id") == [("Old",), ("New",)]


@pytest.mark.parametrize("where", ["timeline", "schema"])
def test_restore_replaces_a_damaged_journal(
    pb: PartnerBookCli, db: Path, tmp_path: Path, where: str
) -> None:
    """What check tells the user to do when the journal is damaged must work."""
    from partnerbook.services.maintenance import make_backup
    from partnerbook.store.engine import resolve_location

    pb.build_big_journal(db, notes=200)
    backup = make_backup(resolve_location(db), tmp_path / "saved.sqlite")
    damage(pb, db, where)
    damaged = pb.digest(db)

    result = pb("--db", str(db), "restore", str(backup))
    assert result.returncode == 0, result.describe()
    assert "It holds 1 people, 0 partners, 200 entries." in result.stdout
    kept = kept_copy(result.stdout)
    assert pb.digest(kept) == damaged  # the damaged journal is kept as it was, for rescue
    check = pb("--db", str(db), "check")
    assert check.returncode == 0, check.describe()
