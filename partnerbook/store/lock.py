"""One PartnerBook window per journal.

Two windows editing one journal would each show stale data and fight over drafts, so the
GUI holds an exclusive lock on ``<journal>.lock`` while it runs. The operating system
releases it when the process dies, so a crash never leaves a stale lock behind.
Command-line writers do not take it: they run short transactions beside the window.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType
from typing import IO

from partnerbook.errors import JournalLockedError, StorageError
from partnerbook.messages import Problem
from partnerbook.paths import create_private_file


def lock_path_for(journal: Path) -> Path:
    return journal.with_name(journal.name + ".lock")


class JournalLock:
    def __init__(self, journal: Path) -> None:
        self.path = lock_path_for(journal)
        self._handle: IO[str] | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self) -> None:
        if self._handle is not None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            create_private_file(self.path)
            handle = self.path.open("a+", encoding="utf-8")
        except OSError as error:
            raise StorageError(
                Problem.tr(
                    "Cannot create the lock file {path}: {detail}.",
                    path=self.path,
                    detail=error.strerror or error,
                ),
                Problem.tr("Check that you may write to the journal's folder."),
            ) from error
        if not _try_lock(handle):
            handle.close()
            raise JournalLockedError(
                Problem.tr("This journal is already open in another PartnerBook window."),
                Problem.tr("Switch to that window, or close it first."),
            )
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is None:
            return
        _unlock(self._handle)
        self._handle.close()
        self._handle = None

    def is_locked_elsewhere(self) -> bool:
        """True when another process holds the lock (we hold nothing afterwards)."""
        if self._handle is not None or not self.path.exists():
            return False
        try:
            handle = self.path.open("a+", encoding="utf-8")
        except OSError:
            return False
        try:
            if _try_lock(handle):
                _unlock(handle)
                return False
            return True
        finally:
            handle.close()

    def __enter__(self) -> JournalLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(handle: IO[str]) -> bool:
        handle.seek(0)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(handle: IO[str]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
