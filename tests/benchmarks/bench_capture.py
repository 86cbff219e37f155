"""Capture budgets, measured on demand (not part of the test run).

    .venv/bin/python tests/benchmarks/bench_capture.py [--runs 30]

On a 100,000-entry journal: a captured note commits in under 20 ms in the process, and
``partnerbook note`` as a whole process takes no more than 1.25x its time on an empty
journal (the journal's size must not show in the time to capture).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from common import journal_path, measure, print_table, ratio_row, scratch_copy, summary


def in_process(path: Path, runs: int) -> list[dict[str, object]]:
    from partnerbook.domain.dates import When
    from partnerbook.services.capture import NoteRequest, capture_note
    from partnerbook.store.engine import resolve_location
    from partnerbook.store.migrate import open_journal

    journal = open_journal(resolve_location(path))
    counter = iter(range(10**6))

    def capture() -> None:
        n = next(counter)
        request = NoteRequest(
            f"coffee {n}: she needs a Q1 KPI win",
            people=[f"Bench Person {n % 7}"],
            follow_up=When(date(2026, 12, 1)),
        )
        capture_note(journal, request)

    capture()  # creates the people once
    times = measure(capture, runs)
    journal.close()
    return [summary("capture: commit in the process (100k)", times, 20)]


def whole_process(path: Path, runs: int) -> list[dict[str, object]]:
    home = Path(tempfile.mkdtemp(prefix="pb-bench-home-"))
    env = dict(os.environ, PARTNERBOOK_HOME=str(home))
    empty = home / "empty.sqlite"

    def note(db: Path) -> None:
        subprocess.run(
            [
                sys.executable,
                "-m",
                "partnerbook",
                "--db",
                str(db),
                "note",
                "coffee",
                "--with",
                "Bench Person 1",  # one person, on both journals (no ambiguity)
            ],
            check=True,
            capture_output=True,
            env=env,
        )

    note(empty)
    note(path)  # warm: daily backups of both journals are taken by the first note
    on_empty = measure(lambda: note(empty), runs)
    on_big = measure(lambda: note(path), runs)
    return [
        summary("partnerbook note, empty journal (floor)", on_empty, None),
        ratio_row("partnerbook note, 100k entries", on_big, on_empty, 1.25),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    cached = journal_path(10_000, 100_000)
    path = scratch_copy(cached, "capture-100k.sqlite")
    rows = in_process(path, args.runs) + whole_process(path, max(5, args.runs // 3))
    print_table(rows, cached.with_suffix(".bench-capture.json"))


if __name__ == "__main__":
    main()
