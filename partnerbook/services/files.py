"""Writing a file the user asked for: whole or not at all, with a message they can act on."""

from __future__ import annotations

import os
import secrets
from contextlib import suppress
from pathlib import Path

from partnerbook.errors import StorageError


def write_atomically(target: Path, content: bytes) -> Path:
    """Write beside the target, fsync, rename over it: a reader never sees half a file,
    and a failure (a read-only folder, a full disk) leaves what was there untouched."""
    target = Path(target)
    partial = target.with_name(f".{target.name}.{secrets.token_hex(4)}.partial")
    try:
        with partial.open("xb") as handle:
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
            f"Cannot write {target}: {error.strerror or error}.",
            "Choose a folder you may write to, with some free space.",
        ) from error
    return target
