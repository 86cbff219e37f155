"""Is the journal somewhere that corrupts SQLite files? A cloud-sync folder or a network disk.

Sync clients (Dropbox, OneDrive, iCloud Drive, Google Drive) copy a file while it is being
written and bring back "conflicted copies" of it and of its -wal; network filesystems (NFS,
SMB, sshfs, WebDAV, 9p) often get SQLite's locks and shared memory wrong. Both are the
commonest way SQLite files are damaged in the field. This module only tells: it is pure
(the path and the text of ``/proc/mounts`` in, a ``LocationRisk`` or None out), and the
command line and the window say it in their own words.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path, PurePath

CLOUD = "cloud"
NETWORK = "network"

# Folder names, compared case-insensitively, and the service each belongs to.
_CLOUD_FOLDERS = {
    "dropbox": "Dropbox",
    "icloud drive": "iCloud Drive",
    "iclouddrive": "iCloud Drive",  # Windows: %USERPROFILE%\iCloudDrive
    "google drive": "Google Drive",
    "my drive": "Google Drive",
}
_CLOUD_PREFIXES = {
    "dropbox (": "Dropbox",  # "Dropbox (Personal)", "Dropbox (Acme)"
    "onedrive": "OneDrive",  # "OneDrive", "OneDrive - Contoso", "OneDrive-Personal"
    "googledrive-": "Google Drive",  # macOS ~/Library/CloudStorage/GoogleDrive-me@x.com
}
# Filesystem types of /proc/mounts that are network (or user-space remote) filesystems.
NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "sshfs",
        "fuse.sshfs",
        "9p",
        "davfs",
        "fuse.davfs2",
        "afs",
        "ceph",
        "glusterfs",
        "fuse.glusterfs",
        "fuse.rclone",
        "fuse.s3fs",
        "fuse.gcsfuse",
    }
)


@dataclass(frozen=True, slots=True)
class LocationRisk:
    kind: str  # CLOUD or NETWORK
    service: str  # "Dropbox", "OneDrive", ... or the filesystem type ("nfs4")
    where: PurePath  # the folder (or mount point) that makes it risky

    def message(self, journal: object) -> str:
        if self.kind == CLOUD:
            return (
                f"The journal {journal} is inside a {self.service} folder ({self.where}). "
                "Sync services copy a database while it is being written and can damage it."
            )
        return (
            f"The journal {journal} is on a network filesystem ({self.service} at "
            f"{self.where}). Network filesystems often get database locking wrong and can "
            "damage it."
        )

    @staticmethod
    def hint() -> str:
        return (
            "Move the journal to a folder on this computer (close PartnerBook, move the file, "
            "open it with --db, or leave it in the default place) and keep copies with "
            "'partnerbook backup'."
        )


def cloud_folder_of(path: PurePath) -> LocationRisk | None:
    """The sync service whose folder holds ``path``, told from the folder names alone."""
    parts = path.parts
    for index, part in enumerate(parts[:-1] if len(parts) > 1 else parts):
        name = part.casefold()
        where = PurePath(*parts[: index + 1])
        if name in _CLOUD_FOLDERS:
            return LocationRisk(CLOUD, _CLOUD_FOLDERS[name], where)
        for prefix, service in _CLOUD_PREFIXES.items():
            if name.startswith(prefix):
                return LocationRisk(CLOUD, service, where)
        following = parts[index + 1].casefold() if index + 1 < len(parts) else ""
        if name == "library" and following == "mobile documents":  # iCloud Drive on macOS
            return LocationRisk(CLOUD, "iCloud Drive", PurePath(*parts[: index + 2]))
    return None


def _unescape_mount(text: str) -> str:
    """/proc/mounts writes a space as \\040, a tab as \\011, a backslash as \\134."""
    return (text.replace("\\040", " ").replace("\\011", "\t").replace("\\012", "\n")).replace(
        "\\134", "\\"
    )


def filesystem_of(path: PurePath, mounts: str) -> tuple[str, PurePath] | None:
    """The type and mount point of the filesystem holding ``path``, from /proc/mounts."""
    best: tuple[str, PurePath] | None = None
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = PurePath(_unescape_mount(fields[1]))
        if path != point and point not in path.parents:
            continue
        if best is None or len(point.parts) >= len(best[1].parts):  # the last mount wins
            best = (fields[2], point)
    return best


def network_filesystem_of(path: PurePath, mounts: str) -> LocationRisk | None:
    found = filesystem_of(path, mounts)
    if found is None:
        return None
    fstype, point = found
    if fstype.casefold() in NETWORK_FILESYSTEMS:
        return LocationRisk(NETWORK, fstype, point)
    return None


def location_risk(path: PurePath, mounts: str | None = None) -> LocationRisk | None:
    """Why ``path`` is a dangerous place for a journal, or None.

    ``mounts`` is the text of /proc/mounts (read here when None, on Linux only).
    """
    risk = cloud_folder_of(path)
    if risk is not None:
        return risk
    if mounts is None:
        mounts = read_mounts()
    return network_filesystem_of(path, mounts) if mounts else None


def read_mounts() -> str:
    if not sys.platform.startswith("linux"):
        return ""
    try:
        return Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
