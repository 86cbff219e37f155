"""Drafts survive anything short of losing the disk: a kill -9 included."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from partnerbook.services.drafts import (
    QUICK_CAPTURE,
    discard_draft,
    load_draft,
    save_draft,
)
from partnerbook.store.engine import Journal


def test_a_draft_is_replaced_as_typed_and_removed_when_empty(journal: Journal) -> None:
    assert load_draft(journal, QUICK_CAPTURE) is None
    save_draft(journal, QUICK_CAPTURE, "coffee with L")
    save_draft(journal, QUICK_CAPTURE, "coffee with Lan — Q1 KPI 🎯")
    assert load_draft(journal, QUICK_CAPTURE) == "coffee with Lan — Q1 KPI 🎯"
    assert load_draft(journal, "another-slot") is None
    save_draft(journal, QUICK_CAPTURE, "")
    assert load_draft(journal, QUICK_CAPTURE) is None
    discard_draft(journal, QUICK_CAPTURE)  # nothing to discard is fine


def test_a_draft_survives_the_process_being_killed(journal: Journal, journal_path: Path) -> None:
    child = textwrap.dedent(
        f"""
        import os, signal, sys
        from partnerbook.services.drafts import save_draft
        from partnerbook.store.engine import resolve_location
        from partnerbook.store.migrate import open_journal
        journal = open_journal(resolve_location({str(journal_path)!r}))
        save_draft(journal, "quick-capture", "cà phê với Lan: 下周二 follow up")
        print("saved", flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", child], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.stdout == "saved\n", result.stderr
    assert result.returncode == -9
    assert load_draft(journal, QUICK_CAPTURE) == "cà phê với Lan: 下周二 follow up"
