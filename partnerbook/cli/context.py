"""The command line's composition root: paths, the journal location, output."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from partnerbook.paths import DATABASE_URL_ENV, AppPaths
from partnerbook.store.engine import Journal, JournalLocation, resolve_location


@dataclass
class CliContext:
    paths: AppPaths
    db_option: str | None
    out: TextIO
    err: TextIO
    _location_warned: bool = field(default=False, repr=False)

    @classmethod
    def create(cls, db_option: str | None) -> CliContext:
        return cls(AppPaths.default(), db_option, sys.stdout, sys.stderr)

    @property
    def location(self) -> JournalLocation:
        """--db wins over PARTNERBOOK_DATABASE_URL, which wins over the default journal.

        An empty ``--db ""`` is refused, not read as "no --db": it must never quietly
        write to the default journal instead (an empty variable counts as unset, as usual).
        """
        if self.db_option is not None:
            return resolve_location(self.db_option)
        chosen = os.environ.get(DATABASE_URL_ENV) or self.paths.default_journal
        return resolve_location(chosen)

    @contextmanager
    def journal(self, create: bool = True) -> Iterator[Journal]:
        from partnerbook.store.migrate import open_journal

        self.warn_about_location()
        opened = open_journal(self.location, create=create)
        try:
            yield opened
        finally:
            opened.close()

    def unlock(self, path: Path | None = None) -> None:
        """An encrypted journal (or backup, ``path``): its passphrase, from
        PARTNERBOOK_PASSPHRASE or asked in the terminal (three tries), kept in memory for
        this command. Without either, the file is refused when opened, saying so."""
        from partnerbook.store import cipher

        target = path.expanduser().resolve() if path is not None else self.location.path
        if target is None or not cipher.looks_encrypted(target) or not cipher.available():
            return
        if cipher.key_for(target) is not None:
            return
        given = cipher.passphrase_from_environment()
        if given is not None:
            cipher.unlock(target, given)
            return
        if not interactive():
            return
        import getpass

        for attempt in range(3):
            typed = getpass.getpass(f"Passphrase for {target}: ")
            try:
                cipher.unlock(target, cipher.Passphrase(typed))
                return
            except cipher.PassphraseError as error:
                if attempt == 2:
                    raise
                self.err.write(f"partnerbook: {error.message}\n")

    def warn_about_location(self) -> None:
        """Once per command, on stderr (never in the output a script reads): a journal in a
        cloud-sync folder or on a network filesystem is in danger."""
        if self._location_warned:
            return
        self._location_warned = True
        location = self.location
        if location.path is None:
            return
        from partnerbook.store.location_check import location_risk

        risk = location_risk(location.path)
        if risk is not None:
            self.err.write(f"partnerbook: warning: {risk.message(location.path)}\n")
            self.err.write(f"{risk.hint()}\n")

    def print(self, text: str = "") -> None:
        print(text, file=self.out)

    def print_json(self, value: Any) -> None:
        json.dump(value, self.out, ensure_ascii=False, indent=2)
        self.out.write("\n")


def interactive() -> bool:
    """Can a passphrase be asked? (A terminal on stdin.)"""
    return sys.stdin is not None and sys.stdin.isatty()
