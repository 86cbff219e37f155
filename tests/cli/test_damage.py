"""A damaged journal, damaged in the ways files really break: cut short, a page zeroed in the
middle, garbage over the schema, a -wal whose frames are garbage. ``check`` finds it and
exits 5; ``note`` and ``due`` say the same and name the latest good backup; nothing is
changed on disk."""

from __future__ import annotations

import os
import shutil
import sqlite3
import struct
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.cli.conftest import PartnerBookCli

DAMAGED_EXIT = 5


def write_pages(db: Path, pages: list[int], page_size: int, fill: bytes, keep_header: bool) -> None:
    data = bytearray(db.read_bytes())
    for page in pages:
        start = (page - 1) * page_size + (100 if keep_header and page == 1 else 0)
        end = page * page_size
        data[start:end] = (fill * page_size)[: end - start]
    db.write_bytes(bytes(data))


def truncate(pb: PartnerBookCli, db: Path) -> None:
    """The file cut short (a copy interrupted, a full disk during a sync)."""
    size = db.stat().st_size
    with db.open("r+b") as handle:
        handle.truncate(size // 2)


def zero_people_page(pb: PartnerBookCli, db: Path) -> None:
    """One page in the middle of the file zeroed (a bad sector): the people's table."""
    pages, page_size = pb.pages_of(db, "people")
    write_pages(db, pages, page_size, b"\x00", keep_header=False)


def zero_timeline_page(pb: PartnerBookCli, db: Path) -> None:
    pages, page_size = pb.pages_of(db, "entries")
    write_pages(db, [pages[len(pages) // 2]], page_size, b"\x00", keep_header=False)


def garbage_schema(pb: PartnerBookCli, db: Path) -> None:
    """Garbage over the schema's first page (the 100-byte header left, so it is still ours)."""
    _pages, page_size = pb.pages_of(db, "sqlite_schema")
    write_pages(db, [1], page_size, b"\xa5\x5a", keep_header=True)


DAMAGES = {
    "truncated": truncate,
    "zeroed page": zero_people_page,
    "garbage schema": garbage_schema,
}


def make_backup(pb: PartnerBookCli, db: Path) -> Path:
    result = pb("--db", str(db), "backup")
    assert result.returncode == 0, result.describe()
    return Path(result.stdout.strip().rsplit(": ", 1)[1])


@pytest.mark.parametrize("how", list(DAMAGES))
def test_check_finds_the_damage_and_changes_nothing(pb: PartnerBookCli, db: Path, how: str) -> None:
    pb.build_big_journal(db)
    DAMAGES[how](pb, db)
    before = pb.digest(db)
    result = pb("--db", str(db), "check")
    pb.assert_refused(result, code=DAMAGED_EXIT)
    assert result.stderr.startswith(f"partnerbook: The journal {db} is damaged"), result.stderr
    assert "partnerbook restore FILE" in result.stderr
    assert "The journal is healthy." not in result.stdout
    assert pb.digest(db) == before


@pytest.mark.parametrize("how", list(DAMAGES))
@pytest.mark.parametrize("command", [["note", "After the damage", "--with", "sar"], ["due"]])
def test_note_and_due_say_so_and_name_the_latest_good_backup(
    pb: PartnerBookCli, db: Path, how: str, command: list[str]
) -> None:
    pb.build_big_journal(db)
    backup = make_backup(pb, db)
    DAMAGES[how](pb, db)
    before = pb.digest(db)
    result = pb("--db", str(db), *command)
    pb.assert_refused(result, code=DAMAGED_EXIT)
    first, *_rest = result.stderr.splitlines()
    assert first.startswith(f"partnerbook: The journal {db} is damaged"), result.describe()
    assert "partnerbook restore FILE" in result.stderr
    assert f"partnerbook restore '{backup}'" in result.stderr, result.describe()
    assert pb.digest(db) == before
    # The advice works: the backup restores, the damaged file is kept byte for byte.
    restored = pb("--db", str(db), "restore", str(backup))
    assert restored.returncode == 0, restored.describe()
    [kept] = list(backup.parent.glob("damaged-*.sqlite"))
    assert pb.digest(kept) == before
    # Its companions, if a command left any, went with it: nothing is deleted.
    assert not any(p.name.startswith("damaged-") for p in db.parent.iterdir())
    assert pb("--db", str(db), "check").returncode == 0
    assert pb.count(db, "entries") == 300


def test_damage_with_no_backup_says_there_is_none(pb: PartnerBookCli, db: Path) -> None:
    pb.build_big_journal(db, notes=50)
    zero_people_page(pb, db)
    result = pb("--db", str(db), "due")
    pb.assert_refused(result, code=DAMAGED_EXIT)
    assert "No backup that passes its check was found beside the journal." in result.stderr


def test_a_damaged_journal_is_never_taken_for_the_latest_good_backup(
    pb: PartnerBookCli, db: Path
) -> None:
    """A damaged journal moved aside sits in the backups folder, newest of all: never
    offered, and neither is a backup that fails its check."""
    from partnerbook.services.maintenance import good_backup_for
    from partnerbook.store.engine import resolve_location

    pb.build_big_journal(db, notes=50)
    good = make_backup(pb, db)
    older = datetime.now().timestamp() - 3600
    os.utime(good, (older, older))
    broken = good.with_name("manual-broken.sqlite")
    shutil.copy(good, broken)
    zero_people_page(pb, broken)
    aside = good.with_name("damaged-20990101-000000.sqlite")
    shutil.copy(good, aside)  # even a readable one: a rescue copy, not a backup
    found = good_backup_for(resolve_location(db))
    assert found is not None and found.path == good


# --- a damaged -wal -------------------------------------------------------------------------


def journal_with_wal(pb: PartnerBookCli, db: Path, copy_to: Path) -> int:
    """A journal whose last notes are only in its -wal, copied (main file and -wal) as a
    crash would leave them; the number of pages' frames in the -wal is returned."""
    from partnerbook.services.capture import NoteRequest, capture_note

    pb.build_big_journal(db, notes=100)
    keeper = sqlite3.connect(db)  # the last connection checkpoints on close: hold one
    try:
        keeper.execute("PRAGMA wal_autocheckpoint = 0")
        keeper.execute("SELECT count(*) FROM entries").fetchone()
        with pb.journal(db) as journal:
            for number in range(5):
                capture_note(journal, NoteRequest(text=f"In the wal {number}\nmore words"))
        wal = db.with_name(db.name + "-wal")
        assert wal.stat().st_size > 32
        copy_to.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(db, copy_to)
        shutil.copy(wal, copy_to.with_name(copy_to.name + "-wal"))
    finally:
        keeper.close()
    return (wal_frames(copy_to.with_name(copy_to.name + "-wal")))[0]


def wal_frames(wal: Path) -> tuple[int, int]:
    data = wal.read_bytes()
    page_size = struct.unpack(">I", data[8:12])[0]
    return (len(data) - 32) // (24 + page_size), page_size


def _checksum(data: bytes, s0: int, s1: int, big: bool) -> tuple[int, int]:
    fmt = ">" if big else "<"
    for offset in range(0, len(data), 8):
        x0, x1 = struct.unpack(fmt + "II", data[offset : offset + 8])
        s0 = (s0 + x0 + s1) & 0xFFFFFFFF
        s1 = (s1 + x1 + s0) & 0xFFFFFFFF
    return s0, s1


def garble_wal(wal: Path, first_frame: int, valid_checksums: bool) -> None:
    """Garbage over the page images from ``first_frame`` on; with valid checksums SQLite
    believes them (a bug or a bad disk that wrote a wrong page), without it stops there."""
    data = bytearray(wal.read_bytes())
    frames, page_size = wal_frames(wal)
    big = struct.unpack(">I", data[0:4])[0] & 1 == 1
    s0, s1 = struct.unpack(">II", data[24:32])
    for frame in range(frames):
        start = 32 + frame * (24 + page_size)
        if frame >= first_frame:
            data[start + 24 : start + 24 + page_size] = (b"\xa5\x5a" * page_size)[:page_size]
        s0, s1 = _checksum(bytes(data[start : start + 8]), s0, s1, big)
        s0, s1 = _checksum(bytes(data[start + 24 : start + 24 + page_size]), s0, s1, big)
        if valid_checksums:
            data[start + 16 : start + 24] = struct.pack(">II", s0, s1)
    wal.write_bytes(bytes(data))


def test_a_wal_of_believable_garbage_is_found_by_check(
    pb: PartnerBookCli, db: Path, tmp_path: Path
) -> None:
    crashed = tmp_path / "crashed" / "journal.sqlite"
    frames = journal_with_wal(pb, db, crashed)
    wal = crashed.with_name(crashed.name + "-wal")
    garble_wal(wal, first_frame=frames // 2, valid_checksums=True)
    before = (pb.digest(crashed), pb.digest(wal))
    result = pb("--db", str(crashed), "check")
    pb.assert_refused(result, code=DAMAGED_EXIT)
    assert f"The journal {crashed} is damaged" in result.stderr, result.describe()
    assert (pb.digest(crashed), pb.digest(wal)) == before  # check only reads


def test_a_torn_wal_is_cut_at_its_last_good_frame_and_the_journal_stays_healthy(
    pb: PartnerBookCli, db: Path, tmp_path: Path
) -> None:
    """Frames whose checksums fail (a write torn by a power cut) are never applied: SQLite
    stops at the first one. check passes, and everything before is there."""
    crashed = tmp_path / "crashed" / "journal.sqlite"
    frames = journal_with_wal(pb, db, crashed)
    garble_wal(crashed.with_name(crashed.name + "-wal"), frames - 1, valid_checksums=False)
    result = pb("--db", str(crashed), "check")
    assert result.returncode == 0, result.describe()
    assert "The journal is healthy." in result.stdout
    titles = {title for (title,) in pb.query(crashed, "SELECT title FROM entries")}
    assert {f"Note {n}" for n in range(100)} <= titles
    assert {"In the wal 0", "In the wal 1", "In the wal 2", "In the wal 3"} <= titles
