"""The program itself: version, help, the console script, and no command at all."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

import partnerbook

if TYPE_CHECKING:
    from tests.cli.conftest import PartnerBookCli

COMMANDS = ("note", "due", "demo", "check", "backup", "restore")


def test_version_prints_the_package_version(pb: PartnerBookCli) -> None:
    result = pb("--version")
    assert result.returncode == 0, result.describe()
    assert result.stdout == f"PartnerBook {partnerbook.__version__}\n"
    assert result.stderr == ""


def test_help_lists_every_command_and_the_db_option(pb: PartnerBookCli) -> None:
    result = pb("--help")
    assert result.returncode == 0, result.describe()
    assert result.stdout.startswith("usage: partnerbook")
    for command in COMMANDS:
        assert f"    {command}" in result.stdout, command
    assert "--db PATH_OR_URL" in result.stdout
    assert "--version" in result.stdout
    assert result.stderr == ""


def test_each_command_has_its_own_help(pb: PartnerBookCli) -> None:
    result = pb("note", "--help")
    assert result.returncode == 0, result.describe()
    for option in ("--with PERSON", "--partner NAME", "--kind", "--at WHEN", "--follow-up WHEN"):
        assert option in result.stdout, option


def test_the_console_script_runs(isolated_home: Path) -> None:
    script = Path(sys.executable).with_name("partnerbook")
    if not script.exists():
        pytest.skip(f"no console script next to {sys.executable} (not installed with pip)")
    completed = subprocess.run(
        [str(script), "--version"], capture_output=True, text=True, timeout=60, check=False
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout == f"PartnerBook {partnerbook.__version__}\n"


def test_no_command_without_a_display_says_so_instead_of_crashing(pb: PartnerBookCli) -> None:
    """Without a command, ``partnerbook`` opens the app window (the GUI exists now); on a
    Linux machine without X11 or Wayland it must say what to do, not abort inside Qt."""
    if not sys.platform.startswith("linux"):
        pytest.skip("only Linux can be without a display server")
    result = pb(drop=("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))
    pb.assert_refused(result, code=1)
    assert "no display" in result.stderr
    assert "partnerbook --help" in result.stderr
    assert not pb.default_journal.exists()  # nothing was created on the way out


def test_an_unknown_command_or_choice_is_a_usage_error(pb: PartnerBookCli) -> None:
    unknown = pb("frobnicate")
    assert unknown.returncode == 2, unknown.describe()
    assert "invalid choice: 'frobnicate'" in unknown.stderr
    assert "Traceback" not in unknown.stderr

    kind = pb("note", "hello", "--kind", "tea")
    assert kind.returncode == 2, kind.describe()
    assert "invalid choice: 'tea'" in kind.stderr
    assert not pb.default_journal.exists()


def test_the_command_names_opening_the_app_skips_are_the_parsers_own() -> None:
    """Opening the app reads its options without registering the commands; it tells the
    two apart by ``commands.NAMES``, which must be every command the parser has."""
    from partnerbook.cli import commands
    from partnerbook.cli.main import build_parser, parse_arguments

    parser = build_parser()
    (choices,) = [a.choices for a in parser._subparsers._group_actions]  # type: ignore[union-attr]
    assert set(choices) == commands.NAMES
    assert parse_arguments(["--db", "j.sqlite", "--view", "people"]).command is None
    opened = parse_arguments(["--db", "j.sqlite", "--view", "people"])
    assert (opened.db, opened.view) == ("j.sqlite", "people")
    found = parse_arguments(["--db", "j.sqlite", "export", "vcard", "--version", "3.0"])
    assert (found.command, found.vcard_version) == ("export", "3.0")
