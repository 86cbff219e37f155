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


def backups_dir_for(journal: Path) -> Path:
    """Backups live beside the journal they protect, so they move with it."""
    return journal.with_name(journal.stem + "-backups")
