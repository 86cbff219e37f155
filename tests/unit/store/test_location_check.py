"""Dangerous places for a journal: sync folders by name, network filesystems by type; and
WAL verified after opening, with a safe fallback where it cannot engage."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from partnerbook.store.location_check import CLOUD, NETWORK, location_risk

MOUNTS = """\
/dev/nvme0n1p2 / ext4 rw,relatime 0 0
tmpfs /tmp tmpfs rw,nosuid,nodev 0 0
server:/export/home /mnt/home nfs4 rw,relatime,vers=4.2 0 0
//nas/share /mnt/nas cifs rw,relatime 0 0
me@host:/srv /home/me/remote fuse.sshfs rw,nosuid 0 0
C:\\134 /mnt/c 9p rw,noatime 0 0
/dev/sdb1 /mnt/home/local\\040disk ext4 rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "service"),
    [
        (PurePosixPath("/home/me/Dropbox/journal.sqlite"), "Dropbox"),
        (PurePosixPath("/home/me/Dropbox (Acme)/pb/journal.sqlite"), "Dropbox"),
        (PurePosixPath("/Users/me/Library/CloudStorage/Dropbox/j.sqlite"), "Dropbox"),
        (PureWindowsPath("C:/Users/me/OneDrive/Documents/journal.sqlite"), "OneDrive"),
        (PureWindowsPath("C:/Users/me/OneDrive - Contoso/journal.sqlite"), "OneDrive"),
        (PurePosixPath("/Users/me/Library/CloudStorage/OneDrive-Personal/j.sqlite"), "OneDrive"),
        (
            PurePosixPath("/Users/me/Library/Mobile Documents/com~apple~CloudDocs/j.sqlite"),
            "iCloud Drive",
        ),
        (PureWindowsPath("C:/Users/me/iCloud Drive/journal.sqlite"), "iCloud Drive"),
        (PureWindowsPath("C:/Users/me/iCloudDrive/journal.sqlite"), "iCloud Drive"),
        (PureWindowsPath("G:/My Drive/journal.sqlite"), "Google Drive"),
        (PurePosixPath("/home/me/Google Drive/journal.sqlite"), "Google Drive"),
        (
            PurePosixPath("/Users/me/Library/CloudStorage/GoogleDrive-me@x.com/My Drive/j.sqlite"),
            "Google Drive",
        ),
        (PurePosixPath("/home/me/dropbox/journal.sqlite"), "Dropbox"),  # any case
    ],
)
def test_sync_folders_are_told_by_their_names(path: PurePosixPath, service: str) -> None:
    risk = location_risk(path, mounts="")
    assert risk is not None and risk.kind == CLOUD and risk.service == service
    assert service in risk.message(path) and "damage" in risk.message(path)
    assert "Move the journal" in risk.hint()


@pytest.mark.parametrize(
    ("path", "fstype", "where"),
    [
        ("/mnt/home/me/journal.sqlite", "nfs4", "/mnt/home"),
        ("/mnt/nas/pb/journal.sqlite", "cifs", "/mnt/nas"),
        ("/home/me/remote/journal.sqlite", "fuse.sshfs", "/home/me/remote"),
        ("/mnt/c/Users/me/journal.sqlite", "9p", "/mnt/c"),
    ],
)
def test_network_filesystems_are_told_by_the_mount_holding_the_file(
    path: str, fstype: str, where: str
) -> None:
    risk = location_risk(PurePosixPath(path), MOUNTS)
    assert risk is not None and risk.kind == NETWORK
    assert (risk.service, str(risk.where)) == (fstype, where)
    assert fstype in risk.message(path)


@pytest.mark.parametrize(
    "path",
    [
        "/home/me/.local/share/PartnerBook/journal.sqlite",
        "/tmp/journal.sqlite",
        "/mnt/home/local disk/journal.sqlite",  # a local disk mounted inside the NFS one
        "/mnt/homework/journal.sqlite",  # /mnt/home is not a prefix of /mnt/homework
        "/home/me/Documents/dropboxes-notes/journal.sqlite",
    ],
)
def test_local_folders_are_safe(path: str) -> None:
    assert location_risk(PurePosixPath(path), MOUNTS) is None


def test_this_machines_mounts_are_read_without_failing(tmp_path: Path) -> None:
    location_risk(tmp_path / "journal.sqlite")  # this machine's /proc/mounts: never raises
    risk = location_risk(tmp_path / "Dropbox" / "journal.sqlite")
    assert risk is not None and risk.kind == CLOUD


# --- WAL, verified ------------------------------------------------------------------------


def test_a_new_journal_really_runs_in_wal(journal_path: Path) -> None:
    from partnerbook.store.engine import resolve_location
    from partnerbook.store.migrate import open_journal

    journal = open_journal(resolve_location(journal_path))
    try:
        with journal.engine.connect() as connection:
            mode = connection.exec_driver_sql("PRAGMA journal_mode").scalar()
            synchronous = connection.exec_driver_sql("PRAGMA synchronous").scalar()
    finally:
        journal.close()
    assert (mode, synchronous) == ("wal", 2)  # 2 = FULL


def test_where_wal_cannot_engage_the_rollback_journal_is_used_and_said(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """SQLite's 'unix-none' VFS has no shared memory, like some network filesystems: asked
    for WAL, SQLite quietly keeps the rollback journal. We notice, say so in the log, and
    run DELETE with synchronous=FULL explicitly; notes are saved all the same."""
    from sqlalchemy.engine import URL

    from partnerbook.services.capture import NoteRequest, capture_note
    from partnerbook.store.engine import JournalLocation
    from partnerbook.store.migrate import open_journal

    path = tmp_path / "journal.sqlite"
    url = URL.create("sqlite", database=f"file:{path}?vfs=unix-none", query={"uri": "true"})
    with caplog.at_level(logging.WARNING, logger="partnerbook.store.engine"):
        journal = open_journal(JournalLocation(url, path))
    try:
        capture_note(journal, NoteRequest(text="Saved without WAL"))
        with journal.engine.connect() as connection:
            mode = connection.exec_driver_sql("PRAGMA journal_mode").scalar()
            synchronous = connection.exec_driver_sql("PRAGMA synchronous").scalar()
    finally:
        journal.close()
    assert (mode, synchronous) == ("delete", 2)
    assert any("could not use WAL" in r.getMessage() for r in caplog.records)
    connection = sqlite3.connect(path)
    try:
        titles = connection.execute("SELECT title FROM entries").fetchall()
    finally:
        connection.close()
    assert titles == [("Saved without WAL",)]
    assert not path.with_name(path.name + "-wal").exists()
