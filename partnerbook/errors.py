"""Errors the user can act on, kept apart from bugs.

A ``UserError`` is shown as it is (the command line prints it, the GUI shows a message
box), with what happened and what to do. Anything else is a bug: it goes to the log file
and a crash report, never as a traceback in the user's face.

Message and hint are ``Text`` (``messages.py``: ``Problem.tr("...", name=value)``), so the
window shows them in its language; ``.message`` and ``.hint`` are their English, as the
command line prints them. A plain ``str`` is accepted and shown as it is.
"""

from __future__ import annotations

from partnerbook.messages import Problem, Text


class UserError(Exception):
    """Something the user can fix; ``hint`` says how."""

    exit_code = 1

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(str(message))
        self.message_text = Text.plain(message)
        self.hint_text = Text.plain(hint)
        self.message = str(message)
        self.hint = str(hint)

    def __str__(self) -> str:
        return f"{self.message}\n{self.hint}" if self.hint else self.message


class UsageError(UserError):
    """The command was given something it cannot use (a bad date, an unknown name)."""

    exit_code = 2


class NotAJournalError(UserError):
    """The file exists but is not a PartnerBook journal (garbage, another app's database)."""

    exit_code = 3


class NewerJournalError(UserError):
    """The journal was written by a newer PartnerBook; opening it could damage it."""

    exit_code = 3


class JournalLockedError(UserError):
    """Another PartnerBook window has this journal open."""

    exit_code = 4


class JournalDamagedError(UserError):
    """The integrity check failed."""

    exit_code = 5


class StorageError(UserError):
    """The disk said no: full, read-only, permission denied, gone; or the file is damaged.

    ``kind`` names which, for callers that act on it (the window offers a backup when the
    journal turns out ``damaged``): full, read_only, unreachable, busy, io, damaged, or "".
    A damaged journal exits as ``JournalDamagedError`` does.
    """

    exit_code = 6

    def __init__(self, message: str, hint: str = "", kind: str = "") -> None:
        super().__init__(message, hint)
        self.kind = kind
        if kind == "damaged":
            self.exit_code = JournalDamagedError.exit_code


# One message for a damaged journal, whoever finds it (check, opening, a read or write).
DAMAGED_HINT = Problem.tr(
    "Restore the latest good backup with 'partnerbook restore FILE' (backups are in the "
    "folder beside the journal). The journal was not changed."
)


def damaged_message(where: object, detail: str = "") -> Text:
    if detail:
        return Problem.tr("The journal {path} is damaged: {detail}.", path=where, detail=detail)
    return Problem.tr("The journal {path} is damaged.", path=where)


def is_damage(error: BaseException) -> bool:
    """The journal itself is damaged (not the disk full or the folder read-only)."""
    return isinstance(error, JournalDamagedError) or (
        isinstance(error, StorageError) and error.kind == "damaged"
    )
