"""Dates typed on the command line, with a message that shows what works."""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import datetime

from partnerbook.domain.date_rules import DatePhraseError
from partnerbook.domain.dates import DateParseError, When, parse_past_or_present, parse_when
from partnerbook.errors import UsageError

_HINT = (
    "Try today, tomorrow 3pm, 'next tuesday', 'in 2 weeks', '3 days ago', 5 Dec, "
    "2026-12-01 — or write it in your own language, that works too: 'thứ ba tuần sau', "
    "'下周二 下午3点', 'martedì prossimo alle 15', 'יום שלישי הבא'."
)


def parse_cli_date(
    text: str,
    option: str,
    now: datetime,
    past: bool = False,
    environ: Mapping[str, str] | None = None,
) -> When:
    """``now`` may be aware; the shell's locale says whether 5/12 is the 5th or May 12."""
    naive_now = now.replace(tzinfo=None)
    languages = shell_languages(os.environ if environ is None else environ)
    try:
        if past:
            return parse_past_or_present(text, naive_now, languages=languages)
        return parse_when(text, naive_now, languages=languages)
    except DateParseError as error:
        # Our own rules say why a date-like phrase was refused ("at 5": am or pm?).
        why = f"{error.__cause__}.\n" if isinstance(error.__cause__, DatePhraseError) else ""
        raise UsageError(
            f"{option}: '{text}' is not a date PartnerBook understands.", why + _HINT
        ) from error


def shell_languages(environ: Mapping[str, str]) -> list[str]:
    """The user's languages from the POSIX locale variables, the date format's first.

    "it_IT.UTF-8" becomes "it-IT"; the C/POSIX locale says nothing about the user.
    """
    names = [environ.get(key, "") for key in ("LC_ALL", "LC_TIME", "LANG")]
    names += environ.get("LANGUAGE", "").split(":")
    languages = []
    for name in names:
        tag = name.split(".")[0].split("@")[0].replace("_", "-")
        if tag and tag not in ("C", "POSIX") and tag not in languages:
            languages.append(tag)
    return languages
