"""Typed settings shared by the app and the command line, in ``settings.ini``.

Only what both need lives here (Qt-free); the window's own state (size, splitters,
theme) stays in the GUI's QSettings. A missing or unreadable file means the defaults.
"""

from __future__ import annotations

import configparser
import logging
from dataclasses import dataclass
from pathlib import Path

from partnerbook.paths import AppPaths

log = logging.getLogger(__name__)
DEFAULT_KEEP_BACKUPS = 10
MAX_KEEP_BACKUPS = 1000


@dataclass(frozen=True, slots=True)
class Settings:
    keep_backups: int = DEFAULT_KEEP_BACKUPS  # daily automatic backups to keep

    @classmethod
    def load(cls, paths: AppPaths) -> Settings:
        return cls.from_file(paths.config_dir / "settings.ini")

    @classmethod
    def from_file(cls, path: Path) -> Settings:
        parser = configparser.ConfigParser()
        try:
            parser.read(path, encoding="utf-8")
            keep = parser.getint("backups", "keep", fallback=DEFAULT_KEEP_BACKUPS)
        except (configparser.Error, ValueError, OSError) as error:
            log.warning("ignoring unreadable settings %s: %s", path, error)
            return cls()
        return cls(keep_backups=min(max(keep, 1), MAX_KEEP_BACKUPS))
