"""Bugs go to a log file, not into the user's face.

The log is opened lazily (``delay=True``): a command that succeeds writes nothing.
"""

from __future__ import annotations

import logging
import logging.handlers
import traceback
from io import TextIOWrapper
from pathlib import Path

from partnerbook.paths import create_private_file, make_private_dir

LOG_FORMAT = "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"
MAX_LOG_BYTES = 1_000_000


class _PrivateLogHandler(logging.handlers.RotatingFileHandler):
    """The log names people and files: readable by its owner only (0600, folder 0700)."""

    def _open(self) -> TextIOWrapper:
        create_private_file(Path(self.baseFilename))
        return super()._open()


def configure_logging(log_file: Path, level: int = logging.INFO) -> None:
    """Send warnings and errors of every PartnerBook module to a rotating log file."""
    root = logging.getLogger("partnerbook")
    if any(getattr(h, "baseFilename", None) == str(log_file) for h in root.handlers):
        return
    try:
        make_private_dir(log_file.parent)
        handler: logging.Handler = _PrivateLogHandler(
            log_file, maxBytes=MAX_LOG_BYTES, backupCount=3, encoding="utf-8", delay=True
        )
    except OSError:
        handler = logging.NullHandler()  # no writable log folder: never fail because of it
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root.addHandler(handler)
    root.setLevel(level)


def record_bug(error: BaseException, log_file: Path) -> bool:
    """Write the traceback to the log; False when even that was impossible."""
    configure_logging(log_file)
    text = "".join(traceback.format_exception(error))
    logging.getLogger("partnerbook.bug").error("unexpected error\n%s", text)
    for handler in logging.getLogger("partnerbook").handlers:
        handler.flush()
    return log_file.exists()
