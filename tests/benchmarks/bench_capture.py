"""Capture budgets, measured on demand (not part of the test run).

    .venv/bin/python tests/benchmarks/bench_capture.py [--runs 30] [--size 100k]

On a demo journal (by default 100,000 entries): a captured note commits in under 20 ms in
the process, and ``partnerbook note`` as a whole process takes no more than 1.25x its time
on an empty journal (the journal's size must not show in the time to capture).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from common import Row, discard, measure, ratio_row, run_alone, scratch_copy, summary


def in_process(path: Path, runs: int) -> list[Row]:
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

    for _ in range(7):  # creates the people once
        capture()
    times = measure(capture, runs)
    journal.close()
    return [summary("capture: commit in the process", times, 20)]


def whole_process(path: Path, runs: int) -> list[Row]:
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
    on_empty: list[float] = []
    on_journal: list[float] = []
    for _ in range(runs):  # interleaved, so a busy spell of the machine weighs on both
        on_empty += measure(lambda: note(empty), 1)
        on_journal += measure(lambda: note(path), 1)
    return [
        summary("capture: partnerbook note, empty journal (floor)", on_empty, None),
        ratio_row("capture: partnerbook note, against the floor", on_journal, on_empty, 1.25),
    ]


def figures(path: Path, runs: int) -> list[Row]:
    scratch = scratch_copy(path, f"capture-{path.stem}.sqlite")
    try:
        return in_process(scratch, runs) + whole_process(scratch, max(3, runs // 3))
    finally:
        discard(scratch)


def main() -> None:
    run_alone(__doc__, figures, "capture", runs=30)


if __name__ == "__main__":
    main()
