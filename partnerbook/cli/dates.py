"""Dates typed on the command line, with a message that shows what works."""

from __future__ import annotations

from datetime import datetime

from partnerbook.domain.dates import DateParseError, When, parse_past_or_present, parse_when
from partnerbook.errors import UsageError


def parse_cli_date(text: str, option: str, now: datetime, past: bool = False) -> When:
    naive_now = now.replace(tzinfo=None)
    try:
        return parse_past_or_present(text, naive_now) if past else parse_when(text, naive_now)
    except DateParseError as error:
        raise UsageError(
            f"{option}: '{text}' is not a date PartnerBook understands.",
            "Try today, tomorrow, 'next tuesday', 'in 2 weeks', '3 days ago', 2026-12-01, or "
            "the same in your language: 'thứ ba tuần sau', '下周二', 'martedì prossimo', "
            "'יום שלישי הבא'.",
        ) from error
