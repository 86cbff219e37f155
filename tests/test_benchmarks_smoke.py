"""The benchmark suite as CI runs it: the smallest journal, a few runs, no time assertions.

Only that ``run_all.py --quick`` still runs and prints every figure the budgets are about;
the times are never judged here (see tests/benchmarks/run_all.py for the real run).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

RUN_ALL = Path(__file__).resolve().parent / "benchmarks" / "run_all.py"
FIGURES = [
    "start: bare PySide6 window + ORM (floor)",
    "start: partnerbook --smoke, against the floor",
    "capture: commit in the process",
    "capture: partnerbook note, empty journal (floor)",
    "capture: partnerbook note, against the floor",
    "timeline: first page painted",
    "timeline: each further page",
    "timeline: peak memory at the end, above a bare window",
    "people: first page shown",
    "people: one filter keystroke",
    "search: the mix, against raw FTS5",
    "search: the mix",
    "palette: each keystroke",
    "brief: to PDF, busiest person",
    "brief: to PDF, busiest partner",
    "import: vCards into an empty journal",
    "export: JSON archive of the journal",
]


@pytest.mark.slow
def test_the_quick_benchmark_run_prints_every_figure(tmp_path: Path) -> None:
    env = dict(
        os.environ,
        TMPDIR=str(tmp_path),  # the demo journal and results go here, not in the real temp
        PARTNERBOOK_HOME=str(tmp_path / "home"),
        QT_QPA_PLATFORM="offscreen",
    )
    env.pop("PARTNERBOOK_DATABASE_URL", None)
    done = subprocess.run(
        [sys.executable, str(RUN_ALL), "--quick"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    missing = [figure for figure in FIGURES if figure not in done.stdout]
    assert not missing, done.stdout
    results = json.loads(
        (tmp_path / "partnerbook-bench" / "results-quick.json").read_text(encoding="utf-8")
    )
    assert {row["size"] for row in results["rows"]} <= {"1k", "-"}
    assert all(row["pass"] is None for row in results["rows"])  # no verdicts in a smoke
