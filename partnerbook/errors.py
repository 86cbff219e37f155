"""Errors the user can act on, kept apart from bugs.

A ``UserError`` is shown as it is (the command line prints it, the GUI shows a message
box), with what happened and what to do. Anything else is a bug: it goes to the log file
and a crash report, never as a traceback in the user's face.
"""

from __future__ import annotations


class UserError(Exception):
    """Something the user can fix; ``hint`` says how."""

    exit_code = 1

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

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
    """The disk said no: full, read-only, permission denied, gone."""

    exit_code = 6
