"""Writing a file the user asked for: whole or not at all, with a message they can act on."""

from __future__ import annotations

import os
import secrets
from contextlib import suppress
from pathlib import Path

from partnerbook.errors import StorageError
from partnerbook.messages import Problem


def write_atomically(target: Path, content: bytes, make_folders: bool = False) -> Path:
    """Write beside the target, fsync, rename over it: a reader never sees half a file,
    and a failure (a read-only folder, a full disk) leaves what was there untouched.
    A missing folder is made only when asked (the command line's -o), else refused."""
    target = Path(target)
    partial = target.with_name(f".{target.name}.{secrets.token_hex(4)}.partial")
    try:
        if make_folders:
            target.parent.mkdir(parents=True, exist_ok=True)
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        with os.fdopen(os.open(partial, flags, 0o600), "wb") as handle:  # the owner's only
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        partial.replace(target)
        if os.name == "posix":
            folder = os.open(target.parent, os.O_RDONLY)
            try:
                os.fsync(folder)
            finally:
                os.close(folder)
    except OSError as error:
        with suppress(OSError):  # nothing to clean when the folder itself is the trouble
            partial.unlink(missing_ok=True)
        raise StorageError(
            Problem.tr(
                "Cannot write {target}: {detail}.", target=target, detail=error.strerror or error
            ),
            Problem.tr("Choose a folder you may write to, with some free space."),
        ) from error
    return target


def export_target(target: Path, journal_file: Path | None, example: str) -> Path:
    """Where an export may go: a file, and never the journal or one of its companions."""
    from partnerbook.errors import UsageError

    target = Path(target).expanduser().resolve()
    if target.is_dir():
        raise UsageError(
            Problem.tr("'{target}' is a folder.", target=target),
            Problem.tr("Give a file name, e.g. {example}", example=target / example),
        )
    if journal_file is not None and target.parent == journal_file.parent:
        own = journal_file.name
        if target.name in {own, *(own + s for s in ("-wal", "-shm", "-journal", ".lock"))}:
            raise UsageError(
                Problem.tr("That is the journal itself (or one of its files)."),
                Problem.tr("Give another file name, e.g. {example}.", example=example),
            )
    return target
