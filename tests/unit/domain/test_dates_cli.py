"""Dates on the command line: the shell's locale decides 5/12, and refusals say why."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from partnerbook.cli.dates import parse_cli_date, shell_languages
from partnerbook.errors import UsageError

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)


def test_shell_languages_come_from_the_locale_variables_date_format_first() -> None:
    environ = {"LANG": "it_IT.UTF-8", "LC_TIME": "he_IL.UTF-8", "LANGUAGE": "vi:en_US"}
    assert shell_languages(environ) == ["he-IL", "it-IT", "vi", "en-US"]
    assert shell_languages({"LANG": "C.UTF-8", "LC_ALL": "POSIX"}) == []


def test_an_italian_shell_reads_5_12_as_the_5th_of_december() -> None:
    when = parse_cli_date("5/12", "--follow-up", NOW, environ={"LANG": "it_IT.UTF-8"})
    assert when.day == date(2026, 12, 5)
    with pytest.raises(UsageError):
        parse_cli_date("5/12", "--follow-up", NOW, environ={"LANG": "C.UTF-8"})


def test_a_refused_date_shows_examples_in_every_language_and_the_reason() -> None:
    with pytest.raises(UsageError) as caught:
        parse_cli_date("friday at 5", "--follow-up", NOW, environ={})
    assert caught.value.message == (
        "--follow-up: 'friday at 5' is not a date PartnerBook understands."
    )
    assert "5pm" in caught.value.hint  # why: am or pm?
    assert "下周二" in caught.value.hint and "martedì prossimo" in caught.value.hint
    with pytest.raises(UsageError) as caught:
        parse_cli_date("banana", "--at", NOW, past=True, environ={})
    assert caught.value.hint.startswith("Try today")  # nothing specific to say
