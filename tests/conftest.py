"""Shared fixtures: every test gets its own journal folder; nothing touches the user's files."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt draws offscreen in tests unless a real display is asked for explicitly.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PROJECT_ROOT = Path(__file__).resolve().parent.parent
FIXTURES_DIR = PROJECT_ROOT.parent / "shared" / "fixtures"


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point PartnerBook's data, config and logs at a temporary folder."""
    home = tmp_path / "pb-home"
    monkeypatch.setenv("PARTNERBOOK_HOME", str(home))
    monkeypatch.delenv("PARTNERBOOK_DATABASE_URL", raising=False)
    return home


@pytest.fixture
def journal_path(tmp_path: Path) -> Path:
    return tmp_path / "journal.sqlite"


@pytest.fixture
def journal(journal_path: Path) -> Iterator[object]:
    """A fresh, migrated journal on disk."""
    from partnerbook.store.engine import resolve_location
    from partnerbook.store.migrate import open_journal

    opened = open_journal(resolve_location(journal_path), actor="tester")
    try:
        yield opened
    finally:
        opened.close()
