"""Where PartnerBook keeps its files.

Defaults follow the platform (platformdirs); ``PARTNERBOOK_HOME`` puts everything under
one folder instead (tests and portable installs use it). Nothing here is a global: the
composition root builds one ``AppPaths`` and passes it on.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from partnerbook import APP_NAME

DATABASE_URL_ENV = "PARTNERBOOK_DATABASE_URL"
HOME_ENV = "PARTNERBOOK_HOME"
JOURNAL_FILENAME = "journal.sqlite"


@dataclass(frozen=True, slots=True)
class AppPaths:
    data_dir: Path
    config_dir: Path
    log_dir: Path

    @classmethod
    def default(cls, environ: dict[str, str] | None = None) -> AppPaths:
        env = os.environ if environ is None else environ
        home = env.get(HOME_ENV)
        if home:
            root = Path(home).expanduser().resolve()
            return cls(root / "data", root / "config", root / "logs")
        import platformdirs

        dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
        return cls(Path(dirs.user_data_dir), Path(dirs.user_config_dir), Path(dirs.user_log_dir))

    @property
    def default_journal(self) -> Path:
        return self.data_dir / JOURNAL_FILENAME

    @property
    def log_file(self) -> Path:
        return self.log_dir / "partnerbook.log"


# The app's own files (icons, theme pictures, compiled translations): resources/ in the
# source tree; an installed wheel carries them to <prefix>/share/partnerbook/KIND.
SOURCE_RESOURCES = Path(__file__).resolve().parent.parent / "resources"
INSTALLED_RESOURCES = Path("share") / "partnerbook"


def resource_dir(kind: str) -> Path:
    """Where the app's files of one kind are: the source tree's, else the installed ones."""
    source = SOURCE_RESOURCES / kind
    if source.is_dir():
        return source
    import sysconfig

    for scheme in (sysconfig.get_default_scheme(), sysconfig.get_preferred_scheme("user")):
        folder = Path(sysconfig.get_path("data", scheme)) / INSTALLED_RESOURCES / kind
        if folder.is_dir():
            return folder
    return source


PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def make_private_dir(path: Path) -> Path:
    """A folder of ours, readable by its owner only (0700) when we create it.

    A folder that is already there (the user's Documents, a USB stick) keeps its mode:
    it is theirs. Intermediate folders get the usual mode.
    """
    if not path.is_dir():
        path.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    return path


def create_private_file(path: Path) -> None:
    """Make ``path`` (empty, 0600) if it is missing; an existing file is left as it is."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        os.close(os.open(path, flags, PRIVATE_FILE_MODE))
    except FileExistsError:
        return


def restrict_new_files() -> None:
    """Everything this process creates from now on is its owner's only (umask 077).

    The composition roots call it first, so that files written by libraries (Qt's
    settings, the log, SQLite's -wal and -shm) are private even where we do not name
    their mode ourselves.
    """
    if os.name == "posix":
        os.umask(0o077)


def backups_dir_for(journal: Path) -> Path:
    """Backups live beside the journal they protect, so they move with it."""
    return journal.with_name(journal.stem + "-backups")
